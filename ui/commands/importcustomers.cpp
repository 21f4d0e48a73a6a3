// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcustomers.h"

#include <QCoreApplication>

namespace Kindred {

ImportCustomers::ImportCustomers(CustomerStore &store, const QString &fileName, const ImportUndo &undo,
                                 QUndoCommand *parent)
    : CustomerCommand(store, QCoreApplication::translate("Kindred::ImportCustomers", "Import “%1”").arg(fileName),
                      parent),
      m_ids(undo.created + undo.changed),
      m_other(undo.before)
{
}

void ImportCustomers::undoChanges()
{
    swap();
}

void ImportCustomers::redoChanges()
{
    if (std::exchange(m_imported, false))
        return;
    swap();
}

void ImportCustomers::swap()
{
    auto taken = m_store.replaceCustomers(m_ids, m_other);
    if (!taken) {
        qWarning("%s", qPrintable(taken.error().toString()));
        setObsolete(true);
        return;
    }
    m_other = taken.value();
}

} // namespace Kindred
