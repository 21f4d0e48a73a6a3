// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbookwriter.h"

#include "atomicwrite.h"
#include "money.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <memory>

namespace Kindred {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::WorkbookWriter)
};

// Excel's limits on a sheet's name: 31 characters, none of []:*?/\.
QString validSheetName(const QString &name)
{
    QString result = name.isEmpty() ? QStringLiteral("Sheet1") : name;
    for (QChar &c : result) {
        if (QStringLiteral("[]:*?/\\").contains(c))
            c = QLatin1Char('_');
    }
    return result.left(31);
}

// Width in Excel's character units: East Asian characters take two.
double displayWidth(const QString &text)
{
    double widest = 0.0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        double width = 0.0;
        for (QChar c : line)
            width += c.unicode() >= 0x2E80 && !c.isLowSurrogate() ? 2.0 : 1.0;
        widest = std::max(widest, width);
    }
    return widest;
}

lxw_datetime toLxw(const QDateTime &value)
{
    const QDate d = value.date();
    const QTime t = value.time();
    return {d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second() + t.msec() / 1000.0};
}

struct WorkbookDeleter
{
    void operator()(lxw_workbook *workbook) const { workbook_close(workbook); }
};

} // namespace

WorkbookWriter::WorkbookWriter(const QString &sheetName, const QLocale &locale)
    : m_sheetName(sheetName), m_locale(locale)
{
}

bool WorkbookWriter::isWorkbookPath(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

Result<QByteArray> WorkbookWriter::toBytes(const ExportTable &table) const
{
    // libxlsxwriter writes a named file: it goes to a private folder, and its
    // bytes then to the target through writeFileAtomically.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{Text::tr("Cannot create a temporary folder: %1").arg(dir.errorString()), QString()};
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("export.xlsx")));
    QByteArray tmpdir = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.tmpdir = tmpdir.data();
    lxw_workbook *workbook = workbook_new_opt(path.constData(), &options);
    if (!workbook)
        return Error{Text::tr("Cannot create the workbook."), QString()};
    std::unique_ptr<lxw_workbook, WorkbookDeleter> closer(workbook);

    lxw_worksheet *sheet = workbook_add_worksheet(workbook, validSheetName(m_sheetName).toUtf8().constData());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *dateTime = workbook_add_format(workbook);
    format_set_num_format(dateTime, "yyyy-mm-dd hh:mm");
    lxw_format *money = workbook_add_format(workbook);
    const Money currency(table.currency, m_locale);
    format_set_num_format(money, currency.spreadsheetFormat().toUtf8().constData());
    QHash<int, lxw_format *> numbers; // by decimals
    auto numberFormat = [&](int decimals) {
        lxw_format *&format = numbers[decimals];
        if (!format) {
            format = workbook_add_format(workbook);
            const QString pattern = decimals > 0 ? QStringLiteral("0.") + QString(decimals, QLatin1Char('0'))
                                                 : QStringLiteral("0");
            format_set_num_format(format, pattern.toUtf8().constData());
        }
        return format;
    };

    QList<double> widths(table.header.size(), 0.0);
    auto failed = [&](lxw_error error, qsizetype row, qsizetype column) -> Error {
        return Error{Text::tr("Cannot write this cell to the workbook: %1").arg(QString::fromUtf8(lxw_strerror(error))),
                     QString(), row + 1, int(column + 1)};
    };
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        if (lxw_error e = worksheet_write_string(sheet, 0, lxw_col_t(c), table.header.at(c).toUtf8().constData(), bold))
            return failed(e, 0, c);
        // Room for the filter button beside the title.
        widths[c] = displayWidth(table.header.at(c)) + 3.0;
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QList<ExportCell> &cells = table.rows.at(r);
        const lxw_row_t row = lxw_row_t(r + 1);
        for (qsizetype c = 0; c < cells.size() && c < widths.size(); ++c) {
            const ExportCell &cell = cells.at(c);
            const lxw_col_t column = lxw_col_t(c);
            lxw_error error = LXW_NO_ERROR;
            double width = 0.0;
            switch (cell.kind) {
            case ExportCell::Kind::Empty:
                break;
            case ExportCell::Kind::Text:
                if (!cell.text.isEmpty())
                    error = worksheet_write_string(sheet, row, column, cell.text.toUtf8().constData(), nullptr);
                width = displayWidth(cell.text);
                break;
            case ExportCell::Kind::Number:
                error = worksheet_write_number(sheet, row, column, cell.number, numberFormat(cell.decimals));
                width = QString::number(cell.number, 'f', cell.decimals).size();
                break;
            case ExportCell::Kind::Money:
                error = worksheet_write_number(sheet, row, column, cell.number, money);
                width = currency.format(cell.number).size() + 1;
                break;
            case ExportCell::Kind::Date:
            case ExportCell::Kind::DateTime: {
                const bool day = cell.kind == ExportCell::Kind::Date;
                // Excel's dates start in 1900: earlier ones stay readable as text.
                if (cell.dateTime.date().year() < 1900) {
                    const QString text = day ? cell.dateTime.date().toString(Qt::ISODate)
                                             : cell.dateTime.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
                    error = worksheet_write_string(sheet, row, column, text.toUtf8().constData(), nullptr);
                } else {
                    lxw_datetime value = toLxw(cell.dateTime);
                    error = worksheet_write_datetime(sheet, row, column, &value, day ? date : dateTime);
                }
                width = day ? 10.0 : 16.0;
                break;
            }
            }
            if (error)
                return failed(error, r + 1, c);
            widths[c] = std::max(widths[c], width + 1.0);
        }
    }
    for (qsizetype c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(widths.at(c), maxColumnWidth), nullptr);
    if (!table.header.isEmpty()) {
        worksheet_freeze_panes(sheet, 1, 0);
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(table.header.size() - 1));
    }
    if (lxw_error error = workbook_close(closer.release()))
        return Error{Text::tr("Cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(error))), QString()};
    QFile file(QFile::decodeName(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("Cannot read the written workbook: %1").arg(file.errorString()), QString()};
    return file.readAll();
}

Status WorkbookWriter::writeFile(const QString &path, const ExportTable &table) const
{
    const Result<QByteArray> bytes = toBytes(table);
    if (!bytes) {
        Error error = bytes.error();
        error.file = path;
        return error;
    }
    return writeFileAtomically(path, [&](QIODevice &device) { return writeAll(device, bytes.value()); });
}

} // namespace Kindred
