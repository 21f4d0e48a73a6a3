// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deletecustomers.h"

#include <QCoreApplication>

namespace Kindred {

DeleteCustomers::DeleteCustomers(CustomerStore &store, QList<CustomerId> ids, QUndoCommand *parent)
    : CustomerCommand(store, QCoreApplication::translate("Kindred::DeleteCustomers", "Delete %n customer(s)", nullptr,
                                               int(ids.size())),
                   parent),
      m_ids(std::move(ids))
{
}

void DeleteCustomers::redoChanges()
{
    auto removed = m_store.removeCustomers(m_ids);
    if (!removed) {
        qWarning("%s", qPrintable(removed.error().toString()));
        setObsolete(true);
        return;
    }
    m_removed = removed.value();
}

void DeleteCustomers::undoChanges()
{
    if (Status error = m_store.restoreCustomers(m_removed)) {
        qWarning("%s", qPrintable(error->toString()));
        setObsolete(true);
    }
}

} // namespace Kindred
