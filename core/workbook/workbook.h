// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cellvalue.h"
#include "error.h"
#include "rowsource.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Kindred {

class ZipArchive;

/// An Excel (.xlsx, .xlsm) or LibreOffice (.ods) workbook opened for its
/// rows: the list of its sheets and what reading any of them needs (Excel's
/// shared strings, which cell styles are dates, the date system). The
/// sheets themselves are read only by the readers it gives, one row at a
/// time. Damaged and hostile files (zip bombs, missing parts, malformed XML,
/// absurd counts) are refused with a message naming the file and the part.
class Workbook : public std::enable_shared_from_this<Workbook>
{
public:
    enum class Format { Xlsx, Ods };
    struct Sheet
    {
        QString name;
        QString part;   ///< the sheet's XML in the zip (Excel)
        bool hidden = false;
    };

    /// Caps on what is read: a part held in memory (the shared strings,
    /// styles, lists of sheets), a sheet (streamed, so only time is at
    /// stake), and the number of shared strings.
    static constexpr qint64 maxHeldPartSize = 256LL << 20;
    static constexpr qint64 maxSheetSize = 2LL << 30;
    static constexpr qsizetype maxSharedStrings = 1 << 24;

    static Result<std::shared_ptr<const Workbook>> open(const QString &path);
    ~Workbook();

    Format format() const { return m_format; }
    QString path() const { return m_path; }
    /// "Excel workbook" or "LibreOffice workbook", for summaries.
    QString formatName() const;
    const QList<Sheet> &sheets() const { return m_sheets; }
    QStringList sheetNames() const;
    /// The sheet called name; when name is empty, the first visible sheet
    /// whose first rows hold two filled cells in a row (else one filled
    /// cell, else the first sheet). An unknown name is an error that lists
    /// the sheets.
    Result<int> chooseSheet(const QString &name) const;
    /// A reader at the first row of sheet index; its size() is the sheet's
    /// unpacked size, the unit of the reader's bytesRead().
    Result<std::unique_ptr<RowSource>> reader(int index) const;
    qint64 sheetSize(int index) const;

    // What the Excel sheet readers need.
    bool date1904() const { return m_date1904; }
    CellValue::Kind styleKind(qsizetype style) const
    {
        return style >= 0 && style < m_styleKinds.size() ? m_styleKinds.at(style) : CellValue::Kind::Number;
    }
    qsizetype sharedStringCount() const { return m_stringStarts.size() - 1; }
    QStringView sharedString(qsizetype i) const
    {
        const qsizetype begin = m_stringStarts.at(i);
        return QStringView(m_strings).sliced(begin, m_stringStarts.at(i + 1) - begin);
    }

private:
    Workbook() = default;
    Status openXlsx();
    Status openOds();
    Status readSharedStrings(const QString &part);
    Status readStyles(const QString &part);

    Format m_format = Format::Xlsx;
    QString m_path;
    std::shared_ptr<ZipArchive> m_zip;
    QList<Sheet> m_sheets;
    QList<qint64> m_sheetSizes;
    bool m_date1904 = false;
    QList<CellValue::Kind> m_styleKinds; ///< by cell style (xf) index
    QString m_strings;                   ///< the shared strings one after another
    QList<qsizetype> m_stringStarts{0};  ///< where each begins, and the end
};

} // namespace Kindred
