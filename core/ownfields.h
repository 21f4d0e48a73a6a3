// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A marketer's own fields: the columns of their lists that Kindred has no
// field for (membership rank, birthday, region, points), kept with each
// customer instead of being dropped.

#include "customer.h"
#include "valueparser.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>

#include <optional>

namespace Kindred {

enum class OwnFieldType { Text, Number, Date, YesNo };

/// Stable key of a type, as the store and the CLI write it: "text",
/// "number", "date", "yes_no".
QString ownFieldTypeKey(OwnFieldType type);
std::optional<OwnFieldType> ownFieldTypeFromKey(const QString &key);
/// The type's name for people, translated.
QString ownFieldTypeName(OwnFieldType type);

struct OwnFieldDefinition
{
    QString name;
    OwnFieldType type = OwnFieldType::Text;
    bool operator==(const OwnFieldDefinition &other) const { return name == other.name && type == other.type; }
};

/// The definitions as the workspace settings keep them: a JSON array of
/// {"name", "type"} in the order they are shown.
QString ownFieldDefinitionsToJson(const QList<OwnFieldDefinition> &definitions);
QList<OwnFieldDefinition> ownFieldDefinitionsFromJson(const QString &json);

/// The values as a customer's row keeps them: a compact JSON object; empty
/// text for none.
QString ownFieldValuesToJson(const OwnFieldValues &values);
OwnFieldValues ownFieldValuesFromJson(const QString &json);

namespace OwnFields {

/// Reads yes/no as people write it: yes/no, true/false, 1/0, y/n, はい/いいえ,
/// 有/無, ○/×, ja/nein, oui/non, sí/no, on/off, x/empty is not read.
std::optional<bool> parseYesNo(QStringView text);

/// A kept value read back as the number or date its form holds; nullopt
/// for a value kept as written because it did not read as one.
std::optional<double> keptNumber(const QString &value);
std::optional<QDate> keptDate(const QString &value);

/// The value in the one form its type keeps (see OwnFieldValues), or
/// nullopt when it does not read as that type.
std::optional<QString> normalised(OwnFieldType type, QStringView text, DecimalSeparator separator, DateOrder order);

/// The value as people read it in this locale: grouped numbers, the
/// locale's short date, Yes/No translated; text and values that do not read
/// as their type as they are.
QString displayed(OwnFieldType type, const QString &value, const QLocale &locale);

/// The values as JSON, by field name: a number as a number, yes/no as a
/// boolean, a date as its ISO text, a value that does not read as its
/// type and text as text. Fields without a definition are text.
QJsonObject toJson(const OwnFieldValues &values, const QList<OwnFieldDefinition> &definitions);

/// Adds the definitions whose names are not defined yet, at the end.
void addDefinitions(QList<OwnFieldDefinition> &definitions, const QList<OwnFieldDefinition> &added);

/// The definition of the field with this name, or a text field's.
OwnFieldDefinition definition(const QList<OwnFieldDefinition> &definitions, const QString &name);

/// True when the name is one Kindred can keep: not empty after trimming, at
/// most 100 characters.
bool isValidName(const QString &name);

} // namespace OwnFields

/// Decides the type of an imported column from all its values: the one every
/// filled value reads as (yes/no before number, so that 1/0 columns of ticks
/// are yes/no only when they also hold words; number before date, so that
/// 20240305 stays a number unless other values are dates), else text. A
/// column whose values keep leading zeros (00123, 0120-…) is text.
class OwnFieldTypeDetector
{
public:
    void add(QStringView value);
    OwnFieldType type() const;
    DecimalSeparator separator() const { return m_separators.separator(); }
    DateOrder dateOrder() const { return m_dates.order(); }

private:
    qint64 m_filled = 0;
    qint64 m_numbers = 0;
    qint64 m_dateValues = 0;
    qint64 m_yesNo = 0;
    qint64 m_yesNoWords = 0;
    bool m_leadingZero = false;
    DecimalSeparatorDetector m_separators;
    DateOrderDetector m_dates;
};

} // namespace Kindred
