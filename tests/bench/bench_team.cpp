// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// kindred-bench-team: a team store on PostgreSQL beside a SQLite file.
// Imports the same generated order lines into both and prints the times;
// then moves customers on the value matrix, one per transaction through
// CustomerStore::updateCustomers, from one client and from two at once
// (threads, each with its own store connection), and prints moves per second.
//
//   kindred-bench-team [--lines N] [--customers N] [--moves N] [--pg URL] [--fsync-off]
//
// Without --pg it starts the tests' throw-away server (tests/tools/pgserver.sh)
// and turns its durability settings back on (fsync, synchronous_commit,
// full_page_writes), unless --fsync-off; with --pg URL it creates and drops
// its databases on that server.
#include "csvimporter.h"
#include "processstart.h"
#include "store/customerstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>

#include "../common/orderlines.h"
#include "../common/teststore.h"

#include <cstdio>
#include <memory>

using namespace Kindred;

namespace {

void print(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::exit(1);
}

// Imports the file as the CLI does (everything detected); prints the total
// time and that of writing to the store.
void timeImport(const QString &what, const QString &location, const QString &csv)
{
    {
        CustomerStore created;
        if (Status error = created.open(location, CustomerStore::OpenMode::CreateIfMissing))
            fail(error->toString());
    }
    ImportOptions options;
    options.guessKind = true;
    CsvImporter importer(location, csv, options);
    QElapsedTimer timer;
    QElapsedTimer writing;
    importer.setProgressCallback([&](const ImportProgress &p) {
        if (p.phase == ImportProgress::Phase::Writing && !writing.isValid())
            writing.start();
    });
    timer.start();
    const auto summary = importer.run();
    if (!summary)
        fail(what + QStringLiteral(" import failed: ") + summary.error().toString());
    print(QStringLiteral("import into %1: %2 s (writing %3 s); %4 customers, %5 orders")
              .arg(what)
              .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
              .arg(writing.isValid() ? writing.elapsed() / 1000.0 : 0.0, 0, 'f', 2)
              .arg(summary.value().customersCreated)
              .arg(summary.value().ordersAdded));
}

// Each of `clients` threads opens its own store and moves `moves` customers,
// picked at random from the first `pool` ones, one per transaction; returns
// moves per second over all clients, from the first move to the last.
double movesPerSecond(const QString &location, int clients, int moves, int pool)
{
    QSemaphore ready;
    QSemaphore go;
    std::vector<std::unique_ptr<QThread>> threads;
    QStringList errors(clients);
    for (int client = 0; client < clients; ++client) {
        threads.emplace_back(QThread::create([&, client] {
            CustomerStore store;
            auto loaded = [&]() -> Result<QList<Customer>> {
                if (Status error = store.open(location))
                    return *error;
                return store.customers();
            }();
            ready.release();
            go.acquire();
            if (!loaded) {
                errors[client] = loaded.error().toString();
                return;
            }
            QList<Customer> &customers = loaded.value();
            const int size = std::min(pool, int(customers.size()));
            QRandomGenerator rng(client + 1);
            for (int i = 0; i < moves; ++i) {
                Customer &c = customers[rng.bounded(size)];
                c.valueFit = rng.bounded(1000) / 10.0;
                c.valueAwareness = rng.bounded(1000) / 10.0;
                if (Status error = store.updateCustomers({c})) {
                    errors[client] = error->toString();
                    return;
                }
            }
        }));
        threads.back()->start();
    }
    ready.acquire(clients);
    QElapsedTimer timer;
    timer.start();
    go.release(clients);
    for (auto &thread : threads)
        thread->wait();
    const double seconds = timer.nsecsElapsed() / 1e9;
    for (const QString &error : std::as_const(errors)) {
        if (!error.isEmpty())
            fail(error);
    }
    return clients * moves / seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    Kindred::startProcess(argv); // as the programs start
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption linesOption(QStringLiteral("lines"), QStringLiteral("Order lines to import."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption customersOption(QStringLiteral("customers"), QStringLiteral("Customers in the file."),
                                             QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption movesOption(QStringLiteral("moves"), QStringLiteral("Moves per client."),
                                         QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption pgOption(QStringLiteral("pg"),
                                      QStringLiteral("A PostgreSQL server's database URL to create databases from."),
                                      QStringLiteral("URL"));
    const QCommandLineOption fastOption(QStringLiteral("fsync-off"),
                                        QStringLiteral("Keep the throw-away server's test settings (no fsync)."));
    parser.addOptions({linesOption, customersOption, movesOption, pgOption, fastOption});
    parser.addHelpOption();
    parser.process(app);
    const qint64 lines = parser.value(linesOption).toLongLong();
    const int customers = parser.value(customersOption).toInt();
    const int moves = parser.value(movesOption).toInt();

    QTemporaryDir dir;
    // teststore.h makes the databases, on the server named in this file.
    const QString urlFile = dir.filePath(QStringLiteral("pg/url"));
    const QString server = QStringLiteral(KINDRED_PGSERVER);
    const bool ownServer = !parser.isSet(pgOption);
    if (ownServer) {
        if (QProcess::execute(server, {QStringLiteral("start"), dir.filePath(QStringLiteral("pg"))}) != 0)
            fail(QStringLiteral("cannot start a PostgreSQL server"));
    } else {
        QDir().mkpath(dir.filePath(QStringLiteral("pg")));
        QFile file(urlFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(parser.value(pgOption).toUtf8()) < 0)
            fail(QStringLiteral("cannot write ") + urlFile);
    }
    qputenv("KINDRED_TEST_PG_URL_FILE", urlFile.toLocal8Bit());
    const auto stopServer = qScopeGuard([&] {
        TestStoreDetail::dropCreatedDatabases();
        TestStoreDetail::createdDatabases().clear(); // dropped already, before the server stops
        if (ownServer)
            QProcess::execute(server, {QStringLiteral("stop"), dir.filePath(QStringLiteral("pg"))});
    });
    const QString postgres = TestStoreDetail::createDatabase();
    QString settings = QStringLiteral("given server");
    if (ownServer) {
        QSqlQuery query(QSqlDatabase::database(TestStoreDetail::adminConnection));
        const bool durable = !parser.isSet(fastOption);
        for (const char *setting : {"fsync", "synchronous_commit", "full_page_writes"}) {
            if (!query.exec(QStringLiteral("ALTER SYSTEM SET %1 = %2")
                                .arg(QLatin1String(setting), durable ? QStringLiteral("on") : QStringLiteral("off"))))
                fail(query.lastError().text());
        }
        query.exec(QStringLiteral("SELECT pg_reload_conf()"));
        settings = durable ? QStringLiteral("local server, fsync on") : QStringLiteral("local server, fsync off");
    }

    const QString csv = dir.filePath(QStringLiteral("orders.csv"));
    if (!writeOrderLines(csv, lines, customers))
        fail(QStringLiteral("cannot write ") + csv);
    print(QStringLiteral("file: %1 order lines, %2 customers, %3 MB; PostgreSQL: %4")
              .arg(lines)
              .arg(customers)
              .arg(QFile(csv).size() / (1024 * 1024))
              .arg(settings));
    const QString sqlite = dir.filePath(QStringLiteral("bench.kindred"));
    timeImport(QStringLiteral("SQLite"), sqlite, csv);
    timeImport(QStringLiteral("PostgreSQL"), postgres, csv);

    print(QStringLiteral("value matrix moves, one per transaction (updateCustomers), %1 per client:").arg(moves));
    for (const auto &[location, engine, clients] :
         {std::tuple{sqlite, QStringLiteral("SQLite"), 1}, std::tuple{postgres, QStringLiteral("PostgreSQL"), 1},
          std::tuple{postgres, QStringLiteral("PostgreSQL"), 2}}) {
        for (const int pool : {customers, 10}) {
            print(QStringLiteral("  %1, %2 client(s), customers picked from %3: %4 moves/s")
                      .arg(engine)
                      .arg(clients)
                      .arg(pool == customers ? QStringLiteral("all %1").arg(customers) : QStringLiteral("the same 10"))
                      .arg(movesPerSecond(location, clients, moves, pool), 0, 'f', 0));
        }
    }
    return 0;
}
