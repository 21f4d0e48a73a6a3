// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowfile.h"
#include "workbook/cellvalue.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(KINDRED_TEST_DATA "/workbooks/") + name;
}

struct SheetRow
{
    qint64 row;
    QStringList fields;
    QList<int> problemColumns; // of the fields read
};

// Every row of the file's sheet as the importer sees it.
QList<SheetRow> readAll(const RowFile &file)
{
    QList<SheetRow> rows;
    auto reader = file.reader();
    if (!reader)
        return rows;
    RowSource &source = *reader.value();
    while (source.next()) {
        SheetRow row{source.row(), source.fields(), {}};
        // A sheet's rows end at their last filled cell.
        while (!row.fields.isEmpty() && row.fields.constLast().isEmpty())
            row.fields.removeLast();
        for (const Error &problem : source.problems())
            row.problemColumns.append(problem.column);
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestWorkbookReader : public QObject
{
    Q_OBJECT

private slots:
    void cellsAsTheWorkbookMeansThem_data();
    void cellsAsTheWorkbookMeansThem();
    void sheetIsChosen();
    void unknownSheetListsTheSheets();
    void firstSheetWithATable();
    void fileNamedAsAWorkbook_data();
    void fileNamedAsAWorkbook();
    void hostileFilesAreRefused_data();
    void hostileFilesAreRefused();
    void formatCodes_data();
    void formatCodes();
    void builtInFormats();
    void serials_data();
    void serials();
    void numbers_data();
    void numbers();
};

void TestWorkbookReader::cellsAsTheWorkbookMeansThem_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("paid"); // TRUE in Excel; LibreOffice keeps booleans as 1 and 0
    QTest::newRow("openpyxl") << QStringLiteral("orders.xlsx") << QStringLiteral("xlsx") << QStringLiteral("TRUE");
    QTest::newRow("1904 date system") << QStringLiteral("orders-1904.xlsx") << QStringLiteral("xlsx") << QStringLiteral("TRUE");
    QTest::newRow("LibreOffice xlsx") << QStringLiteral("orders-lo.xlsx") << QStringLiteral("xlsx") << QStringLiteral("TRUE");
    QTest::newRow("LibreOffice ods") << QStringLiteral("orders.ods") << QStringLiteral("ods") << QStringLiteral("1");
}

void TestWorkbookReader::cellsAsTheWorkbookMeansThem()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, paid);
    const QString notPaid = paid == u"TRUE" ? QStringLiteral("FALSE") : QStringLiteral("0");
    const auto opened = RowFile::open(fixture(file), {});
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    const RowFile &rows = opened.value();
    QCOMPARE(rowFileFormatKey(rows.format()), format);
    QCOMPARE(rows.sheets(), (QStringList{QStringLiteral("Orders"), QStringLiteral("Customers")}));
    QCOMPARE(rows.sheet(), QStringLiteral("Orders"));
    QVERIFY(rows.size() > 0);

    const QList<SheetRow> read = readAll(rows);
    // Rows 2 and 7 are empty: passed over, the numbering kept.
    const QList<qint64> numbers{1, 3, 4, 5, 6, 8, 9, 10};
    QCOMPARE(read.size(), numbers.size());
    for (qsizetype i = 0; i < read.size(); ++i)
        QCOMPARE(read.at(i).row, numbers.at(i));
    // The title is merged over A1:G1: its other cells are empty, the columns below unshifted.
    QCOMPARE(read.at(0).fields, QStringList{QStringLiteral("受注データ (Order export)")});
    QCOMPARE(read.at(1).fields, (QStringList{QStringLiteral("Order ID"), QStringLiteral("Customer ID"), QStringLiteral("Name"),
                                             QStringLiteral("Email"), QStringLiteral("Order Date"), QStringLiteral("Amount"),
                                             QStringLiteral("Paid")}));
    const QList<QStringList> expected{
        {u"1001"_qs, u"00123"_qs, u"山田 太郎"_qs, u"yamada@example.jp"_qs, u"2024-03-05"_qs, u"1200"_qs, paid},
        // Rich text (runs joined, the furigana left out) and a yyyy/mm/dd date.
        {u"1002"_qs, u"C2"_qs, u"Ann Lee"_qs, u"ann@example.com"_qs, u"2024-03-06"_qs, u"45.5"_qs, notPaid},
        // An inline string, a [$-411]ggge年m月d日 date, a formula's cached value.
        {u"1003"_qs, u"C3"_qs, u"Bob Smith"_qs, u"bob@example.com"_qs, u"2024-04-01"_qs, u"91"_qs, paid},
        {u"1004"_qs, u"00123"_qs, u"山田 太郎"_qs, u"yamada@example.jp"_qs, u"2024-05-01 14:30:00"_qs, u"99.99"_qs, notPaid},
        // #N/A reads as empty, and is a problem of its column once read.
        {u"1005"_qs, u"C4"_qs, u"Dee Ito"_qs, u"dee@example.com"_qs, u"2024-05-02"_qs, QString(), paid},
        {u"1006"_qs, u"C5"_qs, u"Eve Ono"_qs, u"eve@example.com"_qs, u"2024-06-30"_qs, u"0.1"_qs, notPaid},
    };
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const SheetRow &row = read.at(i + 2);
        for (qsizetype column = 0; column < expected.at(i).size(); ++column) {
            QVERIFY2(row.fields.value(column) == expected.at(i).at(column),
                     qPrintable(QStringLiteral("row %1, column %2: \"%3\"")
                                    .arg(row.row)
                                    .arg(column + 1)
                                    .arg(row.fields.value(column))));
        }
        QCOMPARE(row.problemColumns, row.row == 9 ? QList<int>{6} : QList<int>{});
    }
}

