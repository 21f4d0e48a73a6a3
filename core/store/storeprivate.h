// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the source files of CustomerStore share: its private state, the
// transaction guard, and the helpers that bind and read customers. Only for
// core/store.

#include "store/customerstore.h"
#include "store/storefile.h"
#include "ownfields.h"
#include "storelocation.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <chrono>
#include <memory>

namespace Kindred {

namespace StoreDetail {

// The PostgreSQL notification channel on which clients announce their changes.
constexpr char kChannel[] = "kindred_changes";

inline QString loginName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    // Started without a login environment (a service, a container).
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("unknown") : home;
}

inline const QString customerColumns = QStringLiteral(
    "id, external_id, name, email, company, tags, notes, next_action, next_action_due, "
    "value_fit, value_awareness, hand_stage, pinned, created_at, updated_at, "
    "revenue, order_count, first_order, last_order, updated_by, revision, phone, reading, postal_code, address, "
    "own_fields");

inline QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

inline QVariant nullable(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

inline QVariant nullable(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

// Qt binds a null QString as SQL NULL; text columns are NOT NULL.
inline QVariant plain(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

inline std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

inline QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Timestamps are written by timestamp() above; parsing that one shape by hand
// is several times faster than QDateTime::fromString, which matters when a
// large store is opened.
inline QDateTime parseTimestamp(const QString &text)
{
    // yyyy-MM-ddTHH:mm:ss.zzzZ
    if (text.size() != 24 || text.at(10) != QLatin1Char('T'))
        return QDateTime::fromString(text, Qt::ISODateWithMs);
    auto number = [&text](int from, int length) { return QStringView(text).mid(from, length).toInt(); };
    return QDateTime(QDate(number(0, 4), number(5, 2), number(8, 2)),
                     QTime(number(11, 2), number(14, 2), number(17, 2), number(20, 3)), Qt::UTC);
}

// Settings of a SQLite connection for a write of many rows, put back when it
// ends; set before its transaction begins (SQLite ignores foreign_keys
// inside one). Such a write touches more index pages than SQLite's default
// 2 MB cache holds; spilling them to the WAL and reading them back costs
// more than the inserts. The statement journals of multi-row inserts and the
// sorts that build indexes stay in memory instead of temporary files, and an
// index is sorted on two threads. Nothing on PostgreSQL.
class LargeWritePragmas
{
public:
    enum class ForeignKeys { On, Off };
    LargeWritePragmas(const QSqlDatabase &db, ForeignKeys foreignKeys, int cacheKiB = 128 * 1024) : m_query(db)
    {
        if (db.driverName() != QLatin1String("QSQLITE"))
            return;
        set(QStringLiteral("cache_size"), QString::number(-cacheKiB));
        set(QStringLiteral("temp_store"), QStringLiteral("MEMORY"));
        set(QStringLiteral("threads"), QStringLiteral("2"));
        if (foreignKeys == ForeignKeys::Off)
            set(QStringLiteral("foreign_keys"), QStringLiteral("0"));
    }
    ~LargeWritePragmas()
    {
        for (const auto &[name, value] : std::as_const(m_before)) {
            if (!value.isEmpty())
                m_query.exec(QStringLiteral("PRAGMA %1 = %2").arg(name, value));
        }
    }
    LargeWritePragmas(const LargeWritePragmas &) = delete;
    LargeWritePragmas &operator=(const LargeWritePragmas &) = delete;

private:
    void set(const QString &name, const QString &value)
    {
        const QString before = m_query.exec(QStringLiteral("PRAGMA %1").arg(name)) && m_query.next()
            ? m_query.value(0).toString()
            : QString();
        m_query.exec(QStringLiteral("PRAGMA %1 = %2").arg(name, value));
        m_before.append({name, before});
    }

    QSqlQuery m_query;
    QList<std::pair<QString, QString>> m_before;
};

inline QAtomicInt connectionCounter;

inline sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// One row of a result, read by column number: the same customer is read from
// SQLite's own API (fast for large stores) and from QSqlQuery (PostgreSQL).
struct SqliteRow
{
    sqlite3_stmt *statement;
    bool isNull(int column) const { return sqlite3_column_type(statement, column) == SQLITE_NULL; }
    QString text(int column) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                 sqlite3_column_bytes(statement, column));
    }
    double real(int column) const { return sqlite3_column_double(statement, column); }
    qint64 integer(int column) const { return sqlite3_column_int64(statement, column); }
};

struct QueryRow
{
    const QSqlQuery &query;
    bool isNull(int column) const { return query.isNull(column); }
    QString text(int column) const { return query.value(column).toString(); }
    double real(int column) const { return query.value(column).toDouble(); }
    qint64 integer(int column) const { return query.value(column).toLongLong(); }
};

inline const QString contactColumns = QStringLiteral("id, customer_id, contacted_at, channel, note, made_by");

// Reads a row of contactColumns (a SqliteRow or a QueryRow).
template<typename Row>
Contact contactFrom(const Row &row)
{
    return {row.integer(0), row.integer(1), parseTimestamp(row.text(2)), row.text(3), row.text(4), row.text(5)};
}

// Fills a customer from a row of customerColumns.
template<typename Row>
void readCustomer(Customer &c, const Row &row)
{
    auto optionalReal = [&row](int column) {
        return row.isNull(column) ? std::nullopt : std::optional<double>(row.real(column));
    };
    auto date = [&row](int column) { return QDate::fromString(row.text(column), Qt::ISODate); };
    c.id = row.integer(0);
    c.externalId = row.text(1);
    c.name = row.text(2);
    c.email = row.text(3);
    c.company = row.text(4);
    c.tags = row.text(5).split(QStringLiteral(", "), Qt::SkipEmptyParts); // written by joinTags()
    c.notes = row.text(6);
    c.nextAction = row.text(7);
    c.nextActionDue = date(8);
    c.valueFit = optionalReal(9);
    c.valueAwareness = optionalReal(10);
    if (!row.isNull(11))
        c.handSetStage = stageFromString(row.text(11));
    c.pinned = row.integer(12) != 0;
    c.created = parseTimestamp(row.text(13));
    c.updated = parseTimestamp(row.text(14));
    c.revenue = row.real(15);
    c.orderCount = int(row.integer(16));
    c.firstOrder = date(17);
    c.lastOrder = date(18);
    c.updatedBy = row.text(19);
    c.revision = row.integer(20);
    c.phone = row.text(21);
    c.reading = row.text(22);
    c.postalCode = row.text(23);
    c.address = row.text(24);
    c.ownFields = ownFieldValuesFromJson(row.text(25));
}

// Rows sent to PostgreSQL as one array per column, which the statement
// unpacks: "INSERT ... SELECT * FROM unnest(CAST(? AS BIGINT[]), ...)", or
// "UPDATE ... FROM (SELECT * FROM unnest(...)) AS v (...) WHERE ...".
// However many rows, the server parses a statement of a few parameters;
// with a VALUES list it parsed and typed every literal (thousands per
// statement), which made an import several times slower (see README).
class ArrayStatement
{
public:
    static constexpr qsizetype kRows = 10000;

    /// head: "INSERT INTO t (a, b)" or "UPDATE t SET ... FROM ("; types: each
    /// column's SQL type; tail: ON CONFLICT, RETURNING, or ") AS v (a, b) WHERE ...".
    ArrayStatement(const QSqlDatabase &db, const QString &head, const QStringList &types, const QString &tail = {})
        : m_query(db), m_arrays(types.size())
    {
        QStringList arrays;
        for (const QString &type : types)
            arrays.append(QStringLiteral("CAST(? AS %1[])").arg(type));
        m_sql = head + QStringLiteral(" SELECT * FROM unnest(") + arrays.join(QStringLiteral(", ")) + QLatin1Char(')')
            + tail;
        m_query.setForwardOnly(true);
    }
    void add(const QVariantList &row)
    {
        for (qsizetype i = 0; i < row.size(); ++i) {
            QString &array = m_arrays[i];
            array += array.isEmpty() ? QLatin1Char('{') : QLatin1Char(',');
            appendElement(array, row.at(i));
        }
        ++m_rows;
    }
    qsizetype rows() const { return m_rows; }
    /// Writes the rows added since the last run.
    bool run()
    {
        if (!m_prepared && !(m_prepared = m_query.prepare(m_sql)))
            return false;
        for (QString &array : m_arrays) {
            m_query.addBindValue(array.isEmpty() ? QStringLiteral("{}") : array + QLatin1Char('}'));
            array.clear();
        }
        m_rows = 0;
        return m_query.exec();
    }
    QSqlQuery &query() { return m_query; }

private:
    // An element of an array literal: a number as it is, text quoted with
    // backslash escapes (so that NULL, commas and braces stay text).
    static void appendElement(QString &array, const QVariant &value)
    {
        if (value.isNull()) {
            array += QLatin1String("NULL");
        } else if (value.typeId() == QMetaType::Double) {
            array += QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
            array += QString::number(value.toLongLong());
        } else {
            array += QLatin1Char('"');
            for (const QChar c : value.toString()) {
                if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                    array += QLatin1Char('\\');
                array += c;
            }
            array += QLatin1Char('"');
        }
    }

    QSqlQuery m_query;
    QString m_sql;
    QStringList m_arrays; // one array literal per column, without its closing brace
    qsizetype m_rows = 0;
    bool m_prepared = false;
};

} // namespace StoreDetail

class CustomerStore::Private
{
public:
    /// Adds this store's connection with the given Qt SQL driver.
    QSqlDatabase connect(const QString &driver);

