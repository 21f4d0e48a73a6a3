// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/customerstore.h"
#include "demogenerator.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include "../common/teststore.h"

using namespace Kindred;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameData();
    void otherSeedOtherData();
    void looksLikeARealBase();
    void fillsStore();

private:
    static DemoGenerator::Options options(quint32 seed, int customers = 500)
    {
        DemoGenerator::Options o;
        o.seed = seed;
        o.customers = customers;
        o.until = QDate(2026, 6, 30);
        return o;
    }
};

void TestDemoGenerator::sameSeedSameData()
{
    const auto a = DemoGenerator(options(7)).generate();
    const auto b = DemoGenerator(options(7)).generate();
    QCOMPARE(a.customers.size(), 500);
    QCOMPARE(a.orders.size(), b.orders.size());
    for (qsizetype i = 0; i < a.customers.size(); ++i)
        QVERIFY(a.customers.at(i).sameEditableFields(b.customers.at(i)));
    for (qsizetype i = 0; i < a.orders.size(); ++i) {
        QCOMPARE(a.orders.at(i).date, b.orders.at(i).date);
        QCOMPARE(a.orders.at(i).amount, b.orders.at(i).amount);
        QCOMPARE(a.orders.at(i).customerId, b.orders.at(i).customerId);
    }
}

void TestDemoGenerator::otherSeedOtherData()
{
    const auto a = DemoGenerator(options(1)).generate();
    const auto b = DemoGenerator(options(2)).generate();
    int same = 0;
    for (qsizetype i = 0; i < a.customers.size(); ++i)
        same += a.customers.at(i).name == b.customers.at(i).name;
    QVERIFY(same < a.customers.size() / 2);
}

void TestDemoGenerator::looksLikeARealBase()
{
    const auto data = DemoGenerator(options(1, 2000)).generate();
    const QDate until(2026, 6, 30);

    QList<double> revenue(data.customers.size(), 0.0);
    for (const Order &order : data.orders) {
        QVERIFY(order.date <= until);
        QVERIFY(order.date >= until.addYears(-3));
        QVERIFY(order.amount > 0);
        revenue[order.customerId] += order.amount;
    }
    std::sort(revenue.begin(), revenue.end(), std::greater<>());
    const double total = std::accumulate(revenue.begin(), revenue.end(), 0.0);
    const double top20 = std::accumulate(revenue.begin(), revenue.begin() + revenue.size() / 5, 0.0);
    QVERIFY2(top20 / total > 0.6, qPrintable(QString::number(top20 / total))); // a long tail

    const auto placed = std::count_if(data.customers.begin(), data.customers.end(),
                                      [](const Customer &c) { return c.isPlaced(); });
    QVERIFY(placed > data.customers.size() / 2);
    QVERIFY(placed < data.customers.size()); // some wait unplaced

    static const QRegularExpression japanese(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"));
    const auto japaneseNames = std::count_if(data.customers.begin(), data.customers.end(),
                                             [](const Customer &c) { return c.name.contains(japanese); });
    QVERIFY(japaneseNames > 0);
    QVERIFY(japaneseNames < data.customers.size());

    QDate first = until;
    for (const Order &order : data.orders)
        first = std::min(first, order.date);
    QVERIFY(first < until.addYears(-2)); // histories span years
}

void TestDemoGenerator::fillsStore()
{
    QTemporaryDir dir;
    CustomerStore store;
    QCOMPARE(store.open(testStoreLocation(dir, QStringLiteral("demo.kindred")),
                        CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    const auto data = DemoGenerator(options(3, 300)).generate();
    QCOMPARE(DemoGenerator(options(3, 300)).fill(store), std::nullopt);
    const StoreTotals totals = store.totals().value();
    QCOMPARE(totals.customers, 300);
    QCOMPARE(totals.orders, data.orders.size());
    double sum = 0;
    for (const Order &order : data.orders)
        sum += order.amount;
    QCOMPARE(qRound64(totals.revenue * 100), qRound64(sum * 100));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
