// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"
#include "workbookwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>

using namespace Kindred;

namespace {

const QString python = QStringLiteral("/usr/bin/python3");

// Reads a workbook back with openpyxl: every cell's value, type and number
// format, the header's boldness, the frozen pane, the filter and the widths.
const char *readBack = R"(
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
cells = [[{"v": None if c.value is None else str(c.value), "t": c.data_type, "f": c.number_format,
           "b": bool(c.font.b)} for c in row] for row in ws.iter_rows()]
print(json.dumps({"cells": cells, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "title": ws.title,
                  "widths": [ws.column_dimensions[k].width for k in "ABCDEF"]}))
)";

ExportTable sample()
{
    using C = ExportCell;
    return {{QStringLiteral("Name"), QStringLiteral("Customer ID"), QStringLiteral("Revenue"),
             QStringLiteral("Last order"), QStringLiteral("Value fit"), QStringLiteral("Note")},
            {{C::fromText(QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")")), C::fromText(QStringLiteral("007")),
              C::fromMoney(1625.93), C::fromDate(QDate(2026, 3, 31)), C::fromNumber(72.5, 1),
              C::fromText(QStringLiteral("+81 3 1234 5678"))},
             {C::fromText(QStringLiteral("髙橋 﨑子")), C::fromText(QStringLiteral("-2+3")), C::fromMoney(0),
              C(), C(), C::fromText(QString(300, QLatin1Char('x')))}},
            QStringLiteral("JPY")};
}

} // namespace

class TestWorkbookWriter : public QObject
{
    Q_OBJECT

private slots:
    void readBackWithOpenpyxl();
    void fullDiskKeepsOldFile();
    void libreOfficeShowsTextAsText();
};

void TestWorkbookWriter::readBackWithOpenpyxl()
{
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
    if (!probe.waitForFinished() || probe.exitCode() != 0)
        QSKIP("/usr/bin/python3 with openpyxl (python3-openpyxl) is missing: the workbook is not read back");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.xlsx"));
    QCOMPARE(WorkbookWriter(QStringLiteral("Customers"), QLocale(QLocale::Japanese, QLocale::Japan)).writeFile(path, sample()),
             std::nullopt);
    QProcess read;
    read.start(python, {QStringLiteral("-c"), QString::fromUtf8(readBack), path});
    QVERIFY(read.waitForFinished(30000));
    QVERIFY2(read.exitCode() == 0, read.readAllStandardError().constData());
    const QJsonObject book = QJsonDocument::fromJson(read.readAllStandardOutput()).object();
    const QJsonArray rows = book.value(QStringLiteral("cells")).toArray();
    QCOMPARE(rows.size(), 3);
    auto cell = [&](int row, int column) { return rows.at(row).toArray().at(column).toObject(); };
    auto value = [&](int row, int column) { return cell(row, column).value(QStringLiteral("v")).toString(); };
    auto type = [&](int row, int column) { return cell(row, column).value(QStringLiteral("t")).toString(); };
    auto format = [&](int row, int column) { return cell(row, column).value(QStringLiteral("f")).toString(); };

    QCOMPARE(book.value(QStringLiteral("title")).toString(), QStringLiteral("Customers"));
    QCOMPARE(book.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
    QCOMPARE(book.value(QStringLiteral("filter")).toString(), QStringLiteral("A1:F3"));
    for (int c = 0; c < 6; ++c) {
        QVERIFY(cell(0, c).value(QStringLiteral("b")).toBool());
        QVERIFY(!cell(1, c).value(QStringLiteral("b")).toBool());
    }
    // Text stays text: a formula start is a string, the customer's 007 keeps its zeros, no apostrophe.
    QCOMPARE(value(1, 0), QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")"));
    QCOMPARE(type(1, 0), QStringLiteral("s"));
    QCOMPARE(value(1, 1), QStringLiteral("007"));
    QCOMPARE(value(1, 5), QStringLiteral("+81 3 1234 5678"));
    QCOMPARE(value(2, 0), QStringLiteral("髙橋 﨑子"));
    QCOMPARE(value(2, 1), QStringLiteral("-2+3"));
    // Money a number in the currency's format (yen: no decimals, the Japanese symbol in front).
    QCOMPARE(value(1, 2), QStringLiteral("1625.93"));
    QCOMPARE(type(1, 2), QStringLiteral("n"));
    QCOMPARE(format(1, 2), QStringLiteral("\"￥\"#,##0"));
    QCOMPARE(value(2, 2), QStringLiteral("0"));
    // A date a date with a date format; a score a number.
    QCOMPARE(value(1, 3), QStringLiteral("2026-03-31 00:00:00"));
    QCOMPARE(type(1, 3), QStringLiteral("d"));
    QCOMPARE(format(1, 3), QStringLiteral("yyyy-mm-dd"));
    QCOMPARE(value(1, 4), QStringLiteral("72.5"));
    QCOMPARE(format(1, 4), QStringLiteral("0.0"));
    QVERIFY(cell(2, 3).value(QStringLiteral("v")).isNull());
    // Widths from the content, the long note capped.
    const QJsonArray widths = book.value(QStringLiteral("widths")).toArray();
    QVERIFY(widths.at(0).toDouble() > widths.at(4).toDouble());
    QVERIFY(widths.at(5).toDouble() <= WorkbookWriter::maxColumnWidth + 1);
    QVERIFY(widths.at(5).toDouble() >= WorkbookWriter::maxColumnWidth - 1);
}

