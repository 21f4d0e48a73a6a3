// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnmapping.h"

#include <QTest>

using namespace Kindred;

using FieldColumns = QHash<QString, int>; // field key -> column

class TestColumnMapping : public QObject
{
    Q_OBJECT

private slots:
    void automatic_data();
    void automatic();
    void guessKind_data();
    void guessKind();
    void userOverrides();
    void overrideByKeyAndHeader();
    void validation();
};

void TestColumnMapping::automatic_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<FieldColumns>("expected");

    const int orders = int(ImportKind::Orders);
    const int customers = int(ImportKind::Customers);
    QTest::newRow("common English export")
        << orders << QStringList{"Order ID", "Order Date", "Customer ID", "Customer Name", "Sales"}
        << FieldColumns{{"order_id", 0}, {"order_date", 1}, {"customer_id", 2}, {"name", 3}, {"amount", 4}};
    QTest::newRow("Japanese shop export")
        << orders
        << QStringList{QStringLiteral("注文番号"), QStringLiteral("購入日"), QStringLiteral("顧客番号"),
                       QStringLiteral("氏名"), QStringLiteral("メールアドレス"), QStringLiteral("合計金額（税込）")}
        << FieldColumns{{"order_id", 0}, {"order_date", 1}, {"customer_id", 2}, {"name", 3}, {"email", 4}, {"amount", 5}};
    QTest::newRow("Japanese variants")
        << orders
        << QStringList{QStringLiteral("注文日"), QStringLiteral("顧客ID"), QStringLiteral("顧客名"),
                       QStringLiteral("売上")}
        << FieldColumns{{"order_date", 0}, {"customer_id", 1}, {"name", 2}, {"amount", 3}};
    QTest::newRow("full-width and half-width kana")
        << orders
        << QStringList{QStringLiteral("顧客ＩＤ"), QStringLiteral("ﾒｰﾙｱﾄﾞﾚｽ"), QStringLiteral("注文日"),
                       QStringLiteral("金額")}
        << FieldColumns{{"customer_id", 0}, {"email", 1}, {"order_date", 2}, {"amount", 3}};
    QTest::newRow("case, spacing, punctuation, units")
        << orders << QStringList{"ORDER_NO", "e-mail", "order date", "Amount (JPY)", "Unrelated"}
        << FieldColumns{{"order_id", 0}, {"email", 1}, {"order_date", 2}, {"amount", 3}};
    QTest::newRow("first of two candidates wins")
        << orders << QStringList{"Date", "Total", "Amount", "Email"}
        << FieldColumns{{"order_date", 0}, {"amount", 1}, {"email", 3}};
    QTest::newRow("customer list in English")
        << customers
        << QStringList{"Customer ID", "Name", "Email Address", "Company", "Tags", "Value fit", "Value awareness",
                       "Stage", "Notes"}
        << FieldColumns{{"customer_id", 0}, {"name", 1}, {"email", 2}, {"company", 3}, {"tags", 4},
                        {"value_fit", 5}, {"value_awareness", 6}, {"stage", 7}, {"notes", 8}};
    QTest::newRow("customer list in Japanese")
        << customers
        << QStringList{QStringLiteral("顧客番号"), QStringLiteral("氏名"), QStringLiteral("メール"),
                       QStringLiteral("会社名"), QStringLiteral("タグ"), QStringLiteral("価値観の共有可能性"),
                       QStringLiteral("価値観の自覚"), QStringLiteral("ステージ"), QStringLiteral("備考")}
        << FieldColumns{{"customer_id", 0}, {"name", 1}, {"email", 2}, {"company", 3}, {"tags", 4},
                        {"value_fit", 5}, {"value_awareness", 6}, {"stage", 7}, {"notes", 8}};
    QTest::newRow("order fields are not customer fields")
        << customers << QStringList{"Customer ID", "Sales", "Order ID"} << FieldColumns{{"customer_id", 0}};
    QTest::newRow("nothing recognised") << orders << QStringList{"foo", "bar"} << FieldColumns{};
}

