// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacesettings.h"

#include <QUndoCommand>

namespace Kindred {

class CustomerStore;

/// Changes the workspace settings (the excellent-customer rule, the split,
/// the capacity...) as one undo step. The settings before are the store's
/// when the command is made.
class ChangeSettings : public QUndoCommand
{
public:
    ChangeSettings(CustomerStore &store, const WorkspaceSettings &after, const QString &text,
                   QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void apply(const WorkspaceSettings &settings);

    CustomerStore &m_store;
    WorkspaceSettings m_before;
    WorkspaceSettings m_after;
};

} // namespace Kindred
