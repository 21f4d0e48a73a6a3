// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applysuggestions.h"

#include <QCoreApplication>

namespace Kindred {

ApplySuggestions::ApplySuggestions(CustomerStore &store, const SuggestionPlan &plan, const QString &source,
                                   QUndoCommand *parent)
    : EditCustomers(store, plan.before, plan.updates,
                    QCoreApplication::translate("Kindred::ApplySuggestions", "Apply %n suggested score(s) from %1",
                                                nullptr, int(plan.updates.size()))
                        .arg(source),
                    parent),
      m_source(source)
{
}

void ApplySuggestions::undoChanges()
{
    apply(m_before, QStringLiteral("undo: ") + m_source);
}

void ApplySuggestions::redoChanges()
{
    apply(m_after, m_source);
}

} // namespace Kindred