void TestColumnMapping::automatic()
{
    QFETCH(int, kind);
    QFETCH(QStringList, headers);
    QFETCH(FieldColumns, expected);
    const ColumnMapping mapping = ColumnMapping::automatic(ImportKind(kind), headers);
    FieldColumns actual;
    for (ImportField f : importFields(ImportKind(kind))) {
        if (mapping.column(f) >= 0)
            actual.insert(importFieldKey(f), mapping.column(f));
    }
    QCOMPARE(actual, expected);
}

void TestColumnMapping::guessKind_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<int>("expected");
    QTest::newRow("orders") << QStringList{"Customer ID", "Order Date", "Sales"} << int(ImportKind::Orders);
    QTest::newRow("Japanese orders") << QStringList{QStringLiteral("顧客番号"), QStringLiteral("金額")}
                                     << int(ImportKind::Orders);
    QTest::newRow("customers") << QStringList{"Customer ID", "Name", "Email", "Tags"} << int(ImportKind::Customers);
}

void TestColumnMapping::guessKind()
{
    QFETCH(QStringList, headers);
    QFETCH(int, expected);
    QCOMPARE(int(ColumnMapping::guessKind(headers)), expected);
}

void TestColumnMapping::userOverrides()
{
    ColumnMapping mapping = ColumnMapping::automatic(ImportKind::Orders, {"Date", "Total", "Amount", "Email"});
    mapping.setColumn(ImportField::Amount, 2);
    QCOMPARE(mapping.column(ImportField::Amount), 2);
    QCOMPARE(mapping.header(ImportField::Amount), QStringLiteral("Amount"));
    // A column fills one field: giving the date's column to the order id takes it from the date.
    mapping.setColumn(ImportField::OrderId, 0);
    QCOMPARE(mapping.column(ImportField::OrderId), 0);
    QCOMPARE(mapping.column(ImportField::OrderDate), -1);
    QCOMPARE(mapping.field(0), std::optional<ImportField>(ImportField::OrderId));
    mapping.setColumn(ImportField::OrderId, -1);
    QCOMPARE(mapping.column(ImportField::OrderId), -1);
    QVERIFY(!mapping.field(0));
}

void TestColumnMapping::overrideByKeyAndHeader()
{
    ColumnMapping mapping(ImportKind::Orders, {QStringLiteral("番号"), QStringLiteral("Kaufdatum"), "Summe", "Mail"});
    QVERIFY(!mapping.setColumn(QStringLiteral("customer_id"), QStringLiteral("番号")));
    QVERIFY(!mapping.setColumn(QStringLiteral("order_date"), QStringLiteral("kaufdatum"))); // normalised match
    QVERIFY(!mapping.setColumn(QStringLiteral("amount"), QStringLiteral("Summe")));
    QCOMPARE(mapping.column(ImportField::CustomerId), 0);
    QCOMPARE(mapping.column(ImportField::OrderDate), 1);
    QCOMPARE(mapping.column(ImportField::Amount), 2);
    QVERIFY(!mapping.validate());

    const Status unknownField = mapping.setColumn(QStringLiteral("price"), QStringLiteral("Summe"));
    QVERIFY(unknownField);
    QVERIFY(unknownField->message.contains(QStringLiteral("order_date"))); // lists the fields
    const Status customerFieldInOrders = mapping.setColumn(QStringLiteral("tags"), QStringLiteral("Mail"));
    QVERIFY(customerFieldInOrders);
    const Status unknownHeader = mapping.setColumn(QStringLiteral("email"), QStringLiteral("E-Mail-Adresse"));
    QVERIFY(unknownHeader);
    QVERIFY(unknownHeader->message.contains(QStringLiteral("Kaufdatum"))); // lists the columns
}

void TestColumnMapping::validation()
{
    QVERIFY(ColumnMapping::automatic(ImportKind::Customers, {"Name", "Company"}).validate());
    QVERIFY(!ColumnMapping::automatic(ImportKind::Customers, {"Name", "Email"}).validate());
    const Status noAmount = ColumnMapping::automatic(ImportKind::Orders, {"Customer ID", "Order Date"}).validate();
    QVERIFY(noAmount);
    QVERIFY(noAmount->message.contains(QStringLiteral("Amount")));
    QVERIFY(!ColumnMapping::automatic(ImportKind::Orders, {"Email", "Order Date", "Sales"}).validate());
}

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
