// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixdensity.h"

#include <QTest>

using namespace Kindred;

class TestMatrixDensity : public QObject
{
    Q_OBJECT

private slots:
    void binsIntoCells_data();
    void binsIntoCells();
    void countsOnlyInsideTheArea();
    void everyPointOfTheWholeMatrixIsCounted();
    void emptyAreaGivesNoGrid();
    void stacksGroupSamePlaces();
};

void TestMatrixDensity::binsIntoCells_data()
{
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("row");
    // A 4 × 2 grid over the whole matrix: columns of 25 awareness, rows of 50 fit.
    QTest::newRow("origin") << QPointF(0, 0) << 0 << 0;
    QTest::newRow("just below a cell edge") << QPointF(24.9, 49.9) << 0 << 0;
    QTest::newRow("on a cell edge starts the next") << QPointF(25, 50) << 1 << 1;
    QTest::newRow("upper edges fall in the last cell") << QPointF(100, 100) << 3 << 1;
    QTest::newRow("middle of the top right") << QPointF(80, 90) << 3 << 1;
    QTest::newRow("bottom right") << QPointF(60, 10) << 2 << 0;
}

void TestMatrixDensity::binsIntoCells()
{
    QFETCH(QPointF, point);
    QFETCH(int, column);
    QFETCH(int, row);
    const DensityGrid grid = MatrixDensity::bin({point}, MatrixArea{}, 4, 2);
    QCOMPARE(grid.columns, 4);
    QCOMPARE(grid.rows, 2);
    QCOMPARE(grid.counts.size(), 8);
    QCOMPARE(grid.count(column, row), 1);
    QCOMPARE(grid.total, 1);
    QCOMPARE(grid.maximum, 1);
}

void TestMatrixDensity::countsOnlyInsideTheArea()
{
    // Zoomed into 40-60 awareness, 40-60 fit: 10 × 10 cells of 2 points each.
    const MatrixArea area{40, 60, 40, 60};
    const QVector<QPointF> points{{41, 41}, {41.5, 41.9}, {41, 41}, {59, 59}, {60, 60}, {39.9, 50}, {50, 60.1}, {10, 90}};
    const DensityGrid grid = MatrixDensity::bin(points, area, 10, 10);
    QCOMPARE(grid.total, 5);
    QCOMPARE(grid.count(0, 0), 3);
    QCOMPARE(grid.count(9, 9), 2); // 59 and the edge 60
    QCOMPARE(grid.maximum, 3);
    int sum = 0;
    for (int count : grid.counts)
        sum += count;
    QCOMPARE(sum, grid.total);
}

void TestMatrixDensity::everyPointOfTheWholeMatrixIsCounted()
{
    QVector<QPointF> points;
    for (int fit = 0; fit <= 100; ++fit) {
        for (int awareness = 0; awareness <= 100; ++awareness)
            points.append(QPointF(awareness, fit));
    }
    const DensityGrid grid = MatrixDensity::bin(points, MatrixArea{}, 7, 3);
    QCOMPARE(grid.total, 101 * 101);
    int sum = 0;
    for (int count : grid.counts)
        sum += count;
    QCOMPARE(sum, 101 * 101);
}

void TestMatrixDensity::emptyAreaGivesNoGrid()
{
    const DensityGrid flat = MatrixDensity::bin({{50, 50}}, MatrixArea{50, 50, 0, 100}, 4, 4);
    QCOMPARE(flat.total, 0);
    QVERIFY(flat.counts.isEmpty());
    const DensityGrid noCells = MatrixDensity::bin({{50, 50}}, MatrixArea{}, 0, 4);
    QCOMPARE(noCells.total, 0);
    QVERIFY(noCells.counts.isEmpty());
}

void TestMatrixDensity::stacksGroupSamePlaces()
{
    const QVector<QPointF> points{{50, 50}, {20, 80}, {50, 50}, {50, 50.1}, {20, 80}, {50, 50}};
    const QList<QList<int>> stacks = MatrixDensity::stacks(points);
    QCOMPARE(stacks.size(), 3);
    QCOMPARE(stacks.at(0), (QList<int>{0, 2, 5}));
    QCOMPARE(stacks.at(1), (QList<int>{1, 4}));
    QCOMPARE(stacks.at(2), QList<int>{3}); // a tenth apart is another place
    QVERIFY(MatrixDensity::stacks({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestMatrixDensity)
#include "tst_matrixdensity.moc"
