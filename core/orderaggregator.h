// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storetypes.h"

#include <QDate>
#include <QList>
#include <QStringView>

#include <memory>

namespace Kindred {

/// Sums an import's order lines into orders, on a thread of its own while
/// the importer reads and matches the rows that follow (for a million
/// lines, a quarter of the reading time).
///
/// Lines with the same customer and order id are one order: amounts summed,
/// dated by the earliest line. A line without an order id is an order of
/// its own, known again on re-import by its content (date, amount and how
/// often the same content came before for that customer).
class OrderAggregator
{
public:
    /// Who a line belongs to: a customer in the store (storeId) or the
    /// importer's new customer number newCustomer; `customer` is the
    /// importer's index of either, for the lookups.
    struct Customer
    {
        qsizetype customer = 0;
        CustomerId storeId = 0;
        qsizetype newCustomer = -1;
    };

    OrderAggregator();
    ~OrderAggregator();
    OrderAggregator(const OrderAggregator &) = delete;
    OrderAggregator &operator=(const OrderAggregator &) = delete;

    /// Room for about this many orders.
    void reserve(qsizetype orders);
    /// A line that starts an order, or adds to the order of the same
    /// customer and id seen before.
    void addLine(const Customer &customer, QStringView orderId, const QDate &date, double amount);
    /// A further line of the order of the line before, which had an order
    /// id: its amount adds to it, its date (if valid) may be earlier.
    void addToPrevious(const QDate &date, double amount);
    /// Waits for the lines given so far and returns the orders, in the order
    /// their first lines came. Call once; no line may follow.
    QList<ImportOrder> finish();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Kindred
