// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customercommand.h"

namespace Kindred {

/// Makes two customers who are one person one record (see
/// CustomerStore::mergeCustomers()); undo restores both exactly.
class MergeCustomers : public CustomerCommand
{
public:
    /// merged carries the kept customer's id and the values chosen.
    MergeCustomers(CustomerStore &store, Customer merged, const Customer &other, QUndoCommand *parent = nullptr);

    QList<CustomerId> customers() const override { return {m_merged.id, m_other}; }
    /// What the last redo did (orders both held, marks moved).
    const MergeUndo &lastMerge() const { return m_undo; }

protected:
    void undoChanges() override;
    void redoChanges() override;

private:
    Customer m_merged;
    CustomerId m_other;
    MergeUndo m_undo;
};

} // namespace Kindred
