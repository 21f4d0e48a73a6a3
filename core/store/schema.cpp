// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include <QRegularExpression>

namespace Kindred::Schema {

const QList<QStringList> &migrations()
{
    static const QList<QStringList> all = {
        // 1: customers, orders, settings
        {
            QStringLiteral(R"(CREATE TABLE customers (
                id INTEGER PRIMARY KEY,
                external_id TEXT UNIQUE,
                name TEXT NOT NULL DEFAULT '',
                email TEXT NOT NULL DEFAULT '',
                company TEXT NOT NULL DEFAULT '',
                tags TEXT NOT NULL DEFAULT '',
                notes TEXT NOT NULL DEFAULT '',
                next_action TEXT NOT NULL DEFAULT '',
                next_action_due TEXT,
                value_fit REAL CHECK (value_fit BETWEEN 0 AND 100),
                value_awareness REAL CHECK (value_awareness BETWEEN 0 AND 100),
                hand_stage TEXT,
                pinned INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                revenue REAL NOT NULL DEFAULT 0,
                order_count INTEGER NOT NULL DEFAULT 0,
                first_order TEXT,
                last_order TEXT))"),
            QStringLiteral("CREATE INDEX customers_email ON customers (email COLLATE NOCASE)"),
            QStringLiteral(R"(CREATE TABLE orders (
                id INTEGER PRIMARY KEY,
                customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
                external_order_id TEXT,
                order_date TEXT NOT NULL,
                amount REAL NOT NULL))"),
            QStringLiteral("CREATE INDEX orders_customer ON orders (customer_id, order_date, amount)"),
            QStringLiteral("CREATE UNIQUE INDEX orders_external ON orders (customer_id, external_order_id) "
                           "WHERE external_order_id IS NOT NULL"),
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
        },
        // 2: history of value-matrix placements
        {
            QStringLiteral(R"(CREATE TABLE score_history (
                id INTEGER PRIMARY KEY,
                customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
                old_fit REAL, old_awareness REAL, new_fit REAL, new_awareness REAL,
                changed_at TEXT NOT NULL,
                source TEXT NOT NULL DEFAULT 'hand'))"),
            QStringLiteral("CREATE INDEX score_history_customer ON score_history (customer_id, changed_at)"),
            QStringLiteral("CREATE INDEX score_history_time ON score_history (changed_at)"),
        },
        // 3: the user's hand-made changes to the one-to-one shortlist
        {
            QStringLiteral(R"(CREATE TABLE shortlist (
                customer_id INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
                position INTEGER,
                excluded INTEGER NOT NULL DEFAULT 0))"),
        },
        // 4: imported order lines without an order id are known again by their content
        {
            QStringLiteral("ALTER TABLE orders ADD COLUMN content_key TEXT"),
            QStringLiteral("CREATE UNIQUE INDEX orders_content ON orders (customer_id, content_key) "
                           "WHERE content_key IS NOT NULL"),
        },
        // 5: who changed what, and a revision per customer so that an undo can
        // tell whether someone saved the customer since
        {
            QStringLiteral("ALTER TABLE customers ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE customers ADD COLUMN revision INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE score_history ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''"),
        },
        // 6: contact details and the reading of the name
        {
            QStringLiteral("ALTER TABLE customers ADD COLUMN phone TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE customers ADD COLUMN reading TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE customers ADD COLUMN postal_code TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE customers ADD COLUMN address TEXT NOT NULL DEFAULT ''"),
        },
        // 7: the user's own fields (see ownfields.h), a JSON object per customer;
        // their names and types are a setting
        {
            QStringLiteral("ALTER TABLE customers ADD COLUMN own_fields TEXT NOT NULL DEFAULT ''"),
        },
        // 8: the contact log of the one-to-one work
        {
            QStringLiteral(R"(CREATE TABLE contacts (
                id INTEGER PRIMARY KEY,
                customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
                contacted_at TEXT NOT NULL,
                channel TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                made_by TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX contacts_customer ON contacts (customer_id, contacted_at)"),
            QStringLiteral("CREATE INDEX contacts_time ON contacts (contacted_at)"),
        },
    };
    return all;
}

// PostgreSQL runs the same migrations with its own names for a few types:
// REAL is a 4-byte float there, and a row id is an identity column.
QString forPostgres(QString ddl)
{
    static const QRegularExpression rowId(QStringLiteral("\\bid INTEGER PRIMARY KEY\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    ddl.replace(rowId, QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    ddl.replace(integer, QStringLiteral("BIGINT"));
    ddl.replace(real, QStringLiteral("DOUBLE PRECISION"));
    ddl.replace(QStringLiteral("(email COLLATE NOCASE)"), QStringLiteral("(lower(email))"));
    return ddl;
}

} // namespace Kindred::Schema
