// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "exporttable.h"

#include <QByteArray>
#include <QLocale>
#include <QString>

namespace Kindred {

/// Writes an ExportTable as an Excel workbook (.xlsx) with libxlsxwriter:
/// one sheet, the header row bold and frozen with an autofilter, columns as
/// wide as their content (capped), numbers as numbers, money with the
/// currency's format, dates and date-times as dates with a date format, and
/// text always as text: a cell "=HYPERLINK(…)" is a string, never a formula,
/// so no apostrophe is needed and none is shown.
class WorkbookWriter
{
public:
    /// `locale` places the currency symbol in the money format.
    explicit WorkbookWriter(const QString &sheetName = QString(), const QLocale &locale = QLocale());

    /// The workbook's bytes; an error names the row and column it could not write.
    [[nodiscard]] Result<QByteArray> toBytes(const ExportTable &table) const;

    /// Writes the workbook to a file atomically, as CSV exports are (see
    /// writeFileAtomically): a failed write leaves any old file; a full disk
    /// says so. "-" is standard output.
    [[nodiscard]] Status writeFile(const QString &path, const ExportTable &table) const;

    /// The widest a column is made, in characters.
    static constexpr double maxColumnWidth = 50.0;

    /// True when the path names a workbook: it ends in .xlsx (any case).
    static bool isWorkbookPath(const QString &path);

private:
    QString m_sheetName;
    QLocale m_locale;
};

} // namespace Kindred
