// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "error.h"
#include "store/storetypes.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace Kindred {

class CustomerStore;

/// Every customer's orders as dates and amounts, sorted by date, kept in
/// memory so that the figures of any range of dates (Pareto over the last
/// twelve months, the customers as they stood on a past day) take two binary
/// searches and a short sum per customer instead of a query over the orders.
/// Built once when a store is opened; a view keeps it current by reading
/// again the orders of the customers that changed.
class OrderHistory
{
public:
    OrderHistory() = default;
    /// From order lines in any order.
    explicit OrderHistory(const QList<OrderLine> &lines);
    static Result<OrderHistory> load(const CustomerStore &store);

    /// Reads again the orders of these customers (their orders changed).
    [[nodiscard]] Status reload(const CustomerStore &store, const QList<CustomerId> &ids);
    void remove(const QList<CustomerId> &ids);

    /// The customer's revenue, order count, first and last order over the
    /// orders dated from..until, both inclusive; an invalid date leaves that
    /// end open (as CustomerStore::orderFigures).
    OrderFigures figures(CustomerId id, const QDate &from, const QDate &until) const;
    /// Whether the figures of all the customer's orders are those the store
    /// keeps on the customer: if so, their orders are the ones held here.
    bool agreesWith(const Customer &customer) const;
    /// The date of the latest order of anyone; invalid when there is none.
    QDate lastOrderDate() const;
    qsizetype orderCount() const;

private:
    struct Orders
    {
        QList<qint64> days;    ///< Julian days, ascending
        QList<double> amounts; ///< summed per range, not kept as running sums: a
                               ///< difference of sums would leave refunds that cancel a
                               ///< purchase a rounding error above zero
    };
    void add(CustomerId id, const QList<OrderLine> &lines, qsizetype from, qsizetype end);

    QHash<CustomerId, Orders> m_customers;
};

} // namespace Kindred
