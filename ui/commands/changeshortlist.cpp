// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeshortlist.h"

namespace Kindred {

ChangeShortlist::ChangeShortlist(CustomerStore &store, const QString &text, QUndoCommand *parent)
    : CustomerCommand(store, text, parent)
{
    auto marks = store.shortlistMarks();
    if (marks)
        m_marksBefore = marks.value();
    else
        setObsolete(true);
    m_marksAfter = m_marksBefore;
}

void ChangeShortlist::setPinned(const QList<CustomerId> &ids, bool pinned)
{
    for (CustomerId id : ids) {
        auto customer = m_store.customer(id);
        if (!customer || customer.value().pinned == pinned)
            continue;
        m_customersBefore.append(customer.value());
        m_customersAfter.append(customer.value());
        m_customersAfter.last().pinned = pinned;
    }
}

QList<CustomerId> ChangeShortlist::customers() const
{
    QList<CustomerId> ids;
    ids.reserve(m_customersAfter.size());
    for (const Customer &customer : m_customersAfter)
        ids.append(customer.id);
    return ids;
}

void ChangeShortlist::undoChanges()
{
    apply(m_customersBefore, m_marksBefore);
}

void ChangeShortlist::redoChanges()
{
    apply(m_customersAfter, m_marksAfter);
}

void ChangeShortlist::apply(const QList<Customer> &customers, const QList<ShortlistMark> &marks)
{
    // A store that refuses the change makes the step obsolete, so the stack
    // never claims a state the store lacks.
    Status error = customers.isEmpty() ? std::nullopt
                                       : m_store.updateCustomers(customers, QStringLiteral("hand"),
                                                                 differingFields(m_customersBefore, m_customersAfter));
    if (!error)
        error = m_store.setShortlistMarks(marks);
    if (error) {
        qWarning("%s", qPrintable(error->toString()));
        setObsolete(true);
    }
}

} // namespace Kindred
