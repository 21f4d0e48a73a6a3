// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stage.h"

#include <QDate>
#include <QList>

#include <array>
#include <optional>

namespace Kindred {

class CustomerAnalysis;
struct DerivedCustomer;

/// The funnel of DOMAIN.md section 1 on one day.
///
/// count(stage) is how many customers stand in each stage now (the final
/// stage: hand-set, else Core by the rule, else Dormant, else by orders); the
/// counts add up to customers().
///
/// The narrowing steps are Market → Prospect → First-time → Regular → Core,
/// and reached(step) counts the customers who got at least that far:
/// everybody reached Prospect; First-time: those now First-time, Regular or
/// Core; Regular: those now Regular or Core; Core: those now Core. Dormant is a
/// leak beside the funnel, not a step: a dormant customer counts as having
/// reached First-time with one order and Regular with two or more. Market is
/// the number the user typed (settings.marketSize), not records.
///
/// conversion(step) = reached(step) / reached(previous step), with Market as
/// the step before Prospect; nullopt when the previous step is 0 (or the
/// market size is not set). coreShareOfMarket() = count(Core) / market.
class FunnelAnalysis
{
public:
    static constexpr std::array<Stage, 4> steps{Stage::Prospect, Stage::FirstTime, Stage::Regular, Stage::Core};

    FunnelAnalysis() = default;
    FunnelAnalysis(const CustomerAnalysis &analysis, qint64 marketSize);
    /// Of customers derived on the day (CustomerAnalysis::derivedAsOf()).
    FunnelAnalysis(const QList<DerivedCustomer> &customers, const QDate &date, qint64 marketSize);

    QDate date() const { return m_date; }
    qint64 marketSize() const { return m_marketSize; }
    qint64 customers() const { return m_customers; }
    qint64 count(Stage stage) const { return m_counts[size_t(stage)]; }
    /// For the steps; Dormant is not one and gives 0.
    qint64 reached(Stage step) const;
    std::optional<double> conversion(Stage step) const;
    std::optional<double> coreShareOfMarket() const;

    /// How far down the funnel a customer standing in `stage` with
    /// `orderCount` orders got: the stage itself, or for Dormant the step
    /// their orders reached. Never Dormant; steps compare in enum order.
    static Stage furthestStep(Stage stage, int orderCount);

private:
    QDate m_date;
    qint64 m_marketSize = 0;
    qint64 m_customers = 0;
    std::array<qint64, 5> m_counts{};
    std::array<qint64, 5> m_reached{};
};

} // namespace Kindred
