// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimporter.h"
#include "store/customerstore.h"
#include "demogenerator.h"

#include <QFile>
#include <QThread>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <future>
#include <thread>

#include "../common/teststore.h"

using namespace Kindred;

namespace {

// Everything the store holds that an import may touch, as text, to prove a
// store is exactly as it was.
QString dump(const QString &path)
{
    // The schema too: a bulk import drops and rebuilds the order indexes.
    QString text = testStoreSchema(path);
    CustomerStore store;
    if (store.open(path))
        return QStringLiteral("cannot open");
    const StoreTotals totals = store.totals().value();
    text += QStringLiteral("%1 %2 %3\n").arg(totals.customers).arg(totals.orders).arg(totals.revenue, 0, 'f', 2);
    const QList<Customer> customers = store.customers().value();
    for (const Customer &c : customers) {
        text += QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9\n")
                    .arg(c.id)
                    .arg(c.externalId, c.name, c.email, c.company, joinTags(c.tags))
                    .arg(c.valueFit.value_or(-1))
                    .arg(c.revenue)
                    .arg(c.orderCount);
        const QList<Order> orders = store.orders(c.id).value();
        for (const Order &o : orders) {
            text += QStringLiteral("  %1|%2|%3|%4\n")
                        .arg(o.externalOrderId, o.date.toString(Qt::ISODate))
                        .arg(o.amount)
                        .arg(o.contentKey);
        }
    }
    return text;
}

ImportOptions ordersOptions()
{
    ImportOptions options;
    options.settings.kind = ImportKind::Orders;
    return options;
}

// The journal mode a SQLite store's file is in, read without Kindred, which
// would switch it to the write-ahead log on opening.
QString journalMode(const QString &path)
{
    const QString connection = QStringLiteral("kindred_test_journal");
    QString mode;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next())
            mode = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(connection);
    return mode;
}

ImportOptions customersOptions()
{
    ImportOptions options;
    options.settings.kind = ImportKind::Customers;
    return options;
}

} // namespace

class TestCsvImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void ordersFromCommonExport();
    void reimportChangesNothing();
    void linesWithoutOrderIdAreKnownByContent();
    void changedOrderIsUpdated();
    void matchesByEmailCaseInsensitive();
    void japaneseShiftJisExport();
    void japaneseUtf16Export();
    void europeanSemicolonExport();
    void currencyOfTheAmounts();
    void otherCurrencyIsRefusedWhenExpected();
    void ambiguousDatesAreAskedFor();
    void twoDigitYearFirstDatesAreAskedFor();
    void namesInTwoColumnsAreJoined();
    void itemLinesNeedNoDateOrTotal();
    void spreadsheetFormsAreRead();
    void customersWithoutIdOrEmailAreKnownByName();
    void rowsAboveTheTableArePassedOver();
    void customerListsFromOtherTools();
    void undoDataHoldsOnlyWhatChanged();
    void customersReadBackAfterTheImport();
    void laterRowsDecideEarlierOnes();
    void skipAndReport();
    void undecodableBytesInAnyFieldAreReported();
    void strictStopsAtFirstProblem();
    void customerList();
    void contactDetailsByHeader();
    void cancelWhileReadingLeavesStoreUnchanged();
    void cancelWhileWritingLeavesStoreUnchanged();
    void writeFailureHalfwayIsRolledBack();
    void largeImportAloneWritesThroughARollbackJournal();
    void otherImportsWriteThroughTheLog_data();
    void otherImportsWriteThroughTheLog();
    void largeImportThatFailsLeavesTheLog();
    void largeImportWaitsForAReaderToFinish();
    void runsOnWorkerThread();
    void preview();
    void mostlyUtf8FileIsReadAsUtf8_data();
    void mostlyUtf8FileIsReadAsUtf8();
    void strayQuoteStopsTheImport_data();
    void strayQuoteStopsTheImport();
    void linesNotReadAreCounted();
    void longFieldIsReported();
    void nulBytesAreReported();
    void sumsThatOverflowAreRefused_data();
    void sumsThatOverflowAreRefused();
    void textIsKeptAsWritten();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    QString writeFile(const QString &name, const QString &text) { return writeFile(name, text.toUtf8()); }
    Result<ImportSummary> import(const QString &file, const ImportOptions &options)
    {
        return CsvImporter(m_db, file, options).run();
    }
    QString bigOrderFile(int lines);
    // Where an import's pages went while it wrote: the store's rollback journal, its log.
    struct JournalSeen
    {
        bool journal = false;
        bool log = false;
    };
    Result<ImportSummary> importWatchingJournal(const QString &file, const ImportOptions &options, JournalSeen &seen,
                                                const std::function<void()> &whileWriting = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCsvImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = testStoreLocation(*m_dir, QStringLiteral("k.kindred"));
    CustomerStore store;
    QVERIFY(!store.open(m_db, CustomerStore::OpenMode::CreateIfMissing));
}

QString TestCsvImporter::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

QString TestCsvImporter::bigOrderFile(int lines)
{
    QByteArray data = "Order ID,Order Date,Customer ID,Customer Name,Sales\n";
    for (int i = 0; i < lines; ++i)
        data += QStringLiteral("O%1,2024-%2-%3,C%4,Name %4,%5.50\n")
                    .arg(i / 2)
                    .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                    .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                    .arg(i / 2 % 997)
                    .arg(i % 300)
                    .toUtf8();
    return writeFile(QStringLiteral("big.csv"), data);
}

void TestCsvImporter::ordersFromCommonExport()
{
    const QString file = writeFile(QStringLiteral("orders.csv"),
                                   QStringLiteral("Order ID,Order Date,Customer ID,Customer Name,Sales\r\n"
                                                  "1001,2024-03-05,C1,Ann Lee,\"1,200.00\"\r\n"
                                                  "1001,2024-03-05,C1,Ann Lee,300.50\r\n"
                                                  "1002,2024-04-01,C2,Bo Chan,99.99\r\n"
                                                  "1003,2024-05-01,C1,Ann Lee,10\r\n"));
    ImportOptions options; // kind guessed, everything detected: no options at all
    options.guessKind = true;
    const auto summary = import(file, options);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    const ImportSummary &s = summary.value();
    QCOMPARE(s.kind, ImportKind::Orders);
    QCOMPARE(s.rows, 4);
    QCOMPARE(s.rowsSkipped, 0);
    QCOMPARE(s.customersCreated, 2);
    QCOMPARE(s.ordersAdded, 3);
    QCOMPARE(s.ordersUnchanged, 0);

    CustomerStore store;
    QVERIFY(!store.open(m_db));
    const QList<Customer> customers = store.customers().value();
    QCOMPARE(customers.size(), 2);
    const Customer &ann = customers.at(0);
    QCOMPARE(ann.externalId, QStringLiteral("C1"));
    QCOMPARE(ann.name, QStringLiteral("Ann Lee"));
    QCOMPARE(ann.orderCount, 2);
    QCOMPARE(ann.revenue, 1510.5);
    QCOMPARE(ann.firstOrder, QDate(2024, 3, 5));
    QCOMPARE(ann.lastOrder, QDate(2024, 5, 1));
    const QList<Order> orders = store.orders(ann.id).value();
    QCOMPARE(orders.at(0).externalOrderId, QStringLiteral("1001"));
    QCOMPARE(orders.at(0).amount, 1500.5); // two lines, one order
    QCOMPARE(store.totals().value().revenue, 1610.49);
}

void TestCsvImporter::reimportChangesNothing()
{
    const QString file = writeFile(QStringLiteral("orders.csv"),
                                   QStringLiteral("Order ID,Order Date,Customer ID,Email,Sales\n"
                                                  "1,2024-03-05,C1,a@example.com,0.1\n"
                                                  "1,2024-03-05,C1,a@example.com,0.2\n"
                                                  "2,2024-03-06,,b@example.com,5\n"));
    QVERIFY(import(file, ordersOptions()));
    const QString before = dump(m_db);
    const auto again = import(file, ordersOptions());
    QVERIFY(again);
    QCOMPARE(again.value().customersCreated, 0);
    QCOMPARE(again.value().customersUpdated, 0);
    QCOMPARE(again.value().ordersAdded, 0);
    QCOMPARE(again.value().ordersUpdated, 0);
    QCOMPARE(again.value().ordersUnchanged, 2);
    QCOMPARE(dump(m_db), before);
}

