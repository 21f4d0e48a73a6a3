// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../common/clirun.h"

// kindred-cli import of Excel and LibreOffice workbooks: the same store as
// the same rows in CSV, a sheet chosen by name, and damaged or hostile files
// refused with nothing written.
class TestCliWorkbook : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sameAsTheCsvTwin_data();
    void sameAsTheCsvTwin();
    void sheetByName();
    void unknownSheetListsTheSheets();
    void refusedWithNothingWritten_data();
    void refusedWithNothingWritten();

private:
    CliRun cli(const QString &db, const QStringList &arguments) const
    {
        return runCli(QStringList{QStringLiteral("--db"), db} + arguments, m_dir->path());
    }
    QString db(const QString &name) const { return m_dir->filePath(name + QStringLiteral(".kindred")); }
    static QString fixture(const QString &name) { return QStringLiteral(KINDRED_TEST_DATA "/workbooks/") + name; }
    QByteArray fileBytes(const QString &path) const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliWorkbook::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCliWorkbook::sameAsTheCsvTwin_data()
{
    QTest::addColumn<QString>("workbook");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("readAs");
    QTest::newRow("xlsx") << QStringLiteral("orders.xlsx") << QStringLiteral("xlsx") << QStringLiteral("(Excel workbook, sheet \"Orders\")");
    QTest::newRow("xlsx 1904") << QStringLiteral("orders-1904.xlsx") << QStringLiteral("xlsx") << QStringLiteral("(Excel workbook, sheet \"Orders\")");
    QTest::newRow("xlsx by LibreOffice") << QStringLiteral("orders-lo.xlsx") << QStringLiteral("xlsx") << QStringLiteral("(Excel workbook, sheet \"Orders\")");
    QTest::newRow("ods") << QStringLiteral("orders.ods") << QStringLiteral("ods") << QStringLiteral("(LibreOffice workbook, sheet \"Orders\")");
}

