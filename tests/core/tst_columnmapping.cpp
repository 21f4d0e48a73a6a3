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
    void realExports_data();
    void realExports();
    void guessKind_data();
    void guessKind();
    void userOverrides();
    void overrideByKeyAndHeader();
    void validation();
    void fieldNames();
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
    QTest::newRow("the preferred of two names wins")
        << orders << QStringList{"Date", "Total", "Amount", "Email"}
        << FieldColumns{{"order_date", 0}, {"amount", 2}, {"email", 3}};
    QTest::newRow("the leftmost of equal names wins")
        << orders << QStringList{"Email", "Date", "Amount", "E-mail", "date"}
        << FieldColumns{{"email", 0}, {"order_date", 1}, {"amount", 2}};
    QTest::newRow("a name beats a word inside a header")
        << orders << QStringList{"Billing Email Address", "Order Total Amount", "Email", "Total"}
        << FieldColumns{{"email", 2}, {"amount", 3}};
    QTest::newRow("words at the start or end only")
        << orders << QStringList{"Economy class", "Anonymous", "Email", "Date", "Amount"}
        << FieldColumns{{"email", 2}, {"order_date", 3}, {"amount", 4}};
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
    QTest::newRow("a first name alone is the name")
        << customers << QStringList{"Email", "First Name"} << FieldColumns{{"email", 0}, {"name", 1}};
    QTest::newRow("a first name beside a full name adds nothing")
        << customers << QStringList{"Email", "Full Name", "First Name"} << FieldColumns{{"email", 0}, {"name", 1}};
    QTest::newRow("Italian given name and surname")
        << customers << QStringList{"Nome", "Cognome", "Email"}
        << FieldColumns{{"given_name", 0}, {"name", 1}, {"email", 2}};
    QTest::newRow("Spanish name alone")
        << customers << QStringList{"Nombre", "Correo"} << FieldColumns{{"name", 0}, {"email", 1}};
    QTest::newRow("PayPal in German")
        << orders
        << QStringList{"Datum", "Uhrzeit", "Name", "Typ", "Brutto", "Gebühr", "Netto", "Absender E-Mail-Adresse",
                       "Empfänger E-Mail-Adresse", "Transaktionscode"}
        << FieldColumns{{"order_date", 0}, {"name", 2}, {"amount", 4}, {"email", 7}, {"order_id", 9}};
    QTest::newRow("HubSpot contacts")
        << customers
        << QStringList{"Record ID", "First Name", "Last Name", "Email", "Phone Number", "Company Name",
                       "Create Date", "Lifecycle Stage", "Last Activity Date"}
        << FieldColumns{{"given_name", 1}, {"name", 2}, {"email", 3}, {"phone", 4}, {"company", 5}};
    // Contact details and the reading of the name, in every header language.
    QTest::newRow("Japanese member list")
        << customers
        << QStringList{QStringLiteral("会員番号"), QStringLiteral("氏名"), QStringLiteral("フリガナ"),
                       QStringLiteral("メールアドレス"), QStringLiteral("電話番号"), QStringLiteral("郵便番号"),
                       QStringLiteral("住所"), QStringLiteral("生年月日"), QStringLiteral("会員ランク")}
        << FieldColumns{{"customer_id", 0}, {"name", 1}, {"reading", 2}, {"email", 3}, {"phone", 4},
                        {"postal_code", 5}, {"address", 6}};
    QTest::newRow("Japanese variants of contact details")
        << customers
        << QStringList{QStringLiteral("お名前"), QStringLiteral("ふりがな"), QStringLiteral("携帯電話"),
                       QStringLiteral("〒"), QStringLiteral("所在地")}
        << FieldColumns{{"name", 0}, {"reading", 1}, {"phone", 2}, {"postal_code", 3}, {"address", 4}};
    QTest::newRow("reading in brackets beside the name")
        << customers
        << QStringList{QStringLiteral("氏名"), QStringLiteral("氏名（カナ）"), QStringLiteral("電話")}
        << FieldColumns{{"name", 0}, {"reading", 1}, {"phone", 2}};
    QTest::newRow("English contact details")
        << customers
        << QStringList{"Customer ID", "Name", "Name (kana)", "Tel", "ZIP code", "Street address", "Email address"}
        << FieldColumns{{"customer_id", 0}, {"name", 1}, {"reading", 2}, {"phone", 3}, {"postal_code", 4},
                        {"address", 5}, {"email", 6}};
    // A telephone beats a mobile, as the preferred of two names.
    QTest::newRow("English variants")
        << customers << QStringList{"Full Name", "Furigana", "Mobile", "Postcode", "Address", "Company address", "TEL"}
        << FieldColumns{{"name", 0}, {"reading", 1}, {"phone", 6}, {"postal_code", 3}, {"address", 4}};
    QTest::newRow("German contact details")
        << customers
        << QStringList{"Kundennummer", "Name", "Telefon", "PLZ", "Anschrift", "E-Mail-Adresse"}
        << FieldColumns{{"customer_id", 0}, {"name", 1}, {"phone", 2}, {"postal_code", 3}, {"address", 4},
                        {"email", 5}};
    QTest::newRow("German long names")
        << customers << QStringList{"Name", "Postleitzahl", "Adresse"}
        << FieldColumns{{"name", 0}, {"postal_code", 1}, {"address", 2}};
    QTest::newRow("French contact details")
        << customers << QStringList{QStringLiteral("Nom"), QStringLiteral("Téléphone"), QStringLiteral("Code postal"),
                                    QStringLiteral("Adresse")}
        << FieldColumns{{"name", 0}, {"phone", 1}, {"postal_code", 2}, {"address", 3}};
    QTest::newRow("Spanish contact details")
        << customers << QStringList{QStringLiteral("Nombre"), QStringLiteral("Teléfono"), QStringLiteral("Código postal"),
                                    QStringLiteral("Dirección")}
        << FieldColumns{{"name", 0}, {"phone", 1}, {"postal_code", 2}, {"address", 3}};
    QTest::newRow("Italian contact details")
        << customers << QStringList{"Nome", "Telefono", "CAP", "Indirizzo"}
        << FieldColumns{{"name", 0}, {"phone", 1}, {"postal_code", 2}, {"address", 3}};
    QTest::newRow("Dutch contact details")
        << customers << QStringList{"Naam", "Telefoon", "Postcode", "Adres"}
        << FieldColumns{{"name", 0}, {"phone", 1}, {"postal_code", 2}, {"address", 3}};
}

