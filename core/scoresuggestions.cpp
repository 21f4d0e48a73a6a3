// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoresuggestions.h"

namespace Kindred {

namespace {
void addToDistribution(std::array<qint64, 10> &distribution, const std::optional<double> &score)
{
    if (score)
        ++distribution[std::min(9, int(*score / 10.0))];
}

std::optional<double> clamped(const std::optional<double> &score)
{
    return score ? std::optional<double>(ValueMatrix::clampScore(*score)) : std::nullopt;
}
} // namespace

SuggestionPlan planSuggestions(const QList<Customer> &customers, const QList<ScoreSuggestion> &suggestions,
                               const QHash<CustomerId, ScoreSources> &sources, const QuadrantSplit &split,
                               bool overwriteManual)
{
    QHash<CustomerId, qsizetype> indexOf;
    indexOf.reserve(customers.size());
    for (qsizetype i = 0; i < customers.size(); ++i)
        indexOf.insert(customers.at(i).id, i);

    SuggestionPlan plan;
    plan.countsBefore = ValueMatrix::countQuadrants(customers, split);
    plan.countsAfter = plan.countsBefore;
    for (const ScoreSuggestion &suggestion : suggestions) {
        const qsizetype index = indexOf.value(suggestion.customerId, -1);
        if (index < 0 || (!suggestion.valueFit && !suggestion.valueAwareness))
            continue;
        ++plan.suggested;
        const Customer &current = customers.at(index);
        const ScoreSources source = sources.value(current.id);
        Customer updated = current;
        bool protectedScore = false;
        auto propose = [&](const std::optional<double> &suggested, const QString &axisSource,
                           std::optional<double> &score) {
            if (!suggested)
                return;
            if (axisSource == handScoreSource() && !overwriteManual) {
                protectedScore = true;
                return;
            }
            score = suggested;
        };
        const std::optional<double> fit = clamped(suggestion.valueFit);
        const std::optional<double> awareness = clamped(suggestion.valueAwareness);
        addToDistribution(plan.fitDistribution, fit);
        addToDistribution(plan.awarenessDistribution, awareness);
        propose(fit, source.valueFit, updated.valueFit);
        propose(awareness, source.valueAwareness, updated.valueAwareness);
        if (protectedScore)
            ++plan.protectedByHand;
        if (updated.valueFit == current.valueFit && updated.valueAwareness == current.valueAwareness) {
            if (!protectedScore)
                ++plan.unchanged;
            continue;
        }
        const Quadrant from = quadrantOf(current.valueFit, current.valueAwareness, split);
        const Quadrant to = quadrantOf(updated.valueFit, updated.valueAwareness, split);
        if (from != to) {
            ++(from == Quadrant::Unplaced ? plan.newlyPlaced : plan.quadrantChanges);
            --plan.countsAfter[int(from)];
            ++plan.countsAfter[int(to)];
        }
        plan.before.append(current);
        plan.updates.append(updated);
    }
    return plan;
}

Result<SuggestionPlan> planSuggestions(const CustomerStore &store, const QList<ScoreSuggestion> &suggestions,
                                       bool overwriteManual)
{
    auto customers = store.customers();
    if (!customers)
        return customers.error();
    auto sources = store.latestScoreSources();
    if (!sources)
        return sources.error();
    return planSuggestions(customers.value(), suggestions, sources.value(), store.settings().quadrantSplit,
                           overwriteManual);
}

} // namespace Kindred
