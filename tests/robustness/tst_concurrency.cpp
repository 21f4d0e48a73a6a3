// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Two kindred-cli processes on one store at the same time: the result must
// be one that the two would also have reached one after the other. On a
// SQLite file, two commands that write take turns (the second waits for the
// first); on a team store they run at once.
#include "store/customerstore.h"

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
    void placingTheSameCustomers();
    void readingDuringAnImport();
    void importAndPlacementsKeepBothChanges();
};

void TestConcurrency::placingTheSameCustomers()
{
    if (!testingPostgres())
        QSKIP("PostgreSQL only: two commands that write a SQLite file take turns");
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
    if (!testingPostgres())
        QSKIP("PostgreSQL only: the test watches the server for the import's transaction");
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

// An import that sets only tags, and placements of the same customers by
// another command while it runs: every customer keeps both the tag and the
// place, whichever came first.
void TestConcurrency::importAndPlacementsKeepBothChanges()
{
    constexpr int customers = 6000;
    QTemporaryDir dir;
    const QString location = testStoreLocation(dir, QStringLiteral("team"));
    {
        CustomerStore store;
        QCOMPARE(store.open(location, CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
        QList<Customer> added(customers);
        for (int i = 0; i < customers; ++i) {
            added[i].externalId = QStringLiteral("C%1").arg(i, 6, 10, QLatin1Char('0'));
            added[i].name = QStringLiteral("Customer %1").arg(i);
        }
        QCOMPARE(store.addCustomers(added), std::nullopt);
    }
    const QString tags = dir.filePath(QStringLiteral("tags.csv"));
    {
        QFile file(tags);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Customer ID,Tags\n");
        for (int i = 0; i < customers; ++i)
            file.write(QStringLiteral("C%1,VIP\n").arg(i, 6, 10, QLatin1Char('0')).toUtf8());
    }
    QProcess *import = startCli({QStringLiteral("--db"), location, QStringLiteral("import"), tags,
                                 QStringLiteral("--kind"), QStringLiteral("customers")},
                                dir.path(), this);
    // Places before, during and after the import.
    QList<int> placed;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 400 && (placed.size() < 3 || import->state() != QProcess::NotRunning)
         && timer.elapsed() < 60000;
         i += 7) {
        const CliRun place = runCli({QStringLiteral("--db"), location, QStringLiteral("place"),
                                     QStringLiteral("C%1").arg(i, 6, 10, QLatin1Char('0')), QStringLiteral("--fit"),
                                     QStringLiteral("12.5"), QStringLiteral("--awareness"), QStringLiteral("87.5")},
                                    dir.path());
        QVERIFY2(place.exitCode == 0, qPrintable(place.err));
        placed.append(i);
        import->waitForFinished(0);
    }
    import->waitForFinished(120000);
    QCOMPARE(import->state(), QProcess::NotRunning);
    QVERIFY2(import->exitCode() == 0, import->readAllStandardError().constData());

    CustomerStore store;
    QCOMPARE(store.open(location), std::nullopt);
    const QList<Customer> all = store.customers().value();
    QCOMPARE(all.size(), customers);
    for (const Customer &c : all) {
        QCOMPARE(c.tags, QStringList{QStringLiteral("VIP")});
        const bool wasPlaced = placed.contains(c.externalId.mid(1).toInt());
        QCOMPARE(c.valueFit, wasPlaced ? std::optional<double>(12.5) : std::nullopt);
        QCOMPARE(c.valueAwareness, wasPlaced ? std::optional<double>(87.5) : std::nullopt);
    }
    qInfo("%lld customers placed while the import ran or around it", qint64(placed.size()));
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
