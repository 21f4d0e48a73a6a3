// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetreader.h"

#include <QCoreApplication>

namespace Kindred {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::Workbook)
};
} // namespace

SheetReader::SheetReader(ZipEntry part, const QString &path, const QString &sheet)
    : m_stream(std::move(part)), m_path(path), m_sheet(sheet)
{
}

bool SheetReader::next()
{
    if (m_error)
        return false;
    m_text.resize(0);
    m_cells.resize(0);
    m_errorCells.resize(0);
    m_problems.clear();
    return readRow() == Read::Row;
}

QStringView SheetReader::field(qsizetype i)
{
    for (const auto &[column, why] : std::as_const(m_errorCells)) {
        if (column == i && std::none_of(m_problems.cbegin(), m_problems.cend(),
                                        [&](const Error &e) { return e.column == i + 1; })) {
            m_problems.append(Error{why, m_path, m_row, int(i + 1)});
        }
    }
    if (i < 0 || i >= m_cells.size() || m_cells.at(i).first < 0)
        return {};
    return QStringView(m_text).sliced(m_cells.at(i).first, m_cells.at(i).second);
}

bool SheetReader::startRow(qint64 row)
{
    if (row <= m_row) {
        fail(Text::tr("Row %1 comes after row %2: the rows are out of order, so the workbook is damaged.")
                 .arg(row)
                 .arg(m_row));
        return false;
    }
    if (row > maxRows) {
        fail(Text::tr("The sheet has a row %1, beyond the %2 rows a spreadsheet can have.").arg(row).arg(maxRows));
        return false;
    }
    m_row = row;
    return true;
}

bool SheetReader::setCell(qint64 column, QStringView text)
{
    if (column < 0 || column >= maxColumns) {
        fail(Text::tr("A cell of row %1 is in column %2, beyond XFD (%3), the last column a spreadsheet can have.")
                 .arg(m_row)
                 .arg(column + 1)
                 .arg(maxColumns));
        return false;
    }
    if (text.isEmpty())
        return true;
    if (column >= m_cells.size())
        m_cells.resize(column + 1, {-1, 0});
    m_cells[column] = {qint32(m_text.size()), qint32(text.size())};
    m_text += text;
    return true;
}

bool SheetReader::setErrorCell(qint64 column, const QString &why)
{
    if (!setCell(column, {}))
        return false;
    m_errorCells.append({column, why});
    return true;
}

SheetReader::Read SheetReader::fail(const QString &message)
{
    if (!m_error) {
        m_error = Error{Text::tr("Sheet \"%1\": %2 Reading stopped at row %3.").arg(m_sheet, message).arg(m_row),
                        m_path, m_row};
    }
    return Read::Failed;
}

SheetReader::Read SheetReader::stopped()
{
    if (m_error)
        return Read::Failed;
    if (Status error = m_stream.error(Text::tr("sheet \"%1\", after row %2").arg(m_sheet).arg(m_row))) {
        m_error = Error{error->message, m_path, m_row};
        return Read::Failed;
    }
    return Read::End;
}

} // namespace Kindred
