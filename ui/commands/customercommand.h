// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/customerstore.h"

#include <QHash>
#include <QUndoCommand>

class QUndoStack;

namespace Kindred {

/// An undo step that saves customers. It remembers the revision
/// (Customer::revision) each of its customers had right after its last redo
/// and right after its last undo, so that before an undo one can tell whether
/// someone else saved them since (customersChangedByOthers).
class CustomerCommand : public QUndoCommand
{
public:
    void undo() final;
    void redo() final;

    /// The customers this step saves.
    virtual QList<CustomerId> customers() const = 0;
    /// Each customer's revision right after the last redo; absent when the
    /// customer did not exist then (removed, or not read).
    const QHash<CustomerId, qint64> &revisionsAfterRedo() const { return m_afterRedo; }
    /// The same right after the last undo.
    const QHash<CustomerId, qint64> &revisionsAfterUndo() const { return m_afterUndo; }

protected:
    CustomerCommand(CustomerStore &store, const QString &text, QUndoCommand *parent);
    virtual void undoChanges() = 0;
    virtual void redoChanges() = 0;
    /// For mergeWith(): the merged step ends where the newer one did.
    void takeRevisionsAfterRedo(const CustomerCommand &newer) { m_afterRedo = newer.m_afterRedo; }

    CustomerStore &m_store;

private:
    QHash<CustomerId, qint64> currentRevisions() const;

    QHash<CustomerId, qint64> m_afterRedo;
    QHash<CustomerId, qint64> m_afterUndo;
};

/// The customers that undoing the stack's next step would change back
/// although someone else saved them after this stack last did: another
/// client of a team store, an import, another window. Empty when the step
/// saves no customers.
Result<QList<Customer>> customersChangedByOthers(const QUndoStack &stack, const CustomerStore &store);

} // namespace Kindred
