// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customer.h"

#include <QRegularExpression>

namespace Kindred {

bool Customer::sameEditableFields(const Customer &other) const
{
    return !differingFields(*this, other);
}

CustomerFields differingFields(const Customer &a, const Customer &b)
{
    CustomerFields fields;
    fields.setFlag(CustomerField::ExternalId, a.externalId != b.externalId);
    fields.setFlag(CustomerField::Name, a.name != b.name);
    fields.setFlag(CustomerField::Email, a.email != b.email);
    fields.setFlag(CustomerField::Company, a.company != b.company);
    fields.setFlag(CustomerField::Phone, a.phone != b.phone);
    fields.setFlag(CustomerField::Reading, a.reading != b.reading);
    fields.setFlag(CustomerField::PostalCode, a.postalCode != b.postalCode);
    fields.setFlag(CustomerField::Address, a.address != b.address);
    fields.setFlag(CustomerField::Tags, a.tags != b.tags);
    fields.setFlag(CustomerField::Notes, a.notes != b.notes);
    fields.setFlag(CustomerField::OwnFields, a.ownFields != b.ownFields);
    fields.setFlag(CustomerField::NextAction, a.nextAction != b.nextAction || a.nextActionDue != b.nextActionDue);
    fields.setFlag(CustomerField::Scores, a.valueFit != b.valueFit || a.valueAwareness != b.valueAwareness);
    fields.setFlag(CustomerField::Stage, a.handSetStage != b.handSetStage);
    fields.setFlag(CustomerField::Pinned, a.pinned != b.pinned);
    return fields;
}

CustomerFields differingFields(const QList<Customer> &a, const QList<Customer> &b)
{
    CustomerFields fields;
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i)
        fields |= differingFields(a.at(i), b.at(i));
    return fields;
}

QStringList parseTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;]"));
    QStringList tags;
    for (const QString &part : text.split(separators)) {
        QString tag = part.trimmed();
        // Mailchimp writes its tags quoted: "Newsletter","VIP".
        if (tag.size() >= 2 && tag.startsWith(QLatin1Char('"')) && tag.endsWith(QLatin1Char('"')))
            tag = tag.sliced(1, tag.size() - 2).trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

QString joinTags(const QStringList &tags)
{
    return tags.join(QStringLiteral(", "));
}

} // namespace Kindred
