// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customercommand.h"

namespace Kindred {

/// Deletes customers with their orders and history; undo restores them exactly.
class DeleteCustomers : public CustomerCommand
{
public:
    DeleteCustomers(CustomerStore &store, QList<CustomerId> ids, QUndoCommand *parent = nullptr);

    QList<CustomerId> customers() const override { return m_ids; }

protected:
    void undoChanges() override;
    void redoChanges() override;

private:
    QList<CustomerId> m_ids;
    QList<CustomerSnapshot> m_removed;
};

} // namespace Kindred
