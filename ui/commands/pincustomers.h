// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeshortlist.h"

namespace Kindred {

/// Pins customers to the shortlist, or unpins them (they then stay only if
/// their value score earns them a place).
class PinCustomers : public ChangeShortlist
{
public:
    PinCustomers(CustomerStore &store, const QList<CustomerId> &ids, bool pinned, QUndoCommand *parent = nullptr);
};

} // namespace Kindred
