// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editcustomers.h"

namespace Kindred {

EditCustomers::EditCustomers(CustomerStore &store, QList<Customer> before, QList<Customer> after,
                             const QString &text, QUndoCommand *parent)
    : CustomerCommand(store, text, parent), m_before(std::move(before)), m_after(std::move(after))
{
}

QList<CustomerId> EditCustomers::customers() const
{
    QList<CustomerId> ids;
    ids.reserve(m_after.size());
    for (const Customer &customer : m_after)
        ids.append(customer.id);
    return ids;
}

void EditCustomers::undoChanges()
{
    apply(m_before);
}

void EditCustomers::redoChanges()
{
    apply(m_after);
}

void EditCustomers::apply(const QList<Customer> &customers, const QString &scoreSource)
{
    // Only what this step changes is written: a colleague's save of other
    // fields of the same customers meanwhile is kept.
    const CustomerFields fields = differingFields(m_before, m_after);
    // A store that refuses the change (the file went away, a constraint) makes
    // the step obsolete so the stack never claims a state the store lacks.
    if (Status error = m_store.updateCustomers(customers, scoreSource, fields)) {
        qWarning("%s", qPrintable(error->toString()));
        setObsolete(true);
    }
}

} // namespace Kindred
