// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "store/customerstore.h"
#include "valuematrix.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Kindred {

/// Scores proposed for one customer by a survey or the behaviour rule. An
/// axis without a suggestion (nullopt) keeps the customer's current score.
struct ScoreSuggestion
{
    CustomerId customerId = 0;
    std::optional<double> valueFit;
    std::optional<double> valueAwareness;
    QString explanation; ///< why, for the marketer ("3 repeat orders in 12 months, ...")
};

/// The source a score set by hand has in the score history.
inline QString handScoreSource()
{
    return QStringLiteral("hand");
}

/// What applying a set of suggestions would do, worked out before anything
/// is written so that the marketer can look first.
struct SuggestionPlan
{
    /// The customers whose scores change, with their new scores: pass them to
    /// CustomerStore::updateCustomers() in one call, with the suggestions' source.
    QList<Customer> updates;
    /// The same customers as they are now, in the same order (for undo).
    QList<Customer> before;
    qint64 suggested = 0;       ///< customers with at least one suggested score
    qint64 unchanged = 0;       ///< suggested scores equal to the current ones
    qint64 protectedByHand = 0; ///< customers with a hand-set score left alone
    qint64 quadrantChanges = 0; ///< placed customers who would change quadrant
    qint64 newlyPlaced = 0;     ///< unplaced customers who would be placed
    ValueMatrix::QuadrantCounts countsBefore{};
    ValueMatrix::QuadrantCounts countsAfter{};
    /// How the suggested scores spread: customers per tenth of the axis
    /// ([0] 0-9.9, ..., [9] 90-100), over all suggestions, protected ones included.
    std::array<qint64, 10> fitDistribution{};
    std::array<qint64, 10> awarenessDistribution{};
};

/// Works out the updates for the suggestions. A score whose latest change
/// came from the marketer's hand (sources, see CustomerStore::latestScoreSources)
/// is never replaced unless overwriteManual is true; the other axis of the same
/// customer still may be. Suggested scores are clamped to 0-100, one decimal.
SuggestionPlan planSuggestions(const QList<Customer> &customers, const QList<ScoreSuggestion> &suggestions,
                               const QHash<CustomerId, ScoreSources> &sources, const QuadrantSplit &split,
                               bool overwriteManual);

/// The plan for the store's current customers and score sources.
Result<SuggestionPlan> planSuggestions(const CustomerStore &store, const QList<ScoreSuggestion> &suggestions,
                                       bool overwriteManual);

} // namespace Kindred
