// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderaggregator.h"

#include <QTest>

using namespace Kindred;

class TestOrderAggregator : public QObject
{
    Q_OBJECT

private slots:
    void linesOfOneOrderAreSummed();
    void furtherLinesAddToTheOrderBefore();
    void linesWithoutIdAreOrdersOfTheirOwn();
    void manyLinesAcrossBatches();
    void destroyedUnfinished();
};

namespace {
const OrderAggregator::Customer inStore{0, 41, -1};   // customer 41 of the store
const OrderAggregator::Customer newOne{1, 0, 0};      // the import's first new customer
const OrderAggregator::Customer otherNew{2, 0, 1};
} // namespace

// Lines with the same customer and order id make one order wherever they
// stand in the file; the same id of another customer is another order.
void TestOrderAggregator::linesOfOneOrderAreSummed()
{
    OrderAggregator aggregator;
    aggregator.addLine(inStore, u"A-1", QDate(2024, 3, 5), 10);
    aggregator.addLine(newOne, u"A-1", QDate(2024, 3, 9), 1);
    aggregator.addLine(inStore, u"A-2", QDate(2024, 3, 6), 2.5);
    aggregator.addLine(inStore, u"A-1", QDate(2024, 3, 1), 5);
    const QList<ImportOrder> orders = aggregator.finish();
    QCOMPARE(orders.size(), 3);
    QCOMPARE(orders.at(0).customerId, 41);
    QCOMPARE(orders.at(0).newCustomer, -1);
    QCOMPARE(orders.at(0).externalOrderId, QStringLiteral("A-1"));
    QCOMPARE(orders.at(0).amount, 15.0);
    QCOMPARE(orders.at(0).date, QDate(2024, 3, 1)); // the earliest line's
    QCOMPARE(orders.at(1).newCustomer, 0);
    QCOMPARE(orders.at(1).amount, 1.0);
    QCOMPARE(orders.at(2).externalOrderId, QStringLiteral("A-2"));
}

// A shop's item lines: the amount adds to the order on the line before,
// which may be one seen earlier; a line without a date keeps the order's.
void TestOrderAggregator::furtherLinesAddToTheOrderBefore()
{
    OrderAggregator aggregator;
    aggregator.addLine(newOne, u"#1001", QDate(2024, 5, 2), 20);
    aggregator.addToPrevious(QDate(), 5);
    aggregator.addLine(otherNew, u"#1002", QDate(2024, 5, 3), 7);
    aggregator.addLine(newOne, u"#1001", QDate(2024, 5, 4), 1);
    aggregator.addToPrevious(QDate(2024, 4, 30), 2);
    const QList<ImportOrder> orders = aggregator.finish();
    QCOMPARE(orders.size(), 2);
    QCOMPARE(orders.at(0).amount, 28.0);
    QCOMPARE(orders.at(0).date, QDate(2024, 4, 30));
    QCOMPARE(orders.at(1).amount, 7.0);
}

// Known again on re-import by their content; the same line twice is two
// orders, numbered, per customer.
void TestOrderAggregator::linesWithoutIdAreOrdersOfTheirOwn()
{
    OrderAggregator aggregator;
    aggregator.addLine(inStore, {}, QDate(2024, 1, 2), 9.5);
    aggregator.addLine(inStore, {}, QDate(2024, 1, 2), 9.5);
    aggregator.addLine(newOne, {}, QDate(2024, 1, 2), 9.5);
    const QList<ImportOrder> orders = aggregator.finish();
    QCOMPARE(orders.size(), 3);
    QCOMPARE(orders.at(0).contentKey, QStringLiteral("2024-01-02|9.5|1"));
    QCOMPARE(orders.at(1).contentKey, QStringLiteral("2024-01-02|9.5|2"));
    QCOMPARE(orders.at(2).contentKey, QStringLiteral("2024-01-02|9.5|1"));
    QVERIFY(orders.at(0).externalOrderId.isEmpty());
}

// More lines than one batch of the thread's, orders coming back far apart.
void TestOrderAggregator::manyLinesAcrossBatches()
{
    constexpr int kOrders = 30000;
    OrderAggregator aggregator;
    aggregator.reserve(kOrders);
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < kOrders; ++i) {
            const OrderAggregator::Customer customer{3 + i % 100, 0, 2 + i % 100};
            aggregator.addLine(customer, QString::number(i), QDate(2024, 1, 1).addDays(round), 1);
        }
    }
    const QList<ImportOrder> orders = aggregator.finish();
    QCOMPARE(orders.size(), kOrders);
    for (int i = 0; i < kOrders; i += 997) {
        QCOMPARE(orders.at(i).externalOrderId, QString::number(i));
        QCOMPARE(orders.at(i).newCustomer, 2 + i % 100);
        QCOMPARE(orders.at(i).amount, 3.0);
        QCOMPARE(orders.at(i).date, QDate(2024, 1, 1));
    }
}

// A cancelled import drops its aggregator with lines in flight.
void TestOrderAggregator::destroyedUnfinished()
{
    OrderAggregator aggregator;
    for (int i = 0; i < 50000; ++i)
        aggregator.addLine(newOne, QString::number(i), QDate(2024, 1, 1), 1);
}

QTEST_GUILESS_MAIN(TestOrderAggregator)
#include "tst_orderaggregator.moc"
