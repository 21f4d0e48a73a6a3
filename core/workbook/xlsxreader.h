// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sheetreader.h"

#include <memory>

namespace Kindred {

class Workbook;

/// The rows of an Excel worksheet (SpreadsheetML <sheetData>), each cell as
/// the workbook means it: shared, inline and rich text (runs joined, without
/// the phonetic guide), numbers, dates and times from day numbers whose
/// format is a date format (in the workbook's date system), TRUE or FALSE,
/// a formula's last computed value. Cells are placed by their reference
/// (r="C7"), rows by their number.
class XlsxReader : public SheetReader
{
public:
    XlsxReader(ZipEntry part, std::shared_ptr<const Workbook> workbook, const QString &sheet);

protected:
    Read readRow() override;

private:
    Read readCell(qint64 &column);

    std::shared_ptr<const Workbook> m_workbook;
    bool m_inData = false;
    QString m_value;  ///< one cell's <v>, its buffer reused
    QString m_inline; ///< one cell's inline string
};

} // namespace Kindred
