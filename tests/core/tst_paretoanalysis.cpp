// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/customerstore.h"
#include "paretoanalysis.h"
#include "orderhistory.h"

#include <QTemporaryDir>
#include <QTest>

#include "../common/teststore.h"

using namespace Kindred;

namespace {
// Customer ids are 1, 2, 3... in the order of the revenues.
QList<CustomerRevenue> revenuesOf(const QList<double> &revenues)
{
    QList<CustomerRevenue> result;
    for (qsizetype i = 0; i < revenues.size(); ++i)
        result.append({CustomerId(i + 1), revenues.at(i)});
    return result;
}
} // namespace

class TestParetoAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void handComputed_data();
    void handComputed();
    void sharesAndClassesPerCustomer();
    void tiesKeepIdOrder();
    void thresholdsComeFromSettings();
    void barsGroupBeyondThreshold_data();
    void barsGroupBeyondThreshold();
    void headline();
    void periodFiltering();
    void everyCustomerOfTheStoreWithoutReadingThem();
};

void TestParetoAnalysis::handComputed_data()
{
    QTest::addColumn<QList<double>>("revenues");
    QTest::addColumn<int>("customers");
    QTest::addColumn<int>("zero");
    QTest::addColumn<int>("negative");
    QTest::addColumn<double>("revenue");
    QTest::addColumn<double>("netRevenue");
    QTest::addColumn<int>("topTwentyCount");
    QTest::addColumn<double>("topTwentyShare");
    QTest::addColumn<int>("forEighty");
    QTest::addColumn<QList<int>>("abc"); // A, B, C

    // Ten customers at 10% each: 8 reach 80%, the 9th starts at 80% (B), the 10th at 90% (B).
    QTest::newRow("all equal") << QList<double>(10, 100.0) << 10 << 0 << 0 << 1000.0 << 1000.0 << 2 << 0.2 << 8
                               << QList<int>{8, 2, 0};
    QList<double> dominant(10, 10.0);
    dominant.prepend(9900.0);
    QTest::newRow("one has almost everything")
        << dominant << 11 << 0 << 0 << 10000.0 << 10000.0 << 3 << 0.992 << 1 << QList<int>{1, 0, 10};
    QTest::newRow("ties") << QList<double>{50, 100, 50, 50} << 4 << 0 << 0 << 250.0 << 250.0 << 1 << 0.4 << 3
                          << QList<int>{3, 1, 0};
    QTest::newRow("zeros are off the curve")
        << QList<double>{0, 300, 0, 100} << 2 << 2 << 0 << 400.0 << 400.0 << 1 << 0.75 << 2 << QList<int>{2, 0, 0};
    QTest::newRow("refunds: negative and cancelled out")
        << QList<double>{-50, 200, 0, 100} << 2 << 1 << 1 << 300.0 << 250.0 << 1 << 2.0 / 3.0 << 2
        << QList<int>{2, 0, 0};
    QTest::newRow("a single customer") << QList<double>{42} << 1 << 0 << 0 << 42.0 << 42.0 << 1 << 1.0 << 1
                                       << QList<int>{1, 0, 0};
    QTest::newRow("empty store") << QList<double>{} << 0 << 0 << 0 << 0.0 << 0.0 << 0 << 0.0 << 0
                                 << QList<int>{0, 0, 0};
    QTest::newRow("nobody bought") << QList<double>{0, 0, 0} << 0 << 3 << 0 << 0.0 << 0.0 << 0 << 0.0 << 0
                                   << QList<int>{0, 0, 0};
    // 5 customers: 50, 20, 15, 10, 5 -> cumulative .5 .7 .85 .95 1.0
    QTest::newRow("classic curve") << QList<double>{5, 10, 15, 20, 50} << 5 << 0 << 0 << 100.0 << 100.0 << 1 << 0.5
                                   << 3 << QList<int>{3, 1, 1};
}