void TestCsvImporter::linesWithoutOrderIdAreKnownByContent()
{
    // A point-of-sale export: no order id; the same purchase twice on one day is two orders.
    const QString file = writeFile(QStringLiteral("pos.csv"),
                                   QStringLiteral("Customer ID,Date,Amount\n"
                                                  "C1,2024-03-05,500\n"
                                                  "C1,2024-03-05,500\n"
                                                  "C1,2024-03-06,500\n"
                                                  "C2,2024-03-05,500\n"));
    const auto first = import(file, ordersOptions());
    QVERIFY(first);
    QCOMPARE(first.value().ordersAdded, 4);
    const QString before = dump(m_db);
    const auto second = import(file, ordersOptions());
    QVERIFY(second);
    QCOMPARE(second.value().ordersAdded, 0);
    QCOMPARE(second.value().ordersUnchanged, 4);
    QCOMPARE(dump(m_db), before);

    // One more identical line in a later export is one more order.
    const QString grown = writeFile(QStringLiteral("pos2.csv"),
                                    QStringLiteral("Customer ID,Date,Amount\n"
                                                   "C1,2024-03-05,500\n"
                                                   "C1,2024-03-05,500\n"
                                                   "C1,2024-03-05,500\n"));
    const auto third = import(grown, ordersOptions());
    QVERIFY(third);
    QCOMPARE(third.value().ordersAdded, 1);
    QCOMPARE(third.value().ordersUnchanged, 2);
}

void TestCsvImporter::changedOrderIsUpdated()
{
    QVERIFY(import(writeFile(QStringLiteral("a.csv"), QStringLiteral("Order ID,Date,Customer ID,Sales\n"
                                                                     "1,2024-03-05,C1,100\n"
                                                                     "2,2024-03-06,C1,50\n")),
                   ordersOptions()));
    const auto corrected = import(writeFile(QStringLiteral("b.csv"), QStringLiteral("Order ID,Date,Customer ID,Sales\n"
                                                                                    "1,2024-03-05,C1,120\n"
                                                                                    "2,2024-03-06,C1,50\n")),
                                  ordersOptions());
    QVERIFY(corrected);
    QCOMPARE(corrected.value().ordersUpdated, 1);
    QCOMPARE(corrected.value().ordersUnchanged, 1);
    CustomerStore store;
    QVERIFY(!store.open(m_db));
    QCOMPARE(store.customers().value().at(0).revenue, 170.0);
    QCOMPARE(store.totals().value().orders, 2);
}

void TestCsvImporter::matchesByEmailCaseInsensitive()
{
    CustomerId annId = 0;
    {
        CustomerStore store;
        QVERIFY(!store.open(m_db));
        Customer ann;
        ann.name = QStringLiteral("Ann");
        ann.email = QStringLiteral("Ann.Lee@Example.com");
        annId = store.addCustomer(ann).value();
        Customer other;
        other.externalId = QStringLiteral("X9");
        other.email = QStringLiteral("shared@example.com");
        QVERIFY(store.addCustomer(other));
    }
    const auto summary = import(writeFile(QStringLiteral("o.csv"),
                                          QStringLiteral("Customer ID,Email,Order Date,Sales\n"
                                                         "C7,ann.lee@example.COM,2024-01-02,10\n"
                                                         "C7,,2024-01-03,20\n"
                                                         "C8,shared@example.com,2024-01-04,30\n")),
                                ordersOptions());
    QVERIFY(summary);
    QCOMPARE(summary.value().customersUpdated, 1); // Ann gets her shop id
    QCOMPARE(summary.value().customersCreated, 1); // C8 shares an address with X9 but is someone else
    CustomerStore store;
    QVERIFY(!store.open(m_db));
    const Customer ann = store.customer(annId).value();
    QCOMPARE(ann.externalId, QStringLiteral("C7"));
    QCOMPARE(ann.email, QStringLiteral("Ann.Lee@Example.com"));
    QCOMPARE(ann.orderCount, 2);
    QCOMPARE(store.totals().value().customers, 3);

    // A line with only the shared address goes to the first customer who
    // has it, in the import that made them as in every later one.
    const CustomerId x9 = store.findCustomer(QStringLiteral("X9")).value().id;
    for (int i = 0; i < 2; ++i) {
        const QString lines = QStringLiteral("Email,Order Date,Sales\nSHARED@example.com,2024-02-0%1,5\n").arg(i + 1);
        QVERIFY(import(writeFile(QStringLiteral("shared%1.csv").arg(i), lines), ordersOptions()));
        QCOMPARE(store.customer(x9).value().orderCount, i + 1);
        QCOMPARE(store.findCustomer(QStringLiteral("C8")).value().orderCount, 1);
    }
}

void TestCsvImporter::japaneseShiftJisExport()
{
    const QString text = QStringLiteral("注文番号,購入日,顧客番号,氏名,メールアドレス,合計金額（税込）\r\n"
                                        "A-1,2024年3月5日,K001,髙橋 﨑子,taka@example.jp,\"￥1,200\"\r\n"
                                        "A-1,2024年3月5日,K001,髙橋 﨑子,taka@example.jp,３００円\r\n"
                                        "A-2,2024/03/06,K002,山田 太郎,yamada@example.jp,▲100\r\n");
    const QString file = writeFile(QStringLiteral("sjis.csv"), QStringEncoder("windows-31j").encode(text));
    const auto summary = import(file, ordersOptions());
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary.value().encoding, QByteArray("Shift_JIS"));
    QVERIFY(summary.value().encodingGuessed);
    QCOMPARE(summary.value().toJson().value(QStringLiteral("encoding_guessed")).toBool(), true);
    QCOMPARE(summary.value().ordersAdded, 2);
    CustomerStore store;
    QVERIFY(!store.open(m_db));
    const QList<Customer> customers = store.customers().value();
    QCOMPARE(customers.at(0).name, QStringLiteral("髙橋 﨑子"));
    QCOMPARE(customers.at(0).revenue, 1500.0);
    QCOMPARE(customers.at(0).firstOrder, QDate(2024, 3, 5));
    QCOMPARE(customers.at(1).revenue, -100.0); // a refund
}

void TestCsvImporter::japaneseUtf16Export()
{
    const QString text = QStringLiteral("顧客ID\t顧客名\t注文日\t売上\r\nK1\t佐藤\t2024-01-02\t1000\r\n");
    const QString file = writeFile(QStringLiteral("u16.txt"),
                                   QStringEncoder("UTF-16LE", QStringConverter::Flag::WriteBom).encode(text));
    const auto summary = import(file, ordersOptions());
    QVERIFY(summary);
    QCOMPARE(summary.value().encoding, QByteArray("UTF-16LE"));
    QVERIFY(!summary.value().encodingGuessed);
    QCOMPARE(summary.value().delimiter, '\t');
    CustomerStore store;
    QVERIFY(!store.open(m_db));
    QCOMPARE(store.customers().value().at(0).name, QStringLiteral("佐藤"));
    QCOMPARE(store.totals().value().revenue, 1000.0);
}

void TestCsvImporter::europeanSemicolonExport()
{
    const QString file = writeFile(QStringLiteral("de.csv"),
                                   QStringLiteral("Kundennummer;Datum;Betrag\n"
                                                  "K1;05.03.2024;1.234,50 €\n"
                                                  "K1;13.03.2024;2.000\n"
                                                  "K2;01.04.2024;9,99\n"));
    const auto summary = import(file, ordersOptions());
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary.value().delimiter, ';');
    QCOMPARE(summary.value().dateOrder, DateOrder::DayFirst);
    QCOMPARE(summary.value().decimalSeparator, DecimalSeparator::Comma);
    CustomerStore store;
    QVERIFY(!store.open(m_db));
    const QList<Customer> customers = store.customers().value();
    QCOMPARE(customers.at(0).revenue, 3234.5);
    QCOMPARE(customers.at(0).firstOrder, QDate(2024, 3, 5));
    QCOMPARE(customers.at(1).revenue, 9.99);
}