void TestWorkbookReader::sheetIsChosen()
{
    CsvReadOptions options;
    options.sheet = QStringLiteral("Customers");
    const auto opened = RowFile::open(fixture(QStringLiteral("orders.ods")), options);
    QVERIFY(opened);
    QCOMPARE(opened.value().sheet(), QStringLiteral("Customers"));
    const QList<SheetRow> read = readAll(opened.value());
    QCOMPARE(read.size(), 3);
    QCOMPARE(read.at(0).fields, (QStringList{u"Customer ID"_qs, u"Name"_qs, u"Email"_qs, u"Tags"_qs}));
    QCOMPARE(read.at(1).fields, (QStringList{u"00123"_qs, u"山田 太郎"_qs, u"yamada@example.jp"_qs, u"vip"_qs}));
}

void TestWorkbookReader::unknownSheetListsTheSheets()
{
    CsvReadOptions options;
    options.sheet = QStringLiteral("Sheet9");
    const auto opened = RowFile::open(fixture(QStringLiteral("orders.xlsx")), options);
    QVERIFY(!opened);
    const QString message = opened.error().message;
    QVERIFY2(message.contains(u"\"Sheet9\"") && message.contains(u"\"Orders\", \"Customers\""), qPrintable(message));
}

// A workbook whose first sheet is a note above nothing: its second holds the table.
void TestWorkbookReader::firstSheetWithATable()
{
    const auto opened = RowFile::open(fixture(QStringLiteral("notes-first.xlsx")), {});
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    QCOMPARE(opened.value().sheets(), (QStringList{u"Read me"_qs, u"Orders"_qs}));
    QCOMPARE(opened.value().sheet(), QStringLiteral("Orders"));
}

void TestWorkbookReader::fileNamedAsAWorkbook_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("readAsCsv");
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 7919) % 251);
    QTest::newRow("damaged: binary") << u"orders.xlsx"_qs << binary << false;
    QTest::newRow("a web page") << u"orders.xlsx"_qs
                                << QByteArray("\n<!DOCTYPE html><html><body>Session expired</body></html>\n") << false;
    QTest::newRow("XML saved as .ods") << u"orders.ods"_qs << QByteArray("<?xml version=\"1.0\"?><office/>") << false;
    QTest::newRow("CSV under a workbook's name") << u"orders.XLSX"_qs
                                                 << QByteArray("Customer ID,Name\nC1,Ann\n") << true;
    QTest::newRow("UTF-16 CSV under a workbook's name")
        << u"orders.xlsx"_qs
        << QByteArray(QStringEncoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom)(u"Customer ID\nC1\n"_qs))
        << true;
    QTest::newRow("binary under another name") << u"orders.dat"_qs << binary << true;
}

