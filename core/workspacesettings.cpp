// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacesettings.h"

namespace Kindred {

bool WorkspaceSettings::operator==(const WorkspaceSettings &other) const
{
    return marketSize == other.marketSize
        && quadrantSplit.valueFit == other.quadrantSplit.valueFit
        && quadrantSplit.valueAwareness == other.quadrantSplit.valueAwareness
        && dormantDays == other.dormantDays && oneToOneCapacity == other.oneToOneCapacity
        && excellenceRule == other.excellenceRule && abcClassA == other.abcClassA
        && abcClassB == other.abcClassB && currency == other.currency && asOf == other.asOf
        && asOfChosen == other.asOfChosen && ownFields == other.ownFields;
}

} // namespace Kindred
