// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storetypes.h"

#include <QUndoCommand>

namespace Kindred {

class CustomerStore;

/// Logs a contact; undo removes it, redo puts it back with the same id.
class AddContact : public QUndoCommand
{
public:
    AddContact(CustomerStore &store, const Contact &contact, const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    /// The contact as stored, with its id (0 before the first redo or on failure).
    const Contact &contact() const { return m_contact; }

private:
    CustomerStore &m_store;
    Contact m_contact;
};

} // namespace Kindred
