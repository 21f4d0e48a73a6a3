// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Kindred {

class CustomerTableModel;

/// The customers without scores, for the list beside the value matrix:
/// searchable by name and sorted by revenue (the most valuable first, whom to
/// place first) or by name (the reading when there is one) in the order of
/// the user's language.
class UnplacedCustomersModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Order { Revenue, Name };

    explicit UnplacedCustomersModel(CustomerTableModel &source, QObject *parent = nullptr);

    void setOrder(Order order);
    Order order() const { return m_order; }
    /// All unplaced customers, whatever the search.
    int unplacedCount() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    CustomerTableModel &m_source;
    Order m_order = Order::Revenue;
};

} // namespace Kindred
