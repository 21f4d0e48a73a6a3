// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stage.h"

#include <QTest>

using namespace Kindred;

class TestStage : public QObject
{
    Q_OBJECT

private slots:
    void derive_data();
    void derive();
    void keysRoundTrip();
    void parsesJapaneseNames();
};

void TestStage::derive_data()
{
    QTest::addColumn<int>("handSet"); // -1: none
    QTest::addColumn<int>("orders");
    QTest::addColumn<int>("daysSinceLastOrder");
    QTest::addColumn<bool>("excellent");
    QTest::addColumn<int>("expected");

    const int none = -1;
    QTest::newRow("no orders: prospect") << none << 0 << 0 << false << int(Stage::Prospect);
    QTest::newRow("one order: first-time") << none << 1 << 10 << false << int(Stage::FirstTime);
    QTest::newRow("two orders: regular") << none << 2 << 10 << false << int(Stage::Regular);
    QTest::newRow("many orders: regular") << none << 40 << 0 << false << int(Stage::Regular);
    QTest::newRow("exactly dormant days: still active") << none << 3 << 365 << false << int(Stage::Regular);
    QTest::newRow("one day past: dormant") << none << 3 << 366 << false << int(Stage::Dormant);
    QTest::newRow("first-time gone quiet: dormant") << none << 1 << 800 << false << int(Stage::Dormant);
    QTest::newRow("rule met: core") << none << 5 << 10 << true << int(Stage::Core);
    QTest::newRow("core is not dormant") << none << 5 << 900 << true << int(Stage::Core);
    QTest::newRow("hand-set wins over orders") << int(Stage::Core) << 0 << 0 << false << int(Stage::Core);
    QTest::newRow("hand-set wins over rule") << int(Stage::Prospect) << 9 << 1 << true << int(Stage::Prospect);
    QTest::newRow("hand-set wins over dormancy") << int(Stage::Regular) << 2 << 1000 << false << int(Stage::Regular);
}

void TestStage::derive()
{
    QFETCH(int, handSet);
    QFETCH(int, orders);
    QFETCH(int, daysSinceLastOrder);
    QFETCH(bool, excellent);
    QFETCH(int, expected);

    const QDate today(2026, 6, 1);
    StageInput input;
    if (handSet >= 0)
        input.handSetStage = Stage(handSet);
    input.orderCount = orders;
    input.lastOrder = orders > 0 ? today.addDays(-daysSinceLastOrder) : QDate();
    input.meetsExcellenceRule = excellent;
    QCOMPARE(int(deriveStage(input, today, 365)), expected);
}

void TestStage::keysRoundTrip()
{
    for (Stage stage : allStages) {
        QCOMPARE(stageFromString(stageKey(stage)), stage);
        QCOMPARE(stageFromString(stageName(stage)), stage);
    }
    QCOMPARE(stageFromString(QStringLiteral("no such stage")), std::nullopt);
}

void TestStage::parsesJapaneseNames()
{
    QCOMPARE(stageFromString(QStringLiteral("見込み客")), Stage::Prospect);
    QCOMPARE(stageFromString(QStringLiteral("リピーター")), Stage::Regular);
    QCOMPARE(stageFromString(QStringLiteral(" 優良顧客 ")), Stage::Core);
    QCOMPARE(stageFromString(QStringLiteral("休眠顧客")), Stage::Dormant);
}

QTEST_GUILESS_MAIN(TestStage)
#include "tst_stage.moc"
