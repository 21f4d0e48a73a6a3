// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deletecontact.h"

#include "store/customerstore.h"

namespace Kindred {

DeleteContact::DeleteContact(CustomerStore &store, qint64 contactId, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_store(store), m_id(contactId)
{
}

void DeleteContact::redo()
{
    // What the store removed is put back by undo, as it was then.
    auto removed = m_store.removeContact(m_id);
    if (!removed) {
        qWarning("%s", qPrintable(removed.error().toString()));
        setObsolete(true);
        return;
    }
    m_removed = removed.value();
}

void DeleteContact::undo()
{
    if (Status error = m_store.restoreContact(m_removed)) {
        qWarning("%s", qPrintable(error->toString()));
        setObsolete(true);
    }
}

} // namespace Kindred
