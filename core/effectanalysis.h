// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

#include <optional>

namespace Kindred {

/// The figures of one group of the one-to-one effect (see EffectSummary).
struct EffectGroup
{
    qint64 customers = 0;
    /// Moved from quadrant I to II: the contacted after their first contact
    /// in I, the others during the period.
    qint64 movedIToII = 0;
    /// The median change of value awareness over the period; none without customers.
    std::optional<double> awarenessChangeMedian;
    qint64 orders = 0;   ///< orders in the period
    double revenue = 0.0; ///< net revenue in the period
    qint64 becameCore = 0; ///< Core at the period's end, not at its start
};

/// Whether one-to-one work moves quadrant I customers toward II: the
/// customers who stood in quadrant I at some moment of the period (at its
/// start, or placed there during it), split into those contacted while they
/// stood in I and the others. The groups were not chosen at random, so the
/// comparison shows a tendency, not a cause.
struct EffectSummary
{
    QDate since; ///< the period's first day
    QDate until; ///< its last day (the workspace's as-of day)
    EffectGroup contacted;
    EffectGroup notContacted;
};

} // namespace Kindred
