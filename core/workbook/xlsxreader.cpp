// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreader.h"

#include "workbook.h"

#include <QCoreApplication>

namespace Kindred {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::Workbook)
};

// The column of a reference such as "C7" (2), -1 when it has no letters.
qint64 columnOf(QStringView reference)
{
    qint64 column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && i < 8; ++i) {
        const char16_t c = reference[i].unicode();
        if (c >= u'A' && c <= u'Z')
            column = column * 26 + (c - u'A' + 1);
        else
            break;
    }
    if (i == 8)
        return SheetReader::maxColumns; // beyond any column
    return i == 0 ? -1 : column - 1;
}

enum class CellType { Number, SharedString, InlineString, FormulaString, Boolean, Error, Date };

CellType cellType(QStringView t)
{
    if (t.isEmpty() || t == u"n")
        return CellType::Number;
    if (t == u"s")
        return CellType::SharedString;
    if (t == u"inlineStr")
        return CellType::InlineString;
    if (t == u"b")
        return CellType::Boolean;
    if (t == u"e")
        return CellType::Error;
    if (t == u"d")
        return CellType::Date;
    return CellType::FormulaString; // "str"
}

} // namespace

XlsxReader::XlsxReader(ZipEntry part, std::shared_ptr<const Workbook> workbook, const QString &sheet)
    : SheetReader(std::move(part), workbook->path(), sheet), m_workbook(std::move(workbook))
{
}

SheetReader::Read XlsxReader::readRow()
{
    QXmlStreamReader &xml = m_stream.xml();
    bool inRow = false;
    qint64 column = -1;
    for (;;) {
        switch (m_stream.next()) {
        case QXmlStreamReader::StartElement:
            if (!m_inData) {
                m_inData = xml.name() == u"sheetData";
            } else if (xml.name() == u"row") {
                // Rows without a number follow the one before.
                const QStringView r = xml.attributes().value(QLatin1StringView("r"));
                bool ok = true;
                const qint64 number = r.isEmpty() ? row() + 1 : r.toLongLong(&ok);
                if (!ok)
                    return fail(Text::tr("A row is numbered \"%1\", which is not a number.").arg(r));
                if (!startRow(number))
                    return Read::Failed;
                inRow = true;
                column = -1;
            } else if (inRow && xml.name() == u"c") {
                const Read read = readCell(column);
                if (read != Read::Row)
                    return read;
            } else {
                m_stream.skipElement();
            }
            break;
        case QXmlStreamReader::EndElement:
            if (inRow && xml.name() == u"row") {
                if (rowHasCells())
                    return Read::Row;
                inRow = false;
            } else if (xml.name() == u"sheetData") {
                return Read::End;
            }
            break;
        case QXmlStreamReader::Invalid:
            return stopped();
        default:
            break;
        }
    }
}

// Reads a <c> and its value; column is the one before, and becomes this one.
SheetReader::Read XlsxReader::readCell(qint64 &column)
{
    QXmlStreamReader &xml = m_stream.xml();
    const QXmlStreamAttributes attributes = xml.attributes();
    const QStringView reference = attributes.value(QLatin1StringView("r"));
    const qint64 at = reference.isEmpty() ? column + 1 : columnOf(reference);
    if (at < 0)
        return fail(Text::tr("A cell's reference \"%1\" names no column.").arg(reference));
    if (at >= maxColumns)
        return fail(Text::tr("A cell's reference \"%1\" is beyond column XFD, the last a spreadsheet can have.").arg(reference));
    column = at;
    const CellType type = cellType(attributes.value(QLatin1StringView("t")));
    const qsizetype style = attributes.value(QLatin1StringView("s")).toLongLong();

    m_value.resize(0);
    m_inline.resize(0);
    for (int depth = 1; depth > 0;) {
        switch (m_stream.next()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == u"v") {
                m_stream.appendText(m_value, XmlStream::Content::All);
            } else if (xml.name() == u"is") {
                m_stream.appendText(m_inline, XmlStream::Content::Runs);
            } else {
                m_stream.skipElement(); // a formula: its cached <v> is what counts
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Invalid:
            return stopped();
        default:
            break;
        }
    }

    bool ok = true;
    switch (type) {
    case CellType::InlineString:
        ok = setCell(column, m_inline);
        break;
    case CellType::FormulaString:
        ok = setCell(column, m_value);
        break;
    case CellType::SharedString: {
        bool isIndex = false;
        const qsizetype index = m_value.toLongLong(&isIndex);
        if (!isIndex || index < 0 || index >= m_workbook->sharedStringCount()) {
            ok = setErrorCell(column, Text::tr("The cell refers to text %1 of the workbook, which it does not have.")
                                          .arg(m_value));
        } else {
            ok = setCell(column, m_workbook->sharedString(index));
        }
        break;
    }
    case CellType::Boolean:
        ok = setCell(column, m_value.isEmpty() ? QString() : m_value == u"0" ? QStringLiteral("FALSE") : QStringLiteral("TRUE"));
        break;
    case CellType::Error:
        ok = setErrorCell(column, Text::tr("The cell holds the error %1, not a value.").arg(m_value));
        break;
    case CellType::Date: {
        // An ISO 8601 date of Strict OOXML: the day, and the time unless it is midnight.
        QString text = m_value;
        text.replace(QLatin1Char('T'), QLatin1Char(' '));
        if (text.endsWith(QLatin1String(" 00:00:00")))
            text.chop(9);
        ok = setCell(column, text);
        break;
    }
    case CellType::Number: {
        if (m_value.isEmpty())
            break;
        const CellValue::Kind kind = m_workbook->styleKind(style);
        QString text = kind == CellValue::Kind::Number
            ? CellValue::number(m_value)
            : CellValue::fromSerial(m_value.toDouble(), m_workbook->date1904(), kind);
        if (text.isEmpty() && kind != CellValue::Kind::Number)
            text = CellValue::number(m_value); // no day Excel shows: the number, which the parser refuses as a date
        ok = text.isEmpty() ? setErrorCell(column, Text::tr("The cell's number \"%1\" is not a number.").arg(m_value))
                            : setCell(column, text);
        break;
    }
    }
    return ok ? Read::Row : Read::Failed;
}

} // namespace Kindred
