// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerstore.h"

#include "storelocation.h"
#include "store/schema.h"
#include "store/storefile.h"
#include "store/storelock.h"
#include "workspacecontent.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <future>
#include <list>
#include <vector>

namespace Kindred {

namespace {

// The PostgreSQL notification channel on which clients announce their changes.
constexpr char kChannel[] = "kindred_changes";

QString loginName()
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

const QString customerColumns = QStringLiteral(
    "id, external_id, name, email, company, tags, notes, next_action, next_action_due, "
    "value_fit, value_awareness, hand_stage, pinned, created_at, updated_at, "
    "revenue, order_count, first_order, last_order, updated_by, revision");

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullable(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QVariant nullable(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

// Qt binds a null QString as SQL NULL; text columns are NOT NULL.
QVariant plain(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Timestamps are written by timestamp() above; parsing that one shape by hand
// is several times faster than QDateTime::fromString, which matters when a
// large store is opened.
QDateTime parseTimestamp(const QString &text)
{
    // yyyy-MM-ddTHH:mm:ss.zzzZ
    if (text.size() != 24 || text.at(10) != QLatin1Char('T'))
        return QDateTime::fromString(text, Qt::ISODateWithMs);
    auto number = [&text](int from, int length) { return QStringView(text).mid(from, length).toInt(); };
    return QDateTime(QDate(number(0, 4), number(5, 2), number(8, 2)),
                     QTime(number(11, 2), number(14, 2), number(17, 2), number(20, 3)), Qt::UTC);
}

QAtomicInt connectionCounter;

sqlite3 *sqliteHandle(const QSqlDatabase &db)
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
}

} // namespace

class CustomerStore::Private
{
public:
    /// Adds this store's connection with the given Qt SQL driver.
    QSqlDatabase connect(const QString &driver);

    QSqlDatabase db;
    QString path;
    StoreLocation location;
    std::shared_ptr<StoreFile> file; // files only: a server keeps its own clients apart
    WorkspaceSettings settings;
    int schemaVersion = 0;
    QString userName = loginName();
    std::chrono::milliseconds waitForOtherCommands{0};
};

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
    bool busy() const { return m_error.nativeErrorCode().toInt() % 256 == SQLITE_BUSY; }

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

CustomerStore::CustomerStore(QObject *parent) : QObject(parent), d(std::make_unique<Private>()) {}

CustomerStore::~CustomerStore()
{
    close();
}

int CustomerStore::latestSchemaVersion()
{
    return int(Schema::migrations().size());
}

quint32 CustomerStore::applicationId()
{
    return Schema::applicationId;
}

QString CustomerStore::fileSuffix()
{
    return QStringLiteral("kindred");
}

Status CustomerStore::open(const QString &path, OpenMode mode)
{
    return openImpl(path, mode, latestSchemaVersion());
}

Status CustomerStore::openAtVersion(const QString &path, int schemaVersion)
{
    return openImpl(path, OpenMode::CreateIfMissing, schemaVersion);
}

Status CustomerStore::openImpl(const QString &location, OpenMode mode, int targetVersion)
{
    close();
    auto parsed = StoreLocation::parse(location);
    if (!parsed)
        return parsed.error();
    d->path = location;
    d->location = parsed.value();
    const bool readOnly = mode == OpenMode::ReadOnly;
    Status opened = d->location.isPostgres() ? openPostgres(d->location, mode) : openSqlite(location, mode);
    if (!opened && !readOnly)
        opened = migrate(targetVersion);
    if (!opened)
        opened = loadSettings();
    if (!opened && !readOnly && !d->location.isPostgres()) {
        // Only a store that opened is switched to WAL: a refused file, even one
        // in rollback-journal mode, is left exactly as it was.
        QSqlQuery q(d->db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            opened = Error{tr("Cannot prepare the store: %1").arg(q.lastError().text()), location};
    }
    if (opened) {
        close();
        return opened;
    }
    if (d->location.isPostgres()) {
        // Changes committed by other clients arrive as notifications.
        QSqlDriver *driver = d->db.driver();
        // Without it the store still works; others' changes show on reopening.
        if (!driver->subscribeToNotification(QLatin1String(kChannel)))
            qWarning("Kindred: cannot listen for other clients' changes: %s", qPrintable(driver->lastError().text()));
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    receiveAnnouncement(name, int(source), payload);
                });
    }
    // Everything shown so far came from another store (or none).
    emit customersReset();
    emit settingsChanged();
    return std::nullopt;
}

QSqlDatabase CustomerStore::Private::connect(const QString &driver)
{
    const QString name = QStringLiteral("kindred-store-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    db = QSqlDatabase::addDatabase(driver, name);
    return db;
}

Status CustomerStore::openSqlite(const QString &path, OpenMode mode)
{
    const bool readOnly = mode == OpenMode::ReadOnly;
    const StoreFile::Access access = readOnly                      ? StoreFile::Access::Read
        : mode == OpenMode::CreateIfMissing ? StoreFile::Access::Create
                                            : StoreFile::Access::Write;
    auto file = StoreFile::open(path, access, [&](const StoreFile::Identity &identity) -> Status {
        const bool unmarked = identity.applicationId == 0 || identity.applicationId == Schema::applicationId;
        if (identity.isNew && unmarked) {
            if (mode == OpenMode::CreateIfMissing)
                return std::nullopt;
            return Error{tr("This file is empty: it holds no Kindred store yet."), path};
        }
        // Kindred's mark on a file whose schema Kindred never wrote.
        if (identity.schemaVersion == 0 && identity.hasSchema)
            return Error{tr("This file is not a Kindred store."), path};
        return checkIdentity(identity.applicationId, identity.schemaVersion, path, readOnly);
    }, d->waitForOtherCommands);
    if (!file)
        return file.error();
    d->file = std::move(file.value());

    QSqlDatabase db = d->connect(QStringLiteral("QSQLITE"));
    if (readOnly && d->file.use_count() == 1 && d->file->readsAsItLies()) {
        db.setDatabaseName(d->file->immutableUri());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
    } else {
        db.setDatabaseName(d->file->canonicalPath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open())
        return Error{tr("Cannot open the store: %1").arg(db.lastError().text()), path};

    // Checked again on the connection: another Kindred program may have had
    // the store open, or it may have changed since this process checked it.
    QSqlQuery q(db);
    auto damaged = [&q, &path] {
        return Error{tr("The store is damaged and cannot be read (%1).").arg(q.lastError().databaseText()), path};
    };
    if (readOnly && !q.exec(QStringLiteral("PRAGMA query_only = ON")))
        return damaged();
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return damaged();
    const quint32 applicationId = q.value(0).toUInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return damaged();
    const qint64 version = q.value(0).toLongLong();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return damaged();
    const bool blank = q.value(0).toInt() == 0 && version == 0;
    if (blank && mode != OpenMode::CreateIfMissing)
        return Error{tr("This file is empty: it holds no Kindred store yet."), path};
    if (!blank) {
        if (Status error = checkIdentity(applicationId, version, path, readOnly))
            return error;
    }
    d->schemaVersion = int(version);

    // Mark a new file as Kindred's before the write-ahead log takes over: until
    // a checkpoint the schema lives in the log only.
    if (blank && !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId)))
        return Error{tr("Cannot prepare the store: %1").arg(q.lastError().text()), path};
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) || !q.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return Error{tr("Cannot prepare the store: %1").arg(q.lastError().text()), path};
    return std::nullopt;
}

// A team store: Kindred's tables in the database's current schema, marked by
// the kindred_meta table (the application id and the schema version).
Status CustomerStore::openPostgres(const StoreLocation &location, OpenMode mode)
{
    const QString where = location.toString();
    QSqlDatabase db = d->connect(QStringLiteral("QPSQL"));
    if (!db.isValid())
        return Error{tr("PostgreSQL support (Qt's QPSQL driver) is not installed."), where};
    if (Status error = location.open(db))
        return error;

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SET client_min_messages = warning")))
        return Error{tr("Cannot prepare the store: %1").arg(q.lastError().text()), where};
    if (!q.exec(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE table_name = 'kindred_meta') "
                               "FROM information_schema.tables WHERE table_schema = current_schema()"))
        || !q.next())
        return Error{tr("Cannot read the team store: %1").arg(q.lastError().text()), where};
    const bool blank = q.value(0).toInt() == 0;
    const bool marked = q.value(1).toInt() == 1;
    if (blank && mode != OpenMode::CreateIfMissing)
        return Error{tr("The team store is empty; create it first (kindred-cli init)."), where};
    if (!blank && !marked)
        return Error{tr("This database is not a Kindred store."), where};
    if (marked) {
        if (!q.exec(QStringLiteral("SELECT key, value FROM kindred_meta")))
            return Error{tr("Cannot read the team store: %1").arg(q.lastError().text()), where};
        quint32 applicationId = 0;
        while (q.next()) {
            if (q.value(0).toString() == QStringLiteral("application_id"))
                applicationId = q.value(1).toUInt();
            else if (q.value(0).toString() == QStringLiteral("schema_version"))
                d->schemaVersion = q.value(1).toInt();
        }
        if (Status error = checkIdentity(applicationId, d->schemaVersion, where, mode == OpenMode::ReadOnly))
            return error;
    }
    if (mode == OpenMode::ReadOnly && !q.exec(QStringLiteral("SET default_transaction_read_only = on")))
        return Error{tr("Cannot prepare the store: %1").arg(q.lastError().text()), where};
    return std::nullopt;
}

Status CustomerStore::checkIdentity(quint32 applicationId, qint64 schemaVersion, const QString &path, bool readOnly)
{
    if (applicationId != Schema::applicationId)
        return Error{tr("This file is not a Kindred store."), path};
    if (schemaVersion < 0) {
        return Error{tr("The store is damaged and cannot be read (its version, %1, is not one Kindred writes).")
                         .arg(schemaVersion),
                     path};
    }
    if (readOnly && schemaVersion < latestSchemaVersion()) {
        return Error{tr("This store was made by an older version of Kindred. Open it in Kindred once, or run a "
                        "kindred-cli command that changes it, to bring it up to date."),
                     path};
    }
    if (schemaVersion > latestSchemaVersion()) {
        return Error{tr("This store was made by a newer version of Kindred (store version %1; "
                        "this version reads up to %2). Update Kindred to open it.")
                         .arg(schemaVersion)
                         .arg(latestSchemaVersion()),
                     path};
    }
    return std::nullopt;
}

Status CustomerStore::migrate(int targetVersion)
{
    const bool postgres = d->location.isPostgres();
    StoreTransaction transaction(d->db);
    if (!transaction.active())
        return notBegun(transaction);
    QSqlQuery q(d->db);
    if (postgres) {
        // Two clients opening a new team store at once: one migrates, the
        // other waits and then finds the schema current.
        if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(Schema::applicationId))
            || !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS kindred_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"))
            || !q.exec(QStringLiteral("SELECT value FROM kindred_meta WHERE key = 'schema_version'")))
            return sqlError(tr("Cannot upgrade the store"), q.lastError().text());
        d->schemaVersion = q.next() ? q.value(0).toInt() : 0;
        if (Status error = checkIdentity(Schema::applicationId, d->schemaVersion, d->location.toString()))
            return error;
    }
    if (d->schemaVersion >= targetVersion)
        return std::nullopt;
    for (int version = d->schemaVersion; version < targetVersion; ++version) {
        for (const QString &statement : Schema::migrations().at(version)) {
            if (postgres && statement.startsWith(QLatin1String("PRAGMA")))
                continue;
            if (!q.exec(postgres ? Schema::forPostgres(statement) : statement))
                return sqlError(tr("Cannot upgrade the store to version %1").arg(version + 1), q.lastError().text());
        }
    }
    if (Status error = writeSchemaVersion(targetVersion))
        return error;
    // An upgraded store whose settings cannot be read is rolled back, untouched.
    if (Status error = loadSettings())
        return error;
    if (!transaction.commit())
        return sqlError(tr("Cannot upgrade the store"), d->db.lastError().text());
    d->schemaVersion = targetVersion;
    // The header in the file itself (application id, version) is what another
    // connection checks before opening, e.g. an import on a worker thread;
    // until a checkpoint it would only be in the WAL.
    if (!postgres)
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    return std::nullopt;
}