void TestParetoAnalysis::handComputed()
{
    QFETCH(QList<double>, revenues);
    QFETCH(int, customers);
    QFETCH(int, zero);
    QFETCH(int, negative);
    QFETCH(double, revenue);
    QFETCH(double, netRevenue);
    QFETCH(int, topTwentyCount);
    QFETCH(double, topTwentyShare);
    QFETCH(int, forEighty);
    QFETCH(QList<int>, abc);

    const ParetoAnalysis pareto(revenuesOf(revenues), 0.80, 0.95);
    QCOMPARE(pareto.customerCount(), customers);
    QCOMPARE(pareto.zeroRevenueCustomers(), zero);
    QCOMPARE(pareto.negativeRevenueCustomers(), negative);
    QCOMPARE(pareto.revenue(), revenue);
    QCOMPARE(pareto.netRevenue(), netRevenue);
    QCOMPARE(pareto.topTwentyCount(), topTwentyCount);
    QVERIFY2(qAbs(pareto.topTwentyShare() - topTwentyShare) < 1e-12, qPrintable(QString::number(pareto.topTwentyShare())));
    QCOMPARE(pareto.customersForEightyPercent(), forEighty);
    QCOMPARE(pareto.classCount(AbcClass::A), abc.at(0));
    QCOMPARE(pareto.classCount(AbcClass::B), abc.at(1));
    QCOMPARE(pareto.classCount(AbcClass::C), abc.at(2));
    // A ends where 80% is reached.
    QCOMPARE(pareto.classCount(AbcClass::A), pareto.customersToReach(0.80));
    if (customers > 0)
        QCOMPARE(pareto.entries().constLast().cumulativeShare, 1.0);
}

void TestParetoAnalysis::sharesAndClassesPerCustomer()
{
    const ParetoAnalysis pareto(revenuesOf({5, 10, 15, 20, 50}), 0.80, 0.95);
    const QList<CustomerId> ids{5, 4, 3, 2, 1};
    const QList<double> shares{0.5, 0.2, 0.15, 0.1, 0.05};
    const QList<double> cumulative{0.5, 0.7, 0.85, 0.95, 1.0};
    const QList<AbcClass> classes{AbcClass::A, AbcClass::A, AbcClass::A, AbcClass::B, AbcClass::C};
    QCOMPARE(pareto.entries().size(), 5);
    for (int i = 0; i < 5; ++i) {
        const ParetoEntry &e = pareto.entries().at(i);
        QCOMPARE(e.id, ids.at(i));
        QVERIFY(qAbs(e.share - shares.at(i)) < 1e-12);
        QVERIFY(qAbs(e.cumulativeShare - cumulative.at(i)) < 1e-12);
        QCOMPARE(e.abcClass, classes.at(i));
    }
    const auto byId = pareto.classes();
    QCOMPARE(byId.value(5), AbcClass::A);
    QCOMPARE(byId.value(1), AbcClass::C);
    QCOMPARE(byId.value(99, AbcClass::None), AbcClass::None);
    QCOMPARE(pareto.customersToReach(0.0), 0);
    QCOMPARE(pareto.customersToReach(0.5), 1);
    QCOMPARE(pareto.customersToReach(0.51), 2);
    QCOMPARE(pareto.customersToReach(1.0), 5);
}

void TestParetoAnalysis::tiesKeepIdOrder()
{
    // Given in scrambled order: equal revenues sort by ascending id.
    const QList<CustomerRevenue> input{{9, 50}, {3, 50}, {1, 100}, {5, 50}, {2, 0}};
    const ParetoAnalysis pareto(input, 0.8, 0.95);
    QList<CustomerId> order;
    for (const ParetoEntry &e : pareto.entries())
        order.append(e.id);
    QCOMPARE(order, (QList<CustomerId>{1, 3, 5, 9}));
}

void TestParetoAnalysis::thresholdsComeFromSettings()
{
    WorkspaceSettings settings;
    settings.abcClassA = 0.5;
    settings.abcClassB = 0.7;
    const ParetoAnalysis pareto(revenuesOf({5, 10, 15, 20, 50}), settings);
    QCOMPARE(pareto.classCount(AbcClass::A), 1);
    QCOMPARE(pareto.classCount(AbcClass::B), 1);
    QCOMPARE(pareto.classCount(AbcClass::C), 3);
}

void TestParetoAnalysis::barsGroupBeyondThreshold_data()
{
    QTest::addColumn<int>("customers");
    QTest::addColumn<int>("bars");
    QTest::newRow("none") << 0 << 0;
    QTest::newRow("few: one bar each") << 7 << 7;
    QTest::newRow("at the threshold: one bar each") << ParetoAnalysis::groupingThreshold
                                                     << ParetoAnalysis::groupingThreshold;
    QTest::newRow("beyond: percentiles") << ParetoAnalysis::groupingThreshold + 1 << 100;
    QTest::newRow("many: percentiles") << 100003 << 100;
}

