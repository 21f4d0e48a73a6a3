// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customeranalysis.h"
#include "customercontext.h"
#include "funnelanalysis.h"
#include "orderhistory.h"

#include <QTest>

using namespace Kindred;

namespace {
const QDate today(2026, 6, 1);

Customer customer(CustomerId id, double revenue, int orders, int daysSinceLastOrder)
{
    Customer c;
    c.id = id;
    c.revenue = revenue;
    c.orderCount = orders;
    if (orders > 0)
        c.lastOrder = today.addDays(-daysSinceLastOrder);
    return c;
}

// Class A and ordered in the last 180 days.
WorkspaceSettings classARecent()
{
    WorkspaceSettings s;
    s.excellenceRule = rulePresets().constFirst().rule.toJson();
    return s;
}
} // namespace

class TestCustomerAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void derivesEveryCustomer();
    void handSetStageWinsButRuleIsStillShown();
    void unreadableRuleMatchesNobody();
    void previewOfAnotherRule();
    void rederivesOneCustomerAsAWholeAnalysisWould();
    void contextFindsCustomersByDenseAndSpreadIds();
    void historicalStoreAsOfItsLastOrder();
    void ordersAfterTheDayDoNotCount();
    void ruleDaysEndAtTheDay();
    void ruleReadsOwnFieldsOnTheDay();
    void stagesOnlyAsOfAreThoseOfTheWholeAnalysis_data();
    void stagesOnlyAsOfAreThoseOfTheWholeAnalysis();
    void offersTheLastOrderDateOnce_data();
    void offersTheLastOrderDateOnce();
};

namespace {
// A retail export that ends in 2017: Ann bought often and much, Ben twice,
// Cho once; nobody since.
struct OldShop
{
    QList<Customer> customers;
    OrderHistory history;
};

OldShop oldShop()
{
    OldShop shop;
    QList<OrderLine> lines;
    auto buyer = [&](CustomerId id, const QList<std::pair<QDate, double>> &orders) {
        Customer c;
        c.id = id;
        c.created = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC); // imported this year
        for (const auto &[date, amount] : orders) {
            lines.append({id, date, amount});
            c.revenue += amount;
            ++c.orderCount;
            c.firstOrder = c.firstOrder.isValid() ? std::min(c.firstOrder, date) : date;
            c.lastOrder = std::max(c.lastOrder, date);
        }
        shop.customers.append(c);
    };
    buyer(1, {{QDate(2016, 3, 1), 2500}, {QDate(2017, 6, 1), 2000}, {QDate(2017, 11, 20), 1500}});
    buyer(2, {{QDate(2017, 2, 1), 80}, {QDate(2017, 12, 30), 40}});
    buyer(3, {{QDate(2017, 12, 1), 30}});
    shop.history = OrderHistory(lines);
    return shop;
}

WorkspaceSettings revenueAtLeast5000()
{
    WorkspaceSettings s;
    s.excellenceRule = ExcellenceRule(ExcellenceRule::Combinator::All,
                                      {{RuleField::Revenue, RuleOperator::AtLeast, 5000, {}}})
                           .toJson();
    return s;
}
} // namespace

void TestCustomerAnalysis::rederivesOneCustomerAsAWholeAnalysisWould()
{
    WorkspaceSettings s = classARecent();
    QList<Customer> customers{customer(1, 5000, 4, 10), customer(2, 800, 2, 20), customer(3, 100, 1, 400),
                              customer(4, 0, 0, 0)};
    CustomerAnalysis analysis(customers, s, today);
    QCOMPARE(analysis.at(0).stage, Stage::Core);
    QCOMPARE(analysis.at(2).stage, Stage::Dormant);

    // Placed in quadrant I, set Core by hand, and placed in II: revenues stay.
    customers[1].valueFit = 80;
    customers[1].valueAwareness = 20;
    customers[2].handSetStage = Stage::Core;
    customers[3].valueFit = 70;
    customers[3].valueAwareness = 90;
    for (qsizetype i = 1; i < customers.size(); ++i)
        analysis.rederive(i, customers.at(i));

    const CustomerAnalysis whole(customers, s, today);
    for (qsizetype i = 0; i < customers.size(); ++i) {
        QCOMPARE(analysis.at(i).stage, whole.at(i).stage);
        QCOMPARE(analysis.at(i).quadrant, whole.at(i).quadrant);
        QCOMPARE(analysis.at(i).abcClass, whole.at(i).abcClass);
        QCOMPARE(analysis.at(i).meetsExcellenceRule, whole.at(i).meetsExcellenceRule);
        QCOMPARE(analysis.subject(i).quadrant, whole.subject(i).quadrant);
    }
    QCOMPARE(analysis.at(1).quadrant, Quadrant::I);
    QCOMPARE(analysis.at(2).stage, Stage::Core);
    QCOMPARE(analysis.at(3).quadrant, Quadrant::II);
}

