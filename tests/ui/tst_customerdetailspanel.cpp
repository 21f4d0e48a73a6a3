// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerdetailspanel.h"
#include "customertablemodel.h"
#include "store/customerstore.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Kindred;

class TestCustomerDetailsPanel : public QObject
{
    Q_OBJECT

private slots:
    void scoresNeverContradictTheQuadrant_data();
    void scoresNeverContradictTheQuadrant();
};

void TestCustomerDetailsPanel::scoresNeverContradictTheQuadrant_data()
{
    QTest::addColumn<double>("awareness");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("quadrant");
    // With fit 80 and the split at 50: 49.9 is low awareness (I), 50 counts as high (II).
    QTest::newRow("49.9 from an import") << 49.9 << QStringLiteral("value awareness 49.9") << QStringLiteral("Quadrant I:");
    QTest::newRow("50 on the split") << 50.0 << QStringLiteral("value awareness 50\n") << QStringLiteral("Quadrant II:");
}

void TestCustomerDetailsPanel::scoresNeverContradictTheQuadrant()
{
    QFETCH(double, awareness);
    QFETCH(QString, shown);
    QFETCH(QString, quadrant);
    QTemporaryDir dir;
    CustomerStore store;
    QCOMPARE(store.open(dir.filePath(QStringLiteral("d.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    Customer c;
    c.name = QStringLiteral("Ann");
    c.valueFit = 80;
    c.valueAwareness = awareness;
    const CustomerId id = store.addCustomer(c).value();
    QUndoStack undo;
    CustomerTableModel table(store);
    QCOMPARE(table.reload(), std::nullopt);
    CustomerDetailsPanel panel(store, table, undo);
    panel.showCustomer(id);

    QString figures;
    for (const QLabel *label : panel.findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("Quadrant")))
            figures = label->text();
    }
    QVERIFY2(figures.contains(QStringLiteral("Value fit 80, ") + shown), qPrintable(figures));
    QVERIFY2(figures.contains(quadrant), qPrintable(figures));
}

QTEST_MAIN(TestCustomerDetailsPanel)
#include "tst_customerdetailspanel.moc"
