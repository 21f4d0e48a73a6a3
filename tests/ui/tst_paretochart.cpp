// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/customerstore.h"
#include "customertablemodel.h"
#include "paretochart.h"
#include "paretoview.h"

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

namespace {
// Customer i+1 has revenue (n - i): already in descending order.
ParetoAnalysis descending(int n)
{
    QList<CustomerRevenue> revenues;
    for (int i = 0; i < n; ++i)
        revenues.append({CustomerId(i + 1), double(n - i)});
    return ParetoAnalysis(revenues, 0.8, 0.95);
}

// Widget position over the middle of the x range of a bar.
QPoint overBar(const ParetoChart &chart, int bar)
{
    const ParetoBar &b = chart.bars().at(bar);
    const double n = chart.pareto().customerCount();
    const double x = (b.firstRank + b.count / 2.0) / n * 100.0;
    return QPoint(int(chart.xAxis->coordToPixel(x)), chart.axisRect()->center().y());
}
} // namespace

class TestParetoChart : public QObject
{
    Q_OBJECT

private slots:
    void oneBarPerCustomer();
    void groupedBeyondTheThreshold();
    void keyboardChoosesABar();
    void moneyInTheWorkspaceCurrency();
    void exportsPngAndPdf();
    void viewFollowsPeriod();
    void viewFollowsEditsAndOrders();
};

void TestParetoChart::oneBarPerCustomer()
{
    ParetoChart chart;
    chart.resize(1000, 600);
    chart.setPareto(descending(10), {{1, QStringLiteral("Ann Lee")}, {2, QStringLiteral("佐藤 花子")}});
    chart.replot();
    QCOMPARE(chart.bars().size(), 10);
    QVERIFY(chart.describe(overBar(chart, 0)).contains(QStringLiteral("Ann Lee")));
    QVERIFY(chart.describe(overBar(chart, 1)).contains(QStringLiteral("佐藤 花子")));
    QVERIFY(chart.describe(overBar(chart, 9)).contains(QStringLiteral("Customer 10")));
    QCOMPARE(chart.describe(QPoint(1, 1)), QString());

    QSignalSpy clicked(&chart, &ParetoChart::customersClicked);
    QTest::mouseClick(&chart, Qt::LeftButton, {}, overBar(chart, 1));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).value<QList<CustomerId>>(), QList<CustomerId>{2});
}

void TestParetoChart::groupedBeyondTheThreshold()
{
    ParetoChart chart;
    chart.resize(1000, 600);
    chart.setPareto(descending(5000), {});
    chart.replot();
    QCOMPARE(chart.bars().size(), 100);
    QCOMPARE(chart.customersOf(0).size(), 50);
    QCOMPARE(chart.customersOf(0).constFirst(), 1);
    QVERIFY(chart.describe(overBar(chart, 3)).contains(QStringLiteral("Customers #151")));

    QSignalSpy clicked(&chart, &ParetoChart::customersClicked);
    QTest::mouseClick(&chart, Qt::LeftButton, {}, overBar(chart, 99));
    QCOMPARE(clicked.count(), 1);
    const auto ids = clicked.at(0).at(0).value<QList<CustomerId>>();
    QCOMPARE(ids.size(), 50);
    QCOMPARE(ids.constLast(), 5000);
}

void TestParetoChart::keyboardChoosesABar()
{
    ParetoChart chart;
    chart.resize(1000, 600);
    chart.setPareto(descending(5000), {});
    QVERIFY(!chart.accessibleName().isEmpty());
    QVERIFY(chart.accessibleDescription().contains(chart.pareto().headline()));
    QSignalSpy clicked(&chart, &ParetoChart::customersClicked);
    QTest::keyClick(&chart, Qt::Key_Return); // no bar chosen yet
    QCOMPARE(clicked.count(), 0);
    QTest::keyClick(&chart, Qt::Key_Right);
    QCOMPARE(chart.keyboardBar(), 0);
    QTest::keyClick(&chart, Qt::Key_End);
    QTest::keyClick(&chart, Qt::Key_Right); // stays on the last
    QTest::keyClick(&chart, Qt::Key_Left);
    QCOMPARE(chart.keyboardBar(), 98);
    QTest::keyClick(&chart, Qt::Key_Return);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).value<QList<CustomerId>>(), chart.customersOf(98));
}

void TestParetoChart::moneyInTheWorkspaceCurrency()
{
    ParetoChart chart;
    chart.resize(1000, 600);
    chart.setMoney(Money(QStringLiteral("JPY"), QLocale(QStringLiteral("en_US"))));
    chart.setPareto(descending(10), {});
    chart.replot();
    QVERIFY2(chart.describe(overBar(chart, 0)).contains(QStringLiteral("revenue ¥10 ")),
             qPrintable(chart.describe(overBar(chart, 0))));
    QVector<double> ticks;
    QVector<QString> labels;
    chart.yAxis->ticker()->generate(chart.yAxis->range(), QLocale(), QLatin1Char('g'), 0, ticks, nullptr, &labels);
    QVERIFY(!labels.isEmpty());
    for (const QString &label : std::as_const(labels))
        QVERIFY2(label.startsWith(QStringLiteral("¥")), qPrintable(label));
}

