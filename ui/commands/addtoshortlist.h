// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeshortlist.h"

namespace Kindred {

/// "Add to shortlist" from the table or the matrix: pins the customers (a pin
/// always stays on the list) and takes back any exclusion of them.
class AddToShortlist : public ChangeShortlist
{
public:
    AddToShortlist(CustomerStore &store, const QList<CustomerId> &ids, QUndoCommand *parent = nullptr);
};

} // namespace Kindred