Status CustomerStore::writeSchemaVersion(int version)
{
    QSqlQuery q(d->db);
    if (!d->location.isPostgres()) {
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return sqlError(tr("Cannot upgrade the store"), q.lastError().text());
        return std::nullopt;
    }
    q.prepare(QStringLiteral("INSERT INTO kindred_meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (const auto &[key, value] : {std::pair{QStringLiteral("application_id"), QString::number(Schema::applicationId)},
                                     std::pair{QStringLiteral("schema_version"), QString::number(version)}}) {
        q.bindValue(0, key);
        q.bindValue(1, value);
        if (!q.exec())
            return sqlError(tr("Cannot upgrade the store"), q.lastError().text());
    }
    return std::nullopt;
}

void CustomerStore::close()
{
    if (d->db.isValid()) {
        const QString connection = d->db.connectionName();
        d->db.close();
        d->db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
    }
    d->file.reset();
    d->path.clear();
    d->location = StoreLocation();
    d->schemaVersion = 0;
    d->settings = WorkspaceSettings();
}

bool CustomerStore::isOpen() const
{
    return d->db.isOpen();
}

QString CustomerStore::path() const
{
    return d->path;
}

QString CustomerStore::locationText() const
{
    return d->location.toString();
}

QString CustomerStore::displayName() const
{
    return d->location.displayName();
}

bool CustomerStore::isTeamStore() const
{
    return d->location.isPostgres();
}

void CustomerStore::setWaitForOtherCommands(std::chrono::milliseconds wait)
{
    d->waitForOtherCommands = wait;
}

QString CustomerStore::userName() const
{
    return d->userName;
}

void CustomerStore::setUserName(const QString &name)
{
    d->userName = name;
}

int CustomerStore::schemaVersion() const
{
    return d->schemaVersion;
}

Error CustomerStore::notBegun(const StoreTransaction &transaction) const
{
    if (transaction.busy()) {
        const auto holder = d->file ? StoreLock::holder(d->file->canonicalPath()) : std::nullopt;
        if (holder) {
            return Error{tr("The store is busy: another program (%1, process %2 on %3) is writing to it. "
                            "Try again when it has finished.")
                             .arg(holder->program)
                             .arg(holder->pid)
                             .arg(holder->host),
                         locationText()};
        }
        return Error{tr("The store is busy: another program is writing to it. Try again when it has finished."),
                     locationText()};
    }
    return sqlError(tr("Cannot start a transaction"), transaction.error());
}

Error CustomerStore::sqlError(const QString &what, const QString &detail) const
{
    return Error{detail.isEmpty() ? what : what + QStringLiteral(": ") + detail, locationText()};
}

Result<QList<Customer>> CustomerStore::selectCustomers(const QString &where, const QVariantList &values) const
{
    const QString sql = QStringLiteral("SELECT %1 FROM customers %2 ORDER BY id").arg(customerColumns, where);
    if (!d->location.isPostgres())
        return selectCustomersSqlite(sql, values);
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return sqlError(tr("Cannot read customers"), q.lastError().text());
    QList<Customer> result;
    const QueryRow row{q};
    while (q.next())
        readCustomer(result.emplace_back(), row);
    if (q.lastError().isValid())
        return sqlError(tr("Cannot read customers"), q.lastError().text());
    return result;
}

