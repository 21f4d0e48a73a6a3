// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writing many rows at once, on SQLite's own API and on PostgreSQL: an
// import, and a whole workspace read and written by kindred-cli copy.
#include "storeprivate.h"

#include "workspacecontent.h"

#include <QScopeGuard>
#include <QStringEncoder>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <future>
#include <list>
#include <vector>

namespace Kindred {

using namespace StoreDetail;

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
// figures are known without reading the orders back. Set in the batch's own
// customers: a copy of a hundred thousand was tens of megabytes to fault in.
QList<Customer> &newCustomersWithFigures(ImportBatch &batch)
{
    QList<Customer> &added = batch.newCustomers;
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
// end. Made on another thread while the customers are written. The orders
// are encoded as they lie in memory, then the rows sorted: gathering the
// orders (and their ids' text) in sorted order was a cache miss or two each.
struct NewOrderRows
{
    struct Row
    {
        CustomerId customer;
        qint64 day;
        qsizetype text; // where the order id, then the content key, start in `text`
        double amount;
        int idSize;
        int keySize;
        IsoDate date;
    };
    std::vector<Row> rows;
    QByteArray text; // UTF-8

    NewOrderRows(const ImportBatch &batch, CustomerId firstNewId)
    {
        qsizetype count = 0;
        qsizetype characters = 0;
        for (const ImportOrder &order : batch.orders) {
            if (order.newCustomer >= 0) {
                ++count;
                characters += order.externalOrderId.size() + order.contentKey.size();
            }
        }
        rows.reserve(size_t(count));
        text.resize(characters * 3);
        QStringEncoder encoder(QStringEncoder::Utf8);
        char *const begin = text.data();
        char *out = begin;
        for (const ImportOrder &order : batch.orders) {
            if (order.newCustomer < 0)
                continue;
            char *id = out;
            out = writeUtf8(out, order.externalOrderId, encoder);
            char *contentKey = out;
            out = writeUtf8(out, order.contentKey, encoder);
            rows.push_back({firstNewId + order.newCustomer, order.date.toJulianDay(), id - begin, order.amount,
                            int(contentKey - id), int(out - contentKey), IsoDate(order.date)});
        }
        text.truncate(out - begin);
        // Orders of a customer on the same day keep the batch's order: their text comes later in it.
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return std::tie(a.customer, a.day, a.text) < std::tie(b.customer, b.day, b.text);
        });
    }
};

// A large import into a store that no other connection has open goes
// through a rollback journal instead of the write-ahead log, as SQLite's
// documentation advises for large transactions: the pages it adds are
// written once, not into the log and again into the file at the checkpoint
// (13% of a 1,000,000-line import). SQLite refuses the switch while another
// connection, in any process, has the store open (a window, an undo's
// snapshot, another program): those keep the log and their snapshots. A
// reader that opens the store during the write reads it as it was, or, once
// the import writes into the file, waits for its commit (up to its busy
// timeout). The commit in turn waits for readers to finish, for a minute
// rather than 5 s: a read is easily run again, a large import less so. The
// journal is synced as synchronous FULL does: with NORMAL, a power cut during
// the commit could damage the file on some file systems.
class RollbackJournal
{
public:
    static constexpr qsizetype kRows = 100'000;

    RollbackJournal(const QSqlDatabase &db, qsizetype rows) : m_query(db)
    {
        if (rows < kRows)
            return;
        m_active = m_query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && m_query.next()
            && m_query.value(0).toString() == QLatin1String("delete");
        m_query.finish();
        if (!m_active)
            return;
        m_query.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        if (m_query.exec(QStringLiteral("PRAGMA busy_timeout")) && m_query.next())
            m_busyTimeout = m_query.value(0).toString();
        m_query.finish();
        m_query.exec(QStringLiteral("PRAGMA busy_timeout = 60000"));
    }
    // After the commit or the rollback. When a reader came meanwhile the
    // switch back fails; the next program that opens the store for writing
    // makes it (CustomerStore::openImpl).
    ~RollbackJournal()
    {
        if (!m_active)
            return;
        m_query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeout));
        m_query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        m_query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        m_query.finish();
    }
    RollbackJournal(const RollbackJournal &) = delete;
    RollbackJournal &operator=(const RollbackJournal &) = delete;