// A file named .xlsx, .xlsm or .ods that is no zip file: text is read as
// CSV; binary bytes or markup are a damaged workbook or a web page, said so.
void TestWorkbookReader::fileNamedAsAWorkbook()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(bool, readAsCsv);
    QTemporaryDir dir;
    QFile file(dir.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(content) == content.size());
    file.close();
    const auto opened = RowFile::open(file.fileName(), {});
    if (readAsCsv) {
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        QCOMPARE(rowFileFormatKey(opened.value().format()), QStringLiteral("csv"));
        return;
    }
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.contains(u"named as a workbook but is not one"), qPrintable(opened.error().message));
    QCOMPARE(opened.error().file, file.fileName());
}

void TestWorkbookReader::hostileFilesAreRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("row");
    QTest::newRow("zip bomb") << u"bomb.xlsx"_qs << u"unpacks to more than the 2.0 kB it declares"_qs << qint64(0);
    QTest::newRow("declares 4 GB") << u"huge.xlsx"_qs << u"more than the 2.0 GB Kindred reads"_qs << qint64(0);
    QTest::newRow("truncated") << u"truncated.xlsx"_qs << u"not a complete zip file"_qs << qint64(0);
    QTest::newRow("not a zip") << u"notazip.xlsx"_qs << u"not a complete zip file"_qs << qint64(0);
    QTest::newRow("xls") << u"old.xls"_qs << u"Excel 97–2003 workbook (.xls)"_qs << qint64(0);
    QTest::newRow("malformed XML") << u"malformed.xlsx"_qs << u"sheet \"Orders\", after row 6"_qs << qint64(6);
    QTest::newRow("rows out of order") << u"outoforder.xlsx"_qs << u"Row 5 comes after row 6"_qs << qint64(6);
    QTest::newRow("beyond XFD") << u"beyondxfd.xlsx"_qs << u"\"XFE9\" is beyond column XFD"_qs << qint64(9);
    QTest::newRow("missing sheet") << u"nosheet.xlsx"_qs << u"lacks its part xl/worksheets/sheet1.xml"_qs << qint64(0);
}

void TestWorkbookReader::hostileFilesAreRefused()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QFETCH(qint64, row);
    const QString path = fixture(QStringLiteral("hostile/") + file);
    const auto opened = RowFile::open(path, {});
    Status error = opened ? Status() : opened.error();
    if (opened) {
        readAll(opened.value());
        auto reader = opened.value().reader();
        while (reader && reader.value()->next()) { }
        error = reader ? reader.value()->error() : reader.error();
    }
    QVERIFY2(error, "not refused");
    QVERIFY2(error->message.contains(message), qPrintable(error->toString()));
    QCOMPARE(error->file, path);
    QCOMPARE(error->row, row);
}

void TestWorkbookReader::formatCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");
    const int number = int(CellValue::Kind::Number);
    const int date = int(CellValue::Kind::Date);
    const int time = int(CellValue::Kind::Time);
    QTest::newRow("General") << u"General"_qs << number;
    QTest::newRow("amount") << u"#,##0.00_);[Red](#,##0.00)"_qs << number;
    QTest::newRow("scientific") << u"0.00E+00"_qs << number;
    QTest::newRow("quoted letters") << u"0 \"days\""_qs << number;
    QTest::newRow("escaped letter") << u"0\\h"_qs << number;
    QTest::newRow("elapsed hours") << u"[h]:mm:ss"_qs << number;
    QTest::newRow("elapsed minutes") << u"[mm]:ss"_qs << number;
    QTest::newRow("yyyy/mm/dd") << u"yyyy/mm/dd"_qs << date;
    QTest::newRow("Japanese era") << u"[$-411]ggge年m月d日"_qs << date;
    QTest::newRow("colour and date") << u"[Blue]d-mmm-yy"_qs << date;
    QTest::newRow("date and time") << u"yyyy-mm-dd hh:mm"_qs << date;
    QTest::newRow("time") << u"h:mm AM/PM"_qs << time;
    QTest::newRow("date in first section") << u"yyyy/m/d;@"_qs << date;
}

