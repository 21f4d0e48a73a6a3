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
    const QList<CustomerId> ids = customers();
    if (ids.isEmpty())
        return {};
    // Unread revisions only make the check before an undo find nothing.
    auto current = m_store.revisions(ids);
    if (!current) {
        qWarning("%s", qPrintable(current.error().toString()));
        return {};
    }
    return current.value();
}

namespace {
// The customer commands of a step: the step itself, or those a macro
// (QUndoStack::beginMacro) holds, in the order they were redone.
QList<const CustomerCommand *> customerCommands(const QUndoCommand *step)
{
    if (const auto *command = dynamic_cast<const CustomerCommand *>(step))
        return {command};
    QList<const CustomerCommand *> commands;
    for (int i = 0; step && i < step->childCount(); ++i) {
        if (const auto *command = dynamic_cast<const CustomerCommand *>(step->child(i)))
            commands.append(command);
    }
    return commands;
}
} // namespace

Result<QList<Customer>> customersChangedByOthers(const QUndoStack &stack, const CustomerStore &store)
{
    // What this stack wrote last for each customer: the step's own redo, unless
    // a later step saved the customer again when it was undone. Later steps are
    // undone from the top down, and a macro's commands from the last, so the
    // lowest of them wrote last.
    QHash<CustomerId, qint64> expected;
    for (const CustomerCommand *command : customerCommands(stack.command(stack.index() - 1)))
        expected.insert(command->revisionsAfterRedo());
    if (expected.isEmpty())
        return QList<Customer>();
    for (int i = stack.count() - 1; i >= stack.index(); --i) {
        const QList<const CustomerCommand *> later = customerCommands(stack.command(i));
        for (auto command = later.crbegin(); command != later.crend(); ++command) {
            const QHash<CustomerId, qint64> &written = (*command)->revisionsAfterUndo();
            for (auto it = written.cbegin(); it != written.cend(); ++it) {
                if (expected.contains(it.key()))
                    expected.insert(it.key(), it.value());
            }
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
