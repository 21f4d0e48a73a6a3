// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// The schema of a Kindred store, shared by both engines.
namespace Kindred::Schema {

/// SQLite's application_id that marks a file as a Kindred store ("KNDR").
constexpr quint32 applicationId = 0x4B4E4452;

/// Each entry brings the schema from version (index) to version (index + 1);
/// the store's version is their number. Never change a released migration:
/// add a new one.
const QList<QStringList> &migrations();

/// A statement of migrations() as PostgreSQL takes it.
QString forPostgres(QString ddl);

} // namespace Kindred::Schema
