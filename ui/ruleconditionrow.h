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
/// and ABC classes, comma-separated tags or values, days for a date, none
/// for yes/no). The own fields follow the built-in ones; a condition on an
/// own field that is no longer defined shows it as missing and keeps it as it is.
class RuleConditionRow : public QWidget
{
    Q_OBJECT

public:
    explicit RuleConditionRow(const QList<OwnFieldDefinition> &ownFields = {}, QWidget *parent = nullptr);

    RuleCondition condition() const;
    void setCondition(const RuleCondition &condition);

signals:
    void changed();
    void removeRequested();

private:
    RuleField field() const;
    QString ownFieldName() const;
    QList<RuleOperator> operatorsOfField() const;
    void rebuildForField(); ///< operators and value editor of the current field
    void showValueEditor(); ///< the editor the current field and operator take
    /// The item of a condition the own field definitions cannot read (the
    /// field deleted or retyped), added if need be; it keeps the condition.
    int unreadableItem(const RuleCondition &condition, bool retyped);

    QComboBox *m_field;
    QComboBox *m_op;
    QDoubleSpinBox *m_number;
    QLineEdit *m_tags;
    QWidget *m_choices;
    QHBoxLayout *m_choicesLayout;
    QList<QCheckBox *> m_checks; ///< each with its value key as "key" property
};

} // namespace Kindred
