// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addcontact.h"

#include "store/customerstore.h"

namespace Kindred {

AddContact::AddContact(CustomerStore &store, const Contact &contact, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_store(store), m_contact(contact)
{
}

void AddContact::redo()
{
    // The first redo logs it; later ones put back the one undo took out.
    const Status error = m_contact.id == 0 ? m_store.addContact(m_contact) : m_store.restoreContact(m_contact);
    // A store that refuses the change makes the step obsolete, so the stack
    // never claims a state the store lacks.
    if (error) {
        qWarning("%s", qPrintable(error->toString()));
        setObsolete(true);
    }
}

void AddContact::undo()
{
    auto removed = m_store.removeContact(m_contact.id);
    if (!removed) {
        qWarning("%s", qPrintable(removed.error().toString()));
        setObsolete(true);
        return;
    }
    m_contact = removed.value();
}

} // namespace Kindred
