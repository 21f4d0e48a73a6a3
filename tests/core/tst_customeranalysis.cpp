// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customeranalysis.h"

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
};

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
