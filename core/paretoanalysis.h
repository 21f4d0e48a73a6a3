// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "error.h"
#include "store/storetypes.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Kindred {

class CustomerStore;
class OrderHistory;
struct WorkspaceSettings;

/// ABC class of a customer on the revenue curve. None: not on the curve
/// (no positive revenue in the period).
enum class AbcClass { None, A, B, C };

/// "A", "B", "C" or "" for None.
QString abcClassKey(AbcClass abcClass);
std::optional<AbcClass> abcClassFromKey(const QString &key);

/// The dates whose orders count; an invalid date leaves that end open.
struct RevenuePeriod
{
    QDate from;
    QDate until;

    static RevenuePeriod allTime() { return {}; }
    /// The twelve months that end on (and include) today.
    static RevenuePeriod lastTwelveMonths(const QDate &today) { return {today.addMonths(-12).addDays(1), today}; }
    bool isAllTime() const { return !from.isValid() && !until.isValid(); }
    /// The period without the days after `asOf` (the "as of" day): orders
    /// after it do not count. An invalid asOf leaves the period as it is.
    RevenuePeriod upTo(const QDate &asOf) const
    {
        if (!asOf.isValid() || (until.isValid() && until <= asOf))
            return *this;
        return {from, asOf};
    }
};

/// One customer on the revenue curve.
struct ParetoEntry
{
    CustomerId id = 0;
    double revenue = 0.0;
    double share = 0.0;           ///< of the curve's revenue, 0-1
    double cumulativeShare = 0.0; ///< this customer and all before, 0-1
    AbcClass abcClass = AbcClass::None;
};

/// Consecutive ranks of the curve drawn as one bar.
struct ParetoBar
{
    int firstRank = 0; ///< 0-based index into ParetoAnalysis::entries()
    int count = 0;
    double revenue = 0.0;         ///< sum over the bar's customers
    double cumulativeShare = 0.0; ///< at the bar's last customer
};

/// The Pareto curve of DOMAIN.md section 3: customers sorted by revenue,
/// descending (ties by ascending id, so the order is stable), with each one's
/// share, the cumulative share, the headline figures and the ABC classes.
///
/// Which customers are on the curve: only those with positive net revenue in
/// the period. Net revenue is the sum of the period's order amounts, so a
/// refund (a negative amount) lowers the revenue of the period it is dated in.
/// - Customers with zero revenue (no orders in the period, or refunds that
///   cancel the purchases exactly) are left off the curve and counted in
///   zeroRevenueCustomers(). Counting them would make "the top 20%" depend on
///   how many leads who never bought are in the store.
/// - Customers whose refunds exceed their purchases in the period (negative
///   net revenue) are left off as well and counted in negativeRevenueCustomers();
///   their sum is negativeRevenue(). The curve's revenue() is the sum of the
///   positive revenues, so shares lie in 0-1 and the cumulative share rises to
///   exactly 100%; netRevenue() is revenue() plus negativeRevenue().
/// Customers off the curve have AbcClass::None.
///
/// ABC: a customer is A when the cumulative share before them is below the A
/// threshold (so the customer who crosses 80% is still A), B when it is below
/// the B threshold, C otherwise. Hence the number of A customers equals
/// customersToReach(thresholdA).
class ParetoAnalysis
{
public:
    /// Above this many customers on the curve, chartBars() groups by percentile.
    static constexpr int groupingThreshold = 2000;

    ParetoAnalysis() = default;
    /// Builds the curve. Ids should be unique; any order.
    ParetoAnalysis(QList<CustomerRevenue> revenues, double thresholdA, double thresholdB);
    ParetoAnalysis(const QList<CustomerRevenue> &revenues, const WorkspaceSettings &settings);

    /// All-time revenue, from the figures the store keeps on each customer.
    static QList<CustomerRevenue> allTimeRevenue(const QList<Customer> &customers);
    /// Revenue of the customers in the period: all time without SQL, otherwise
    /// from the store's orders. Every customer is listed, with 0 when absent.
    static Result<QList<CustomerRevenue>> revenueInPeriod(const CustomerStore &store,
                                                          const QList<Customer> &customers,
                                                          const RevenuePeriod &period);
    /// The same for every customer of the store, read as ids and revenues only.
    static Result<QList<CustomerRevenue>> revenueInPeriod(const CustomerStore &store, const RevenuePeriod &period);
    /// The same from the orders held in memory, without SQL, all time included.
    static QList<CustomerRevenue> revenueInPeriod(const OrderHistory &history, const QList<Customer> &customers,
                                                  const RevenuePeriod &period);

    /// Customers on the curve, descending.
    const QList<ParetoEntry> &entries() const { return m_entries; }
    int customerCount() const { return int(m_entries.size()); }
    double revenue() const { return m_revenue; }
    double netRevenue() const { return m_revenue + m_negativeRevenue; }
    double negativeRevenue() const { return m_negativeRevenue; }
    int zeroRevenueCustomers() const { return m_zeroCustomers; }
    int negativeRevenueCustomers() const { return m_negativeCustomers; }

    /// ceil(0.2 × N): the customers that make up "the top 20%".
    int topTwentyCount() const;
    /// Share of the curve's revenue held by the top 20%, 0-1 (0 when empty).
    double topTwentyShare() const;
    /// How many customers, from the top, it takes to reach the share (0-1).
    int customersToReach(double share) const;
    int customersForEightyPercent() const { return customersToReach(0.8); }
    int classCount(AbcClass abcClass) const;
    double thresholdA() const { return m_thresholdA; }
    double thresholdB() const { return m_thresholdB; }

    /// Class of each customer on the curve (absent: None).
    QHash<CustomerId, AbcClass> classes() const;
    /// Bars for a chart: one per customer up to groupingThreshold, otherwise
    /// one per percentile of customers (100 bars).
    QList<ParetoBar> chartBars() const;
    /// Bars of `groups` nearly equal runs of consecutive ranks.
    QList<ParetoBar> groupedBars(int groups) const;

    /// The headline in words, e.g. "The top 20% of customers bring 48% of
    /// revenue. 396 customers make up 80%."
    QString headline() const;

private:
    QList<ParetoEntry> m_entries;
    double m_revenue = 0.0;
    double m_negativeRevenue = 0.0;
    int m_zeroCustomers = 0;
    int m_negativeCustomers = 0;
    double m_thresholdA = 0.8;
    double m_thresholdB = 0.95;
    std::array<int, 4> m_classCounts{};
};

} // namespace Kindred
