// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "effectanalysis.h"
#include "error.h"
#include "funnelanalysis.h"
#include "paretoanalysis.h"
#include "shortlist.h"
#include "valuematrix.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Kindred {

class CustomerStore;

/// One placed customer as the report's value matrix draws them.
struct ReportPlacement
{
    CustomerId id = 0;
    QString name;
    double valueFit = 0.0;
    double valueAwareness = 0.0;
    Stage stage = Stage::Prospect;
    double revenue = 0.0;
};

/// Everything the one-page report shows, computed in core so that the window
/// and kindred-cli print the same figures: the funnel with the Core share of
/// the market, the value matrix with its quadrant counts, the Pareto curve of
/// the period, the shortlist and the one-to-one effect of the period.
struct ReportData
{
    QString storeName;  ///< for the footer: the file name or "database on host"
    QDate asOf;         ///< the day the funnel, the matrix and the shortlist look from
    RevenuePeriod period; ///< the Pareto curve's and the effect's days, ending on asOf
    QDateTime made;     ///< when the report was made
    QString currency;   ///< the workspace's, for money
    FunnelAnalysis funnel;
    QuadrantSplit split;
    ValueMatrix::QuadrantCounts quadrantCounts{};
    QList<ReportPlacement> placements;
    ParetoAnalysis pareto;
    QList<ShortlistEntry> shortlist; ///< quadrant I at the one-to-one capacity, as the window's default
    int capacity = 10;
    /// Left out (and the report without its section) when not computed.
    std::optional<EffectSummary> effect;
};

namespace Report {

/// The report's period when no first day is given: the twelve months up to the as-of day.
RevenuePeriod defaultPeriod(const QDate &asOf);

/// Reads the report's figures from a store. `since` invalid: the twelve
/// months up to the as-of day; `asOf` invalid: the workspace's as-of day,
/// else today. The effect is left empty; the caller adds it.
Result<ReportData> collect(const CustomerStore &store, const QDate &since = QDate(), const QDate &asOf = QDate());

} // namespace Report

} // namespace Kindred
