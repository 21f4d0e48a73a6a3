// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storetypes.h"

#include <QUndoCommand>

namespace Kindred {

class CustomerStore;

/// Changes a logged contact's time, channel and note.
class EditContact : public QUndoCommand
{
public:
    /// before and after are the same contact (the same id).
    EditContact(CustomerStore &store, const Contact &before, const Contact &after, const QString &text,
                QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void apply(const Contact &contact);

    CustomerStore &m_store;
    Contact m_before;
    Contact m_after;
};

} // namespace Kindred
