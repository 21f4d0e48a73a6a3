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

RuleCondition own(const QString &name, RuleOperator op, double number = 0.0, const QStringList &values = {})
{
    return {RuleField::OwnField, op, number, values, name};
}

const QList<OwnFieldDefinition> ownDefinitions{
    {QStringLiteral("会員ランク"), OwnFieldType::Text},  {QStringLiteral("地域"), OwnFieldType::Text},
    {QStringLiteral("ポイント"), OwnFieldType::Number},  {QStringLiteral("誕生日"), OwnFieldType::Date},
    {QStringLiteral("入会日"), OwnFieldType::Date},      {QStringLiteral("更新日"), OwnFieldType::Date},
    {QStringLiteral("DM可"), OwnFieldType::YesNo},
};

// sample() with own field values, on 1 June 2026.
RuleSubject member()
{
    RuleSubject s = sample();
    s.today = QDate(2026, 6, 1);
    s.ownFields = {{QStringLiteral("会員ランク"), QStringLiteral("ゴールド")},
                   {QStringLiteral("地域"), QStringLiteral("Tokyo")},
                   {QStringLiteral("ポイント"), QStringLiteral("1500.5")},
                   {QStringLiteral("誕生日"), QStringLiteral("1990-06-10")},
                   {QStringLiteral("入会日"), QStringLiteral("2026-05-02")},
                   {QStringLiteral("更新日"), QStringLiteral("2027-06-05")},
                   {QStringLiteral("DM可"), QStringLiteral("yes")}};
    return s;
}

