// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "excellencerule.h"

#include <QTest>

using namespace Kindred;

namespace {
// A regular customer in quadrant II, class B, 1200 revenue, 4 orders, last 30 days ago.
RuleSubject sample()
{
    RuleSubject s;
    s.revenue = 1200.0;
    s.orderCount = 4;
    s.daysSinceLastOrder = 30;
    s.stage = Stage::Regular;
    s.quadrant = Quadrant::II;
    s.abcClass = AbcClass::B;
    s.tags = {QStringLiteral("VIP"), QStringLiteral("紹介")};
    return s;
}

RuleCondition number(RuleField field, RuleOperator op, double value)
{
    return {field, op, value, {}};
}

RuleCondition list(RuleField field, RuleOperator op, const QStringList &values)
{
    return {field, op, 0.0, values};
}
} // namespace

Q_DECLARE_METATYPE(RuleCondition)

class TestExcellenceRule : public QObject
{
    Q_OBJECT

private slots:
    void eachCondition_data();
    void eachCondition();
    void neverOrderedFailsRecency();
    void combinators_data();
    void combinators();
    void emptyRuleMatchesNobody();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonNormalisesValues();
    void badJsonIsAnError_data();
    void badJsonIsAnError();
};

void TestExcellenceRule::eachCondition_data()
{
    QTest::addColumn<RuleCondition>("condition");
    QTest::addColumn<bool>("expected");
    using F = RuleField;
    using O = RuleOperator;
    QTest::newRow("revenue >= equal value") << number(F::Revenue, O::AtLeast, 1200) << true;
    QTest::newRow("revenue >= higher") << number(F::Revenue, O::AtLeast, 1200.01) << false;
    QTest::newRow("revenue <= ") << number(F::Revenue, O::AtMost, 1199) << false;
    QTest::newRow("orders =") << number(F::OrderCount, O::Equal, 4) << true;
    QTest::newRow("orders = other") << number(F::OrderCount, O::Equal, 5) << false;
    QTest::newRow("orders !=") << number(F::OrderCount, O::NotEqual, 5) << true;
    QTest::newRow("orders <=") << number(F::OrderCount, O::AtMost, 4) << true;
    QTest::newRow("days <= 30") << number(F::DaysSinceLastOrder, O::AtMost, 30) << true;
    QTest::newRow("days <= 29") << number(F::DaysSinceLastOrder, O::AtMost, 29) << false;
    QTest::newRow("days >= 365") << number(F::DaysSinceLastOrder, O::AtLeast, 365) << false;
    QTest::newRow("stage in regular") << list(F::Stage, O::OneOf, {QStringLiteral("regular")}) << true;
    QTest::newRow("stage in first/prospect")
        << list(F::Stage, O::OneOf, {QStringLiteral("first_time"), QStringLiteral("prospect")}) << false;
    QTest::newRow("stage not in dormant") << list(F::Stage, O::NoneOf, {QStringLiteral("dormant")}) << true;
    QTest::newRow("quadrant in II") << list(F::Quadrant, O::OneOf, {QStringLiteral("II")}) << true;
    QTest::newRow("quadrant in I, III") << list(F::Quadrant, O::OneOf, {QStringLiteral("I"), QStringLiteral("III")})
                                        << false;
    QTest::newRow("quadrant not in II") << list(F::Quadrant, O::NoneOf, {QStringLiteral("II")}) << false;
    QTest::newRow("tags in vip, any case") << list(F::Tags, O::OneOf, {QStringLiteral("vip")}) << true;
    QTest::newRow("tags in japanese") << list(F::Tags, O::OneOf, {QStringLiteral("紹介")}) << true;
    QTest::newRow("tags in other") << list(F::Tags, O::OneOf, {QStringLiteral("wholesale")}) << false;
    QTest::newRow("tags not in other") << list(F::Tags, O::NoneOf, {QStringLiteral("wholesale")}) << true;
    QTest::newRow("tags not in vip") << list(F::Tags, O::NoneOf, {QStringLiteral("VIP")}) << false;
    QTest::newRow("abc in A") << list(F::AbcClass, O::OneOf, {QStringLiteral("A")}) << false;
    QTest::newRow("abc in A, B") << list(F::AbcClass, O::OneOf, {QStringLiteral("A"), QStringLiteral("B")}) << true;
    QTest::newRow("abc not in C") << list(F::AbcClass, O::NoneOf, {QStringLiteral("C")}) << true;
}

void TestExcellenceRule::eachCondition()
{
    QFETCH(RuleCondition, condition);
    QFETCH(bool, expected);
    QCOMPARE(ExcellenceRule(ExcellenceRule::Combinator::All, {condition}).matches(sample()), expected);
    QCOMPARE(ExcellenceRule(ExcellenceRule::Combinator::Any, {condition}).matches(sample()), expected);
}

