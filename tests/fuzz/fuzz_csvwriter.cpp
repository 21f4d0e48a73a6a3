// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Any table through CsvWriter, read back by a strict RFC 4180 reader written
// here (an independent oracle): what was written must read back as the same
// cells, except the apostrophe the formula guard adds, and a refused table
// must leave the device empty. A cell holding a list separator some
// spreadsheet splits at (, ; tab |) must be quoted, whatever the delimiter.
//
// Input: byte 0 chooses the encoding (bits 0-1), the formula guard (bit 2)
// and whether the text is UTF-16 (bit 3); byte 1 is the delimiter; the rest
// is the text, cells separated by U+001F and rows by U+001E; row 1 is the header.
#include "csvwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <optional>

using namespace Kindred;

namespace {

[[noreturn]] void fail(const char *what)
{
    qCritical("fuzz_csvwriter: %s", what);
    std::abort();
}

// Strict: every record ends with CRLF, a quote only opens a field or doubles
// inside one. nullopt when the text breaks a rule. quoted gets, for each
// record, which fields were written in quotes.
std::optional<QList<QStringList>> readCsv(const QString &text, QChar delimiter, QList<QList<bool>> &quoted)
{
    QList<bool> quotedFields;
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        quotedFields.append(text.at(i) == u'"');
        if (text.at(i) == u'"') {
            for (++i;; ++i) {
                if (i >= n)
                    return std::nullopt;
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"')
                        ++i;
                    else
                        break;
                }
                field += text.at(i);
            }
            ++i;
        } else {
            while (i < n && text.at(i) != delimiter && text.at(i) != u'\r' && text.at(i) != u'\n') {
                if (text.at(i) == u'"')
                    return std::nullopt;
                field += text.at(i++);
            }
        }
        record.append(field);
        field.clear();
        if (i < n && text.at(i) == delimiter) {
            ++i;
            continue;
        }
        if (QStringView(text).mid(i, 2) == QLatin1String("\r\n")) {
            records.append(record);
            record.clear();
            quoted.append(quotedFields);
            quotedFields.clear();
            i += 2;
            continue;
        }
        return std::nullopt;
    }
    if (!record.isEmpty())
        return std::nullopt; // the last record lacks its CRLF
    return records;
}

QString decode(const QByteArray &bytes, CsvEncoding encoding, bool &ok)
{
    QByteArray body = bytes;
    const QByteArray bom("\xEF\xBB\xBF");
    if (encoding == CsvEncoding::Utf8WithBom) {
        ok = body.isEmpty() || body.startsWith(bom);
        body = body.mid(bom.size());
    } else {
        ok = !body.startsWith(bom);
    }
    QStringDecoder decoder(encoding == CsvEncoding::Cp932 ? "windows-31j" : "UTF-8",
                           QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(body);
    ok = ok && !decoder.hasError();
    return text;
}

bool startsFormula(const QString &cell)
{
    return !cell.isEmpty() && QStringLiteral("=+-@\t\r＝＋－＠").contains(cell.front());
}

bool holdsListSeparator(const QString &cell)
{
    return std::any_of(cell.cbegin(), cell.cend(), [](QChar c) { return QStringLiteral(",;\t|").contains(c); });
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    CsvWriteOptions options;
    options.encoding = std::array{CsvEncoding::Utf8WithBom, CsvEncoding::Utf8, CsvEncoding::Cp932,
                                  CsvEncoding::Utf8}[data[0] & 3];
    options.neutraliseFormulas = data[0] & 4;
    options.delimiter = QChar(char16_t(data[1]));
    const char *text = reinterpret_cast<const char *>(data + 2);
    const QString all = (data[0] & 8) ? QString::fromUtf16(reinterpret_cast<const char16_t *>(text), qsizetype(size - 2) / 2)
                                      : QString::fromUtf8(text, qsizetype(size - 2));
    CsvTable table;
    const QStringList rows = all.split(QChar(0x1E));
    table.header = rows.constFirst().split(QChar(0x1F));
    for (qsizetype r = 1; r < rows.size(); ++r)
        table.rows.append(rows.at(r).split(QChar(0x1F)));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const CsvWriter writer(options);
    if (writer.write(buffer, table)) {
        if (!buffer.data().isEmpty())
            fail("a refused table was partly written");
        return 0;
    }
    if (!writer.encodingProblems(table).isEmpty())
        fail("a table with encoding problems was written");

    bool decoded = false;
    const QString csv = decode(buffer.data(), options.encoding, decoded);
    if (!decoded)
        fail("the file does not decode in its encoding, or its byte order mark is wrong");
    QList<QList<bool>> quoted;
    const auto records = readCsv(csv, options.delimiter, quoted);
    if (!records)
        fail("the file is not strict RFC 4180");
    QList<QStringList> expected{table.header};
    expected += table.rows;
    if (records->size() != expected.size())
        fail("the number of records differs");
    for (qsizetype r = 0; r < expected.size(); ++r) {
        const QStringList &want = expected.at(r);
        const QStringList &got = records->at(r);
        if (got.size() != want.size())
            fail("the number of fields differs");
        for (qsizetype c = 0; c < want.size(); ++c) {
            const QString &cell = want.at(c);
            if (holdsListSeparator(cell) && !quoted.at(r).at(c))
                fail("a cell holding a list separator was not quoted");
            // '=' and '@' always start a formula; the writer's finer rule decides the rest.
            const bool guarded = options.neutraliseFormulas && startsFormula(cell) && CsvWriter::needsProtection(cell);
            if (options.neutraliseFormulas && QStringLiteral("=@").contains(cell.left(1)) && !guarded)
                fail("a cell starting with = or @ was not neutralised");
            if (got.at(c) == cell && !guarded)
                continue;
            // The formula guard's apostrophe, and only where a formula could start.
            if (guarded && got.at(c) == QLatin1Char('\'') + cell)
                continue;
            fail("a cell did not read back as written");
        }
    }
    return 0;
}
