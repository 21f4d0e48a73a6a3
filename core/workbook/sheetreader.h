// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowsource.h"
#include "xmlstream.h"

#include <QString>

#include <utility>

namespace Kindred {

/// The rows of one sheet of a workbook, read as its XML is unpacked: one row
/// is held at a time. Cells are placed by their column, so that merged and
/// missing cells leave their columns empty instead of shifting the others;
/// rows with nothing in them are passed over but keep their numbers, so that
/// a message names the row the spreadsheet shows.
///
/// A cell holding an error (#N/A, #DIV/0!) reads as empty and is a problem
/// of its row and column once it is read. Reading ahead on a thread is not
/// done: parsing the XML is most of the work and cannot be split.
class SheetReader : public RowSource
{
public:
    /// Excel's limits, which LibreOffice shares: columns A to XFD.
    static constexpr qsizetype maxColumns = 16384;
    static constexpr qint64 maxRows = 1048576;

    SheetReader(ZipEntry part, const QString &path, const QString &sheet);

    bool next() override;
    void readAhead(const QList<qsizetype> &) override {}
    /// A sheet's rows have the cells they have: no count to keep.
    void takeAsHeader() override {}
    qint64 row() const override { return m_row; }
    qint64 lines() const override { return 1; }
    qsizetype size() const override { return m_cells.size(); }
    QStringView field(qsizetype i) override;
    const QList<Error> &problems() const override { return m_problems; }
    /// Unpacked bytes of the sheet's XML read so far.
    qint64 bytesRead() const override { return m_stream.entry().bytesRead(); }
    Status error() const override { return m_error; }

protected:
    enum class Read { Row, End, Failed };
    /// Reads up to the next row with something in it, through startRow(),
    /// setCell() and setErrorCell().
    virtual Read readRow() = 0;

    /// Starts row number row (1-based); false after fail() when the
    /// number is out of order or beyond the sheet.
    bool startRow(qint64 row);
    /// Puts text in column (0-based) of the row; false after fail() when
    /// the column is beyond XFD.
    bool setCell(qint64 column, QStringView text);
    /// A cell whose value is an error, or cannot be read as what it says.
    bool setErrorCell(qint64 column, const QString &why);
    bool rowHasCells() const { return !m_cells.isEmpty() || !m_errorCells.isEmpty(); }
    /// Stops reading with a message that names the file, sheet and row.
    Read fail(const QString &message);
    /// Stops reading at the XML's or zip's error, if there is one.
    Read stopped();

    XmlStream m_stream;
    QString m_path;
    QString m_sheet;

private:
    QString m_text; ///< the row's cells one after another
    QList<std::pair<qint32, qint32>> m_cells; ///< begin and length in m_text by column; {-1, 0} for none
    QList<std::pair<qsizetype, QString>> m_errorCells;
    QList<Error> m_problems;
    qint64 m_row = 0;
    Status m_error;
};

} // namespace Kindred
