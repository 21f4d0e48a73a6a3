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
// The field combo box's items: an own field's name and type; a missing own
// field has no type and offers its condition's operator alone.
constexpr int nameRole = Qt::UserRole + 1;
constexpr int typeRole = Qt::UserRole + 2;
constexpr int missingOpRole = Qt::UserRole + 3;

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

RuleConditionRow::RuleConditionRow(const QList<OwnFieldDefinition> &ownFields, QWidget *parent) : QWidget(parent)
{
    m_field = new QComboBox(this);
    for (RuleField field : allRuleFields)
        m_field->addItem(ruleFieldName(field), int(field));
    if (!ownFields.isEmpty())
        m_field->insertSeparator(m_field->count());
    for (const OwnFieldDefinition &d : ownFields) {
        m_field->addItem(d.name, int(RuleField::OwnField));
        const int index = m_field->count() - 1;
        m_field->setItemData(index, d.name, nameRole);
        m_field->setItemData(index, int(d.type), typeRole);
        m_field->setItemData(index, tr("Your own field (%1)").arg(ownFieldTypeName(d.type)), Qt::ToolTipRole);
    }
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
    connect(m_op, &QComboBox::currentIndexChanged, this, [this] {
        showValueEditor();
        emit changed();
    });
    connect(m_number, &QDoubleSpinBox::valueChanged, this, &RuleConditionRow::changed);
    connect(m_tags, &QLineEdit::textChanged, this, &RuleConditionRow::changed);
    connect(remove, &QToolButton::clicked, this, &RuleConditionRow::removeRequested);
    rebuildForField();
}

RuleField RuleConditionRow::field() const
{
    return RuleField(m_field->currentData().toInt());
}

QString RuleConditionRow::ownFieldName() const
{
    return m_field->currentData(nameRole).toString();
}

QList<RuleOperator> RuleConditionRow::operatorsOfField() const
{
    const RuleField f = field();
    if (f == RuleField::OwnField) {
        const QVariant type = m_field->currentData(typeRole);
        return type.isValid() ? ownFieldOperators(OwnFieldType(type.toInt()))
                              : QList<RuleOperator>{RuleOperator(m_field->currentData(missingOpRole).toInt())};
    }
    return isNumericField(f) ? ownFieldOperators(OwnFieldType::Number)
                             : QList<RuleOperator>{RuleOperator::OneOf, RuleOperator::NoneOf};
}

void RuleConditionRow::rebuildForField()
{
    const RuleField f = field();
    {
        const QSignalBlocker blocker(m_op);
        m_op->clear();
        for (RuleOperator op : operatorsOfField())
            m_op->addItem(ruleOperatorName(op), int(op));
    }
    const bool ownNumber = m_field->currentData(typeRole) == int(OwnFieldType::Number);
    m_number->setDecimals(f == RuleField::Revenue || ownNumber ? 2 : 0);
    m_tags->setPlaceholderText(f == RuleField::Tags ? tr("Tags, separated by commas")
                                                    : tr("Values, separated by commas"));
    m_tags->setAccessibleName(f == RuleField::Tags ? tr("Tags") : tr("Values"));

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
    showValueEditor();
}

void RuleConditionRow::showValueEditor()
{
    RuleCondition c;
    c.field = field();
    c.op = RuleOperator(m_op->currentData().toInt());
    m_number->setVisible(c.takesNumber());
    m_number->setSuffix(c.op == RuleOperator::WithinNextDays  ? tr(" days")
                        : c.op == RuleOperator::AtMostDaysAgo ? tr(" days ago")
                                                              : QString());
    if (c.op == RuleOperator::WithinNextDays || c.op == RuleOperator::AtMostDaysAgo)
        m_number->setMinimum(0);
    else
        m_number->setMinimum(-1e12);
    m_tags->setVisible(c.takesValues() && (c.field == RuleField::Tags || c.field == RuleField::OwnField));
}

int RuleConditionRow::unreadableItem(const RuleCondition &c, bool retyped)
{
    for (int i = m_field->count() - 1; i >= 0; --i) {
        if (m_field->itemData(i, nameRole) == c.ownField && !m_field->itemData(i, typeRole).isValid()) {
            m_field->setItemData(i, int(c.op), missingOpRole);
            return i;
        }
    }
    m_field->addItem(retyped ? tr("%1 (another type)").arg(c.ownField) : tr("%1 (missing)").arg(c.ownField),
                     int(RuleField::OwnField));
    const int index = m_field->count() - 1;
    m_field->setItemData(index, c.ownField, nameRole);
    m_field->setItemData(index, int(c.op), missingOpRole);
    m_field->setItemData(index, tr("No own field of this name takes this condition now: it is never met."),
                         Qt::ToolTipRole);
    return index;
}

RuleCondition RuleConditionRow::condition() const
{
    RuleCondition c;
    c.field = field();
    c.op = RuleOperator(m_op->currentData().toInt());
    if (c.field == RuleField::OwnField)
        c.ownField = ownFieldName();
    if (c.takesNumber()) {
        c.number = m_number->value();
    } else if (c.takesValues() && (c.field == RuleField::Tags || c.field == RuleField::OwnField)) {
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
    int index = m_field->findData(int(c.field));
    if (c.field == RuleField::OwnField) {
        index = m_field->findData(c.ownField, nameRole); // the defined field comes first
        const QVariant type = index >= 0 ? m_field->itemData(index, typeRole) : QVariant();
        if (!type.isValid() || !ownFieldOperators(OwnFieldType(type.toInt())).contains(c.op))
            index = unreadableItem(c, type.isValid());
    }
    if (index == m_field->currentIndex())
        rebuildForField(); // a missing field's operator may differ
    else
        m_field->setCurrentIndex(index);
    m_op->setCurrentIndex(m_op->findData(int(c.op)));
    m_number->setValue(c.number);
    m_tags->setText(c.field == RuleField::Tags || c.field == RuleField::OwnField ? joinTags(c.values) : QString());
    for (QCheckBox *check : std::as_const(m_checks))
        check->setChecked(c.values.contains(check->property(keyProperty).toString()));
}

} // namespace Kindred
