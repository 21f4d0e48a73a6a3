// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "error.h"
#include "store/storetypes.h"

#include <QDate>
#include <QList>

namespace Kindred {

class CustomerStore;

/// Every customer's orders as dates and amounts, sorted by date, kept in
/// memory so that the figures of any range of dates (Pareto over the last
/// twelve months, the customers as they stood on a past day) take two binary
/// searches and a short sum per customer instead of a query over the orders.
/// Built once when a store is opened; a view keeps it current by reading
/// again the orders of the customers that changed.
///
/// The orders lie in flat columns (one array of days, one of amounts), the
/// customers' runs one after another in ascending id: a period over every
/// customer is one pass over memory with no allocation per customer.
class OrderHistory
{
public:
    OrderHistory() = default;
    /// From order lines in any order.
    explicit OrderHistory(QList<OrderLine> lines);
    static Result<OrderHistory> load(const CustomerStore &store);

    /// Reads again the orders of these customers (their orders changed).
    [[nodiscard]] Status reload(const CustomerStore &store, const QList<CustomerId> &ids);
    void remove(const QList<CustomerId> &ids);

    /// The customer's revenue, order count, first and last order over the
    /// orders dated from..until, both inclusive; an invalid date leaves that
    /// end open (as CustomerStore::orderFigures).
    OrderFigures figures(CustomerId id, const QDate &from, const QDate &until) const;
    /// figures() of each customer, in the order given. Customers in ascending
    /// id, as the store lists them, are found in one pass over the history.
    QList<OrderFigures> figures(const QList<Customer> &customers, const QDate &from, const QDate &until) const;

    /// figures() of one customer after another over the same dates, for a
    /// caller that walks its customers anyway: ascending ids take one pass
    /// over the history, any other order a binary search each.
    class Walk
    {
    public:
        Walk(const OrderHistory &history, const QDate &from, const QDate &until);
        OrderFigures figures(CustomerId id);

    private:
        const OrderHistory &m_history;
        qint32 m_from;
        qint32 m_until;
        qsizetype m_next = 0; ///< where the next customer of an ascending walk stands
    };

    /// Whether the figures of all the customer's orders are those the store
    /// keeps on the customer: if so, their orders are the ones held here.
    bool agreesWith(const Customer &customer) const;
    /// The date of the latest order of anyone; invalid when there is none.
    QDate lastOrderDate() const;
    qsizetype orderCount() const { return m_days.size(); }

private:
    /// The customer's place in m_ids, or -1 when they have no order. `hint`:
    /// where the previous lookup of an ascending walk ended.
    qsizetype indexOf(CustomerId id, qsizetype hint = 0) const;
    OrderFigures figuresAt(qsizetype index, qint32 from, qint32 until) const;
    /// Appends the customers `first` up to `end` of another history, with their orders.
    void append(const OrderHistory &from, qsizetype first, qsizetype end);
    /// This history without the customers `dropped` (ascending), with those of
    /// `added` in their place.
    OrderHistory merged(const QList<CustomerId> &dropped, const OrderHistory &added) const;

    QList<CustomerId> m_ids;     ///< customers with orders, ascending
    QList<qsizetype> m_starts{0}; ///< m_ids[i]'s orders are m_starts[i] up to m_starts[i + 1]
    QList<qint32> m_days;        ///< Julian days, ascending within each customer
    QList<double> m_amounts;     ///< summed per range, not kept as running sums: a
                                 ///< difference of sums would leave refunds that cancel a
                                 ///< purchase a rounding error above zero
};

} // namespace Kindred