void TestParetoAnalysis::barsGroupBeyondThreshold()
{
    QFETCH(int, customers);
    QFETCH(int, bars);
    QList<double> revenues;
    for (int i = 0; i < customers; ++i)
        revenues.append(1.0 + (i * 7919) % 1000);
    const ParetoAnalysis pareto(revenuesOf(revenues), 0.8, 0.95);
    const QList<ParetoBar> chart = pareto.chartBars();
    QCOMPARE(chart.size(), bars);
    int next = 0;
    double revenue = 0.0;
    for (const ParetoBar &bar : chart) {
        QCOMPARE(bar.firstRank, next); // consecutive, nothing skipped
        next += bar.count;
        revenue += bar.revenue;
        QCOMPARE(bar.cumulativeShare, pareto.entries().at(next - 1).cumulativeShare);
    }
    QCOMPARE(next, customers);
    QVERIFY(qAbs(revenue - pareto.revenue()) < 1e-6 * (1.0 + pareto.revenue()));
}

void TestParetoAnalysis::headline()
{
    QCOMPARE(ParetoAnalysis({}, 0.8, 0.95).headline(), QStringLiteral("No customer has revenue in this period."));
    QCOMPARE(ParetoAnalysis(revenuesOf({5, 10, 15, 20, 50}), 0.8, 0.95).headline(),
             QStringLiteral("The top 20% of customers bring 50% of revenue. 3 customers make up 80%."));
    QCOMPARE(ParetoAnalysis(revenuesOf({42}), 0.8, 0.95).headline(),
             QStringLiteral("The top 20% of customers bring 100% of revenue. 1 customer makes up 80%."));
}

