// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include "../common/trickyvalues.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Kindred;

namespace {

// A deliberately small RFC 4180 reader, independent of the writer's code:
// enough to read back what the writer wrote.
QList<QStringList> readCsv(const QString &text, QChar delimiter)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            record.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !record.isEmpty())
        records.append(record << field);
    return records;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString decode(const QByteArray &bytes, CsvEncoding encoding)
{
    QStringDecoder decoder = encoding == CsvEncoding::Cp932 ? QStringDecoder("windows-31j")
                                                            : QStringDecoder(QStringDecoder::Utf8);
    return decoder.decode(bytes);
}

QByteArray toBytes(const CsvWriter &writer, const CsvTable &table)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (writer.write(buffer, table))
        return {};
    return buffer.data();
}

const CsvTable small{{QStringLiteral("Name"), QStringLiteral("Note")},
                     {{QStringLiteral("Ann"), QStringLiteral("first")}}};

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void plainNumber_data();
    void plainNumber();
    void formatField_data();
    void formatField();
    void protection_data();
    void protection();
    void typedCellsForASpreadsheetLocale_data();
    void typedCellsForASpreadsheetLocale();
    void roundTrip_data();
    void roundTrip();
    void recordsEndWithCrlf();
    void listSeparatorsAreQuotedWhateverTheDelimiter_data();
    void listSeparatorsAreQuotedWhateverTheDelimiter();
    void byteOrderMark_data();
    void byteOrderMark();
    void cp932WritesMicrosoftShiftJis();
    void cp932ProblemsAreListedBeforeWriting();
    void utf8RefusesBrokenText();
    void unencodableWrittenWithMarkerWhenAsked_data();
    void unencodableWrittenWithMarkerWhenAsked();
    void problemReport();
    void loneEmptyFieldIsQuoted();
    void sylkHeaderIsQuoted();
    void badDelimiterIsRefused();
    void delimiterMustFitTheEncoding();
    void encodingKeys();
    void replacesExistingFileWhole();
    void failedWriteLeavesNothing_data();
    void failedWriteLeavesNothing();
    void readOnlyFolderKeepsOldFile();
    void fifoIsWrittenNotReplaced();
    void dashIsStandardOutput();
    void deviceIsWrittenNotReplaced();
    void symlinkStaysALink();
    void fullDiskKeepsOldFile();
    void fullDeviceSaysDiskFull();

private:
    QTemporaryDir m_dir;
};

void TestCsvWriter::plainNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("plain");
    const QList<std::pair<const char *, bool>> cases = {
        {"-12.50", true}, {"+3", true},  {"12", true},    {"1e5", true},   {"-2.5E-3", true},
        {"-.5", true},    {"3.", true},  {"0", true},     {"+81 3 1234 5678", false},
        {"-1,234", false}, {"-5%", false}, {"-12 ", false}, {" -12", false}, {"-", false},
        {"+", false},     {".", false},  {"1e", false},   {"--1", false},  {"-1-2", false},
        {"=1", false},    {"-inf", false}, {"-NaN", false}, {"", false},   {"-1\n", false},
        {"－１２", false},
    };
    for (const auto &[text, plain] : cases)
        QTest::newRow(text) << QString::fromUtf8(text) << plain;
}

void TestCsvWriter::plainNumber()
{
    QFETCH(QString, text);
    QFETCH(bool, plain);
    QCOMPARE(CsvWriter::isPlainNumber(text), plain);
}

