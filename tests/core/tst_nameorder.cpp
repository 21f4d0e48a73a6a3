// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nameorder.h"

#include <QTest>

#include <algorithm>

using namespace Kindred;

class TestNameOrder : public QObject
{
    Q_OBJECT

private slots:
    void sortsByReadingElseName_data();
    void sortsByReadingElseName();
    void tiesKeepIdOrder();
};

namespace {
Customer customer(CustomerId id, const QString &name, const QString &reading = QString())
{
    Customer c;
    c.id = id;
    c.name = name;
    c.reading = reading;
    return c;
}

QStringList sortedNames(QList<Customer> customers, const NameOrder &order)
{
    std::sort(customers.begin(), customers.end(), order);
    QStringList names;
    for (const Customer &c : std::as_const(customers))
        names.append(c.name);
    return names;
}
} // namespace

void TestNameOrder::sortsByReadingElseName_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QList<Customer>>("customers");
    QTest::addColumn<QStringList>("expected");

    // 佐藤 sorts before 糸井 by its characters, in Japanese and in code
    // point order; by their readings イトイ comes first.
    const QList<Customer> japanese{customer(1, QStringLiteral("佐藤 花子"), QStringLiteral("サトウ ハナコ")),
                                   customer(2, QStringLiteral("糸井 一郎"), QStringLiteral("イトイ イチロウ")),
                                   customer(3, QStringLiteral("上田 三郎"), QStringLiteral("うえだ さぶろう")),
                                   customer(4, QStringLiteral("安藤"))};
    // 安藤 has no reading: its name sorts it, and in Japanese kanji follow kana.
    QTest::newRow("Japanese") << QStringLiteral("ja_JP") << japanese
                              << QStringList{QStringLiteral("糸井 一郎"), QStringLiteral("上田 三郎"),
                                             QStringLiteral("佐藤 花子"), QStringLiteral("安藤")};
    QTest::newRow("German")
        << QStringLiteral("de_DE")
        << QList<Customer>{customer(1, QStringLiteral("Zeller")), customer(2, QStringLiteral("Äbi")),
                           customer(3, QStringLiteral("Bauer")), customer(4, QStringLiteral("adler"))}
        << QStringList{QStringLiteral("Äbi"), QStringLiteral("adler"), QStringLiteral("Bauer"), QStringLiteral("Zeller")};
    QTest::newRow("numbers by value")
        << QStringLiteral("en_US")
        << QList<Customer>{customer(1, QStringLiteral("Customer 10")), customer(2, QStringLiteral("Customer 2")),
                           customer(3, QStringLiteral("émile")), customer(4, QStringLiteral("Eve"))}
        << QStringList{QStringLiteral("Customer 2"), QStringLiteral("Customer 10"), QStringLiteral("émile"),
                       QStringLiteral("Eve")};
}

void TestNameOrder::sortsByReadingElseName()
{
    QFETCH(QString, locale);
    QFETCH(QList<Customer>, customers);
    QFETCH(QStringList, expected);
    const NameOrder order{QLocale(locale)};
    QCOMPARE(sortedNames(customers, order), expected);
}

void TestNameOrder::tiesKeepIdOrder()
{
    const NameOrder order{QLocale(QStringLiteral("ja_JP"))};
    // The same reading in katakana and hiragana, and the same name in another case.
    const Customer a = customer(1, QStringLiteral("伊藤"), QStringLiteral("イトウ"));
    const Customer b = customer(2, QStringLiteral("井藤"), QStringLiteral("いとう"));
    QCOMPARE(order.compare(a, b), 0);
    QVERIFY(order(a, b));
    QVERIFY(!order(b, a));
    QCOMPARE(order.compare(customer(3, QStringLiteral("ann")), customer(4, QStringLiteral("Ann"))), 0);
    QCOMPARE(NameOrder::sortKey(a), QStringLiteral("イトウ"));
    QCOMPARE(NameOrder::sortKey(customer(5, QStringLiteral("安藤"))), QStringLiteral("安藤"));
}

QTEST_GUILESS_MAIN(TestNameOrder)
#include "tst_nameorder.moc"
