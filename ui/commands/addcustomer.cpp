// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addcustomer.h"

#include <QCoreApplication>

namespace Kindred {

AddCustomer::AddCustomer(CustomerStore &store, const Customer &customer, QUndoCommand *parent)
    : CustomerCommand(store, QCoreApplication::translate("Kindred::AddCustomer", "Add customer"), parent)
{
    m_snapshot.customer = customer;
}

QList<CustomerId> AddCustomer::customers() const
{
    return {customerId()};
}

void AddCustomer::redoChanges()
{
    Status error;
    if (m_snapshot.customer.id == 0) {
        auto id = m_store.addCustomer(m_snapshot.customer);
        if (id)
            m_snapshot.customer.id = id.value();
        else
            error = id.error();
    } else {
        error = m_store.restoreCustomers({m_snapshot});
    }
    if (error) {
        qWarning("%s", qPrintable(error->toString()));
        setObsolete(true);
    }
}

void AddCustomer::undoChanges()
{
    auto removed = m_store.removeCustomers({m_snapshot.customer.id});
    if (!removed) {
        qWarning("%s", qPrintable(removed.error().toString()));
        setObsolete(true);
        return;
    }
    m_snapshot = removed.value().constFirst();
}

} // namespace Kindred
