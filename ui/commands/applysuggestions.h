// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editcustomers.h"
#include "scoresuggestions.h"

namespace Kindred {

/// Applies suggested scores (a survey, the behaviour rule) to many customers
/// as one undo step. The score history records the suggestions' source; an
/// undo is recorded as "undo: <source>", not as a change by hand, so that it
/// does not make the restored scores look hand-set.
class ApplySuggestions : public EditCustomers
{
public:
    ApplySuggestions(CustomerStore &store, const SuggestionPlan &plan, const QString &source,
                     QUndoCommand *parent = nullptr);

    QString source() const { return m_source; }

protected:
    void undoChanges() override;
    void redoChanges() override;

private:
    QString m_source;
};

} // namespace Kindred
