// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeshortlist.h"

namespace Kindred {

ChangeShortlist::ChangeShortlist(CustomerStore &store, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_store(store)
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

void ChangeShortlist::undo()
{
    apply(m_customersBefore, m_marksBefore);
}

void ChangeShortlist::redo()
{
    apply(m_customersAfter, m_marksAfter);
}

void ChangeShortlist::apply(const QList<Customer> &customers, const QList<ShortlistMark> &marks)
{
    // A store that refuses the change makes the step obsolete, so the stack
    // never claims a state the store lacks.
    Status error = customers.isEmpty() ? std::nullopt : m_store.updateCustomers(customers);
    if (!error)
        error = m_store.setShortlistMarks(marks);
    if (error) {
        qWarning("%s", qPrintable(error->toString()));
        setObsolete(true);
    }
}

} // namespace Kindred
