// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuematrix.h"

#include <cmath>

namespace Kindred::ValueMatrix {

double clampScore(double score)
{
    return std::round(std::clamp(score, 0.0, 100.0) * 10.0) / 10.0;
}

double snapScore(double score)
{
    return std::round(std::clamp(score, 0.0, 100.0));
}

std::optional<double> parseScore(QStringView text, DecimalSeparator separator)
{
    const std::optional<double> number = ValueParser::parseNumber(text, separator);
    // Written so that NaN, which compares false with everything, fails too.
    if (!number || !(*number >= 0.0 && *number <= 100.0))
        return std::nullopt;
    return clampScore(*number);
}

QuadrantCounts countQuadrants(const QList<Customer> &customers, const QuadrantSplit &split)
{
    QuadrantCounts counts{};
    for (const Customer &c : customers)
        ++counts[int(quadrantOf(c.valueFit, c.valueAwareness, split))];
    return counts;
}

namespace {
// The middle of [0, split) or [split, 100] in whole scores, or nullopt
// when that side of the axis is empty.
std::optional<double> middleOf(bool high, double split)
{
    if (high) {
        if (split > 100.0)
            return std::nullopt;
        return std::clamp(std::ceil((std::max(split, 0.0) + 100.0) / 2.0), 0.0, 100.0);
    }
    if (split <= 0.0)
        return std::nullopt;
    // floor(split / 2) stays below any split above 0.
    return std::floor(std::min(split, 100.0) / 2.0);
}
} // namespace

Placement centreOf(Quadrant quadrant, const QuadrantSplit &split)
{
    if (quadrant == Quadrant::Unplaced)
        return {};
    const bool highFit = quadrant == Quadrant::I || quadrant == Quadrant::II;
    const bool highAwareness = quadrant == Quadrant::II || quadrant == Quadrant::III;
    const std::optional<double> fit = middleOf(highFit, split.valueFit);
    const std::optional<double> awareness = middleOf(highAwareness, split.valueAwareness);
    if (!fit || !awareness)
        return {};
    return Placement{fit, awareness};
}

QList<Customer> movedBy(QList<Customer> customers, double dFit, double dAwareness)
{
    for (Customer &c : customers) {
        if (!c.isPlaced())
            continue;
        c.valueFit = snapScore(*c.valueFit + dFit);
        c.valueAwareness = snapScore(*c.valueAwareness + dAwareness);
    }
    return customers;
}

Transitions transitions(const QList<Customer> &now, const QHash<CustomerId, Placement> &then,
                        const QuadrantSplit &split)
{
    Transitions result{};
    for (const Customer &c : now) {
        const Quadrant to = quadrantOf(c.valueFit, c.valueAwareness, split);
        const auto past = then.constFind(c.id);
        const Quadrant from = past == then.constEnd() ? to
                                                      : quadrantOf(past->valueFit, past->valueAwareness, split);
        ++result[int(from)][int(to)];
    }
    return result;
}

} // namespace Kindred::ValueMatrix
