// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paretoanalysis.h"

#include "orderhistory.h"
#include "store/customerstore.h"
#include "workspacesettings.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Kindred {

namespace {
// Shares are sums of doubles: 8 × 0.1 must count as reaching 0.8.
constexpr double kShareTolerance = 1e-9;
} // namespace

QString abcClassKey(AbcClass abcClass)
{
    switch (abcClass) {
    case AbcClass::A: return QStringLiteral("A");
    case AbcClass::B: return QStringLiteral("B");
    case AbcClass::C: return QStringLiteral("C");
    case AbcClass::None: break;
    }
    return {};
}

std::optional<AbcClass> abcClassFromKey(const QString &key)
{
    const QString k = key.trimmed().toUpper();
    for (AbcClass c : {AbcClass::A, AbcClass::B, AbcClass::C}) {
        if (k == abcClassKey(c))
            return c;
    }
    return std::nullopt;
}

ParetoAnalysis::ParetoAnalysis(const QList<CustomerRevenue> &revenues, const WorkspaceSettings &settings)
    : ParetoAnalysis(revenues, settings.abcClassA, settings.abcClassB)
{
}

ParetoAnalysis::ParetoAnalysis(QList<CustomerRevenue> revenues, double thresholdA, double thresholdB)
    : m_thresholdA(thresholdA), m_thresholdB(thresholdB)
{
    m_entries.reserve(revenues.size());
    for (const CustomerRevenue &r : std::as_const(revenues)) {
        if (r.revenue > 0.0) {
            m_entries.append({r.id, r.revenue});
        } else if (r.revenue < 0.0) {
            ++m_negativeCustomers;
            m_negativeRevenue += r.revenue;
        } else {
            ++m_zeroCustomers;
        }
    }
    std::sort(m_entries.begin(), m_entries.end(), [](const ParetoEntry &a, const ParetoEntry &b) {
        return a.revenue != b.revenue ? a.revenue > b.revenue : a.id < b.id;
    });
    // Summed in curve order, so the last cumulative share is exactly 1.
    for (const ParetoEntry &e : std::as_const(m_entries))
        m_revenue += e.revenue;
    double running = 0.0;
    for (ParetoEntry &e : m_entries) {
        const double before = running / m_revenue;
        e.abcClass = before < thresholdA - kShareTolerance   ? AbcClass::A
                     : before < thresholdB - kShareTolerance ? AbcClass::B
                                                             : AbcClass::C;
        ++m_classCounts[size_t(e.abcClass)];
        running += e.revenue;
        e.share = e.revenue / m_revenue;
        e.cumulativeShare = running / m_revenue;
    }
}

QList<CustomerRevenue> ParetoAnalysis::allTimeRevenue(const QList<Customer> &customers)
{
    QList<CustomerRevenue> result;
    result.reserve(customers.size());
    for (const Customer &c : customers)
        result.append({c.id, c.revenue});
    return result;
}

Result<QList<CustomerRevenue>> ParetoAnalysis::revenueInPeriod(const CustomerStore &store,
                                                               const QList<Customer> &customers,
                                                               const RevenuePeriod &period)
{
    if (period.isAllTime())
        return allTimeRevenue(customers);
    auto figures = store.orderFigures(period.from, period.until);
    if (!figures)
        return figures.error();
    QList<CustomerRevenue> result;
    result.reserve(customers.size());
    for (const Customer &c : customers)
        result.append({c.id, figures.value().value(c.id).revenue});
    return result;
}

Result<QList<CustomerRevenue>> ParetoAnalysis::revenueInPeriod(const CustomerStore &store, const RevenuePeriod &period)
{
    auto revenues = store.customerRevenues();
    if (!revenues || period.isAllTime())
        return revenues;
    const auto figures = store.orderFigures(period.from, period.until);
    if (!figures)
        return figures.error();
    for (CustomerRevenue &r : revenues.value())
        r.revenue = figures.value().value(r.id).revenue;
    return revenues;
}

QList<CustomerRevenue> ParetoAnalysis::revenueInPeriod(const OrderHistory &history, const QList<Customer> &customers,
                                                      const RevenuePeriod &period)
{
    const QList<OrderFigures> figures = history.figures(customers, period.from, period.until);
    QList<CustomerRevenue> result;
    result.reserve(customers.size());
    for (qsizetype i = 0; i < customers.size(); ++i)
        result.append({customers.at(i).id, figures.at(i).revenue});
    return result;
}

int ParetoAnalysis::topTwentyCount() const
{
    return (customerCount() + 4) / 5;
}

double ParetoAnalysis::topTwentyShare() const
{
    const int n = topTwentyCount();
    return n == 0 ? 0.0 : m_entries.at(n - 1).cumulativeShare;
}

int ParetoAnalysis::customersToReach(double share) const
{
    if (share <= 0.0)
        return 0;
    const auto reached = std::lower_bound(m_entries.cbegin(), m_entries.cend(), share - kShareTolerance,
                                          [](const ParetoEntry &e, double s) { return e.cumulativeShare < s; });
    return reached == m_entries.cend() ? customerCount() : int(reached - m_entries.cbegin()) + 1;
}

int ParetoAnalysis::classCount(AbcClass abcClass) const
{
    return m_classCounts[size_t(abcClass)];
}

QHash<CustomerId, AbcClass> ParetoAnalysis::classes() const
{
    QHash<CustomerId, AbcClass> result;
    result.reserve(m_entries.size());
    for (const ParetoEntry &e : m_entries)
        result.insert(e.id, e.abcClass);
    return result;
}

QList<ParetoBar> ParetoAnalysis::chartBars() const
{
    return groupedBars(customerCount() > groupingThreshold ? 100 : customerCount());
}

QList<ParetoBar> ParetoAnalysis::groupedBars(int groups) const
{
    QList<ParetoBar> bars;
    const qint64 n = customerCount();
    if (n == 0 || groups <= 0)
        return bars;
    bars.reserve(groups);
    for (qint64 g = 0; g < groups; ++g) {
        const int first = int(g * n / groups);
        const int end = int((g + 1) * n / groups);
        if (first == end)
            continue;
        ParetoBar bar{first, end - first, 0.0, m_entries.at(end - 1).cumulativeShare};
        for (int i = first; i < end; ++i)
            bar.revenue += m_entries.at(i).revenue;
        bars.append(bar);
    }
    return bars;
}

QString ParetoAnalysis::headline() const
{
    if (m_entries.isEmpty())
        return QCoreApplication::translate("Kindred::ParetoAnalysis", "No customer has revenue in this period.");
    const QLocale locale;
    const QString top = QCoreApplication::translate("Kindred::ParetoAnalysis",
                                                    "The top 20% of customers bring %1% of revenue.")
                            .arg(locale.toString(topTwentyShare() * 100.0, 'f', 0));
    const int needed = customersForEightyPercent();
    const QString eighty =
        needed == 1 ? QCoreApplication::translate("Kindred::ParetoAnalysis", "1 customer makes up 80%.")
                    : QCoreApplication::translate("Kindred::ParetoAnalysis", "%1 customers make up 80%.")
                          .arg(locale.toString(needed));
    return top + QLatin1Char(' ') + eighty;
}

} // namespace Kindred
