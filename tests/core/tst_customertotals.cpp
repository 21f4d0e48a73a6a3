// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/teststore.h"
#include "customertotals.h"
#include "store/customerstore.h"

#include <QTest>

using namespace Kindred;

// The totals from the customers in memory match what the store counts.
class TestCustomerTotals : public QObject
{
    Q_OBJECT

private slots:
    void emptyList();
    void matchesTheStore();
};

void TestCustomerTotals::emptyList()
{
    const StoreTotals totals = customerTotals({});
    QCOMPARE(totals.customers, 0);
    QCOMPARE(totals.orders, 0);
    QCOMPARE(totals.revenue, 0.0);
}

void TestCustomerTotals::matchesTheStore()
{
    QTemporaryDir dir;
    CustomerStore store;
    QCOMPARE(store.open(testStoreLocation(dir, QStringLiteral("t.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    QList<Customer> customers(3);
    customers[0].name = QStringLiteral("Ann");
    customers[1].name = QStringLiteral("髙橋");
    customers[2].name = QStringLiteral("No orders");
    QCOMPARE(store.addCustomers(customers), std::nullopt);
    const QDate day(2026, 3, 1);
    // A refund lowers the revenue and is an order all the same.
    QList<Order> orders{{0, customers.at(0).id, QString(), day, 120.5},
                        {0, customers.at(0).id, QString(), day.addDays(3), -20.5},
                        {0, customers.at(1).id, QString(), day, 3000.0}};
    QCOMPARE(store.addOrders(orders), std::nullopt);

    const StoreTotals fromStore = store.totals().value();
    const StoreTotals inMemory = customerTotals(store.customers().value());
    QCOMPARE(inMemory.customers, 3);
    QCOMPARE(inMemory.orders, 3);
    QCOMPARE(inMemory.revenue, 3100.0);
    QCOMPARE(inMemory.customers, fromStore.customers);
    QCOMPARE(inMemory.orders, fromStore.orders);
    QCOMPARE(inMemory.revenue, fromStore.revenue);
}

QTEST_GUILESS_MAIN(TestCustomerTotals)
#include "tst_customertotals.moc"
