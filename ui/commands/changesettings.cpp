// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changesettings.h"

#include "store/customerstore.h"

namespace Kindred {

ChangeSettings::ChangeSettings(CustomerStore &store, const WorkspaceSettings &after, const QString &text,
                               QUndoCommand *parent)
    : QUndoCommand(text, parent), m_store(store), m_before(store.settings()), m_after(after)
{
}

void ChangeSettings::undo()
{
    apply(m_before);
}

void ChangeSettings::redo()
{
    apply(m_after);
}

void ChangeSettings::apply(const WorkspaceSettings &settings)
{
    // A store that refuses the change makes the step obsolete, so the stack
    // never claims a state the store lacks.
    if (Status error = m_store.setSettings(settings)) {
        qWarning("%s", qPrintable(error->toString()));
        setObsolete(true);
    }
}

} // namespace Kindred
