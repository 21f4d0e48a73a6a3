// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customeranalysis.h"
#include "money.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QTimer;
class QVBoxLayout;

namespace Kindred {

class RuleConditionRow;

/// Edits the excellent-customer rule: rows of conditions, "all" or "any",
/// presets to start from, and a live count and preview of the customers who
/// match. The host saves rule() into the settings when accepted.
class RuleEditorDialog : public QDialog
{
    Q_OBJECT

public:
    /// The analysis must be of the same customers, in the same order; its
    /// rule is the one the dialog starts with.
    RuleEditorDialog(const QList<Customer> &customers, const CustomerAnalysis &analysis, QWidget *parent = nullptr);
    ~RuleEditorDialog() override;

    /// How the preview writes revenue; the locale's currency by default.
    void setMoney(const Money &money);

    ExcellenceRule rule() const;
    void setRule(const ExcellenceRule &rule);
    /// How many customers the rule as edited matches (after updatePreview()).
    int matchCount() const { return m_matchCount; }
    /// Recounts now instead of after the short pause that merges quick edits.
    void updatePreview();

private:
    void addRow(const RuleCondition &condition);
    void removeRow(RuleConditionRow *row);
    void schedulePreview();

    QList<Customer> m_customers;
    CustomerAnalysis m_analysis;
    QComboBox *m_presets;
    QComboBox *m_combinator;
    QVBoxLayout *m_rowsLayout;
    QList<RuleConditionRow *> m_rows;
    QLabel *m_count;
    QListWidget *m_preview;
    QTimer *m_previewTimer;
    int m_matchCount = 0;
    Money m_money;
};

} // namespace Kindred
