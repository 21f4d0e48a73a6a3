// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storetypes.h"

#include <QUndoCommand>

namespace Kindred {

class CustomerStore;

/// Removes a contact from the log; undo puts it back with its id.
class DeleteContact : public QUndoCommand
{
public:
    DeleteContact(CustomerStore &store, qint64 contactId, const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    CustomerStore &m_store;
    qint64 m_id;
    Contact m_removed;
};

} // namespace Kindred
