// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"

#include <QUndoCommand>

namespace Kindred {

class CustomerStore;

/// Changes the editable fields of one or more customers (details, scores,
/// stage, pin) as one undo step.
class EditCustomers : public QUndoCommand
{
public:
    /// before and after hold the same customers in the same order.
    EditCustomers(CustomerStore &store, QList<Customer> before, QList<Customer> after, const QString &text,
                  QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

protected:
    /// Saves the customers; score changes are recorded with scoreSource.
    void apply(const QList<Customer> &customers, const QString &scoreSource = QStringLiteral("hand"));

    CustomerStore &m_store;
    QList<Customer> m_before;
    QList<Customer> m_after;
};

} // namespace Kindred