void TestCsvImporter::currencyOfTheAmounts()
{
    const QString file = writeFile(QStringLiteral("de.csv"), QStringLiteral("Kundennummer;Datum;Betrag\n"
                                                                            "K1;05.03.2024;1.234,50 €\n"
                                                                            "K2;01.04.2024;9,99\n"));
    const auto summary = import(file, ordersOptions());
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary.value().currency, QStringLiteral("EUR"));
    QCOMPARE(summary.value().toJson().value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));

    const QString plain = writeFile(QStringLiteral("plain.csv"), QStringLiteral("Customer ID,Order Date,Sales\nC1,2024-01-02,5\n"));
    QCOMPARE(import(plain, ordersOptions()).value().currency, QString());
}

// A file in another currency than the workspace's is refused, with nothing
// written, when the caller says which it expects.
void TestCsvImporter::otherCurrencyIsRefusedWhenExpected()
{
    const QString file = writeFile(QStringLiteral("de.csv"), QStringLiteral("Kundennummer;Datum;Betrag\n"
                                                                            "K1;05.03.2024;12,50 €\n"));
    const QString before = dump(m_db);
    ImportOptions options = ordersOptions();
    options.expectedCurrency = QStringLiteral("JPY");
    CsvImporter importer(m_db, file, options);
    const auto refused = importer.run();
    QVERIFY(!refused);
    QVERIFY(importer.currencyDiffers());
    QVERIFY2(refused.error().message.contains(QStringLiteral("EUR")) && refused.error().message.contains(QStringLiteral("JPY")),
             qPrintable(refused.error().message));
    QCOMPARE(dump(m_db), before);

    options.expectedCurrency = QStringLiteral("eur");
    CsvImporter same(m_db, file, options);
    QVERIFY(same.run());
    QVERIFY(!same.currencyDiffers());
}

void TestCsvImporter::ambiguousDatesAreAskedFor()
{
    const QString file = writeFile(QStringLiteral("us.csv"), QStringLiteral("Customer ID,Order Date,Sales\n"
                                                                            "C1,03/05/2024,10\n"
                                                                            "C2,04/06/2024,20\n"));
    const QString before = dump(m_db);
    CsvImporter importer(m_db, file, ordersOptions());
    const auto refused = importer.run();
    QVERIFY(!refused);
    QVERIFY(importer.dateOrderNeeded());
    QCOMPARE(refused.error().row, 2);
    QCOMPARE(refused.error().column, 2);
    QVERIFY(refused.error().message.contains(QStringLiteral("03/05/2024")));
    QCOMPARE(dump(m_db), before);

    ImportOptions options = ordersOptions();
    options.settings.dateOrder = DateOrder::MonthFirst;
    QVERIFY(import(file, options));
    CustomerStore store;
    QVERIFY(!store.open(m_db));
    QCOMPARE(store.customers().value().at(0).firstOrder, QDate(2024, 3, 5));
    QCOMPARE(store.customers().value().at(1).firstOrder, QDate(2024, 4, 6));
}

void TestCsvImporter::undoDataHoldsOnlyWhatChanged()
{
    const QString first = writeFile(QStringLiteral("first.csv"), QStringLiteral("Order ID,Order Date,Customer ID,Sales\n"
                                                                                 "1,2024-03-05,K1,10\n"
                                                                                 "2,2024-03-06,K2,20\n"));
    QVERIFY(import(first, ordersOptions()));
    const QString before = dump(m_db);

    // K1's order again, unchanged; K2 gains one; K3 is new.
    const QString second = writeFile(QStringLiteral("second.csv"), QStringLiteral("Order ID,Order Date,Customer ID,Sales\n"
                                                                                  "1,2024-03-05,K1,10\n"
                                                                                  "3,2024-04-01,K2,5\n"
                                                                                  "4,2024-04-02,K3,7\n"));
    ImportOptions options = ordersOptions();
    options.recordUndo = true;
    const auto summary = import(second, options);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    const std::shared_ptr<const ImportUndo> undo = summary.value().undo;
    QVERIFY(undo);
    CustomerStore store;
    QVERIFY(!store.open(m_db));
    const CustomerId k2 = store.findCustomer(QStringLiteral("K2")).value().id;
    const CustomerId k3 = store.findCustomer(QStringLiteral("K3")).value().id;
    QCOMPARE(undo->changed, QList<CustomerId>{k2});
    QCOMPARE(undo->created, QList<CustomerId>{k3});
    QCOMPARE(undo->before.size(), 1);
    QCOMPARE(undo->before.constFirst().orders.size(), 1); // as it was: one order
    QCOMPARE(undo->before.constFirst().customer.revenue, 20.0);

    QVERIFY(store.replaceCustomers(undo->created + undo->changed, undo->before));
    QCOMPARE(dump(m_db), before);
}

// The window takes the customers as the import's own thread read them after
// its commit: they must be the store's, new figures of old customers included.
void TestCsvImporter::customersReadBackAfterTheImport()
{
    const QString first = writeFile(QStringLiteral("first.csv"), QStringLiteral("Order ID,Order Date,Customer ID,Sales\n"
                                                                                 "1,2024-03-05,K1,10\n"));
    const auto plain = import(first, ordersOptions());
    QVERIFY(plain);
    QVERIFY(!plain.value().customersAfter); // only when asked for

    const QString second = writeFile(QStringLiteral("second.csv"), QStringLiteral("Order ID,Order Date,Customer ID,Sales\n"
                                                                                  "2,2024-04-01,K1,5\n"
                                                                                  "3,2024-04-02,K2,7\n"));
    ImportOptions options = ordersOptions();
    options.readCustomersAfter = true;
    const auto summary = import(second, options);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QVERIFY(summary.value().customersAfter);
    const QList<Customer> after = *summary.value().customersAfter;
    CustomerStore store;
    QVERIFY(!store.open(m_db));
    const QList<Customer> stored = store.customers().value();
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.size(), stored.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).id, stored.at(i).id);
        QCOMPARE(after.at(i).externalId, stored.at(i).externalId);
        QCOMPARE(after.at(i).revenue, stored.at(i).revenue);
        QCOMPARE(after.at(i).orderCount, stored.at(i).orderCount);
        QCOMPARE(after.at(i).lastOrder, stored.at(i).lastOrder);
    }
    QCOMPARE(after.constFirst().revenue, 15.0); // K1's figures as the import left them
    QCOMPARE(after.constFirst().orderCount, 2);
}

void TestCsvImporter::customerListsFromOtherTools()
{
    // Shopify's customer export and a Mailchimp audience, as they write them.
    const QString shopify = writeFile(
        QStringLiteral("customers_export.csv"),
        QStringLiteral("Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,"
                       "Default Address Address1,Phone,Total Spent,Total Orders,Note,Tax Exempt,Tags\n"
                       "7001,Ann,Lee,ann@example.com,yes,Lee Tea,1 Main,,3800.00,1,Met at the fair,no,\"vip, tea\"\n"));
    const QString mailchimp = writeFile(QStringLiteral("audience.csv"),
                                        QStringLiteral("Email Address,First Name,Last Name,MEMBER_RATING,TAGS\n"
                                                       "ann@example.com,Ann,Lee,2,\"\"\"Newsletter\"\",\"\"VIP\"\"\"\n"));
    ImportOptions options;
    options.guessKind = true;
    for (const QString &file : {shopify, mailchimp}) {
        const auto summary = import(file, options);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
        QCOMPARE(summary.value().kind, ImportKind::Customers);
    }
    CustomerStore store;
    QVERIFY(!store.open(m_db));
    const QList<Customer> customers = store.customers().value();
    QCOMPARE(customers.size(), 1); // the audience found Ann by her email
    const Customer &ann = customers.constFirst();
    QCOMPARE(ann.externalId, QStringLiteral("7001"));
    QCOMPARE(ann.name, QStringLiteral("Ann Lee"));
    QCOMPARE(ann.company, QStringLiteral("Lee Tea"));
    QCOMPARE(ann.notes, QStringLiteral("Met at the fair"));
    QCOMPARE(ann.tags, (QStringList{QStringLiteral("vip"), QStringLiteral("tea"), QStringLiteral("Newsletter"),
                                    QStringLiteral("VIP")}));
}

