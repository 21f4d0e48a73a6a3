// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderhistory.h"

#include "store/customerstore.h"

#include <algorithm>
#include <limits>

namespace Kindred {

namespace {
// Order dates are read from ISO text (years 0-9999), so their Julian days fit
// 32 bits, which halves the column. An invalid date sorts first, as QDate's
// own null Julian day does, and an open start of a range takes it in.
constexpr qint32 kInvalidDay = std::numeric_limits<qint32>::min();
constexpr qint32 kLastDay = std::numeric_limits<qint32>::max();

qint32 dayOf(const QDate &date)
{
    return date.isValid() ? qint32(std::clamp<qint64>(date.toJulianDay(), kInvalidDay + 1, kLastDay)) : kInvalidDay;
}

QDate dateOf(qint32 day)
{
    return day == kInvalidDay ? QDate() : QDate::fromJulianDay(day);
}
} // namespace

OrderHistory::OrderHistory(QList<OrderLine> lines)
{
    const auto before = [](const OrderLine &a, const OrderLine &b) {
        return a.customerId != b.customerId ? a.customerId < b.customerId : a.date < b.date;
    };
    // The store gives them sorted by customer and date; anyone else may not.
    if (!std::is_sorted(lines.cbegin(), lines.cend(), before))
        std::stable_sort(lines.begin(), lines.end(), before);
    m_days.reserve(lines.size());
    m_amounts.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const OrderLine &line = lines.at(i);
        if (i == 0 || line.customerId != lines.at(i - 1).customerId) {
            if (i > 0)
                m_starts.append(m_days.size());
            m_ids.append(line.customerId);
        }
        m_days.append(dayOf(line.date));
        m_amounts.append(line.amount);
    }
    if (!m_ids.isEmpty())
        m_starts.append(m_days.size());
}

Result<OrderHistory> OrderHistory::load(const CustomerStore &store)
{
    auto lines = store.orderLines();
    if (!lines)
        return lines.error();
    return OrderHistory(std::move(lines.value()));
}

Status OrderHistory::reload(const CustomerStore &store, const QList<CustomerId> &ids)
{
    if (ids.isEmpty())
        return std::nullopt;
    auto lines = store.orderLines(ids);
    if (!lines)
        return lines.error();
    QList<CustomerId> dropped = ids;
    std::sort(dropped.begin(), dropped.end());
    *this = merged(dropped, OrderHistory(std::move(lines.value())));
    return std::nullopt;
}

void OrderHistory::remove(const QList<CustomerId> &ids)
{
    if (ids.isEmpty())
        return;
    QList<CustomerId> dropped = ids;
    std::sort(dropped.begin(), dropped.end());
    *this = merged(dropped, OrderHistory());
}

OrderHistory OrderHistory::merged(const QList<CustomerId> &dropped, const OrderHistory &added) const
{
    OrderHistory result;
    result.m_ids.reserve(m_ids.size() + added.m_ids.size());
    result.m_starts.reserve(m_starts.size() + added.m_ids.size());
    result.m_days.reserve(m_days.size() + added.m_days.size());
    result.m_amounts.reserve(m_amounts.size() + added.m_amounts.size());
    // The customers between two changed ones are copied as one block, so that
    // one customer read again in a store of millions of orders is a copy of
    // the columns at memory speed.
    qsizetype kept = 0; // the next customer of this history not yet copied or dropped
    const auto keepUpTo = [&](qsizetype end) {
        if (end > kept)
            result.append(*this, kept, end);
        kept = std::max(kept, end);
    };
    qsizetype d = 0, a = 0;
    while (d < dropped.size() || a < added.m_ids.size()) {
        const CustomerId id = a == added.m_ids.size() || (d < dropped.size() && dropped.at(d) < added.m_ids.at(a))
                                  ? dropped.at(d)
                                  : added.m_ids.at(a);
        const qsizetype place = std::lower_bound(m_ids.cbegin() + kept, m_ids.cend(), id) - m_ids.cbegin();
        keepUpTo(place);
        if (place < m_ids.size() && m_ids.at(place) == id)
            kept = place + 1; // dropped, or read again: the new orders replace the old
        while (d < dropped.size() && dropped.at(d) == id)
            ++d;
        if (a < added.m_ids.size() && added.m_ids.at(a) == id) {
            result.append(added, a, a + 1);
            ++a;
        }
    }
    keepUpTo(m_ids.size());
    return result;
}

