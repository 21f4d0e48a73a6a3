// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvreader.h"
#include "error.h"
#include "rowsource.h"

#include <QStringList>

#include <memory>

namespace Kindred {

class Workbook;

/// The kinds of file rows are imported from.
enum class RowFileFormat { Csv, Xlsx, Ods };

/// "csv", "xlsx" or "ods", for summaries written as JSON.
QString rowFileFormatKey(RowFileFormat format);

/// A file of rows as the importer reads it: a CSV file, or one sheet of an
/// Excel (.xlsx, .xlsm) or LibreOffice (.ods) workbook, told apart by their
/// content, not their names. Opening it decides once how it is read (the
/// CSV's encoding and delimiter; the workbook's sheet, its shared strings and
/// date styles); reader() then starts at the first row as often as the
/// import needs. An Excel 97–2003 workbook (.xls) is refused with a message
/// that says how to save it in a form Kindred reads.
class RowFile
{
public:
    static Result<RowFile> open(const QString &path, const CsvReadOptions &options);

    QString path() const { return m_path; }
    RowFileFormat format() const { return m_format; }
    bool isWorkbook() const { return m_format != RowFileFormat::Csv; }
    /// "Excel workbook" or "LibreOffice workbook"; empty for CSV.
    QString formatName() const;
    /// How a CSV file is read, with what was detected filled in.
    const CsvReadOptions &csvOptions() const { return m_options; }
    /// True when a CSV file's encoding is a guess (CsvReader::encodingGuessed()).
    bool encodingGuessed() const { return m_encodingGuessed; }
    /// A workbook's sheets, and the one read; empty for CSV.
    QStringList sheets() const;
    QString sheet() const;
    /// What RowSource::bytesRead() reaches at the end: the file's size, or
    /// the sheet's once unpacked.
    qint64 size() const { return m_size; }
    /// A reader at the first row.
    Result<std::unique_ptr<RowSource>> reader() const;

private:
    QString m_path;
    RowFileFormat m_format = RowFileFormat::Csv;
    CsvReadOptions m_options;
    bool m_encodingGuessed = false;
    qint64 m_size = 0;
    std::shared_ptr<const Workbook> m_workbook;
    int m_sheet = 0;
};

} // namespace Kindred
