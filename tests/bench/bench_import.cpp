// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Imports 1,000,000 generated order lines for 100,000 customers with
// Kindred, then the same file with the sqlite3 shell's plain .import, runs
// after runs alternately (each into a new store), and prints the medians,
// their ratio and Kindred's peak memory.
//
//   kindred-bench-import [--shop] [--write-only] [LINES [CUSTOMERS [RUNS [CSV]]]]
//
// With CSV, the generated file is written there and kept (for a profiler,
// or for scripts/bench-import.sh); --write-only stops there. --shop writes
// order lines as shops export them (writeShopOrderLines: quoted names with
// commas and doubled quotes, Japanese and accented text, CRLF) instead of
// plain ASCII.
#include "csvimporter.h"
#include "processstart.h"
#include "store/customerstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include "../common/orderlines.h"

#include <algorithm>
#include <utility>
#include <optional>

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

struct Run
{
    double seconds = 0;
    double cpu = 0;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// One Kindred import into a new store; prints its figures and phases.
std::optional<Run> importWithKindred(const QString &csv, const QString &store, QTextStream &out)
{
    {
        CustomerStore created;
        if (Status error = created.open(store, CustomerStore::OpenMode::CreateIfMissing)) {
            out << error->toString() << Qt::endl;
            return std::nullopt;
        }
    }
    ImportOptions options; // as the CLI with no options: everything detected
    options.guessKind = true;
    CsvImporter importer(store, csv, options);
    QElapsedTimer phaseTimer;
    phaseTimer.start();
    ImportProgress::Phase phase = ImportProgress::Phase::Scanning;
    QStringList phases;
    double phaseCpu = cpuSeconds(RUSAGE_SELF);
    auto endPhase = [&] {
        const double cpu = cpuSeconds(RUSAGE_SELF);
        phases << QStringLiteral("%1 %2 s (CPU %3 s)")
                      .arg(int(phase))
                      .arg(phaseTimer.restart() / 1000.0, 0, 'f', 2)
                      .arg(cpu - std::exchange(phaseCpu, cpu), 0, 'f', 2);
    };
    importer.setProgressCallback([&](const ImportProgress &p) {
        if (p.phase != phase) {
            endPhase();
            phase = p.phase;
        }
    });
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = phaseCpu;
    const auto summary = importer.run();
    const Run run{timer.elapsed() / 1000.0, cpuSeconds(RUSAGE_SELF) - cpuBefore};
    endPhase();
    if (!summary) {
        out << "import failed: " << summary.error().toString() << Qt::endl;
        return std::nullopt;
    }
    out << "kindred import: " << QString::number(run.seconds, 'f', 2) << " s, CPU " << QString::number(run.cpu, 'f', 2)
        << " s (" << summary.value().customersCreated << " customers, " << summary.value().ordersAdded
        << " orders; phases 0=scan 1=read 2=write: " << phases.join(QStringLiteral(", ")) << ")" << Qt::endl;
    return run;
}

std::optional<Run> importWithSqlite(const QString &csv, const QString &db, QTextStream &out)
{
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    QProcess sqlite;
    QElapsedTimer timer;
    timer.start();
    sqlite.start(QStringLiteral("sqlite3"), {db, QStringLiteral(".import --csv %1 orders").arg(csv)});
    if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0) {
        out << "sqlite3 failed: " << sqlite.readAllStandardError() << Qt::endl;
        return std::nullopt;
    }
    const Run run{timer.elapsed() / 1000.0, cpuSeconds(RUSAGE_CHILDREN) - cpuBefore};
    out << "sqlite3 .import: " << QString::number(run.seconds, 'f', 2) << " s, CPU " << QString::number(run.cpu, 'f', 2)
        << " s" << Qt::endl;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    Kindred::startProcess(argv); // as the programs start
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    const QCommandLineOption shopOption(QStringLiteral("shop"), QStringLiteral("Order lines as shops export them."));
    const QCommandLineOption writeOnlyOption(QStringLiteral("write-only"), QStringLiteral("Only write the file CSV."));
    parser.addOptions({shopOption, writeOnlyOption});
    parser.addPositionalArgument(QStringLiteral("LINES CUSTOMERS RUNS CSV"), QStringLiteral("What to import, how often."));
    parser.addHelpOption();
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    const qint64 lines = args.size() > 0 ? args.at(0).toLongLong() : 1000000;
    const int customers = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;

    QTemporaryDir dir;
    const QString csv = args.size() > 3 ? args.at(3) : dir.filePath(QStringLiteral("orders.csv"));
    const auto write = parser.isSet(shopOption) ? writeShopOrderLines : writeOrderLines;
    if (!write(csv, lines, customers, 42)) {
        out << "cannot write " << csv << Qt::endl;
        return 1;
    }
    out << "file: " << lines << " order lines, " << customers << " customers, " << QFile(csv).size() / (1024 * 1024)
        << " MB" << Qt::endl;
    if (parser.isSet(writeOnlyOption))
        return 0;
    const long memoryBefore = peakMemoryMB();

    QList<double> kindred, kindredCpu, sqlite, sqliteCpu, ratios;
    for (int i = 0; i < runs; ++i) {
        const QString store = dir.filePath(QStringLiteral("bench%1.kindred").arg(i));
        const QString plain = dir.filePath(QStringLiteral("plain%1.db").arg(i));
        const auto k = importWithKindred(csv, store, out);
        const auto s = importWithSqlite(csv, plain, out);
        if (!k || !s)
            return 1;
        // The disk's writing back of earlier runs is not the next run's work.
        for (const QString &file : {store, plain})
            QFile::remove(file);
        kindred << k->seconds;
        kindredCpu << k->cpu;
        sqlite << s->seconds;
        sqliteCpu << s->cpu;
        ratios << k->seconds / s->seconds;
    }
    out << "median of " << runs << ": kindred " << QString::number(median(kindred), 'f', 2) << " s (CPU "
        << QString::number(median(kindredCpu), 'f', 2) << " s), sqlite3 " << QString::number(median(sqlite), 'f', 2)
        << " s (CPU " << QString::number(median(sqliteCpu), 'f', 2) << " s)" << Qt::endl;
    out << "peak memory: " << peakMemoryMB() << " MB (" << memoryBefore << " MB before the imports)" << Qt::endl;
    out << "ratio: " << QString::number(median(kindred) / median(sqlite), 'f', 2) << " (median of the runs' ratios "
        << QString::number(median(ratios), 'f', 2) << "; target at most 1.5)" << Qt::endl;
    return 0;
}
