// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kindred-cli killed with SIGKILL at random moments while it writes: the file
// must pass SQLite's integrity check, open as a store, and hold each write
// wholly or not at all.
#include "store/customerstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

namespace {
const QString demoCustomers = QStringLiteral("3000");

struct Run
{
    bool finished = false; ///< exited on its own before the kill
    qint64 elapsedMs = 0;
};

// Starts kindred-cli and kills it (SIGKILL) after `killAfterMs`, unless it ends first.
Run runAndKill(const QStringList &arguments, int killAfterMs)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(KINDRED_CLI), arguments);
    if (!process.waitForStarted())
        qFatal("cannot start kindred-cli");
    Run run;
    run.finished = killAfterMs > 0 && process.waitForFinished(killAfterMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.elapsedMs = timer.elapsed();
    return run;
}

// Writes a demo store of `customers` customers at `path`, to completion.
bool writeDemoStore(const QString &path, int customers)
{
    return runAndKill({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--customers"),
                       QString::number(customers)},
                      60000)
        .finished;
}

// SQLite's own full check of the file, on a connection of the test's own.
QString integrityCheck(const QString &path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        result = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString()
                                                                              : q.lastError().text();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return result;
}
} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void demoIsWholeOrAbsent();
    void placementsAreWholeOrAbsent();
    void largeImportIsWholeOrAbsent();
};

void TestCrashSafety::demoIsWholeOrAbsent()
{
    QTemporaryDir dir;
    const QStringList demo{QStringLiteral("demo"), QStringLiteral("--customers"), demoCustomers,
                           QStringLiteral("--seed"), QStringLiteral("7")};
    // The whole demo, written once without a kill, and how long it takes.
    const QString reference = dir.filePath(QStringLiteral("reference.kindred"));
    const Run full = runAndKill(QStringList{QStringLiteral("--db"), reference} + demo, 60000);
    QVERIFY(full.finished);
    StoreTotals whole;
    WorkspaceSettings wholeSettings;
    {
        CustomerStore store;
        QCOMPARE(store.open(reference), std::nullopt);
        whole = store.totals().value();
        wholeSettings = store.settings();
    }
    QCOMPARE(whole.customers, demoCustomers.toLongLong());

    int wholeRuns = 0, emptyRuns = 0, absentRuns = 0;
    QRandomGenerator random(20260601);
    for (int i = 0; i < 30; ++i) {
        const QString path = dir.filePath(QStringLiteral("killed-%1.kindred").arg(i));
        const int killAfterMs = random.bounded(int(full.elapsedMs) * 6 / 5 + 1);
        runAndKill(QStringList{QStringLiteral("--db"), path} + demo, killAfterMs);
        if (!QFileInfo::exists(path)) {
            ++absentRuns;
            continue;
        }
        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
        CustomerStore store;
        const Status opened = store.open(path);
        if (opened && opened->message.contains(QLatin1String("holds no Kindred store yet"))) {
            // Killed before the schema was committed: nothing was saved, and
            // creating the store again works.
            QCOMPARE(store.open(path, CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
            ++emptyRuns;
            continue;
        }
        QVERIFY2(!opened, qPrintable(opened ? opened->toString() : QString()));
        const StoreTotals totals = store.totals().value();
        if (totals.customers == 0 && totals.orders == 0) {
            ++emptyRuns;
            continue;
        }
        QCOMPARE(totals.customers, whole.customers);
        QCOMPARE(totals.orders, whole.orders);
        QCOMPARE(qRound64(totals.revenue * 100), qRound64(whole.revenue * 100));
        QCOMPARE(store.settings(), wholeSettings);
        ++wholeRuns;
    }
    qInfo("killed 30 demo runs: %d whole, %d empty, %d before the file existed", wholeRuns, emptyRuns, absentRuns);
}

void TestCrashSafety::placementsAreWholeOrAbsent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("moves.kindred"));
    QVERIFY(writeDemoStore(path, 200));
    const QStringList place{QStringLiteral("--db"), path, QStringLiteral("place")};
    const Run full = runAndKill(place + QStringList{QStringLiteral("1"), QStringLiteral("--fit"), QStringLiteral("1"),
                                                   QStringLiteral("--awareness"), QStringLiteral("1")},
                                60000);
    QVERIFY(full.finished);

    QRandomGenerator random(42);
    int kept = 0, lost = 0;
    for (int i = 0; i < 60; ++i) {
        const qint64 id = 1 + random.bounded(200);
        const double fit = random.bounded(101), awareness = random.bounded(101);
        Customer before;
        {
            CustomerStore store;
            QCOMPARE(store.open(path), std::nullopt);
            before = store.customer(id).value();
        }
        const Run run = runAndKill(place + QStringList{QString::number(id), QStringLiteral("--fit"),
                                                       QString::number(fit), QStringLiteral("--awareness"),
                                                       QString::number(awareness)},
                                   random.bounded(int(full.elapsedMs) * 3 / 2 + 1));
        Q_UNUSED(run)
        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
        CustomerStore store;
        const Status opened = store.open(path);
        QVERIFY2(!opened, qPrintable(opened ? opened->toString() : QString()));
        const Customer after = store.customer(id).value();
        const QList<ScoreChange> history = store.scoreHistory(id).value();
        // Both scores moved together, and the history says so, or nothing changed.
        if (after.valueFit == fit && after.valueAwareness == awareness
            && (before.valueFit != fit || before.valueAwareness != awareness)) {
            QVERIFY(!history.isEmpty());
            QCOMPARE(history.constLast().newFit, std::optional<double>(fit));
            QCOMPARE(history.constLast().newAwareness, std::optional<double>(awareness));
            ++kept;
        } else {
            QCOMPARE(after.valueFit, before.valueFit);
            QCOMPARE(after.valueAwareness, before.valueAwareness);
            ++lost;
        }
    }
    qInfo("killed 60 placements: %d written whole, %d not written", kept, lost);
}

