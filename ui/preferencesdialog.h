// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacesettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QUndoStack;

namespace Kindred {

class CustomerStore;

/// Kindred's preferences: the settings of the open workspace (kept in its
/// store, changed as one undo step), its own fields (OwnFieldsPage, each
/// change saved at once as its own step) and the interface language of
/// this user.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(CustomerStore &store, QUndoStack &undoStack, QWidget *parent = nullptr);

    /// The workspace settings as edited, with the own fields as the store
    /// holds them now. A value the user left alone keeps its exact stored
    /// value, even where a box shows it rounded or clamped.
    WorkspaceSettings settings() const;
    /// The interface language as chosen: "en", "ja", or empty for the system's.
    QString language() const;
    /// Why the settings cannot be saved as they are; empty when they can.
    QString problem() const;

    /// Saves: changed workspace settings through one ChangeSettings command,
    /// the language in the user's settings (used from the next start).
    void accept() override;

private:
    QWidget *createWorkspacePage();
    QWidget *createLanguagePage();
    void load(const WorkspaceSettings &settings);
    WorkspaceSettings edited() const;
    void validate();

    CustomerStore &m_store;
    QUndoStack &m_undoStack;
    WorkspaceSettings m_loaded;
    WorkspaceSettings m_shown; ///< m_loaded as the boxes show it
    QDoubleSpinBox *m_fitSplit;
    QDoubleSpinBox *m_awarenessSplit;
    QSpinBox *m_capacity;
    QSpinBox *m_dormantDays;
    QSpinBox *m_marketSize;
    QComboBox *m_currency;
    QDoubleSpinBox *m_classA;
    QDoubleSpinBox *m_classB;
    QComboBox *m_language;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Kindred