Result<QList<Customer>> CustomerStore::selectCustomersSqlite(const QString &sqlText, const QVariantList &values) const
{
    // Read through SQLite's own API on Qt's connection: QSqlQuery wraps every
    // value in a QVariant, which doubles the time to load a large store.
    sqlite3 *handle = sqliteHandle(d->db);
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = sqlText.toUtf8();
    if (!handle || sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        return sqlError(tr("Cannot read customers"), handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString());
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(statement, sqlite3_finalize);
    for (int i = 0; i < values.size(); ++i) {
        if (values.at(i).typeId() == QMetaType::QString) {
            const QByteArray utf8 = values.at(i).toString().toUtf8();
            sqlite3_bind_text(statement, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(statement, i + 1, values.at(i).toLongLong());
        }
    }

    QList<Customer> result;
    const SqliteRow row{statement};
    int step;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW)
        readCustomer(result.emplace_back(), row);
    if (step != SQLITE_DONE)
        return sqlError(tr("Cannot read customers"), QString::fromUtf8(sqlite3_errmsg(handle)));
    return result;
}

Result<QList<Customer>> CustomerStore::customers() const
{
    return selectCustomers(QString(), {});
}

Result<Customer> CustomerStore::customer(CustomerId id) const
{
    auto found = selectCustomers(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error{tr("No customer with id %1.").arg(id), locationText()};
    return found.value().constFirst();
}

Result<Customer> CustomerStore::findCustomer(const QString &key) const
{
    auto found = selectCustomers(QStringLiteral("WHERE external_id = ?"), {key});
    if (!found)
        return found.error();
    if (!found.value().isEmpty())
        return found.value().constFirst();
    bool numeric = false;
    const CustomerId id = key.toLongLong(&numeric);
    if (numeric)
        return customer(id);
    return Error{tr("No customer with id \"%1\".").arg(key), locationText()};
}

Status CustomerStore::insertCustomers(QList<Customer> &customers, bool keepId)
{
    // A new row takes the next id from the table (SQLite) or its identity
    // sequence (PostgreSQL): the id column is named only to keep one, and
    // then the derived figures come with the row, as they were.
    QSqlQuery q(d->db);
    q.prepare(keepId ? QStringLiteral("INSERT INTO customers (id, external_id, name, email, company, tags, notes, "
                                      "next_action, next_action_due, value_fit, value_awareness, hand_stage, pinned, "
                                      "created_at, updated_at, updated_by, revision, revenue, order_count, "
                                      "first_order, last_order) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                     : QStringLiteral("INSERT INTO customers (external_id, name, email, company, tags, notes, "
                                      "next_action, next_action_due, value_fit, value_awareness, hand_stage, pinned, "
                                      "created_at, updated_at, updated_by, revision) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (Customer &c : customers) {
        if (!c.created.isValid())
            c.created = QDateTime::currentDateTimeUtc();
        if (!c.updated.isValid())
            c.updated = c.created;
        if (!keepId)
            c.updatedBy = d->userName;
        if (keepId)
            q.addBindValue(c.id);
        for (const QVariant &value :
             {nullable(c.externalId), plain(c.name), plain(c.email), plain(c.company), plain(joinTags(c.tags)),
              plain(c.notes), plain(c.nextAction), nullable(c.nextActionDue), nullable(c.valueFit),
              nullable(c.valueAwareness),
              c.handSetStage ? QVariant(stageKey(*c.handSetStage)) : QVariant(QMetaType::fromType<QString>()),
              QVariant(int(c.pinned)), QVariant(timestamp(c.created)), QVariant(timestamp(c.updated)),
              plain(c.updatedBy), QVariant(c.revision)})
            q.addBindValue(value);
        if (keepId) {
            for (const QVariant &value : {QVariant(c.revenue), QVariant(c.orderCount), nullable(c.firstOrder),
                                          nullable(c.lastOrder)})
                q.addBindValue(value);
        }
        if (!q.exec() || (!keepId && !q.next())) {
            return sqlError(tr("Cannot add customer \"%1\"").arg(c.name.isEmpty() ? c.externalId : c.name),
                            q.lastError().text());
        }
        if (!keepId) {
            c.id = q.value(0).toLongLong();
            q.finish();
        }
    }
    return std::nullopt;
}

Status CustomerStore::addCustomers(QList<Customer> &customers)
{
    StoreTransaction transaction(d->db);
    if (!transaction.active())
        return notBegun(transaction);
    QList<Customer> added = customers;
    if (Status error = insertCustomers(added, false))
        return error;
    QList<CustomerId> ids;
    ids.reserve(added.size());
    for (const Customer &c : std::as_const(added))
        ids.append(c.id);
    return commitChange(transaction, StoreChange::CustomersAdded, ids, tr("Cannot save customers"),
                        [&customers, &added] { customers = added; });
}

Result<CustomerId> CustomerStore::addCustomer(const Customer &customer)
{
    QList<Customer> list{customer};
    if (Status error = addCustomers(list))
        return *error;
    return list.constFirst().id;
}

Status CustomerStore::updateCustomers(const QList<Customer> &customers, const QString &scoreSource,
                                     CustomerFields fields)
{
    StoreTransaction transaction(d->db);
    if (!transaction.active())
        return notBegun(transaction);
    QList<CustomerId> ids;
    if (Status error = writeCustomerUpdates(customers, scoreSource, {fields}, ids))
        return error;
    return commitChange(transaction, StoreChange::CustomersChanged, ids, tr("Cannot save customers"));
}

namespace {
// The columns of each editable field and the values a customer gives them.
struct FieldColumns
{
    CustomerField field;
    QStringList columns;
    std::function<QVariantList(const Customer &)> values;
};

const QList<FieldColumns> &fieldColumns()
{
    static const QList<FieldColumns> all = {
        {CustomerField::ExternalId, {QStringLiteral("external_id")},
         [](const Customer &c) { return QVariantList{nullable(c.externalId)}; }},
        {CustomerField::Name, {QStringLiteral("name")}, [](const Customer &c) { return QVariantList{plain(c.name)}; }},
        {CustomerField::Email, {QStringLiteral("email")}, [](const Customer &c) { return QVariantList{plain(c.email)}; }},
        {CustomerField::Company, {QStringLiteral("company")},
         [](const Customer &c) { return QVariantList{plain(c.company)}; }},
        {CustomerField::Tags, {QStringLiteral("tags")},
         [](const Customer &c) { return QVariantList{plain(joinTags(c.tags))}; }},
        {CustomerField::Notes, {QStringLiteral("notes")}, [](const Customer &c) { return QVariantList{plain(c.notes)}; }},
        {CustomerField::NextAction, {QStringLiteral("next_action"), QStringLiteral("next_action_due")},
         [](const Customer &c) { return QVariantList{plain(c.nextAction), nullable(c.nextActionDue)}; }},
        {CustomerField::Scores, {QStringLiteral("value_fit"), QStringLiteral("value_awareness")},
         [](const Customer &c) { return QVariantList{nullable(c.valueFit), nullable(c.valueAwareness)}; }},
        {CustomerField::Stage, {QStringLiteral("hand_stage")},
         [](const Customer &c) {
             return QVariantList{c.handSetStage ? QVariant(stageKey(*c.handSetStage))
                                                : QVariant(QMetaType::fromType<QString>())};
         }},
        {CustomerField::Pinned, {QStringLiteral("pinned")},
         [](const Customer &c) { return QVariantList{QVariant(int(c.pinned))}; }},
    };
    return all;
}
} // namespace

Status CustomerStore::writeCustomerUpdates(const QList<Customer> &customers, const QString &scoreSource,
                                           const QList<CustomerFields> &fields, QList<CustomerId> &ids)
{
    // The scores before the change. On PostgreSQL the rows are locked as
    // they are read, so that another client saving the same customer waits
    // for this transaction and then reads what it wrote: each history entry
    // starts where the one before it ended. Locked in id order, two clients
    // saving several customers never wait for each other in a circle.
    QSqlQuery read(d->db);
    read.prepare(QStringLiteral("SELECT value_fit, value_awareness FROM customers WHERE id = ?%1")
                     .arg(d->location.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()));
    QList<CustomerId> lockOrder;
    for (const Customer &c : customers)
        lockOrder.append(c.id);
    std::sort(lockOrder.begin(), lockOrder.end());
    QHash<CustomerId, Placement> before;
    for (CustomerId id : std::as_const(lockOrder)) {
        read.addBindValue(id);
        if (!read.exec() || !read.next())
            return Error{tr("No customer with id %1.").arg(id), locationText()};
        before.insert(id, {optionalDouble(read.value(0)), optionalDouble(read.value(1))});
        read.finish();
    }

    // Only the fields the change names are written: another client's save of
    // other fields of the same customer meanwhile is kept. One statement for
    // each set of fields.
    QHash<int, QSqlQuery> statements;
    auto statementFor = [this, &statements](CustomerFields fields) -> QSqlQuery & {
        auto found = statements.find(fields.toInt());
        if (found != statements.end())
            return *found;
        QStringList assignments;
        for (const FieldColumns &field : fieldColumns()) {
            for (const QString &column : field.columns) {
                if (fields.testFlag(field.field))
                    assignments.append(column + QStringLiteral(" = ?"));
            }
        }
        assignments << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?")
                    << QStringLiteral("revision = revision + 1");
        QSqlQuery &write = *statements.insert(fields.toInt(), QSqlQuery(d->db));
        write.prepare(QStringLiteral("UPDATE customers SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))));
        return write;
    };
    // Taken once the rows are locked: the history's times follow the order
    // in which clients changed a customer.
    const QDateTime changedAt = QDateTime::currentDateTimeUtc();
    const QString now = timestamp(changedAt);
    QList<ScoreChange> changes;
    for (qsizetype i = 0; i < customers.size(); ++i) {
        const Customer &c = customers.at(i);
        const CustomerFields written = fields.size() == 1 ? fields.constFirst() : fields.at(i);
        QSqlQuery &write = statementFor(written);
        for (const FieldColumns &field : fieldColumns()) {
            if (written.testFlag(field.field)) {
                for (const QVariant &value : field.values(c))
                    write.addBindValue(value);
            }
        }
        for (const QVariant &value : {QVariant(now), plain(d->userName), QVariant(c.id)})
            write.addBindValue(value);
        if (!write.exec())
            return sqlError(tr("Cannot save customer \"%1\"").arg(c.name), write.lastError().text());

        Placement &old = before[c.id]; // the same customer twice: the second change starts from the first
        if (written.testFlag(CustomerField::Scores)
            && (old.valueFit != c.valueFit || old.valueAwareness != c.valueAwareness)) {
            changes.append({c.id, old.valueFit, old.valueAwareness, c.valueFit, c.valueAwareness, changedAt,
                            scoreSource, d->userName});
            old = {c.valueFit, c.valueAwareness};
        }
        ids.append(c.id);
    }
    return insertHistory(changes);
}

Status CustomerStore::updateCustomer(const Customer &customer, CustomerFields fields)
{
    return updateCustomers({customer}, QStringLiteral("hand"), fields);
}

namespace {

bool hasShortlistMark(const QList<CustomerSnapshot> &snapshots)
{
    return std::any_of(snapshots.cbegin(), snapshots.cend(),
                       [](const CustomerSnapshot &s) { return s.shortlistMark.has_value(); });
}

} // namespace

Result<QList<CustomerSnapshot>> CustomerStore::removeCustomers(const QList<CustomerId> &ids)
{
    StoreTransaction transaction(d->db);
    if (!transaction.active())
        return notBegun(transaction);
    auto removed = snapshots(ids);
    if (!removed)
        return removed.error();
    if (Status error = deleteCustomers(ids))
        return *error;
    if (Status error = commitChange(transaction, StoreChange::CustomersRemoved, ids, tr("Cannot delete customers")))
        return *error;
    if (hasShortlistMark(removed.value()))
        emit shortlistChanged();
    return removed;
}

Status CustomerStore::restoreCustomers(const QList<CustomerSnapshot> &snapshots)
{
    StoreTransaction transaction(d->db);
    if (!transaction.active())
        return notBegun(transaction);
    if (Status error = insertSnapshots(snapshots))
        return error;
    QList<CustomerId> ids;
    for (const CustomerSnapshot &snapshot : snapshots)
        ids.append(snapshot.customer.id);
    if (Status error = commitChange(transaction, StoreChange::CustomersAdded, ids, tr("Cannot restore customers")))
        return error;
    if (hasShortlistMark(snapshots))
        emit shortlistChanged();
    return std::nullopt;
}

Result<QList<CustomerSnapshot>> CustomerStore::replaceCustomers(const QList<CustomerId> &ids,
                                                                const QList<CustomerSnapshot> &snapshots)
{
    StoreTransaction transaction(d->db);
    if (!transaction.active())
        return notBegun(transaction);
    auto removed = this->snapshots(ids);
    if (!removed)
        return removed.error();
    if (Status error = deleteCustomers(ids))
        return *error;
    if (Status error = insertSnapshots(snapshots))
        return *error;
    if (Status error = commitChange(transaction, StoreChange::CustomersReset, {}, tr("Cannot restore customers")))
        return *error;
    if (hasShortlistMark(removed.value()) || hasShortlistMark(snapshots))
        emit shortlistChanged();
    return removed;
}

namespace {

// Runs sql, whose %1 stands for a list of placeholders, for the ids 500 at
// a time (a statement takes a limited number of parameters) and calls row()
// on each row it returns; the error text on failure.
std::optional<QString> forIdChunks(const QSqlDatabase &db, const QString &sql, const QList<CustomerId> &ids,
                                   const std::function<void(const QSqlQuery &)> &row)
{
    constexpr qsizetype chunk = 500;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    qsizetype prepared = 0; // a statement of 500 placeholders costs more to prepare than to run
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        const QList<CustomerId> part = ids.mid(from, chunk);
        if (part.size() != prepared
            && !q.prepare(sql.arg(QStringList(part.size(), QStringLiteral("?")).join(QLatin1Char(',')))))
            return q.lastError().text();
        prepared = part.size();
        for (CustomerId id : part)
            q.addBindValue(id);
        if (!q.exec())
            return q.lastError().text();
        while (q.next())
            row(q);
        if (q.lastError().isValid())
            return q.lastError().text();
    }
    return std::nullopt;
}

const QString kOrderColumns = QStringLiteral("id, customer_id, external_order_id, order_date, amount, content_key");

Order orderFromRow(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            QDate::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toDouble(), q.value(5).toString()};
}

const QString kScoreChangeColumns = QStringLiteral(
    "customer_id, old_fit, old_awareness, new_fit, new_awareness, changed_at, source, changed_by");

ScoreChange scoreChangeFromRow(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), optionalDouble(q.value(1)), optionalDouble(q.value(2)),
            optionalDouble(q.value(3)), optionalDouble(q.value(4)),
            QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs), q.value(6).toString(),
            q.value(7).toString()};
}

} // namespace

Status CustomerStore::beginReading()
{
    // SQLite's write-ahead log and PostgreSQL's repeatable read keep the
    // snapshot that the first read takes for the whole transaction.
    QSqlQuery q(d->db);
    const QString begin = d->location.isPostgres() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")
                                                   : QStringLiteral("BEGIN");
    if (!q.exec(begin) || !q.exec(QStringLiteral("SELECT count(*) FROM customers")) || !q.next())
        return sqlError(tr("Cannot read the store"), q.lastError().text());
    return std::nullopt;
}

void CustomerStore::endReading()
{
    d->db.rollback();
}

// Read in a few queries per 500 customers rather than four per customer:
// undoing a large import takes out tens of thousands at once.
Result<QList<CustomerSnapshot>> CustomerStore::snapshots(const QList<CustomerId> &ids) const
{
    QList<CustomerId> unique = ids;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    auto customers = this->customers(unique);
    if (!customers)
        return customers.error();
    QList<CustomerSnapshot> result;
    result.reserve(customers.value().size());
    QHash<CustomerId, qsizetype> index;
    QList<CustomerId> found;
    for (const Customer &c : std::as_const(customers.value())) {
        index.insert(c.id, result.size());
        found.append(c.id);
        result.append({c, {}, {}, {}});
    }
    // The snapshot of the customer whose id is in that column of the row.
    auto of = [&](const QSqlQuery &q, int column) -> CustomerSnapshot & {
        return result[index.value(q.value(column).toLongLong())];
    };
    if (auto error = forIdChunks(d->db,
                                 QStringLiteral("SELECT %1 FROM orders WHERE customer_id IN (%2) "
                                                "ORDER BY customer_id, order_date, id")
                                     .arg(kOrderColumns, QStringLiteral("%1")),
                                 found, [&](const QSqlQuery &q) { of(q, 1).orders.append(orderFromRow(q)); }))
        return sqlError(tr("Cannot read orders"), *error);
    if (auto error = forIdChunks(d->db,
                                 QStringLiteral("SELECT %1 FROM score_history WHERE customer_id IN (%2) "
                                                "ORDER BY customer_id, changed_at, id")
                                     .arg(kScoreChangeColumns, QStringLiteral("%1")),
                                 found,
                                 [&](const QSqlQuery &q) { of(q, 0).history.append(scoreChangeFromRow(q)); }))
        return sqlError(tr("Cannot read the score history"), *error);
    if (auto error = forIdChunks(d->db,
                                 QStringLiteral("SELECT customer_id, position, excluded FROM shortlist "
                                                "WHERE customer_id IN (%1)"),
                                 found, [&](const QSqlQuery &q) {
                                     of(q, 0).shortlistMark = ShortlistMark{
                                         q.value(0).toLongLong(),
                                         q.isNull(1) ? std::nullopt : std::optional<int>(q.value(1).toInt()),
                                         q.value(2).toLongLong() != 0};
                                 }))
        return sqlError(tr("Cannot read the shortlist"), *error);
    return result;
}

// Their orders, score history and shortlist marks go with them (ON DELETE CASCADE).
Status CustomerStore::deleteCustomers(const QList<CustomerId> &ids)
{
    if (auto error = forIdChunks(d->db, QStringLiteral("DELETE FROM customers WHERE id IN (%1)"), ids,
                                 [](const QSqlQuery &) {}))
        return sqlError(tr("Cannot delete customers"), *error);
    return std::nullopt;
}

Status CustomerStore::insertSnapshots(const QList<CustomerSnapshot> &snapshots)
{
    // Table by table, each statement prepared once; the customers' derived
    // figures come with them, read with their orders.
    QList<Customer> customers;
    QList<Order> orders;
    QList<ScoreChange> history;
    QList<ShortlistMark> marks;
    for (const CustomerSnapshot &snapshot : snapshots) {
        customers.append(snapshot.customer);
        orders.append(snapshot.orders);
        history.append(snapshot.history);
        if (snapshot.shortlistMark)
            marks.append(*snapshot.shortlistMark);
    }
    if (Status error = insertCustomers(customers, true))
        return error;
    if (Status error = insertOrders(orders, true))
        return error;
    if (Status error = insertHistory(history))
        return error;
    if (Status error = insertShortlistMarks(marks))
        return error;
    return syncIdSequences();
}

Status CustomerStore::insertShortlistMarks(const QList<ShortlistMark> &marks)
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("INSERT INTO shortlist (customer_id, position, excluded) VALUES (?, ?, ?)"));
    for (const ShortlistMark &mark : marks) {
        q.bindValue(0, mark.customerId);
        q.bindValue(1, mark.position ? QVariant(*mark.position) : QVariant(QMetaType::fromType<int>()));
        q.bindValue(2, int(mark.excluded));
        if (!q.exec())
            return sqlError(tr("Cannot save the shortlist mark of customer %1").arg(mark.customerId),
                            q.lastError().text());
    }
    return std::nullopt;
}