void TestParetoAnalysis::periodFiltering()
{
    QTemporaryDir dir;
    CustomerStore store;
    QCOMPARE(store.open(testStoreLocation(dir, QStringLiteral("p.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    QList<Customer> customers(4);
    for (int i = 0; i < 4; ++i)
        customers[i].name = QStringLiteral("Customer %1").arg(i);
    QCOMPARE(store.addCustomers(customers), std::nullopt);
    const CustomerId a = customers[0].id, b = customers[1].id, c = customers[2].id;
    QList<Order> orders{
        {0, a, {}, QDate(2025, 1, 10), 100.0},
        {0, a, {}, QDate(2025, 6, 1), -30.0}, // a refund
        {0, b, {}, QDate(2024, 3, 1), 500.0},
        {0, c, {}, QDate(2025, 1, 1), 50.0},
        {0, c, {}, QDate(2026, 1, 1), 10.0},
    };
    QCOMPARE(store.addOrders(orders), std::nullopt);
    customers = store.customers().value(); // the fourth never ordered

    const auto history = OrderHistory::load(store);
    QVERIFY(history.ok());
    QStringList differences; // the orders held in memory must give what SQL over the store gives
    auto paretoFor = [&](const RevenuePeriod &period) {
        auto revenues = ParetoAnalysis::revenueInPeriod(store, customers, period);
        const QList<CustomerRevenue> fromMemory =
            ParetoAnalysis::revenueInPeriod(history.value(), customers, period);
        for (qsizetype i = 0; i < customers.size(); ++i) {
            if (fromMemory.at(i).id != revenues.value().at(i).id
                || fromMemory.at(i).revenue != revenues.value().at(i).revenue)
                differences.append(QStringLiteral("%1 until %2: customer %3")
                                       .arg(period.from.toString(Qt::ISODate), period.until.toString(Qt::ISODate))
                                       .arg(customers.at(i).id));
        }
        return ParetoAnalysis(revenues.value(), store.settings());
    };
    auto idsOf = [](const ParetoAnalysis &p) {
        QList<CustomerId> ids;
        for (const ParetoEntry &e : p.entries())
            ids.append(e.id);
        return ids;
    };

    const ParetoAnalysis allTime = paretoFor(RevenuePeriod::allTime());
    QCOMPARE(idsOf(allTime), (QList<CustomerId>{b, a, c}));
    QCOMPARE(allTime.revenue(), 630.0);
    QCOMPARE(allTime.zeroRevenueCustomers(), 1);

    // Both ends are inclusive.
    const ParetoAnalysis year2025 = paretoFor({QDate(2025, 1, 1), QDate(2025, 12, 31)});
    QCOMPARE(idsOf(year2025), (QList<CustomerId>{a, c}));
    QCOMPARE(year2025.revenue(), 120.0);
    QCOMPARE(year2025.zeroRevenueCustomers(), 2);

    const ParetoAnalysis lastYear = paretoFor(RevenuePeriod::lastTwelveMonths(QDate(2026, 1, 1)));
    QCOMPARE(idsOf(lastYear), (QList<CustomerId>{a, c})); // c: 10 on 2026-01-01 only
    QCOMPARE(lastYear.revenue(), 80.0);

    const ParetoAnalysis untilOnly = paretoFor({QDate(), QDate(2025, 1, 10)});
    QCOMPARE(idsOf(untilOnly), (QList<CustomerId>{b, a, c}));
    QCOMPARE(untilOnly.revenue(), 650.0);

    // Only the refund falls in this range: a is off the curve with negative revenue.
    const ParetoAnalysis refundOnly = paretoFor({QDate(2025, 5, 1), QDate(2025, 6, 30)});
    QCOMPARE(refundOnly.customerCount(), 0);
    QCOMPARE(refundOnly.negativeRevenueCustomers(), 1);
    QCOMPARE(refundOnly.netRevenue(), -30.0);

    // As of the end of 2025, "the last twelve months" and "all time" stop there.
    const QDate asOf(2025, 12, 31);
    QCOMPARE(RevenuePeriod::allTime().upTo(asOf).until, asOf);
    QCOMPARE(paretoFor(RevenuePeriod::allTime().upTo(asOf)).revenue(), 620.0);
    QCOMPARE(paretoFor(RevenuePeriod::lastTwelveMonths(asOf)).revenue(), 120.0);
    QCOMPARE(RevenuePeriod({QDate(2025, 1, 1), QDate(2026, 6, 1)}).upTo(asOf).until, asOf);
    QCOMPARE(RevenuePeriod({QDate(2025, 1, 1), QDate(2025, 3, 1)}).upTo(asOf).until, QDate(2025, 3, 1));
    QVERIFY(RevenuePeriod::allTime().upTo(QDate()).isAllTime());

    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QStringLiteral(", "))));

    const auto figures = store.orderFigures(QDate(), QDate(2025, 12, 31));
    QVERIFY(figures.ok());
    QCOMPARE(figures.value().size(), 3);
    QCOMPARE(figures.value().value(a).orderCount, 2);
    QCOMPARE(figures.value().value(a).lastOrder, QDate(2025, 6, 1));
    QCOMPARE(figures.value().value(c).orderCount, 1);
    QCOMPARE(figures.value().value(c).lastOrder, QDate(2025, 1, 1));
}

void TestParetoAnalysis::everyCustomerOfTheStoreWithoutReadingThem()
{
    QTemporaryDir dir;
    CustomerStore store;
    QCOMPARE(store.open(testStoreLocation(dir, QStringLiteral("r.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    QList<Customer> customers(4);
    QCOMPARE(store.addCustomers(customers), std::nullopt);
    const CustomerId a = customers[0].id, b = customers[1].id;
    QList<Order> orders{
        {0, a, {}, QDate(2025, 1, 1), 80.0},  {0, a, {}, QDate(2025, 12, 31), 20.0},
        {0, b, {}, QDate(2024, 12, 31), 60.0}, {0, b, {}, QDate(2025, 1, 1), -70.0}, // more refunded than bought in 2025
        {0, customers[2].id, {}, QDate(2026, 1, 1), 5.0},
    };
    QCOMPARE(store.addOrders(orders), std::nullopt);
    customers = store.customers().value(); // the fourth never ordered
    for (const RevenuePeriod &period : {RevenuePeriod::allTime(), RevenuePeriod{QDate(2025, 1, 1), QDate(2025, 12, 31)},
                                        RevenuePeriod{QDate(2025, 12, 31), QDate(2026, 1, 1)}}) {
        const auto lean = ParetoAnalysis::revenueInPeriod(store, period);
        const auto whole = ParetoAnalysis::revenueInPeriod(store, customers, period);
        QVERIFY(lean.ok() && whole.ok());
        QCOMPARE(lean.value().size(), customers.size());
        for (qsizetype i = 0; i < customers.size(); ++i) {
            QCOMPARE(lean.value().at(i).id, whole.value().at(i).id);
            QVERIFY(lean.value().at(i).revenue == whole.value().at(i).revenue);
        }
    }
    const ParetoAnalysis year2025(ParetoAnalysis::revenueInPeriod(store, {QDate(2025, 1, 1), QDate(2025, 12, 31)}).value(),
                                  0.8, 0.95);
    QCOMPARE(year2025.customerCount(), 1);
    QCOMPARE(year2025.revenue(), 100.0); // both of a's orders, on the period's first and last day
    QCOMPARE(year2025.negativeRevenueCustomers(), 1);
    QCOMPARE(year2025.zeroRevenueCustomers(), 2);
}

QTEST_GUILESS_MAIN(TestParetoAnalysis)
#include "tst_paretoanalysis.moc"
