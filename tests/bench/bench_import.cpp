// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Imports 1,000,000 generated order lines for 100,000 customers with
// Kindred, then the same file with the sqlite3 shell's plain .import, and
// prints both times, their ratio and Kindred's peak memory.
//
//   kindred-bench-import [LINES [CUSTOMERS]]
#include "csvimporter.h"
#include "customerstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include "../common/orderlines.h"

#include <sys/resource.h>

using namespace Kindred;

namespace {

long peakMemoryMB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// CPU seconds (user and system) of this process or of its finished children:
// on a machine shared with other work, steadier than the elapsed time.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const qint64 lines = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    const int customers = args.size() > 2 ? args.at(2).toInt() : 100000;

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("orders.csv"));
    if (!writeOrderLines(csv, lines, customers)) {
        out << "cannot write " << csv << Qt::endl;
        return 1;
    }
    out << "file: " << lines << " order lines, " << customers << " customers, " << QFile(csv).size() / (1024 * 1024)
        << " MB" << Qt::endl;
    const long memoryBefore = peakMemoryMB();

    const QString store = dir.filePath(QStringLiteral("bench.kindred"));
    {
        CustomerStore created;
        if (Status error = created.open(store, CustomerStore::OpenMode::CreateIfMissing)) {
            out << error->toString() << Qt::endl;
            return 1;
        }
    }
    ImportOptions options; // as the CLI with no options: everything detected
    options.guessKind = true;
    CsvImporter importer(store, csv, options);
    QElapsedTimer phaseTimer;
    phaseTimer.start();
    ImportProgress::Phase phase = ImportProgress::Phase::Scanning;
    QStringList phases;
    importer.setProgressCallback([&](const ImportProgress &p) {
        if (p.phase != phase) {
            phases << QStringLiteral("%1 %2 s").arg(int(phase)).arg(phaseTimer.restart() / 1000.0, 0, 'f', 2);
            phase = p.phase;
        }
    });
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    const auto summary = importer.run();
    const double kindredSeconds = timer.elapsed() / 1000.0;
    const double kindredCpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    phases << QStringLiteral("%1 %2 s").arg(int(phase)).arg(phaseTimer.elapsed() / 1000.0, 0, 'f', 2);
    if (!summary) {
        out << "import failed: " << summary.error().toString() << Qt::endl;
        return 1;
    }
    out << "kindred import: " << QString::number(kindredSeconds, 'f', 2) << " s, CPU "
        << QString::number(kindredCpu, 'f', 2) << " s (" << summary.value().customersCreated
        << " customers, " << summary.value().ordersAdded << " orders; phases 0=scan 1=read 2=write: "
        << phases.join(QStringLiteral(", ")) << ")" << Qt::endl;
    out << "peak memory: " << peakMemoryMB() << " MB (" << memoryBefore << " MB before the import)" << Qt::endl;

    const QString plain = dir.filePath(QStringLiteral("plain.db"));
    QProcess sqlite;
    timer.restart();
    sqlite.start(QStringLiteral("sqlite3"), {plain, QStringLiteral(".import --csv %1 orders").arg(csv)});
    if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0) {
        out << "sqlite3 failed: " << sqlite.readAllStandardError() << Qt::endl;
        return 1;
    }
    const double sqliteSeconds = timer.elapsed() / 1000.0;
    out << "sqlite3 .import: " << QString::number(sqliteSeconds, 'f', 2) << " s, CPU "
        << QString::number(cpuSeconds(RUSAGE_CHILDREN), 'f', 2) << " s" << Qt::endl;
    out << "ratio: " << QString::number(kindredSeconds / sqliteSeconds, 'f', 2) << " (target at most 1.5)" << Qt::endl;
    return 0;
}
