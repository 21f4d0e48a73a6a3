// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Two kindred-cli processes on one team store at the same time: the result
// must be one that the two would also have reached one after the other.
// PostgreSQL only (concurrency_pg): a SQLite store admits one process at a time.
#include "customerstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "../common/clirun.h"
#include "../common/orderlines.h"
#include "../common/teststore.h"

using namespace Kindred;

namespace {
constexpr int kCustomers = 20;
constexpr int kRounds = 30;

using Place = std::pair<double, double>; // fit, awareness

// What process `client` writes in `round`: each client has its own range
// and never writes the same place twice in a row, so every move is a change
// (scores are kept to one decimal).
Place placement(int client, int round)
{
    return {client * 50 + round + 0.2, client * 50 + round + 0.6};
}

QProcess *startCli(const QStringList &arguments, const QString &home, QObject *parent)
{
    auto *process = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(KINDRED_CLI), arguments);
    return process;
}

std::pair<qint64, qint64> countsOf(const QJsonObject &stats)
{
    return {stats.value(QStringLiteral("customers")).toInteger(-1), stats.value(QStringLiteral("orders")).toInteger(-1)};
}
} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void placingTheSameCustomers();
    void readingDuringAnImport();
};

void TestConcurrency::initTestCase()
{
    if (!testingPostgres())
        QSKIP("PostgreSQL only: a SQLite store is open in one process at a time (see concurrency_pg)");
}