bool meets(const RuleCondition &condition, const RuleSubject &subject,
           const QList<OwnFieldDefinition> &definitions = ownDefinitions)
{
    ExcellenceRule rule(ExcellenceRule::Combinator::All, {condition});
    rule.bindOwnFields(definitions);
    return rule.matches(subject);
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
    void ownFieldConditions_data();
    void ownFieldConditions();
    void missingOwnValuesFail_data();
    void missingOwnValuesFail();
    void birthdayOnLeapDay_data();
    void birthdayOnLeapDay();
    void undefinedOrRetypedFieldFails();
    void ownFieldJsonRoundTrip();
    void ownFieldJson();
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

void TestExcellenceRule::ownFieldConditions_data()
{
    QTest::addColumn<RuleCondition>("condition");
    QTest::addColumn<bool>("expected");
    using O = RuleOperator;
    const QString rank = QStringLiteral("会員ランク");
    const QString points = QStringLiteral("ポイント");
    const QString birthday = QStringLiteral("誕生日");
    const QString joined = QStringLiteral("入会日");
    const QString renewal = QStringLiteral("更新日");
    QTest::newRow("rank in gold") << own(rank, O::OneOf, 0, {QStringLiteral("シルバー"), QStringLiteral("ゴールド")})
                                  << true;
    QTest::newRow("rank in half-width gold") << own(rank, O::OneOf, 0, {QStringLiteral("ｺﾞｰﾙﾄﾞ")}) << true;
    QTest::newRow("rank in silver") << own(rank, O::OneOf, 0, {QStringLiteral("シルバー")}) << false;
    QTest::newRow("rank not in silver") << own(rank, O::NoneOf, 0, {QStringLiteral("シルバー")}) << true;
    QTest::newRow("rank not in gold") << own(rank, O::NoneOf, 0, {QStringLiteral("ゴールド")}) << false;
    QTest::newRow("region in full-width capitals")
        << own(QStringLiteral("地域"), O::OneOf, 0, {QStringLiteral("ＴＯＫＹＯ")}) << true;
    QTest::newRow("points >= 500") << own(points, O::AtLeast, 500) << true;
    QTest::newRow("points >= itself") << own(points, O::AtLeast, 1500.5) << true;
    QTest::newRow("points >= more") << own(points, O::AtLeast, 1501) << false;
    QTest::newRow("points <= 1000") << own(points, O::AtMost, 1000) << false;
    QTest::newRow("points <= 2000") << own(points, O::AtMost, 2000) << true;
    QTest::newRow("points = itself") << own(points, O::Equal, 1500.5) << true;
    QTest::newRow("points = other") << own(points, O::Equal, 1500) << false;
    QTest::newRow("points != other") << own(points, O::NotEqual, 1500) << true;
    QTest::newRow("points != itself") << own(points, O::NotEqual, 1500.5) << false;
    QTest::newRow("mail is yes") << own(QStringLiteral("DM可"), O::IsYes) << true;
    QTest::newRow("mail is no") << own(QStringLiteral("DM可"), O::IsNo) << false;
    // The birthday of 10 June 1990 is 9 days after 1 June 2026.
    QTest::newRow("birthday within 30 days") << own(birthday, O::WithinNextDays, 30) << true;
    QTest::newRow("birthday within 9 days") << own(birthday, O::WithinNextDays, 9) << true;
    QTest::newRow("birthday within 8 days") << own(birthday, O::WithinNextDays, 8) << false;
    // A later date counts as itself, not by its anniversary: 5 June 2027 is a year away.
    QTest::newRow("renewal within 30 days") << own(renewal, O::WithinNextDays, 30) << false;
    QTest::newRow("renewal within 369 days") << own(renewal, O::WithinNextDays, 369) << true;
    QTest::newRow("joined 30 days ago, at most 30") << own(joined, O::AtMostDaysAgo, 30) << true;
    QTest::newRow("joined 30 days ago, at most 29") << own(joined, O::AtMostDaysAgo, 29) << false;
    QTest::newRow("renewal is not days ago") << own(renewal, O::AtMostDaysAgo, 1000) << false;
}

void TestExcellenceRule::ownFieldConditions()
{
    QFETCH(RuleCondition, condition);
    QFETCH(bool, expected);
    QCOMPARE(meets(condition, member()), expected);
}

void TestExcellenceRule::missingOwnValuesFail_data()
{
    QTest::addColumn<QString>("value"); // of every own field; empty for none
    QTest::newRow("missing") << QString();
    QTest::newRow("not of the type") << QStringLiteral("many");
}

void TestExcellenceRule::missingOwnValuesFail()
{
    QFETCH(QString, value);
    RuleSubject subject = member();
    subject.ownFields.clear();
    if (!value.isEmpty()) {
        for (const OwnFieldDefinition &d : ownDefinitions)
            subject.ownFields.insert(d.name, value);
    }
    using O = RuleOperator;
    for (O op : {O::AtLeast, O::AtMost, O::Equal, O::NotEqual})
        QVERIFY(!meets(own(QStringLiteral("ポイント"), op, 0), subject));
    QVERIFY(!meets(own(QStringLiteral("DM可"), O::IsYes), subject));
    QVERIFY(!meets(own(QStringLiteral("DM可"), O::IsNo), subject));
    QVERIFY(!meets(own(QStringLiteral("誕生日"), O::WithinNextDays, 366), subject));
    QVERIFY(!meets(own(QStringLiteral("入会日"), O::AtMostDaysAgo, 100000), subject));
    QVERIFY(!meets(own(QStringLiteral("会員ランク"), O::OneOf, 0, {QStringLiteral("ゴールド")}), subject));
    // Like a customer without a tag: no rank is none of the ranks listed.
    QVERIFY(meets(own(QStringLiteral("会員ランク"), O::NoneOf, 0, {QStringLiteral("ゴールド")}), subject));
}

void TestExcellenceRule::birthdayOnLeapDay_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("expected");
    // Born on 29 February 2000: on 28 February in other years.
    QTest::newRow("non-leap year, 8 days to the 28th") << QDate(2027, 2, 20) << 8 << true;
    QTest::newRow("non-leap year, 7 days") << QDate(2027, 2, 20) << 7 << false;
    QTest::newRow("non-leap year, on the 28th") << QDate(2027, 2, 28) << 0 << true;
    QTest::newRow("leap year, 9 days to the 29th") << QDate(2028, 2, 20) << 9 << true;
    QTest::newRow("leap year, 8 days") << QDate(2028, 2, 20) << 8 << false;
    QTest::newRow("just past, in a year") << QDate(2027, 3, 1) << 364 << false;
    QTest::newRow("just past, to 29 February 2028") << QDate(2027, 3, 1) << 365 << true;
}

