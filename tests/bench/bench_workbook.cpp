// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Imports the same 1,000,000 order lines once as CSV and once as an Excel
// workbook (written with libxlsxwriter in constant_memory mode, dates as
// date-formatted day numbers, amounts as numbers), each import in a process
// of its own, runs after runs alternately, and prints each one's time and
// peak memory (getrusage) and what it imported.
//
//   kindred-bench-workbook [LINES [CUSTOMERS [RUNS [DIR]]]]
//
// With DIR, the files are written there once and kept.
#include "csvimporter.h"
#include "processstart.h"
#include "store/customerstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include "../common/orderlines.h"

#include <xlsxwriter.h>

#include <sys/resource.h>

using namespace Kindred;

namespace {

// The CSV's rows as a workbook's sheet "Orders".
bool writeWorkbook(const QString &csvPath, const QString &xlsxPath)
{
    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly))
        return false;
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *workbook = workbook_new_opt(QFile::encodeName(xlsxPath).constData(), &options);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Orders");
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "yyyy/mm/dd");
    const QDate excelEpoch(1899, 12, 30);
    lxw_row_t row = 0;
    while (!csv.atEnd()) {
        const QList<QByteArray> fields = csv.readLine().trimmed().split(',');
        for (int column = 0; column < fields.size(); ++column) {
            const QByteArray &field = fields.at(column);
            const QDate date = row > 0 && column == 1 ? QDate::fromString(QString::fromLatin1(field), Qt::ISODate) : QDate();
            if (date.isValid())
                worksheet_write_number(sheet, row, lxw_col_t(column), double(excelEpoch.daysTo(date)), dateFormat);
            else if (row > 0 && column == 5)
                worksheet_write_number(sheet, row, lxw_col_t(column), field.toDouble(), nullptr);
            else
                worksheet_write_string(sheet, row, lxw_col_t(column), field.constData(), nullptr);
        }
        ++row;
    }
    return workbook_close(workbook) == LXW_NO_ERROR;
}

// The child: one import into a new store, its figures on one line.
int importOnce(const QString &file, const QString &store)
{
    {
        CustomerStore created;
        if (Status error = created.open(store, CustomerStore::OpenMode::CreateIfMissing)) {
            QTextStream(stderr) << error->toString() << Qt::endl;
            return 1;
        }
    }
    ImportOptions options;
    options.guessKind = true;
    QElapsedTimer timer;
    timer.start();
    const auto summary = CsvImporter(store, file, options).run();
    const double seconds = timer.elapsed() / 1000.0;
    if (!summary) {
        QTextStream(stderr) << summary.error().toString() << Qt::endl;
        return 1;
    }
    CustomerStore opened;
    if (opened.open(store, CustomerStore::OpenMode::OpenExisting))
        return 1;
    const auto totals = opened.totals();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    QTextStream(stdout) << QString::number(seconds, 'f', 2) << " s, peak " << usage.ru_maxrss / 1024 << " MB; "
                        << summary.value().readAs << ": " << summary.value().rows << " rows, "
                        << (totals ? totals.value().customers : -1) << " customers, "
                        << (totals ? totals.value().orders : -1) << " orders, revenue "
                        << QString::number(totals ? totals.value().revenue : -1, 'f', 2) << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    Kindred::startProcess(argv); // as the programs start
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == u"--import-once")
        return importOnce(args.at(2), args.at(3));

    QTextStream out(stdout);
    const qint64 lines = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    const int customers = args.size() > 2 ? args.at(2).toInt() : 100000;
    const int runs = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 3;
    QTemporaryDir temporary;
    const QDir dir(args.size() > 4 ? args.at(4) : temporary.path());
    const QString csv = dir.filePath(QStringLiteral("orders-%1.csv").arg(lines));
    const QString xlsx = dir.filePath(QStringLiteral("orders-%1.xlsx").arg(lines));
    if (!QFile::exists(xlsx)) {
        QElapsedTimer timer;
        timer.start();
        if (!writeOrderLines(csv, lines, customers) || !writeWorkbook(csv, xlsx)) {
            out << "cannot write " << csv << " and " << xlsx << Qt::endl;
            return 1;
        }
        out << "written in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    out << lines << " order lines, " << customers << " customers: CSV " << QFile(csv).size() / (1024 * 1024)
        << " MB, xlsx " << QFile(xlsx).size() / (1024 * 1024) << " MB" << Qt::endl;
    for (int i = 0; i < runs; ++i) {
        for (const QString &file : {csv, xlsx}) {
            const QString store = temporary.filePath(QStringLiteral("bench.kindred"));
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(app.applicationFilePath(), {QStringLiteral("--import-once"), file, store});
            if (!child.waitForFinished(-1) || child.exitCode() != 0)
                return 1;
            out << QFileInfo(file).suffix() << ": " << child.readAllStandardOutput() << Qt::flush;
            QFile::remove(store);
        }
    }
    return 0;
}