private:
    QSqlQuery m_query;
    bool m_active = false;
    QString m_busyTimeout = QString::number(busyTimeoutMs);
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

    // Every order's customer is one the import writes or checks itself
    // (checkCustomersExist), so SQLite need not look it up for each order
    // (0.12 s of 500,000). A 32 MB cache is enough: the new rows go in at the
    // indexes' ends, and the pages a new store's import fills are not read
    // again (128 MB took 56 MB more memory for 1,000,000 lines, no less time).
    const LargeWritePragmas pragmas(d->db, LargeWritePragmas::ForeignKeys::Off, 32 * 1024);
    const RollbackJournal journal(d->db,
                                  batch.newCustomers.size() + batch.changedCustomers.size() + batch.orders.size());

    StoreTransaction transaction(d->db);
    if (!transaction.active())
        return notBegun(transaction);

    QList<Customer> &added = newCustomersWithFigures(batch);
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
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (qsizetype i = 0; i < added.size(); ++i) {
            Customer &c = added[i];
            c.id = lastId + 1 + i;
            c.created = c.updated = now;
            c.updatedBy = d->userName;
        }
        if (Status error = insertCustomersSqlite(added, wrote))
            return *error;
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
Status CustomerStore::insertCustomersSqlite(const QList<Customer> &customers,
                                            const std::function<Status(qint64)> &wrote)
{
    const QByteArray head = QStringLiteral("INSERT INTO customers (%1)").arg(customerColumns).toLatin1();
    constexpr int kColumns = 26;
    MultiRowInsert insert(sqliteHandle(d->db), head.constData(), kColumns, customers.size());
    if (!insert.isValid())
        return sqlError(tr("Cannot add customers"), insert.errorText());
    auto bindDate = [](SqliteStatement &statement, int p, const QDate &date) {
        if (date.isValid())
            statement.bindLatin1(p, IsoDate(date).text, 10);
        else
            statement.bindNull(p);
    };
    // An import's customers share one time: written as text once, not
    // 200,000 times (0.1 s of 100,000 customers).
    QDateTime lastTime;
    QString lastText;
    auto timeText = [&](const QDateTime &time) -> const QString & {
        if (lastText.isNull() || time != lastTime) {
            lastTime = time;
            lastText = timestamp(time);
        }
        return lastText;
    };
    for (qsizetype i = 0; i < customers.size();) {
        const int rows = insert.rows(i, customers.size());
        SqliteStatement &statement = insert.statement(rows);
        for (int r = 0; r < rows; ++r, ++i) {
            const Customer &c = customers.at(i);
            // In the order of customerColumns.
            const int p = insert.firstParameter(r);
            statement.bind(p, c.id);
            statement.bindText(p + 1, c.externalId, true);
            statement.bindText(p + 2, c.name);
            statement.bindText(p + 3, c.email);
            statement.bindText(p + 4, c.company);
            statement.bindText(p + 5, joinTags(c.tags));
            statement.bindText(p + 6, c.notes);
            statement.bindText(p + 7, c.nextAction);
            bindDate(statement, p + 8, c.nextActionDue);
            statement.bind(p + 9, c.valueFit);
            statement.bind(p + 10, c.valueAwareness);
            statement.bindText(p + 11, c.handSetStage ? stageKey(*c.handSetStage) : QString(), true);
            statement.bind(p + 12, qint64(c.pinned));
            statement.bindText(p + 13, timeText(c.created));
            statement.bindText(p + 14, timeText(c.updated));
            statement.bind(p + 15, c.revenue);
            statement.bind(p + 16, qint64(c.orderCount));
            bindDate(statement, p + 17, c.firstOrder);
            bindDate(statement, p + 18, c.lastOrder);
            statement.bindText(p + 19, c.updatedBy);
            statement.bind(p + 20, c.revision);
            statement.bindText(p + 21, c.phone);
            statement.bindText(p + 22, c.reading);
            statement.bindText(p + 23, c.postalCode);
            statement.bindText(p + 24, c.address);
            statement.bindText(p + 25, ownFieldValuesToJson(c.ownFields));
        }
        if (!statement.run())
            return sqlError(tr("Cannot add customers"), statement.errorText());
        if (wrote) {
            if (Status error = wrote(rows))
                return error;
        }
    }
    return std::nullopt;
}

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
    if (Status error = commitChange(transaction, StoreChange::CustomersReset, {}, tr("Cannot save the import")))
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
// copy into a SQLite store. PostgreSQL takes arrays instead (ArrayStatement).
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

