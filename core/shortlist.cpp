// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortlist.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Kindred {

namespace {

// Keeps only marks that say something, sorted by customer id, as the store returns them.
QList<ShortlistMark> normalised(QList<ShortlistMark> marks)
{
    marks.erase(std::remove_if(marks.begin(), marks.end(),
                               [](const ShortlistMark &m) { return !m.position && !m.excluded; }),
                marks.end());
    std::sort(marks.begin(), marks.end(),
              [](const ShortlistMark &a, const ShortlistMark &b) { return a.customerId < b.customerId; });
    return marks;
}

ShortlistMark &markOf(QList<ShortlistMark> &marks, CustomerId id)
{
    auto it = std::find_if(marks.begin(), marks.end(), [id](const ShortlistMark &m) { return m.customerId == id; });
    if (it != marks.end())
        return *it;
    marks.append({id, std::nullopt, false});
    return marks.last();
}

} // namespace

ShortlistSource ShortlistSource::quadrant(Quadrant quadrant)
{
    return {QCoreApplication::translate("Kindred::Shortlist", "Quadrant %1").arg(quadrantNumeral(quadrant)),
            [quadrant](const Customer &c, const CustomerContext &context) { return context.quadrant(c) == quadrant; }};
}

ShortlistSource ShortlistSource::excellentCustomers()
{
    return {QCoreApplication::translate("Kindred::Shortlist", "Excellent customers"),
            [](const Customer &c, const CustomerContext &context) { return context.meetsExcellenceRule(c); }};
}

ShortlistSource ShortlistSource::customers(const QString &name, const QList<CustomerId> &ids)
{
    const QSet<CustomerId> set(ids.cbegin(), ids.cend());
    return {name, [set](const Customer &c, const CustomerContext &) { return set.contains(c.id); }};
}

double valueScore(std::optional<double> valueFit, double revenuePercentile)
{
    return 0.5 * valueFit.value_or(0.0) + 50.0 * revenuePercentile;
}

QHash<CustomerId, double> valueScores(const QList<Customer> &customers)
{
    QList<double> revenues;
    revenues.reserve(customers.size());
    for (const Customer &c : customers)
        revenues.append(c.revenue);
    std::sort(revenues.begin(), revenues.end());
    const qsizetype others = customers.size() - 1;
    QHash<CustomerId, double> scores;
    scores.reserve(customers.size());
    for (const Customer &c : customers) {
        const qsizetype lower = std::lower_bound(revenues.cbegin(), revenues.cend(), c.revenue) - revenues.cbegin();
        scores.insert(c.id, valueScore(c.valueFit, others > 0 ? double(lower) / double(others) : 0.0));
    }
    return scores;
}

QList<ShortlistEntry> buildShortlist(const QList<Customer> &customers, const ShortlistSource &source,
                                     const QList<ShortlistMark> &marks, int capacity,
                                     const CustomerContext &context)
{
    const QHash<CustomerId, double> scores = valueScores(customers);
    QHash<CustomerId, ShortlistMark> markOfId;
    for (const ShortlistMark &m : marks)
        markOfId.insert(m.customerId, m);

    // Rank everyone once; membership and the default order both follow it.
    QList<const Customer *> ranked;
    ranked.reserve(customers.size());
    for (const Customer &c : customers)
        ranked.append(&c);
    std::sort(ranked.begin(), ranked.end(), [&scores](const Customer *a, const Customer *b) {
        const double sa = scores.value(a->id), sb = scores.value(b->id);
        if (sa != sb)
            return sa > sb;
        if (a->revenue != b->revenue)
            return a->revenue > b->revenue;
        return a->id < b->id;
    });

    QList<const Customer *> members;
    qsizetype pinned = 0;
    for (const Customer *c : std::as_const(ranked)) {
        if (c->pinned) {
            members.append(c);
            ++pinned;
        }
    }
    qsizetype room = std::max<qsizetype>(0, capacity - pinned);
    for (const Customer *c : std::as_const(ranked)) {
        if (room == 0)
            break;
        if (!c->pinned && !markOfId.value(c->id).excluded && source.accepts && source.accepts(*c, context)) {
            members.append(c);
            --room;
        }
    }

    QHash<CustomerId, qsizetype> rank;
    for (qsizetype i = 0; i < ranked.size(); ++i)
        rank.insert(ranked.at(i)->id, i);
    std::sort(members.begin(), members.end(), [&](const Customer *a, const Customer *b) {
        const std::optional<int> pa = markOfId.value(a->id).position, pb = markOfId.value(b->id).position;
        if (pa.has_value() != pb.has_value())
            return pa.has_value();
        if (pa && *pa != *pb)
            return *pa < *pb;
        return rank.value(a->id) < rank.value(b->id);
    });

    QList<ShortlistEntry> entries;
    entries.reserve(members.size());
    for (const Customer *c : std::as_const(members)) {
        entries.append({int(entries.size() + 1), *c, context.quadrant(*c), context.stage(*c), scores.value(c->id),
                        source.accepts && source.accepts(*c, context)});
    }
    return entries;
}

QList<ShortlistMark> marksWithExcluded(QList<ShortlistMark> marks, const QList<CustomerId> &ids, bool excluded)
{
    for (CustomerId id : ids)
        markOf(marks, id).excluded = excluded;
    return normalised(marks);
}

QList<ShortlistMark> marksWithOrder(QList<ShortlistMark> marks, const QList<CustomerId> &order)
{
    for (ShortlistMark &m : marks)
        m.position.reset();
    for (qsizetype i = 0; i < order.size(); ++i)
        markOf(marks, order.at(i)).position = int(i);
    return normalised(marks);
}

} // namespace Kindred