Status CustomerStore::insertHistory(const QList<ScoreChange> &changes)
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("INSERT INTO score_history (customer_id, old_fit, old_awareness, new_fit, "
                             "new_awareness, changed_at, source, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ScoreChange &change : changes) {
        for (const QVariant &value : {QVariant(change.customerId), nullable(change.oldFit),
                                      nullable(change.oldAwareness), nullable(change.newFit),
                                      nullable(change.newAwareness), QVariant(timestamp(change.changedAt)),
                                      plain(change.source), plain(change.changedBy)})
            q.addBindValue(value);
        if (!q.exec())
            return sqlError(tr("Cannot record the score history"), q.lastError().text());
    }
    return std::nullopt;
}

Status CustomerStore::insertOrders(QList<Order> &orders, bool keepIds)
{
    if (keepIds && !d->location.isPostgres())
        return insertOrdersSqlite(orders);
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("INSERT INTO orders (%1customer_id, external_order_id, order_date, amount, content_key) "
                             "VALUES (%2?, ?, ?, ?, ?)%3")
                  .arg(keepIds ? QStringLiteral("id, ") : QString(), keepIds ? QStringLiteral("?, ") : QString(),
                       keepIds ? QString() : QStringLiteral(" RETURNING id")));
    for (Order &order : orders) {
        if (keepIds)
            q.addBindValue(order.id);
        for (const QVariant &value : {QVariant(order.customerId), nullable(order.externalOrderId),
                                      QVariant(order.date.toString(Qt::ISODate)), QVariant(order.amount),
                                      nullable(order.contentKey)})
            q.addBindValue(value);
        if (!q.exec() || (!keepIds && !q.next())) {
            return sqlError(tr("Cannot add order \"%1\" of customer %2").arg(order.externalOrderId).arg(order.customerId),
                            q.lastError().text());
        }
        if (!keepIds) {
            order.id = q.value(0).toLongLong();
            q.finish();
        }
    }
    return std::nullopt;
}

Status CustomerStore::refreshDerivedFigures(const QList<CustomerId> &ids)
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral(
        "UPDATE customers SET revenue = coalesce(s.revenue, 0), order_count = coalesce(s.n, 0), "
        "first_order = s.first_order, last_order = s.last_order "
        "FROM (SELECT c.id AS customer_id, sum(o.amount) AS revenue, count(o.id) AS n, "
        "      min(o.order_date) AS first_order, max(o.order_date) AS last_order "
        "      FROM customers c LEFT JOIN orders o ON o.customer_id = c.id "
        "      WHERE CAST(? AS BIGINT) IS NULL OR c.id = ? GROUP BY c.id) AS s "
        "WHERE customers.id = s.customer_id"));
    // A few customers: one small update each; many: one pass over all orders.
    const bool all = ids.size() > 1000;
    const QList<CustomerId> targets = all ? QList<CustomerId>{0} : ids;
    for (CustomerId id : targets) {
        const QVariant target = all ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
        q.bindValue(0, target);
        q.bindValue(1, target);
        if (!q.exec())
            return sqlError(tr("Cannot update revenue and order figures"), q.lastError().text());
    }
    return std::nullopt;
}

Status CustomerStore::addOrders(QList<Order> &orders)
{
    StoreTransaction transaction(d->db);
    if (!transaction.active())
        return notBegun(transaction);
    QList<Order> added = orders;
    if (Status error = insertOrders(added, false))
        return error;
    QList<CustomerId> ids;
    for (const Order &order : std::as_const(added)) {
        if (ids.isEmpty() || ids.constLast() != order.customerId)
            ids.append(order.customerId);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (Status error = refreshDerivedFigures(ids))
        return error;
    return commitChange(transaction, StoreChange::CustomersChanged, ids, tr("Cannot save orders"),
                        [&orders, &added] { orders = added; });
}

Result<QList<Order>> CustomerStore::orders(CustomerId customerId) const
{
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM orders WHERE customer_id = ? ORDER BY order_date, id").arg(kOrderColumns));
    q.addBindValue(customerId);
    if (!q.exec())
        return sqlError(tr("Cannot read orders"), q.lastError().text());
    QList<Order> result;
    while (q.next())
        result.append(orderFromRow(q));
    return result;
}

Result<QHash<CustomerId, OrderFigures>> CustomerStore::orderFigures(const QDate &from, const QDate &until) const
{
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT customer_id, sum(amount), count(*), min(order_date), max(order_date) FROM orders "
                             "WHERE order_date BETWEEN ? AND ? GROUP BY customer_id"));
    // ISO dates compare as text; these bounds lie outside every real date.
    q.addBindValue(from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000"));
    q.addBindValue(until.isValid() ? until.toString(Qt::ISODate) : QStringLiteral("9999-99"));
    if (!q.exec())
        return sqlError(tr("Cannot read order figures"), q.lastError().text());
    QHash<CustomerId, OrderFigures> result;
    while (q.next()) {
        result.insert(q.value(0).toLongLong(),
                      {q.value(1).toDouble(), q.value(2).toInt(),
                       QDate::fromString(q.value(3).toString(), Qt::ISODate),
                       QDate::fromString(q.value(4).toString(), Qt::ISODate)});
    }
    if (q.lastError().isValid())
        return sqlError(tr("Cannot read order figures"), q.lastError().text());
    return result;
}

Result<QList<ScoreChange>> CustomerStore::scoreHistory(CustomerId customerId) const
{
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM score_history WHERE customer_id = ? ORDER BY changed_at, id")
                  .arg(kScoreChangeColumns));
    q.addBindValue(customerId);
    if (!q.exec())
        return sqlError(tr("Cannot read the score history"), q.lastError().text());
    QList<ScoreChange> result;
    while (q.next())
        result.append(scoreChangeFromRow(q));
    return result;
}

Result<QHash<CustomerId, Placement>> CustomerStore::placementsAt(const QDateTime &since) const
{
    // The first change after `since` tells where each moved customer stood then.
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT h.customer_id, h.old_fit, h.old_awareness FROM score_history h "
                             "JOIN (SELECT customer_id, min(id) AS first FROM score_history "
                             "      WHERE changed_at > ? GROUP BY customer_id) f ON h.id = f.first"));
    q.addBindValue(timestamp(since));
    if (!q.exec())
        return sqlError(tr("Cannot read the score history"), q.lastError().text());
    QHash<CustomerId, Placement> result;
    while (q.next())
        result.insert(q.value(0).toLongLong(), {optionalDouble(q.value(1)), optionalDouble(q.value(2))});
    return result;
}

Result<QHash<CustomerId, ScoreSources>> CustomerStore::latestScoreSources() const
{
    // Per axis, the latest entry that changed it: a later change of the other
    // axis alone says nothing about where this one came from.
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT customer_id, 0, source FROM (SELECT customer_id, source, row_number() OVER "
        "  (PARTITION BY customer_id ORDER BY changed_at DESC, id DESC) AS n "
        "  FROM score_history WHERE new_fit IS DISTINCT FROM old_fit) AS f WHERE n = 1 "
        "UNION ALL "
        "SELECT customer_id, 1, source FROM (SELECT customer_id, source, row_number() OVER "
        "  (PARTITION BY customer_id ORDER BY changed_at DESC, id DESC) AS n "
        "  FROM score_history WHERE new_awareness IS DISTINCT FROM old_awareness) AS a WHERE n = 1"));
    if (!q.exec())
        return sqlError(tr("Cannot read the score history"), q.lastError().text());
    QHash<CustomerId, ScoreSources> result;
    while (q.next()) {
        ScoreSources &sources = result[q.value(0).toLongLong()];
        (q.value(1).toInt() == 0 ? sources.valueFit : sources.valueAwareness) = q.value(2).toString();
    }
    if (q.lastError().isValid())
        return sqlError(tr("Cannot read the score history"), q.lastError().text());
    return result;
}

Result<QList<ShortlistMark>> CustomerStore::shortlistMarks() const
{
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT customer_id, position, excluded FROM shortlist ORDER BY customer_id")))
        return sqlError(tr("Cannot read the shortlist"), q.lastError().text());
    QList<ShortlistMark> result;
    while (q.next()) {
        result.append({q.value(0).toLongLong(),
                       q.value(1).isNull() ? std::nullopt : std::optional<int>(q.value(1).toInt()),
                       q.value(2).toBool()});
    }
    return result;
}

Status CustomerStore::setShortlistMarks(const QList<ShortlistMark> &marks)
{
    StoreTransaction transaction(d->db);
    QSqlQuery q(d->db);
    if (!q.exec(QStringLiteral("DELETE FROM shortlist")))
        return sqlError(tr("Cannot save the shortlist"), q.lastError().text());
    if (Status error = insertShortlistMarks(marks))
        return error;
    return commitChange(transaction, StoreChange::Shortlist, {}, tr("Cannot save the shortlist"));
}

namespace {

// Writes text as UTF-8 at out, which has room for 3 bytes a character, and
// returns the end. ASCII, most ids and addresses, is narrowed by hand:
// several times faster than the encoder's call; the encoder takes what follows.
char *writeUtf8(char *out, QStringView text, QStringEncoder &encoder)
{
    const QChar *in = text.constData();
    qsizetype ascii = 0;
    while (ascii < text.size() && in[ascii].unicode() < 0x80) {
        out[ascii] = char(in[ascii].unicode());
        ++ascii;
    }
    return ascii == text.size() ? out + ascii : encoder.appendToBuffer(out + ascii, text.sliced(ascii));
}

// A statement on the connection's own sqlite3 handle, inside the store's
// transaction: for a million order lines, QSqlQuery's per-row cost is larger
// than SQLite's own work (see NOTES.md).
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            m_statement = nullptr;
        m_buffers.resize(sqlite3_bind_parameter_count(m_statement) + 1);
    }
    ~SqliteStatement() { sqlite3_finalize(m_statement); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement; }
    QString errorText() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    void bind(int i, qint64 value) { sqlite3_bind_int64(m_statement, i, value); }
    void bind(int i, double value) { sqlite3_bind_double(m_statement, i, value); }
    void bind(int i, const std::optional<double> &value)
    {
        if (value)
            bind(i, *value);
        else
            sqlite3_bind_null(m_statement, i);
    }
    /// Binds text as UTF-8, the store's encoding, so that SQLite need not
    /// convert it; NULL when empty and nullable.
    void bindText(int i, const QString &text, bool nullable = false)
    {
        if (nullable && text.isEmpty()) {
            sqlite3_bind_null(m_statement, i);
            return;
        }
        QByteArray &buffer = m_buffers[i];
        buffer.resize(text.size() * 3);
        const char *end = writeUtf8(buffer.data(), text, m_encoder);
        sqlite3_bind_text(m_statement, i, buffer.constData(), int(end - buffer.constData()), SQLITE_STATIC);
    }
    /// Binds UTF-8 that the caller keeps until the statement has run; NULL when empty.
    void bindUtf8OrNull(int i, const char *text, int size)
    {
        if (size == 0)
            sqlite3_bind_null(m_statement, i);
        else
            sqlite3_bind_text(m_statement, i, text, size, SQLITE_STATIC);
    }
    void bindLatin1(int i, const char *text, int size)
    {
        QByteArray &buffer = m_buffers[i];
        buffer.resize(size);
        std::memcpy(buffer.data(), text, size_t(size));
        sqlite3_bind_text(m_statement, i, buffer.constData(), size, SQLITE_STATIC);
    }
    void bindNull(int i) { sqlite3_bind_null(m_statement, i); }

    bool run()
    {
        return step() == SQLITE_DONE;
    }
    /// Runs the statement once: SQLITE_ROW when a query found a row, SQLITE_DONE when not.
    int step()
    {
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        return rc;
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    // Text bound to each parameter, valid until the statement runs (which
    // may bind many rows at once); reused row after row.
    std::vector<QByteArray> m_buffers;
};

