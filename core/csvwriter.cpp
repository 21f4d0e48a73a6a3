// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include "atomicwrite.h"
#include "money.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>

namespace Kindred {

namespace {

// Text::tr() instead of a free tr(): lupdate then files the strings of free
// functions under the context they are looked up in at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::CsvWriter)
};

// ICU's name for Microsoft's Shift_JIS, with the NEC and IBM extensions.
constexpr char kCp932[] = "windows-31j";

QStringEncoder makeEncoder(CsvEncoding encoding)
{
    return encoding == CsvEncoding::Cp932 ? QStringEncoder(kCp932) : QStringEncoder(QStringEncoder::Utf8);
}

// Breaks text into code points, keeping surrogate pairs whole.
QStringList codePoints(const QString &text)
{
    QStringList result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        result.append(text.mid(i, pair ? 2 : 1));
        if (pair)
            ++i;
    }
    return result;
}

// Checks cells against an encoding. A cell fits when it is valid UTF-16,
// encodes without error and decodes back to itself: the round trip also
// catches a character ICU would quietly write as a look-alike.
class EncodingCheck
{
public:
    explicit EncodingCheck(CsvEncoding encoding) : m_encoding(encoding) {}

    bool fits(const QString &text)
    {
        if (!text.isValidUtf16())
            return false;
        if (m_encoding != CsvEncoding::Cp932 || isAscii(text))
            return true;
        const QByteArray bytes = m_encoder.encode(text);
        const bool ok = !m_encoder.hasError() && QString(m_decoder.decode(bytes)) == text && !m_decoder.hasError();
        // The error flags stay set: start afresh after a failure (rare).
        if (!ok) {
            m_encoder = QStringEncoder(kCp932);
            m_decoder = QStringDecoder(kCp932);
        }
        return ok;
    }

    // The text with marker in place of each character that does not fit.
    QString replaced(const QString &text, QChar marker)
    {
        QString result;
        for (const QString &point : codePoints(text))
            result += fits(point) ? point : QString(marker);
        return result;
    }

    QString badCharacters(const QString &text)
    {
        QString result;
        for (const QString &point : codePoints(text)) {
            if (!fits(point) && !result.contains(point))
                result += point;
        }
        return result;
    }

private:
    // CP932 holds ASCII unchanged (0x5C and 0x7E decode back to '\\' and '~').
    static bool isAscii(const QString &text)
    {
        return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    }

    CsvEncoding m_encoding;
    QStringEncoder m_encoder{kCp932};
    QStringDecoder m_decoder{kCp932};
};

// Characters from which no formula can name a function, a cell, a sheet, a
// name, a DDE link or a string: digits, spaces, arithmetic signs, brackets
// and number punctuation. See the header for why.
bool isInertArithmetic(const QString &value)
{
    return std::all_of(value.cbegin(), value.cend(), [](QChar c) {
        switch (c.unicode()) {
        case ' ': case '.': case ',': case '/': case '(': case ')': case '+': case '-':
        case 0xFF0B: case 0xFF0D: // full-width ＋ －
            return true;
        default:
            return c.unicode() >= '0' && c.unicode() <= '9';
        }
    });
}

// A spreadsheet opening a CSV file splits at the list separator of its
// language, whatever the file's delimiter: ',' in English, ';' in German,
// French, Dutch, Spanish and Italian, tab, and '|' in some setups.
bool needsQuotes(const QString &field, QChar delimiter)
{
    return field.contains(delimiter)
           || std::any_of(field.cbegin(), field.cend(), [](QChar c) {
                  switch (c.unicode()) {
                  case ',': case ';': case '\t': case '|': case '"': case '\r': case '\n':
                      return true;
                  default:
                      return false;
                  }
              });
}

QString deviceName(const QIODevice &device)
{
    const auto *file = qobject_cast<const QFileDevice *>(&device);
    return file ? file->fileName() : QString();
}

} // namespace

QString csvEncodingKey(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8WithBom: return QStringLiteral("utf-8-bom");
    case CsvEncoding::Utf8: return QStringLiteral("utf-8");
    case CsvEncoding::Cp932: return QStringLiteral("cp932");
    }
    return {};
}

std::optional<CsvEncoding> csvEncodingFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (CsvEncoding e : {CsvEncoding::Utf8WithBom, CsvEncoding::Utf8, CsvEncoding::Cp932}) {
        if (k == csvEncodingKey(e))
            return e;
    }
    if (k == QLatin1String("shift_jis") || k == QLatin1String("sjis") || k == QLatin1String("windows-31j"))
        return CsvEncoding::Cp932;
    return std::nullopt;
}