void TestCsvImporter::rowsAboveTheTableArePassedOver()
{
    // As Excel saves a sheet with a title and an empty row above the table.
    const QString excel = writeFile(QStringLiteral("excel.csv"),
                                    QStringLiteral("売上一覧 2024年3月,,,\n"
                                                   ",,,\n"
                                                   "注文番号,注文日,顧客ID,売上\n"
                                                   "1,2024-03-05,K1,1000\n"
                                                   "2,2024-03-06,K2,oops\n"));
    ImportOptions options;
    options.guessKind = true;
    auto summary = import(excel, options);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary.value().kind, ImportKind::Orders);
    QCOMPARE(summary.value().ordersAdded, 1);
    QCOMPARE(summary.value().issues.size(), 1);
    QCOMPARE(summary.value().issues.constFirst().row, 5); // the spreadsheet's own row
    QCOMPARE(summary.value().issues.constFirst().header, QStringLiteral("売上"));

    // A title without delimiters above a semicolon table.
    const QString titled = writeFile(QStringLiteral("titled.csv"), QStringLiteral("Orders of March\n"
                                                                                  "Order ID;Order Date;Customer ID;Sales\n"
                                                                                  "3;2024-03-07;K3;12,50\n"));
    summary = import(titled, options);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary.value().delimiter, ';');
    QCOMPARE(summary.value().ordersAdded, 1);
    QVERIFY(summary.value().issues.isEmpty());

    // A row that groups the columns, above the header.
    const QString grouped = writeFile(QStringLiteral("grouped.csv"), QStringLiteral(",注文情報,,顧客情報\n"
                                                                                    "注文番号,注文日,売上,顧客ID\n"
                                                                                    "4,2024-03-08,500,K4\n"));
    summary = import(grouped, options);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary.value().ordersAdded, 1);

    // One column: its first row is the header, named or not.
    const QString emails = writeFile(QStringLiteral("emails.csv"), QStringLiteral("連絡先\na@example.jp\nb@example.jp\n"));
    const auto preview = CsvImporter::preview(emails, {}, 5);
    QVERIFY(preview);
    QCOMPARE(preview.value().headers, QStringList{QStringLiteral("連絡先")});
    QCOMPARE(preview.value().rows.size(), 2);
}

void TestCsvImporter::itemLinesNeedNoDateOrTotal()
{
    // Shopify: a line per item, the order's date and total on its first
    // line only; the order is named in "Name", the customer in "Billing Name".
    const QString file = writeFile(QStringLiteral("orders_export.csv"),
                                   QStringLiteral("Name,Email,Total,Created at,Lineitem name,Billing Name,Receipt Number\n"
                                                  "#1001,ann@example.com,3800,2024-03-05 10:22:31 +0900,Tea,Ann Lee,\n"
                                                  "#1001,ann@example.com,,,Cup,,\n"
                                                  "#1002,bob@example.com,1820,2024-03-07 09:00:00 +0900,Tea,Bob Lee,\n"
                                                  "#1002,bob@example.com,,2024-03-06 18:00:00 +0900,Pot,,\n"
                                                  "#1002,,,,Lid,,\n"
                                                  "#1002,,x,2024-03-01 08:00:00 +0900,Spoon,,\n"));
    ImportOptions options = ordersOptions();
    options.guessKind = true;
    const auto summary = import(file, options);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary.value().ordersAdded, 2);
    QCOMPARE(summary.value().rowsSkipped, 1); // an amount that is not one is still reported
    QCOMPARE(summary.value().issues.constFirst().row, 7);
    QCOMPARE(summary.value().issues.constFirst().header, QStringLiteral("Total"));

    CustomerStore store;
    QVERIFY(!store.open(m_db));
    const QList<Customer> customers = store.customers().value();
    QCOMPARE(customers.size(), 2);
    QCOMPARE(customers.at(0).revenue, 3800.0);
    QCOMPARE(customers.at(1).revenue, 1820.0);
    QCOMPARE(customers.at(1).orderCount, 1);
    QCOMPARE(customers.at(1).firstOrder, QDate(2024, 3, 6)); // the earliest line's, not the skipped line's
    const auto again = import(file, options);
    QVERIFY(again);
    QCOMPARE(again.value().ordersUnchanged, 2);
}

void TestCsvImporter::spreadsheetFormsAreRead()
{
    // A Japanese till's export: ids kept as text with ="...", dates with the
    // day of the week and a time in kanji, yen, a refund marked ▲, and a date
    // cell Excel wrote as its day number.
    const QString file = writeFile(QStringLiteral("pos.csv"),
                                   QStringLiteral("会員番号,購入日,お支払い金額\n"
                                                  "=\"00123\",2024年3月5日(火),\"1,200円\"\n"
                                                  "=\"00123\",2024年3月6日(水) 10時22分,▲300\n"
                                                  "=\"00456\",45356,\"¥2,000\"\n"));
    ImportOptions options = ordersOptions();
    options.guessKind = true;
    const auto summary = import(file, options);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary.value().rowsSkipped, 0);
    CustomerStore store;
    QVERIFY(!store.open(m_db));
    const QList<Customer> customers = store.customers().value();
    QCOMPARE(customers.size(), 2);
    QCOMPARE(customers.at(0).externalId, QStringLiteral("00123"));
    QCOMPARE(customers.at(0).revenue, 900.0);
    QCOMPARE(customers.at(0).lastOrder, QDate(2024, 3, 6));
    QCOMPARE(customers.at(1).externalId, QStringLiteral("00456"));
    QCOMPARE(customers.at(1).firstOrder, QDate(2024, 3, 5));
}

void TestCsvImporter::customersWithoutIdOrEmailAreKnownByName()
{
    // A shop's own sheet names its customers only.
    const QString sales = writeFile(QStringLiteral("sales.csv"), QStringLiteral("Date,Customer,Amount\n"
                                                                               "2024-03-05,Ann Lee,10\n"
                                                                               "2024-03-06,Bob Ito,20\n"
                                                                               "2024-03-07,ann  lee,5\n"
                                                                               "2024-03-08,,7\n"));
    ImportOptions options = ordersOptions();
    options.guessKind = true;
    const auto summary = import(sales, options);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary.value().customersCreated, 2); // the same name, however spaced or cased
    QCOMPARE(summary.value().rowsSkipped, 1);
    QCOMPARE(summary.value().issues.constFirst().header, QStringLiteral("Customer"));
    QCOMPARE(summary.value().issues.constFirst().reason, QStringLiteral("No customer name."));
    const auto again = import(sales, options);
    QVERIFY(again);
    QCOMPARE(again.value().customersCreated, 0);
    QCOMPARE(again.value().ordersUnchanged, 3);

    // A list of names gives them tags; a file with emails still needs one on every row.
    const QString list = writeFile(QStringLiteral("list.csv"),
                                   QStringLiteral("Name,Tags\nAnn Lee,vip\nCara Sato,new\n"));
    ImportOptions listOptions;
    listOptions.guessKind = true;
    const auto listed = import(list, listOptions);
    QVERIFY(listed);
    QCOMPARE(listed.value().customersCreated, 1);
    QCOMPARE(listed.value().customersUpdated, 1);
    const QString withEmail = writeFile(QStringLiteral("email.csv"),
                                        QStringLiteral("Date,Customer,Email,Amount\n2024-03-05,Dan Ito,,10\n"));
    const auto needsEmail = import(withEmail, options);
    QVERIFY(needsEmail);
    QCOMPARE(needsEmail.value().rowsSkipped, 1);

    CustomerStore store;
    QVERIFY(!store.open(m_db));
    const QList<Customer> customers = store.customers().value();
    QCOMPARE(customers.size(), 3);
    QCOMPARE(customers.at(0).revenue, 15.0);
    QCOMPARE(customers.at(0).tags, QStringList{QStringLiteral("vip")});
}

void TestCsvImporter::namesInTwoColumnsAreJoined()
{
    // WooCommerce: first name, then last name; guests have user id 0.
    const QString woo = writeFile(QStringLiteral("woo.csv"),
                                  QStringLiteral("Order Number,Order Date,First Name (Billing),Last Name (Billing),"
                                                 "Email (Billing),Order Total Amount,Customer User ID\n"
                                                 "4512,2024-03-05 10:22,Maria,García,maria@example.es,49.95,0\n"
                                                 "4513,2024-03-06 08:01,Jean,Dupont,jean@example.fr,95.00,0\n"
                                                 "4514,2024-03-07 09:00,Ann,,ann@example.com,10.00,17\n"));
    ImportOptions options = ordersOptions();
    options.guessKind = true;
    const auto summary = import(woo, options);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary.value().customersCreated, 3); // the two guests are not one customer "0"
    // Rakuten: family name, then given name.
    const QString rakuten = writeFile(QStringLiteral("rakuten.csv"),
                                      QStringLiteral("注文番号,注文日時,合計金額,注文者名字,注文者名前,メールアドレス\n"
                                                     "1,2024-03-05 10:22:33,3240,山田,太郎,taro@example.jp\n"));
    QVERIFY(import(rakuten, options));

    CustomerStore store;
    QVERIFY(!store.open(m_db));
    QStringList names;
    QStringList ids;
    const QList<Customer> customers = store.customers().value();
    for (const Customer &c : customers) {
        names.append(c.name);
        ids.append(c.externalId);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Maria García"), QStringLiteral("Jean Dupont"), QStringLiteral("Ann"),
                                 QStringLiteral("山田 太郎")}));
    QCOMPARE(ids, (QStringList{QString(), QString(), QStringLiteral("17"), QString()}));
}