// Inserts rows many per statement: SQLite's fixed cost of a statement
// (starting it, its statement journal, halting it) is larger than that of a
// row, and its cursors stay where the last row went in.
class MultiRowInsert
{
public:
    /// total rows of columns values will be inserted with "head VALUES ...".
    MultiRowInsert(sqlite3 *db, const char *head, int columns, qsizetype total)
        : m_rows(rowsPerStatement(db, columns, total)),
          m_full(db, sql(head, columns, m_rows).constData()),
          m_rest(db, sql(head, columns, std::max(1, int(total % m_rows))).constData()),
          m_columns(columns)
    {
    }
    bool isValid() const { return m_full.isValid() && m_rest.isValid(); }
    QString errorText() const { return m_full.isValid() ? m_rest.errorText() : m_full.errorText(); }
    /// How many rows the next statement takes when done of total rows are written.
    int rows(qsizetype done, qsizetype total) const { return int(std::min<qsizetype>(m_rows, total - done)); }
    /// The statement for that many rows; row r's values are parameters r * columns + 1 on.
    SqliteStatement &statement(int rows) { return rows == m_rows ? m_full : m_rest; }
    int firstParameter(int row) const { return row * m_columns + 1; }

private:
    // 1,024 rows a statement write a million orders 0.1 s faster than 64,
    // within SQLite's limit of parameters (32,766 since 3.32, 999 before).
    static int rowsPerStatement(sqlite3 *db, int columns, qsizetype total)
    {
        constexpr int kMaxRows = 1024;
        const int byLimit = sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, -1) / columns;
        return int(std::clamp<qsizetype>(std::min<qsizetype>(total, std::min(kMaxRows, byLimit)), 1, kMaxRows));
    }
    const int m_rows;
    static QByteArray sql(const char *head, int columns, int rows)
    {
        QByteArray values = "(?";
        values += QByteArray(", ?").repeated(columns - 1) + ')';
        QByteArray result = QByteArray(head) + " VALUES " + values;
        for (int r = 1; r < rows; ++r)
            result += ", " + values;
        return result;
    }
    SqliteStatement m_full;
    SqliteStatement m_rest;
    int m_columns;
};

// A table's own indexes (not those of its UNIQUE constraints), dropped
// before inserting more rows than the table holds and built again after:
// one sort each costs less than an index update per row (for 100,000 new
// customers, 0.24 s less).
class BulkIndexes
{
public:
    BulkIndexes(const QSqlDatabase &db, const char *table) : m_query(db), m_table(QString::fromLatin1(table)) {}
    /// Drops the indexes if newRows is large and more than the table holds.
    bool dropFor(qint64 newRows)
    {
        constexpr qint64 kBulkRows = 10000;
        if (newRows <= kBulkRows)
            return true;
        if (!m_query.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(m_table)) || !m_query.next())
            return false;
        if (newRows <= m_query.value(0).toLongLong())
            return true;
        m_query.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master "
                                       "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"));
        m_query.addBindValue(m_table);
        if (!m_query.exec())
            return false;
        while (m_query.next())
            m_indexes.append({m_query.value(0).toString(), m_query.value(1).toString()});
        for (const auto &[name, sql] : std::as_const(m_indexes)) {
            if (!m_query.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
                return false;
        }
        return true;
    }
    bool rebuild()
    {
        for (const auto &[name, sql] : std::as_const(m_indexes)) {
            if (!m_query.exec(sql))
                return false;
        }
        m_indexes.clear();
        return true;
    }
    QString errorText() const { return m_query.lastError().text(); }

private:
    QSqlQuery m_query;
    QString m_table;
    QList<std::pair<QString, QString>> m_indexes; // name, SQL
};

// yyyy-MM-dd without allocating. Written digit by digit: snprintf and
// QDate's year(), month() and day() (a calendar conversion each) were 7% of
// a large import.
struct IsoDate
{
    explicit IsoDate(const QDate &date)
    {
        int year = 0;
        int month = 0;
        int day = 0;
        date.getDate(&year, &month, &day);
        if (year < 0 || year > 9999) {
            std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
            return;
        }
        const int fields[] = {year / 100, year % 100, -1, month, -1, day};
        char *out = text;
        for (int field : fields) {
            if (field < 0) {
                *out++ = '-';
                continue;
            }
            *out++ = char('0' + field / 10);
            *out++ = char('0' + field % 10);
        }
        *out = '\0';
    }
    char text[16];
};

// An order's values from `first` on, in the order the multi-row inserts
// name them: customer, order id, content key (each NULL when empty), date, amount.
void bindOrder(SqliteStatement &statement, int first, qint64 customer, const QString &orderId,
               const QString &contentKey, const QDate &date, double amount)
{
    statement.bind(first, customer);
    statement.bindText(first + 1, orderId, true);
    statement.bindText(first + 2, contentKey, true);
    statement.bindLatin1(first + 3, IsoDate(date).text, 10);
    statement.bind(first + 4, amount);
}

// Counts the rows an import wrote, for cancellation, progress and the
// tests' injected fault; called after every row or group of rows.
class WriteProgress
{
public:
    WriteProgress(const WriteControl &control, const ImportBatch &batch, const QString &path)
        : m_control(control),
          m_total(batch.newCustomers.size() + batch.changedCustomers.size() + batch.orders.size()),
          m_path(path)
    {
    }
    Status wrote(qint64 rows)
    {
        const qint64 before = m_done;
        m_done += rows;
        if (m_control.failAfterRows >= 0 && m_done >= m_control.failAfterRows)
            return Error{CustomerStore::tr("Cannot write to the store (simulated failure after %1 rows).")
                             .arg(m_control.failAfterRows),
                         m_path};
        if (before >> 13 != m_done >> 13 || m_done == m_total) {
            if (m_control.cancel && m_control.cancel->load())
                return Error{CustomerStore::tr("The import was cancelled."), m_path};
            if (m_control.progress)
                m_control.progress(m_done, m_total);
        }
        return std::nullopt;
    }

private:
    const WriteControl &m_control;
    const qint64 m_total;
    const QString m_path;
    qint64 m_done = 0;
};

// A new customer's orders are all in the batch and all new, so their
// figures are known without reading the orders back.
QList<Customer> newCustomersWithFigures(const ImportBatch &batch)
{
    QList<Customer> added = batch.newCustomers;
    for (const ImportOrder &order : std::as_const(batch.orders)) {
        if (order.newCustomer < 0)
            continue;
        Customer &c = added[order.newCustomer];
        c.revenue += order.amount;
        ++c.orderCount;
        if (!c.firstOrder.isValid() || order.date < c.firstOrder)
            c.firstOrder = order.date;
        if (!c.lastOrder.isValid() || order.date > c.lastOrder)
            c.lastOrder = order.date;
    }
    return added;
}

// The batch's orders as (customer id, index in batch.orders), sorted by
// customer; `added` holds the new customers with their ids. Without
// `added`, only the orders of customers already in the store.
QList<std::pair<CustomerId, qsizetype>> ordersByCustomer(const ImportBatch &batch, const QList<Customer> *added)
{
    QList<std::pair<CustomerId, qsizetype>> sequence;
    for (qsizetype i = 0; i < batch.orders.size(); ++i) {
        const ImportOrder &order = batch.orders.at(i);
        if (order.newCustomer < 0)
            sequence.append({order.customerId, i});
        else if (added)
            sequence.append({added->at(order.newCustomer).id, i});
    }
    std::sort(sequence.begin(), sequence.end());
    return sequence;
}

// The new customers' orders as the multi-row insert binds them, sorted as
// the orders_customer index is (customer, date; amounts on the same day are
// few): every insert into the orders' indexes then lands at or near their
// end. Made on another thread while the customers are written: the orders
// lie scattered over memory, and gathering them costs about as much as
// inserting them.
struct NewOrderRows
{
    struct Row
    {
        CustomerId customer;
        double amount;
        qsizetype text; // where the order id, then the content key, start in `text`
        int idSize;
        int keySize;
        IsoDate date;
    };
    std::vector<Row> rows;
    QByteArray text; // UTF-8

    NewOrderRows(const ImportBatch &batch, CustomerId firstNewId)
    {
        struct Key
        {
            qsizetype customer;
            qint64 day;
            qsizetype index;
            bool operator<(const Key &o) const { return std::tie(customer, day, index) < std::tie(o.customer, o.day, o.index); }
        };
        std::vector<Key> keys;
        qsizetype characters = 0;
        for (qsizetype i = 0; i < batch.orders.size(); ++i) {
            const ImportOrder &order = batch.orders.at(i);
            if (order.newCustomer >= 0) {
                keys.push_back({order.newCustomer, order.date.toJulianDay(), i});
                characters += order.externalOrderId.size() + order.contentKey.size();
            }
        }
        std::sort(keys.begin(), keys.end());
        rows.reserve(keys.size());
        text.resize(characters * 3);
        QStringEncoder encoder(QStringEncoder::Utf8);
        char *const begin = text.data();
        char *out = begin;
        for (const Key &key : keys) {
            const ImportOrder &order = batch.orders.at(key.index);
            char *id = out;
            out = writeUtf8(out, order.externalOrderId, encoder);
            char *contentKey = out;
            out = writeUtf8(out, order.contentKey, encoder);
            rows.push_back({firstNewId + key.customer, order.amount, id - begin, int(contentKey - id),
                            int(out - contentKey), IsoDate(order.date)});
        }
        text.truncate(out - begin);
    }
};

} // namespace

