// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader on any bytes, and on what the CSV writer makes of any table.
//
// Byte 0: bit 7 clear, read the rest as a file, with the encoding (bits 0-1:
// detect, UTF-8, windows-31j, UTF-16LE) and the delimiter (bits 2-4: detect,
// ',', ';', tab, '|') given or detected; it must not crash, rows must rise
// and no more bytes may be read than there are; with bit 5, reading ahead on
// another thread must give the same records, rows, problems and error; bit 6
// reads quotes as plain characters. Bit 7 set: the rest is a table
// (cells separated by U+001F, rows by U+001E); the writer writes it in UTF-8
// (bit 0: with BOM) with the delimiter of bits 2-4, and the reader, told
// nothing, must read the same cells back.
#include "csvreader.h"
#include "csvwriter.h"

#include <QBuffer>
#include <QCoreApplication>

#include <array>
#include <cstdint>
#include <cstdlib>

using namespace Kindred;

namespace {

constexpr std::array<char, 8> delimiters{0, ',', ';', '\t', '|', ',', ';', '\t'};

[[noreturn]] void fail(const char *what)
{
    qCritical("fuzz_csvreader: %s", what);
    std::abort();
}

// Records, and for each its row, lines and problems, as text; then the error.
struct Read
{
    QList<QStringList> records;
    QStringList rows;
};

Read readAll(const QByteArray &bytes, const CsvReadOptions &options, bool checkRows, bool ahead = false)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    Read read;
    QList<QStringList> &records = read.records;
    if (reader.start())
        return read;
    qint64 lastRow = 0;
    for (;;) {
        // As an import does: the first record (the header) read here, the rest ahead.
        if (ahead && read.records.size() == 1) {
            // Every field a record of these bytes can have: one more than the delimiters.
            const qsizetype most = 1 + bytes.count(',') + bytes.count(';') + bytes.count('\t') + bytes.count('|');
            QList<qsizetype> columns;
            for (qsizetype i = 0; i < most; ++i)
                columns.append(i);
            reader.readAhead(columns);
            ahead = false;
        }
        if (!reader.next())
            break;
        if (checkRows && reader.row() <= lastRow)
            fail("rows did not rise");
        lastRow = reader.row();
        for (qsizetype i = 0; i < reader.size(); ++i) {
            (void)reader.field(i);
            (void)reader.undecodable(i);
        }
        records.append(reader.fields());
        if (reader.lines() < 1)
            fail("a record on no line");
        QString row = QStringLiteral("%1+%2").arg(reader.row()).arg(reader.lines());
        for (const Error &problem : reader.problems())
            row += QStringLiteral(" %1:%2 %3").arg(problem.row).arg(problem.column).arg(problem.message);
        read.rows.append(row);
        if (reader.bytesRead() > bytes.size())
            fail("more bytes read than there are");
    }
    if (const Status error = reader.error())
        read.rows.append(error->toString());
    return read;
}

void roundTrip(const uint8_t *data, size_t size)
{
    CsvWriteOptions write;
    write.encoding = (data[0] & 1) ? CsvEncoding::Utf8WithBom : CsvEncoding::Utf8;
    write.delimiter = QLatin1Char(delimiters[(data[0] >> 2) & 7] ? delimiters[(data[0] >> 2) & 7] : ',');
    write.neutraliseFormulas = false;
    const QString all = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    CsvTable table;
    const QStringList rows = all.split(QChar(0x1E));
    table.header = rows.constFirst().split(QChar(0x1F));
    for (qsizetype r = 1; r < rows.size(); ++r)
        table.rows.append(rows.at(r).split(QChar(0x1F)));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (CsvWriter(write).write(buffer, table))
        return; // refused (text that is not valid UTF-16): nothing to read
    // Told the delimiter: detection is a guess, and a one-column file has none to find.
    CsvReadOptions read;
    read.delimiter = char(write.delimiter.unicode());
    const QList<QStringList> records = readAll(buffer.data(), read, true).records;
    QList<QStringList> expected{table.header};
    expected += table.rows;
    if (records != expected)
        fail("the reader did not read back what the writer wrote");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    if (data[0] & 0x80) {
        roundTrip(data, size);
        return 0;
    }
    static const std::array<QByteArray, 4> encodings{QByteArray(), QByteArray("UTF-8"), QByteArray("windows-31j"),
                                                     QByteArray("UTF-16LE")};
    CsvReadOptions options;
    options.encoding = encodings[data[0] & 3];
    options.delimiter = delimiters[(data[0] >> 2) & 7];
    options.literalQuotes = data[0] & 0x40;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const Read here = readAll(bytes, options, true);
    if (data[0] & 0x20) {
        const Read ahead = readAll(bytes, options, true, true);
        if (ahead.records != here.records || ahead.rows != here.rows)
            fail("reading ahead read something else");
    }
    return 0;
}
