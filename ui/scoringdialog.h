// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoresuggestions.h"
#include "surveyscoring.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QUndoStack;

namespace Kindred {

class CustomerStore;

/// Scores customers from a survey export: the marketer assigns each question
/// to value fit or value awareness with a weight, a direction and a scale, and
/// sees the resulting distribution and how many customers would change
/// quadrant before applying. Applying is one undo step (ApplySuggestions).
class ScoringDialog : public QDialog
{
    Q_OBJECT

public:
    ScoringDialog(CustomerStore &store, QUndoStack &undoStack, QWidget *parent = nullptr);

    /// Reads the survey's questions; a question named in the current scoring keeps its settings.
    void setSurveyFile(const QString &path);
    void setScoring(const SurveyScoring &scoring);
    /// The scoring as edited: only the questions assigned to an axis.
    SurveyScoring scoring() const;
    /// What applying would do, as last computed; empty when the survey could not be scored.
    const SuggestionPlan &plan() const { return m_plan; }
    /// Recomputes the plan from the file and the table (normally done on every edit).
    void updatePreview();
    /// Pushes the plan onto the undo stack and closes the dialog.
    void applyPlan();

private:
    void chooseFile();
    /// Fills the table with the survey's questions, set as m_scoring says.
    void showQuestions();
    void loadScoring();
    void saveScoring();

    CustomerStore &m_store;
    QUndoStack &m_undoStack;
    QString m_path;
    SurveyScoring m_scoring;
    SuggestionPlan m_plan;
    QLineEdit *m_file;
    QTableWidget *m_questions;
    QSpinBox *m_minAnswers;
    QCheckBox *m_overwriteManual;
    QLabel *m_summary;
    QTableWidget *m_distribution;
    QPushButton *m_apply;
    bool m_filling = false;
};

} // namespace Kindred