void TestCliWorkbook::sameAsTheCsvTwin()
{
    QFETCH(QString, workbook);
    QFETCH(QString, format);
    QFETCH(QString, readAs);
    const CliRun csv = cli(db(QStringLiteral("csv")), {QStringLiteral("import"), fixture(QStringLiteral("orders.csv")), QStringLiteral("--json")});
    QCOMPARE(csv.exitCode, 0);
    const CliRun run = cli(db(QStringLiteral("wb")), {QStringLiteral("import"), fixture(workbook), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject summary = run.json();
    QCOMPARE(summary.value(QStringLiteral("format")).toString(), format);
    QCOMPARE(summary.value(QStringLiteral("sheet")).toString(), QStringLiteral("Orders"));
    QCOMPARE(summary.value(QStringLiteral("encoding")).toString(), QString());
    for (const char *key : {"kind", "rows", "rows_skipped", "customers_created", "orders_added", "date_order"})
        QCOMPARE(summary.value(QLatin1String(key)), csv.json().value(QLatin1String(key)));
    QCOMPARE(summary.value(QStringLiteral("rows")).toInt(), 6);
    // The #N/A amount: skipped at the row and column the spreadsheet shows.
    const QJsonObject issue = summary.value(QStringLiteral("issues")).toArray().at(0).toObject();
    QCOMPARE(issue.value(QStringLiteral("row")).toInt(), 9);
    QCOMPARE(issue.value(QStringLiteral("column")).toInt(), 6);
    QCOMPARE(issue.value(QStringLiteral("header")).toString(), QStringLiteral("Amount"));

    const QJsonObject stats = cli(db(QStringLiteral("wb")), {QStringLiteral("stats"), QStringLiteral("--json")}).json();
    QCOMPARE(stats, cli(db(QStringLiteral("csv")), {QStringLiteral("stats"), QStringLiteral("--json")}).json());
    QCOMPARE(stats.value(QStringLiteral("customers")).toInt(), 4);
    QCOMPARE(stats.value(QStringLiteral("orders")).toInt(), 5);
    QCOMPARE(stats.value(QStringLiteral("revenue")).toDouble(), 1436.59);
    // Customer by customer: ids with their zeros, names, emails, order dates and revenue.
    const QByteArray customers = cli(db(QStringLiteral("wb")), {QStringLiteral("customers"), QStringLiteral("--json")}).out;
    QCOMPARE(customers, cli(db(QStringLiteral("csv")), {QStringLiteral("customers"), QStringLiteral("--json")}).out);
    QVERIFY(customers.contains("\"external_id\": \"00123\""));

    const CliRun text = cli(db(QStringLiteral("wb")), {QStringLiteral("import"), fixture(workbook)});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(readAs.toUtf8()), text.out.constData());
    QVERIFY2(text.out.contains("0 added, 0 updated, 5 unchanged"), text.out.constData());
}

void TestCliWorkbook::sheetByName()
{
    const CliRun run = cli(db(QStringLiteral("k")), {QStringLiteral("import"), fixture(QStringLiteral("orders.xlsx")),
                                                     QStringLiteral("--sheet"), QStringLiteral("Customers"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json().value(QStringLiteral("sheet")).toString(), QStringLiteral("Customers"));
    QCOMPARE(run.json().value(QStringLiteral("kind")).toString(), QStringLiteral("customers"));
    QCOMPARE(run.json().value(QStringLiteral("customers_created")).toInt(), 2);
    const QJsonArray customers = QJsonDocument::fromJson(cli(db(QStringLiteral("k")), {QStringLiteral("customers"), QStringLiteral("--json")}).out).array();
    QCOMPARE(customers.size(), 2);
    QCOMPARE(customers.at(0).toObject().value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("vip")});
}

void TestCliWorkbook::unknownSheetListsTheSheets()
{
    const CliRun run = cli(db(QStringLiteral("k")), {QStringLiteral("import"), fixture(QStringLiteral("orders.ods")),
                                                     QStringLiteral("--sheet"), QStringLiteral("Orders 2023")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"no sheet \"Orders 2023\". Its sheets: \"Orders\", \"Customers\"."), qPrintable(run.err));
}

void TestCliWorkbook::refusedWithNothingWritten_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("says");
    QTest::newRow("zip bomb") << QStringLiteral("bomb.xlsx") << QStringLiteral("bomb.xlsx: The workbook is damaged or hostile: its part xl/worksheets/sheet1.xml unpacks to more than the 2.0 kB it declares.");
    QTest::newRow("declared 4 GB") << QStringLiteral("huge.xlsx") << QStringLiteral("huge.xlsx: The workbook's part xl/worksheets/sheet1.xml unpacks to 4.0 GB, more than the 2.0 GB Kindred reads.");
    QTest::newRow("truncated") << QStringLiteral("truncated.xlsx") << QStringLiteral("truncated.xlsx: The workbook cannot be opened: it is not a complete zip file");
    QTest::newRow("not a zip") << QStringLiteral("notazip.xlsx") << QStringLiteral("notazip.xlsx: The workbook cannot be opened");
    QTest::newRow("xls") << QStringLiteral("old.xls") << QStringLiteral("old.xls: This is an Excel 97–2003 workbook (.xls), which Kindred does not read.");
    QTest::newRow("malformed XML") << QStringLiteral("malformed.xlsx") << QStringLiteral("malformed.xlsx, row 6: The workbook is damaged:");
    QTest::newRow("rows out of order") << QStringLiteral("outoforder.xlsx") << QStringLiteral("outoforder.xlsx, row 6: Sheet \"Orders\": Row 5 comes after row 6");
    QTest::newRow("beyond XFD") << QStringLiteral("beyondxfd.xlsx") << QStringLiteral("beyondxfd.xlsx, row 9: Sheet \"Orders\": A cell's reference \"XFE9\" is beyond column XFD");
    QTest::newRow("missing sheet part") << QStringLiteral("nosheet.xlsx") << QStringLiteral("nosheet.xlsx: The workbook lacks its part xl/worksheets/sheet1.xml (sheet \"Orders\")");
}

void TestCliWorkbook::refusedWithNothingWritten()
{
    QFETCH(QString, file);
    QFETCH(QString, says);
    const QString store = db(QStringLiteral("k"));
    QCOMPARE(cli(store, {QStringLiteral("import"), fixture(QStringLiteral("orders.csv"))}).exitCode, 0);
    const QByteArray before = fileBytes(store);
    QVERIFY(!before.isEmpty());
    const CliRun run = cli(store, {QStringLiteral("import"), fixture(QStringLiteral("hostile/") + file)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    QVERIFY(fileBytes(store) == before);
}

QTEST_GUILESS_MAIN(TestCliWorkbook)
#include "tst_cliworkbook.moc"
