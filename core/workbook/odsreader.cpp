// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "odsreader.h"

#include "cellvalue.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Kindred {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::Workbook)
};

constexpr QLatin1StringView kOffice{"urn:oasis:names:tc:opendocument:xmlns:office:1.0"};
constexpr QLatin1StringView kText{"urn:oasis:names:tc:opendocument:xmlns:text:1.0"};
constexpr QLatin1StringView kCalcExt{"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"};

qint64 repeated(const QXmlStreamAttributes &attributes, QLatin1StringView name)
{
    const qint64 count = attributes.value(OdsReader::tableNamespace, name).toLongLong();
    return std::max<qint64>(count, 1);
}

// "2024-03-05T10:30:00" as "2024-03-05 10:30:00", midnight left out.
QString dateValue(QStringView value)
{
    QString text = value.left(19).toString();
    text.replace(QLatin1Char('T'), QLatin1Char(' '));
    if (text.endsWith(QLatin1String(" 00:00:00")))
        text.chop(9);
    return text;
}

// "PT10H30M00S" as "10:30:00".
QString timeValue(QStringView value)
{
    static const QRegularExpression duration(QStringLiteral("^-?P(?:(\\d+)D)?T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)(?:[.,]\\d+)?S)?$"));
    const QRegularExpressionMatch m = duration.match(value.toString());
    if (!m.hasMatch())
        return value.toString();
    const qint64 hours = m.capturedView(1).toLongLong() * 24 + m.capturedView(2).toLongLong();
    return QStringLiteral("%1:%2:%3")
        .arg(hours, 2, 10, QLatin1Char('0'))
        .arg(m.capturedView(3).toLongLong(), 2, 10, QLatin1Char('0'))
        .arg(m.capturedView(4).toLongLong(), 2, 10, QLatin1Char('0'));
}

} // namespace

OdsReader::OdsReader(ZipEntry content, const QString &path, const QString &sheet, int index)
    : SheetReader(std::move(content), path, sheet), m_index(index)
{
}

bool OdsReader::replay()
{
    if (!startRow(m_nextRow++))
        return false;
    --m_repeatsLeft;
    for (const auto &[column, text] : std::as_const(m_repeatedCells))
        setCell(column, text);
    for (const auto &[column, why] : std::as_const(m_repeatedErrors))
        setErrorCell(column, why);
    return true;
}

SheetReader::Read OdsReader::readRow()
{
    if (m_repeatsLeft > 0)
        return replay() ? Read::Row : Read::Failed;
    QXmlStreamReader &xml = m_stream.xml();
    int tables = 0;
    for (;;) {
        switch (m_stream.next()) {
        case QXmlStreamReader::StartElement:
            if (xml.namespaceUri() != tableNamespace)
                break;
            if (!m_inTable) {
                if (xml.name() == u"table") {
                    if (tables++ < m_index)
                        m_stream.skipElement();
                    else
                        m_inTable = true;
                }
            } else if (xml.name() == u"table-row") {
                const qint64 repeats = repeated(xml.attributes(), QLatin1StringView("number-rows-repeated"));
                if (m_nextRow > maxRows)
                    return fail(Text::tr("The sheet has more than the %1 rows a spreadsheet can have.").arg(maxRows));
                if (!startRow(m_nextRow))
                    return Read::Failed;
                const Read read = readCells();
                if (read != Read::Row)
                    return read;
                ++m_nextRow;
                if (rowHasCells()) {
                    m_repeatsLeft = std::min(repeats, maxRows - row() + 1) - 1;
                    return Read::Row;
                }
                // Empty rows repeated (to the sheet's end, often) are only counted.
                m_nextRow += repeats - 1;
            } else if (xml.name() == u"table") {
                m_stream.skipElement(); // a table inside a shape or cell is not this sheet's rows
            }
            break;
        case QXmlStreamReader::EndElement:
            if (m_inTable && xml.name() == u"table" && xml.namespaceUri() == tableNamespace)
                return Read::End;
            break;
        case QXmlStreamReader::Invalid:
            return stopped();
        default:
            break;
        }
    }
}