// The same import as importBatch() through statements PostgreSQL runs many
// rows at a time; new customers take their ids from the identity sequence,
// so that two clients importing at once never take the same.
Result<ImportWriteCounts> CustomerStore::importBatchPostgres(ImportBatch &batch, const WriteControl &control)
{
    WriteProgress progress(control, batch, locationText());
    StoreTransaction transaction(d->db);
    if (!transaction.active())
        return notBegun(transaction);

    QList<Customer> &added = newCustomersWithFigures(batch);
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
    ArrayStatement insertCustomers(d->db,
                                QStringLiteral("INSERT INTO customers (id, external_id, name, email, company, tags, "
                                               "notes, value_fit, value_awareness, hand_stage, created_at, updated_at, "
                                               "updated_by, revenue, order_count, first_order, last_order, phone, "
                                               "reading, postal_code, address, own_fields)"),
                                {integer, text, text, text, text, text, text, real, real, text, text, text, text, real,
                                 integer, text, text, text, text, text, text, text});
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
                             nullable(c.lastOrder), plain(c.phone), plain(c.reading), plain(c.postalCode),
                             plain(c.address), plain(ownFieldValuesToJson(c.ownFields))});
        if (insertCustomers.rows() == ArrayStatement::kRows) {
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
    ArrayStatement byId(d->db, QStringLiteral("INSERT INTO orders (customer_id, external_order_id, order_date, amount)"),
                     orderTypes,
                     QStringLiteral(" ON CONFLICT (customer_id, external_order_id) "
                                    "WHERE external_order_id IS NOT NULL DO UPDATE SET "
                                    "order_date = excluded.order_date, amount = excluded.amount "
                                    "WHERE orders.order_date IS DISTINCT FROM excluded.order_date "
                                    "OR orders.amount IS DISTINCT FROM excluded.amount")
                         + returning);
    ArrayStatement byContent(d->db, QStringLiteral("INSERT INTO orders (customer_id, content_key, order_date, amount)"),
                          orderTypes,
                          QStringLiteral(" ON CONFLICT (customer_id, content_key) WHERE content_key IS NOT NULL "
                                         "DO NOTHING")
                              + returning);
    auto flushOrders = [&](ArrayStatement &statement) -> Status {
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
    ArrayStatement byNewCustomer(d->db,
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
            if (byNewCustomer.rows() == ArrayStatement::kRows) {
                if (Status error = flushNewCustomers())
                    return *error;
            }
            continue;
        }
        const bool withId = !order.externalOrderId.isEmpty();
        ArrayStatement &statement = withId ? byId : byContent;
        statement.add({customer, withId ? order.externalOrderId : order.contentKey, date, order.amount});
        if (statement.rows() == ArrayStatement::kRows) {
            if (Status error = flushOrders(statement))
                return *error;
        }
    }
    for (ArrayStatement *statement : {&byId, &byContent}) {
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

Result<bool> CustomerStore::isEmpty() const
{
    QSqlQuery q(d->db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM customers) OR EXISTS (SELECT 1 FROM orders) "
                               "OR EXISTS (SELECT 1 FROM score_history) OR EXISTS (SELECT 1 FROM shortlist) "
                               "OR EXISTS (SELECT 1 FROM settings) OR EXISTS (SELECT 1 FROM contacts)"))
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
        error = read(QStringLiteral("SELECT %1 FROM contacts ORDER BY id").arg(contactColumns),
                     [&] { content.contacts.append(contactFrom(QueryRow{q})); });
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
    std::list<ArrayStatement> postgresStatements;
    StoreTransaction transaction(d->db);
    if (!transaction.active())
        return notBegun(transaction);
    const auto empty = isEmpty();
    if (!empty)
        return empty.error();
    if (!empty.value())
        return Error{tr("The store is not empty: a workspace is only copied into a new or empty store."), locationText()};

    // Many rows per statement, as an import: on PostgreSQL one array per
    // column (see ArrayStatement), on SQLite a VALUES list.
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
        ArrayStatement &statement = postgresStatements.emplace_back(d->db, head, types);
        for (qsizetype i = 0; i < count; ++i) {
            statement.add(values(i));
            if ((statement.rows() == ArrayStatement::kRows || i == count - 1) && !statement.run())
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
         text, text, text, integer, text, text, text, text, text},
        content.customers.size(),
        [&](qsizetype i) {
            const Customer &c = content.customers.at(i);
            return QVariantList{c.id, nullable(c.externalId), plain(c.name), plain(c.email), plain(c.company),
                                plain(joinTags(c.tags)), plain(c.notes), plain(c.nextAction),
                                nullable(c.nextActionDue), nullable(c.valueFit), nullable(c.valueAwareness),
                                c.handSetStage ? QVariant(stageKey(*c.handSetStage)) : noStage, int(c.pinned),
                                timestamp(c.created), timestamp(c.updated), c.revenue, c.orderCount,
                                nullable(c.firstOrder), nullable(c.lastOrder), plain(c.updatedBy), c.revision,
                                plain(c.phone), plain(c.reading), plain(c.postalCode), plain(c.address),
                                plain(ownFieldValuesToJson(c.ownFields))};
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
    if (!error) {
        error = write(
            QStringLiteral("INSERT INTO contacts (%1)").arg(contactColumns), {integer, integer, text, text, text, text},
            content.contacts.size(),
            [&](qsizetype i) {
                const Contact &c = content.contacts.at(i);
                return QVariantList{c.id, c.customerId, timestamp(c.contactedAt), plain(c.channel), plain(c.note),
                                    plain(c.madeBy)};
            },
            tr("Cannot copy the contact log"));
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