void TestExcellenceRule::neverOrderedFailsRecency()
{
    RuleSubject prospect;
    for (RuleOperator op : {RuleOperator::AtLeast, RuleOperator::AtMost, RuleOperator::NotEqual}) {
        const ExcellenceRule rule(ExcellenceRule::Combinator::All, {number(RuleField::DaysSinceLastOrder, op, 0)});
        QVERIFY(!rule.matches(prospect));
    }
    // Unplaced and off the revenue curve are values like any other.
    QVERIFY(ExcellenceRule(ExcellenceRule::Combinator::All, {list(RuleField::Quadrant, RuleOperator::NoneOf,
                                                                  {QStringLiteral("II")})})
                .matches(prospect));
    QVERIFY(!ExcellenceRule(ExcellenceRule::Combinator::All, {list(RuleField::AbcClass, RuleOperator::OneOf,
                                                                   {QStringLiteral("C")})})
                 .matches(prospect));
}

void TestExcellenceRule::combinators_data()
{
    QTest::addColumn<bool>("first");
    QTest::addColumn<bool>("second");
    QTest::newRow("both met") << true << true;
    QTest::newRow("first only") << true << false;
    QTest::newRow("second only") << false << true;
    QTest::newRow("neither") << false << false;
}

void TestExcellenceRule::combinators()
{
    QFETCH(bool, first);
    QFETCH(bool, second);
    // sample() has revenue 1200 and quadrant II.
    const RuleCondition a = number(RuleField::Revenue, RuleOperator::AtLeast, first ? 1000 : 1500);
    const RuleCondition b = list(RuleField::Quadrant, RuleOperator::OneOf, {second ? QStringLiteral("II") : QStringLiteral("I")});
    QCOMPARE(ExcellenceRule(ExcellenceRule::Combinator::All, {a, b}).matches(sample()), first && second);
    QCOMPARE(ExcellenceRule(ExcellenceRule::Combinator::Any, {a, b}).matches(sample()), first || second);
}

void TestExcellenceRule::emptyRuleMatchesNobody()
{
    QVERIFY(!ExcellenceRule().matches(sample()));
    QVERIFY(!ExcellenceRule(ExcellenceRule::Combinator::Any, {}).matches(sample()));
    const auto parsed = ExcellenceRule::fromJson(QString());
    QVERIFY(parsed.ok());
    QVERIFY(parsed.value().isEmpty());
    QCOMPARE(ExcellenceRule().toJson(), QString());
}

void TestExcellenceRule::jsonRoundTrip_data()
{
    QTest::addColumn<int>("preset");
    const QList<RulePreset> presets = rulePresets();
    QVERIFY(presets.size() >= 3);
    for (int i = 0; i < presets.size(); ++i)
        QTest::newRow(qPrintable(presets.at(i).name)) << i;
}

void TestExcellenceRule::jsonRoundTrip()
{
    QFETCH(int, preset);
    const ExcellenceRule rule = rulePresets().at(preset).rule;
    QVERIFY(!rule.isEmpty());
    const auto parsed = ExcellenceRule::fromJson(rule.toJson());
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value(), rule);
    QCOMPARE(parsed.value().matches(sample()), rule.matches(sample()));
}

void TestExcellenceRule::jsonNormalisesValues()
{
    const auto parsed = ExcellenceRule::fromJson(QStringLiteral(
        R"({"match":"any","conditions":[{"field":"stage","op":"in","values":["常連客","Dormant"]},
            {"field":"quadrant","op":"not in","values":["ii"]},{"field":"tags","op":"in","values":["VIP"]},
            {"field":"days_since_last_order","op":"<=","value":90}]})"));
    QVERIFY(parsed.ok());
    const ExcellenceRule &rule = parsed.value();
    QCOMPARE(rule.combinator(), ExcellenceRule::Combinator::Any);
    QCOMPARE(rule.conditions().size(), 4);
    QCOMPARE(rule.conditions().at(0).values, (QStringList{QStringLiteral("regular"), QStringLiteral("dormant")}));
    QCOMPARE(rule.conditions().at(1).values, QStringList{QStringLiteral("II")});
    QCOMPARE(rule.conditions().at(3).number, 90.0);
}

void TestExcellenceRule::badJsonIsAnError_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QStringLiteral("{revenue > 5") << QStringLiteral("not valid JSON");
    QTest::newRow("bad match") << QStringLiteral(R"({"match":"most","conditions":[]})") << QStringLiteral("most");
    QTest::newRow("unknown field")
        << QStringLiteral(R"({"conditions":[{"field":"age","op":">=","value":3}]})") << QStringLiteral("age");
    QTest::newRow("unknown operator")
        << QStringLiteral(R"({"conditions":[{"field":"revenue","op":">","value":3}]})") << QStringLiteral("\">\"");
    QTest::newRow("list operator on a number")
        << QStringLiteral(R"({"conditions":[{"field":"revenue","op":"in","values":["3"]}]})")
        << QStringLiteral("does not apply");
    QTest::newRow("missing number")
        << QStringLiteral(R"({"conditions":[{"field":"order_count","op":">=","value":"many"}]})")
        << QStringLiteral("needs a number");
    QTest::newRow("unknown quadrant")
        << QStringLiteral(R"({"conditions":[{"field":"quadrant","op":"in","values":["V"]}]})")
        << QStringLiteral("Condition 1");
}

void TestExcellenceRule::badJsonIsAnError()
{
    QFETCH(QString, json);
    QFETCH(QString, mentions);
    const auto parsed = ExcellenceRule::fromJson(json);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(TestExcellenceRule)
#include "tst_excellencerule.moc"
