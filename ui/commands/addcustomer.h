// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customercommand.h"

namespace Kindred {

/// Adds a customer; undo removes them, redo puts them back with the same id.
class AddCustomer : public CustomerCommand
{
public:
    AddCustomer(CustomerStore &store, const Customer &customer, QUndoCommand *parent = nullptr);

    QList<CustomerId> customers() const override;
    /// The id the store gave the customer (0 before the first redo or on failure).
    CustomerId customerId() const { return m_snapshot.customer.id; }

protected:
    void undoChanges() override;
    void redoChanges() override;

private:
    CustomerSnapshot m_snapshot;
};

} // namespace Kindred
