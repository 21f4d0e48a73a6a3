// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderhistory.h"
#include "paretoanalysis.h"
#include "store/customerstore.h"
#include "workspacesettings.h"

#include "../common/teststore.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Kindred;

namespace {
// Customer 2 bought in the first half of 2024, got part of it back on the
// first day of the second half, and bought again on the last day of the year.
// Customer 4 bought once, in 2020; customers 1, 3 and 5 never ordered.
QList<OrderLine> shopLines()
{
    return {
        {2, QDate(2024, 1, 1), 100.0},  {2, QDate(2024, 6, 30), 50.0}, {2, QDate(2024, 7, 1), -20.0},
        {2, QDate(2024, 12, 31), 30.0}, {4, QDate(2020, 5, 5), 75.0},
    };
}

QList<Customer> customersWithIds(const QList<CustomerId> &ids)
{
    QList<Customer> customers;
    for (CustomerId id : ids) {
        Customer c;
        c.id = id;
        customers.append(c);
    }
    return customers;
}

bool sameFigures(const OrderFigures &a, const OrderFigures &b)
{
    return a.revenue == b.revenue && a.orderCount == b.orderCount && a.firstOrder == b.firstOrder
           && a.lastOrder == b.lastOrder;
}
} // namespace

class TestOrderHistory : public QObject
{
    Q_OBJECT

private slots:
    void periodBoundaries_data();
    void periodBoundaries();
    void refundThatCancelsAPurchaseLeavesExactlyZero();
    void everyCustomerInAnyOrder_data();
    void everyCustomerInAnyOrder();
    void linesInAnyOrder();
    void keptCurrentWithTheStore();
};

void TestOrderHistory::periodBoundaries_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<double>("revenue");
    QTest::addColumn<int>("orders");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    QTest::newRow("all time") << QDate() << QDate() << 160.0 << 4 << QDate(2024, 1, 1) << QDate(2024, 12, 31);
    QTest::newRow("from the day of an order") << QDate(2024, 6, 30) << QDate() << 60.0 << 3 << QDate(2024, 6, 30)
                                              << QDate(2024, 12, 31);
    QTest::newRow("until the day of an order") << QDate() << QDate(2024, 6, 30) << 150.0 << 2 << QDate(2024, 1, 1)
                                               << QDate(2024, 6, 30);
    QTest::newRow("second half: the refund on its first day")
        << QDate(2024, 7, 1) << QDate(2024, 12, 31) << 10.0 << 2 << QDate(2024, 7, 1) << QDate(2024, 12, 31);
    QTest::newRow("one day, only the refund") << QDate(2024, 7, 1) << QDate(2024, 7, 1) << -20.0 << 1
                                              << QDate(2024, 7, 1) << QDate(2024, 7, 1);
    QTest::newRow("between two orders") << QDate(2024, 1, 2) << QDate(2024, 6, 29) << 0.0 << 0 << QDate() << QDate();
    QTest::newRow("after the last order") << QDate(2025, 1, 1) << QDate() << 0.0 << 0 << QDate() << QDate();
    QTest::newRow("before the first order") << QDate() << QDate(2023, 12, 31) << 0.0 << 0 << QDate() << QDate();
    QTest::newRow("the last twelve months of 2024") << RevenuePeriod::lastTwelveMonths(QDate(2024, 12, 31)).from
                                                    << QDate(2024, 12, 31) << 160.0 << 4 << QDate(2024, 1, 1)
                                                    << QDate(2024, 12, 31);
}

void TestOrderHistory::periodBoundaries()
{
    QFETCH(QDate, from);
    QFETCH(QDate, until);
    QFETCH(double, revenue);
    QFETCH(int, orders);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const OrderHistory history(shopLines());
    const OrderFigures figures = history.figures(2, from, until);
    QCOMPARE(figures.revenue, revenue);
    QCOMPARE(figures.orderCount, orders);
    QCOMPARE(figures.firstOrder, first);
    QCOMPARE(figures.lastOrder, last);
    // A customer who never ordered has nothing in any period.
    QVERIFY(sameFigures(history.figures(3, from, until), OrderFigures()));
}

void TestOrderHistory::refundThatCancelsAPurchaseLeavesExactlyZero()
{
    // Earlier orders must not leave a rounding error in the period's sum, or
    // the customer would stand on the Pareto curve with a revenue of 1e-15.
    const OrderHistory history({{1, QDate(2023, 2, 1), 0.1},
                                {1, QDate(2024, 3, 1), 19.99},
                                {1, QDate(2024, 3, 2), -19.99},
                                {2, QDate(2024, 5, 1), 5.0}});
    const OrderFigures figures = history.figures(1, QDate(2024, 1, 1), QDate(2024, 12, 31));
    QVERIFY(figures.revenue == 0.0);
    QCOMPARE(figures.orderCount, 2);
    const QList<Customer> customers = customersWithIds({1, 2, 3});
    const ParetoAnalysis pareto(
        ParetoAnalysis::revenueInPeriod(history, customers, {QDate(2024, 1, 1), QDate(2024, 12, 31)}), 0.8, 0.95);
    QCOMPARE(pareto.customerCount(), 1);
    QCOMPARE(pareto.zeroRevenueCustomers(), 2); // the refunded one and the one who never ordered
    QCOMPARE(pareto.negativeRevenueCustomers(), 0);
}