void TestConcurrency::placingTheSameCustomers()
{
    QTemporaryDir dir;
    const QString location = testStoreLocation(dir, QStringLiteral("team"));
    QList<CustomerId> ids;
    {
        CustomerStore store;
        QCOMPARE(store.open(location, CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
        QList<Customer> customers(kCustomers);
        for (int i = 0; i < kCustomers; ++i)
            customers[i].name = QStringLiteral("Customer %1").arg(i);
        QCOMPARE(store.addCustomers(customers), std::nullopt);
        for (const Customer &c : std::as_const(customers))
            ids.append(c.id);
    }

    // Client 0 goes through the customers forwards, client 1 backwards.
    QList<QProcess *> clients;
    for (int client = 0; client < 2; ++client) {
        const QString script = dir.filePath(QStringLiteral("moves-%1.txt").arg(client));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int round = 0; round < kRounds; ++round) {
            for (int i = 0; i < kCustomers; ++i) {
                const CustomerId id = ids.at(client == 0 ? i : kCustomers - 1 - i);
                const auto [fit, awareness] = placement(client, round);
                file.write(QStringLiteral("%1,%2,%3\n").arg(id).arg(fit).arg(awareness).toUtf8());
            }
        }
        file.close();
        clients.append(startCli({QStringLiteral("--db"), location, QStringLiteral("moves"), script}, dir.path(), this));
    }
    for (QProcess *client : std::as_const(clients)) {
        QVERIFY(client->waitForFinished(120000));
        const QByteArray err = client->readAllStandardError();
        QVERIFY2(client->exitCode() == 0, err.constData());
        QVERIFY2(err.contains("Moves saved: " + QByteArray::number(kRounds * kCustomers)), err.constData());
    }

    CustomerStore store;
    QCOMPARE(store.open(location), std::nullopt);
    const QList<Customer> customers = store.customers().value();
    QCOMPARE(customers.size(), kCustomers);
    const QList<Place> lastWritten{placement(0, kRounds - 1), placement(1, kRounds - 1)};
    int lastByClient[2] = {0, 0};
    int turns = 0; // how often a customer's next change came from the other client
    for (const Customer &c : customers) {
        QVERIFY(c.isPlaced());
        const Place now{*c.valueFit, *c.valueAwareness};
        QVERIFY2(lastWritten.contains(now), qPrintable(QStringLiteral("customer %1 at %2, %3")
                                                           .arg(c.id).arg(now.first).arg(now.second)));
        ++lastByClient[lastWritten.indexOf(now)];
        QCOMPARE(c.revision, 2 * kRounds);

        // The history tells one serial story: every change starts where the
        // one before it ended, from unplaced to where the customer is now.
        const QList<ScoreChange> history = store.scoreHistory(c.id).value();
        QCOMPARE(history.size(), 2 * kRounds);
        std::optional<double> fit, awareness;
        for (const ScoreChange &change : history) {
            turns += fit && (*fit < 50) != (*change.newFit < 50);
            QCOMPARE(change.oldFit, fit);
            QCOMPARE(change.oldAwareness, awareness);
            fit = change.newFit;
            awareness = change.newAwareness;
        }
        QCOMPARE(fit, c.valueFit);
        QCOMPARE(awareness, c.valueAwareness);
    }
    qInfo("last move by client 0 for %d customers, by client 1 for %d; %d turns between clients", lastByClient[0],
          lastByClient[1], turns);
    // Otherwise one client ran after the other and the test proved nothing.
    QVERIFY(turns > kCustomers);
}

void TestConcurrency::readingDuringAnImport()
{
    QTemporaryDir dir;
    const QString location = testStoreLocation(dir, QStringLiteral("team"));
    QCOMPARE(runCli({QStringLiteral("--db"), location, QStringLiteral("demo"), QStringLiteral("--customers"),
                     QStringLiteral("300")},
                    dir.path())
                 .exitCode,
             0);
    const QStringList stats{QStringLiteral("--db"), location, QStringLiteral("stats"), QStringLiteral("--json")};
    const auto before = countsOf(runCli(stats, dir.path()).json());
    QVERIFY(before.second > 0);
    const QString csv = dir.filePath(QStringLiteral("orders.csv"));
    QVERIFY(writeOrderLines(csv, 60000, 5000));

    QProcess *import = startCli({QStringLiteral("--db"), location, QStringLiteral("import"), csv, QStringLiteral("--json")},
                                dir.path(), this);
    // Whether the import's transaction has written (holds a transaction id), as the server sees it.
    QSqlDatabase watch = TestStoreDetail::openPostgres(StoreLocation::parse(location).value(), QStringLiteral("watch"));
    auto importWriting = [&watch] {
        QSqlQuery q(watch);
        return q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                     "AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()"))
            && q.next() && q.value(0).toInt() > 0;
    };
    QList<std::pair<qint64, qint64>> seen;
    int readsWhileWriting = 0;
    QElapsedTimer timer;
    timer.start();
    while (import->state() != QProcess::NotRunning && timer.elapsed() < 120000) {
        const bool writingBefore = importWriting();
        const CliRun read = runCli(stats, dir.path());
        QVERIFY2(read.exitCode == 0, qPrintable(read.err));
        seen.append(countsOf(read.json()));
        readsWhileWriting += writingBefore && importWriting();
        import->waitForFinished(0);
    }
    QCOMPARE(import->state(), QProcess::NotRunning);
    const QByteArray err = import->readAllStandardError();
    QVERIFY2(import->exitStatus() == QProcess::NormalExit && import->exitCode() == 0, err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(import->readAllStandardOutput()).object();
    const qint64 created = summary.value(QStringLiteral("customers_created")).toInteger();
    const qint64 added = summary.value(QStringLiteral("orders_added")).toInteger();
    QVERIFY(created > 0 && added > 0);

    // Nothing lost, and every read saw the import wholly or not at all.
    const auto after = countsOf(runCli(stats, dir.path()).json());
    QCOMPARE(after, std::make_pair(before.first + created, before.second + added));
    int reads[2] = {0, 0};
    for (const auto &counts : std::as_const(seen)) {
        QVERIFY2(counts == before || counts == after,
                 qPrintable(QStringLiteral("read %1 customers, %2 orders").arg(counts.first).arg(counts.second)));
        ++reads[counts == after];
    }
    qInfo("%d reads before the import committed (%d of them while it was writing), %d after", reads[0],
          readsWhileWriting, reads[1]);
    QVERIFY(readsWhileWriting > 0);
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