void TestCsvImporter::twoDigitYearFirstDatesAreAskedFor()
{
    // As Japanese point-of-sale systems write dates: yy/mm/dd.
    const QString file = writeFile(QStringLiteral("pos.csv"), QStringLiteral("顧客番号,売上日,売上金額\n"
                                                                             "K1,24/03/05,1000\n"
                                                                             "K2,24/12/31,2000\n"));
    const QString before = dump(m_db);
    CsvImporter importer(m_db, file, ordersOptions());
    const auto refused = importer.run();
    QVERIFY(!refused);
    QVERIFY(importer.dateOrderNeeded());
    QVERIFY2(refused.error().message.contains(QStringLiteral("2005-03-24 / 2024-03-05")),
             qPrintable(refused.error().message));
    QCOMPARE(dump(m_db), before);

    ImportOptions options = ordersOptions();
    options.settings.dateOrder = DateOrder::YearFirst;
    const auto summary = import(file, options);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary.value().toJson().value(QStringLiteral("date_order")).toString(), QStringLiteral("year_first"));
    CustomerStore store;
    QVERIFY(!store.open(m_db));
    QCOMPARE(store.customers().value().at(0).firstOrder, QDate(2024, 3, 5));
    QCOMPARE(store.customers().value().at(1).firstOrder, QDate(2024, 12, 31));
}

void TestCsvImporter::laterRowsDecideEarlierOnes()
{
    // The first rows read two ways; the last ones tell how, even in strict mode.
    const QString file = writeFile(QStringLiteral("late.csv"), QStringLiteral("Customer ID;Order Date;Sales\n"
                                                                              "C1;03/05/2024;1,250\n"
                                                                              "C2;04/06/2024;2.000\n"
                                                                              "C3;25/12/2024;9,99\n"));
    ImportOptions options = ordersOptions();
    options.strict = true;
    const auto summary = import(file, options);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary.value().dateOrder, DateOrder::DayFirst);
    QCOMPARE(summary.value().decimalSeparator, DecimalSeparator::Comma);
    QCOMPARE(summary.value().rows, 3);
    QCOMPARE(summary.value().ordersAdded, 3);
    CustomerStore store;
    QVERIFY(!store.open(m_db));
    const QList<Customer> customers = store.customers().value();
    QCOMPARE(customers.at(0).firstOrder, QDate(2024, 5, 3));
    QCOMPARE(customers.at(0).revenue, 1.25);
    QCOMPARE(customers.at(1).revenue, 2000.0);
    QCOMPARE(store.totals().value().customers, 3);
}

// The first filled field used to be the only one checked: a name with bad
// bytes after the customer id went in with a replacement character.
void TestCsvImporter::undecodableBytesInAnyFieldAreReported()
{
    const QString file = writeFile(QStringLiteral("utf8.csv"),
                                   QByteArray("Customer ID,Customer Name,Email,Order ID,Order Date,Sales\n"
                                              "C1,Ann \xFF Lee,ann@example.com,O1,2024-03-05,10\n"
                                              "C2,Bob,bob@example.com,O2,2024-03-06,2\xE9\n"
                                              "C3,Cy,cy@example.com,O3,2024-03-07,30\n"));
    ImportOptions options = ordersOptions();
    options.settings.encoding = "UTF-8";
    const auto summary = import(file, options);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary.value().rowsSkipped, 2);
    QCOMPARE(summary.value().issues.at(0).row, 2);
    QCOMPARE(summary.value().issues.at(0).column, 2);
    QCOMPARE(summary.value().issues.at(1).row, 3);
    QCOMPARE(summary.value().issues.at(1).column, 6);
    QCOMPARE(summary.value().customersCreated, 1);
}

void TestCsvImporter::skipAndReport()
{
    const QString file = writeFile(QStringLiteral("bad.csv"), QStringLiteral("Order ID,Order Date,Customer ID,Sales\n"
                                                                             "1,2024-01-02,C1,10\n"
                                                                             "2,2024-01-02,C1,ten\n"
                                                                             "3,someday,C1,10\n"
                                                                             "4,2024-01-02,,10\n"
                                                                             "5,2024-01-02,C1\n"
                                                                             ",,,\n"
                                                                             "6,2024-01-03,C2,20\n"));
    const auto summary = import(file, ordersOptions());
    QVERIFY(summary);
    const ImportSummary &s = summary.value();
    QCOMPARE(s.rows, 6); // the empty row is not counted
    QCOMPARE(s.rowsSkipped, 4);
    QCOMPARE(s.ordersAdded, 2);
    QCOMPARE(s.issues.size(), 4);
    QCOMPARE(s.issues.at(0).row, 3);
    QCOMPARE(s.issues.at(0).column, 4);
    QCOMPARE(s.issues.at(0).header, QStringLiteral("Sales"));
    QCOMPARE(s.issues.at(0).value, QStringLiteral("ten"));
    QVERIFY(!s.issues.at(0).reason.isEmpty());
    QCOMPARE(s.issues.at(1).row, 4);
    QCOMPARE(s.issues.at(1).header, QStringLiteral("Order Date"));
    QCOMPARE(s.issues.at(1).value, QStringLiteral("someday"));
    QCOMPARE(s.issues.at(2).row, 5);
    QCOMPARE(s.issues.at(2).header, QStringLiteral("Customer ID"));
    QCOMPARE(s.issues.at(3).row, 6);
    QCOMPARE(s.issues.at(3).column, 0); // the whole row: wrong field count

    const QString report = m_dir->filePath(QStringLiteral("report.csv"));
    QVERIFY(!s.saveIssues(report));
    QFile saved(report);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 only with a BOM
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.startsWith(QStringLiteral("row,column,value,reason\r\n")));
    QVERIFY(text.contains(QStringLiteral("\r\n3,Sales,ten,")));
    QCOMPARE(text.count(QStringLiteral("\r\n")), 5);

    const QJsonObject json = s.toJson();
    QCOMPARE(json.value(QStringLiteral("rows_skipped")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("issues")).toArray().size(), 4);
}

void TestCsvImporter::strictStopsAtFirstProblem()
{
    QVERIFY(import(writeFile(QStringLiteral("ok.csv"), QStringLiteral("Customer ID,Order Date,Sales\nC0,2024-01-01,1\n")),
                   ordersOptions()));
    const QString before = dump(m_db);
    ImportOptions options = ordersOptions();
    options.strict = true;
    const auto result = import(writeFile(QStringLiteral("bad.csv"), QStringLiteral("Customer ID,Order Date,Sales\n"
                                                                                   "C1,2024-01-02,10\n"
                                                                                   "C2,2024-01-02,(oops)\n"
                                                                                   "C3,2024-01-02,10\n")),
                               options);
    QVERIFY(!result);
    QCOMPARE(result.error().row, 3);
    QCOMPARE(result.error().column, 3);
    QVERIFY(result.error().message.startsWith(QStringLiteral("Sales: ")));
    QCOMPARE(dump(m_db), before);
}

