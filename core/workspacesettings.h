// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ownfields.h"
#include "quadrant.h"

#include <QDate>
#include <QSet>
#include <QString>
#include <QStringList>

#include <utility>

namespace Kindred {

/// The settings of one workspace, kept in its store so that they travel with
/// the customers they describe.
struct WorkspaceSettings
{
    qint64 marketSize = 0;          ///< the whole target population, typed by the user
    QuadrantSplit quadrantSplit;    ///< where "high" starts on each axis
    int dormantDays = 365;          ///< no order for this long: Dormant
    int oneToOneCapacity = 10;      ///< how many customers the marketer can serve one-to-one
    QString excellenceRule;         ///< the excellent-customer rule, as JSON; empty: none
    double abcClassA = 0.80;        ///< cumulative revenue share up to which customers are class A
    double abcClassB = 0.95;        ///< ... and class B; the rest is C
    QString currency;               ///< ISO 4217 code; empty: the locale's
    /// The day every derived figure looks from (stages, dormancy, the rule's
    /// days since the last order, the funnel, the Pareto periods): orders
    /// after it do not count. Invalid: today. Kept in the store so that
    /// colleagues look at a historical export from the same day.
    QDate asOf;
    /// Whether someone has chosen the day (or kept today) for this workspace,
    /// so that an old store's last order date is offered only once.
    bool asOfChosen = false;
    /// The user's own fields, in the order they are shown.
    QList<OwnFieldDefinition> ownFields;
    /// Pairs of customers the user has said are two people, lower id first,
    /// so that they are not proposed as duplicates again.
    QSet<std::pair<CustomerId, CustomerId>> notDuplicates;
    /// Channels of the contact log the user added to the built-in ones.
    QStringList contactChannels;

    /// asOf, or today when it is not set.
    QDate asOfOr(const QDate &today) const { return asOf.isValid() ? asOf : today; }

    bool operator==(const WorkspaceSettings &other) const;
    bool operator!=(const WorkspaceSettings &other) const { return !(*this == other); }
};

/// The pairs as the store keeps them: a compact JSON array of [lower id,
/// higher id] arrays in ascending order; empty text for none.
QString notDuplicatesToJson(const QSet<std::pair<CustomerId, CustomerId>> &pairs);
/// Reads what notDuplicatesToJson() wrote; what is not a pair of ids is skipped.
QSet<std::pair<CustomerId, CustomerId>> notDuplicatesFromJson(const QString &json);

} // namespace Kindred
