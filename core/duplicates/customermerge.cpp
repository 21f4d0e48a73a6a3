// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customermerge.h"

#include "stage.h"

#include <QCoreApplication>
#include <QLocale>

namespace Kindred {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::CustomerMerge)
};

// The fields chosen between, in the order a form shows them.
const QList<CustomerField> &choosableFields()
{
    static const QList<CustomerField> all = {
        CustomerField::Name,       CustomerField::Reading,    CustomerField::Email,   CustomerField::Phone,
        CustomerField::Company,    CustomerField::PostalCode, CustomerField::Address, CustomerField::ExternalId,
        CustomerField::NextAction, CustomerField::Scores,     CustomerField::Stage,
    };
    return all;
}

QString score(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'g', 4) : QString();
}

} // namespace

QString MergeField::label() const
{
    switch (field) {
    case CustomerField::Name: return Text::tr("Name");
    case CustomerField::Reading: return Text::tr("Reading");
    case CustomerField::Email: return Text::tr("Email");
    case CustomerField::Phone: return Text::tr("Phone");
    case CustomerField::Company: return Text::tr("Company");
    case CustomerField::PostalCode: return Text::tr("Postal code");
    case CustomerField::Address: return Text::tr("Address");
    case CustomerField::ExternalId: return Text::tr("Customer ID");
    case CustomerField::NextAction: return Text::tr("Next action");
    case CustomerField::Scores: return Text::tr("Place on the value matrix");
    case CustomerField::Stage: return Text::tr("Stage set by hand");
    case CustomerField::OwnFields: return ownField;
    default: return {};
    }
}

QString MergeField::key() const
{
    switch (field) {
    case CustomerField::Name: return QStringLiteral("name");
    case CustomerField::Reading: return QStringLiteral("reading");
    case CustomerField::Email: return QStringLiteral("email");
    case CustomerField::Phone: return QStringLiteral("phone");
    case CustomerField::Company: return QStringLiteral("company");
    case CustomerField::PostalCode: return QStringLiteral("postal_code");
    case CustomerField::Address: return QStringLiteral("address");
    case CustomerField::ExternalId: return QStringLiteral("external_id");
    case CustomerField::NextAction: return QStringLiteral("next_action");
    case CustomerField::Scores: return QStringLiteral("scores");
    case CustomerField::Stage: return QStringLiteral("stage");
    case CustomerField::OwnFields: return ownField;
    default: return {};
    }
}

QString MergeField::value(const Customer &c) const
{
    switch (field) {
    case CustomerField::Name: return c.name;
    case CustomerField::Reading: return c.reading;
    case CustomerField::Email: return c.email;
    case CustomerField::Phone: return c.phone;
    case CustomerField::Company: return c.company;
    case CustomerField::PostalCode: return c.postalCode;
    case CustomerField::Address: return c.address;
    case CustomerField::ExternalId: return c.externalId;
    case CustomerField::NextAction:
        return c.nextActionDue.isValid()
            ? Text::tr("%1 (due %2)").arg(c.nextAction, QLocale().toString(c.nextActionDue, QLocale::ShortFormat))
            : c.nextAction;
    case CustomerField::Scores:
        return c.valueFit || c.valueAwareness ? Text::tr("fit %1, awareness %2").arg(score(c.valueFit), score(c.valueAwareness))
                                              : QString();
    case CustomerField::Stage: return c.handSetStage ? stageName(*c.handSetStage) : QString();
    case CustomerField::OwnFields: return c.ownFields.value(ownField);
    default: return {};
    }
}

void MergeField::copy(const Customer &from, Customer &to) const
{
    switch (field) {
    case CustomerField::Name: to.name = from.name; break;
    case CustomerField::Reading: to.reading = from.reading; break;
    case CustomerField::Email: to.email = from.email; break;
    case CustomerField::Phone: to.phone = from.phone; break;
    case CustomerField::Company: to.company = from.company; break;
    case CustomerField::PostalCode: to.postalCode = from.postalCode; break;
    case CustomerField::Address: to.address = from.address; break;
    case CustomerField::ExternalId: to.externalId = from.externalId; break;
    case CustomerField::NextAction:
        to.nextAction = from.nextAction;
        to.nextActionDue = from.nextActionDue;
        break;
    case CustomerField::Scores:
        to.valueFit = from.valueFit;
        to.valueAwareness = from.valueAwareness;
        break;
    case CustomerField::Stage: to.handSetStage = from.handSetStage; break;
    case CustomerField::OwnFields:
        if (from.ownFields.contains(ownField))
            to.ownFields.insert(ownField, from.ownFields.value(ownField));
        else
            to.ownFields.remove(ownField);
        break;
    default: break;
    }
}

CustomerMerge::CustomerMerge(Customer kept, Customer other) : m_kept(std::move(kept)), m_other(std::move(other)) {}

QList<MergeField> CustomerMerge::differingFields() const
{
    QList<MergeField> fields;
    for (CustomerField field : choosableFields())
        fields.append({field, {}});
    QStringList ownNames = m_kept.ownFields.keys() + m_other.ownFields.keys();
    ownNames.sort();
    ownNames.removeDuplicates();
    for (const QString &name : std::as_const(ownNames))
        fields.append({CustomerField::OwnFields, name});
    fields.removeIf([this](const MergeField &f) {
        Customer probe = m_kept;
        f.copy(m_other, probe);
        return probe.sameEditableFields(m_kept);
    });
    return fields;
}

bool CustomerMerge::otherWinsByDefault(const MergeField &field, Tie tie) const
{
    const bool keptFilled = !field.value(m_kept).isEmpty();
    const bool otherFilled = !field.value(m_other).isEmpty();
    if (keptFilled != otherFilled)
        return otherFilled;
    return tie == Tie::MoreRecent && m_other.updated > m_kept.updated;
}

Customer CustomerMerge::merged(const QList<MergeField> &fromOther) const
{
    Customer result = m_kept;
    for (const MergeField &field : fromOther)
        field.copy(m_other, result);
    for (const QString &tag : m_other.tags) {
        if (!result.tags.contains(tag))
            result.tags.append(tag);
    }
    if (result.notes.isEmpty())
        result.notes = m_other.notes;
    else if (!m_other.notes.isEmpty() && m_other.notes != result.notes)
        result.notes += QStringLiteral("\n\n") + m_other.notes;
    result.pinned = m_kept.pinned || m_other.pinned;
    return result;
}

Customer CustomerMerge::mergedByDefault(Tie tie) const
{
    QList<MergeField> fromOther;
    for (const MergeField &field : differingFields()) {
        if (otherWinsByDefault(field, tie))
            fromOther.append(field);
    }
    return merged(fromOther);
}

} // namespace Kindred
