// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergecustomers.h"

#include <QCoreApplication>

namespace Kindred {

MergeCustomers::MergeCustomers(CustomerStore &store, Customer merged, const Customer &other, QUndoCommand *parent)
    : CustomerCommand(store,
                      QCoreApplication::translate("Kindred::MergeCustomers", "Merge \"%1\" into \"%2\"")
                          .arg(other.name, merged.name),
                      parent),
      m_merged(std::move(merged)), m_other(other.id)
{
}

void MergeCustomers::redoChanges()
{
    auto merged = m_store.mergeCustomers(m_merged, m_other);
    if (!merged) {
        qWarning("%s", qPrintable(merged.error().toString()));
        setObsolete(true);
        return;
    }
    m_undo = merged.value();
}

void MergeCustomers::undoChanges()
{
    if (Status error = m_store.unmergeCustomers(m_undo)) {
        qWarning("%s", qPrintable(error->toString()));
        setObsolete(true);
    }
}

} // namespace Kindred