void TestExcellenceRule::birthdayOnLeapDay()
{
    QFETCH(QDate, today);
    QFETCH(int, days);
    QFETCH(bool, expected);
    RuleSubject subject;
    subject.today = today;
    subject.ownFields.insert(QStringLiteral("誕生日"), QStringLiteral("2000-02-29"));
    QCOMPARE(meets(own(QStringLiteral("誕生日"), RuleOperator::WithinNextDays, days), subject), expected);
}

void TestExcellenceRule::undefinedOrRetypedFieldFails()
{
    const RuleCondition gold = own(QStringLiteral("会員ランク"), RuleOperator::NoneOf, 0, {QStringLiteral("シルバー")});
    QVERIFY(meets(gold, member()));
    // Not bound to definitions, or the field deleted: false, even for "none of".
    QVERIFY(!ExcellenceRule(ExcellenceRule::Combinator::All, {gold}).matches(member()));
    QVERIFY(!meets(gold, member(), {}));
    // Retyped to a number: a list operator no longer applies.
    QVERIFY(!meets(gold, member(), {{QStringLiteral("会員ランク"), OwnFieldType::Number}}));
    QVERIFY(!meets(own(QStringLiteral("会員ランク"), RuleOperator::IsYes), member()));
}

void TestExcellenceRule::ownFieldJsonRoundTrip()
{
    using O = RuleOperator;
    const ExcellenceRule rule(ExcellenceRule::Combinator::Any,
                              {own(QStringLiteral("会員ランク"), O::OneOf, 0, {QStringLiteral("ゴールド")}),
                               own(QStringLiteral("誕生日"), O::WithinNextDays, 30),
                               own(QStringLiteral("入会日"), O::AtMostDaysAgo, 90),
                               own(QStringLiteral("ポイント"), O::AtLeast, 500),
                               own(QStringLiteral("DM可"), O::IsNo),
                               number(RuleField::Revenue, O::AtLeast, 1000)});
    const auto parsed = ExcellenceRule::fromJson(rule.toJson());
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value(), rule);
    QVERIFY(rule.toJson().contains(QStringLiteral(R"({"field":"own","name":"誕生日","op":"next days","value":30})")));
}

void TestExcellenceRule::ownFieldJson()
{
    // A rule written before own fields still reads.
    const auto old = ExcellenceRule::fromJson(QStringLiteral(
        R"({"match":"all","conditions":[{"field":"revenue","op":">=","value":1000},)"
        R"({"field":"quadrant","op":"in","values":["II"]}]})"));
    QVERIFY(old.ok());
    QCOMPARE(old.value().conditions().size(), 2);
    QCOMPARE(old.value().conditions().at(0), number(RuleField::Revenue, RuleOperator::AtLeast, 1000));

    const auto parsed = ExcellenceRule::fromJson(QStringLiteral(
        R"({"conditions":[{"field":"own","name":"会員ランク","op":"in","values":["ゴールド"]},)"
        R"({"field":"own","name":"DM可","op":"yes"}]})"));
    QVERIFY(parsed.ok());
    ExcellenceRule rule = parsed.value();
    QCOMPARE(rule.conditions().at(0), own(QStringLiteral("会員ランク"), RuleOperator::OneOf, 0, {QStringLiteral("ゴールド")}));
    QCOMPARE(rule.conditions().at(1), own(QStringLiteral("DM可"), RuleOperator::IsYes));
    rule.bindOwnFields(ownDefinitions);
    QVERIFY(rule.matches(member()));

    for (const char *bad : {R"({"conditions":[{"field":"own","op":"in","values":["a"]}]})",
                            R"({"conditions":[{"field":"own","name":"誕生日","op":"next days"}]})",
                            R"({"conditions":[{"field":"revenue","op":"yes"}]})",
                            R"({"conditions":[{"field":"stage","op":"next days","value":3}]})"})
        QVERIFY2(!ExcellenceRule::fromJson(QString::fromUtf8(bad)).ok(), bad);
}

QTEST_GUILESS_MAIN(TestExcellenceRule)
#include "tst_excellencerule.moc"