Result<ImportWriteCounts> CustomerStore::importBatch(ImportBatch &batch, const WriteControl &control)
{
    if (d->location.isPostgres())
        return importBatchPostgres(batch, control);
    sqlite3 *handle = sqliteHandle(d->db);
    if (!handle)
        return Error{tr("The store is not open."), locationText()};
    WriteProgress progress(control, batch, locationText());
    auto wrote = [&progress](qint64 rows) { return progress.wrote(rows); };

    // A large import touches more index pages than SQLite's default 2 MB
    // cache holds; spilling them to the WAL and reading them back costs more
    // than the inserts. The statement journals of the multi-row inserts and
    // the sorts that build indexes stay in memory instead of temporary
    // files, and an index is sorted on two threads. Every order's customer
    // is one the import writes or checks itself (checkCustomersExist), so
    // SQLite need not look it up for each order (0.12 s of 500,000).
    QSqlQuery pragma(d->db);
    auto setPragma = [&pragma](const QString &name, const QString &value) {
        const QString old = pragma.exec(QStringLiteral("PRAGMA %1").arg(name)) && pragma.next() ? pragma.value(0).toString()
                                                                                                 : QString();
        pragma.exec(QStringLiteral("PRAGMA %1 = %2").arg(name, value));
        return old;
    };
    const QList<std::pair<QString, QString>> pragmas = {
        {QStringLiteral("cache_size"), setPragma(QStringLiteral("cache_size"), QStringLiteral("-131072"))},
        {QStringLiteral("temp_store"), setPragma(QStringLiteral("temp_store"), QStringLiteral("MEMORY"))},
        {QStringLiteral("threads"), setPragma(QStringLiteral("threads"), QStringLiteral("2"))},
        {QStringLiteral("foreign_keys"), setPragma(QStringLiteral("foreign_keys"), QStringLiteral("0"))},
    };
    const auto restorePragmas = qScopeGuard([&] {
        for (const auto &[name, value] : pragmas) {
            if (!value.isEmpty())
                pragma.exec(QStringLiteral("PRAGMA %1 = %2").arg(name, value));
        }
    });

    StoreTransaction transaction(d->db);
    if (!transaction.active())
        return notBegun(transaction);

    QList<Customer> added = newCustomersWithFigures(batch);
    // New customers get the ids SQLite would give them, one after the
    // largest, set here because one statement inserts many.
    CustomerId lastId = 0;
    {
        QSqlQuery q(d->db);
        if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM customers")) || !q.next())
            return sqlError(tr("Cannot add customers"), q.lastError().text());
        lastId = q.value(0).toLongLong();
    }
    // In customer order, the index inserts hit neighbouring pages instead of
    // random ones. Checked before the new customers take their ids, which
    // may be those of customers deleted meanwhile.
    const QList<std::pair<CustomerId, qsizetype>> sequence = ordersByCustomer(batch, nullptr);
    if (Status error = checkCustomersExist(sequence))
        return *error;
    std::future<NewOrderRows> newOrderRows
        = std::async(std::launch::async, [&batch, lastId] { return NewOrderRows(batch, lastId + 1); });
    {
        BulkIndexes indexes(d->db, "customers");
        if (!indexes.dropFor(added.size()))
            return sqlError(tr("Cannot add customers"), indexes.errorText());
        MultiRowInsert insert(handle,
                              "INSERT INTO customers (id, external_id, name, email, company, tags, notes, value_fit, "
                              "value_awareness, hand_stage, created_at, updated_at, revenue, order_count, "
                              "first_order, last_order, updated_by)",
                              17, added.size());
        if (!insert.isValid())
            return sqlError(tr("Cannot add customers"), insert.errorText());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString nowText = timestamp(now);
        for (qsizetype i = 0; i < added.size();) {
            const int rows = insert.rows(i, added.size());
            SqliteStatement &statement = insert.statement(rows);
            for (int r = 0; r < rows; ++r, ++i) {
                Customer &c = added[i];
                c.id = lastId + 1 + i;
                c.created = c.updated = now;
                c.updatedBy = d->userName;
                const int p = insert.firstParameter(r);
                statement.bind(p, c.id);
                statement.bindText(p + 1, c.externalId, true);
                statement.bindText(p + 2, c.name);
                statement.bindText(p + 3, c.email);
                statement.bindText(p + 4, c.company);
                statement.bindText(p + 5, joinTags(c.tags));
                statement.bindText(p + 6, c.notes);
                statement.bind(p + 7, c.valueFit);
                statement.bind(p + 8, c.valueAwareness);
                statement.bindText(p + 9, c.handSetStage ? stageKey(*c.handSetStage) : QString(), true);
                statement.bindText(p + 10, nowText);
                statement.bindText(p + 11, nowText);
                statement.bind(p + 12, c.revenue);
                statement.bind(p + 13, qint64(c.orderCount));
                if (c.orderCount > 0) {
                    statement.bindLatin1(p + 14, IsoDate(c.firstOrder).text, 10);
                    statement.bindLatin1(p + 15, IsoDate(c.lastOrder).text, 10);
                } else {
                    statement.bindNull(p + 14);
                    statement.bindNull(p + 15);
                }
                statement.bindText(p + 16, c.updatedBy);
            }
            if (!statement.run())
                return sqlError(tr("Cannot add customers"), statement.errorText());
            if (Status error = wrote(rows))
                return *error;
        }
        if (!indexes.rebuild())
            return sqlError(tr("Cannot index the customers"), indexes.errorText());
    }

    QList<CustomerId> changedIds;
    if (Status error = writeCustomerUpdates(batch.changedCustomers, QStringLiteral("import"), batch.changedFields, changedIds))
        return *error;
    if (Status error = wrote(batch.changedCustomers.size()))
        return *error;

    ImportWriteCounts counts;
    QList<CustomerId> orderCustomers;
    {
        // An order already there is updated only when its date or amount changed.
        SqliteStatement byId(handle,
                             "INSERT INTO orders (customer_id, external_order_id, order_date, amount) "
                             "VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (customer_id, external_order_id) WHERE external_order_id IS NOT NULL "
                             "DO UPDATE SET order_date = excluded.order_date, amount = excluded.amount "
                             "WHERE order_date IS NOT excluded.order_date OR amount IS NOT excluded.amount");
        SqliteStatement byContent(handle,
                                  "INSERT INTO orders (customer_id, content_key, order_date, amount) "
                                  "VALUES (?, ?, ?, ?) "
                                  "ON CONFLICT (customer_id, content_key) WHERE content_key IS NOT NULL DO NOTHING");
        if (!byId.isValid() || !byContent.isValid())
            return sqlError(tr("Cannot add orders"), byId.isValid() ? byContent.errorText() : byId.errorText());
        orderCustomers.reserve(sequence.size());
        for (const auto &[customer, index] : sequence) {
            const ImportOrder &order = batch.orders.at(index);
            const IsoDate date(order.date);
            const bool hasId = !order.externalOrderId.isEmpty();
            SqliteStatement &q = hasId ? byId : byContent;
            q.bind(1, qint64(customer));
            q.bindText(2, hasId ? order.externalOrderId : order.contentKey);
            q.bindLatin1(3, date.text, 10);
            q.bind(4, order.amount);
            sqlite3_set_last_insert_rowid(handle, 0);
            if (!q.run()) {
                return sqlError(tr("Cannot add order \"%1\" of customer %2").arg(order.externalOrderId).arg(customer),
                                q.errorText());
            }
            if (sqlite3_changes(handle) == 0) {
                ++counts.ordersUnchanged;
            } else {
                ++(sqlite3_last_insert_rowid(handle) != 0 ? counts.ordersAdded : counts.ordersUpdated);
                orderCustomers.append(customer);
            }
            if (Status error = wrote(1))
                return *error;
        }

        // New customers' orders are all inserts, with the indexes kept: in
        // index order they cost less than building the indexes again.
        const NewOrderRows newOrders = newOrderRows.get();
        const qsizetype total = qsizetype(newOrders.rows.size());
        MultiRowInsert insert(handle,
                              "INSERT INTO orders (customer_id, external_order_id, content_key, order_date, amount)", 5,
                              total);
        if (!insert.isValid())
            return sqlError(tr("Cannot add orders"), insert.errorText());
        const char *text = newOrders.text.constData();
        for (qsizetype i = 0; i < total;) {
            const int rows = insert.rows(i, total);
            SqliteStatement &statement = insert.statement(rows);
            for (int r = 0; r < rows; ++r, ++i) {
                const NewOrderRows::Row &row = newOrders.rows[size_t(i)];
                const int p = insert.firstParameter(r);
                statement.bind(p, qint64(row.customer));
                statement.bindUtf8OrNull(p + 1, text + row.text, row.idSize);
                statement.bindUtf8OrNull(p + 2, text + row.text + row.idSize, row.keySize);
                statement.bindUtf8OrNull(p + 3, row.date.text, 10);
                statement.bind(p + 4, row.amount);
            }
            if (!statement.run())
                return sqlError(tr("Cannot add orders"), statement.errorText());
            counts.ordersAdded += rows;
            if (Status error = wrote(rows))
                return *error;
        }
    }
    return finishImport(transaction, orderCustomers, batch, added, counts, control);
}

// The import read the store's customers before its transaction began;
// one may have been deleted since, in another window. Checked once per
// customer instead of SQLite's check of every order (see importBatch).
Status CustomerStore::checkCustomersExist(const QList<std::pair<CustomerId, qsizetype>> &ordersByCustomer)
{
    SqliteStatement exists(sqliteHandle(d->db), "SELECT 1 FROM customers WHERE id = ?");
    if (!exists.isValid())
        return sqlError(tr("Cannot add orders"), exists.errorText());
    CustomerId checked = 0;
    for (const auto &[customer, index] : ordersByCustomer) {
        if (customer == checked)
            continue;
        exists.bind(1, qint64(customer));
        const int rc = exists.step();
        if (rc == SQLITE_DONE)
            return Error{tr("No customer with id %1.").arg(customer), locationText()};
        if (rc != SQLITE_ROW)
            return sqlError(tr("Cannot add orders"), exists.errorText());
        checked = customer;
    }
    return std::nullopt;
}

// Orders with their ids, many rows per statement: undoing a large import
// puts back hundreds of thousands (0.4 s instead of 2.2 s for 500,000).
Status CustomerStore::insertOrdersSqlite(const QList<Order> &orders)
{
    MultiRowInsert insert(sqliteHandle(d->db),
                          "INSERT INTO orders (id, customer_id, external_order_id, content_key, order_date, amount)",
                          6, orders.size());
    if (!insert.isValid())
        return sqlError(tr("Cannot add orders"), insert.errorText());
    for (qsizetype i = 0; i < orders.size();) {
        const int rows = insert.rows(i, orders.size());
        SqliteStatement &statement = insert.statement(rows);
        for (int r = 0; r < rows; ++r, ++i) {
            const Order &order = orders.at(i);
            const int p = insert.firstParameter(r);
            statement.bind(p, qint64(order.id));
            bindOrder(statement, p + 1, order.customerId, order.externalOrderId, order.contentKey, order.date,
                      order.amount);
        }
        if (!statement.run())
            return sqlError(tr("Cannot add orders"), statement.errorText());
    }
    return std::nullopt;
}

// The end of an import on either engine: the figures of the customers whose
// orders changed (new customers' were written with them), then the commit.
Result<ImportWriteCounts> CustomerStore::finishImport(StoreTransaction &transaction, QList<CustomerId> orderCustomers,
                                                      ImportBatch &batch, const QList<Customer> &added,
                                                      const ImportWriteCounts &counts, const WriteControl &control)
{
    if (control.undo) {
        control.undo->created.clear();
        for (const Customer &c : added)
            control.undo->created.append(c.id);
        control.undo->changed = orderCustomers;
        for (const Customer &c : batch.changedCustomers)
            control.undo->changed.append(c.id);
        if (control.undo->readBefore) {
            auto before = control.undo->readBefore(control.undo->changed);
            if (!before)
                return before.error();
            control.undo->before = before.value();
        }
    }
    std::sort(orderCustomers.begin(), orderCustomers.end());
    orderCustomers.erase(std::unique(orderCustomers.begin(), orderCustomers.end()), orderCustomers.end());
    if (Status error = refreshDerivedFigures(orderCustomers))
        return *error;
    // Cancelled during its last rows, the import still writes nothing.
    if (control.cancel && control.cancel->load())
        return Error{tr("The import was cancelled."), locationText()};
    if (Status error = commitChange(transaction, StoreChange::CustomersReset, {}, tr("Cannot save the import"),
                                    [&batch, &added] { batch.newCustomers = added; }))
        return *error;
    return counts;
}

namespace {

// "INSERT ... VALUES (?, ?), (?, ?) ...": rows of columns placeholders.
QString valuesList(int columns, qsizetype rows)
{
    const QString row = QLatin1Char('(') + QStringLiteral("?, ").repeated(columns - 1) + QStringLiteral("?)");
    QStringList all(rows, row);
    return all.join(QStringLiteral(", "));
}

// Runs statements of many rows each through QSqlQuery ("VALUES (?, ?),
// (?, ?) ..."), where a statement per row would cost more than the row: a
// copy into a SQLite store. PostgreSQL takes arrays instead (ArrayInsert).
class MultiRowStatement
{
public:
    static constexpr qsizetype kRows = 500;

    MultiRowStatement(const QSqlDatabase &db, QString head, int columns)
        : m_query(db), m_head(std::move(head)), m_columns(columns)
    {
        m_query.setForwardOnly(true);
    }
    /// Runs the statement over rows [from, from + count) of values(row) lists.
    bool run(qsizetype count, const std::function<QVariantList(qsizetype)> &values, qsizetype from = 0)
    {
        if (m_preparedRows != count) {
            if (!m_query.prepare(m_head + QStringLiteral(" VALUES ") + valuesList(m_columns, count)))
                return false;
            m_preparedRows = count;
        }
        for (qsizetype r = from; r < from + count; ++r) {
            for (const QVariant &value : values(r))
                m_query.addBindValue(value);
        }
        return m_query.exec();
    }
    QSqlQuery &query() { return m_query; }

private:
    QSqlQuery m_query;
    QString m_head;
    int m_columns;
    qsizetype m_preparedRows = -1;
};

} // namespace

// Rows sent to PostgreSQL as one array per column, which the statement
// unpacks: "INSERT ... SELECT * FROM unnest(CAST(? AS BIGINT[]), ...)".
// However many rows, the server parses a statement of a few parameters;
// with a VALUES list it parsed and typed every literal (thousands per
// statement), which made an import several times slower (see README).
class ArrayInsert
{
public:
    static constexpr qsizetype kRows = 10000;

