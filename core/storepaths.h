// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Kindred::StorePaths {

/// The demo store in the application data folder.
QString demoStore();
/// The store the GUI opens and the CLI uses when none is given: the most
/// recently opened one, else the demo store.
QString defaultStore();
/// Recently opened stores, newest first.
QStringList recentStores();
/// Records a store as the most recently opened.
void addRecentStore(const QString &path);

} // namespace Kindred::StorePaths