void TestCsvWriter::formatField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("neutralise");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << QStringLiteral("Ann") << true << QStringLiteral("Ann");
    QTest::newRow("empty") << QString() << true << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << true << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << true << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << true << QStringLiteral("\"a\nb\"");
    QTest::newRow("formula") << QStringLiteral("=1+1") << true << QStringLiteral("'=1+1");
    QTest::newRow("formula kept") << QStringLiteral("=1+1") << false << QStringLiteral("=1+1");
    QTest::newRow("formula with comma") << QStringLiteral("=SUM(1,2)") << true
                                        << QStringLiteral("\"'=SUM(1,2)\"");
    QTest::newRow("phone") << QStringLiteral("+81 3 1234 5678") << true << QStringLiteral("+81 3 1234 5678");
    QTest::newRow("negative") << QStringLiteral("-12.50") << true << QStringLiteral("-12.50");
    QTest::newRow("at") << QStringLiteral("@x") << true << QStringLiteral("'@x");
    QTest::newRow("tab") << QStringLiteral("\tx") << true << QStringLiteral("\"'\tx\"");
    QTest::newRow("cr") << QStringLiteral("\rx") << true << QStringLiteral("\"'\rx\"");
    QTest::newRow("apostrophe first stays") << QStringLiteral("'quoted") << true << QStringLiteral("'quoted");
    QTest::newRow("formula later stays") << QStringLiteral("a=b") << true << QStringLiteral("a=b");
    // Excel splits at the list separator of its language (',' ';' tab, '|'
    // in some setups), whatever the file's delimiter: a cell holding one is quoted.
    QTest::newRow("semicolon") << QStringLiteral("Müller;=1+1") << true << QStringLiteral("\"Müller;=1+1\"");
    QTest::newRow("semicolon kept formula") << QStringLiteral("a;b") << false << QStringLiteral("\"a;b\"");
    QTest::newRow("tab inside") << QStringLiteral("a\tb") << true << QStringLiteral("\"a\tb\"");
    QTest::newRow("pipe") << QStringLiteral("a|=1+1") << true << QStringLiteral("\"a|=1+1\"");
    // Japanese Excel reads full-width signs typed first in a cell as formulas.
    QTest::newRow("full-width equals") << QStringLiteral("＝1+1") << true << QStringLiteral("'＝1+1");
    QTest::newRow("full-width plus") << QStringLiteral("＋1") << true << QStringLiteral("＋1");
    QTest::newRow("full-width plus, letter") << QStringLiteral("＋A1") << true << QStringLiteral("'＋A1");
    QTest::newRow("full-width minus") << QStringLiteral("－１２") << true << QStringLiteral("'－１２");
    QTest::newRow("full-width at") << QStringLiteral("＠SUM(1)") << true << QStringLiteral("'＠SUM(1)");
    QTest::newRow("full-width kept") << QStringLiteral("＝1+1") << false << QStringLiteral("＝1+1");
    QTest::newRow("full-width later stays") << QStringLiteral("a＝b") << true << QStringLiteral("a＝b");
}

void TestCsvWriter::formatField()
{
    QFETCH(QString, value);
    QFETCH(bool, neutralise);
    QFETCH(QString, written);
    CsvWriteOptions options;
    options.neutraliseFormulas = neutralise;
    QCOMPARE(CsvWriter(options).formatField(value), written);
}

// What gets the protective apostrophe (the rule and its reasons: csvwriter.h).
void TestCsvWriter::protection_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("protected_");
    const QList<std::pair<const char *, bool>> cases{
        // Always a formula start.
        {"=1+1", true}, {"=HYPERLINK(\"http://x\",\"y\")", true}, {"@SUM(A1)", true}, {"@", true},
        {"\tx", true}, {"\rx", true}, {"＝1", true}, {"＠x", true},
        // + and - with anything that can name a function, cell, sheet, name, DDE link or string.
        {"+A1", true}, {"-A1", true}, {"+SUM(1)", true}, {"-2+3+cmd|' /C calc'!A0", true}, {"-5%", true},
        {"+1*2", true}, {"-$B$2", true}, {"+\"x\"", true}, {"-x", true}, {"－１", true}, {"＋81 3 1234 5678", false},
        // Plain numbers and inert arithmetic: nothing to run, written as they are.
        {"-12.50", false}, {"+3", false}, {"-2.5E-3", false}, {"+81 3 1234 5678", false},
        {"+81-3-1234-5678", false}, {"-2+3", false}, {"+1 (555) 010-0100", false}, {"-1,234", false},
        {"-", false}, {"--", false}, {"+ ", false},
        // Not at the start: nothing.
        {"a=b", false}, {"Ann", false}, {"", false}, {"'=1", false},
    };
    for (const auto &[value, protect] : cases)
        QTest::newRow(value) << QString::fromUtf8(value) << protect;
}

