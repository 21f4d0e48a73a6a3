// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customerstore.h"

#include <QUndoCommand>

namespace Kindred {

/// Adds a customer; undo removes them, redo puts them back with the same id.
class AddCustomer : public QUndoCommand
{
public:
    AddCustomer(CustomerStore &store, const Customer &customer, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    /// The id the store gave the customer (0 before the first redo or on failure).
    CustomerId customerId() const { return m_snapshot.customer.id; }

private:
    CustomerStore &m_store;
    CustomerSnapshot m_snapshot;
};

} // namespace Kindred
