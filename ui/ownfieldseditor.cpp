// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownfieldseditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace Kindred {

namespace {
// What people type follows their locale: 1.500,5 in German, 3/5/2024 month
// first in the United States.
DecimalSeparator typedSeparator(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1String(",") ? DecimalSeparator::Comma : DecimalSeparator::Point;
}

DateOrder typedDateOrder(const QLocale &locale)
{
    return ValueParser::dateOrderFromFormat(locale.dateFormat(QLocale::ShortFormat)).value_or(DateOrder::Unknown);
}
} // namespace

OwnFieldsEditor::OwnFieldsEditor(QFormLayout *form, int firstRow, QObject *parent)
    : QObject(parent), m_form(form), m_firstRow(firstRow)
{
}

QWidget *OwnFieldsEditor::formWidget() const
{
    return m_form->parentWidget();
}

void OwnFieldsEditor::setFields(const QList<OwnFieldDefinition> &definitions, const OwnFieldValues &values)
{
    QList<OwnFieldDefinition> shown = definitions;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        OwnFields::addDefinitions(shown, {OwnFields::definition(definitions, it.key())});
    const bool sameFields = shown.size() == m_rows.size()
        && std::equal(shown.cbegin(), shown.cend(), m_rows.cbegin(),
                      [](const OwnFieldDefinition &d, const Row &r) { return d == r.definition; });
    if (!sameFields) {
        const QLocale locale = formWidget()->locale();
        // Later, not at once: the editor whose edit led here may be emitting.
        for (const Row &row : std::as_const(m_rows)) {
            const QFormLayout::TakeRowResult taken = m_form->takeRow(row.editor);
            for (QLayoutItem *item : {taken.labelItem, taken.fieldItem}) {
                if (item && item->widget())
                    item->widget()->deleteLater();
                delete item;
            }
        }
        m_rows.clear();
        for (const OwnFieldDefinition &d : std::as_const(shown)) {
            QWidget *editor = nullptr;
            if (d.type == OwnFieldType::YesNo) {
                auto *choice = new QComboBox(formWidget());
                choice->addItem(QString());
                choice->addItem(OwnFields::displayed(d.type, QStringLiteral("yes"), locale), QStringLiteral("yes"));
                choice->addItem(OwnFields::displayed(d.type, QStringLiteral("no"), locale), QStringLiteral("no"));
                connect(choice, &QComboBox::activated, this, &OwnFieldsEditor::edited);
                editor = choice;
            } else {
                auto *line = new QLineEdit(formWidget());
                if (d.type == OwnFieldType::Date)
                    line->setPlaceholderText(locale.dateFormat(QLocale::ShortFormat));
                connect(line, &QLineEdit::editingFinished, this, &OwnFieldsEditor::edited);
                editor = line;
            }
            editor->setAccessibleName(d.name);
            editor->setToolTip(tr("Your own field (%1)").arg(ownFieldTypeName(d.type)));
            m_form->insertRow(m_firstRow + int(m_rows.size()), d.name + u':', editor);
            m_rows.append({d, editor});
        }
    }
    m_shown = values;
    const QLocale locale = formWidget()->locale();
    for (const Row &row : std::as_const(m_rows)) {
        const QString value = values.value(row.definition.name);
        if (auto *choice = qobject_cast<QComboBox *>(row.editor)) {
            const int index = choice->findData(value);
            if (index >= 0 || value.isEmpty()) {
                choice->setCurrentIndex(std::max(0, index));
            } else { // a value kept as written: shown, and kept unless changed
                choice->addItem(value, value);
                choice->setCurrentIndex(choice->count() - 1);
            }
        } else {
            static_cast<QLineEdit *>(row.editor)->setText(OwnFields::displayed(row.definition.type, value, locale));
        }
    }
}

QString OwnFieldsEditor::textOf(const Row &row) const
{
    if (const auto *choice = qobject_cast<const QComboBox *>(row.editor))
        return choice->currentData().toString();
    return static_cast<const QLineEdit *>(row.editor)->text().trimmed();
}

OwnFieldValues OwnFieldsEditor::values() const
{
    OwnFieldValues values = m_shown;
    const QLocale locale = formWidget()->locale();
    for (const Row &row : m_rows) {
        const QString &name = row.definition.name;
        const QString text = textOf(row);
        // A value shown as it is kept needs no reading again.
        if (text == OwnFields::displayed(row.definition.type, m_shown.value(name), locale))
            continue;
        if (text.isEmpty())
            values.remove(name);
        else
            values.insert(name, OwnFields::normalised(row.definition.type, text, typedSeparator(locale),
                                                      typedDateOrder(locale))
                                    .value_or(text));
    }
    return values;
}

} // namespace Kindred