void TestCsvWriter::protection()
{
    QFETCH(QString, value);
    QFETCH(bool, protected_);
    QCOMPARE(CsvWriter::needsProtection(value), protected_);
    CsvWriteOptions options;
    options.delimiter = QLatin1Char(';');
    const QString written = CsvWriter(options).formatField(value);
    QCOMPARE(written.startsWith(QLatin1Char('\'')) || written.startsWith(QLatin1String("\"'")), protected_ || value.startsWith(QLatin1Char('\'')));
}

void TestCsvWriter::typedCellsForASpreadsheetLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("English (default)") << QString() << QByteArray("Name,Revenue,Score,Since,Changed,Note\r\n"
                                                                 "-2+3,1625.93,-0.5,2026-03-31,2026-03-31 14:05:00,'=1+1\r\n");
    QTest::newRow("en_US") << QStringLiteral("en_US") << QByteArray("Name,Revenue,Score,Since,Changed,Note\r\n"
                                                                   "-2+3,1625.93,-0.5,2026-03-31,2026-03-31 14:05:00,'=1+1\r\n");
    // Excel in German splits at ';' and reads 1625,93; numbers are never prefixed.
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << QByteArray("Name;Revenue;Score;Since;Changed;Note\r\n"
                                                                   "-2+3;\"1625,93\";\"-0,5\";2026-03-31;2026-03-31 14:05:00;'=1+1\r\n");
    QTest::newRow("fr_FR") << QStringLiteral("fr_FR") << QByteArray("Name;Revenue;Score;Since;Changed;Note\r\n"
                                                                   "-2+3;\"1625,93\";\"-0,5\";2026-03-31;2026-03-31 14:05:00;'=1+1\r\n");
    QTest::newRow("ja_JP") << QStringLiteral("ja_JP") << QByteArray("Name,Revenue,Score,Since,Changed,Note\r\n"
                                                                   "-2+3,1625.93,-0.5,2026-03-31,2026-03-31 14:05:00,'=1+1\r\n");
}

void TestCsvWriter::typedCellsForASpreadsheetLocale()
{
    QFETCH(QString, locale);
    QFETCH(QByteArray, written);
    CsvWriteOptions options{CsvEncoding::Utf8, QLatin1Char(','), true};
    if (!locale.isEmpty())
        options = csvOptionsForSpreadsheetIn(QLocale(locale), options);
    const ExportTable table{
        {QStringLiteral("Name"), QStringLiteral("Revenue"), QStringLiteral("Score"), QStringLiteral("Since"),
         QStringLiteral("Changed"), QStringLiteral("Note")},
        {{ExportCell::fromText(QStringLiteral("-2+3")), ExportCell::fromMoney(1625.93), ExportCell::fromNumber(-0.5, 1),
          ExportCell::fromDate(QDate(2026, 3, 31)), ExportCell::fromDateTime(QDateTime(QDate(2026, 3, 31), QTime(14, 5))),
          ExportCell::fromText(QStringLiteral("=1+1"))}},
        QString()};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QCOMPARE(CsvWriter(options).write(buffer, table), std::nullopt);
    QCOMPARE(buffer.data(), written);
}

void TestCsvWriter::roundTrip_data()
{
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("neutralise");
    for (CsvEncoding e : {CsvEncoding::Utf8WithBom, CsvEncoding::Utf8, CsvEncoding::Cp932}) {
        for (QChar d : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
            for (bool neutralise : {true, false}) {
                const QString name = QStringLiteral("%1 %2 %3")
                                         .arg(csvEncodingKey(e), d == QLatin1Char('\t') ? QStringLiteral("tab") : QString(d),
                                              neutralise ? QStringLiteral("neutralised") : QStringLiteral("raw"));
                QTest::newRow(qPrintable(name)) << e << d << neutralise;
            }
        }
    }
}

void TestCsvWriter::roundTrip()
{
    QFETCH(CsvEncoding, encoding);
    QFETCH(QChar, delimiter);
    QFETCH(bool, neutralise);
    const bool cp932 = encoding == CsvEncoding::Cp932;
    const CsvTable table{{QStringLiteral("#"), QStringLiteral("値 value"), QStringLiteral("after")},
                         KindredTest::trickyRows(cp932, false)};
    const CsvWriter writer({encoding, delimiter, neutralise});
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.csv"));
    QCOMPARE(writer.writeFile(path, table), std::nullopt);

    QByteArray bytes = fileBytes(path);
    if (encoding == CsvEncoding::Utf8WithBom) {
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        bytes.remove(0, 3);
    }
    const QList<QStringList> read = readCsv(decode(bytes, encoding), delimiter);
    QCOMPARE(read.size(), table.rows.size() + 1);
    QCOMPARE(read.constFirst(), table.header);
    QCOMPARE(read.mid(1), KindredTest::trickyRows(cp932, neutralise));
}