// Headers of exports from shops, payment services and spreadsheets as they
// write them (a column of each kind kept, the rest as in the file).
void TestColumnMapping::realExports_data()
{
    QTest::addColumn<QString>("headerLine");
    QTest::addColumn<FieldColumns>("expected");

    QTest::newRow("Shopify orders")
        << QStringLiteral("Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,"
                          "Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,"
                          "Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Billing Name,"
                          "Billing Company,Shipping Name,Notes,Cancelled at,Payment Method,Refunded Amount,Id,Tags,"
                          "Receipt Number")
        << FieldColumns{{"order_id", 0}, {"email", 1}, {"amount", 11}, {"order_date", 15}, {"name", 20}};
    QTest::newRow("Yahoo! Shopping orders")
        << QStringLiteral("OrderId,OrderTime,BillLastName,BillFirstName,BillMailAddress,TotalPrice,ItemId,Quantity")
        << FieldColumns{{"order_id", 0}, {"order_date", 1}, {"name", 2}, {"given_name", 3}, {"email", 4},
                        {"amount", 5}};
    QTest::newRow("Wix orders")
        << QStringLiteral("Order number,Date created,Time,Billing customer,Contact email,Item,Qty,Total")
        << FieldColumns{{"order_id", 0}, {"order_date", 1}, {"email", 4}, {"amount", 7}};
    QTest::newRow("Business Central sales")
        << QStringLiteral("Document No.;Sell-to Customer No.;Sell-to Customer Name;Order Date;Amount")
        << FieldColumns{{"order_id", 0}, {"customer_id", 1}, {"name", 2}, {"order_date", 3}, {"amount", 4}};
    QTest::newRow("WooCommerce orders")
        << QStringLiteral("Order Number,Order Status,Order Date,Customer Note,First Name (Billing),"
                          "Last Name (Billing),Company (Billing),Email (Billing),Phone (Billing),"
                          "Cart Discount Amount,Order Subtotal Amount,Order Shipping Amount,Order Refund Amount,"
                          "Order Total Amount,Order Total Tax Amount,Customer User ID,Item Name,Quantity")
        << FieldColumns{{"order_id", 0}, {"order_date", 2}, {"given_name", 4}, {"name", 5}, {"email", 7},
                        {"amount", 13}, {"customer_id", 15}};
    QTest::newRow("Etsy sold orders")
        << QStringLiteral("Sale Date,Order ID,Buyer User ID,Full Name,First Name,Last Name,Number of Items,"
                          "Payment Method,Date Shipped,Currency,Order Value,Coupon Code,Discount Amount,"
                          "Shipping Discount,Shipping,Sales Tax,Order Total,Card Processing Fees,Order Net")
        << FieldColumns{{"order_date", 0}, {"order_id", 1}, {"customer_id", 2}, {"name", 3}, {"amount", 16}};
    QTest::newRow("Amazon order report")
        << QStringLiteral("amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\torder-status\t"
                          "buyer-email\tbuyer-name\tproduct-name\tsku\tquantity\tcurrency\titem-price\t"
                          "item-tax\tshipping-price\tshipping-tax")
        << FieldColumns{{"order_id", 0}, {"order_date", 2}, {"email", 5}, {"name", 6}, {"amount", 11}};
    QTest::newRow("Square transactions")
        << QStringLiteral("Date,Time,Time Zone,Gross Sales,Discounts,Service Charges,Net Sales,Gift Card Sales,"
                          "Tax,Tip,Partial Refunds,Total Collected,Source,Fees,Net Total,Transaction ID,Payment ID,"
                          "Device Name,Staff Name,Customer ID,Customer Name,Customer Reference ID")
        << FieldColumns{{"order_date", 0}, {"amount", 11}, {"order_id", 15}, {"customer_id", 19}, {"name", 20}};
    QTest::newRow("Stripe payments")
        << QStringLiteral("id,Description,Created (UTC),Amount,Amount Refunded,Currency,Converted Amount,Fee,"
                          "Tax,Status,Customer ID,Customer Description,Customer Email")
        << FieldColumns{{"order_date", 2}, {"amount", 3}, {"customer_id", 10}, {"email", 12}};
    QTest::newRow("PayPal activity")
        << QStringLiteral("Date,Time,TimeZone,Name,Type,Status,Currency,Gross,Fee,Net,From Email Address,"
                          "To Email Address,Transaction ID,Item Title")
        << FieldColumns{{"order_date", 0}, {"name", 3}, {"amount", 7}, {"email", 10}, {"order_id", 12}};
    QTest::newRow("Rakuten RMS orders")
        << QStringLiteral(u"注文番号,ステータス,注文日時,商品名,個数,送料,合計金額,請求金額,注文者名字,注文者名前,"
                          u"注文者名字フリガナ,注文者名前フリガナ,メールアドレス,メールマガジン配信希望")
        << FieldColumns{{"order_id", 0}, {"order_date", 2}, {"amount", 6}, {"name", 8}, {"given_name", 9},
                        {"email", 12}};
    QTest::newRow("BASE orders")
        << QStringLiteral(u"注文ID,注文日時,氏(請求先),名(請求先),メールアドレス,商品名,数量,価格,送料,合計金額")
        << FieldColumns{{"order_id", 0}, {"order_date", 1}, {"name", 2}, {"given_name", 3}, {"email", 4},
                        {"amount", 9}};
    QTest::newRow("Japanese POS")
        << QStringLiteral(u"レシート番号,取引日時,会員番号,会員名,売上金額（税込）,値引額,ポイント利用額")
        << FieldColumns{{"order_id", 0}, {"order_date", 1}, {"customer_id", 2}, {"name", 3}, {"amount", 4}};
    QTest::newRow("German Excel")
        << QStringLiteral("Kundennummer;Name;E-Mail;Bestellnummer;Bestelldatum;Betrag")
        << FieldColumns{{"customer_id", 0}, {"name", 1}, {"email", 2}, {"order_id", 3}, {"order_date", 4},
                        {"amount", 5}};
    QTest::newRow("French Excel")
        << QStringLiteral(u"N° client;Nom;Prénom;E-mail;N° commande;Date de commande;Montant TTC")
        << FieldColumns{{"customer_id", 0}, {"name", 1}, {"given_name", 2}, {"email", 3}, {"order_id", 4},
                        {"order_date", 5}, {"amount", 6}};
    QTest::newRow("Spanish Excel")
        << QStringLiteral(u"Nº cliente;Nombre;Correo electrónico;Nº pedido;Fecha;Importe")
        << FieldColumns{{"customer_id", 0}, {"name", 1}, {"email", 2}, {"order_id", 3}, {"order_date", 4},
                        {"amount", 5}};
    QTest::newRow("Italian Excel")
        << QStringLiteral("Codice cliente;Nome;Email;Numero ordine;Data ordine;Importo")
        << FieldColumns{{"customer_id", 0}, {"name", 1}, {"email", 2}, {"order_id", 3}, {"order_date", 4},
                        {"amount", 5}};
    QTest::newRow("Dutch Excel")
        << QStringLiteral("Klantnummer;Naam;E-mailadres;Bestelnummer;Besteldatum;Bedrag")
        << FieldColumns{{"customer_id", 0}, {"name", 1}, {"email", 2}, {"order_id", 3}, {"order_date", 4},
                        {"amount", 5}};
}