// A Japanese member list in Shift_JIS and a German list fill the contact
// details by their headers; a later list updates them, and its empty cells
// keep what is known.
void TestCsvImporter::contactDetailsByHeader()
{
    const QString japanese = QStringLiteral("会員番号,氏名,フリガナ,メールアドレス,電話番号,郵便番号,住所\r\n"
                                            "M1,伊藤 一郎,イトウ イチロウ,ito@example.jp,03-1111-2222,100-0001,"
                                            "\"東京都千代田区千代田1-1\nさくらビル3F\"\r\n");
    const auto first
        = import(writeFile(QStringLiteral("members.csv"), QStringEncoder("windows-31j").encode(japanese)),
                 customersOptions());
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QCOMPARE(first.value().customersCreated, 1);
    const auto german = import(writeFile(QStringLiteral("kunden.csv"),
                                         QStringLiteral("Kundennummer;Name;Telefon;PLZ;Anschrift\n"
                                                        "D1;Jürgen Weiß;030 1234567;10115;Invalidenstraße 1, Berlin\n")),
                               customersOptions());
    QVERIFY2(german, qPrintable(german ? QString() : german.error().toString()));

    CustomerStore store;
    QVERIFY(!store.open(m_db));
    Customer ito = store.findCustomer(QStringLiteral("M1")).value();
    QCOMPARE(ito.reading, QStringLiteral("イトウ イチロウ"));
    QCOMPARE(ito.phone, QStringLiteral("03-1111-2222"));
    QCOMPARE(ito.postalCode, QStringLiteral("100-0001"));
    QCOMPARE(ito.address, QStringLiteral("東京都千代田区千代田1-1\nさくらビル3F"));
    const Customer weiss = store.findCustomer(QStringLiteral("D1")).value();
    QCOMPARE(weiss.name, QStringLiteral("Jürgen Weiß"));
    QCOMPARE(weiss.phone, QStringLiteral("030 1234567"));
    QCOMPARE(weiss.postalCode, QStringLiteral("10115"));
    QCOMPARE(weiss.address, QStringLiteral("Invalidenstraße 1, Berlin"));
    store.close();

    const auto moved = import(writeFile(QStringLiteral("members2.csv"),
                                        QStringLiteral("会員番号,電話番号,郵便番号,住所,フリガナ\n"
                                                       "M1,090-0000-1111,,,\n")),
                              customersOptions());
    QVERIFY(moved);
    QCOMPARE(moved.value().customersUpdated, 1);
    QVERIFY(!store.open(m_db));
    ito = store.customer(ito.id).value();
    QCOMPARE(ito.phone, QStringLiteral("090-0000-1111"));
    QCOMPARE(ito.postalCode, QStringLiteral("100-0001"));
    QCOMPARE(ito.reading, QStringLiteral("イトウ イチロウ"));
    QVERIFY(ito.address.startsWith(QStringLiteral("東京都")));
}

void TestCsvImporter::customerList()
{
    const QString file = writeFile(QStringLiteral("customers.csv"),
                                   QStringLiteral("顧客番号,氏名,メールアドレス,会社名,タグ,価値観の共有可能性,価値観の自覚,ステージ,備考\n"
                                                  "K1,佐藤 花子,hanako@example.jp,花屋,\"VIP、紹介\",80,\"20,5\",常連客,好きな色は青\n"
                                                  "K2,鈴木 一郎,,,,,,,\n"
                                                  "K3,田中,t@example.jp,,,120,,,\n"
                                                  "K4,高橋,h@example.jp,,,,,unknown,\n"));
    const auto first = import(file, customersOptions());
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QCOMPARE(first.value().customersCreated, 2);
    QCOMPARE(first.value().rowsSkipped, 2); // score out of range, unknown stage
    QCOMPARE(first.value().decimalSeparator, DecimalSeparator::Comma);

    CustomerStore store;
    QVERIFY(!store.open(m_db));
    Customer hanako = store.customers().value().at(0);
    QCOMPARE(hanako.name, QStringLiteral("佐藤 花子"));
    QCOMPARE(hanako.company, QStringLiteral("花屋"));
    QCOMPARE(hanako.tags, (QStringList{QStringLiteral("VIP"), QStringLiteral("紹介")}));
    QCOMPARE(hanako.valueFit, std::optional<double>(80.0));
    QCOMPARE(hanako.valueAwareness, std::optional<double>(20.5));
    QCOMPARE(hanako.handSetStage, std::optional<Stage>(Stage::Regular));
    QCOMPARE(hanako.notes, QStringLiteral("好きな色は青"));
    store.close();

    const auto again = import(file, customersOptions());
    QVERIFY(again);
    QCOMPARE(again.value().customersCreated, 0);
    QCOMPARE(again.value().customersUpdated, 0);

    // A later list moves Hanako on the matrix and adds a tag; empty cells keep what is known.
    const auto moved = import(writeFile(QStringLiteral("c2.csv"),
                                        QStringLiteral("Customer ID,Name,Value fit,Value awareness,Tags\n"
                                                       "K1,,85,60,new\n")),
                              customersOptions());
    QVERIFY(moved);
    QCOMPARE(moved.value().customersUpdated, 1);
    QVERIFY(!store.open(m_db));
    hanako = store.customer(hanako.id).value();
    QCOMPARE(hanako.name, QStringLiteral("佐藤 花子"));
    QCOMPARE(hanako.valueAwareness, std::optional<double>(60.0));
    QCOMPARE(hanako.tags.size(), 3);
    const QList<ScoreChange> history = store.scoreHistory(hanako.id).value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).source, QStringLiteral("import"));
    QCOMPARE(history.at(0).oldFit, std::optional<double>(80.0));
}

void TestCsvImporter::cancelWhileReadingLeavesStoreUnchanged()
{
    {
        CustomerStore store;
        QVERIFY(!store.open(m_db));
        DemoGenerator::Options demo;
        demo.customers = 50;
        QVERIFY(!DemoGenerator(demo).fill(store));
    }
    const QString before = dump(m_db);
    const QString file = bigOrderFile(40000);
    CsvImporter importer(m_db, file, ordersOptions());
    bool sawReading = false;
    importer.setProgressCallback([&](const ImportProgress &p) {
        if (p.phase == ImportProgress::Phase::Reading && p.rows > 10000) {
            sawReading = true;
            importer.cancel();
        }
    });
    const auto result = importer.run();
    QVERIFY(result);
    QVERIFY(sawReading);
    QVERIFY(result.value().cancelled);
    QCOMPARE(dump(m_db), before);
}

void TestCsvImporter::cancelWhileWritingLeavesStoreUnchanged()
{
    QVERIFY(import(writeFile(QStringLiteral("seed.csv"), QStringLiteral("Order ID,Date,Customer ID,Sales\n"
                                                                        "O1,2023-01-01,C1,5\n")),
                   ordersOptions()));
    const QString before = dump(m_db);
    const QString file = bigOrderFile(40000);
    CsvImporter importer(m_db, file, ordersOptions());
    qint64 writtenWhenCancelled = 0;
    importer.setProgressCallback([&](const ImportProgress &p) {
        if (p.phase == ImportProgress::Phase::Writing && p.done > p.total / 2 && !writtenWhenCancelled) {
            writtenWhenCancelled = p.done;
            importer.cancel();
        }
    });
    const auto result = importer.run();
    QVERIFY(result);
    QVERIFY(result.value().cancelled);
    QVERIFY(writtenWhenCancelled > 0);
    QCOMPARE(dump(m_db), before);
}

void TestCsvImporter::writeFailureHalfwayIsRolledBack()
{
    QVERIFY(import(writeFile(QStringLiteral("seed.csv"), QStringLiteral("Order ID,Date,Customer ID,Sales\n"
                                                                        "O1,2023-01-01,C1,5\n")),
                   ordersOptions()));
    const QString before = dump(m_db);
    ImportOptions options = ordersOptions();
    options.failAfterRows = 10000; // customers first (997), then orders
    const auto result = import(bigOrderFile(40000), options);
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(QStringLiteral("10000")));
    QCOMPARE(dump(m_db), before);

    // The store is still usable and the same import then succeeds.
    const auto retry = import(m_dir->filePath(QStringLiteral("big.csv")), ordersOptions());
    QVERIFY(retry);
    QCOMPARE(retry.value().ordersAdded, 19999);
    QCOMPARE(retry.value().ordersUpdated, 1); // O1 of C1 was in the store already

    // The order indexes rebuilt after the bulk insert still find every order.
    const QString after = dump(m_db);
    QVERIFY(after.contains(QStringLiteral("orders_external")));
    const auto again = import(m_dir->filePath(QStringLiteral("big.csv")), ordersOptions());
    QVERIFY(again);
    QCOMPARE(again.value().ordersAdded, 0);
    QCOMPARE(again.value().ordersUnchanged, 20000);
    QCOMPARE(dump(m_db), after);
}