QString csvEncodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8WithBom: return Text::tr("UTF-8 with BOM (Excel)");
    case CsvEncoding::Utf8: return Text::tr("UTF-8 without BOM");
    case CsvEncoding::Cp932: return Text::tr("Shift_JIS (CP932)");
    }
    return {};
}

QChar csvReplacementMarker(CsvEncoding encoding)
{
    return encoding == CsvEncoding::Cp932 ? QChar(0x3013) : QChar(QChar::ReplacementCharacter);
}

CsvTable encodingProblemReport(const QList<CsvEncodingProblem> &problems, const QStringList &header)
{
    CsvTable table;
    table.header = {Text::tr("row"), Text::tr("column"), Text::tr("header"), Text::tr("value"), Text::tr("characters")};
    for (const CsvEncodingProblem &p : problems)
        table.rows.append({QString::number(p.row), QString::number(p.column), header.value(p.column - 1), p.value,
                           p.characters});
    return table;
}

bool CsvEncodingProblem::operator==(const CsvEncodingProblem &other) const
{
    return row == other.row && column == other.column && value == other.value && characters == other.characters;
}

CsvWriter::CsvWriter(const CsvWriteOptions &options) : m_options(options) {}

bool CsvWriter::isPlainNumber(const QString &text)
{
    static const QRegularExpression number(
        QStringLiteral(R"(\A[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\z)"));
    return number.match(text).hasMatch();
}

bool CsvWriter::needsProtection(const QString &value)
{
    if (value.isEmpty())
        return false;
    switch (value.front().unicode()) {
    case '=': case '@': case '\t': case '\r':
    case 0xFF1D: case 0xFF20: // full-width ＝ ＠: Japanese Excel reads them as their ASCII forms
        return true;
    case '+': case '-':
    case 0xFF0B: case 0xFF0D: // full-width ＋ －
        return !isPlainNumber(value) && !isInertArithmetic(value);
    default:
        return false;
    }
}

CsvWriteOptions csvOptionsForSpreadsheetIn(const QLocale &locale, CsvWriteOptions options)
{
    const bool comma = locale.decimalPoint() == QLatin1String(",");
    options.decimalPoint = comma ? QLatin1Char(',') : QLatin1Char('.');
    options.delimiter = comma ? QLatin1Char(';') : QLatin1Char(',');
    return options;
}

QString CsvWriter::cellText(const ExportCell &cell, int moneyDecimals) const
{
    auto number = [this](double value, int decimals) {
        QString text = QString::number(value, 'f', decimals);
        if (m_options.decimalPoint != QLatin1Char('.'))
            text.replace(QLatin1Char('.'), m_options.decimalPoint);
        return text;
    };
    switch (cell.kind) {
    case ExportCell::Kind::Empty: return QString();
    case ExportCell::Kind::Text:
        return m_options.neutraliseFormulas && needsProtection(cell.text) ? QLatin1Char('\'') + cell.text : cell.text;
    case ExportCell::Kind::Number: return number(cell.number, cell.decimals);
    case ExportCell::Kind::Money: return number(cell.number, moneyDecimals);
    case ExportCell::Kind::Date: return cell.dateTime.date().toString(Qt::ISODate);
    case ExportCell::Kind::DateTime: return cell.dateTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    return QString();
}

CsvTable CsvWriter::render(const ExportTable &table) const
{
    // Plain numbers: two decimals unless the currency says otherwise (0 for yen).
    const int moneyDecimals = table.currency.isEmpty() ? 2 : Money::decimalsOf(table.currency);
    CsvTable result{table.header, {}};
    result.rows.reserve(table.rows.size());
    for (const QList<ExportCell> &row : table.rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const ExportCell &cell : row)
            cells.append(cellText(cell, moneyDecimals));
        result.rows.append(cells);
    }
    return result;
}

CsvWriter CsvWriter::forRendered() const
{
    CsvWriteOptions options = m_options;
    options.neutraliseFormulas = false;
    return CsvWriter(options);
}

QList<CsvEncodingProblem> CsvWriter::encodingProblems(const ExportTable &table) const
{
    return encodingProblems(render(table));
}

Status CsvWriter::write(QIODevice &device, const ExportTable &table) const
{
    return forRendered().write(device, render(table));
}

Status CsvWriter::writeFile(const QString &path, const ExportTable &table) const
{
    return forRendered().writeFile(path, render(table));
}

