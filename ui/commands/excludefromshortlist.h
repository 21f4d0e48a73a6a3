// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeshortlist.h"

namespace Kindred {

/// Takes customers off the shortlist for good (unpinning them, since a pin
/// would keep them on), or lets excluded customers back.
class ExcludeFromShortlist : public ChangeShortlist
{
public:
    ExcludeFromShortlist(CustomerStore &store, const QList<CustomerId> &ids, bool excluded,
                         QUndoCommand *parent = nullptr);
};

} // namespace Kindred