    /// head: "INSERT INTO t (a, b)"; types: each column's SQL type; tail: ON CONFLICT, RETURNING.
    ArrayInsert(const QSqlDatabase &db, const QString &head, const QStringList &types, const QString &tail = {})
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
    /// Inserts the rows added since the last run.
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

// The same import as importBatch() through statements PostgreSQL runs many
// rows at a time; new customers take their ids from the identity sequence,
// so that two clients importing at once never take the same.
Result<ImportWriteCounts> CustomerStore::importBatchPostgres(ImportBatch &batch, const WriteControl &control)
{
    WriteProgress progress(control, batch, locationText());
    StoreTransaction transaction(d->db);
    if (!transaction.active())
        return notBegun(transaction);

    QList<Customer> added = newCustomersWithFigures(batch);
    {
        QSqlQuery ids(d->db);
        ids.setForwardOnly(true);
        ids.prepare(QStringLiteral("SELECT nextval(pg_get_serial_sequence('customers', 'id')) "
                                   "FROM generate_series(1, CAST(? AS INTEGER))"));
        ids.addBindValue(added.size());
        if (!ids.exec())
            return sqlError(tr("Cannot add customers"), ids.lastError().text());
        for (Customer &c : added) {
            if (!ids.next())
                return sqlError(tr("Cannot add customers"), ids.lastError().text());
            c.id = ids.value(0).toLongLong();
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = timestamp(now);
    const QString text = QStringLiteral("TEXT");
    const QString real = QStringLiteral("DOUBLE PRECISION");
    const QString integer = QStringLiteral("BIGINT");
    ArrayInsert insertCustomers(d->db,
                                QStringLiteral("INSERT INTO customers (id, external_id, name, email, company, tags, "
                                               "notes, value_fit, value_awareness, hand_stage, created_at, updated_at, "
                                               "updated_by, revenue, order_count, first_order, last_order)"),
                                {integer, text, text, text, text, text, text, real, real, text, text, text, text, real,
                                 integer, text, text});
    auto flushCustomers = [&]() -> Status {
        const qsizetype rows = insertCustomers.rows();
        if (!insertCustomers.run())
            return sqlError(tr("Cannot add customers"), insertCustomers.query().lastError().text());
        return progress.wrote(rows);
    };
    for (Customer &c : added) {
        c.created = c.updated = now;
        c.updatedBy = d->userName;
        insertCustomers.add({c.id, nullable(c.externalId), plain(c.name), plain(c.email), plain(c.company),
                             plain(joinTags(c.tags)), plain(c.notes), nullable(c.valueFit), nullable(c.valueAwareness),
                             c.handSetStage ? QVariant(stageKey(*c.handSetStage)) : QVariant(QMetaType::fromType<QString>()),
                             nowText, nowText, plain(c.updatedBy), c.revenue, c.orderCount, nullable(c.firstOrder),
                             nullable(c.lastOrder)});
        if (insertCustomers.rows() == ArrayInsert::kRows) {
            if (Status error = flushCustomers())
                return *error;
        }
    }
    if (insertCustomers.rows() > 0) {
        if (Status error = flushCustomers())
            return *error;
    }

    QList<CustomerId> changedIds;
    if (Status error = writeCustomerUpdates(batch.changedCustomers, QStringLiteral("import"), batch.changedFields, changedIds))
        return *error;
    if (Status error = progress.wrote(batch.changedCustomers.size()))
        return *error;

    // Orders go in by kind; each statement returns the rows it added or
    // changed (xmax = 0 for an added one), an unchanged order none.
    ImportWriteCounts counts;
    QList<CustomerId> orderCustomers;
    const QString returning = QStringLiteral(" RETURNING customer_id, xmax = 0");
    const QStringList orderTypes{integer, text, text, real};
    ArrayInsert byId(d->db, QStringLiteral("INSERT INTO orders (customer_id, external_order_id, order_date, amount)"),
                     orderTypes,
                     QStringLiteral(" ON CONFLICT (customer_id, external_order_id) "
                                    "WHERE external_order_id IS NOT NULL DO UPDATE SET "
                                    "order_date = excluded.order_date, amount = excluded.amount "
                                    "WHERE orders.order_date IS DISTINCT FROM excluded.order_date "
                                    "OR orders.amount IS DISTINCT FROM excluded.amount")
                         + returning);
    ArrayInsert byContent(d->db, QStringLiteral("INSERT INTO orders (customer_id, content_key, order_date, amount)"),
                          orderTypes,
                          QStringLiteral(" ON CONFLICT (customer_id, content_key) WHERE content_key IS NOT NULL "
                                         "DO NOTHING")
                              + returning);
    auto flushOrders = [&](ArrayInsert &statement) -> Status {
        const qsizetype rows = statement.rows();
        if (!statement.run())
            return sqlError(tr("Cannot add orders"), statement.query().lastError().text());
        qsizetype changed = 0;
        while (statement.query().next()) {
            ++changed;
            ++(statement.query().value(1).toBool() ? counts.ordersAdded : counts.ordersUpdated);
            orderCustomers.append(statement.query().value(0).toLongLong());
        }
        counts.ordersUnchanged += rows - changed;
        return progress.wrote(rows);
    };
    // New customers' orders cannot be in the store yet: plain inserts, without conflict checks.
    ArrayInsert byNewCustomer(d->db,
                              QStringLiteral("INSERT INTO orders (customer_id, external_order_id, content_key, "
                                             "order_date, amount)"),
                              {integer, text, text, text, real});
    auto flushNewCustomers = [&]() -> Status {
        const qsizetype rows = byNewCustomer.rows();
        if (!byNewCustomer.run())
            return sqlError(tr("Cannot add orders"), byNewCustomer.query().lastError().text());
        counts.ordersAdded += rows;
        return progress.wrote(rows);
    };
    // In customer order, the index inserts hit neighbouring pages instead of random ones.
    const QList<std::pair<CustomerId, qsizetype>> sequence = ordersByCustomer(batch, &added);
    for (const auto &[customer, index] : std::as_const(sequence)) {
        const ImportOrder &order = batch.orders.at(index);
        const QString date = order.date.toString(Qt::ISODate);
        if (order.newCustomer >= 0) {
            byNewCustomer.add({customer, nullable(order.externalOrderId), nullable(order.contentKey), date, order.amount});
            if (byNewCustomer.rows() == ArrayInsert::kRows) {
                if (Status error = flushNewCustomers())
                    return *error;
            }
            continue;
        }
        const bool withId = !order.externalOrderId.isEmpty();
        ArrayInsert &statement = withId ? byId : byContent;
        statement.add({customer, withId ? order.externalOrderId : order.contentKey, date, order.amount});
        if (statement.rows() == ArrayInsert::kRows) {
            if (Status error = flushOrders(statement))
                return *error;
        }
    }
    for (ArrayInsert *statement : {&byId, &byContent}) {
        if (statement->rows() > 0) {
            if (Status error = flushOrders(*statement))
                return *error;
        }
    }
    if (byNewCustomer.rows() > 0) {
        if (Status error = flushNewCustomers())
            return *error;
    }
    // Only existing customers' orders went through byId and byContent: new
    // customers' figures were written with them.
    return finishImport(transaction, orderCustomers, batch, added, counts, control);
}

// Tells the other clients of a team store what changed, inside the
// transaction so that they hear of it when, and only if, it commits.
namespace {
// The names of the changes in the notifications between team-store clients:
// what every version of Kindred sends and understands.
const std::array<std::pair<StoreChange, const char *>, 6> &changeNames()
{
    static const std::array<std::pair<StoreChange, const char *>, 6> names{{
        {StoreChange::CustomersAdded, "customers-added"},
        {StoreChange::CustomersChanged, "customers-changed"},
        {StoreChange::CustomersRemoved, "customers-removed"},
        {StoreChange::CustomersReset, "customers-reset"},
        {StoreChange::Shortlist, "shortlist"},
        {StoreChange::Settings, "settings"},
    }};
    return names;
}
} // namespace

Status CustomerStore::commitChange(StoreTransaction &transaction, StoreChange change, const QList<CustomerId> &ids,
                                   const QString &failure, const std::function<void()> &committed)
{
    if (Status error = announce(change, ids))
        return error;
    if (!transaction.commit())
        return sqlError(failure, d->db.lastError().text());
    if (committed)
        committed();
    emitChange(change, ids);
    return std::nullopt;
}

void CustomerStore::emitChange(StoreChange change, const QList<CustomerId> &ids)
{
    // Many customers at once: reloading them all is quicker than one by one.
    if (ids.size() > 1000 && change != StoreChange::CustomersRemoved)
        change = StoreChange::CustomersReset;
    switch (change) {
    case StoreChange::CustomersAdded:
        emit customersAdded(ids);
        break;
    case StoreChange::CustomersChanged:
        emit customersChanged(ids);
        break;
    case StoreChange::CustomersRemoved:
        emit customersRemoved(ids);
        break;
    case StoreChange::CustomersReset:
        emit customersReset();
        break;
    case StoreChange::Shortlist:
        emit shortlistChanged();
        break;
    case StoreChange::Settings:
        emit settingsChanged();
        break;
    }
}

Status CustomerStore::announce(StoreChange change, const QList<CustomerId> &ids)
{
    if (!d->location.isPostgres())
        return std::nullopt;
    const auto named = std::find_if(changeNames().cbegin(), changeNames().cend(),
                                    [change](const auto &entry) { return entry.first == change; });
    const QString name = QString::fromLatin1(named->second);
    QStringList numbers;
    numbers.reserve(ids.size());
    for (CustomerId id : ids)
        numbers.append(QString::number(id));
    QString payload = numbers.isEmpty() ? name : name + QLatin1Char(':') + numbers.join(QLatin1Char(','));
    // PostgreSQL carries up to 8000 bytes; beyond that everyone reloads.
    if (payload.size() > 7000)
        payload = QString::fromLatin1(changeNames().at(3).second);
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(QString::fromLatin1(kChannel));
    q.addBindValue(payload);
    if (!q.exec())
        return sqlError(tr("Cannot tell the other users of the team store"), q.lastError().text());
    return std::nullopt;
}

void CustomerStore::receiveAnnouncement(const QString &name, int source, const QVariant &payload)
{
    if (name != QLatin1String(kChannel) || source == int(QSqlDriver::SelfSource))
        return;
    const QString text = payload.toString();
    const QString changeName = text.section(QLatin1Char(':'), 0, 0);
    QList<CustomerId> ids;
    for (const QString &number : text.section(QLatin1Char(':'), 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(number.toLongLong());
    const auto named = std::find_if(changeNames().cbegin(), changeNames().cend(),
                                    [&changeName](const auto &entry) { return changeName == QLatin1String(entry.second); });
    // A change this version does not know (a newer client's): reload everything.
    const StoreChange change = named == changeNames().cend() ? StoreChange::CustomersReset : named->first;
    if (change == StoreChange::Settings && loadSettings())
        return;
    emitChange(change, ids);
}

// Rows put back with their own ids (undo of a removal) leave PostgreSQL's
// identity sequences behind; the next new row must not take one of them.
Status CustomerStore::syncIdSequences()
{
    if (!d->location.isPostgres())
        return std::nullopt;
    QSqlQuery q(d->db);
    for (const QString &table :
         {QStringLiteral("customers"), QStringLiteral("orders"), QStringLiteral("score_history")}) {
        if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                   "(SELECT coalesce(max(id), 0) + 1 FROM %1), false)")
                        .arg(table)))
            return sqlError(tr("Cannot restore customers"), q.lastError().text());
    }
    return std::nullopt;
}

void CustomerStore::announceExternalChange()
{
    emitChange(StoreChange::CustomersReset, {});
}

namespace {
QList<std::pair<QString, QString>> settingsToPairs(const WorkspaceSettings &s)
{
    return {
        {QStringLiteral("market_size"), QString::number(s.marketSize)},
        {QStringLiteral("fit_split"), QString::number(s.quadrantSplit.valueFit)},
        {QStringLiteral("awareness_split"), QString::number(s.quadrantSplit.valueAwareness)},
        {QStringLiteral("dormant_days"), QString::number(s.dormantDays)},
        {QStringLiteral("one_to_one_capacity"), QString::number(s.oneToOneCapacity)},
        {QStringLiteral("excellence_rule"), s.excellenceRule},
        {QStringLiteral("abc_class_a"), QString::number(s.abcClassA)},
        {QStringLiteral("abc_class_b"), QString::number(s.abcClassB)},
        {QStringLiteral("currency"), s.currency},
    };
}
} // namespace

Status CustomerStore::loadSettings()
{
    QSqlQuery q(d->db);
    if (!q.exec(QStringLiteral("SELECT key, value FROM settings")))
        return sqlError(tr("Cannot read the settings"), q.lastError().text());
    QHash<QString, QString> values;
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    WorkspaceSettings s;
    auto number = [&values](const char *key, auto fallback) {
        bool ok = false;
        const double value = values.value(QString::fromLatin1(key)).toDouble(&ok);
        return ok ? decltype(fallback)(value) : fallback;
    };
    s.marketSize = number("market_size", s.marketSize);
    s.quadrantSplit.valueFit = number("fit_split", s.quadrantSplit.valueFit);
    s.quadrantSplit.valueAwareness = number("awareness_split", s.quadrantSplit.valueAwareness);
    s.dormantDays = number("dormant_days", s.dormantDays);
    s.oneToOneCapacity = number("one_to_one_capacity", s.oneToOneCapacity);
    s.excellenceRule = values.value(QStringLiteral("excellence_rule"));
    s.abcClassA = number("abc_class_a", s.abcClassA);
    s.abcClassB = number("abc_class_b", s.abcClassB);
    s.currency = values.value(QStringLiteral("currency"));
    d->settings = s;
    return std::nullopt;
}

WorkspaceSettings CustomerStore::settings() const
{
    return d->settings;
}

Status CustomerStore::setSettings(const WorkspaceSettings &settings)
{
    StoreTransaction transaction(d->db);
    if (!transaction.active())
        return notBegun(transaction);
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (const auto &[key, value] : settingsToPairs(settings)) {
        q.bindValue(0, key);
        q.bindValue(1, plain(value));
        if (!q.exec())
            return sqlError(tr("Cannot save the settings"), q.lastError().text());
    }
    return commitChange(transaction, StoreChange::Settings, {}, tr("Cannot save the settings"),
                        [this, &settings] { d->settings = settings; });
}

Result<StoreTotals> CustomerStore::totals() const
{
    QSqlQuery q(d->db);
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM orders), "
                               "(SELECT coalesce(sum(revenue), 0) FROM customers)"))
        || !q.next())
        return sqlError(tr("Cannot read the totals"), q.lastError().text());
    return StoreTotals{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toDouble()};
}