// A large import into a store no one else has open is written through a
// rollback journal (see CustomerStore::importBatch): killed at any moment,
// the store holds all of it or none, and is back in WAL mode once opened.
void TestCrashSafety::largeImportIsWholeOrAbsent()
{
    QTemporaryDir dir;
    const QString seed = dir.filePath(QStringLiteral("seed.kindred"));
    QVERIFY(writeDemoStore(seed, 300));
    const QString csv = dir.filePath(QStringLiteral("orders.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Order ID,Order Date,Customer ID,Customer Name,Sales\n");
        for (int i = 0; i < 220000; ++i) {
            file.write(QStringLiteral("O%1,2025-%2-%3,N%4,\"Lee, Ann %4\",%5.25\n")
                           .arg(i / 2)
                           .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                           .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                           .arg(i / 2 % 1000)
                           .arg(i % 90)
                           .toUtf8());
        }
    }
    auto totalsOf = [](const QString &path) {
        CustomerStore store;
        return store.open(path) ? StoreTotals{} : store.totals().value();
    };
    const StoreTotals before = totalsOf(seed);
    const QString reference = dir.filePath(QStringLiteral("reference.kindred"));
    QVERIFY(QFile::copy(seed, reference));
    const QStringList import{QStringLiteral("import"), csv};
    const Run full = runAndKill(QStringList{QStringLiteral("--db"), reference} + import, 60000);
    QVERIFY(full.finished);
    const StoreTotals whole = totalsOf(reference);
    QCOMPARE(whole.orders, before.orders + 110000);

    QRandomGenerator random(20261206);
    int wholeRuns = 0, noneRuns = 0, journalsLeft = 0;
    for (int i = 0; i < 16; ++i) {
        const QString path = dir.filePath(QStringLiteral("killed-%1.kindred").arg(i));
        QVERIFY(QFile::copy(seed, path));
        runAndKill(QStringList{QStringLiteral("--db"), path} + import, random.bounded(int(full.elapsedMs) * 6 / 5 + 1));
        journalsLeft += QFileInfo(path + QStringLiteral("-journal")).size() > 0;
        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
        CustomerStore store;
        const Status opened = store.open(path);
        QVERIFY2(!opened, qPrintable(opened ? opened->toString() : QString()));
        const StoreTotals totals = store.totals().value();
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
        QVERIFY(QFile::exists(path + QStringLiteral("-wal"))); // the log is back
        if (totals.orders == before.orders) {
            QCOMPARE(totals.customers, before.customers);
            ++noneRuns;
            continue;
        }
        QCOMPARE(totals.orders, whole.orders);
        QCOMPARE(totals.customers, whole.customers);
        QCOMPARE(qRound64(totals.revenue * 100), qRound64(whole.revenue * 100));
        ++wholeRuns;
    }
    qInfo("killed 16 imports: %d whole, %d not written, %d left a rollback journal", wholeRuns, noneRuns, journalsLeft);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
