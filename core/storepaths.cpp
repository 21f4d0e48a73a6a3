// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storepaths.h"

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

void addRecentStore(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentStores();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecent)
        recent.removeLast();
    QSettings().setValue(recentKey, recent);
}

} // namespace Kindred::StorePaths
