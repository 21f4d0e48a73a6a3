// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "exporttable.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace Kindred {

/// The encodings an export can be written in. UTF-8 with a byte order mark is
/// the default because Excel needs the mark to read Japanese names right.
enum class CsvEncoding { Utf8WithBom, Utf8, Cp932 };

/// "utf-8-bom", "utf-8", "cp932": the keys the CLI and saved choices use.
QString csvEncodingKey(CsvEncoding encoding);
std::optional<CsvEncoding> csvEncodingFromKey(const QString &key);
/// Translated name for display, e.g. "Shift_JIS (CP932)".
QString csvEncodingName(CsvEncoding encoding);

struct CsvWriteOptions
{
    CsvEncoding encoding = CsvEncoding::Utf8WithBom;
    /// Any character but a quote, CR or LF; usually ',', ';' or tab.
    QChar delimiter = QLatin1Char(',');
    /// Prefix an apostrophe to cells a spreadsheet would run as a formula.
    bool neutraliseFormulas = true;
    /// Write cells the encoding cannot hold anyway, with csvReplacementMarker()
    /// in place of each character it cannot hold; off, such a table is refused.
    bool replaceUnencodable = false;
    /// How typed numbers and money are written: '.' or ','. Never grouped.
    QChar decimalPoint = QLatin1Char('.');
};

/// `options` set for a spreadsheet in `locale`: where the locale writes
/// decimals with ',' (German, French, Italian, Spanish, Dutch…), Excel
/// expects ';' between fields and ',' in numbers; elsewhere ',' and '.'.
/// Dates stay ISO 8601 (2026-03-31), which every locale reads.
CsvWriteOptions csvOptionsForSpreadsheetIn(const QLocale &locale, CsvWriteOptions options = {});

/// What stands for a character the encoding cannot hold when the user asks to
/// write anyway: 〓 (geta) in CP932, the mark Japanese print has long used for
/// a missing character, which stands out and which names and notes do not hold,
/// unlike '?'; U+FFFD in UTF-8, which only lacks halves of broken characters.
QChar csvReplacementMarker(CsvEncoding encoding);

/// A table ready to be written: a header row and data rows of text.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
};

/// A cell holding characters the chosen encoding cannot hold.
struct CsvEncodingProblem
{
    qint64 row = 0;     ///< 1-based as a spreadsheet shows it: the header is row 1
    int column = 0;     ///< 1-based
    QString value;      ///< the whole cell
    QString characters; ///< the characters that cannot be written, in order, each once

    bool operator==(const CsvEncodingProblem &other) const;
};

/// The problems as a table to save for the user: row, column, its header,
/// the value and the characters, one problem a row.
CsvTable encodingProblemReport(const QList<CsvEncodingProblem> &problems, const QStringList &header);

/// Writes tables as RFC 4180 CSV: fields quoted when they hold the delimiter,
/// a quote, CR or LF, quotes doubled, every record ended by CRLF. A field
/// holding any list separator a spreadsheet may split at (',' ';' tab '|')
/// is quoted whatever the delimiter: Excel in German or French splits an
/// unquoted "Müller;=1+1" at ';' and runs "=1+1".
///
/// Cells are never changed silently to fit an encoding: encodingProblems()
/// lists what cannot be written, and write() refuses a table that has any
/// unless replaceUnencodable says to write them with a visible marker.
///
/// Formula injection (OWASP "CSV Injection"): with neutraliseFormulas on, a
/// text cell a spreadsheet could run as a formula gets a leading apostrophe.
/// Excel and LibreOffice treat a cell starting with '=' as a formula; Excel
/// also one starting with '+', '-' (Lotus habits) or '@' (@SUM), and Japanese
/// Excel the full-width ＝ ＋ － ＠; tab and CR are stripped by some readers,
/// exposing what follows. The apostrophe stays visible in LibreOffice (and in
/// Excel's CSV import), so it is added only where it protects something:
/// - '=', '@', ＝, ＠, tab, CR at the start: always.
/// - '+', '-', ＋, －: unless the cell is a plain number (in full, an
///   optional sign, ASCII digits with at most one '.', an optional exponent:
///   "-12.50", "+3", "-.5", "-2.5E-3") or inert arithmetic: nothing but ASCII
///   digits, spaces, ". , / ( ) + -". A formula can only do harm by naming
///   something (a function such as HYPERLINK or WEBSERVICE, a cell or sheet,
///   a name, a DDE link "cmd|' /C calc'!A0", a string): all need a letter or
///   one of | ! : $ [ " ' = @ &, and inert arithmetic has none. So the phone
///   number "+81 3 1234 5678", "-2+3", "+1-555-0100" and "-1,234" are written
///   as they are: LibreOffice shows them as text, while Excel may compute the
///   arithmetic (showing 1 for "-2+3"). That is a display quirk, not an
///   attack; the workbook export (.xlsx) keeps such text exactly.
///   "-5%", "+A1", "-2+3*cmd|'…'!A0", "+SUM(1)" and "－１" are prefixed.
/// Typed cells of an ExportTable (numbers, money, dates) are never prefixed.
///
/// Without a byte order mark, a file whose first field begins with "ID" would
/// be taken by Excel for a SYLK file; that field is then quoted.
class CsvWriter
{
public:
    explicit CsvWriter(const CsvWriteOptions &options = {});

    const CsvWriteOptions &options() const { return m_options; }

    /// Every cell (header included) that the encoding cannot hold, in reading
    /// order. Empty when the table can be written as it is.
    QList<CsvEncodingProblem> encodingProblems(const CsvTable &table) const;

    /// The typed table as text: numbers with the chosen decimal point and no
    /// grouping, money with the currency's decimals (2 without a currency),
    /// dates ISO 8601, date-times "2026-03-31 14:05:00", text cells
    /// neutralised when the options say so.
    CsvTable render(const ExportTable &table) const;
    QList<CsvEncodingProblem> encodingProblems(const ExportTable &table) const;
    [[nodiscard]] Status write(QIODevice &device, const ExportTable &table) const;
    [[nodiscard]] Status writeFile(const QString &path, const ExportTable &table) const;

    /// Writes the table to an open device. Checks the options and the
    /// encoding first and writes nothing when they fail.
    [[nodiscard]] Status write(QIODevice &device, const CsvTable &table) const;

    /// Writes the table to a file atomically: the file is replaced only once
    /// everything is written, so a failed export (a full disk included) leaves
    /// any old file as it was and no partial file behind. A link to a regular
    /// file stays a link: the file it points to is replaced. A target that is
    /// neither a regular file nor a folder (a named pipe, /dev/stdout, a
    /// device) is written into as a stream, never replaced; "-" is standard
    /// output. Errors name the file; a full disk says "The disk is full".
    [[nodiscard]] Status writeFile(const QString &path, const CsvTable &table) const;

    /// One cell as it is written: neutralised and quoted as needed.
    QString formatField(const QString &value) const;

    /// True for the plain numbers described above.
    static bool isPlainNumber(const QString &text);
    /// True for text that gets the apostrophe, by the rule above.
    static bool needsProtection(const QString &text);

private:
    Status check(const CsvTable &table) const;
    Status writeRecords(QIODevice &device, const CsvTable &table) const;
    QString cellText(const ExportCell &cell, int moneyDecimals) const;
    /// This writer without neutralising: render() has done it for text cells.
    CsvWriter forRendered() const;
    QString formatRecord(const QStringList &fields, bool first) const;

    CsvWriteOptions m_options;
};

} // namespace Kindred