// Written as CSV is: a disk that fills up says so, and the old file stays whole.
void TestWorkbookWriter::fullDiskKeepsOldFile()
{
    QTemporaryDir dir;
    const QByteArray mountPoint = QFile::encodeName(dir.path());
    if (::mount("tmpfs", mountPoint.constData(), "tmpfs", 0, "size=64k") != 0)
        QSKIP("cannot mount a small tmpfs here (needs root outside a user namespace)");
    const QString path = dir.filePath(QStringLiteral("c.xlsx"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    // Distinct strings and numbers: a workbook of some 200 KB even compressed.
    ExportTable big{{QStringLiteral("n"), QStringLiteral("text")}, {}, QString()};
    for (int i = 0; i < 5000; ++i)
        big.rows.append({ExportCell::fromNumber(i * 1.37, 2),
                         ExportCell::fromText(QString::number(qHash(i) * 2654435761u, 36).repeated(3))});
    const Status error = WorkbookWriter().writeFile(path, big);
    QFile old(path);
    const bool opened = old.open(QIODevice::ReadOnly);
    const QByteArray kept = old.readAll();
    old.close();
    const QStringList entries = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    ::umount2(mountPoint.constData(), MNT_DETACH);
    QVERIFY(error);
    QCOMPARE(error->file, path);
    QVERIFY2(error->message.contains(QStringLiteral("The disk is full")), qPrintable(error->message));
    QVERIFY(opened);
    QCOMPARE(kept, QByteArray("old"));
    QCOMPARE(entries, QStringList{QStringLiteral("c.xlsx")});
}

// LibreOffice opens the CSV and the workbook: phone numbers and inert
// arithmetic as they are, without an apostrophe; formula starts shown as text,
// not computed (the CSV's with its apostrophe, the workbook's without).
void TestWorkbookWriter::libreOfficeShowsTextAsText()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        QSKIP("soffice (libreoffice-calc-nogui) is missing: the files are not opened in LibreOffice");
    QTemporaryDir dir;
    QCOMPARE(WorkbookWriter().writeFile(dir.filePath(QStringLiteral("book.xlsx")), sample()), std::nullopt);
    QCOMPARE(CsvWriter().writeFile(dir.filePath(QStringLiteral("sheet.csv")), sample()), std::nullopt);
    QDir(dir.path()).mkdir(QStringLiteral("out"));
    // As LibreOffice's import dialog offers it: comma, quote, UTF-8 (76), from line 1.
    for (const auto &[file, filter] : {std::pair{QStringLiteral("book.xlsx"), QString()},
                                       std::pair{QStringLiteral("sheet.csv"), QStringLiteral("--infilter=CSV:44,34,76,1")}}) {
        QStringList arguments{QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
                              QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                              QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1"), QStringLiteral("--outdir"),
                              dir.filePath(QStringLiteral("out")), file};
        if (!filter.isEmpty())
            arguments.insert(2, filter);
        QProcess office;
        office.setWorkingDirectory(dir.path());
        // A private profile: a running LibreOffice or another test does not interfere.
        office.start(soffice, arguments);
        QVERIFY(office.waitForFinished(180000));
        QVERIFY2(office.exitCode() == 0, office.readAllStandardError().constData());
    }
    for (const QString &name : {QStringLiteral("book.csv"), QStringLiteral("sheet.csv")}) {
        QFile file(dir.filePath(QStringLiteral("out/") + name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
        const QString text = QString::fromUtf8(file.readAll());
        // LibreOffice quotes the text cells it writes: these are text, not numbers or results.
        QVERIFY2(text.contains(QStringLiteral(",\"+81 3 1234 5678\"")), qPrintable(name + QLatin1Char('\n') + text));
        QVERIFY2(text.contains(QStringLiteral("\"髙橋 﨑子\",\"-2+3\",")), qPrintable(name + QLatin1Char('\n') + text));
        QVERIFY2(text.contains(QStringLiteral("=HYPERLINK(\"\"http://evil")), qPrintable(name + QLatin1Char('\n') + text));
        QVERIFY2(!text.contains(QStringLiteral("'+81")), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestWorkbookWriter)
#include "tst_workbookwriter.moc"
