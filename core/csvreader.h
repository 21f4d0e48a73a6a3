// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "rowsource.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

class QIODevice;

namespace Kindred {

/// How to read a CSV file; what is left empty is detected.
struct CsvReadOptions
{
    QByteArray encoding; ///< empty: detect
    char delimiter = 0;  ///< 0: detect
    /// Read '"' as a plain character everywhere: for a file whose stray
    /// quote would otherwise never close.
    bool literalQuotes = false;
    /// For a workbook (RowFile): the sheet to read; empty: the first that
    /// holds a table.
    QString sheet{};
};

/// Reads CSV (RFC 4180 and what spreadsheets and shops really write) from a
/// device, one record at a time, so that a large file is never held whole.
///
/// Quoted fields may hold delimiters, doubled quotes and line breaks; lines end
/// in CRLF, LF or CR; blank lines are skipped; the last line may lack its line
/// break. Text after a closing quote and quotes inside unquoted fields are kept
/// as they are rather than refused, as spreadsheets do.
///
/// The encoding (UTF-8 with or without BOM, UTF-16 LE/BE with BOM, Shift_JIS
/// as CP932, or any ASCII-compatible encoding named by the caller) and the
/// delimiter (comma, semicolon, tab or bar) are detected from the start of the
/// data unless given. A record whose field count differs from the first
/// record's, and a field whose bytes do not decode, is reported in problems()
/// with its row and column; the reader never pads or drops fields itself.
///
/// Rows are numbered as a spreadsheet shows them: the first record is row 1,
/// blank lines count, line breaks inside quotes do not.
///
/// A quote that is not closed by the end of the file, or within
/// maxQuotedLines lines or maxFieldBytes, would swallow the rest of the file:
/// reading stops there, and error() names the quote's row and column and
/// the lines from it to the end. A field over maxFieldBytes or a record
/// over maxFields fields is reported in problems() (with no fields kept),
/// and reading goes on. Records are parsed once, however many chunks of the
/// file they span, so that time grows linearly with their length.
class CsvReader : public RowSource
{
public:
    static constexpr qsizetype maxFieldBytes = 1 << 20;
    static constexpr qsizetype maxFields = 10000;
    static constexpr qint64 maxQuotedLines = 1000;

    explicit CsvReader(QIODevice *device, const CsvReadOptions &options = {});
    ~CsvReader() override;
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    /// Detects what was not given. Call once before next().
    [[nodiscard]] Status start();
    /// The encoding in use: "UTF-8", "UTF-16LE", "UTF-16BE", "windows-31j"
    /// (Shift_JIS; see displayName()) or the given name.
    QByteArray encoding() const;
    char delimiter() const;
    /// True when the encoding was detected as neither UTF-8 nor UTF-16: the
    /// file is not Unicode and was read as the likeliest other encoding.
    bool encodingGuessed() const;

    /// Moves to the next record. False at the end of the data or when the
    /// device fails (then error() says why).
    bool next() override;
    /// From the next record on, parses the records and decodes these fields
    /// on another thread, while the caller works on those before: a large
    /// import then reads in about the time it matches. Call it between
    /// records (the current one, if any, is given up), once. Fields not
    /// named read as empty. The device must not be used otherwise until
    /// the reader is destroyed.
    void readAhead(const QList<qsizetype> &columns) override;
    /// Makes the current record the one whose field count the others must
    /// have: a header below title rows.
    void takeAsHeader() override;
    /// Spreadsheet row of the current record (1 for the first).
    qint64 row() const override;
    /// Lines of the file the current record spans (more than 1 with line
    /// breaks in quotes).
    qint64 lines() const override;
    qsizetype size() const override;
    /// Field i of the current record, decoded on first use; the view is valid
    /// until next(). Undecodable bytes show as U+FFFD and are added to problems().
    QStringView field(qsizetype i) override;
    /// What is wrong with the current record so far (field count, a field or
    /// record too long, undecodable bytes or NUL characters of the fields read).
    const QList<Error> &problems() const override;
    /// True when field i held bytes that do not decode.
    bool undecodable(qsizetype i) const;
    /// Bytes of the file up to the end of the current record (for UTF-16,
    /// consumed from the device), for progress.
    qint64 bytesRead() const override;
    Status error() const override;
    /// True when reading stopped at a quote that is never closed (error()
    /// says where): reading again with literalQuotes set reads it all.
    bool stoppedAtQuote() const override;

    /// Encodings offered to users, by the names they know; any other name Qt
    /// knows is accepted too.
    static QList<QByteArray> commonEncodings();
    /// The name users know an encoding by: "Shift_JIS" for windows-31j.
    static QByteArray displayName(const QByteArray &encoding);
    /// Encoding of a file starting with these bytes: a BOM; else UTF-16
    /// without one (NUL bytes at every other position); else UTF-8 when all
    /// of it decodes, or all but a few bytes among many UTF-8 characters
    /// (those are reported where they stand); else valid CP932; else
    /// windows-1252.
    static QByteArray detectEncoding(QByteArrayView head);
    /// The candidate delimiter that splits the first lines most consistently.
    static char detectDelimiter(QByteArrayView utf8Head);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Kindred