void TestCustomerAnalysis::contextFindsCustomersByDenseAndSpreadIds()
{
    for (const CustomerId far : {CustomerId(4), CustomerId(4'000'000'000)}) {
        QList<Customer> customers{customer(3, 5000, 4, 10), customer(far, 100, 1, 400), customer(2, 0, 0, 0)};
        customers[2].valueFit = 80;
        customers[2].valueAwareness = 10;
        const CustomerContext context(CustomerAnalysis(customers, classARecent(), today));
        QCOMPARE(context.stage(customers.at(0)), Stage::Core);
        QCOMPARE(context.stage(customers.at(1)), Stage::Dormant);
        QCOMPARE(context.quadrant(customers.at(2)), Quadrant::I);
        // One the analysis was not built over: derived on their own.
        Customer stranger = customer(1, 0, 0, 0);
        stranger.handSetStage = Stage::Regular;
        QCOMPARE(context.stage(stranger), Stage::Regular);
        stranger.id = far + 1;
        QCOMPARE(context.stage(stranger), Stage::Regular);
    }
}

void TestCustomerAnalysis::historicalStoreAsOfItsLastOrder()
{
    const OldShop shop = oldShop();
    QCOMPARE(shop.history.lastOrderDate(), QDate(2017, 12, 30));
    const WorkspaceSettings s = revenueAtLeast5000();

    const CustomerAnalysis then = CustomerAnalysis::asOf(shop.history, shop.customers, s, QDate(2017, 12, 31));
    QCOMPARE(then.today(), QDate(2017, 12, 31));
    QCOMPARE(then.size(), 3);
    QCOMPARE(then.at(0).stage, Stage::Core);
    QCOMPARE(then.at(1).stage, Stage::Regular);
    QCOMPARE(then.at(2).stage, Stage::FirstTime);
    const FunnelAnalysis funnel(then, 0);
    QCOMPARE(funnel.count(Stage::Dormant), 0);
    QCOMPARE(funnel.reached(Stage::Regular), 2);

    // The same customers looked at from today: nobody has bought for years.
    const CustomerAnalysis now(shop.customers, s, today);
    QCOMPARE(now.at(0).stage, Stage::Core); // Core by the rule, which has no recency in it
    QCOMPARE(now.at(1).stage, Stage::Dormant);
    QCOMPARE(now.at(2).stage, Stage::Dormant);
    // As of today from the history: the same as from the stored figures.
    const CustomerAnalysis nowFromHistory = CustomerAnalysis::asOf(shop.history, shop.customers, s, today);
    for (qsizetype i = 0; i < now.size(); ++i)
        QCOMPARE(nowFromHistory.at(i).stage, now.at(i).stage);
}

void TestCustomerAnalysis::ordersAfterTheDayDoNotCount()
{
    const OldShop shop = oldShop();
    const WorkspaceSettings s = revenueAtLeast5000();
    // Mid 2017: Ann had bought 4,500 in two orders, Ben once, Cho not yet and
    // was not a customer then (created later, no order by then).
    const QList<Customer> then = customersAsOf(shop.history, shop.customers, QDate(2017, 6, 30));
    QCOMPARE(then.size(), 2);
    QCOMPARE(then.at(0).revenue, 4500.0);
    QCOMPARE(then.at(0).orderCount, 2);
    QCOMPARE(then.at(0).firstOrder, QDate(2016, 3, 1));
    QCOMPARE(then.at(0).lastOrder, QDate(2017, 6, 1));
    QCOMPARE(then.at(1).orderCount, 1);
    QCOMPARE(then.at(1).lastOrder, QDate(2017, 2, 1));
    const CustomerAnalysis analysis(then, s, QDate(2017, 6, 30));
    QCOMPARE(analysis.at(0).stage, Stage::Regular); // not yet 5,000
    QVERIFY(!analysis.at(0).meetsExcellenceRule);
    QCOMPARE(analysis.at(1).stage, Stage::FirstTime);
    // The ABC classes are those of the revenue up to the day.
    QCOMPARE(analysis.pareto().revenue(), 4580.0);
}

void TestCustomerAnalysis::ruleDaysEndAtTheDay()
{
    const OldShop shop = oldShop();
    WorkspaceSettings s;
    s.excellenceRule = ExcellenceRule(ExcellenceRule::Combinator::All,
                                      {{RuleField::DaysSinceLastOrder, RuleOperator::AtMost, 30, {}}})
                           .toJson();
    const CustomerAnalysis then = CustomerAnalysis::asOf(shop.history, shop.customers, s, QDate(2017, 12, 31));
    // Ann's last order was 41 days before, Ben's 1, Cho's 30.
    QCOMPARE(then.subject(0).daysSinceLastOrder, 41);
    QCOMPARE(then.subject(1).daysSinceLastOrder, 1);
    QCOMPARE(then.matching(then.rule()), (QList<qsizetype>{1, 2}));
    // A month before, Ben's second order had not been placed: 2017-02-01 is
    // 273 days before; Cho had just ordered.
    const CustomerAnalysis earlier = CustomerAnalysis::asOf(shop.history, shop.customers, s, QDate(2017, 12, 1));
    QCOMPARE(earlier.subject(1).daysSinceLastOrder, 303);
    QCOMPARE(earlier.matching(earlier.rule()), (QList<qsizetype>{0, 2}));
    // From today, nobody.
    const CustomerAnalysis now(shop.customers, s, today);
    QVERIFY(now.matching(now.rule()).isEmpty());
}

void TestCustomerAnalysis::ruleReadsOwnFieldsOnTheDay()
{
    Customer soon = customer(1, 100, 1, 10);
    soon.ownFields.insert(QStringLiteral("誕生日"), QStringLiteral("1990-06-20"));
    Customer later = customer(2, 100, 1, 10);
    later.ownFields.insert(QStringLiteral("誕生日"), QStringLiteral("1990-08-20"));
    WorkspaceSettings s;
    s.ownFields = {{QStringLiteral("誕生日"), OwnFieldType::Date}};
    s.excellenceRule = ExcellenceRule(ExcellenceRule::Combinator::All,
                                      {{RuleField::OwnField, RuleOperator::WithinNextDays, 30, {}, QStringLiteral("誕生日")}})
                           .toJson();
    const CustomerAnalysis analysis({soon, later}, s, today);
    QCOMPARE(analysis.subject(0).ownFields, soon.ownFields);
    QCOMPARE(analysis.subject(0).today, today);
    QVERIFY(analysis.at(0).meetsExcellenceRule);
    QCOMPARE(analysis.at(0).stage, Stage::Core);
    QVERIFY(!analysis.at(1).meetsExcellenceRule);
    QCOMPARE(analysis.matching(analysis.rule()), QList<qsizetype>{0});
    // Counted from the "as of" day, the later birthday is the one near.
    const CustomerAnalysis summer({soon, later}, s, QDate(2026, 8, 1));
    QCOMPARE(summer.matching(summer.rule()), QList<qsizetype>{1});
    // With the field deleted, the condition is false and nothing breaks.
    s.ownFields.clear();
    const CustomerAnalysis without({soon, later}, s, today);
    QVERIFY(without.matching(without.rule()).isEmpty());
    QVERIFY(!without.ruleError());
}

void TestCustomerAnalysis::stagesOnlyAsOfAreThoseOfTheWholeAnalysis_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QList<Stage>>("stages");
    const QString revenue = revenueAtLeast5000().excellenceRule;
    // The rules that read tags and own fields, which the stages-only path
    // copies only for such a rule.
    const QString tagged = ExcellenceRule(ExcellenceRule::Combinator::All,
                                          {{RuleField::Tags, RuleOperator::OneOf, 0, {QStringLiteral("vip")}}})
                               .toJson();
    const QString member = ExcellenceRule(ExcellenceRule::Combinator::All,
                                          {{RuleField::OwnField, RuleOperator::OneOf, 0, {QStringLiteral("gold")},
                                            QStringLiteral("rank")}})
                               .toJson();
    using S = QList<Stage>;
    QTest::newRow("revenue, end of 2017") << revenue << QDate(2017, 12, 31)
                                          << S{Stage::Core, Stage::Regular, Stage::FirstTime};
    QTest::newRow("revenue, mid 2017") << revenue << QDate(2017, 6, 30) << S{Stage::Regular, Stage::FirstTime};
    QTest::newRow("tags, end of 2017") << tagged << QDate(2017, 12, 31)
                                       << S{Stage::Regular, Stage::Core, Stage::FirstTime};
    QTest::newRow("own field, end of 2017") << member << QDate(2017, 12, 31)
                                            << S{Stage::Regular, Stage::Regular, Stage::Core};
    QTest::newRow("before anyone") << tagged << QDate(2015, 1, 1) << S{};
}

void TestCustomerAnalysis::stagesOnlyAsOfAreThoseOfTheWholeAnalysis()
{
    QFETCH(QString, rule);
    QFETCH(QDate, day);
    QFETCH(QList<Stage>, stages);
    OldShop shop = oldShop();
    shop.customers[1].tags = QStringList{QStringLiteral("VIP")};
    shop.customers[2].ownFields.insert(QStringLiteral("rank"), QStringLiteral("gold"));
    WorkspaceSettings s;
    s.ownFields = {{QStringLiteral("rank"), OwnFieldType::Text}};
    s.excellenceRule = rule;
    const CustomerAnalysis whole = CustomerAnalysis::asOf(shop.history, shop.customers, s, day);
    const QList<DerivedCustomer> derived = CustomerAnalysis::derivedAsOf(shop.history, shop.customers, s, day);
    QCOMPARE(derived.size(), stages.size());
    QCOMPARE(whole.size(), stages.size());
    for (qsizetype i = 0; i < derived.size(); ++i) {
        QCOMPARE(derived.at(i).stage, stages.at(i));
        QCOMPARE(derived.at(i).id, whole.at(i).id);
        QCOMPARE(derived.at(i).stage, whole.at(i).stage);
        QCOMPARE(derived.at(i).abcClass, whole.at(i).abcClass);
        QCOMPARE(derived.at(i).orderCount, whole.at(i).orderCount);
        QCOMPARE(derived.at(i).meetsExcellenceRule, whole.at(i).meetsExcellenceRule);
    }
    const FunnelAnalysis funnel(derived, day, 100);
    const FunnelAnalysis wholeFunnel(whole, 100);
    QCOMPARE(funnel.date(), day);
    for (Stage stage : allStages) {
        QCOMPARE(funnel.count(stage), wholeFunnel.count(stage));
        QCOMPARE(funnel.reached(stage), wholeFunnel.reached(stage));
    }
}

void TestCustomerAnalysis::offersTheLastOrderDateOnce_data()
{
    QTest::addColumn<QDate>("lastOrder");
    QTest::addColumn<bool>("chosen");
    QTest::addColumn<QDate>("offered");
    QTest::newRow("long past") << QDate(2017, 12, 30) << false << QDate(2017, 12, 30);
    QTest::newRow("long past, already chosen") << QDate(2017, 12, 30) << true << QDate();
    QTest::newRow("within the dormant days") << today.addDays(-365) << false << QDate();
    QTest::newRow("one day more") << today.addDays(-366) << false << today.addDays(-366);
    QTest::newRow("no orders") << QDate() << false << QDate();
}

void TestCustomerAnalysis::offersTheLastOrderDateOnce()
{
    QFETCH(QDate, lastOrder);
    QFETCH(bool, chosen);
    QFETCH(QDate, offered);
    WorkspaceSettings s;
    s.asOfChosen = chosen;
    QCOMPARE(offeredAsOf(lastOrder, s, today), offered);
}

void TestCustomerAnalysis::derivesEveryCustomer()
{
    QList<Customer> customers{
        customer(1, 700, 6, 20), // A, recent: core
        customer(2, 150, 3, 30), // A (crosses 80%), recent: core
        customer(3, 100, 2, 400), // B, dormant
        customer(4, 50, 1, 10),  // C, first-time
        customer(5, 0, 0, 0),    // no revenue: prospect
    };
    customers[0].valueFit = 80;
    customers[0].valueAwareness = 90;
    customers[3].valueFit = 80;
    customers[3].valueAwareness = 20;
    const CustomerAnalysis analysis(customers, classARecent(), today);
    QCOMPARE(analysis.size(), 5);
    QVERIFY(!analysis.ruleError());
    QCOMPARE(analysis.today(), today);
    QCOMPARE(analysis.pareto().customerCount(), 4);

    const QList<AbcClass> abc{AbcClass::A, AbcClass::A, AbcClass::B, AbcClass::C, AbcClass::None};
    const QList<Quadrant> quadrants{Quadrant::II, Quadrant::Unplaced, Quadrant::Unplaced, Quadrant::I,
                                    Quadrant::Unplaced};
    const QList<bool> meets{true, true, false, false, false};
    const QList<Stage> stages{Stage::Core, Stage::Core, Stage::Dormant, Stage::FirstTime, Stage::Prospect};
    for (int i = 0; i < 5; ++i) {
        const DerivedCustomer &d = analysis.at(i);
        QCOMPARE(d.id, customers.at(i).id);
        QCOMPARE(d.orderCount, customers.at(i).orderCount);
        QCOMPARE(d.abcClass, abc.at(i));
        QCOMPARE(d.quadrant, quadrants.at(i));
        QCOMPARE(d.meetsExcellenceRule, meets.at(i));
        QCOMPARE(d.stage, stages.at(i));
    }
    // What the rule saw: the stage without the rule, days since the last order.
    QCOMPARE(analysis.subject(0).stage, Stage::Regular);
    QCOMPARE(analysis.subject(0).daysSinceLastOrder, 20);
    QCOMPARE(analysis.subject(4).daysSinceLastOrder, std::nullopt);
}

void TestCustomerAnalysis::handSetStageWinsButRuleIsStillShown()
{
    QList<Customer> customers{customer(1, 1000, 5, 3)};
    customers[0].handSetStage = Stage::Regular;
    const CustomerAnalysis analysis(customers, classARecent(), today);
    QVERIFY(analysis.at(0).meetsExcellenceRule);
    QCOMPARE(analysis.at(0).stage, Stage::Regular);
}

void TestCustomerAnalysis::unreadableRuleMatchesNobody()
{
    WorkspaceSettings s;
    s.excellenceRule = QStringLiteral("{not json");
    const CustomerAnalysis analysis({customer(1, 1000, 5, 3)}, s, today);
    QVERIFY(analysis.ruleError());
    QVERIFY(analysis.rule().isEmpty());
    QVERIFY(!analysis.at(0).meetsExcellenceRule);
    QCOMPARE(analysis.at(0).stage, Stage::Regular);
}

void TestCustomerAnalysis::previewOfAnotherRule()
{
    QList<Customer> customers{customer(1, 10, 1, 1), customer(2, 20, 2, 1), customer(3, 30, 3, 1)};
    customers[1].tags = {QStringLiteral("VIP")};
    const CustomerAnalysis analysis(customers, WorkspaceSettings(), today);
    const ExcellenceRule twoOrMore(ExcellenceRule::Combinator::All,
                                   {{RuleField::OrderCount, RuleOperator::AtLeast, 2, {}}});
    QCOMPARE(analysis.matching(twoOrMore), (QList<qsizetype>{1, 2}));
    const ExcellenceRule vipOrFirst(ExcellenceRule::Combinator::Any,
                                    {{RuleField::Tags, RuleOperator::OneOf, 0, {QStringLiteral("vip")}},
                                     {RuleField::Stage, RuleOperator::OneOf, 0, {QStringLiteral("first_time")}}});
    QCOMPARE(analysis.matching(vipOrFirst), (QList<qsizetype>{0, 1}));
    QVERIFY(analysis.matching(ExcellenceRule()).isEmpty());
}

QTEST_GUILESS_MAIN(TestCustomerAnalysis)
#include "tst_customeranalysis.moc"
