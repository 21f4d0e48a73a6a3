// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customeranalysis.h"
#include "customerfilter.h"
#include "store/customerstore.h"
#include "funnelanalysis.h"
#include "orderhistory.h"

#include <QTemporaryDir>
#include <QTest>

#include "../common/teststore.h"

using namespace Kindred;

namespace {
const QDate today(2026, 6, 1);

Customer customer(CustomerId id, int orders, int daysSinceLastOrder, std::optional<Stage> handSet = {})
{
    Customer c;
    c.id = id;
    c.orderCount = orders;
    c.revenue = 100.0 * orders;
    if (orders > 0)
        c.lastOrder = today.addDays(-daysSinceLastOrder);
    c.handSetStage = handSet;
    return c;
}

// Twelve customers covering every stage rule; the rule: 5 orders or more.
QList<Customer> twelve()
{
    return {
        customer(1, 0, 0),                   // prospect
        customer(2, 0, 0),                   // prospect
        customer(3, 1, 10),                  // first-time
        customer(4, 1, 400),                 // dormant, got to first-time
        customer(5, 3, 10),                  // regular
        customer(6, 2, 500),                 // dormant, got to regular
        customer(7, 6, 5),                   // core by rule
        customer(8, 6, 700),                 // core by rule: core is not dormant
        customer(9, 0, 0, Stage::Core),      // hand-set core
        customer(10, 4, 3, Stage::Prospect), // hand-set prospect wins over orders
        customer(11, 1, 20, Stage::Dormant), // hand-set dormant, got to first-time
        customer(12, 0, 0, Stage::Regular),  // hand-set regular
    };
}

WorkspaceSettings settings(qint64 marketSize)
{
    WorkspaceSettings s;
    s.marketSize = marketSize;
    s.excellenceRule = ExcellenceRule(ExcellenceRule::Combinator::All,
                                      {{RuleField::OrderCount, RuleOperator::AtLeast, 5, {}}})
                           .toJson();
    return s;
}

void compareOptional(const std::optional<double> &actual, const std::optional<double> &expected)
{
    QCOMPARE(actual.has_value(), expected.has_value());
    if (expected)
        QVERIFY2(qAbs(*actual - *expected) < 1e-12, qPrintable(QString::number(*actual)));
}
} // namespace

class TestFunnelAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void stageCounts();
    void reachedAndConversion();
    void filterByStepShowsWhomItCounts();
    void withoutMarketSize();
    void emptyStore();
    void historicalStoreAsOfItsEnd();
    void asOfPastDate();
};

void TestFunnelAnalysis::stageCounts()
{
    const FunnelAnalysis funnel(CustomerAnalysis(twelve(), settings(1000), today), 1000);
    QCOMPARE(funnel.date(), today);
    QCOMPARE(funnel.customers(), 12);
    QCOMPARE(funnel.count(Stage::Prospect), 3);
    QCOMPARE(funnel.count(Stage::FirstTime), 1);
    QCOMPARE(funnel.count(Stage::Regular), 2);
    QCOMPARE(funnel.count(Stage::Core), 3);
    QCOMPARE(funnel.count(Stage::Dormant), 3);
}

void TestFunnelAnalysis::reachedAndConversion()
{
    const FunnelAnalysis funnel(CustomerAnalysis(twelve(), settings(1000), today), 1000);
    QCOMPARE(funnel.marketSize(), 1000);
    QCOMPARE(funnel.reached(Stage::Prospect), 12);
    QCOMPARE(funnel.reached(Stage::FirstTime), 9);
    QCOMPARE(funnel.reached(Stage::Regular), 6);
    QCOMPARE(funnel.reached(Stage::Core), 3);
    QCOMPARE(funnel.reached(Stage::Dormant), 0);
    compareOptional(funnel.conversion(Stage::Prospect), 0.012);
    compareOptional(funnel.conversion(Stage::FirstTime), 0.75);
    compareOptional(funnel.conversion(Stage::Regular), 6.0 / 9.0);
    compareOptional(funnel.conversion(Stage::Core), 0.5);
    compareOptional(funnel.conversion(Stage::Dormant), std::nullopt);
    compareOptional(funnel.coreShareOfMarket(), 0.003);
}

