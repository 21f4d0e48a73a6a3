// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeshortlist.h"

namespace Kindred {

/// Puts the shortlist in the order the user dragged it into.
class ReorderShortlist : public ChangeShortlist
{
public:
    ReorderShortlist(CustomerStore &store, const QList<CustomerId> &order, QUndoCommand *parent = nullptr);
};

} // namespace Kindred
