// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "behaviourscoring.h"
#include "store/customerstore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "../common/teststore.h"

using namespace Kindred;

namespace {
const QDate reference(2026, 6, 30);

Customer customer(CustomerId id, int orders, const QDate &first, const QDate &last)
{
    Customer c;
    c.id = id;
    c.name = QStringLiteral("Customer %1").arg(id);
    c.orderCount = orders;
    c.firstOrder = first;
    c.lastOrder = last;
    return c;
}
} // namespace

class TestBehaviourScoring : public QObject
{
    Q_OBJECT

private slots:
    void formula_data();
    void formula();
    void customersWithoutOrdersGetNothing();
    void explanation();
    void ruleFromJson_data();
    void ruleFromJson();
    void suggestsFromTheStore();
};

void TestBehaviourScoring::formula_data()
{
    QTest::addColumn<int>("orders");
    QTest::addColumn<int>("ordersInWindow");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<double>("awareness");
    // Default rule: 4 repeats in 12 months, 3 years, recent 90 days, quiet 365; weights 0.5/0.25/0.25.
    QTest::newRow("loyal and recent") << 12 << 6 << QDate(2020, 1, 1) << QDate(2026, 6, 20) << 100.0;
    // One order 400 days ago: no repeats, tenure 400/1095.75, quiet.
    QTest::newRow("one old order") << 1 << 0 << QDate(2025, 5, 26) << QDate(2025, 5, 26)
                                   << std::round(1000.0 * 0.25 * 400 / 1095.75) / 10.0;
    // First order inside the window does not count as a repeat: 3 orders, 2 repeats (0.5),
    // tenure 6 months (182/1095.75), last order today (1).
    QTest::newRow("new regular") << 3 << 3 << QDate(2025, 12, 30) << QDate(2026, 6, 30)
                                 << std::round(1000.0 * (0.5 * 0.5 + 0.25 * 182 / 1095.75 + 0.25)) / 10.0;
    // Half-way between recent and quiet: recency 0.5.
    QTest::newRow("going quiet") << 5 << 0 << QDate(2023, 6, 30) << reference.addDays(-(90 + 275 / 2))
                                 << std::round(1000.0 * (0.25 + 0.25 * (365 - 227) / 275.0)) / 10.0;
}

void TestBehaviourScoring::formula()
{
    QFETCH(int, orders);
    QFETCH(int, ordersInWindow);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(double, awareness);
    const QHash<CustomerId, OrderFigures> window{{1, OrderFigures{0.0, ordersInWindow, first, last}}};
    const auto suggestions = BehaviourRule().suggest({customer(1, orders, first, last)}, window, reference);
    QCOMPARE(suggestions.size(), 1);
    QCOMPARE(suggestions.constFirst().customerId, 1);
    QCOMPARE(suggestions.constFirst().valueFit, std::optional<double>());
    QCOMPARE(suggestions.constFirst().valueAwareness, std::optional<double>(awareness));
}

void TestBehaviourScoring::customersWithoutOrdersGetNothing()
{
    const auto suggestions = BehaviourRule().suggest({customer(1, 0, {}, {})}, {}, reference);
    QVERIFY(suggestions.isEmpty());
}

void TestBehaviourScoring::explanation()
{
    const QHash<CustomerId, OrderFigures> window{{7, OrderFigures{0.0, 3, {}, {}}}};
    const auto suggestions =
        BehaviourRule().suggest({customer(7, 9, QDate(2024, 6, 1), QDate(2026, 5, 21))}, window, reference);
    QCOMPARE(suggestions.size(), 1);
    const QString text = suggestions.constFirst().explanation;
    QVERIFY2(text.contains(QStringLiteral("3 repeat order")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("in 12 months")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("customer for 2 year")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("last order 40 day")), qPrintable(text));
}

void TestBehaviourScoring::ruleFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty keeps defaults") << QByteArray("{}") << true;
    QTest::newRow("tuned") << QByteArray(R"({"window_months": 6, "repeat_target": 2, "repeat_weight": 1,
        "tenure_weight": 0, "recency_weight": 0})") << true;
    QTest::newRow("text") << QByteArray(R"({"repeat_target": "many"})") << false;
    QTest::newRow("negative") << QByteArray(R"({"tenure_weight": -1})") << false;
    QTest::newRow("no weights") << QByteArray(R"({"repeat_weight": 0, "tenure_weight": 0, "recency_weight": 0})") << false;
    QTest::newRow("quiet before recent") << QByteArray(R"({"recent_days": 100, "quiet_days": 50})") << false;
}

void TestBehaviourScoring::ruleFromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    const auto rule = BehaviourRule::fromJson(QJsonDocument::fromJson(json).object(), BehaviourRule());
    QCOMPARE(rule.ok(), ok);
    if (!ok)
        return;
    const auto again = BehaviourRule::fromJson(rule.value().toJson(), BehaviourRule());
    QVERIFY(again.ok());
    QCOMPARE(again.value().toJson(), rule.value().toJson());
}

void TestBehaviourScoring::suggestsFromTheStore()
{
    QTemporaryDir dir;
    CustomerStore store;
    QVERIFY(!store.open(testStoreLocation(dir, QStringLiteral("b.kindred")), CustomerStore::OpenMode::CreateIfMissing));
    QList<Customer> customers{customer(0, 0, {}, {}), customer(0, 0, {}, {})};
    QVERIFY(!store.addCustomers(customers));
    // Four orders, only the last two in the window (2025-07-01 .. 2026-06-30).
    QList<Order> orders;
    for (const QDate &date : {QDate(2024, 1, 1), QDate(2025, 1, 1), QDate(2025, 8, 1), QDate(2026, 6, 30)})
        orders.append({0, customers[0].id, QString(), date, 10.0});
    QVERIFY(!store.addOrders(orders));

    BehaviourRule rule;
    rule.repeatWeight = 1.0;
    rule.tenureWeight = 0.0;
    rule.recencyWeight = 0.0;
    rule.repeatTarget = 2.0;
    const auto suggestions = rule.suggest(store, reference);
    QVERIFY(suggestions.ok());
    QCOMPARE(suggestions.value().size(), 1);
    QCOMPARE(suggestions.value().constFirst().customerId, customers[0].id);
    QCOMPARE(suggestions.value().constFirst().valueAwareness, std::optional<double>(100.0));
    rule.repeatTarget = 4.0;
    QCOMPARE(rule.suggest(store, reference).value().constFirst().valueAwareness, std::optional<double>(50.0));
}

QTEST_GUILESS_MAIN(TestBehaviourScoring)
#include "tst_behaviourscoring.moc"