void TestCsvWriter::recordsEndWithCrlf()
{
    const CsvTable table{{QStringLiteral("a"), QStringLiteral("b")},
                         {{QStringLiteral("1"), QStringLiteral("x\ny")}, {QStringLiteral("2"), QStringLiteral("z")}}};
    const QByteArray bytes = toBytes(CsvWriter({CsvEncoding::Utf8, QLatin1Char(','), true}), table);
    QCOMPARE(bytes, QByteArray("a,b\r\n1,\"x\ny\"\r\n2,z\r\n"));
}

void TestCsvWriter::listSeparatorsAreQuotedWhateverTheDelimiter_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("comma") << QChar(u',') << QByteArray("n,v\r\n\"a;b\",\"c,d\",\"e\tf\",\"g|h\"\r\n");
    QTest::newRow("semicolon") << QChar(u';') << QByteArray("n;v\r\n\"a;b\";\"c,d\";\"e\tf\";\"g|h\"\r\n");
    QTest::newRow("tab") << QChar(u'\t') << QByteArray("n\tv\r\n\"a;b\"\t\"c,d\"\t\"e\tf\"\t\"g|h\"\r\n");
}

void TestCsvWriter::listSeparatorsAreQuotedWhateverTheDelimiter()
{
    QFETCH(QChar, delimiter);
    QFETCH(QByteArray, written);
    const CsvTable table{{QStringLiteral("n"), QStringLiteral("v")},
                         {{QStringLiteral("a;b"), QStringLiteral("c,d"), QStringLiteral("e\tf"), QStringLiteral("g|h")}}};
    QCOMPARE(toBytes(CsvWriter({CsvEncoding::Utf8, delimiter, true}), table), written);
}

void TestCsvWriter::byteOrderMark_data()
{
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("utf-8-bom") << CsvEncoding::Utf8WithBom << QByteArray("\xEF\xBB\xBFName,Note\r\n");
    QTest::newRow("utf-8") << CsvEncoding::Utf8 << QByteArray("Name,Note\r\n");
    QTest::newRow("cp932") << CsvEncoding::Cp932 << QByteArray("Name,Note\r\n");
}

void TestCsvWriter::byteOrderMark()
{
    QFETCH(CsvEncoding, encoding);
    QFETCH(QByteArray, start);
    QVERIFY(toBytes(CsvWriter({encoding, QLatin1Char(','), true}), small).startsWith(start));
    QCOMPARE(CsvWriteOptions().encoding, CsvEncoding::Utf8WithBom); // the default
}

void TestCsvWriter::cp932WritesMicrosoftShiftJis()
{
    const CsvTable table{{QStringLiteral("名前")}, {{QStringLiteral("髙橋")}, {QStringLiteral("～①")}}};
    const QByteArray bytes = toBytes(CsvWriter({CsvEncoding::Cp932, QLatin1Char(','), true}), table);
    // 名前, 髙橋 (IBM extension), FULLWIDTH TILDE and circled 1 (NEC extension).
    QCOMPARE(bytes.toHex(), QByteArray("96bc914f0d0afbfc8bb40d0a816087400d0a"));
}

