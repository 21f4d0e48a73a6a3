// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customercommand.h"

namespace Kindred {

/// Changes the editable fields of one or more customers (details, scores,
/// stage, pin) as one undo step.
class EditCustomers : public CustomerCommand
{
public:
    /// before and after hold the same customers in the same order.
    EditCustomers(CustomerStore &store, QList<Customer> before, QList<Customer> after, const QString &text,
                  QUndoCommand *parent = nullptr);

    QList<CustomerId> customers() const override;

protected:
    void undoChanges() override;
    void redoChanges() override;
    /// Saves the customers; score changes are recorded with scoreSource.
    void apply(const QList<Customer> &customers, const QString &scoreSource = QStringLiteral("hand"));

    QList<Customer> m_before;
    QList<Customer> m_after;
};

} // namespace Kindred
