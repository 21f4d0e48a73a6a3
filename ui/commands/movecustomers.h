// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editcustomers.h"

namespace Kindred {

/// Moves customers on the value matrix (a drag, a drop from the unplaced list,
/// a nudge with the arrow keys, clearing a placement). Successive nudges of
/// the same customers merge into one undo step, like holding an arrow key.
class MoveCustomers : public EditCustomers
{
public:
    enum class Kind { Drag, Nudge, Place, Unplace };

    MoveCustomers(CustomerStore &store, QList<Customer> before, QList<Customer> after, Kind kind);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    static QString describe(Kind kind, qsizetype count);

private:
    Kind m_kind;
};

} // namespace Kindred
