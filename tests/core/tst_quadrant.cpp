// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quadrant.h"

#include <QTest>

using namespace Kindred;

class TestQuadrant : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void unplacedWithoutBothScores();
    void numerals();
    void formatScore_data();
    void formatScore();
};

void TestQuadrant::classify_data()
{
    QTest::addColumn<double>("fit");
    QTest::addColumn<double>("awareness");
    QTest::addColumn<double>("fitSplit");
    QTest::addColumn<double>("awarenessSplit");
    QTest::addColumn<int>("expected");

    QTest::newRow("I: high fit, low awareness") << 80.0 << 20.0 << 50.0 << 50.0 << int(Quadrant::I);
    QTest::newRow("II: high, high") << 80.0 << 90.0 << 50.0 << 50.0 << int(Quadrant::II);
    QTest::newRow("III: low fit, high awareness") << 10.0 << 90.0 << 50.0 << 50.0 << int(Quadrant::III);
    QTest::newRow("IV: low, low") << 10.0 << 10.0 << 50.0 << 50.0 << int(Quadrant::IV);
    QTest::newRow("on both splits counts as high") << 50.0 << 50.0 << 50.0 << 50.0 << int(Quadrant::II);
    QTest::newRow("fit on split, awareness below") << 50.0 << 49.9 << 50.0 << 50.0 << int(Quadrant::I);
    QTest::newRow("just below fit split") << 49.99 << 50.0 << 50.0 << 50.0 << int(Quadrant::III);
    QTest::newRow("corners 0,0") << 0.0 << 0.0 << 50.0 << 50.0 << int(Quadrant::IV);
    QTest::newRow("corners 100,100") << 100.0 << 100.0 << 50.0 << 50.0 << int(Quadrant::II);
    QTest::newRow("moved split makes 60 low") << 60.0 << 60.0 << 70.0 << 70.0 << int(Quadrant::IV);
    QTest::newRow("moved split, only fit high") << 75.0 << 60.0 << 70.0 << 65.0 << int(Quadrant::I);
}

void TestQuadrant::classify()
{
    QFETCH(double, fit);
    QFETCH(double, awareness);
    QFETCH(double, fitSplit);
    QFETCH(double, awarenessSplit);
    QFETCH(int, expected);
    QCOMPARE(int(quadrantOf(fit, awareness, {fitSplit, awarenessSplit})), expected);
}

void TestQuadrant::unplacedWithoutBothScores()
{
    QCOMPARE(quadrantOf(std::nullopt, 40.0, {}), Quadrant::Unplaced);
    QCOMPARE(quadrantOf(40.0, std::nullopt, {}), Quadrant::Unplaced);
    QCOMPARE(quadrantOf(std::nullopt, std::nullopt, {}), Quadrant::Unplaced);
}

void TestQuadrant::numerals()
{
    for (Quadrant q : {Quadrant::I, Quadrant::II, Quadrant::III, Quadrant::IV})
        QCOMPARE(quadrantFromNumeral(quadrantNumeral(q)), q);
    QCOMPARE(quadrantFromNumeral(QStringLiteral("ii")), Quadrant::II);
    QCOMPARE(quadrantFromNumeral(QStringLiteral("V")), std::nullopt);
}

void TestQuadrant::formatScore_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("shown");
    QTest::newRow("whole: no decimals") << 50.0 << QStringLiteral("50");
    QTest::newRow("tenths as stored, not rounded to 50") << 49.9 << QStringLiteral("49.9");
    QTest::newRow("hundredths as stored") << 49.95 << QStringLiteral("49.95");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    QTest::newRow("hundred") << 100.0 << QStringLiteral("100");
}

void TestQuadrant::formatScore()
{
    QFETCH(double, score);
    QFETCH(QString, shown);
    QCOMPARE(Kindred::formatScore(score), shown);
}

QTEST_GUILESS_MAIN(TestQuadrant)
#include "tst_quadrant.moc"