void TestFunnelAnalysis::filterByStepShowsWhomItCounts()
{
    // A click on a step shows its customers: a filter on the step finds as many as reached() counts.
    const QList<Customer> customers = twelve();
    const CustomerAnalysis analysis(customers, settings(1000), today);
    const FunnelAnalysis funnel(analysis, 1000);
    for (Stage step : FunnelAnalysis::steps) {
        CustomerFilter filter;
        filter.reached = step;
        qint64 shown = 0;
        for (int row = 0; row < customers.size(); ++row)
            shown += filter.matches(customers.at(row), analysis.customers().at(row).stage) ? 1 : 0;
        QCOMPARE(shown, funnel.reached(step));
    }
    QCOMPARE(FunnelAnalysis::furthestStep(Stage::Dormant, 2), Stage::Regular);
    QCOMPARE(FunnelAnalysis::furthestStep(Stage::Dormant, 1), Stage::FirstTime);
    QCOMPARE(FunnelAnalysis::furthestStep(Stage::Dormant, 0), Stage::Prospect);
    QCOMPARE(FunnelAnalysis::furthestStep(Stage::Core, 0), Stage::Core);
    QCOMPARE(FunnelAnalysis::furthestStep(Stage::Prospect, 4), Stage::Prospect); // hand-set
}

void TestFunnelAnalysis::withoutMarketSize()
{
    const FunnelAnalysis funnel(CustomerAnalysis(twelve(), settings(0), today), 0);
    compareOptional(funnel.conversion(Stage::Prospect), std::nullopt);
    compareOptional(funnel.coreShareOfMarket(), std::nullopt);
    compareOptional(funnel.conversion(Stage::FirstTime), 0.75);
}

void TestFunnelAnalysis::emptyStore()
{
    const FunnelAnalysis funnel(CustomerAnalysis({}, settings(500), today), 500);
    QCOMPARE(funnel.customers(), 0);
    for (Stage step : FunnelAnalysis::steps)
        QCOMPARE(funnel.reached(step), 0);
    compareOptional(funnel.conversion(Stage::Prospect), 0.0);
    compareOptional(funnel.conversion(Stage::FirstTime), std::nullopt);
    compareOptional(funnel.coreShareOfMarket(), 0.0);
}