Result<ImportSummary> TestCsvImporter::importWatchingJournal(const QString &file, const ImportOptions &options,
                                                             JournalSeen &seen, const std::function<void()> &whileWriting)
{
    CsvImporter importer(m_db, file, options);
    importer.setProgressCallback([&](const ImportProgress &p) {
        if (p.phase == ImportProgress::Phase::Writing && p.done > 0) {
            seen.journal |= QFile::exists(m_db + QStringLiteral("-journal"));
            seen.log |= QFile::exists(m_db + QStringLiteral("-wal"));
            if (whileWriting)
                whileWriting();
        }
    });
    return importer.run();
}

// 100,000 orders: a new store's pages are then written once, not into the
// log and again into the file. A program that opens the store to read it
// meanwhile (another process, here a thread) reads it as it was.
void TestCsvImporter::largeImportAloneWritesThroughARollbackJournal()
{
    KINDRED_SKIP_ON_POSTGRES("the journal of a SQLite file");
    JournalSeen seen;
    std::optional<Result<StoreTotals>> readMeanwhile;
    const auto readOnce = [&] {
        if (seen.journal && !readMeanwhile) {
            readMeanwhile = std::async(std::launch::async, [this] {
                                CustomerStore reader;
                                if (Status error = reader.open(m_db, CustomerStore::OpenMode::ReadOnly))
                                    return Result<StoreTotals>(*error);
                                return reader.totals();
                            }).get();
        }
    };
    const auto result = importWatchingJournal(bigOrderFile(200000), ordersOptions(), seen, readOnce);
    QVERIFY(result);
    QVERIFY(readMeanwhile.has_value());
    QVERIFY2(readMeanwhile->ok(), readMeanwhile->ok() ? "" : qPrintable(readMeanwhile->error().message));
    QCOMPARE(readMeanwhile->value().orders, 0);
    QCOMPARE(result.value().ordersAdded, 100000);
    QVERIFY(seen.journal);
    QVERIFY(!seen.log);
    QCOMPARE(journalMode(m_db), QStringLiteral("wal"));
    QVERIFY(!QFile::exists(m_db + QStringLiteral("-journal")));

    CustomerStore store;
    QVERIFY(!store.open(m_db));
    QCOMPARE(store.totals().value().orders, 100000);
    QCOMPARE(store.totals().value().customers, 997);
}

// A small import, and a large one while another connection (here the
// window's) has the store open and may be reading it, keep the log.
void TestCsvImporter::otherImportsWriteThroughTheLog_data()
{
    QTest::addColumn<int>("lines");
    QTest::addColumn<bool>("otherConnection");
    QTest::newRow("small") << 40000 << false;
    QTest::newRow("large, the store open elsewhere") << 200000 << true;
}

void TestCsvImporter::otherImportsWriteThroughTheLog()
{
    KINDRED_SKIP_ON_POSTGRES("the journal of a SQLite file");
    QFETCH(int, lines);
    QFETCH(bool, otherConnection);
    CustomerStore window;
    if (otherConnection)
        QVERIFY(!window.open(m_db));
    JournalSeen seen;
    const auto result = importWatchingJournal(bigOrderFile(lines), ordersOptions(), seen);
    QVERIFY(result);
    QCOMPARE(result.value().ordersAdded, lines / 2);
    QVERIFY(seen.log);
    QVERIFY(!seen.journal);
    if (otherConnection)
        QCOMPARE(window.totals().value().orders, lines / 2);
    window.close();
    QCOMPARE(journalMode(m_db), QStringLiteral("wal"));
}

void TestCsvImporter::largeImportThatFailsLeavesTheLog()
{
    KINDRED_SKIP_ON_POSTGRES("the journal of a SQLite file");
    QVERIFY(import(writeFile(QStringLiteral("seed.csv"), QStringLiteral("Order ID,Date,Customer ID,Sales\n"
                                                                        "O1,2023-01-01,C1,5\n")),
                   ordersOptions()));
    const QString before = dump(m_db);
    ImportOptions options = ordersOptions();
    options.failAfterRows = 50000;
    JournalSeen seen;
    const auto result = importWatchingJournal(bigOrderFile(200000), options, seen);
    QVERIFY(!result);
    QVERIFY2(result.error().message.endsWith(QLatin1String("Nothing was imported; the store is as it was.")),
             qPrintable(result.error().message));
    QVERIFY(seen.journal);
    QCOMPARE(journalMode(m_db), QStringLiteral("wal"));
    QVERIFY(!QFile::exists(m_db + QStringLiteral("-journal")));
    QCOMPARE(dump(m_db), before);
}

// A program that reads the store when the import commits holds the commit
// back: the import waits for it (here 6 s, longer than the 5 s a store
// waits otherwise) instead of failing.
void TestCsvImporter::largeImportWaitsForAReaderToFinish()
{
    KINDRED_SKIP_ON_POSTGRES("the journal of a SQLite file");
    JournalSeen seen;
    std::thread reader;
    std::promise<qint64> begun;
    std::future<qint64> ordersRead = begun.get_future();
    const auto holdARead = [&] {
        if (!seen.journal || reader.joinable())
            return;
        reader = std::thread([this, &begun] {
            const QString connection = QStringLiteral("kindred_test_reader");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                db.setDatabaseName(m_db);
                QSqlQuery q(db);
                qint64 orders = -1;
                if (db.open() && q.exec(QStringLiteral("BEGIN")) && q.exec(QStringLiteral("SELECT count(*) FROM orders"))
                    && q.next())
                    orders = q.value(0).toLongLong();
                q.finish(); // the transaction, and its lock, stay
                begun.set_value(orders);
                QThread::sleep(6);
                q.exec(QStringLiteral("COMMIT"));
            }
            QSqlDatabase::removeDatabase(connection);
        });
        ordersRead.wait();
    };
    QElapsedTimer timer;
    timer.start();
    const auto result = importWatchingJournal(bigOrderFile(200000), ordersOptions(), seen, holdARead);
    const qint64 elapsed = timer.elapsed();
    if (reader.joinable())
        reader.join();
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result.value().ordersAdded, 100000);
    QCOMPARE(ordersRead.get(), 0);
    QVERIFY2(elapsed > 5500, qPrintable(QString::number(elapsed)));
}

void TestCsvImporter::runsOnWorkerThread()
{
    CustomerStore guiStore;
    QVERIFY(!guiStore.open(m_db));
    QSignalSpy reset(&guiStore, &CustomerStore::customersReset);
    const QString file = bigOrderFile(2000);

    std::optional<Result<ImportSummary>> result;
    std::thread worker([&] { result = CsvImporter(m_db, file, ordersOptions()).run(); });
    worker.join();
    QVERIFY(result && *result);
    QCOMPARE(reset.count(), 0); // the worker's own store announced it, not this one
    guiStore.announceExternalChange();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(guiStore.totals().value().orders, 1000);
}

void TestCsvImporter::preview()
{
    const QString file = writeFile(QStringLiteral("p.csv"), QStringLiteral("a;b\n1;2\n3;4\n5;6\n"));
    const auto preview = CsvImporter::preview(file, {}, 2);
    QVERIFY(preview);
    QCOMPARE(preview.value().delimiter, ';');
    QCOMPARE(preview.value().headers, (QStringList{"a", "b"}));
    QCOMPARE(preview.value().rows.size(), 2);
    QCOMPARE(preview.value().rows.at(1), (QStringList{"3", "4"}));
    QVERIFY(!CsvImporter::preview(m_dir->filePath(QStringLiteral("missing.csv")), {}, 2));
}

void TestCsvImporter::mostlyUtf8FileIsReadAsUtf8_data()
{
    QTest::addColumn<bool>("strict");
    QTest::newRow("skip") << false;
    QTest::newRow("strict") << true;
}

