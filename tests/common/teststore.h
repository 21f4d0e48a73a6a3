// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Stores for tests that run twice (kindred_add_store_test in tests/CMakeLists.txt):
// NAME on SQLite files, NAME_pg on the throw-away PostgreSQL server that the
// CTest fixture "postgres" starts (tests/tools/pgserver.sh).

#include "storelocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <utility>

/// True when this run of the test works on PostgreSQL (KINDRED_TEST_ENGINE=postgresql).
inline bool testingPostgres()
{
    return qEnvironmentVariable("KINDRED_TEST_ENGINE") == QLatin1String("postgresql");
}

/// Skips a test about the SQLite file itself (its header, write-ahead log,
/// lock file) when running on PostgreSQL, saying why.
#define KINDRED_SKIP_ON_POSTGRES(why)                                                                                  \
    do {                                                                                                               \
        if (testingPostgres())                                                                                         \
            QSKIP("SQLite file only: " why);                                                                           \
    } while (false)

namespace TestStoreDetail {

/// The exit code that CTest reports as skipped (SKIP_RETURN_CODE of the _pg tests).
constexpr int skipExitCode = 77;
inline const QString adminConnection = QStringLiteral("kindred_test_admin");

/// The URL of the test server's own database, written by pgserver.sh; empty without a server.
inline QString serverUrl()
{
    QFile file(qEnvironmentVariable("KINDRED_TEST_PG_URL_FILE"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

// Before any test function: a PostgreSQL run without a server is skipped as a whole, visibly.
inline const bool serverPresent = [] {
    if (testingPostgres() && serverUrl().isEmpty()) {
        std::fprintf(stderr, "No PostgreSQL test server (see the test pg_server_start): PostgreSQL tests skipped\n");
        std::exit(skipExitCode);
    }
    return true;
}();

inline Kindred::StoreLocation serverLocation()
{
    const QString url = serverUrl();
    const auto location = Kindred::StoreLocation::parse(url);
    if (!location.ok())
        qFatal("PostgreSQL test server URL %s: %s", qPrintable(url), qPrintable(location.error().message));
    return location.value();
}

/// Opens a QPSQL connection to a PostgreSQL location; qFatal when it cannot.
inline QSqlDatabase openPostgres(const Kindred::StoreLocation &location, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    location.configure(db);
    if (!db.open())
        qFatal("Cannot connect to %s: %s", qPrintable(location.toString()), qPrintable(db.lastError().text()));
    return db;
}

inline QStringList &createdDatabases()
{
    static QStringList names;
    return names;
}

// At the end of the test process; FORCE ends connections a failed test left open.
inline void dropCreatedDatabases()
{
    {
        QSqlQuery query(QSqlDatabase::database(adminConnection));
        for (const QString &name : std::as_const(createdDatabases()))
            query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }
    QSqlDatabase::removeDatabase(adminConnection);
}

/// A new, empty database on the test server, as a postgresql:// URL.
inline QString createDatabase()
{
    static int count = 0;
    if (!QSqlDatabase::contains(adminConnection)) {
        QSqlQuery(openPostgres(serverLocation(), adminConnection))
            .exec(QStringLiteral("SET client_min_messages = warning")); // no notice for each DROP IF EXISTS
        qAddPostRoutine(dropCreatedDatabases);
    }
    Kindred::StoreLocation location = serverLocation();
    // The process id keeps parallel tests apart; a database of the same name
    // can only be left over from a dead process.
    location.database = QStringLiteral("kindred_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++count);
    QSqlQuery query(QSqlDatabase::database(adminConnection));
    if (!query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(location.database))
        || !query.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(location.database)))
        qFatal("Cannot create the test database %s: %s", qPrintable(location.database),
               qPrintable(query.lastError().text()));
    createdDatabases().append(location.database);
    return location.toString();
}

} // namespace TestStoreDetail

/// Where a test keeps the store it calls `name`: dir.filePath(name) on
/// SQLite; on PostgreSQL the URL of a new, empty database made for it (and
/// dropped when the test process ends). The same dir and name give the same
/// store again, as a file path would.
inline QString testStoreLocation(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    if (!testingPostgres())
        return path;
    static QHash<QString, QString> databases; // by path
    QString &url = databases[path];
    if (url.isEmpty())
        url = TestStoreDetail::createDatabase();
    return url;
}

/// The tables, columns and indexes of the store at a location, as text, to
/// prove that a failed write left its structure as it was.
inline QString testStoreSchema(const QString &location)
{
    const QString connection = QStringLiteral("kindred_test_schema");
    QString text;
    {
        QSqlDatabase db;
        QString sql;
        if (testingPostgres()) {
            db = TestStoreDetail::openPostgres(Kindred::StoreLocation::parse(location).value(), connection);
            sql = QStringLiteral(
                "SELECT table_schema || '.' || table_name, string_agg(column_name || ' ' || data_type, ', ' "
                "ORDER BY ordinal_position) FROM information_schema.columns "
                "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') GROUP BY 1 "
                "UNION ALL SELECT schemaname || '.' || indexname, indexdef FROM pg_indexes "
                "WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1");
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(location);
            if (!db.open())
                qFatal("Cannot open %s: %s", qPrintable(location), qPrintable(db.lastError().text()));
            sql = QStringLiteral("SELECT name, sql FROM sqlite_master ORDER BY name");
        }
        QSqlQuery query(db);
        if (!query.exec(sql))
            qFatal("Cannot read the schema of %s: %s", qPrintable(location), qPrintable(query.lastError().text()));
        while (query.next())
            text += query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() + QLatin1Char('\n');
    }
    QSqlDatabase::removeDatabase(connection);
    return text;
}
