// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/customerstore.h"
#include "valuematrix.h"

#include <QTemporaryDir>
#include <QTest>

#include "../common/teststore.h"

using namespace Kindred;

namespace {
Customer placed(CustomerId id, std::optional<double> fit, std::optional<double> awareness)
{
    Customer c;
    c.id = id;
    c.valueFit = fit;
    c.valueAwareness = awareness;
    return c;
}
} // namespace

class TestValueMatrix : public QObject
{
    Q_OBJECT

private slots:
    void clampScore_data();
    void clampScore();
    void parseScore_data();
    void parseScore();
    void countsPerQuadrant();
    void centreOfEachQuadrant_data();
    void centreOfEachQuadrant();
    void centreNeedsRoom();
    void moveKeepsUnplacedAndClamps();
    void transitionsSinceADate();
    void placementsAtReadsHistory();
};

void TestValueMatrix::centreOfEachQuadrant_data()
{
    QTest::addColumn<int>("quadrant");
    QTest::addColumn<double>("fitSplit");
    QTest::addColumn<double>("awarenessSplit");
    QTest::addColumn<double>("fit");
    QTest::addColumn<double>("awareness");
    QTest::newRow("I at the default split") << int(Quadrant::I) << 50.0 << 50.0 << 75.0 << 25.0;
    QTest::newRow("II at the default split") << int(Quadrant::II) << 50.0 << 50.0 << 75.0 << 75.0;
    QTest::newRow("III at the default split") << int(Quadrant::III) << 50.0 << 50.0 << 25.0 << 75.0;
    QTest::newRow("IV at the default split") << int(Quadrant::IV) << 50.0 << 50.0 << 25.0 << 25.0;
    QTest::newRow("I with high fit from 70") << int(Quadrant::I) << 70.0 << 40.0 << 85.0 << 20.0;
    QTest::newRow("III with odd splits, whole scores") << int(Quadrant::III) << 45.0 << 33.0 << 22.0 << 67.0;
    QTest::newRow("IV below a split of 1") << int(Quadrant::IV) << 1.0 << 1.0 << 0.0 << 0.0;
    QTest::newRow("II above a split of 99") << int(Quadrant::II) << 99.0 << 99.5 << 100.0 << 100.0;
}

void TestValueMatrix::centreOfEachQuadrant()
{
    QFETCH(int, quadrant);
    QFETCH(double, fitSplit);
    QFETCH(double, awarenessSplit);
    QFETCH(double, fit);
    QFETCH(double, awareness);
    const QuadrantSplit split{fitSplit, awarenessSplit};
    const Placement centre = ValueMatrix::centreOf(Quadrant(quadrant), split);
    QCOMPARE(centre.valueFit, fit);
    QCOMPARE(centre.valueAwareness, awareness);
    QCOMPARE(quadrantOf(centre.valueFit, centre.valueAwareness, split), Quadrant(quadrant));
}

void TestValueMatrix::centreNeedsRoom()
{
    QCOMPARE(ValueMatrix::centreOf(Quadrant::Unplaced, {}), Placement{});
    // With high from 0 every score is high: there is no quadrant IV.
    QCOMPARE(ValueMatrix::centreOf(Quadrant::IV, {0.0, 0.0}), Placement{});
    QCOMPARE(ValueMatrix::centreOf(Quadrant::I, {50.0, 0.0}), Placement{});
    QCOMPARE(ValueMatrix::centreOf(Quadrant::II, {0.0, 0.0}), (Placement{50.0, 50.0}));
}

void TestValueMatrix::clampScore_data()
{
    QTest::addColumn<double>("in");
    QTest::addColumn<double>("out");
    QTest::newRow("inside") << 42.34 << 42.3;
    QTest::newRow("below") << -5.0 << 0.0;
    QTest::newRow("above") << 130.0 << 100.0;
    QTest::newRow("edge") << 100.0 << 100.0;
}

void TestValueMatrix::clampScore()
{
    QFETCH(double, in);
    QFETCH(double, out);
    QCOMPARE(ValueMatrix::clampScore(in), out);
}

