// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storetypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Kindred {

/// One row of the score history with its own id, which a copy keeps.
struct HistoryEntry
{
    qint64 id = 0;
    ScoreChange change;
};

/// Everything one workspace holds, table by table: what
/// CustomerStore::content() reads and CustomerStore::writeContent() writes,
/// so that a workspace can be copied between stores (a SQLite file, a
/// PostgreSQL database) with all its ids and checked afterwards.
struct WorkspaceContent
{
    QList<Customer> customers;     ///< with their derived figures, revision and who saved them
    QList<Order> orders;
    QList<HistoryEntry> history;   ///< the score history
    QList<ShortlistMark> shortlist;
    QList<Contact> contacts;       ///< the contact log, with its ids
    /// The rows of the settings table as stored (key, value), including keys
    /// this version does not know.
    QList<std::pair<QString, QString>> settings;
};

/// The number of rows and the checksum of one table of a WorkspaceContent.
struct TableChecksum
{
    QString table; ///< customers, orders, score_history, shortlist, settings, contacts
    qint64 rows = 0;
    QByteArray checksum; ///< SHA-256, hex
};

/// Per table, its row count and the SHA-256 of a canonical serialisation of
/// its rows: rows ordered by id (shortlist by customer id, settings by key,
/// whatever order the lists are in), every column written in a fixed order,
/// text as UTF-8 prefixed by its length, doubles in the shortest form that
/// reads back to the same double, dates and times in ISO form (UTC), absent
/// values as "null"; the contacts table only when the log holds any. It
/// depends only on the content, never on the engine that held it, so the
/// checksums of a workspace and of its copy agree exactly when the copy is
/// faithful.
QList<TableChecksum> tableChecksums(const WorkspaceContent &content);

/// The SHA-256 (hex) of the canonical serialisation of all tables, in the
/// order tableChecksums() lists them.
QByteArray checksum(const WorkspaceContent &content);

} // namespace Kindred
