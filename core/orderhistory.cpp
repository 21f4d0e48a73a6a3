// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderhistory.h"

#include "store/customerstore.h"

#include <algorithm>

namespace Kindred {

OrderHistory::OrderHistory(const QList<OrderLine> &lines)
{
    // The store gives them sorted by customer and date; anyone else may not.
    QList<OrderLine> sorted = lines;
    std::stable_sort(sorted.begin(), sorted.end(), [](const OrderLine &a, const OrderLine &b) {
        return a.customerId != b.customerId ? a.customerId < b.customerId : a.date < b.date;
    });
    qsizetype from = 0;
    for (qsizetype i = 1; i <= sorted.size(); ++i) {
        if (i == sorted.size() || sorted.at(i).customerId != sorted.at(from).customerId) {
            add(sorted.at(from).customerId, sorted, from, i);
            from = i;
        }
    }
}

void OrderHistory::add(CustomerId id, const QList<OrderLine> &lines, qsizetype from, qsizetype end)
{
    Orders &orders = m_customers[id];
    orders.days.clear();
    orders.amounts.clear();
    orders.days.reserve(end - from);
    orders.amounts.reserve(end - from);
    for (qsizetype i = from; i < end; ++i) {
        orders.days.append(lines.at(i).date.toJulianDay());
        orders.amounts.append(lines.at(i).amount);
    }
}

Result<OrderHistory> OrderHistory::load(const CustomerStore &store)
{
    auto lines = store.orderLines();
    if (!lines)
        return lines.error();
    return OrderHistory(lines.value());
}

Status OrderHistory::reload(const CustomerStore &store, const QList<CustomerId> &ids)
{
    if (ids.isEmpty())
        return std::nullopt;
    auto lines = store.orderLines(ids);
    if (!lines)
        return lines.error();
    remove(ids);
    const OrderHistory read(lines.value());
    for (auto it = read.m_customers.cbegin(); it != read.m_customers.cend(); ++it)
        m_customers.insert(it.key(), it.value());
    return std::nullopt;
}

void OrderHistory::remove(const QList<CustomerId> &ids)
{
    for (CustomerId id : ids)
        m_customers.remove(id);
}

OrderFigures OrderHistory::figures(CustomerId id, const QDate &from, const QDate &until) const
{
    const auto found = m_customers.constFind(id);
    if (found == m_customers.cend())
        return {};
    const Orders &o = *found;
    const auto first = from.isValid() ? std::lower_bound(o.days.cbegin(), o.days.cend(), from.toJulianDay())
                                      : o.days.cbegin();
    const auto end = until.isValid() ? std::upper_bound(first, o.days.cend(), until.toJulianDay()) : o.days.cend();
    if (first >= end)
        return {};
    const qsizetype i = first - o.days.cbegin();
    const qsizetype last = end - o.days.cbegin() - 1;
    double revenue = 0.0;
    for (qsizetype k = i; k <= last; ++k)
        revenue += o.amounts.at(k);
    return {revenue, int(last - i + 1), QDate::fromJulianDay(*first), QDate::fromJulianDay(o.days.at(last))};
}

bool OrderHistory::agreesWith(const Customer &customer) const
{
    const OrderFigures all = figures(customer.id, {}, {});
    // The store sums in SQL, in its own order: allow for rounding.
    return all.orderCount == customer.orderCount && all.firstOrder == customer.firstOrder
           && all.lastOrder == customer.lastOrder && qAbs(all.revenue - customer.revenue) < 1e-6;
}

QDate OrderHistory::lastOrderDate() const
{
    qint64 last = 0;
    bool any = false;
    for (const Orders &o : m_customers) {
        if (!o.days.isEmpty() && (!any || o.days.constLast() > last)) {
            last = o.days.constLast();
            any = true;
        }
    }
    return any ? QDate::fromJulianDay(last) : QDate();
}

qsizetype OrderHistory::orderCount() const
{
    qsizetype count = 0;
    for (const Orders &o : m_customers)
        count += o.days.size();
    return count;
}

} // namespace Kindred
