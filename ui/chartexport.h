// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace Kindred {

/// Asks where to export a chart, as PNG or PDF; empty when cancelled. The
/// suffix follows the chosen type when the name has none.
QString askChartExportPath(QWidget *parent, const QString &suggestedName);

} // namespace Kindred
