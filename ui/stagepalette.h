// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stage.h"

#include <QColor>

namespace Kindred {

/// The one colour of each stage, wherever stages are drawn (the matrix's points
/// and legend, the funnel): a stage looks the same in every view.
QColor stageColor(Stage stage);

} // namespace Kindred