Result<QList<Customer>> CustomerStore::customers(const QList<CustomerId> &ids) const
{
    constexpr qsizetype chunk = 500;
    QList<Customer> result;
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        const QList<CustomerId> part = ids.mid(from, chunk);
        const QStringList marks(part.size(), QStringLiteral("?"));
        const QVariantList values(part.cbegin(), part.cend());
        auto found = selectCustomers(QStringLiteral("WHERE id IN (%1)").arg(marks.join(QLatin1Char(','))), values);
        if (!found)
            return found.error();
        result.append(found.value());
    }
    std::sort(result.begin(), result.end(), [](const Customer &a, const Customer &b) { return a.id < b.id; });
    return result;
}

// The whole workspace at once, to copy it between stores (kindred-cli copy).

Result<bool> CustomerStore::isEmpty() const
{
    QSqlQuery q(d->db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM customers) OR EXISTS (SELECT 1 FROM orders) "
                               "OR EXISTS (SELECT 1 FROM score_history) OR EXISTS (SELECT 1 FROM shortlist) "
                               "OR EXISTS (SELECT 1 FROM settings)"))
        || !q.next())
        return sqlError(tr("Cannot read the store"), q.lastError().text());
    return !q.value(0).toBool();
}

Result<WorkspaceContent> CustomerStore::content() const
{
    StoreTransaction transaction(d->db, StoreTransaction::Kind::Read);
    if (!transaction.active())
        return notBegun(transaction);
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    // PostgreSQL's default gives each statement its own snapshot; SQLite's
    // read transaction is one snapshot already.
    if (d->location.isPostgres()
        && !q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
        return sqlError(tr("Cannot read the store"), q.lastError().text());

    WorkspaceContent content;
    auto customers = selectCustomers(QString(), {});
    if (!customers)
        return customers.error();
    content.customers = std::move(customers.value());

    auto read = [&q, this](const QString &sql, const std::function<void()> &row) -> Status {
        if (!q.exec(sql))
            return sqlError(tr("Cannot read the store"), q.lastError().text());
        while (q.next())
            row();
        if (q.lastError().isValid())
            return sqlError(tr("Cannot read the store"), q.lastError().text());
        return std::nullopt;
    };
    Status error = read(
        QStringLiteral("SELECT id, customer_id, external_order_id, order_date, amount, content_key FROM orders "
                       "ORDER BY id"),
        [&] {
            content.orders.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                   QDate::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toDouble(),
                                   q.value(5).toString()});
        });
    if (!error) {
        error = read(QStringLiteral("SELECT id, customer_id, old_fit, old_awareness, new_fit, new_awareness, "
                                    "changed_at, source, changed_by FROM score_history ORDER BY id"),
                     [&] {
                         content.history.append(
                             {q.value(0).toLongLong(),
                              {q.value(1).toLongLong(), optionalDouble(q.value(2)), optionalDouble(q.value(3)),
                               optionalDouble(q.value(4)), optionalDouble(q.value(5)),
                               parseTimestamp(q.value(6).toString()), q.value(7).toString(),
                               q.value(8).toString()}});
                     });
    }
    if (!error) {
        error = read(QStringLiteral("SELECT key, value FROM settings"),
                     [&] { content.settings.append({q.value(0).toString(), q.value(1).toString()}); });
    }
    if (error)
        return *error;
    // By key in code: the engines' collations may order text differently.
    std::sort(content.settings.begin(), content.settings.end());
    auto marks = shortlistMarks();
    if (!marks)
        return marks.error();
    content.shortlist = std::move(marks.value());
    transaction.commit();
    return content;
}

Status CustomerStore::writeContent(const WorkspaceContent &content)
{
    // Made before the transaction and so freed after its rollback: PostgreSQL
    // refuses to free a statement inside a failed transaction.
    std::list<MultiRowStatement> sqliteStatements;
    std::list<ArrayInsert> postgresStatements;
    StoreTransaction transaction(d->db);
    if (!transaction.active())
        return notBegun(transaction);
    const auto empty = isEmpty();
    if (!empty)
        return empty.error();
    if (!empty.value())
        return Error{tr("The store is not empty: a workspace is only copied into a new or empty store."), locationText()};

    // Many rows per statement, as an import: on PostgreSQL one array per
    // column (see ArrayInsert), on SQLite a VALUES list.
    auto write = [&](const QString &head, const QStringList &types, qsizetype count,
                     const std::function<QVariantList(qsizetype)> &values, const QString &what) -> Status {
        if (!d->location.isPostgres()) {
            MultiRowStatement &statement = sqliteStatements.emplace_back(d->db, head, int(types.size()));
            for (qsizetype i = 0; i < count; i += MultiRowStatement::kRows) {
                if (!statement.run(std::min(MultiRowStatement::kRows, count - i), values, i))
                    return sqlError(what, statement.query().lastError().text());
            }
            return std::nullopt;
        }
        ArrayInsert &statement = postgresStatements.emplace_back(d->db, head, types);
        for (qsizetype i = 0; i < count; ++i) {
            statement.add(values(i));
            if ((statement.rows() == ArrayInsert::kRows || i == count - 1) && !statement.run())
                return sqlError(what, statement.query().lastError().text());
        }
        return std::nullopt;
    };
    const QString text = QStringLiteral("TEXT");
    const QString real = QStringLiteral("DOUBLE PRECISION");
    const QString integer = QStringLiteral("BIGINT");
    const auto noStage = QVariant(QMetaType::fromType<QString>());
    // Customers first: the other tables refer to them.
    Status error = write(
        QStringLiteral("INSERT INTO customers (%1)").arg(customerColumns),
        {integer, text, text, text, text, text, text, text, text, real, real, text, integer, text, text, real, integer,
         text, text, text, integer},
        content.customers.size(),
        [&](qsizetype i) {
            const Customer &c = content.customers.at(i);
            return QVariantList{c.id, nullable(c.externalId), plain(c.name), plain(c.email), plain(c.company),
                                plain(joinTags(c.tags)), plain(c.notes), plain(c.nextAction),
                                nullable(c.nextActionDue), nullable(c.valueFit), nullable(c.valueAwareness),
                                c.handSetStage ? QVariant(stageKey(*c.handSetStage)) : noStage, int(c.pinned),
                                timestamp(c.created), timestamp(c.updated), c.revenue, c.orderCount,
                                nullable(c.firstOrder), nullable(c.lastOrder), plain(c.updatedBy), c.revision};
        },
        tr("Cannot add customers"));
    if (!error) {
        error = write(
            QStringLiteral("INSERT INTO orders (id, customer_id, external_order_id, order_date, amount, content_key)"),
            {integer, integer, text, text, real, text}, content.orders.size(),
            [&](qsizetype i) {
                const Order &o = content.orders.at(i);
                return QVariantList{o.id, o.customerId, nullable(o.externalOrderId), o.date.toString(Qt::ISODate),
                                    o.amount, nullable(o.contentKey)};
            },
            tr("Cannot add orders"));
    }
    if (!error) {
        error = write(
            QStringLiteral("INSERT INTO score_history (id, customer_id, old_fit, old_awareness, new_fit, "
                           "new_awareness, changed_at, source, changed_by)"),
            {integer, integer, real, real, real, real, text, text, text}, content.history.size(),
            [&](qsizetype i) {
                const HistoryEntry &h = content.history.at(i);
                const ScoreChange &s = h.change;
                return QVariantList{h.id, s.customerId, nullable(s.oldFit), nullable(s.oldAwareness),
                                    nullable(s.newFit), nullable(s.newAwareness), timestamp(s.changedAt),
                                    plain(s.source), plain(s.changedBy)};
            },
            tr("Cannot record the score history"));
    }
    if (!error) {
        error = write(
            QStringLiteral("INSERT INTO shortlist (customer_id, position, excluded)"), {integer, integer, integer},
            content.shortlist.size(),
            [&](qsizetype i) {
                const ShortlistMark &m = content.shortlist.at(i);
                return QVariantList{m.customerId,
                                    m.position ? QVariant(*m.position) : QVariant(QMetaType::fromType<int>()),
                                    int(m.excluded)};
            },
            tr("Cannot save the shortlist"));
    }
    if (!error) {
        error = write(
            QStringLiteral("INSERT INTO settings (key, value)"), {text, text}, content.settings.size(),
            [&](qsizetype i) {
                return QVariantList{content.settings.at(i).first, plain(content.settings.at(i).second)};
            },
            tr("Cannot save the settings"));
    }
    if (!error)
        error = syncIdSequences();
    for (StoreChange change : {StoreChange::Settings, StoreChange::Shortlist}) {
        if (!error)
            error = announce(change, {});
    }
    Status loaded;
    if (!error) {
        error = commitChange(transaction, StoreChange::CustomersReset, {}, tr("Cannot save the copy"),
                             [this, &loaded] { loaded = loadSettings(); });
    }
    if (error)
        return error;
    emitChange(StoreChange::Settings, {});
    emitChange(StoreChange::Shortlist, {});
    return loaded;
}

} // namespace Kindred
