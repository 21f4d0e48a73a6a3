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

/// A run of one customer's entries in a list sorted by customer and time.
template<typename T>
QHash<CustomerId, std::pair<qsizetype, qsizetype>> rangesByCustomer(const QList<T> &sorted)
{
    QHash<CustomerId, std::pair<qsizetype, qsizetype>> ranges;
    for (qsizetype i = 0; i < sorted.size();) {
        qsizetype end = i + 1;
        while (end < sorted.size() && sorted.at(end).customerId == sorted.at(i).customerId)
            ++end;
        ranges.insert(sorted.at(i).customerId, {i, end});
        i = end;
    }
    return ranges;
}

/// One customer's way through the period, from their score history.
struct Path
{
    Placement atStart;
    Placement atEnd;
    QList<ScoreChange> during; ///< the changes in the period, in time order
};

Path pathOf(const Customer &customer, const QList<ScoreChange> &changes, std::pair<qsizetype, qsizetype> range,
            const QDateTime &start, const QDateTime &end)
{
    Path path;
    path.atStart = path.atEnd = {customer.valueFit, customer.valueAwareness};
    bool startKnown = false;
    for (qsizetype i = range.first; i < range.second; ++i) {
        const ScoreChange &change = changes.at(i);
        if (change.changedAt < start)
            continue;
        if (!startKnown) {
            path.atStart = {change.oldFit, change.oldAwareness};
            startKnown = true;
        }
        if (change.changedAt > end) {
            path.atEnd = {change.oldFit, change.oldAwareness};
            break;
        }
        path.during.append(change);
    }
    return path;
}

Quadrant quadrantOf(const Placement &placement, const QuadrantSplit &split)
{
    return Kindred::quadrantOf(placement.valueFit, placement.valueAwareness, split);
}

Placement placementAfter(const ScoreChange &change)
{
    return {change.newFit, change.newAwareness};
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

/// The customer's figures when they stood in quadrant I during the period.
std::optional<Member> memberOf(const Path &path, const QList<Contact> &contacts, const QuadrantSplit &split)
{
    // The first moment in I: -1 for the period's start, else the change that put them there.
    std::optional<qsizetype> firstInI;
    if (quadrantOf(path.atStart, split) == Quadrant::I)
        firstInI = -1;
    for (qsizetype i = 0; !firstInI && i < path.during.size(); ++i) {
        if (quadrantOf(placementAfter(path.during.at(i)), split) == Quadrant::I)
            firstInI = i;
    }
    if (!firstInI)
        return std::nullopt;

    Member member;
    // The changes up to a contact (at its very time included) tell where the customer stood when contacted.
    qsizetype movedAfter = *firstInI; // changes after this index count as moves
    qsizetype applied = 0;
    Placement current = path.atStart;
    for (const Contact &contact : contacts) {
        while (applied < path.during.size() && path.during.at(applied).changedAt <= contact.contactedAt) {
            current = placementAfter(path.during.at(applied++));
        }
        if (quadrantOf(current, split) == Quadrant::I) {
            member.contacted = true;
            movedAfter = applied - 1;
            break;
        }
    }
    for (qsizetype i = movedAfter + 1; !member.moved && i < path.during.size(); ++i)
        member.moved = quadrantOf(placementAfter(path.during.at(i)), split) == Quadrant::II;

    // From the start, or from the first placement during the period, to the end.
    std::optional<double> awarenessThen = isPlaced(path.atStart) ? path.atStart.valueAwareness : std::nullopt;
    for (qsizetype i = 0; !awarenessThen && i < path.during.size(); ++i) {
        if (isPlaced(placementAfter(path.during.at(i))))
            awarenessThen = path.during.at(i).newAwareness;
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
    const QDateTime start = periodStart(input.since);
    const QDateTime end = periodEnd(input.until);
    const QuadrantSplit &split = input.settings.quadrantSplit;

    QList<ScoreChange> changes = input.scoreChanges;
    std::stable_sort(changes.begin(), changes.end(), [](const ScoreChange &a, const ScoreChange &b) {
        return a.customerId != b.customerId ? a.customerId < b.customerId : a.changedAt < b.changedAt;
    });
    QList<Contact> contacts;
    std::copy_if(input.contacts.cbegin(), input.contacts.cend(), std::back_inserter(contacts),
                 [&](const Contact &c) { return c.contactedAt >= start && c.contactedAt <= end; });
    std::stable_sort(contacts.begin(), contacts.end(), [](const Contact &a, const Contact &b) {
        return a.customerId != b.customerId ? a.customerId < b.customerId : a.contactedAt < b.contactedAt;
    });
    const auto changeRanges = rangesByCustomer(changes);
    const auto contactRanges = rangesByCustomer(contacts);

    // The customers with the scores they had at the period's start and end,
    // so that a rule on the quadrant sees where they stood then.
    QList<Customer> atStart = input.customers;
    QList<Customer> atEnd = input.customers;
    QHash<CustomerId, Member> members;
    for (qsizetype i = 0; i < input.customers.size(); ++i) {
        const Customer &c = input.customers.at(i);
        const Path path = pathOf(c, changes, changeRanges.value(c.id, {0, 0}), start, end);
        atStart[i].valueFit = path.atStart.valueFit;
        atStart[i].valueAwareness = path.atStart.valueAwareness;
        atEnd[i].valueFit = path.atEnd.valueFit;
        atEnd[i].valueAwareness = path.atEnd.valueAwareness;
        const auto [from, to] = contactRanges.value(c.id, {0, 0});
        if (auto member = memberOf(path, contacts.mid(from, to - from), split))
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