// One Latin-1 byte among 1,000 Japanese names: the file is UTF-8 with one
// bad row, not windows-1252 mojibake.
void TestCsvImporter::mostlyUtf8FileIsReadAsUtf8()
{
    QFETCH(bool, strict);
    QByteArray data = "Customer ID,Name,Order Date,Sales\n";
    for (int row = 2; row <= 1001; ++row) {
        const QByteArray name = row == 5 ? QByteArray("Caf\xE9") : QStringLiteral("山田 太郎%1").arg(row).toUtf8();
        data += "C" + QByteArray::number(row) + "," + name + ",2024-01-02,10\n";
    }
    const QString before = dump(m_db);
    ImportOptions options = ordersOptions();
    options.strict = strict;
    const auto summary = import(writeFile(QStringLiteral("names.csv"), data), options);
    if (strict) {
        QVERIFY(!summary);
        QCOMPARE(summary.error().row, 5);
        QCOMPARE(summary.error().column, 2);
        QCOMPARE(dump(m_db), before);
        return;
    }
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary.value().encoding, QByteArray("UTF-8"));
    QVERIFY(!summary.value().encodingGuessed);
    QCOMPARE(summary.value().rowsSkipped, 1);
    QCOMPARE(summary.value().issues.at(0).row, 5);
    QCOMPARE(summary.value().issues.at(0).column, 2);
    CustomerStore store;
    QVERIFY(!store.open(m_db));
    QCOMPARE(store.customers().value().at(0).name, QStringLiteral("山田 太郎2"));
}

void TestCsvImporter::strayQuoteStopsTheImport_data()
{
    QTest::addColumn<int>("lines");
    QTest::newRow("10 lines") << 10;
    QTest::newRow("100,000 lines") << 100000;
}

// A quote opened at the start of a field and never closed: nothing is
// written, and the error says where it is and how much was not read.
void TestCsvImporter::strayQuoteStopsTheImport()
{
    QFETCH(int, lines);
    QVERIFY(import(writeFile(QStringLiteral("ok.csv"), QStringLiteral("Customer ID,Order Date,Sales\nC0,2024-01-01,1\n")),
                   ordersOptions()));
    const QString before = dump(m_db);
    QByteArray data = "Order ID,Order Date,Customer ID,Sales\n";
    for (int line = 2; line <= lines; ++line)
        data += "O" + QByteArray::number(line) + ",2024-01-02," + (line == 4 ? "\"" : "") + "C" + QByteArray::number(line) + ",10\n";
    const auto result = import(writeFile(QStringLiteral("quote.csv"), data), ordersOptions());
    QVERIFY(!result);
    QCOMPARE(result.error().row, 4);
    QCOMPARE(result.error().column, 3);
    QVERIFY2(result.error().message.contains(QLocale().toString(lines - 3) + QStringLiteral(" line")),
             qPrintable(result.error().message));
    QCOMPARE(dump(m_db), before);

    // Read as a plain character, the quote is part of the customer's id.
    ImportOptions literal = ordersOptions();
    literal.literalQuotes = true;
    const auto read = import(writeFile(QStringLiteral("quote.csv"), data), literal);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    QCOMPARE(read.value().rows, lines - 1);
    QCOMPARE(read.value().rowsSkipped, 0);
}

// Skipped rows are counted in the lines of the file they span.
void TestCsvImporter::linesNotReadAreCounted()
{
    const QString file = writeFile(QStringLiteral("customers.csv"),
                                   QStringLiteral("Customer ID,Name,Notes,Value fit\n"
                                                  "C1,Ann,\"three\nline\nnote\",200\n"
                                                  "C2,Bo,one line,300\n"
                                                  "C3,Cy,\"two\r\nlines\",50\n"));
    const auto summary = import(file, customersOptions());
    QVERIFY(summary);
    QCOMPARE(summary.value().rows, 3);
    QCOMPARE(summary.value().rowsSkipped, 2);
    QCOMPARE(summary.value().linesNotRead, 4);
    QCOMPARE(summary.value().toJson().value(QStringLiteral("lines_not_read")).toInt(), 4);
}

void TestCsvImporter::longFieldIsReported()
{
    QByteArray data = "Customer ID,Name\nC1,Ann\nC2,";
    data += QByteArray(3 << 20, 'x');
    data += "\nC3,Cy\n";
    const auto summary = import(writeFile(QStringLiteral("long.csv"), data), customersOptions());
    QVERIFY(summary);
    QCOMPARE(summary.value().customersCreated, 2);
    QCOMPARE(summary.value().rowsSkipped, 1);
    QCOMPARE(summary.value().issues.at(0).row, 3);
    QCOMPARE(summary.value().issues.at(0).column, 2);
}

// A NUL byte is no text: its row is reported, on every engine, and the rest imported.
void TestCsvImporter::nulBytesAreReported()
{
    static const char bytes[] = "Customer ID,Name,Email,Order ID,Order Date,Sales\n"
                                "C1,Ann\0Lee,ann@example.com,O1,2024-03-05,10\n"
                                "C2,Bo,bo@example.com,O\0002,2024-03-06,20\n"
                                "C3,Cy,cy@example.com,O3,2024-03-07,30\n";
    const auto summary = import(writeFile(QStringLiteral("nul.csv"), QByteArray(bytes, sizeof bytes - 1)), ordersOptions());
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary.value().rowsSkipped, 2);
    QCOMPARE(summary.value().issues.at(0).row, 2);
    QCOMPARE(summary.value().issues.at(0).column, 2);
    QCOMPARE(summary.value().issues.at(1).row, 3);
    QCOMPARE(summary.value().issues.at(1).column, 4);
    QCOMPARE(summary.value().ordersAdded, 1);
}

void TestCsvImporter::sumsThatOverflowAreRefused_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<qint64>("row");
    const QString big = QStringLiteral("1") + QString(308, u'0');
    QTest::newRow("one order")
        << QStringLiteral("Order ID,Order Date,Customer ID,Sales\nO1,2024-01-02,C1,%1\nO1,2024-01-02,C1,%1\n").arg(big)
        << qint64(3);
    QTest::newRow("a further line of the order")
        << QStringLiteral("Order ID,Order Date,Customer ID,Sales\nO1,2024-01-02,C1,%1\nO1,,,%1\n").arg(big) << qint64(3);
    QTest::newRow("two customers")
        << QStringLiteral("Order ID,Order Date,Customer ID,Sales\nO1,2024-01-02,C1,%1\nO2,2024-01-02,C2,-%1\n").arg(big)
        << qint64(3);
}

// Amounts each finite whose sum is not: the row that makes it so is refused.
void TestCsvImporter::sumsThatOverflowAreRefused()
{
    QFETCH(QString, csv);
    QFETCH(qint64, row);
    const QString file = writeFile(QStringLiteral("big.csv"), csv);
    const auto summary = import(file, ordersOptions());
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary.value().rowsSkipped, 1);
    QCOMPARE(summary.value().issues.at(0).row, row);
    QCOMPARE(summary.value().issues.at(0).column, 4);
    CustomerStore store;
    QVERIFY(!store.open(m_db));
    QVERIFY(std::isfinite(store.totals().value().revenue));
    const QList<Customer> customers = store.customers().value();
    for (const Customer &c : customers)
        QVERIFY(std::isfinite(c.revenue));

    ImportOptions strict = ordersOptions();
    strict.strict = true;
    const auto refused = import(file, strict);
    QVERIFY(!refused);
    QCOMPARE(refused.error().row, row);
    QCOMPARE(refused.error().column, 4);
}

// Names, companies and notes are kept as written, spaces and all; ids and
// emails, which are matched, lose spaces around them.
void TestCsvImporter::textIsKeptAsWritten()
{
    const QString file = writeFile(QStringLiteral("customers.csv"),
                                   QStringLiteral("Customer ID,Name,Email,Company,Notes\n"
                                                  " C1 ,Trailing space , Ann@Example.com , Acme ,  indented note\n"
                                                  "C2, Leading space,,   ,\n"));
    const auto summary = import(file, customersOptions());
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    CustomerStore store;
    QVERIFY(!store.open(m_db));
    const QList<Customer> customers = store.customers().value();
    QCOMPARE(customers.size(), 2);
    QCOMPARE(customers.at(0).externalId, QStringLiteral("C1"));
    QCOMPARE(customers.at(0).name, QStringLiteral("Trailing space "));
    QCOMPARE(customers.at(0).email, QStringLiteral("Ann@Example.com"));
    QCOMPARE(customers.at(0).company, QStringLiteral(" Acme "));
    QCOMPARE(customers.at(0).notes, QStringLiteral("  indented note"));
    QCOMPARE(customers.at(1).name, QStringLiteral(" Leading space"));
    QCOMPARE(customers.at(1).company, QString()); // only spaces: nothing written
}

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "tst_csvimporter.moc"
