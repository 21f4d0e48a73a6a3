// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Kindred {

/// The 2x2 value matrix with the seed's numbering (DOMAIN.md section 2):
/// I top left (high fit, low awareness: the priority), II top right,
/// III bottom right, IV bottom left. Unplaced: the customer has no scores yet.
enum class Quadrant { Unplaced, I, II, III, IV };

/// Where high starts on each axis. A score equal to the split counts as high.
struct QuadrantSplit
{
    double valueFit = 50.0;
    double valueAwareness = 50.0;
};

Quadrant quadrantOf(std::optional<double> valueFit, std::optional<double> valueAwareness,
                    const QuadrantSplit &split);

/// "I", "II", "III", "IV" or "" for Unplaced.
QString quadrantNumeral(Quadrant quadrant);
std::optional<Quadrant> quadrantFromNumeral(const QString &numeral);
/// A score as shown to the marketer (details, table, tooltips): whole scores
/// without decimals ("50"), others with the precision they are stored with
/// ("49.9"), never rounded, so that a shown score and its quadrant never
/// contradict: 49.9 is below a split of 50, 50 is on it and counts as high.
QString formatScore(double score);

/// Translated short meaning, e.g. "Shares our values, not yet aware".
QString quadrantMeaning(Quadrant quadrant);

} // namespace Kindred
