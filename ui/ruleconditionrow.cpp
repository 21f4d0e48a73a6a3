// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleconditionrow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>

namespace Kindred {

namespace {
const char *const keyProperty = "key";

/// The values a list field offers, as (key, display name).
QList<std::pair<QString, QString>> choicesOf(RuleField field)
{
    QList<std::pair<QString, QString>> choices;
    switch (field) {
    case RuleField::Stage:
        for (Stage stage : allStages)
            choices.append({stageKey(stage), stageName(stage)});
        break;
    case RuleField::Quadrant:
        for (Quadrant q : {Quadrant::I, Quadrant::II, Quadrant::III, Quadrant::IV})
            choices.append({quadrantNumeral(q), quadrantNumeral(q)});
        break;
    case RuleField::AbcClass:
        for (AbcClass c : {AbcClass::A, AbcClass::B, AbcClass::C})
            choices.append({abcClassKey(c), abcClassKey(c)});
        break;
    default:
        break;
    }
    return choices;
}
} // namespace

RuleConditionRow::RuleConditionRow(QWidget *parent) : QWidget(parent)
{
    m_field = new QComboBox(this);
    for (RuleField field : allRuleFields)
        m_field->addItem(ruleFieldName(field), int(field));
    m_op = new QComboBox(this);
    m_number = new QDoubleSpinBox(this);
    m_number->setRange(-1e12, 1e12);
    m_number->setGroupSeparatorShown(true);
    m_tags = new QLineEdit(this);
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_choices = new QWidget(this);
    m_choicesLayout = new QHBoxLayout(m_choices);
    m_choicesLayout->setContentsMargins(0, 0, 0, 0);
    auto *remove = new QToolButton(this);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this condition"));
    remove->setAccessibleName(tr("Remove this condition"));
    m_field->setAccessibleName(tr("Customer field"));
    m_op->setAccessibleName(tr("Comparison"));
    m_number->setAccessibleName(tr("Value"));
    m_tags->setAccessibleName(tr("Tags"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_op);
    layout->addWidget(m_number, 1);
    layout->addWidget(m_tags, 1);
    layout->addWidget(m_choices, 1);
    layout->addWidget(remove);

    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        rebuildForField();
        emit changed();
    });
    connect(m_op, &QComboBox::currentIndexChanged, this, &RuleConditionRow::changed);
    connect(m_number, &QDoubleSpinBox::valueChanged, this, &RuleConditionRow::changed);
    connect(m_tags, &QLineEdit::textChanged, this, &RuleConditionRow::changed);
    connect(remove, &QToolButton::clicked, this, &RuleConditionRow::removeRequested);
    rebuildForField();
}

RuleField RuleConditionRow::field() const
{
    return RuleField(m_field->currentData().toInt());
}

void RuleConditionRow::rebuildForField()
{
    const RuleField f = field();
    const bool numeric = isNumericField(f);
    {
        const QSignalBlocker blocker(m_op);
        m_op->clear();
        const QList<RuleOperator> ops =
            numeric ? QList<RuleOperator>{RuleOperator::AtLeast, RuleOperator::AtMost, RuleOperator::Equal,
                                          RuleOperator::NotEqual}
                    : QList<RuleOperator>{RuleOperator::OneOf, RuleOperator::NoneOf};
        for (RuleOperator op : ops)
            m_op->addItem(ruleOperatorName(op), int(op));
    }
    m_number->setVisible(numeric);
    m_number->setDecimals(f == RuleField::Revenue ? 2 : 0);
    m_tags->setVisible(f == RuleField::Tags);

    qDeleteAll(m_checks);
    m_checks.clear();
    for (const auto &[key, name] : choicesOf(f)) {
        auto *check = new QCheckBox(name, m_choices);
        check->setProperty(keyProperty, key);
        connect(check, &QCheckBox::toggled, this, &RuleConditionRow::changed);
        m_choicesLayout->addWidget(check);
        m_checks.append(check);
    }
    m_choices->setVisible(!m_checks.isEmpty());
}

RuleCondition RuleConditionRow::condition() const
{
    RuleCondition c;
    c.field = field();
    c.op = RuleOperator(m_op->currentData().toInt());
    if (isNumericField(c.field)) {
        c.number = m_number->value();
    } else if (c.field == RuleField::Tags) {
        c.values = parseTags(m_tags->text());
    } else {
        for (const QCheckBox *check : m_checks) {
            if (check->isChecked())
                c.values.append(check->property(keyProperty).toString());
        }
    }
    return c;
}

void RuleConditionRow::setCondition(const RuleCondition &c)
{
    const QSignalBlocker blocker(this);
    m_field->setCurrentIndex(m_field->findData(int(c.field)));
    m_op->setCurrentIndex(m_op->findData(int(c.op)));
    m_number->setValue(c.number);
    m_tags->setText(c.field == RuleField::Tags ? joinTags(c.values) : QString());
    for (QCheckBox *check : std::as_const(m_checks))
        check->setChecked(c.values.contains(check->property(keyProperty).toString()));
}

} // namespace Kindred