void TestParetoChart::exportsPngAndPdf()
{
    QTemporaryDir dir;
    ParetoChart chart;
    chart.setPareto(descending(300), {});
    const QString png = dir.filePath(QStringLiteral("pareto.png"));
    const QString pdf = dir.filePath(QStringLiteral("pareto.pdf"));
    QVERIFY(chart.savePng(png, 1200, 800));
    QVERIFY(chart.savePdf(pdf, 1200, 800));
    QCOMPARE(QImage(png).size(), QSize(1200, 800));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    if (qEnvironmentVariableIsSet("KINDRED_KEEP_CHARTS"))
        QFile::copy(png, qEnvironmentVariable("KINDRED_KEEP_CHARTS") + QStringLiteral("/pareto.png"));
}

void TestParetoChart::viewFollowsPeriod()
{
    QTemporaryDir dir;
    CustomerStore store;
    QCOMPARE(store.open(dir.filePath(QStringLiteral("p.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    QList<Customer> customers(2);
    customers[0].name = QStringLiteral("Old");
    customers[1].name = QStringLiteral("Recent");
    QCOMPARE(store.addCustomers(customers), std::nullopt);
    QList<Order> orders{{0, customers[0].id, {}, QDate(2020, 1, 1), 900.0},
                        {0, customers[1].id, {}, QDate(2026, 5, 1), 100.0}};
    QCOMPARE(store.addOrders(orders), std::nullopt);

    CustomerTableModel table(store);
    table.setToday(QDate(2026, 6, 1));
    QCOMPARE(table.reload(), std::nullopt);
    ParetoView view(store, table);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(view.chart().pareto().customerCount(), 2);
    QCOMPARE(view.chart().pareto().entries().constFirst().id, customers[0].id);

    view.setPeriod(RevenuePeriod::lastTwelveMonths(QDate(2026, 6, 1)));
    QTRY_COMPARE(view.chart().pareto().customerCount(), 1);
    QCOMPARE(view.chart().pareto().entries().constFirst().id, customers[1].id);
    QCOMPARE(view.period().from, QDate(2025, 6, 2));

    view.setPeriod({QDate(2019, 1, 1), QDate(2020, 12, 31)});
    QTRY_COMPARE(view.chart().pareto().entries().constFirst().id, customers[0].id);
    QCOMPARE(view.chart().pareto().customerCount(), 1);

    QSignalSpy clicked(&view, &ParetoView::customersClicked);
    view.chart().replot();
    QTest::mouseClick(&view.chart(), Qt::LeftButton, {}, overBar(view.chart(), 0));
    QCOMPARE(clicked.count(), 1);
}

// A rename shows in the tooltips; new orders move customers along the
// curve and across classes; removed and added customers leave and join it.
void TestParetoChart::viewFollowsEditsAndOrders()
{
    QTemporaryDir dir;
    CustomerStore store;
    QCOMPARE(store.open(dir.filePath(QStringLiteral("e.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    QList<Customer> customers(3);
    customers[0].name = QStringLiteral("Ann");
    customers[1].name = QStringLiteral("Ben");
    customers[2].name = QStringLiteral("Cho");
    QCOMPARE(store.addCustomers(customers), std::nullopt);
    QList<Order> orders{{0, customers[0].id, {}, QDate(2026, 1, 1), 900.0},
                        {0, customers[1].id, {}, QDate(2026, 2, 1), 80.0},
                        {0, customers[2].id, {}, QDate(2026, 3, 1), 20.0}};
    QCOMPARE(store.addOrders(orders), std::nullopt);
    CustomerTableModel table(store);
    table.setToday(QDate(2026, 6, 1));
    QCOMPARE(table.reload(), std::nullopt);
    ParetoView view(store, table);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(view.chart().pareto().customerCount(), 3);
    QCOMPARE(view.chart().pareto().classes().value(customers[0].id), AbcClass::A);

    Customer ann = store.customer(customers[0].id).value();
    ann.name = QStringLiteral("Ann Lee");
    ann.notes = QStringLiteral("Called back");
    QCOMPARE(store.updateCustomer(ann), std::nullopt);
    view.chart().replot();
    QTRY_VERIFY(view.chart().describe(overBar(view.chart(), 0)).contains(QStringLiteral("Ann Lee")));

    QList<Order> more{{0, customers[2].id, {}, QDate(2026, 4, 1), 5000.0}};
    QCOMPARE(store.addOrders(more), std::nullopt);
    QTRY_COMPARE(view.chart().pareto().entries().constFirst().id, customers[2].id);
    QCOMPARE(view.chart().pareto().classes().value(customers[0].id), AbcClass::B);

    QVERIFY(store.removeCustomers({customers[2].id}).ok());
    QTRY_COMPARE(view.chart().pareto().customerCount(), 2);
    QCOMPARE(view.chart().pareto().classes().value(customers[0].id), AbcClass::A);
    QList<Order> newcomer{{0, store.addCustomer(Customer()).value(), {}, QDate(2026, 5, 1), 10.0}};
    QCOMPARE(store.addOrders(newcomer), std::nullopt);
    QTRY_COMPARE(view.chart().pareto().customerCount(), 3);
}

QTEST_MAIN(TestParetoChart)
#include "tst_paretochart.moc"