QString CsvWriter::formatField(const QString &value) const
{
    QString field = value;
    if (m_options.neutraliseFormulas && needsProtection(field))
        field.prepend(QLatin1Char('\''));
    if (!needsQuotes(field, m_options.delimiter))
        return field;
    field.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

QString CsvWriter::formatRecord(const QStringList &fields, bool first) const
{
    // A lone empty field would make a blank line, which readers skip.
    if (fields.size() == 1 && fields.constFirst().isEmpty())
        return QStringLiteral("\"\"\r\n");
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_options.delimiter;
        QString field = formatField(fields.at(i));
        if (first && i == 0 && m_options.encoding != CsvEncoding::Utf8WithBom
            && field.startsWith(QLatin1String("ID")))
            field = QLatin1Char('"') + field + QLatin1Char('"');
        line += field;
    }
    return line + QLatin1String("\r\n");
}

QList<CsvEncodingProblem> CsvWriter::encodingProblems(const CsvTable &table) const
{
    QList<CsvEncodingProblem> problems;
    EncodingCheck check(m_options.encoding);
    auto checkRow = [&](const QStringList &cells, qint64 row) {
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const QString &value = cells.at(column);
            if (!check.fits(value))
                problems.append({row, int(column + 1), value, check.badCharacters(value)});
        }
    };
    checkRow(table.header, 1);
    for (qsizetype i = 0; i < table.rows.size(); ++i)
        checkRow(table.rows.at(i), i + 2);
    return problems;
}

Status CsvWriter::check(const CsvTable &table) const
{
    const QChar d = m_options.delimiter;
    if (d.isNull() || d == QLatin1Char('"') || d == QLatin1Char('\r') || d == QLatin1Char('\n')
        || d.isSurrogate())
        return Error{Text::tr("The delimiter cannot be a quote, a line break or empty."), QString()};
    if (!makeEncoder(m_options.encoding).isValid())
        return Error{Text::tr("This system cannot write %1.").arg(csvEncodingName(m_options.encoding)), QString()};
    if (!EncodingCheck(m_options.encoding).fits(QString(d)))
        return Error{Text::tr("The delimiter %1 cannot be written in %2.").arg(d).arg(csvEncodingName(m_options.encoding)),
                     QString()};
    if (m_options.replaceUnencodable)
        return std::nullopt;
    const QList<CsvEncodingProblem> problems = encodingProblems(table);
    if (problems.isEmpty())
        return std::nullopt;
    const CsvEncodingProblem &first = problems.constFirst();
    return Error{Text::tr("%n cell(s) hold characters that %1 cannot hold (first: \"%2\" in \"%3\"); "
                          "nothing was written. Choose UTF-8 or change those cells.",
                          nullptr, int(problems.size()))
                     .arg(csvEncodingName(m_options.encoding), first.characters, first.value),
                 QString(), first.row, first.column};
}

Status CsvWriter::write(QIODevice &device, const CsvTable &table) const
{
    if (Status error = check(table)) {
        error->file = deviceName(device);
        return error;
    }
    return writeRecords(device, table);
}

Status CsvWriter::writeRecords(QIODevice &device, const CsvTable &table) const
{
    QStringEncoder encoder = makeEncoder(m_options.encoding);
    QByteArray buffer;
    if (m_options.encoding == CsvEncoding::Utf8WithBom)
        buffer = QByteArrayLiteral("\xEF\xBB\xBF");
    auto flush = [&]() -> Status {
        if (Status error = writeAll(device, buffer))
            return error;
        buffer.clear();
        return std::nullopt;
    };
    EncodingCheck check(m_options.encoding);
    const QChar marker = csvReplacementMarker(m_options.encoding);
    auto fitted = [&](const QStringList &cells) {
        if (!m_options.replaceUnencodable)
            return cells;
        QStringList result = cells;
        for (QString &cell : result) {
            if (!check.fits(cell))
                cell = check.replaced(cell, marker);
        }
        return result;
    };
    constexpr qsizetype chunk = 1 << 16;
    buffer += encoder.encode(formatRecord(fitted(table.header), true));
    for (const QStringList &row : table.rows) {
        buffer += encoder.encode(formatRecord(fitted(row), false));
        if (buffer.size() >= chunk) {
            if (Status error = flush())
                return error;
        }
    }
    return flush();
}

Status CsvWriter::writeFile(const QString &path, const CsvTable &table) const
{
    // Check before touching the file system, so a refused table leaves nothing behind.
    if (Status error = check(table)) {
        error->file = path;
        return error;
    }
    return writeFileAtomically(path, [&](QIODevice &device) { return writeRecords(device, table); });
}

} // namespace Kindred
