// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QString>

class QSqlDatabase;

namespace Kindred {

/// Where a workspace lives: a SQLite file (the default) or a PostgreSQL database.
///
/// A PostgreSQL location is written as a libpq URI,
/// `postgresql://user[:password]@host[:port]/dbname[?key=value&...]`
/// (also `postgres://`); `?host=/socket/dir` names a Unix socket directory
/// and `?port=N` its port, as libpq allows.
///
/// Passwords: a location never stores one of its own accord. When the URL
/// gives none, libpq itself reads PGPASSWORD or ~/.pgpass; a GUI or the CLI
/// may ask the user and fill in `password` for one connection. toString()
/// leaves the password and every other secret (`sslpassword`) out, so they
/// never reach recent lists, window titles or logs; no error quotes them.
/// A password may hold '@', '/', '?', ':' and '#' unencoded, unlike libpq,
/// which needs them percent-encoded; in the query a secret's '&' is %26.
///
/// libpq waits connectTimeout() seconds for a server to answer: 10 unless
/// the URL gives `connect_timeout`.
struct StoreLocation
{
    enum class Engine { Sqlite, Postgres };
    Engine engine = Engine::Sqlite;
    QString filePath; ///< Sqlite
    QString host;     ///< Postgres: host name, or a Unix socket directory (starts with '/'); empty = libpq default
    int port = 5432;
    QString database;
    QString user;     ///< empty = libpq default (the OS user)
    QString password; ///< only when given in the URL; never written back by toString()
    /// Further libpq connect options as "key=value;key=value" for
    /// QSqlDatabase::setConnectOptions (e.g. sslmode=require); may be empty.
    QString options;

    /// A file path (or file:// URL) or a postgresql:// / postgres:// URL:
    /// percent-decoding, an IPv6 host in brackets ([::1]),
    /// ?host=/socket/dir&port=N&sslmode=... Errors name what is wrong.
    static Result<StoreLocation> parse(const QString &text);
    bool isPostgres() const;
    enum class Password { Left, Included };
    /// The URL again, without the password unless asked (for recent lists,
    /// window titles, logs), or the file path. With the password it serves
    /// only to open a second connection in this process (an import on a
    /// worker thread): never show or keep it.
    QString toString(Password password = Password::Left) const;
    /// The same location without its password and other secrets: what may
    /// be kept or shown.
    StoreLocation withoutSecrets() const;
    /// Short name for a window title: the file name, or "dbname on host".
    QString displayName() const;
    /// Seconds libpq waits for the server to answer before giving up; 0 waits for ever.
    int connectTimeout() const;
    /// Sets a PostgreSQL connection's host, port, database, user, password and
    /// options, with the connect timeout.
    void configure(QSqlDatabase &db) const;
    /// Configures a PostgreSQL connection and opens it. An error says what a
    /// person can do, e.g. that the server did not answer in time.
    Status open(QSqlDatabase &db) const;
    /// Connects to the server and disconnects again, on a connection of the
    /// calling thread's own: whether (and why not) a store can be opened here,
    /// found out off the GUI thread so that a silent server freezes nothing.
    Status probe() const;
};

} // namespace Kindred
