// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customer.h"

#include <QRegularExpression>

namespace Kindred {

bool Customer::sameEditableFields(const Customer &other) const
{
    return externalId == other.externalId && name == other.name && email == other.email
        && company == other.company && tags == other.tags && notes == other.notes
        && nextAction == other.nextAction && nextActionDue == other.nextActionDue
        && valueFit == other.valueFit && valueAwareness == other.valueAwareness
        && handSetStage == other.handSetStage && pinned == other.pinned;
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
