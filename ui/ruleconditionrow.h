// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "excellencerule.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLineEdit;

namespace Kindred {

/// One condition of the rule editor: field, operator and value, the value
/// editor following the field (a number, check boxes for stages, quadrants
/// and ABC classes, or comma-separated tags).
class RuleConditionRow : public QWidget
{
    Q_OBJECT

public:
    explicit RuleConditionRow(QWidget *parent = nullptr);

    RuleCondition condition() const;
    void setCondition(const RuleCondition &condition);

signals:
    void changed();
    void removeRequested();

private:
    RuleField field() const;
    void rebuildForField(); ///< operators and value editor of the current field

    QComboBox *m_field;
    QComboBox *m_op;
    QDoubleSpinBox *m_number;
    QLineEdit *m_tags;
    QWidget *m_choices;
    QHBoxLayout *m_choicesLayout;
    QList<QCheckBox *> m_checks; ///< each with its value key as "key" property
};

} // namespace Kindred
