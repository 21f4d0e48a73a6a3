// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleeditordialog.h"

#include <QListWidget>
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
} // namespace

class TestRuleEditorDialog : public QObject
{
    Q_OBJECT

private slots:
    void startsWithTheStoredRule();
    void presetsCountLikeCore_data();
    void presetsCountLikeCore();
    void editedRuleIsReturned();
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

QTEST_MAIN(TestRuleEditorDialog)
#include "tst_ruleeditordialog.moc"
