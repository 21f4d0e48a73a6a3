// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagepalette.h"

namespace Kindred {

QColor stageColor(Stage stage)
{
    switch (stage) {
    case Stage::Prospect: return QColor(120, 144, 156);
    case Stage::FirstTime: return QColor(66, 165, 245);
    case Stage::Regular: return QColor(67, 160, 71);
    case Stage::Core: return QColor(230, 126, 34);
    case Stage::Dormant: return QColor(171, 145, 130);
    }
    return {};
}

} // namespace Kindred
