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
/// Recently opened stores (file paths and team store URLs), newest first.
QStringList recentStores();
/// Records a store (a file or a postgresql:// URL) as the most recently
/// opened; a URL is recorded without its password.
void addRecentStore(const QString &location);

} // namespace Kindred::StorePaths
