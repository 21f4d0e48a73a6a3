// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Opening, checking and upgrading stores; customers, orders, history, the
// shortlist and settings.
#include "storeprivate.h"

#include "store/schema.h"
#include "store/storelock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlRecord>

#include <algorithm>
#include <functional>

namespace Kindred {

using namespace StoreDetail;

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
    // What a file may be to be opened here, judged on the file before any
    // connection opens it and again on the connection.
    const auto accept = [&](const StoreFile::Identity &identity) -> Status {
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
    };
    auto file = StoreFile::open(path, access, accept, d->waitForOtherCommands);
    if (!file)
        return file.error();
    d->file = std::move(file.value());

    QSqlDatabase db = d->connect(QStringLiteral("QSQLITE"));
    if (readOnly && d->file.use_count() == 1 && d->file->readsAsItLies()) {
        db.setDatabaseName(d->file->immutableUri());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
    } else {
        // A reader is kept out only while a large import commits through a
        // rollback journal: it waits for that as long as a writer waits for
        // the command.
        const qint64 busyTimeout = readOnly ? std::max<qint64>(busyTimeoutMs, d->waitForOtherCommands.count()) : busyTimeoutMs;
        db.setDatabaseName(d->file->canonicalPath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeout));
    }
    if (!db.open())
        return Error{tr("Cannot open the store: %1").arg(db.lastError().text()), path};

    // Checked again on the connection: another Kindred program may have had
    // the store open, or it may have changed since this process checked it.
    QSqlQuery q(db);
    // Only SQLite's own verdict on the file calls it damaged: a program that
    // holds it for a write past the busy timeout (a large import through a
    // rollback journal) keeps it from being read, and so does a folder the
    // user may not write in, where SQLite cannot make the index (-shm) that
    // readers of a store in WAL mode share.
    auto unreadable = [&q, &path, this] {
        const QSqlError error = q.lastError();
        if (isBusy(error))
            return busyError();
        const int code = sqliteCode(error);
        if (code == SQLITE_READONLY || code == SQLITE_CANTOPEN || code == SQLITE_PERM) {
            return Error{tr("Cannot read the store: its folder, or the store, is read-only for you, and reading "
                            "it needs a small file beside it (%1-shm). Ask for write access to the folder, or "
                            "copy the store and open the copy (%2).")
                             .arg(QFileInfo(path).fileName(), error.databaseText()),
                         path};
        }
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
            return Error{tr("The store is damaged and cannot be read (%1).").arg(error.databaseText()), path};
        return Error{tr("Cannot read the store (%1).").arg(error.databaseText()), path};
    };
    if (readOnly && !q.exec(QStringLiteral("PRAGMA query_only = ON")))
        return unreadable();
    StoreFile::Identity identity;
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return unreadable();
    identity.applicationId = q.value(0).toUInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return unreadable();
    identity.schemaVersion = q.value(0).toLongLong();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return unreadable();
    identity.hasSchema = q.value(0).toInt() > 0;
    identity.isNew = !identity.hasSchema && identity.schemaVersion == 0;
    if (Status refused = accept(identity))
        return refused;
    d->schemaVersion = int(identity.schemaVersion);

    // Mark a new file as Kindred's before the write-ahead log takes over: until
    // a checkpoint the schema lives in the log only.
    if (identity.isNew && !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId)))
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
    if (transaction.busy())
        return busyError();
    return sqlError(tr("Cannot start a transaction"), transaction.error());
}

