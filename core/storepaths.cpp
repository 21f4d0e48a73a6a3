// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storepaths.h"

#include "storelocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Kindred::StorePaths {

namespace {
const QString recentKey = QStringLiteral("stores/recent");
constexpr int maxRecent = 8;
} // namespace

QString demoStore()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo.kindred"));
}

QString defaultStore()
{
    const QStringList recent = recentStores();
    return recent.isEmpty() ? demoStore() : recent.constFirst();
}

QStringList recentStores()
{
    return QSettings().value(recentKey).toStringList();
}

void addRecentStore(const QString &location)
{
    // A team store is listed by its URL, without any password.
    const auto parsed = StoreLocation::parse(location);
    const QString entry = parsed && parsed.value().isPostgres() ? parsed.value().toString()
                                                                : QFileInfo(location).absoluteFilePath();
    QStringList recent = recentStores();
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > maxRecent)
        recent.removeLast();
    QSettings().setValue(recentKey, recent);
}

} // namespace Kindred::StorePaths