void OrderHistory::append(const OrderHistory &from, qsizetype first, qsizetype end)
{
    const qsizetype start = from.m_starts.at(first);
    const qsizetype count = from.m_starts.at(end) - start;
    const qsizetype shift = m_days.size() - start;
    const qsizetype ids = m_ids.size();
    m_ids.resize(ids + end - first);
    std::copy(from.m_ids.cbegin() + first, from.m_ids.cbegin() + end, m_ids.data() + ids);
    for (qsizetype i = first + 1; i <= end; ++i)
        m_starts.append(from.m_starts.at(i) + shift);
    m_days.resize(m_days.size() + count);
    m_amounts.resize(m_amounts.size() + count);
    std::copy_n(from.m_days.constData() + start, count, m_days.data() + start + shift);
    std::copy_n(from.m_amounts.constData() + start, count, m_amounts.data() + start + shift);
}

qsizetype OrderHistory::indexOf(CustomerId id, qsizetype hint) const
{
    const qsizetype n = m_ids.size();
    if (hint < n && m_ids.at(hint) == id)
        return hint;
    // Between the previous customer found and the next one: no order.
    if ((hint == n || m_ids.at(hint) > id) && (hint == 0 || m_ids.at(hint - 1) < id))
        return -1;
    const auto found = std::lower_bound(m_ids.cbegin(), m_ids.cend(), id);
    return found != m_ids.cend() && *found == id ? found - m_ids.cbegin() : -1;
}

OrderFigures OrderHistory::figuresAt(qsizetype index, qint32 from, qint32 until) const
{
    const qint32 *days = m_days.constData();
    const qint32 *begin = days + m_starts.at(index);
    const qint32 *end = days + m_starts.at(index + 1);
    const qint32 *first = from == kInvalidDay ? begin : std::lower_bound(begin, end, from);
    const qint32 *stop = until == kLastDay ? end : std::upper_bound(first, end, until);
    if (first >= stop)
        return {};
    // Summed in date order from zero, so that a refund cancelling a purchase leaves exactly 0.
    double revenue = 0.0;
    const double *amounts = m_amounts.constData();
    for (const double *a = amounts + (first - days), *e = amounts + (stop - days); a != e; ++a)
        revenue += *a;
    return {revenue, int(stop - first), dateOf(*first), dateOf(*(stop - 1))};
}

OrderFigures OrderHistory::figures(CustomerId id, const QDate &from, const QDate &until) const
{
    return Walk(*this, from, until).figures(id);
}

QList<OrderFigures> OrderHistory::figures(const QList<Customer> &customers, const QDate &from,
                                          const QDate &until) const
{
    Walk walk(*this, from, until);
    QList<OrderFigures> result;
    result.reserve(customers.size());
    for (const Customer &c : customers)
        result.append(walk.figures(c.id));
    return result;
}

OrderHistory::Walk::Walk(const OrderHistory &history, const QDate &from, const QDate &until)
    : m_history(history), m_from(from.isValid() ? dayOf(from) : kInvalidDay),
      m_until(until.isValid() ? dayOf(until) : kLastDay)
{
}

OrderFigures OrderHistory::Walk::figures(CustomerId id)
{
    const qsizetype index = m_history.indexOf(id, m_next);
    if (index < 0)
        return {};
    m_next = index + 1;
    return m_history.figuresAt(index, m_from, m_until);
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
    if (m_ids.isEmpty())
        return {};
    qint32 last = kInvalidDay;
    for (qsizetype i = 1; i < m_starts.size(); ++i)
        last = std::max(last, m_days.at(m_starts.at(i) - 1));
    return dateOf(last);
}

} // namespace Kindred