// The cells of the current <table:table-row>, up to its end.
SheetReader::Read OdsReader::readCells()
{
    QXmlStreamReader &xml = m_stream.xml();
    m_repeatedCells.clear();
    m_repeatedErrors.clear();
    qint64 column = 0;
    for (;;) {
        switch (m_stream.next()) {
        case QXmlStreamReader::StartElement: {
            const bool cell = xml.name() == u"table-cell" || xml.name() == u"covered-table-cell";
            if (!cell || xml.namespaceUri() != tableNamespace) {
                m_stream.skipElement();
                break;
            }
            const QXmlStreamAttributes a = xml.attributes();
            const qint64 repeats = repeated(a, QLatin1StringView("number-columns-repeated"));
            const QStringView type = a.value(kOffice, QLatin1StringView("value-type"));
            QString text;
            if (type == u"float" || type == u"percentage" || type == u"currency")
                text = CellValue::number(a.value(kOffice, QLatin1StringView("value")));
            else if (type == u"date")
                text = dateValue(a.value(kOffice, QLatin1StringView("date-value")));
            else if (type == u"time")
                text = timeValue(a.value(kOffice, QLatin1StringView("time-value")));
            else if (type == u"boolean")
                text = a.value(kOffice, QLatin1StringView("boolean-value")) == u"true" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            const bool formula = !a.value(tableNamespace, QLatin1StringView("formula")).isEmpty();
            const QString shown = paragraphs(); // reads to the cell's end
            // LibreOffice marks a formula's error (#N/A) in its own attribute; other
            // writers give it no value type, only its text.
            const bool error = a.value(kCalcExt, QLatin1StringView("value-type")) == u"error"
                || (type.isEmpty() && formula && shown.startsWith(QLatin1Char('#')));
            if (type.isEmpty() || type == u"string")
                text = shown;
            if (error || !text.isEmpty()) {
                if (column + repeats > maxColumns) {
                    return fail(Text::tr("A cell of row %1 is repeated to column %2, beyond XFD (%3), the last column "
                                         "a spreadsheet can have.")
                                    .arg(row())
                                    .arg(column + repeats)
                                    .arg(maxColumns));
                }
                const QString why = Text::tr("The cell holds the error %1, not a value.").arg(shown);
                for (qint64 k = 0; k < repeats; ++k) {
                    if (error) {
                        setErrorCell(column + k, why);
                        m_repeatedErrors.append({column + k, why});
                    } else {
                        setCell(column + k, text);
                        m_repeatedCells.append({column + k, text});
                    }
                }
            }
            column += repeats;
            break;
        }
        case QXmlStreamReader::EndElement:
            return Read::Row; // the row's end: cells read theirs whole
        case QXmlStreamReader::Invalid:
            return stopped();
        default:
            break;
        }
    }
}

// The text of a cell's paragraphs, one line each, with the spaces, tabs and
// line breaks they mark up; comments (office:annotation) are no part of it.
QString OdsReader::paragraphs()
{
    QXmlStreamReader &xml = m_stream.xml();
    QString text;
    int paragraphs = 0;
    int inParagraph = 0;
    for (int depth = 1; depth > 0;) {
        switch (m_stream.next()) {
        case QXmlStreamReader::StartElement:
            if (xml.namespaceUri() == kOffice && xml.name() == u"annotation") {
                m_stream.skipElement();
                break;
            }
            ++depth;
            if (xml.namespaceUri() != kText)
                break;
            if (xml.name() == u"p") {
                ++inParagraph;
                if (paragraphs++ > 0)
                    text += QLatin1Char('\n');
            } else if (xml.name() == u"s")
                text += QString(std::clamp<qint64>(xml.attributes().value(kText, QLatin1StringView("c")).toLongLong(), 1, 1000), QLatin1Char(' '));
            else if (xml.name() == u"tab")
                text += QLatin1Char('\t');
            else if (xml.name() == u"line-break")
                text += QLatin1Char('\n');
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            inParagraph -= xml.namespaceUri() == kText && xml.name() == u"p";
            break;
        case QXmlStreamReader::Characters:
            if (inParagraph > 0)
                text += xml.text();
            break;
        case QXmlStreamReader::Invalid:
            return text;
        default:
            break;
        }
    }
    return text;
}

} // namespace Kindred