void TestValueMatrix::parseScore_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("separator");
    QTest::addColumn<double>("score"); // -1: refused
    const int unknown = int(DecimalSeparator::Unknown);
    QTest::newRow("whole") << QStringLiteral("50") << unknown << 50.0;
    QTest::newRow("one decimal kept") << QStringLiteral("20.5") << unknown << 20.5;
    QTest::newRow("rounded to one decimal") << QStringLiteral("42.34") << unknown << 42.3;
    QTest::newRow("decimal comma") << QStringLiteral("42,5") << int(DecimalSeparator::Comma) << 42.5;
    QTest::newRow("full-width") << QStringLiteral("１００") << unknown << 100.0;
    QTest::newRow("zero") << QStringLiteral("0") << unknown << 0.0;
    QTest::newRow("above") << QStringLiteral("101") << unknown << -1.0;
    QTest::newRow("below") << QStringLiteral("-1") << unknown << -1.0;
    QTest::newRow("nan") << QStringLiteral("nan") << unknown << -1.0;
    QTest::newRow("NaN") << QStringLiteral("NaN") << unknown << -1.0;
    QTest::newRow("infinity") << QStringLiteral("inf") << unknown << -1.0;
    QTest::newRow("overflow") << QStringLiteral("1e309") << unknown << -1.0;
    QTest::newRow("empty") << QString() << unknown << -1.0;
    QTest::newRow("word") << QStringLiteral("high") << unknown << -1.0;
}

void TestValueMatrix::parseScore()
{
    QFETCH(QString, text);
    QFETCH(int, separator);
    QFETCH(double, score);
    const std::optional<double> parsed = ValueMatrix::parseScore(text, DecimalSeparator(separator));
    if (score < 0)
        QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
    else
        QCOMPARE(parsed, std::optional<double>(score));
}

void TestValueMatrix::countsPerQuadrant()
{
    const QList<Customer> customers{placed(1, 80, 20), placed(2, 80, 20), placed(3, 50, 50),
                                    placed(4, 10, 90), placed(5, std::nullopt, std::nullopt), placed(6, 49, 49)};
    const auto counts = ValueMatrix::countQuadrants(customers, {});
    QCOMPARE(counts[int(Quadrant::I)], 2);
    QCOMPARE(counts[int(Quadrant::II)], 1);
    QCOMPARE(counts[int(Quadrant::III)], 1);
    QCOMPARE(counts[int(Quadrant::IV)], 1);
    QCOMPARE(counts[int(Quadrant::Unplaced)], 1);
    // A higher split moves the boundary customer 3 into IV.
    QCOMPARE(ValueMatrix::countQuadrants(customers, {60, 60})[int(Quadrant::IV)], 2);
}

void TestValueMatrix::moveKeepsUnplacedAndClamps()
{
    const QList<Customer> moved =
        ValueMatrix::movedBy({placed(1, 95, 10), placed(2, std::nullopt, std::nullopt)}, 10, -15);
    QCOMPARE(moved.at(0).valueFit, 100.0);
    QCOMPARE(moved.at(0).valueAwareness, 0.0);
    QVERIFY(!moved.at(1).isPlaced());
}

void TestValueMatrix::transitionsSinceADate()
{
    const QList<Customer> now{placed(1, 80, 80), placed(2, 80, 80), placed(3, 80, 20), placed(4, 30, 30)};
    QHash<CustomerId, Placement> then;
    then.insert(1, {80, 20});                     // I -> II
    then.insert(2, {std::nullopt, std::nullopt}); // unplaced -> II
    const auto t = ValueMatrix::transitions(now, then, {});
    QCOMPARE(t[int(Quadrant::I)][int(Quadrant::II)], 1);
    QCOMPARE(t[int(Quadrant::Unplaced)][int(Quadrant::II)], 1);
    QCOMPARE(t[int(Quadrant::I)][int(Quadrant::I)], 1); // customer 3 did not move
    QCOMPARE(t[int(Quadrant::IV)][int(Quadrant::IV)], 1);
}

void TestValueMatrix::placementsAtReadsHistory()
{
    QTemporaryDir dir;
    CustomerStore store;
    QCOMPARE(store.open(testStoreLocation(dir, QStringLiteral("m.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    Customer c;
    c.name = QStringLiteral("Ann");
    c.valueFit = 70;
    c.valueAwareness = 20;
    c.id = store.addCustomer(c).value();
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    c.valueAwareness = 60;
    QCOMPARE(store.updateCustomer(c), std::nullopt);
    c.valueAwareness = 90;
    QCOMPARE(store.updateCustomer(c), std::nullopt);

    const auto then = store.placementsAt(before);
    QVERIFY(then.ok());
    QCOMPARE(then.value().size(), 1);
    QCOMPARE(then.value().value(c.id), (Placement{70.0, 20.0})); // the first change tells where Ann stood
    QVERIFY(store.placementsAt(QDateTime::currentDateTimeUtc().addSecs(5)).value().isEmpty());
}

QTEST_GUILESS_MAIN(TestValueMatrix)
#include "tst_valuematrix.moc"
