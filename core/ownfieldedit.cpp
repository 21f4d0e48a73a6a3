// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownfieldedit.h"

#include <algorithm>

namespace Kindred {

OwnFieldEdit OwnFieldEdit::rename(const QString &name, const QString &newName)
{
    OwnFieldEdit edit(Kind::Rename, name);
    edit.m_newName = newName;
    return edit;
}

OwnFieldEdit OwnFieldEdit::remove(const QString &name)
{
    return OwnFieldEdit(Kind::Delete, name);
}

OwnFieldEdit OwnFieldEdit::retype(const QString &name, OwnFieldType type)
{
    OwnFieldEdit edit(Kind::Retype, name);
    edit.m_type = type;
    return edit;
}

QString OwnFieldEdit::problem(const QList<OwnFieldDefinition> &definitions) const
{
    auto defined = [&definitions](const QString &name) {
        return std::any_of(definitions.cbegin(), definitions.cend(),
                           [&name](const OwnFieldDefinition &d) { return d.name == name; });
    };
    if (!defined(m_name))
        return tr("There is no own field named “%1”.").arg(m_name);
    if (m_kind != Kind::Rename)
        return {};
    if (!OwnFields::isValidName(m_newName))
        return tr("A field's name must not be empty, start or end with a space, or be longer than 100 characters.");
    if (m_newName != m_name && defined(m_newName))
        return tr("There is already an own field named “%1”.").arg(m_newName);
    return {};
}

QList<OwnFieldDefinition> OwnFieldEdit::applied(const QList<OwnFieldDefinition> &definitions) const
{
    QList<OwnFieldDefinition> after;
    for (OwnFieldDefinition d : definitions) {
        if (d.name == m_name) {
            if (m_kind == Kind::Delete)
                continue;
            if (m_kind == Kind::Rename)
                d.name = m_newName;
            else
                d.type = m_type;
        }
        after.append(d);
    }
    return after;
}

Result<QList<OwnFieldsText>> OwnFieldEdit::rewritten(const QList<OwnFieldsText> &customers) const
{
    struct Holder
    {
        CustomerId customer;
        OwnFieldValues values;
    };
    QList<Holder> holders;
    OwnFieldTypeDetector column;
    for (const OwnFieldsText &c : customers) {
        OwnFieldValues values = ownFieldValuesFromJson(c.json);
        const auto value = values.constFind(m_name);
        if (value == values.cend())
            continue;
        column.add(*value);
        holders.append({c.customer, std::move(values)});
    }

    QList<OwnFieldsText> changed;
    qsizetype taken = 0;
    for (Holder &holder : holders) {
        OwnFieldValues &values = holder.values;
        switch (m_kind) {
        case Kind::Rename:
            if (m_newName == m_name)
                continue;
            taken += values.contains(m_newName);
            values.insert(m_newName, values.take(m_name));
            break;
        case Kind::Delete:
            values.remove(m_name);
            break;
        case Kind::Retype: {
            // Text is the form of every value: as it is.
            if (m_type == OwnFieldType::Text)
                continue;
            QString &value = values[m_name];
            const QString typed =
                OwnFields::normalised(m_type, value, column.separator(), column.dateOrder()).value_or(value);
            if (typed == value)
                continue;
            value = typed;
            break;
        }
        }
        changed.append({holder.customer, ownFieldValuesToJson(values)});
    }
    if (taken > 0)
        return Error{tr("%n customer(s) already have a value named “%1”.", nullptr, int(taken)).arg(m_newName), {}};
    return changed;
}

} // namespace Kindred
