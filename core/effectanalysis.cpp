// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "effectanalysis.h"

#include "customeranalysis.h"
#include "orderhistory.h"
#include "store/customerstore.h"
#include "valuematrix.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Kindred {

std::optional<double> EffectGroup::movedShare() const
{
    if (customers == 0)
        return std::nullopt;
    return double(movedIToII) / double(customers);
}

namespace EffectAnalysis {

namespace {

/// A change of scores as the effect follows it: when (ms since the epoch),
/// from where and to where. Lighter than a ScoreChange, for sorting many.
struct Move
{
    CustomerId customerId = 0;
    qint64 at = 0;
    Placement before;
    Placement after;
};

/// When a customer was contacted.
struct Touch
{
    CustomerId customerId = 0;
    qint64 at = 0;
};

/// A run of entries in a list that outlives it.
template<typename T>
struct Span
{
    const T *first = nullptr;
    const T *last = nullptr; ///< one past the end
    const T *begin() const { return first; }
    const T *end() const { return last; }
    qsizetype size() const { return last - first; }
    const T &operator[](qsizetype i) const { return first[i]; }
};

/// Sorts the entries by customer, then time (keeping the order of equal
/// times), and returns each customer's run.
template<typename T>
QHash<CustomerId, Span<T>> sortedByCustomer(QList<T> &entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const T &a, const T &b) {
        return a.customerId != b.customerId ? a.customerId < b.customerId : a.at < b.at;
    });
    QHash<CustomerId, Span<T>> runs;
    const T *data = entries.constData();
    for (qsizetype i = 0; i < entries.size();) {
        qsizetype end = i + 1;
        while (end < entries.size() && data[end].customerId == data[i].customerId)
            ++end;
        runs.insert(data[i].customerId, {data + i, data + end});
        i = end;
    }
    return runs;
}

/// One customer's way through the period, from their score history.
struct Path
{
    Placement atStart;
    Placement atEnd;
    Span<Move> during; ///< the changes in the period, in time order
};

Path pathOf(const Customer &customer, Span<Move> moves, qint64 start, qint64 end)
{
    Path path;
    path.atStart = path.atEnd = {customer.valueFit, customer.valueAwareness};
    const Move *first = std::find_if(moves.begin(), moves.end(), [start](const Move &m) { return m.at >= start; });
    const Move *after = std::find_if(first, moves.end(), [end](const Move &m) { return m.at > end; });
    if (first != moves.end())
        path.atStart = first->before;
    if (after != moves.end())
        path.atEnd = after->before;
    path.during = {first, after};
    return path;
}

Quadrant quadrantOf(const Placement &placement, const QuadrantSplit &split)
{
    return Kindred::quadrantOf(placement.valueFit, placement.valueAwareness, split);
}

bool isPlaced(const Placement &placement)
{
    return placement.valueFit && placement.valueAwareness;
}

/// What the effect needs to know of one customer who stood in quadrant I.
struct Member
{
    bool contacted = false;
    bool moved = false;
    std::optional<double> awarenessChange;
};

/// The customer's figures when they stood in quadrant I during the period;
/// touches: their contacts in the period, in time order.
std::optional<Member> memberOf(const Path &path, Span<Touch> touches, const QuadrantSplit &split)
{
    const Span<Move> &during = path.during;
    // The first moment in I: -1 for the period's start, else the change that put them there.
    std::optional<qsizetype> firstInI;
    if (quadrantOf(path.atStart, split) == Quadrant::I)
        firstInI = -1;
    for (qsizetype i = 0; !firstInI && i < during.size(); ++i) {
        if (quadrantOf(during[i].after, split) == Quadrant::I)
            firstInI = i;
    }
    if (!firstInI)
        return std::nullopt;

    Member member;
    // The changes up to a contact (at its very time included) tell where the customer stood when contacted.
    qsizetype movedAfter = *firstInI; // changes after this index count as moves
    qsizetype applied = 0;
    Placement current = path.atStart;
    for (const Touch &touch : touches) {
        while (applied < during.size() && during[applied].at <= touch.at)
            current = during[applied++].after;
        if (quadrantOf(current, split) == Quadrant::I) {
            member.contacted = true;
            movedAfter = applied - 1;
            break;
        }
    }
    for (qsizetype i = movedAfter + 1; !member.moved && i < during.size(); ++i)
        member.moved = quadrantOf(during[i].after, split) == Quadrant::II;

    // From the start, or from the first placement during the period, to the end.
    std::optional<double> awarenessThen = isPlaced(path.atStart) ? path.atStart.valueAwareness : std::nullopt;
    for (qsizetype i = 0; !awarenessThen && i < during.size(); ++i) {
        if (isPlaced(during[i].after))
            awarenessThen = during[i].after.valueAwareness;
    }
    if (awarenessThen && isPlaced(path.atEnd))
        member.awarenessChange = *path.atEnd.valueAwareness - *awarenessThen;
    return member;
}