void TestCsvWriter::cp932ProblemsAreListedBeforeWriting()
{
    const CsvTable table{{QStringLiteral("Name"), QStringLiteral("Note ✓")},
                         {{QStringLiteral("髙橋"), QStringLiteral("ok")},
                          {QStringLiteral("Zoë 😀😀"), QStringLiteral("fine")},
                          {QStringLiteral("plain"), QStringLiteral("wave 〜 dash")}}};
    const CsvWriter writer({CsvEncoding::Cp932, QLatin1Char(','), true});
    const QList<CsvEncodingProblem> expected{
        {1, 2, QStringLiteral("Note ✓"), QStringLiteral("✓")},
        {3, 1, QStringLiteral("Zoë 😀😀"), QStringLiteral("ë😀")},
        {4, 2, QStringLiteral("wave 〜 dash"), QStringLiteral("〜")},
    };
    QCOMPARE(writer.encodingProblems(table), expected);

    // The same table is fine in UTF-8.
    QVERIFY(CsvWriter({CsvEncoding::Utf8, QLatin1Char(','), true}).encodingProblems(table).isEmpty());

    // Writing refuses, names the first cell and leaves an old file untouched.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cp932.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content\r\n");
    }
    const Status error = writer.writeFile(path, table);
    QVERIFY(error);
    QCOMPARE(error->file, path);
    QCOMPARE(error->row, 1);
    QCOMPARE(error->column, 2);
    QVERIFY2(error->message.contains(QStringLiteral("3 cell")), qPrintable(error->message));
    QCOMPARE(fileBytes(path), QByteArray("old content\r\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("cp932.csv")});
}

void TestCsvWriter::utf8RefusesBrokenText()
{
    const QString broken = QStringLiteral("half ") + QChar(0xD83D);
    const CsvTable table{{QStringLiteral("Name")}, {{broken}}};
    const QList<CsvEncodingProblem> problems = CsvWriter({CsvEncoding::Utf8, QLatin1Char(','), true})
                                                   .encodingProblems(table);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().row, 2);
    QCOMPARE(problems.constFirst().characters, QString(QChar(0xD83D)));
}

void TestCsvWriter::unencodableWrittenWithMarkerWhenAsked_data()
{
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("cp932") << CsvEncoding::Cp932 << QStringLiteral("Zoë 😀😀 髙橋") << QStringLiteral("Zo〓 〓〓 髙橋");
    QTest::newRow("utf-8, half a character") << CsvEncoding::Utf8 << (QStringLiteral("half ") + QChar(0xD83D))
                                             << QStringLiteral("half \uFFFD");
}

void TestCsvWriter::unencodableWrittenWithMarkerWhenAsked()
{
    QFETCH(CsvEncoding, encoding);
    QFETCH(QString, cell);
    QFETCH(QString, written);
    const CsvTable table{{QStringLiteral("Name ✓")}, {{cell}}};
    CsvWriteOptions options{encoding, QLatin1Char(','), true};
    QBuffer refused;
    refused.open(QIODevice::WriteOnly);
    QVERIFY(CsvWriter(options).write(refused, table));
    options.replaceUnencodable = true;
    const QString header = encoding == CsvEncoding::Cp932 ? QStringLiteral("Name 〓") : QStringLiteral("Name ✓");
    QCOMPARE(decode(toBytes(CsvWriter(options), table), encoding), header + QStringLiteral("\r\n") + written
                                                                     + QStringLiteral("\r\n"));
}

void TestCsvWriter::problemReport()
{
    const CsvTable table{{QStringLiteral("Name"), QStringLiteral("Note")},
                         {{QStringLiteral("Zoë"), QStringLiteral("ok")}, {QStringLiteral("a"), QStringLiteral("✓✓")}}};
    const CsvTable report = encodingProblemReport(
        CsvWriter({CsvEncoding::Cp932, QLatin1Char(','), true}).encodingProblems(table), table.header);
    QCOMPARE(report.header.size(), 5);
    QCOMPARE(report.rows, (QList<QStringList>{
                              {QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("Name"), QStringLiteral("Zoë"),
                               QStringLiteral("ë")},
                              {QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("Note"), QStringLiteral("✓✓"),
                               QStringLiteral("✓")}}));
}

void TestCsvWriter::loneEmptyFieldIsQuoted()
{
    const CsvTable table{{QStringLiteral("Note")}, {{QString()}, {QStringLiteral("x")}}};
    QCOMPARE(toBytes(CsvWriter({CsvEncoding::Utf8, QLatin1Char(','), true}), table),
             QByteArray("Note\r\n\"\"\r\nx\r\n"));
}

void TestCsvWriter::sylkHeaderIsQuoted()
{
    const CsvTable table{{QStringLiteral("ID"), QStringLiteral("ID")}, {{QStringLiteral("ID7"), QStringLiteral("b")}}};
    QCOMPARE(toBytes(CsvWriter({CsvEncoding::Utf8, QLatin1Char(','), true}), table),
             QByteArray("\"ID\",ID\r\nID7,b\r\n"));
    // With a byte order mark the file does not start with "ID".
    QCOMPARE(toBytes(CsvWriter({CsvEncoding::Utf8WithBom, QLatin1Char(','), true}), table),
             QByteArray("\xEF\xBB\xBFID,ID\r\nID7,b\r\n"));
}

