// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QList>
#include <QStringList>
#include <QStringView>

namespace Kindred {

/// Rows of a table read one at a time, never held whole: the records of a
/// CSV file (CsvReader) or the rows of a workbook's sheet (SheetReader).
/// The importer, its preview and the search for title rows read through it,
/// so that a workbook is one more source of rows and not a second importer.
///
/// Rows are numbered as a spreadsheet shows them (the first is 1); rows with
/// nothing in them are passed over but keep their numbers.
class RowSource
{
public:
    virtual ~RowSource() = default;

    /// Moves to the next row. False at the end or when reading fails (then
    /// error() says why).
    virtual bool next() = 0;
    /// From the next row on, reads ahead on another thread where that pays;
    /// only these columns need to be read. Call it between rows, once.
    virtual void readAhead(const QList<qsizetype> &columns) = 0;
    /// Makes the current row the header that the rows below are measured by.
    virtual void takeAsHeader() = 0;
    /// Spreadsheet row of the current row.
    virtual qint64 row() const = 0;
    /// Lines of the file the current row spans.
    virtual qint64 lines() const = 0;
    virtual qsizetype size() const = 0;
    /// Field i of the current row; the view is valid until next(). A field
    /// that cannot be read as text adds to problems() when it is read.
    virtual QStringView field(qsizetype i) = 0;
    /// All fields of the current row as strings.
    QStringList fields()
    {
        QStringList result;
        result.reserve(size());
        for (qsizetype i = 0; i < size(); ++i)
            result.append(field(i).toString());
        return result;
    }
    /// What is wrong with the current row so far, with its row and column.
    virtual const QList<Error> &problems() const = 0;
    /// How far reading is, in the unit of RowFile::size(), for progress.
    virtual qint64 bytesRead() const = 0;
    virtual Status error() const = 0;
    /// True when reading stopped at a CSV quote that is never closed.
    virtual bool stoppedAtQuote() const { return false; }
};

} // namespace Kindred