// Another program held SQLite's write lock past the busy timeout; named when
// it is a Kindred one. When this process holds Kindred's lock, the writer is
// some other program.
Error CustomerStore::busyError() const
{
    const auto holder = d->file && !d->file->isLocked() ? StoreLock::holder(d->file->canonicalPath()) : std::nullopt;
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
    if (d->announcedCustomers)
        return *d->announcedCustomers;
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
    for (Customer &c : customers) {
        if (!c.created.isValid())
            c.created = QDateTime::currentDateTimeUtc();
        if (!c.updated.isValid())
            c.updated = c.created;
        if (!keepId)
            c.updatedBy = d->userName;
    }
    if (keepId && !d->location.isPostgres())
        return insertCustomersSqlite(customers);
    // A new row takes the next id from the table (SQLite) or its identity
    // sequence (PostgreSQL): the id column is named only to keep one, and
    // then the derived figures come with the row, as they were.
    QSqlQuery q(d->db);
    q.prepare(keepId ? QStringLiteral("INSERT INTO customers (id, external_id, name, email, company, phone, reading, "
                                      "postal_code, address, tags, notes, "
                                      "next_action, next_action_due, value_fit, value_awareness, hand_stage, pinned, "
                                      "created_at, updated_at, updated_by, revision, own_fields, revenue, order_count, "
                                      "first_order, last_order) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                     : QStringLiteral("INSERT INTO customers (external_id, name, email, company, phone, reading, "
                                      "postal_code, address, tags, notes, "
                                      "next_action, next_action_due, value_fit, value_awareness, hand_stage, pinned, "
                                      "created_at, updated_at, updated_by, revision, own_fields) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (Customer &c : customers) {
        if (keepId)
            q.addBindValue(c.id);
        for (const QVariant &value :
             {nullable(c.externalId), plain(c.name), plain(c.email), plain(c.company), plain(c.phone),
              plain(c.reading), plain(c.postalCode), plain(c.address), plain(joinTags(c.tags)),
              plain(c.notes), plain(c.nextAction), nullable(c.nextActionDue), nullable(c.valueFit),
              nullable(c.valueAwareness),
              c.handSetStage ? QVariant(stageKey(*c.handSetStage)) : QVariant(QMetaType::fromType<QString>()),
              QVariant(int(c.pinned)), QVariant(timestamp(c.created)), QVariant(timestamp(c.updated)),
              plain(c.updatedBy), QVariant(c.revision), plain(ownFieldValuesToJson(c.ownFields))})
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
        {CustomerField::Phone, {QStringLiteral("phone")}, [](const Customer &c) { return QVariantList{plain(c.phone)}; }},
        {CustomerField::Reading, {QStringLiteral("reading")},
         [](const Customer &c) { return QVariantList{plain(c.reading)}; }},
        {CustomerField::PostalCode, {QStringLiteral("postal_code")},
         [](const Customer &c) { return QVariantList{plain(c.postalCode)}; }},
        {CustomerField::Address, {QStringLiteral("address")},
         [](const Customer &c) { return QVariantList{plain(c.address)}; }},
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
        {CustomerField::OwnFields, {QStringLiteral("own_fields")},
         [](const Customer &c) { return QVariantList{plain(ownFieldValuesToJson(c.ownFields))}; }},
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
    const LargeWritePragmas pragmas(d->db, LargeWritePragmas::ForeignKeys::On);
    StoreTransaction transaction(d->db);
    if (!transaction.active())
        return notBegun(transaction);
    auto removed = this->snapshots(ids);
    if (!removed)
        return removed.error();
    // The contact log is not what an import changes: a customer who stays
    // keeps the contacts logged meanwhile.
    QHash<CustomerId, QList<Contact>> contactsNow;
    for (const CustomerSnapshot &snapshot : std::as_const(removed.value()))
        contactsNow.insert(snapshot.customer.id, snapshot.contacts);
    QList<CustomerSnapshot> replacing = snapshots;
    for (CustomerSnapshot &snapshot : replacing) {
        if (const auto now = contactsNow.constFind(snapshot.customer.id); now != contactsNow.cend())
            snapshot.contacts = *now;
    }
    if (Status error = deleteCustomers(ids))
        return *error;
    if (Status error = insertSnapshots(replacing))
        return *error;
    if (Status error = commitChange(transaction, StoreChange::CustomersReset, {}, tr("Cannot restore customers")))
        return *error;
    if (hasShortlistMark(removed.value()) || hasShortlistMark(snapshots))
        emit shortlistChanged();
    return removed;
}

namespace {

// Runs sql, whose %1 stands for a list of placeholders, for the ids 500 at
// a time (a statement takes a limited number of parameters) and calls
// row() on each row it returns (a SqliteRow or a QueryRow); the error text
// on failure. SQLite is read through its own API: undoing a large import
// reads half a million orders, and QSqlQuery's QVariant per value doubles
// the time.
template<typename RowFunction>
std::optional<QString> forIdChunks(const QSqlDatabase &db, const QString &sql, const QList<CustomerId> &ids,
                                   RowFunction row)
{
    constexpr qsizetype chunk = 500;
    auto statementFor = [&sql](qsizetype size) {
        return sql.arg(QStringList(size, QStringLiteral("?")).join(QLatin1Char(',')));
    };
    if (sqlite3 *handle = sqliteHandle(db)) {
        std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(nullptr, sqlite3_finalize);
        qsizetype prepared = 0;
        for (qsizetype from = 0; from < ids.size(); from += chunk) {
            const qsizetype size = std::min(chunk, ids.size() - from);
            if (size != prepared) {
                const QByteArray utf8 = statementFor(size).toUtf8();
                sqlite3_stmt *made = nullptr;
                if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &made, nullptr) != SQLITE_OK)
                    return QString::fromUtf8(sqlite3_errmsg(handle));
                statement.reset(made);
                prepared = size;
            }
            for (qsizetype i = 0; i < size; ++i)
                sqlite3_bind_int64(statement.get(), int(i + 1), ids.at(from + i));
            const SqliteRow current{statement.get()};
            int step;
            while ((step = sqlite3_step(statement.get())) == SQLITE_ROW)
                row(current);
            sqlite3_reset(statement.get());
            if (step != SQLITE_DONE)
                return QString::fromUtf8(sqlite3_errmsg(handle));
        }
        return std::nullopt;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    qsizetype prepared = 0; // a statement of 500 placeholders costs more to prepare than to run
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        const QList<CustomerId> part = ids.mid(from, chunk);
        if (part.size() != prepared && !q.prepare(statementFor(part.size())))
            return q.lastError().text();
        prepared = part.size();
        for (CustomerId id : part)
            q.addBindValue(id);
        if (!q.exec())
            return q.lastError().text();
        const QueryRow current{q};
        while (q.next())
            row(current);
        if (q.lastError().isValid())
            return q.lastError().text();
    }
    return std::nullopt;
}

const QString kOrderColumns = QStringLiteral("id, customer_id, external_order_id, order_date, amount, content_key");

template<typename Row>
Order orderFrom(const Row &row)
{
    return {row.integer(0), row.integer(1), row.text(2), QDate::fromString(row.text(3), Qt::ISODate), row.real(4),
            row.text(5)};
}

const QString kScoreChangeColumns = QStringLiteral(
    "customer_id, old_fit, old_awareness, new_fit, new_awareness, changed_at, source, changed_by");

template<typename Row>
ScoreChange scoreChangeFrom(const Row &row)
{
    auto optionalReal = [&row](int column) {
        return row.isNull(column) ? std::nullopt : std::optional<double>(row.real(column));
    };
    return {row.integer(0),   optionalReal(1),          optionalReal(2), optionalReal(3),
            optionalReal(4), parseTimestamp(row.text(5)), row.text(6),     row.text(7)};
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
        result.append({c, {}, {}, {}, {}});
    }
    // The snapshot of the customer whose id is in that column of the row.
    auto of = [&](const auto &row, int column) -> CustomerSnapshot & {
        return result[index.value(row.integer(column))];
    };
    if (auto error = forIdChunks(d->db,
                                 QStringLiteral("SELECT %1 FROM orders WHERE customer_id IN (%2) "
                                                "ORDER BY customer_id, order_date, id")
                                     .arg(kOrderColumns, QStringLiteral("%1")),
                                 found, [&](const auto &row) { of(row, 1).orders.append(orderFrom(row)); }))
        return sqlError(tr("Cannot read orders"), *error);
    if (auto error = forIdChunks(d->db,
                                 QStringLiteral("SELECT %1 FROM score_history WHERE customer_id IN (%2) "
                                                "ORDER BY customer_id, changed_at, id")
                                     .arg(kScoreChangeColumns, QStringLiteral("%1")),
                                 found,
                                 [&](const auto &row) { of(row, 0).history.append(scoreChangeFrom(row)); }))
        return sqlError(tr("Cannot read the score history"), *error);
    if (auto error = forIdChunks(d->db,
                                 QStringLiteral("SELECT customer_id, position, excluded FROM shortlist "
                                                "WHERE customer_id IN (%1)"),
                                 found, [&](const auto &row) {
                                     of(row, 0).shortlistMark = ShortlistMark{
                                         row.integer(0),
                                         row.isNull(1) ? std::nullopt : std::optional<int>(int(row.integer(1))),
                                         row.integer(2) != 0};
                                 }))
        return sqlError(tr("Cannot read the shortlist"), *error);
    if (auto error = forIdChunks(d->db,
                                 QStringLiteral("SELECT %1 FROM contacts WHERE customer_id IN (%2) "
                                                "ORDER BY customer_id, contacted_at, id")
                                     .arg(contactColumns, QStringLiteral("%1")),
                                 found, [&](const auto &row) { of(row, 1).contacts.append(contactFrom(row)); }))
        return sqlError(tr("Cannot read the contact log"), *error);
    return result;
}

// Their orders, score history, shortlist marks and contacts go with them (ON DELETE CASCADE).
Status CustomerStore::deleteCustomers(const QList<CustomerId> &ids)
{
    if (auto error = forIdChunks(d->db, QStringLiteral("DELETE FROM customers WHERE id IN (%1)"), ids,
                                 [](const auto &) {}))
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
    QList<Contact> contacts;
    for (const CustomerSnapshot &snapshot : snapshots) {
        customers.append(snapshot.customer);
        orders.append(snapshot.orders);
        history.append(snapshot.history);
        contacts.append(snapshot.contacts);
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
    if (Status error = insertContacts(contacts))
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
    // Orders of many customers at once: reloading them all is quicker than one by one.
    const StoreChange change = ids.size() > 1000 ? StoreChange::CustomersReset : StoreChange::CustomersChanged;
    return commitChange(transaction, change, ids, tr("Cannot save orders"), [&orders, &added] { orders = added; });
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
        result.append(orderFrom(QueryRow{q}));
    return result;
}

namespace {
// "yyyy-MM-dd", as the store writes order dates, without QDate::fromString's
// general parser: a large store has a million of them.
QDate orderDate(QStringView text)
{
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return QDate::fromString(text.toString(), Qt::ISODate);
    return QDate(text.left(4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
}

template<typename Row>
OrderLine orderLineFrom(const Row &row)
{
    return {row.integer(0), orderDate(row.text(1)), row.real(2)};
}

// Hands every row of a read with text parameters to `add`: through SQLite's
// own API on Qt's connection where the store is a SQLite file, since
// QSqlQuery's QVariant per value doubles the time of a large read, else
// through QSqlQuery. Returns the database's message when it fails.
template<typename Add>
std::optional<QString> readRows(const QSqlDatabase &db, const QString &sql, const QStringList &parameters,
                                const Add &add)
{
    if (sqlite3 *handle = sqliteHandle(db)) {
        const QByteArray text = sql.toUtf8();
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK)
            return QString::fromUtf8(sqlite3_errmsg(handle));
        const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(statement, sqlite3_finalize);
        for (int i = 0; i < parameters.size(); ++i) {
            const QByteArray utf8 = parameters.at(i).toUtf8();
            sqlite3_bind_text(statement, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
        const SqliteRow row{statement};
        int step;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW)
            add(row);
        if (step != SQLITE_DONE)
            return QString::fromUtf8(sqlite3_errmsg(handle));
        return std::nullopt;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QString &parameter : parameters)
        q.addBindValue(parameter);
    if (!q.exec())
        return q.lastError().text();
    const QueryRow row{q};
    while (q.next())
        add(row);
    if (q.lastError().isValid())
        return q.lastError().text();
    return std::nullopt;
}
} // namespace

Result<QHash<CustomerId, OrderFigures>> CustomerStore::orderFigures(const QDate &from, const QDate &until) const
{
    // ISO dates compare as text; these bounds lie outside every real date.
    const QStringList bounds{from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000"),
                             until.isValid() ? until.toString(Qt::ISODate) : QStringLiteral("9999-99")};
    QHash<CustomerId, OrderFigures> result;
    const auto error = readRows(
        d->db,
        QStringLiteral("SELECT customer_id, sum(amount), count(*), min(order_date), max(order_date) FROM orders "
                       "WHERE order_date BETWEEN ? AND ? GROUP BY customer_id"),
        bounds, [&result](const auto &row) {
            result.insert(row.integer(0), {row.real(1), int(row.integer(2)), orderDate(row.text(3)),
                                           orderDate(row.text(4))});
        });
    if (error)
        return sqlError(tr("Cannot read order figures"), *error);
    return result;
}

Result<QList<CustomerRevenue>> CustomerStore::customerRevenues() const
{
    QList<CustomerRevenue> result;
    const auto error = readRows(d->db, QStringLiteral("SELECT id, revenue FROM customers ORDER BY id"), {},
                                [&result](const auto &row) { result.append({row.integer(0), row.real(1)}); });
    if (error)
        return sqlError(tr("Cannot read customers"), *error);
    return result;
}

Result<QList<OrderLine>> CustomerStore::orderLines(const QList<CustomerId> &ids) const
{
    const QString select = QStringLiteral("SELECT customer_id, order_date, amount FROM orders %1 "
                                          "ORDER BY customer_id, order_date");
    QList<OrderLine> result;
    if (ids.isEmpty()) {
        if (sqlite3 *handle = sqliteHandle(d->db)) {
            // SQLite's own API: QSqlQuery's QVariant per value doubles the time.
            const QByteArray sql = select.arg(QString()).toUtf8();
            sqlite3_stmt *statement = nullptr;
            if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
                return sqlError(tr("Cannot read orders"), QString::fromUtf8(sqlite3_errmsg(handle)));
            const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(statement, sqlite3_finalize);
            const SqliteRow row{statement};
            int step;
            while ((step = sqlite3_step(statement)) == SQLITE_ROW)
                result.append(orderLineFrom(row));
            if (step != SQLITE_DONE)
                return sqlError(tr("Cannot read orders"), QString::fromUtf8(sqlite3_errmsg(handle)));
            return result;
        }
    }
    // All orders in one pass when no ids are given, else 500 customers a query.
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from == 0 || from < ids.size(); from += chunk) {
        const QList<CustomerId> part = ids.mid(from, chunk);
        QSqlQuery q(d->db);
        q.setForwardOnly(true);
        const QStringList marks(part.size(), QStringLiteral("?"));
        q.prepare(select.arg(ids.isEmpty() ? QString()
                                           : QStringLiteral("WHERE customer_id IN (%1)").arg(marks.join(QLatin1Char(',')))));
        for (CustomerId id : part)
            q.addBindValue(id);
        if (!q.exec())
            return sqlError(tr("Cannot read orders"), q.lastError().text());
        const QueryRow row{q};
        while (q.next())
            result.append(orderLineFrom(row));
        if (q.lastError().isValid())
            return sqlError(tr("Cannot read orders"), q.lastError().text());
    }
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
        result.append(scoreChangeFrom(QueryRow{q}));
    return result;
}

Result<QList<ScoreChange>> CustomerStore::scoreChanges(const QDateTime &from) const
{
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM score_history WHERE changed_at >= ? ORDER BY changed_at, id")
                  .arg(kScoreChangeColumns));
    q.addBindValue(timestamp(from));
    if (!q.exec())
        return sqlError(tr("Cannot read the score history"), q.lastError().text());
    QList<ScoreChange> result;
    while (q.next())
        result.append(scoreChangeFrom(QueryRow{q}));
    if (q.lastError().isValid())
        return sqlError(tr("Cannot read the score history"), q.lastError().text());
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
        // "" not chosen yet, "today", or the day
        {QStringLiteral("as_of"), s.asOf.isValid() ? s.asOf.toString(Qt::ISODate)
                                  : s.asOfChosen   ? QStringLiteral("today")
                                                   : QString()},
        {QStringLiteral("own_fields"), ownFieldDefinitionsToJson(s.ownFields)},
        {QStringLiteral("not_duplicates"), notDuplicatesToJson(s.notDuplicates)},
        {QStringLiteral("contact_channels"),
         s.contactChannels.isEmpty()
             ? QString()
             : QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(s.contactChannels)).toJson(QJsonDocument::Compact))},
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
    const QString asOf = values.value(QStringLiteral("as_of"));
    s.asOf = QDate::fromString(asOf, Qt::ISODate);
    s.asOfChosen = !asOf.isEmpty();
    s.ownFields = ownFieldDefinitionsFromJson(values.value(QStringLiteral("own_fields")));
    s.notDuplicates = notDuplicatesFromJson(values.value(QStringLiteral("not_duplicates")));
    for (const QJsonValue &channel :
         QJsonDocument::fromJson(values.value(QStringLiteral("contact_channels")).toUtf8()).array()) {
        if (channel.isString() && !channel.toString().trimmed().isEmpty())
            s.contactChannels.append(channel.toString());
    }
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
    if (Status error = writeSettings(settingsToPairs(settings), tr("Cannot save the settings")))
        return error;
    return commitChange(transaction, StoreChange::Settings, {}, tr("Cannot save the settings"),
                        [this, &settings] { d->settings = settings; });
}

Status CustomerStore::writeSettings(const QList<std::pair<QString, QString>> &settings, const QString &failure)
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (const auto &[key, value] : settings) {
        q.bindValue(0, key);
        q.bindValue(1, plain(value));
        if (!q.exec())
            return sqlError(failure, q.lastError().text());
    }
    return std::nullopt;
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

Result<QHash<CustomerId, qint64>> CustomerStore::revisions(const QList<CustomerId> &ids) const
{
    QHash<CustomerId, qint64> result;
    result.reserve(ids.size());
    if (auto error = forIdChunks(d->db, QStringLiteral("SELECT id, revision FROM customers WHERE id IN (%1)"), ids,
                                 [&result](const auto &row) { result.insert(row.integer(0), row.integer(1)); }))
        return sqlError(tr("Cannot read customers"), *error);
    return result;
}

// The whole workspace at once, to copy it between stores (kindred-cli copy).

} // namespace Kindred
