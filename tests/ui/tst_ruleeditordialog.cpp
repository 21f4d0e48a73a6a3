// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleeditordialog.h"

#include "ruleconditionrow.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace Kindred;

namespace {
const QDate today(2026, 6, 1);

// 20 customers: customer i has i orders, revenue 100 × i, last order i days ago;
// the even ones are in quadrant II, the odd ones unplaced.
QList<Customer> twenty()
{
    QList<Customer> customers;
    for (int i = 1; i <= 20; ++i) {
        Customer c;
        c.id = i;
        c.name = QStringLiteral("Customer %1").arg(i);
        c.orderCount = i;
        c.revenue = 100.0 * i;
        c.lastOrder = today.addDays(-i);
        if (i % 2 == 0) {
            c.valueFit = 80;
            c.valueAwareness = 80;
        }
        customers.append(c);
    }
    return customers;
}
// twenty() with a member list's fields: every fourth is gold, customer i has
// 50 × i points, a birthday i days after today, and the odd ones take mail.
QList<Customer> members()
{
    QList<Customer> customers = twenty();
    for (Customer &c : customers) {
        const int i = int(c.id);
        c.ownFields.insert(QStringLiteral("会員ランク"), i % 4 == 0 ? QStringLiteral("ゴールド") : QStringLiteral("一般"));
        c.ownFields.insert(QStringLiteral("ポイント"), QString::number(50 * i));
        c.ownFields.insert(QStringLiteral("誕生日"), today.addDays(i).addYears(-30).toString(Qt::ISODate));
        c.ownFields.insert(QStringLiteral("DM可"), i % 2 ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    return customers;
}

WorkspaceSettings memberSettings()
{
    WorkspaceSettings settings;
    settings.ownFields = {{QStringLiteral("会員ランク"), OwnFieldType::Text},
                          {QStringLiteral("ポイント"), OwnFieldType::Number},
                          {QStringLiteral("誕生日"), OwnFieldType::Date},
                          {QStringLiteral("DM可"), OwnFieldType::YesNo}};
    return settings;
}

// Clicks "Add Condition" and picks the field by its name in the new row.
RuleConditionRow *addCondition(RuleEditorDialog &dialog, const QString &field)
{
    const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
    const auto add = std::find_if(buttons.cbegin(), buttons.cend(),
                                  [](QPushButton *b) { return b->text() == QLatin1String("Add Condition"); });
    if (add == buttons.cend())
        return nullptr;
    QTest::mouseClick(*add, Qt::LeftButton);
    RuleConditionRow *row = dialog.findChildren<RuleConditionRow *>().constLast();
    auto *fields = row->findChild<QComboBox *>();
    fields->setCurrentIndex(fields->findText(field));
    return fields->currentText() == field ? row : nullptr;
}

QComboBox *operators(RuleConditionRow *row)
{
    return row->findChildren<QComboBox *>().at(1);
}
} // namespace

class TestRuleEditorDialog : public QObject
{
    Q_OBJECT

private slots:
    void startsWithTheStoredRule();
    void presetsCountLikeCore_data();
    void presetsCountLikeCore();
    void editedRuleIsReturned();
    void ownFieldRuleBuiltThroughTheWidgets();
    void missingOwnFieldIsShownAndKept();
};

void TestRuleEditorDialog::startsWithTheStoredRule()
{
    WorkspaceSettings settings;
    const ExcellenceRule quadrantII = rulePresets().at(1).rule;
    settings.excellenceRule = quadrantII.toJson();
    const QList<Customer> customers = twenty();
    RuleEditorDialog dialog(customers, CustomerAnalysis(customers, settings, today));
    QCOMPARE(dialog.rule(), quadrantII);
    QCOMPARE(dialog.matchCount(), 10);
    // The preview lists the matches, biggest revenue first.
    auto *preview = dialog.findChild<QListWidget *>();
    QVERIFY(preview);
    QCOMPARE(preview->count(), 10);
    QVERIFY(preview->item(0)->text().startsWith(QStringLiteral("Customer 20")));
}

void TestRuleEditorDialog::presetsCountLikeCore_data()
{
    QTest::addColumn<int>("preset");
    for (int i = 0; i < rulePresets().size(); ++i)
        QTest::newRow(qPrintable(rulePresets().at(i).name)) << i;
}

void TestRuleEditorDialog::presetsCountLikeCore()
{
    QFETCH(int, preset);
    const QList<Customer> customers = twenty();
    const CustomerAnalysis analysis(customers, WorkspaceSettings(), today);
    RuleEditorDialog dialog(customers, analysis);
    QCOMPARE(dialog.matchCount(), 0); // no rule yet: nobody
    const ExcellenceRule rule = rulePresets().at(preset).rule;
    dialog.setRule(rule);
    dialog.updatePreview();
    QCOMPARE(dialog.rule(), rule); // the rows hold exactly the preset
    QCOMPARE(dialog.matchCount(), int(analysis.matching(rule).size()));
}

void TestRuleEditorDialog::editedRuleIsReturned()
{
    const QList<Customer> customers = twenty();
    RuleEditorDialog dialog(customers, CustomerAnalysis(customers, WorkspaceSettings(), today));
    const ExcellenceRule rule(ExcellenceRule::Combinator::Any,
                              {{RuleField::OrderCount, RuleOperator::AtLeast, 18, {}},
                               {RuleField::Tags, RuleOperator::OneOf, 0, {QStringLiteral("VIP"), QStringLiteral("紹介")}},
                               {RuleField::Stage, RuleOperator::NoneOf, 0, {QStringLiteral("regular")}}});
    dialog.setRule(rule);
    dialog.updatePreview();
    QCOMPARE(dialog.rule(), rule);
    QCOMPARE(dialog.matchCount(), 4); // customer 1 is first-time; 18, 19, 20
}

void TestRuleEditorDialog::ownFieldRuleBuiltThroughTheWidgets()
{
    const QList<Customer> customers = members();
    const CustomerAnalysis analysis(customers, memberSettings(), today);
    RuleEditorDialog dialog(customers, analysis);

    RuleConditionRow *rank = addCondition(dialog, QStringLiteral("会員ランク"));
    QVERIFY(rank);
    // The own fields follow the built-in ones.
    auto *fields = rank->findChild<QComboBox *>();
    QVERIFY(fields->findText(QStringLiteral("会員ランク")) > fields->findText(QStringLiteral("ABC class")));
    auto *values = rank->findChild<QLineEdit *>();
    QVERIFY(values->isVisibleTo(rank));
    QVERIFY(!rank->findChild<QDoubleSpinBox *>()->isVisibleTo(rank));
    QCOMPARE(operators(rank)->count(), 2); // is one of, is none of
    values->setText(QStringLiteral("ゴールド、VIP")); // typed through an input method

    RuleConditionRow *points = addCondition(dialog, QStringLiteral("ポイント"));
    QVERIFY(points);
    auto *number = points->findChild<QDoubleSpinBox *>();
    QVERIFY(number->isVisibleTo(points));
    QVERIFY(!points->findChild<QLineEdit *>()->isVisibleTo(points));
    QCOMPARE(operators(points)->currentText(), QStringLiteral(">="));
    number->setValue(500);

    RuleConditionRow *birthday = addCondition(dialog, QStringLiteral("誕生日"));
    QVERIFY(birthday);
    auto *days = birthday->findChild<QDoubleSpinBox *>();
    QVERIFY(days->isVisibleTo(birthday));
    QCOMPARE(days->suffix(), QStringLiteral(" days"));
    QCOMPARE(days->decimals(), 0);
    days->setValue(30);

    RuleConditionRow *mail = addCondition(dialog, QStringLiteral("DM可"));
    QVERIFY(mail);
    QVERIFY(!mail->findChild<QDoubleSpinBox *>()->isVisibleTo(mail));
    QVERIFY(!mail->findChild<QLineEdit *>()->isVisibleTo(mail));
    QComboBox *yesNo = operators(mail);
    yesNo->setCurrentIndex(yesNo->findData(int(RuleOperator::IsNo)));

    using O = RuleOperator;
    const ExcellenceRule expected(
        ExcellenceRule::Combinator::All,
        {{RuleField::OwnField, O::OneOf, 0, {QStringLiteral("ゴールド"), QStringLiteral("VIP")}, QStringLiteral("会員ランク")},
         {RuleField::OwnField, O::AtLeast, 500, {}, QStringLiteral("ポイント")},
         {RuleField::OwnField, O::WithinNextDays, 30, {}, QStringLiteral("誕生日")},
         {RuleField::OwnField, O::IsNo, 0, {}, QStringLiteral("DM可")}});
    QCOMPARE(dialog.rule(), expected);
    dialog.updatePreview();
    // Gold are 4, 8, 12, 16, 20; at least 500 points from 10; all even, so no mail.
    QCOMPARE(dialog.matchCount(), 3);
    QCOMPARE(dialog.matchCount(), int(analysis.matching(expected).size()));
    // Saved and read back, the rule shows the same rows.
    const auto parsed = ExcellenceRule::fromJson(dialog.rule().toJson());
    QVERIFY(parsed.ok());
    dialog.setRule(parsed.value());
    QCOMPARE(dialog.rule(), expected);
}

void TestRuleEditorDialog::missingOwnFieldIsShownAndKept()
{
    const QList<Customer> customers = members();
    WorkspaceSettings settings = memberSettings();
    const ExcellenceRule rule(
        ExcellenceRule::Combinator::Any,
        {{RuleField::OwnField, RuleOperator::OneOf, 0, {QStringLiteral("A")}, QStringLiteral("旧ランク")},
         {RuleField::OwnField, RuleOperator::OneOf, 0, {QStringLiteral("10")}, QStringLiteral("ポイント")}});
    settings.excellenceRule = rule.toJson();
    RuleEditorDialog dialog(customers, CustomerAnalysis(customers, settings, today));
    const QList<RuleConditionRow *> rows = dialog.findChildren<RuleConditionRow *>();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0)->findChild<QComboBox *>()->currentText(), QStringLiteral("旧ランク (missing)"));
    QCOMPARE(rows.at(1)->findChild<QComboBox *>()->currentText(), QStringLiteral("ポイント (another type)"));
    QCOMPARE(operators(rows.at(1))->currentData().toInt(), int(RuleOperator::OneOf));
    QCOMPARE(dialog.rule(), rule);
    QCOMPARE(dialog.matchCount(), 0);
    // Picking the number field again offers its operators.
    auto *fields = rows.at(1)->findChild<QComboBox *>();
    fields->setCurrentIndex(fields->findText(QStringLiteral("ポイント")));
    QCOMPARE(operators(rows.at(1))->count(), 4);
}

QTEST_MAIN(TestRuleEditorDialog)
#include "tst_ruleeditordialog.moc"