void TestWorkbookReader::formatCodes()
{
    QFETCH(QString, code);
    QFETCH(int, kind);
    QCOMPARE(int(CellValue::formatCode(code)), kind);
}

void TestWorkbookReader::builtInFormats()
{
    for (int id = 0; id < 200; ++id) {
        const bool date = (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
        const bool time = (id >= 18 && id <= 21) || (id >= 45 && id <= 47);
        const CellValue::Kind kind = date ? CellValue::Kind::Date : time ? CellValue::Kind::Time : CellValue::Kind::Number;
        QVERIFY2(CellValue::builtInFormat(id) == kind, qPrintable(QString::number(id)));
    }
}

void TestWorkbookReader::serials_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    const int date = int(CellValue::Kind::Date);
    QTest::newRow("1900-01-01") << 1.0 << false << date << u"1900-01-01"_qs;
    QTest::newRow("1900-02-28") << 59.0 << false << date << u"1900-02-28"_qs;
    QTest::newRow("Lotus leap day") << 60.0 << false << date << u"1900-02-29"_qs;
    QTest::newRow("1900-03-01") << 61.0 << false << date << u"1900-03-01"_qs;
    QTest::newRow("2024-03-05") << 45356.0 << false << date << u"2024-03-05"_qs;
    QTest::newRow("with time") << 45413.60416666666 << false << date << u"2024-05-01 14:30:00"_qs;
    QTest::newRow("nearly midnight") << 45356.99999999 << false << date << u"2024-03-06"_qs;
    QTest::newRow("1904 system") << 43894.0 << true << date << u"2024-03-05"_qs;
    QTest::newRow("1904 day 0") << 0.0 << true << date << u"1904-01-01"_qs;
    QTest::newRow("time of day") << 0.5 << false << int(CellValue::Kind::Time) << u"12:00:00"_qs;
    QTest::newRow("negative") << -1.0 << false << date << QString();
    QTest::newRow("beyond 9999") << 3e6 << false << date << QString();
}

void TestWorkbookReader::serials()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(int, kind);
    QFETCH(QString, text);
    QCOMPARE(CellValue::fromSerial(serial, date1904, CellValue::Kind(kind)), text);
}

void TestWorkbookReader::numbers_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << u"1200"_qs << u"1200"_qs;
    QTest::newRow("decimal") << u"45.5"_qs << u"45.5"_qs;
    QTest::newRow("17 digits") << u"99.98999999999999"_qs << u"99.99"_qs;
    QTest::newRow("float dust") << u"0.30000000000000004"_qs << u"0.30000000000000004"_qs;
    QTest::newRow("exponent") << u"1.2E-3"_qs << u"0.0012"_qs;
    QTest::newRow("large") << u"1E+15"_qs << u"1000000000000000"_qs;
    QTest::newRow("huge") << u"1.5E+300"_qs << u"1.5e+300"_qs;
    QTest::newRow("negative zero") << u"-0"_qs << u"0"_qs;
    QTest::newRow("trailing zero") << u"2.50"_qs << u"2.5"_qs;
    QTest::newRow("not a number") << u"abc"_qs << QString();
}

void TestWorkbookReader::numbers()
{
    QFETCH(QString, written);
    QFETCH(QString, text);
    QCOMPARE(CellValue::number(written), text);
}

QTEST_GUILESS_MAIN(TestWorkbookReader)
#include "tst_workbookreader.moc"
