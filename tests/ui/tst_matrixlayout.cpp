// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "matrixchart.h"
#include "valuematrixview.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

// The value matrix inside the main window: the plot keeps its size while the
// marketer selects customers whose details differ (the details dock beside it
// used to widen with long text and push the plot under the mouse).
class TestMatrixLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void plotKeepsItsWidthWhileSelecting();

private:
    QTemporaryDir m_settingsDir;
};

void TestMatrixLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("KindredTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_matrixlayout"));
}

void TestMatrixLayout::plotKeepsItsWidthWhileSelecting()
{
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1400, 900);
    QVERIFY(window.openStore(dir.filePath(QStringLiteral("l.kindred")), CustomerStore::OpenMode::CreateIfMissing));
    CustomerStore &store = window.store();
    QList<Customer> customers;
    auto add = [&](const QString &name, double fit, double awareness, const QString &updatedBy) {
        Customer c;
        c.name = name;
        c.valueFit = fit;
        c.valueAwareness = awareness;
        c.company = updatedBy;
        customers.append(c);
    };
    add(QStringLiteral("Ann"), 80, 20, {});
    add(QStringLiteral("Bartholomew Fitzgerald-Montgomery-Worthington of Greater Kindredshire"), 30, 70,
        QStringLiteral("A company with a very long name indeed, Incorporated and Limited"));
    add(QStringLiteral("千代"), 70, 80, {});
    QCOMPARE(store.addCustomers(customers), std::nullopt);
    QList<Order> orders{{0, customers.at(1).id, QString(), QDate(2024, 2, 29), 123456789.0},
                        {0, customers.at(1).id, QString(), QDate(2025, 12, 31), 1.0}};
    QCOMPARE(store.addOrders(orders), std::nullopt);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showView(QStringLiteral("matrix"));
    ValueMatrixView &matrix = window.matrix();
    QCoreApplication::processEvents();

    const int width = matrix.plot().width();
    QVERIFY(width > 0);
    for (int round = 0; round < 2; ++round) {
        for (const Customer &c : std::as_const(customers)) {
            QTest::mouseClick(&matrix.plot(), Qt::LeftButton, {}, matrix.chart().positionOf(*c.valueFit, *c.valueAwareness));
            QCOMPARE(matrix.selectedIds(), QList<CustomerId>{c.id});
            QCoreApplication::processEvents();
            QCOMPARE(matrix.plot().width(), width);
        }
        QTest::mouseClick(&matrix.plot(), Qt::LeftButton, {}, matrix.chart().positionOf(50, 50) + QPoint(3, 3));
        QCoreApplication::processEvents();
        QCOMPARE(matrix.plot().width(), width);
    }
}

QTEST_MAIN(TestMatrixLayout)
#include "tst_matrixlayout.moc"
