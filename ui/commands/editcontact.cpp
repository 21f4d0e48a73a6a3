// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editcontact.h"

#include "store/customerstore.h"

namespace Kindred {

EditContact::EditContact(CustomerStore &store, const Contact &before, const Contact &after, const QString &text,
                         QUndoCommand *parent)
    : QUndoCommand(text, parent), m_store(store), m_before(before), m_after(after)
{
}

void EditContact::undo()
{
    apply(m_before);
}

void EditContact::redo()
{
    apply(m_after);
}

void EditContact::apply(const Contact &contact)
{
    // A store that refuses the change (a colleague removed the contact) makes
    // the step obsolete, so the stack never claims a state the store lacks.
    if (Status error = m_store.updateContact(contact)) {
        qWarning("%s", qPrintable(error->toString()));
        setObsolete(true);
    }
}

} // namespace Kindred