void TestCsvWriter::badDelimiterIsRefused()
{
    for (QChar d : {QChar(u'"'), QChar(u'\n'), QChar(u'\r'), QChar()}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(CsvWriter({CsvEncoding::Utf8, d, true}).write(buffer, small));
        QVERIFY(buffer.data().isEmpty());
    }
}

// Found by fuzz_csvwriter: a delimiter Shift_JIS cannot hold was written as '?'.
void TestCsvWriter::delimiterMustFitTheEncoding()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status error = CsvWriter({CsvEncoding::Cp932, QChar(0xFF), true}).write(buffer, small);
    QVERIFY(error);
    QVERIFY2(error->message.contains(QChar(0xFF)), qPrintable(error->message));
    QVERIFY(buffer.data().isEmpty());
    // The same delimiter is fine in UTF-8, and a full-width one in Shift_JIS.
    QCOMPARE(CsvWriter({CsvEncoding::Utf8, QChar(0xFF), true}).write(buffer, small), std::nullopt);
    QBuffer sjis;
    sjis.open(QIODevice::WriteOnly);
    QCOMPARE(CsvWriter({CsvEncoding::Cp932, QChar(0xFF0C), true}).write(sjis, small), std::nullopt);
}

void TestCsvWriter::encodingKeys()
{
    for (CsvEncoding e : {CsvEncoding::Utf8WithBom, CsvEncoding::Utf8, CsvEncoding::Cp932})
        QCOMPARE(csvEncodingFromKey(csvEncodingKey(e)), e);
    QCOMPARE(csvEncodingFromKey(QStringLiteral("Shift_JIS")), CsvEncoding::Cp932);
    QCOMPARE(csvEncodingFromKey(QStringLiteral("latin1")), std::nullopt);
}

void TestCsvWriter::replacesExistingFileWhole()
{
    const QString path = m_dir.filePath(QStringLiteral("replace.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(10000, 'x'));
    }
    const CsvWriter writer({CsvEncoding::Utf8, QLatin1Char(','), true});
    QCOMPARE(writer.writeFile(path, small), std::nullopt);
    QCOMPARE(fileBytes(path), QByteArray("Name,Note\r\nAnn,first\r\n"));
}

void TestCsvWriter::failedWriteLeavesNothing_data()
{
    // Tests run as root, for whom a read-only folder is writable; these paths
    // fail for everyone.
    QTest::addColumn<QString>("target");
    QTest::newRow("target is a folder") << QStringLiteral("folder");
    QTest::newRow("parent is a file") << QStringLiteral("plainfile/out.csv");
    QTest::newRow("parent is missing") << QStringLiteral("missing/out.csv");
}

void TestCsvWriter::failedWriteLeavesNothing()
{
    QFETCH(QString, target);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    {
        QFile file(dir.filePath(QStringLiteral("plainfile")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep");
    }
    const QString path = dir.filePath(target);
    const Status error = CsvWriter().writeFile(path, small);
    QVERIFY(error);
    QCOMPARE(error->file, path);
    QVERIFY(!error->message.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             (QStringList{QStringLiteral("folder"), QStringLiteral("plainfile")}));
    QVERIFY(QDir(dir.filePath(QStringLiteral("folder"))).isEmpty());
    QCOMPARE(fileBytes(dir.filePath(QStringLiteral("plainfile"))), QByteArray("keep"));
}

void TestCsvWriter::readOnlyFolderKeepsOldFile()
{
    if (::geteuid() == 0)
        QSKIP("running as root, for whom a read-only folder is writable; failedWriteLeavesNothing covers root");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    const Status error = CsvWriter().writeFile(path, small);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(error);
    QCOMPARE(error->file, path);
    QCOMPARE(fileBytes(path), QByteArray("old"));
}

namespace {
// A table of about 200 KB, more than the small disks below can hold.
CsvTable bigTable()
{
    CsvTable table{{QStringLiteral("n"), QStringLiteral("text")}, {}};
    for (int i = 0; i < 2000; ++i)
        table.rows.append({QString::number(i), QString(100, QLatin1Char('x'))});
    return table;
}

mode_t fileType(const QString &path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & S_IFMT : 0;
}
} // namespace

// A named pipe is written into, never replaced by a regular file: the reader
// at its other end gets the table.
// kindred-cli import --report - printed nothing and left a file named "-".
void TestCsvWriter::dashIsStandardOutput()
{
    QTemporaryDir dir;
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    CsvTable table;
    table.header = {QStringLiteral("Name")};
    table.rows = {{QStringLiteral("Ann")}};
    const Status written = CsvWriter().writeFile(QStringLiteral("-"), table);
    QDir::setCurrent(previous);
    QCOMPARE(written, std::nullopt);
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestCsvWriter::fifoIsWrittenNotReplaced()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    QProcess reader;
    reader.start(QStringLiteral("cat"), {path});
    QVERIFY(reader.waitForStarted());
    const Status error = CsvWriter({CsvEncoding::Utf8, QLatin1Char(','), true}).writeFile(path, small);
    const bool finished = reader.waitForFinished(5000);
    if (!finished) {
        reader.kill();
        reader.waitForFinished();
    }
    QCOMPARE(error, std::nullopt);
    QVERIFY2(finished, "the reader never saw the writer: the pipe was replaced");
    QCOMPARE(reader.readAllStandardOutput(), QByteArray("Name,Note\r\nAnn,first\r\n"));
    QCOMPARE(fileType(path), mode_t(S_IFIFO));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("pipe")});
}

// --out /dev/null as root replaced /dev/null; a private copy of it shows it no longer does.
void TestCsvWriter::deviceIsWrittenNotReplaced()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("null"));
    if (::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
        QSKIP("cannot make a device node here (needs root outside a user namespace)");
    QCOMPARE(CsvWriter().writeFile(path, small), std::nullopt);
    QCOMPARE(fileType(path), mode_t(S_IFCHR));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("null")});
}

