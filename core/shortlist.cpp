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

// The value score of each customer, in the order given.
QList<double> valueScoresInOrder(const QList<Customer> &customers)
{
    const QList<double> percentiles = revenuePercentiles(customers);
    QList<double> scores;
    scores.reserve(customers.size());
    for (qsizetype i = 0; i < customers.size(); ++i)
        scores.append(valueScore(customers.at(i).valueFit, percentiles.at(i)));
    return scores;
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

bool ranksBefore(double score, const Customer &customer, double otherScore, const Customer &other)
{
    if (score != otherScore)
        return score > otherScore;
    if (customer.revenue != other.revenue)
        return customer.revenue > other.revenue;
    return customer.id < other.id;
}

QList<double> revenuePercentiles(const QList<Customer> &customers)
{
    QList<double> revenues;
    revenues.reserve(customers.size());
    for (const Customer &c : customers)
        revenues.append(c.revenue);
    std::sort(revenues.begin(), revenues.end());
    const qsizetype others = customers.size() - 1;
    QList<double> percentiles;
    percentiles.reserve(customers.size());
    for (const Customer &c : customers) {
        const qsizetype lower = std::lower_bound(revenues.cbegin(), revenues.cend(), c.revenue) - revenues.cbegin();
        percentiles.append(others > 0 ? double(lower) / double(others) : 0.0);
    }
    return percentiles;
}

QHash<CustomerId, double> valueScores(const QList<Customer> &customers)
{
    const QList<double> scores = valueScoresInOrder(customers);
    QHash<CustomerId, double> byId;
    byId.reserve(customers.size());
    for (qsizetype i = 0; i < customers.size(); ++i)
        byId.insert(customers.at(i).id, scores.at(i));
    return byId;
}

QList<ShortlistEntry> buildShortlist(const QList<Customer> &customers, const ShortlistSource &source,
                                     const QList<ShortlistMark> &marks, int capacity,
                                     const CustomerContext &context)
{
    return buildShortlist(customers, valueScoresInOrder(customers), source, marks, capacity, context);
}

QList<ShortlistEntry> buildShortlist(const QList<Customer> &customers, const QList<double> &scores,
                                     const ShortlistSource &source, const QList<ShortlistMark> &marks, int capacity,
                                     const CustomerContext &context)
{
    QSet<CustomerId> excluded;
    QHash<CustomerId, int> positions;
    for (const ShortlistMark &m : marks) {
        if (m.excluded)
            excluded.insert(m.customerId);
        if (m.position)
            positions.insert(m.customerId, *m.position);
    }
    const auto accepts = [&](const Customer &c) { return source.accepts && source.accepts(c, context); };
    const auto ranksBefore = [&](qsizetype a, qsizetype b) {
        return Kindred::ranksBefore(scores.at(a), customers.at(a), scores.at(b), customers.at(b));
    };

    // Only the few who make the list are ranked: a full sort of 100,000
    // customers on every change would be most of the work.
    QList<qsizetype> members, candidates;
    for (qsizetype i = 0; i < customers.size(); ++i) {
        const Customer &c = customers.at(i);
        if (c.pinned)
            members.append(i);
        else if (!excluded.contains(c.id) && accepts(c))
            candidates.append(i);
    }
    const qsizetype room = std::min(std::max<qsizetype>(0, capacity - members.size()), candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + room, candidates.end(), ranksBefore);
    members.append(candidates.mid(0, room));

    const auto positionOf = [&](qsizetype i) -> std::optional<int> {
        const auto found = positions.constFind(customers.at(i).id);
        return found != positions.cend() ? std::optional<int>(*found) : std::nullopt;
    };
    std::sort(members.begin(), members.end(), [&](qsizetype a, qsizetype b) {
        const std::optional<int> pa = positionOf(a), pb = positionOf(b);
        if (pa.has_value() != pb.has_value())
            return pa.has_value();
        if (pa && *pa != *pb)
            return *pa < *pb;
        return ranksBefore(a, b);
    });

    QList<ShortlistEntry> entries;
    entries.reserve(members.size());
    for (qsizetype i : std::as_const(members)) {
        const Customer &c = customers.at(i);
        entries.append({int(entries.size() + 1), c, context.quadrant(c), context.stage(c), scores.at(i), accepts(c)});
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
