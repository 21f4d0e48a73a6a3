// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Kindred {

/// Ids of undo commands that merge with the next of their kind (QUndoCommand::id()).
enum CommandId {
    EditCustomerFieldId = 1,
    MoveCustomersId,
};

} // namespace Kindred
