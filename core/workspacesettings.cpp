// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacesettings.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Kindred {

bool WorkspaceSettings::operator==(const WorkspaceSettings &other) const
{
    return marketSize == other.marketSize
        && quadrantSplit.valueFit == other.quadrantSplit.valueFit
        && quadrantSplit.valueAwareness == other.quadrantSplit.valueAwareness
        && dormantDays == other.dormantDays && oneToOneCapacity == other.oneToOneCapacity
        && excellenceRule == other.excellenceRule && abcClassA == other.abcClassA
        && abcClassB == other.abcClassB && currency == other.currency && asOf == other.asOf
        && asOfChosen == other.asOfChosen && ownFields == other.ownFields
        && notDuplicates == other.notDuplicates && contactChannels == other.contactChannels;
}

QString notDuplicatesToJson(const QSet<std::pair<CustomerId, CustomerId>> &pairs)
{
    if (pairs.isEmpty())
        return {};
    QList<std::pair<CustomerId, CustomerId>> sorted(pairs.cbegin(), pairs.cend());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray array;
    for (const auto &[a, b] : std::as_const(sorted))
        array.append(QJsonArray{a, b});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QSet<std::pair<CustomerId, CustomerId>> notDuplicatesFromJson(const QString &json)
{
    QSet<std::pair<CustomerId, CustomerId>> pairs;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonArray pair = value.toArray();
        const CustomerId a = pair.at(0).toInteger();
        const CustomerId b = pair.at(1).toInteger();
        if (pair.size() == 2 && a > 0 && b > 0 && a != b)
            pairs.insert(std::minmax(a, b));
    }
    return pairs;
}

} // namespace Kindred