void TestColumnMapping::realExports()
{
    QFETCH(QString, headerLine);
    QFETCH(FieldColumns, expected);
    const QChar delimiter = headerLine.contains(QLatin1Char('\t')) ? QLatin1Char('\t')
        : headerLine.contains(QLatin1Char(';'))                    ? QLatin1Char(';')
                                                                   : QLatin1Char(',');
    const QStringList headers = headerLine.split(delimiter);
    QCOMPARE(ColumnMapping::guessKind(headers), ImportKind::Orders);
    const ColumnMapping mapping = ColumnMapping::automatic(ImportKind::Orders, headers);
    FieldColumns actual;
    for (ImportField f : importFields(ImportKind::Orders)) {
        if (mapping.column(f) >= 0)
            actual.insert(importFieldKey(f), mapping.column(f));
    }
    QCOMPARE(actual, expected);
    QVERIFY(!mapping.validate());
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
    QTest::newRow("customer list with figures")
        << QStringList{"Customer ID", "First Name", "Last Name", "Email", "Total Spent", "Total Orders",
                       "Last Order Date", "Tags"}
        << int(ImportKind::Customers);
    QTest::newRow("contacts with dates") << QStringList{"Email", "Create Date", "Last Activity Date", "Amount Due"}
                                         << int(ImportKind::Customers);
    QTest::newRow("date and amount by their words")
        << QStringList{"Client", "Issue Date", "Total Value"} << int(ImportKind::Orders);
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
    QVERIFY(ColumnMapping::automatic(ImportKind::Customers, {"Company", "Tags"}).validate());
    QVERIFY(!ColumnMapping::automatic(ImportKind::Customers, {"Name", "Email"}).validate());
    QVERIFY(!ColumnMapping::automatic(ImportKind::Customers, {"Name", "Company"}).validate()); // known by name
    QVERIFY(!ColumnMapping::automatic(ImportKind::Orders, {"Date", "Customer", "Amount"}).validate());
    const Status noAmount = ColumnMapping::automatic(ImportKind::Orders, {"Customer ID", "Order Date"}).validate();
    QVERIFY(noAmount);
    QVERIFY(noAmount->message.contains(QStringLiteral("Amount")));
    QVERIFY(!ColumnMapping::automatic(ImportKind::Orders, {"Email", "Order Date", "Sales"}).validate());
}

void TestColumnMapping::fieldNames()
{
    QVERIFY(ColumnMapping::isFieldName(QStringLiteral("E-mail")));
    QVERIFY(ColumnMapping::isFieldName(QStringLiteral("注文日")));
    QVERIFY(ColumnMapping::isFieldName(QStringLiteral("Order Total Amount")));
    QVERIFY(!ColumnMapping::isFieldName(QStringLiteral("Billing Email Address"))); // a word, not the name
    QVERIFY(!ColumnMapping::isFieldName(QStringLiteral("売上一覧 2024年3月")));
    QVERIFY(!ColumnMapping::isFieldName(QString()));
}

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
