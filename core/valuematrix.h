// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "quadrant.h"
#include "valueparser.h"

#include <QHash>
#include <QList>
#include <QStringView>

#include <array>
#include <optional>

namespace Kindred {

/// A place on the value matrix; both scores 0-100, or neither (unplaced).
struct Placement
{
    std::optional<double> valueFit;
    std::optional<double> valueAwareness;
    bool operator==(const Placement &other) const
    {
        return valueFit == other.valueFit && valueAwareness == other.valueAwareness;
    }
};

/// Figures of the 2x2 value matrix (DOMAIN.md section 2).
namespace ValueMatrix {

/// Scores are kept to one decimal and within 0-100.
double clampScore(double score);

/// Reads a score as typed, imported or listed in a file of moves: a number
/// from 0 to 100 (as ValueParser::parseNumber() reads it), kept to one
/// decimal. nullopt for anything else: out of range, NaN, infinite or no
/// number. The one check of a score for place, moves and the importer.
std::optional<double> parseScore(QStringView text, DecimalSeparator separator = DecimalSeparator::Unknown);

/// How many customers stand in each quadrant; index by int(Quadrant), so
/// [0] counts the unplaced.
using QuadrantCounts = std::array<qint64, 5>;
QuadrantCounts countQuadrants(const QList<Customer> &customers, const QuadrantSplit &split);

/// A score set by hand on the matrix (a drop, a drag, a nudge): a whole number
/// within 0-100. A marketer's 0-100 judgement has no use for tenths, and a
/// drop at 10 must not store the 9.9 that the pixel under the mouse gives.
double snapScore(double score);

/// Where "place in quadrant" puts customers: the middle of the quadrant's
/// area under the workspace's split, in whole scores that lie in that
/// quadrant (a score equal to the split counts as high, so the low side ends
/// below it). Empty (unplaced) for Quadrant::Unplaced or when the split leaves
/// the quadrant no room, as a split of 0 leaves no low scores.
Placement centreOf(Quadrant quadrant, const QuadrantSplit &split);

/// The customers moved by hand on the matrix by (dFit, dAwareness): their new
/// scores snapped with snapScore(). Unplaced customers stay unplaced.
QList<Customer> movedBy(QList<Customer> customers, double dFit, double dAwareness);

/// transitions[from][to]: how many customers went from one quadrant to another
/// between then and now. `then` holds the placements of customers whose
/// scores changed since; customers absent from it stood where they stand now.
using Transitions = std::array<std::array<qint64, 5>, 5>;
Transitions transitions(const QList<Customer> &now, const QHash<CustomerId, Placement> &then,
                        const QuadrantSplit &split);

} // namespace ValueMatrix
} // namespace Kindred
