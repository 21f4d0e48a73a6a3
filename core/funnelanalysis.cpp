// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "funnelanalysis.h"

#include "customeranalysis.h"

namespace Kindred {

FunnelAnalysis::FunnelAnalysis(const CustomerAnalysis &analysis, qint64 marketSize)
    : FunnelAnalysis(analysis.customers(), analysis.today(), marketSize)
{
}

FunnelAnalysis::FunnelAnalysis(const QList<DerivedCustomer> &customers, const QDate &date, qint64 marketSize)
    : m_date(date), m_marketSize(marketSize), m_customers(customers.size())
{
    std::array<qint64, 5> furthest{};
    for (const DerivedCustomer &c : customers) {
        ++m_counts[size_t(c.stage)];
        ++furthest[size_t(furthestStep(c.stage, c.orderCount))];
    }
    // The steps are in enum order: reached at least = this step and all below.
    qint64 running = 0;
    for (auto step = steps.crbegin(); step != steps.crend(); ++step) {
        running += furthest[size_t(*step)];
        m_reached[size_t(*step)] = running;
    }
}

Stage FunnelAnalysis::furthestStep(Stage stage, int orderCount)
{
    if (stage != Stage::Dormant)
        return stage;
    return orderCount >= 2 ? Stage::Regular : orderCount == 1 ? Stage::FirstTime : Stage::Prospect;
}

qint64 FunnelAnalysis::reached(Stage step) const
{
    return step == Stage::Dormant ? 0 : m_reached[size_t(step)];
}

std::optional<double> FunnelAnalysis::conversion(Stage step) const
{
    if (step == Stage::Dormant)
        return std::nullopt;
    const qint64 before = step == Stage::Prospect ? m_marketSize : reached(Stage(int(step) - 1));
    if (before <= 0)
        return std::nullopt;
    return double(reached(step)) / double(before);
}

std::optional<double> FunnelAnalysis::coreShareOfMarket() const
{
    if (m_marketSize <= 0)
        return std::nullopt;
    return double(count(Stage::Core)) / double(m_marketSize);
}

} // namespace Kindred