    QSqlDatabase db;
    QString path;
    StoreLocation location;
    /// Set while announceExternalChange() hands listeners the customers read elsewhere.
    std::optional<QList<Customer>> announcedCustomers;
    std::shared_ptr<StoreFile> file; // files only: a server keeps its own clients apart
    WorkspaceSettings settings;
    int schemaVersion = 0;
    QString userName = StoreDetail::loginName();
    std::chrono::milliseconds waitForOtherCommands{0};
};

/// How long a connection to a store file waits for another connection's
/// lock before it gives up, in milliseconds.
constexpr int busyTimeoutMs = 5000;

/// SQLite's primary result code behind a QSqlError of the QSQLITE driver.
inline int sqliteCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() % 256;
}

/// Whether an SQLite error says another connection held the file for a
/// write longer than the busy timeout: the store is busy, not damaged.
inline bool isBusy(const QSqlError &error)
{
    return sqliteCode(error) == SQLITE_BUSY;
}

/// Runs a group of statements as one transaction; rolls back unless committed.
class StoreTransaction
{
public:
    enum class Kind { Write, Read };
    explicit StoreTransaction(QSqlDatabase &db, Kind kind = Kind::Write) : m_db(db), m_active(begin(kind)) {}
    ~StoreTransaction()
    {
        if (m_active)
            m_db.rollback();
    }
    bool active() const { return m_active; }
    bool commit()
    {
        m_active = !m_db.commit();
        return !m_active;
    }
    /// Why the transaction did not begin, and whether another connection's
    /// write lock stopped it after the busy timeout.
    QString error() const { return m_error.text(); }
    bool busy() const { return isBusy(m_error); }

private:
    bool begin(Kind kind)
    {
        // SQLite's plain BEGIN takes the write lock at the first write, which
        // fails at once when another connection holds it: the busy timeout
        // only applies to a lock asked for when the transaction begins.
        if (kind == Kind::Read || m_db.driverName() != QLatin1String("QSQLITE")) {
            const bool begun = m_db.transaction();
            m_error = m_db.lastError();
            return begun;
        }
        QSqlQuery begin(m_db);
        const bool begun = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        m_error = begin.lastError();
        return begun;
    }

    QSqlDatabase &m_db;
    QSqlError m_error;
    bool m_active;
};

} // namespace Kindred
