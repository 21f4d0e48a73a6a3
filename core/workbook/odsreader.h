// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sheetreader.h"

namespace Kindred {

/// The rows of one table of a LibreOffice (OpenDocument) spreadsheet's
/// content.xml, each cell as the file means it: office:value-type float,
/// percentage and currency as numbers, date and time in ISO form, boolean
/// as TRUE or FALSE, string as its paragraphs' text. Repeated rows and
/// cells (table:number-rows-repeated, table:number-columns-repeated) are
/// counted, never spelled out: a sheet's million repeated empty cells cost
/// nothing, and a repeated filled row is read once per repetition.
class OdsReader : public SheetReader
{
public:
    static constexpr QLatin1StringView tableNamespace{"urn:oasis:names:tc:opendocument:xmlns:table:1.0"};

    /// Reads the table that is index-th in the content (named sheet).
    OdsReader(ZipEntry content, const QString &path, const QString &sheet, int index);

protected:
    Read readRow() override;

private:
    Read readCells();
    QString paragraphs();
    bool replay();

    int m_index;
    bool m_inTable = false;
    qint64 m_nextRow = 1;
    // A filled row repeated: its cells, given again for each repetition.
    qint64 m_repeatsLeft = 0;
    QList<std::pair<qint64, QString>> m_repeatedCells;
    QList<std::pair<qint64, QString>> m_repeatedErrors;
};

} // namespace Kindred