// A link to a regular file stays a link; the file it points to is replaced
// atomically, as a file named directly would be.
void TestCsvWriter::symlinkStaysALink()
{
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("real.csv"));
    const QString link = dir.filePath(QStringLiteral("link.csv"));
    {
        QFile old(real);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    QVERIFY(QFile::link(real, link));
    QCOMPARE(CsvWriter({CsvEncoding::Utf8, QLatin1Char(','), true}).writeFile(link, small), std::nullopt);
    QCOMPARE(fileType(link), mode_t(S_IFLNK));
    QCOMPARE(fileBytes(real), QByteArray("Name,Note\r\nAnn,first\r\n"));
}

// A disk that fills up half-way says so, and the old file stays whole.
void TestCsvWriter::fullDiskKeepsOldFile()
{
    QTemporaryDir dir;
    const QByteArray mountPoint = QFile::encodeName(dir.path());
    if (::mount("tmpfs", mountPoint.constData(), "tmpfs", 0, "size=64k") != 0)
        QSKIP("cannot mount a small tmpfs here (needs root outside a user namespace)");
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content\r\n");
    }
    const Status error = CsvWriter().writeFile(path, bigTable());
    const QByteArray kept = fileBytes(path);
    const QStringList entries = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    ::umount2(mountPoint.constData(), MNT_DETACH);
    QVERIFY(error);
    QCOMPARE(error->file, path);
    QVERIFY2(error->message.contains(QStringLiteral("The disk is full")), qPrintable(error->message));
    QCOMPARE(kept, QByteArray("old content\r\n"));
    QCOMPARE(entries, QStringList{QStringLiteral("out.csv")});
}

// A private /dev/full (so that a regression cannot replace the real one)
// fails every write with "no space left", as a full disk does.
void TestCsvWriter::fullDeviceSaysDiskFull()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full"));
    if (::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, 7)) != 0)
        QSKIP("cannot make a device node here (needs root outside a user namespace)");
    const Status error = CsvWriter().writeFile(path, bigTable());
    QVERIFY(error);
    QCOMPARE(error->file, path);
    QVERIFY2(error->message.contains(QStringLiteral("The disk is full")), qPrintable(error->message));
    QCOMPARE(fileType(path), mode_t(S_IFCHR));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