void TestOrderHistory::everyCustomerInAnyOrder_data()
{
    QTest::addColumn<QList<CustomerId>>("ids");
    QTest::newRow("ascending, as the store lists them") << QList<CustomerId>{1, 2, 3, 4, 5};
    QTest::newRow("descending") << QList<CustomerId>{5, 4, 3, 2, 1};
    QTest::newRow("shuffled, with one twice") << QList<CustomerId>{4, 1, 2, 5, 2, 3};
    QTest::newRow("unknown ids around") << QList<CustomerId>{0, 2, 9, 4, 10};
    QTest::newRow("none") << QList<CustomerId>{};
}

void TestOrderHistory::everyCustomerInAnyOrder()
{
    QFETCH(QList<CustomerId>, ids);
    const OrderHistory history(shopLines());
    const QList<Customer> customers = customersWithIds(ids);
    const QDate from(2020, 1, 1), until(2024, 6, 30);
    const QList<OrderFigures> all = history.figures(customers, from, until);
    QCOMPARE(all.size(), customers.size());
    OrderHistory::Walk walk(history, from, until);
    for (qsizetype i = 0; i < customers.size(); ++i) {
        const OrderFigures one = history.figures(customers.at(i).id, from, until);
        QVERIFY2(sameFigures(all.at(i), one), qPrintable(QString::number(customers.at(i).id)));
        QVERIFY(sameFigures(walk.figures(customers.at(i).id), one));
        QCOMPARE(one.orderCount, customers.at(i).id == 2 ? 2 : customers.at(i).id == 4 ? 1 : 0);
    }
}

void TestOrderHistory::linesInAnyOrder()
{
    QList<OrderLine> lines = shopLines();
    std::reverse(lines.begin(), lines.end());
    const OrderHistory history(lines);
    QCOMPARE(history.orderCount(), 5);
    QCOMPARE(history.lastOrderDate(), QDate(2024, 12, 31));
    QVERIFY(sameFigures(history.figures(2, {}, {}), OrderHistory(shopLines()).figures(2, {}, {})));
    QCOMPARE(history.figures(4, {}, {}).revenue, 75.0);
    QVERIFY(!OrderHistory().lastOrderDate().isValid());
    QCOMPARE(OrderHistory().orderCount(), 0);
}

void TestOrderHistory::keptCurrentWithTheStore()
{
    QTemporaryDir dir;
    CustomerStore store;
    QCOMPARE(store.open(testStoreLocation(dir, QStringLiteral("kept.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    QList<Customer> customers(4);
    QCOMPARE(store.addCustomers(customers), std::nullopt);
    QList<Order> orders{
        {0, customers[0].id, {}, QDate(2024, 1, 10), 10.0},
        {0, customers[2].id, {}, QDate(2024, 2, 10), 30.0},
        {0, customers[3].id, {}, QDate(2024, 3, 10), 40.0},
        {0, customers[3].id, {}, QDate(2024, 3, 11), -5.0},
    };
    QCOMPARE(store.addOrders(orders), std::nullopt);
    auto loaded = OrderHistory::load(store);
    QVERIFY(loaded.ok());
    OrderHistory history = loaded.value();
    QCOMPARE(history.orderCount(), 4);
    QCOMPARE(history.figures(customers[3].id, {}, {}).revenue, 35.0);

    // The second customer orders for the first time (their place lies between
    // two who had orders), the third again; the first is read again unchanged.
    QList<Order> more{{0, customers[1].id, {}, QDate(2024, 4, 1), 20.0},
                      {0, customers[2].id, {}, QDate(2024, 4, 2), 7.5}};
    QCOMPARE(store.addOrders(more), std::nullopt);
    QCOMPARE(history.reload(store, {customers[2].id, customers[1].id, customers[0].id}), std::nullopt);
    QCOMPARE(history.orderCount(), 6);
    QCOMPARE(history.lastOrderDate(), QDate(2024, 4, 2));
    const QList<Customer> stored = store.customers().value();
    for (const Customer &c : stored)
        QVERIFY2(history.agreesWith(c), qPrintable(QString::number(c.id)));
    const QList<OrderFigures> april = history.figures(stored, QDate(2024, 4, 1), QDate(2024, 4, 30));
    QCOMPARE(april.at(0).orderCount, 0);
    QCOMPARE(april.at(1).revenue, 20.0);
    QCOMPARE(april.at(2).revenue, 7.5);
    QCOMPARE(april.at(3).orderCount, 0);

    // Customers taken out (deleted, merged away) leave the others as they were.
    history.remove({customers[1].id, customers[3].id});
    QCOMPARE(history.orderCount(), 3);
    QCOMPARE(history.figures(customers[1].id, {}, {}).orderCount, 0);
    QCOMPARE(history.figures(customers[3].id, {}, {}).orderCount, 0);
    QCOMPARE(history.figures(customers[2].id, {}, {}).revenue, 37.5);
    QCOMPARE(history.figures(customers[0].id, {}, {}).revenue, 10.0);
    QCOMPARE(history.lastOrderDate(), QDate(2024, 4, 2));
}

QTEST_GUILESS_MAIN(TestOrderHistory)
#include "tst_orderhistory.moc"