std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    const qsizetype middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + middle, values.end());
    if (values.size() % 2 == 1)
        return values.at(middle);
    const double below = *std::max_element(values.begin(), values.begin() + middle);
    return (below + values.at(middle)) / 2.0;
}

QSet<CustomerId> coreCustomers(const CustomerAnalysis &analysis)
{
    QSet<CustomerId> core;
    for (const DerivedCustomer &c : analysis.customers()) {
        if (c.stage == Stage::Core)
            core.insert(c.id);
    }
    return core;
}

} // namespace

QDateTime periodStart(const QDate &since)
{
    return since.startOfDay();
}

QDateTime periodEnd(const QDate &until)
{
    return until.endOfDay();
}

Result<Input> load(const CustomerStore &store, const QDate &since, const QDate &until)
{
    Input input;
    input.settings = store.settings();
    input.since = since;
    input.until = until.isValid() ? until : input.settings.asOfOr(QDate::currentDate());
    auto customers = store.customers();
    if (!customers)
        return customers.error();
    input.customers = std::move(customers.value());
    auto changes = store.scoreChanges(periodStart(since));
    if (!changes)
        return changes.error();
    input.scoreChanges = std::move(changes.value());
    auto contacts = store.contacts(0, periodStart(since));
    if (!contacts)
        return contacts.error();
    input.contacts = std::move(contacts.value());
    return input;
}

EffectSummary compute(const Input &input, const OrderHistory &orders)
{
    EffectSummary summary{input.since, input.until, {}, {}};
    if (!input.since.isValid() || !input.until.isValid() || input.since > input.until)
        return summary;
    const qint64 start = periodStart(input.since).toMSecsSinceEpoch();
    const qint64 end = periodEnd(input.until).toMSecsSinceEpoch();
    const QuadrantSplit &split = input.settings.quadrantSplit;

    QList<Move> moves;
    moves.reserve(input.scoreChanges.size());
    for (const ScoreChange &c : input.scoreChanges) {
        moves.append({c.customerId, c.changedAt.toMSecsSinceEpoch(), {c.oldFit, c.oldAwareness},
                      {c.newFit, c.newAwareness}});
    }
    QList<Touch> touches;
    for (const Contact &c : input.contacts) {
        const qint64 at = c.contactedAt.toMSecsSinceEpoch();
        if (at >= start && at <= end)
            touches.append({c.customerId, at});
    }
    const QHash<CustomerId, Span<Move>> movesOf = sortedByCustomer(moves);
    const QHash<CustomerId, Span<Touch>> touchesOf = sortedByCustomer(touches);

    // The customers with the scores they had at the period's start and end,
    // so that a rule on the quadrant sees where they stood then.
    QList<Customer> atStart = input.customers;
    QList<Customer> atEnd = input.customers;
    QHash<CustomerId, Member> members;
    for (qsizetype i = 0; i < input.customers.size(); ++i) {
        const Customer &c = input.customers.at(i);
        const Path path = pathOf(c, movesOf.value(c.id), start, end);
        atStart[i].valueFit = path.atStart.valueFit;
        atStart[i].valueAwareness = path.atStart.valueAwareness;
        atEnd[i].valueFit = path.atEnd.valueFit;
        atEnd[i].valueAwareness = path.atEnd.valueAwareness;
        if (auto member = memberOf(path, touchesOf.value(c.id), split))
            members.insert(c.id, *member);
    }
    if (members.isEmpty())
        return summary;

    const QSet<CustomerId> coreAtStart =
        coreCustomers(CustomerAnalysis::asOf(orders, atStart, input.settings, input.since.addDays(-1)));
    const CustomerAnalysis endAnalysis = CustomerAnalysis::asOf(orders, atEnd, input.settings, input.until);
    QList<double> awarenessChanges[2];
    // Those the end analysis leaves out did not exist yet at the period's end.
    for (const DerivedCustomer &c : endAnalysis.customers()) {
        const auto found = members.constFind(c.id);
        if (found == members.cend())
            continue;
        EffectGroup &group = found->contacted ? summary.contacted : summary.notContacted;
        ++group.customers;
        group.movedIToII += found->moved ? 1 : 0;
        if (found->awarenessChange)
            awarenessChanges[found->contacted ? 0 : 1].append(*found->awarenessChange);
        const OrderFigures figures = orders.figures(c.id, input.since, input.until);
        group.orders += figures.orderCount;
        group.revenue += figures.revenue;
        group.becameCore += c.stage == Stage::Core && !coreAtStart.contains(c.id) ? 1 : 0;
    }
    summary.contacted.awarenessChangeMedian = median(awarenessChanges[0]);
    summary.notContacted.awarenessChangeMedian = median(awarenessChanges[1]);
    return summary;
}

Result<EffectSummary> fromStore(const CustomerStore &store, const QDate &since, const QDate &until)
{
    auto input = load(store, since, until);
    if (!input)
        return input.error();
    auto orders = OrderHistory::load(store);
    if (!orders)
        return orders.error();
    return compute(input.value(), orders.value());
}

} // namespace EffectAnalysis
} // namespace Kindred
