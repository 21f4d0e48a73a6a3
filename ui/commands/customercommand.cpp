// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customercommand.h"

#include <QUndoStack>

namespace Kindred {

CustomerCommand::CustomerCommand(CustomerStore &store, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_store(store)
{
}

void CustomerCommand::undo()
{
    undoChanges();
    m_afterUndo = currentRevisions();
}

void CustomerCommand::redo()
{
    redoChanges();
    m_afterRedo = currentRevisions();
}

QHash<CustomerId, qint64> CustomerCommand::currentRevisions() const
{
    QHash<CustomerId, qint64> revisions;
    const QList<CustomerId> ids = customers();
    if (ids.isEmpty())
        return revisions;
    // Unread revisions only make the check before an undo find nothing.
    auto current = m_store.customers(ids);
    if (!current) {
        qWarning("%s", qPrintable(current.error().toString()));
        return revisions;
    }
    for (const Customer &customer : current.value())
        revisions.insert(customer.id, customer.revision);
    return revisions;
}

Result<QList<Customer>> customersChangedByOthers(const QUndoStack &stack, const CustomerStore &store)
{
    const auto *next = dynamic_cast<const CustomerCommand *>(stack.command(stack.index() - 1));
    if (!next)
        return QList<Customer>();
    // What this stack wrote last for each customer: the step's own redo, unless
    // a later step saved the customer again when it was undone. Later steps are
    // undone from the top down, so the lowest of them wrote last.
    QHash<CustomerId, qint64> expected = next->revisionsAfterRedo();
    for (int i = stack.count() - 1; i >= stack.index(); --i) {
        const auto *later = dynamic_cast<const CustomerCommand *>(stack.command(i));
        if (!later)
            continue;
        const QHash<CustomerId, qint64> &written = later->revisionsAfterUndo();
        for (auto it = written.cbegin(); it != written.cend(); ++it) {
            if (expected.contains(it.key()))
                expected.insert(it.key(), it.value());
        }
    }
    auto current = store.customers(expected.keys());
    if (!current)
        return current.error();
    QList<Customer> changed;
    for (const Customer &customer : current.value()) {
        if (customer.revision != expected.value(customer.id))
            changed.append(customer);
    }
    return changed;
}

} // namespace Kindred
