// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowfile.h"

#include "workbook/workbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Kindred {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::RowFile)
};

// The file a CsvReader reads, owned with it (constructed before the reader).
struct FileHolder
{
    explicit FileHolder(const QString &path) : file(path) {}
    QFile file;
};

class CsvFileReader : private FileHolder, public CsvReader
{
public:
    CsvFileReader(const QString &path, const CsvReadOptions &options) : FileHolder(path), CsvReader(&file, options) {}
    Status open()
    {
        if (!file.open(QIODevice::ReadOnly))
            return Error{Text::tr("Cannot open the file: %1").arg(file.errorString()), file.fileName()};
        return start();
    }
    qint64 fileSize() const { return file.size(); }
};

enum class Magic { Other, Zip, Ole, NotText };

// What the file's first bytes say it is. A file named as a workbook that is
// no zip file is read as the text it may be (a CSV file under the wrong
// name), unless it is binary or markup: a damaged workbook, or a web page a
// download saved under the workbook's name.
Magic magicOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Magic::Other;
    const QByteArray head = file.read(8192);
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return Magic::Zip;
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Magic::Ole;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool namedAsWorkbook = suffix == u"xlsx" || suffix == u"xlsm" || suffix == u"ods";
    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"); // its NULs are text
    if (namedAsWorkbook && ((head.contains('\0') && !utf16) || head.trimmed().startsWith('<')))
        return Magic::NotText;
    return Magic::Other;
}

} // namespace

QString rowFileFormatKey(RowFileFormat format)
{
    switch (format) {
    case RowFileFormat::Xlsx:
        return QStringLiteral("xlsx");
    case RowFileFormat::Ods:
        return QStringLiteral("ods");
    case RowFileFormat::Csv:
        break;
    }
    return QStringLiteral("csv");
}

Result<RowFile> RowFile::open(const QString &path, const CsvReadOptions &options)
{
    RowFile rows;
    rows.m_path = path;
    rows.m_options = options;
    switch (magicOf(path)) {
    case Magic::Ole:
        return Error{Text::tr("This is an Excel 97–2003 workbook (.xls), which Kindred does not read. Save it in the "
                              "spreadsheet as an Excel Workbook (.xlsx) or as CSV UTF-8 and import that file."),
                     path};
    case Magic::NotText:
        return Error{Text::tr("This file is named as a workbook but is not one (a workbook is a zip file): it may be "
                              "damaged, or a web page saved under that name. Open it in the spreadsheet and save it "
                              "again as an Excel Workbook (.xlsx) or as CSV UTF-8."),
                     path};
    case Magic::Zip: {
        auto workbook = Workbook::open(path);
        if (!workbook)
            return workbook.error();
        rows.m_workbook = workbook.value();
        rows.m_format = rows.m_workbook->format() == Workbook::Format::Ods ? RowFileFormat::Ods : RowFileFormat::Xlsx;
        auto sheet = rows.m_workbook->chooseSheet(options.sheet);
        if (!sheet)
            return sheet.error();
        rows.m_sheet = sheet.value();
        rows.m_options.sheet = rows.sheet();
        rows.m_size = rows.m_workbook->sheetSize(rows.m_sheet);
        return rows;
    }
    case Magic::Other:
        break;
    }
    // What the first reader detects, the others are told.
    CsvFileReader reader(path, options);
    if (Status error = reader.open())
        return *error;
    rows.m_options.encoding = reader.encoding();
    rows.m_options.delimiter = reader.delimiter();
    rows.m_options.sheet.clear();
    rows.m_encodingGuessed = reader.encodingGuessed();
    rows.m_size = reader.fileSize();
    return rows;
}

QString RowFile::formatName() const
{
    return m_workbook ? m_workbook->formatName() : QString();
}

QStringList RowFile::sheets() const
{
    return m_workbook ? m_workbook->sheetNames() : QStringList();
}

QString RowFile::sheet() const
{
    return m_workbook ? m_workbook->sheets().at(m_sheet).name : QString();
}

Result<std::unique_ptr<RowSource>> RowFile::reader() const
{
    if (m_workbook)
        return m_workbook->reader(m_sheet);
    auto reader = std::make_unique<CsvFileReader>(m_path, m_options);
    if (Status error = reader->open())
        return *error;
    return std::unique_ptr<RowSource>(std::move(reader));
}

} // namespace Kindred