void TestFunnelAnalysis::asOfPastDate()
{
    QTemporaryDir dir;
    CustomerStore store;
    QCOMPARE(store.open(testStoreLocation(dir, QStringLiteral("f.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    QList<Customer> customers(3);
    customers[0].name = QStringLiteral("Ann");
    customers[1].name = QStringLiteral("Ben"); // created today: not known before
    customers[2].name = QStringLiteral("Cho");
    customers[0].created = customers[2].created = QDateTime(QDate(2023, 1, 1), QTime(9, 0), Qt::UTC);
    QCOMPARE(store.addCustomers(customers), std::nullopt);
    const CustomerId ann = customers[0].id, ben = customers[1].id;
    QList<Order> orders{
        {0, ann, {}, QDate(2024, 1, 1), 10.0},
        {0, ann, {}, QDate(2024, 2, 1), 10.0},
        {0, ann, {}, QDate(2025, 6, 1), 10.0},
        {0, ben, {}, QDate(2025, 3, 1), 10.0},
    };
    QCOMPARE(store.addOrders(orders), std::nullopt);
    customers = store.customers().value();
    WorkspaceSettings s = settings(100); // core: 5 orders or more, nobody here
    s.dormantDays = 365;

    auto funnelAsOf = [&](const QDate &date) {
        const auto analysis = CustomerAnalysis::asOf(store, customers, s, date);
        return FunnelAnalysis(analysis.value(), s.marketSize);
    };

    // Mid 2024: Ann had two orders; Ben was unknown; Cho was a prospect.
    const FunnelAnalysis mid2024 = funnelAsOf(QDate(2024, 6, 30));
    QCOMPARE(mid2024.date(), QDate(2024, 6, 30));
    QCOMPARE(mid2024.customers(), 2);
    QCOMPARE(mid2024.count(Stage::Regular), 1);
    QCOMPARE(mid2024.count(Stage::Prospect), 1);
    QCOMPARE(mid2024.count(Stage::FirstTime), 0);

    // End of 2025: Ben had bought once.
    const FunnelAnalysis end2025 = funnelAsOf(QDate(2025, 12, 31));
    QCOMPARE(end2025.customers(), 3);
    QCOMPARE(end2025.count(Stage::Regular), 1);
    QCOMPARE(end2025.count(Stage::FirstTime), 1);
    QCOMPARE(end2025.count(Stage::Prospect), 1);

    // A year later nobody had ordered again: both buyers are dormant.
    const FunnelAnalysis end2026 = funnelAsOf(QDate(2026, 12, 31));
    QCOMPARE(end2026.count(Stage::Dormant), 2);
    QCOMPARE(end2026.reached(Stage::Regular), 1);
    QCOMPARE(end2026.reached(Stage::FirstTime), 2);
}

void TestFunnelAnalysis::historicalStoreAsOfItsEnd()
{
    // A retail export that ends in 2017, imported now, with the rule
    // "revenue at least 5000".
    QTemporaryDir dir;
    CustomerStore store;
    QCOMPARE(store.open(testStoreLocation(dir, QStringLiteral("old.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    QList<Customer> customers(4);
    QCOMPARE(store.addCustomers(customers), std::nullopt);
    QList<Order> orders{
        {0, customers[0].id, {}, QDate(2016, 5, 1), 3000.0}, {0, customers[0].id, {}, QDate(2017, 11, 1), 2500.0},
        {0, customers[1].id, {}, QDate(2017, 3, 1), 100.0},  {0, customers[1].id, {}, QDate(2017, 12, 20), 60.0},
        {0, customers[2].id, {}, QDate(2017, 12, 31), 40.0}, // the last order of the export
    };
    QCOMPARE(store.addOrders(orders), std::nullopt);
    customers = store.customers().value(); // the fourth, a lead, never ordered
    WorkspaceSettings s = settings(1000);
    s.excellenceRule = ExcellenceRule(ExcellenceRule::Combinator::All,
                                      {{RuleField::Revenue, RuleOperator::AtLeast, 5000, {}}})
                           .toJson();
    const auto history = OrderHistory::load(store);
    QVERIFY(history.ok());
    QCOMPARE(history.value().lastOrderDate(), QDate(2017, 12, 31));
    QCOMPARE(history.value().orderCount(), 5);

    // As of the export's end, from memory and from SQL alike: Core, Regular,
    // First-time; the lead was not known then.
    const QDate end(2017, 12, 31);
    const FunnelAnalysis then(CustomerAnalysis::asOf(history.value(), customers, s, end), s.marketSize);
    const FunnelAnalysis thenBySql(CustomerAnalysis::asOf(store, customers, s, end).value(), s.marketSize);
    for (Stage stage : allStages) {
        QCOMPARE(then.count(stage), thenBySql.count(stage));
        QCOMPARE(then.reached(stage), thenBySql.reached(stage));
    }
    QCOMPARE(then.date(), end);
    QCOMPARE(then.customers(), 3);
    QCOMPARE(then.count(Stage::Core), 1);
    QCOMPARE(then.count(Stage::Regular), 1);
    QCOMPARE(then.count(Stage::FirstTime), 1);
    QCOMPARE(then.count(Stage::Dormant), 0);
    QCOMPARE(then.reached(Stage::Regular), 2);

    // As of today everyone who bought is Dormant, but the big spender is
    // still Core by the rule: what the as-of day is for.
    const FunnelAnalysis now(CustomerAnalysis(customers, s, QDate::currentDate()), s.marketSize);
    QCOMPARE(now.count(Stage::Dormant), 2);
    QCOMPARE(now.count(Stage::Core), 1);
    QCOMPARE(now.count(Stage::Prospect), 1);

    // The orders after the day do not count: mid 2017 only the first two orders.
    const FunnelAnalysis mid2017(CustomerAnalysis::asOf(history.value(), customers, s, QDate(2017, 6, 30)),
                                 s.marketSize);
    QCOMPARE(mid2017.customers(), 2);
    QCOMPARE(mid2017.count(Stage::Core), 0); // 3000 by then
    QCOMPARE(mid2017.count(Stage::FirstTime), 1);
    QCOMPARE(mid2017.count(Stage::Dormant), 1); // Ann's order of May 2016 was over 365 days before

    // Kept current: another order read again for one customer.
    QList<Order> more{{0, customers[2].id, {}, QDate(2018, 1, 5), 10.0}};
    QCOMPARE(store.addOrders(more), std::nullopt);
    OrderHistory kept = history.value();
    const Customer cho = store.customer(customers[2].id).value();
    QVERIFY(!kept.agreesWith(cho));
    QCOMPARE(kept.reload(store, {cho.id}), std::nullopt);
    QVERIFY(kept.agreesWith(cho));
    QCOMPARE(kept.lastOrderDate(), QDate(2018, 1, 5));
    QCOMPARE(kept.figures(cho.id, {}, end).orderCount, 1);
    kept.remove({cho.id});
    QCOMPARE(kept.figures(cho.id, {}, {}).orderCount, 0);
    QCOMPARE(kept.orderCount(), 4);
}

QTEST_GUILESS_MAIN(TestFunnelAnalysis)
#include "tst_funnelanalysis.moc"
