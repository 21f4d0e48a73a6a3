// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customercommand.h"

namespace Kindred {

/// An own field renamed, deleted or re-typed in every customer (see
/// OwnFieldEdit) as one undo step. The change is made before the step is
/// pushed, so that a refusal can be shown where it was asked for: the first
/// redo changes nothing. Undo puts back the definitions and each changed
/// customer's values exactly, values kept as written included.
class ChangeOwnField : public CustomerCommand
{
public:
    /// before: what CustomerStore::changeOwnField() returned for edit.
    ChangeOwnField(CustomerStore &store, const OwnFieldEdit &edit, OwnFieldsBefore before,
                   QUndoCommand *parent = nullptr);

    QList<CustomerId> customers() const override;

protected:
    void undoChanges() override;
    void redoChanges() override;

private:
    OwnFieldEdit m_edit;
    OwnFieldsBefore m_before;
    bool m_done = true;
};

} // namespace Kindred
