// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customerstore.h"

#include <QUndoCommand>

namespace Kindred {

/// Deletes customers with their orders and history; undo restores them exactly.
class DeleteCustomers : public QUndoCommand
{
public:
    DeleteCustomers(CustomerStore &store, QList<CustomerId> ids, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    CustomerStore &m_store;
    QList<CustomerId> m_ids;
    QList<CustomerSnapshot> m_removed;
};

} // namespace Kindred
