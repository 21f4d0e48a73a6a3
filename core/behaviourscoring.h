// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "store/customerstore.h"
#include "error.h"
#include "scoresuggestions.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace Kindred {

/// The behaviour rule: suggested value awareness from purchase behaviour.
/// Awareness grows with experience (repeat use), so the rule looks at three
/// things, each turned into a part from 0 to 1:
///
/// - repeat: orders in the last windowMonths, not counting a first order in
///   that window, divided by repeatTarget (capped at 1);
/// - tenure: time since the first order divided by tenureYears (capped at 1);
/// - recency: 1 when the last order is at most recentDays old, 0 when it is
///   quietDays old or older, in a straight line between.
///
/// awareness = 100 × (repeatWeight·repeat + tenureWeight·tenure +
/// recencyWeight·recency) / (sum of the weights).
///
/// Customers without orders get no suggestion. Breadth of what a customer
/// bought is not part of the rule: orders carry no product category yet.
/// Value fit is not suggested: behaviour shows experience, not shared values.
struct BehaviourRule
{
    int windowMonths = 12;
    double repeatTarget = 4.0;
    double tenureYears = 3.0;
    int recentDays = 90;
    int quietDays = 365; ///< the workspace's dormantDays is a good value
    double repeatWeight = 0.5;
    double tenureWeight = 0.25;
    double recencyWeight = 0.25;

    /// The rule from JSON keys window_months, repeat_target, tenure_years,
    /// recent_days, quiet_days, repeat_weight, tenure_weight, recency_weight;
    /// a missing key keeps the value of `defaults` (e.g. BehaviourRule() or forSettings()).
    static Result<BehaviourRule> fromJson(const QJsonObject &json, const BehaviourRule &defaults);
    static Result<BehaviourRule> load(const QString &path, const BehaviourRule &defaults);
    QJsonObject toJson() const;

    /// The rule with the workspace's dormancy as quietDays.
    static BehaviourRule forSettings(const WorkspaceSettings &settings);

    /// The first day of the repeat window for a reference date.
    QDate windowStart(const QDate &reference) const;

    /// Suggestions for customers; ordersInWindow holds each customer's order
    /// figures from windowStart(reference) to reference (see
    /// CustomerStore::orderFigures). Each carries its explanation, e.g. "3
    /// repeat orders in 12 months, customer for 2 years, last order 40 days ago".
    QList<ScoreSuggestion> suggest(const QList<Customer> &customers,
                                   const QHash<CustomerId, OrderFigures> &ordersInWindow,
                                   const QDate &reference) const;
    /// The same, reading customers and orders from the store.
    Result<QList<ScoreSuggestion>> suggest(const CustomerStore &store, const QDate &reference) const;
};

/// The score-history source of scores applied from the behaviour rule.
inline QString behaviourScoreSource()
{
    return QStringLiteral("behaviour rule");
}

} // namespace Kindred
