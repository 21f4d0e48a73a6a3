// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customercommand.h"

namespace Kindred {

/// What the shortlist verbs share: a change of pins (customer records) and of
/// shortlist marks, undone and redone together. The verbs (AddToShortlist,
/// PinCustomers, ExcludeFromShortlist, ReorderShortlist) only say what changes.
class ChangeShortlist : public CustomerCommand
{
public:
    /// The customers whose pin changes.
    QList<CustomerId> customers() const override;

protected:
    /// Reads the current marks from the store; subclasses then fill in the after state.
    ChangeShortlist(CustomerStore &store, const QString &text, QUndoCommand *parent);
    /// Sets the pin of the customers in the after state (and keeps their before state).
    void setPinned(const QList<CustomerId> &ids, bool pinned);
    void undoChanges() override;
    void redoChanges() override;

    QList<ShortlistMark> m_marksBefore;
    QList<ShortlistMark> m_marksAfter;

private:
    void apply(const QList<Customer> &customers, const QList<ShortlistMark> &marks);

    QList<Customer> m_customersBefore;
    QList<Customer> m_customersAfter;
};

} // namespace Kindred
