// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Kindred;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showView_data();
    void showView();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::showView_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::addColumn<int>("tab");
    QTest::newRow("customers") << QStringLiteral("customers") << true << 0;
    QTest::newRow("matrix") << QStringLiteral("matrix") << true << 1;
    QTest::newRow("funnel") << QStringLiteral("funnel") << true << 2;
    QTest::newRow("pareto") << QStringLiteral("pareto") << true << 3;
    QTest::newRow("unknown") << QStringLiteral("shortlist") << false << 0;
    QTest::newRow("case matters") << QStringLiteral("Matrix") << false << 0;
}

void TestMainWindow::showView()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    QFETCH(int, tab);
    MainWindow window;
    auto *tabs = window.findChild<QTabWidget *>();
    QVERIFY(tabs);
    QCOMPARE(window.showView(name), known);
    QCOMPARE(tabs->currentIndex(), tab);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
