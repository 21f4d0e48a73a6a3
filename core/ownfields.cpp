// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kindred {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::OwnFields)
};

constexpr qsizetype maxNameLength = 100;

struct TypeName
{
    OwnFieldType type;
    const char *key;
    const char *name;
};
constexpr TypeName typeNames[] = {
    {OwnFieldType::Text, "text", QT_TRANSLATE_NOOP("Kindred::OwnFields", "Text")},
    {OwnFieldType::Number, "number", QT_TRANSLATE_NOOP("Kindred::OwnFields", "Number")},
    {OwnFieldType::Date, "date", QT_TRANSLATE_NOOP("Kindred::OwnFields", "Date")},
    {OwnFieldType::YesNo, "yes_no", QT_TRANSLATE_NOOP("Kindred::OwnFields", "Yes/No")},
};

const TypeName &typeName(OwnFieldType type)
{
    return typeNames[int(type)];
}

// A number whose text starts with a zero before another digit (00123,
// 0120-123-456) is an identifier or a phone number: reading it as a number
// would drop the zeros.
bool hasLeadingZero(QStringView text)
{
    const QString digits = text.toString().normalized(QString::NormalizationForm_KC);
    return digits.size() > 1 && digits.at(0) == u'0' && digits.at(1).isDigit();
}
} // namespace

QString ownFieldTypeKey(OwnFieldType type)
{
    return QString::fromLatin1(typeName(type).key);
}

std::optional<OwnFieldType> ownFieldTypeFromKey(const QString &key)
{
    for (const TypeName &t : typeNames) {
        if (key == QLatin1String(t.key))
            return t.type;
    }
    return std::nullopt;
}

QString ownFieldTypeName(OwnFieldType type)
{
    return Text::tr(typeName(type).name);
}

QString ownFieldDefinitionsToJson(const QList<OwnFieldDefinition> &definitions)
{
    QJsonArray array;
    for (const OwnFieldDefinition &d : definitions)
        array.append(QJsonObject{{QStringLiteral("name"), d.name}, {QStringLiteral("type"), ownFieldTypeKey(d.type)}});
    return definitions.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<OwnFieldDefinition> ownFieldDefinitionsFromJson(const QString &json)
{
    QList<OwnFieldDefinition> definitions;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(QStringLiteral("name")).toString();
        if (!OwnFields::isValidName(name))
            continue;
        definitions.append({name, ownFieldTypeFromKey(object.value(QStringLiteral("type")).toString())
                                      .value_or(OwnFieldType::Text)});
    }
    return definitions;
}

QString ownFieldValuesToJson(const OwnFieldValues &values)
{
    if (values.isEmpty())
        return {};
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

OwnFieldValues ownFieldValuesFromJson(const QString &json)
{
    OwnFieldValues values;
    if (json.isEmpty())
        return values;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        // Kindred writes strings; what another program wrote is read in the
        // same forms rather than dropped at the next save.
        const QJsonValue value = it.value();
        switch (value.type()) {
        case QJsonValue::String:
            values.insert(it.key(), value.toString());
            break;
        case QJsonValue::Double:
            values.insert(it.key(), QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
            break;
        case QJsonValue::Bool:
            values.insert(it.key(), value.toBool() ? QStringLiteral("yes") : QStringLiteral("no"));
            break;
        case QJsonValue::Array:
        case QJsonValue::Object:
            values.insert(it.key(), QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                                       : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
            break;
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            break;
        }
    }
    return values;
}

namespace OwnFields {

std::optional<bool> parseYesNo(QStringView text)
{
    const QString word = text.trimmed().toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    static const QStringList yes{u"yes"_qs, u"y"_qs, u"true"_qs, u"1"_qs, u"on"_qs, u"はい"_qs, u"有"_qs,
                                 u"あり"_qs, u"○"_qs, u"◯"_qs, u"ja"_qs, u"oui"_qs, u"sí"_qs, u"si"_qs};
    static const QStringList no{u"no"_qs, u"n"_qs, u"false"_qs, u"0"_qs, u"off"_qs, u"いいえ"_qs, u"無"_qs,
                                u"なし"_qs, u"×"_qs, u"nein"_qs, u"non"_qs};
    if (yes.contains(word))
        return true;
    if (no.contains(word))
        return false;
    return std::nullopt;
}

std::optional<QString> normalised(OwnFieldType type, QStringView text, DecimalSeparator separator, DateOrder order)
{
    const QStringView value = text.trimmed();
    switch (type) {
    case OwnFieldType::Text:
        return value.toString();
    case OwnFieldType::Number:
        if (hasLeadingZero(value))
            return std::nullopt;
        if (const auto number = ValueParser::parseNumber(value, separator))
            return QString::number(*number, 'g', QLocale::FloatingPointShortest);
        return std::nullopt;
    case OwnFieldType::Date:
        if (const auto date = ValueParser::parseDate(value, order))
            return date->toString(Qt::ISODate);
        return std::nullopt;
    case OwnFieldType::YesNo:
        if (const auto yes = parseYesNo(value))
            return *yes ? QStringLiteral("yes") : QStringLiteral("no");
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<double> keptNumber(const QString &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

std::optional<QDate> keptDate(const QString &value)
{
    const QDate date = QDate::fromString(value, Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QString displayed(OwnFieldType type, const QString &value, const QLocale &locale)
{
    switch (type) {
    case OwnFieldType::Text:
        break;
    case OwnFieldType::Number:
        if (const auto number = keptNumber(value))
            return locale.toString(*number, 'g', QLocale::FloatingPointShortest);
        break;
    case OwnFieldType::Date:
        if (const auto date = keptDate(value))
            return locale.toString(*date, QLocale::ShortFormat);
        break;
    case OwnFieldType::YesNo:
        if (value == QLatin1String("yes"))
            return Text::tr("Yes");
        if (value == QLatin1String("no"))
            return Text::tr("No");
        break;
    }
    return value;
}

QJsonObject toJson(const OwnFieldValues &values, const QList<OwnFieldDefinition> &definitions)
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString &value = it.value();
        QJsonValue json(value);
        switch (definition(definitions, it.key()).type) {
        case OwnFieldType::Number:
            if (const auto number = keptNumber(value))
                json = *number;
            break;
        case OwnFieldType::YesNo:
            if (value == QLatin1String("yes") || value == QLatin1String("no"))
                json = value == QLatin1String("yes");
            break;
        case OwnFieldType::Text:
        case OwnFieldType::Date:
            break;
        }
        object.insert(it.key(), json);
    }
    return object;
}

void addDefinitions(QList<OwnFieldDefinition> &definitions, const QList<OwnFieldDefinition> &added)
{
    for (const OwnFieldDefinition &d : added) {
        if (std::none_of(definitions.cbegin(), definitions.cend(),
                         [&d](const OwnFieldDefinition &e) { return e.name == d.name; }))
            definitions.append(d);
    }
}

OwnFieldDefinition definition(const QList<OwnFieldDefinition> &definitions, const QString &name)
{
    for (const OwnFieldDefinition &d : definitions) {
        if (d.name == name)
            return d;
    }
    return {name, OwnFieldType::Text};
}

bool isValidName(const QString &name)
{
    const QString trimmed = name.trimmed();
    return !trimmed.isEmpty() && trimmed == name && name.size() <= maxNameLength;
}

} // namespace OwnFields

void OwnFieldTypeDetector::add(QStringView value)
{
    const QStringView text = value.trimmed();
    if (text.isEmpty())
        return;
    ++m_filled;
    if (const auto yes = OwnFields::parseYesNo(text)) {
        ++m_yesNo;
        const QChar first = text.at(0);
        m_yesNoWords += !(first == u'0' || first == u'1');
    }
    m_leadingZero = m_leadingZero || hasLeadingZero(text);
    if (ValueParser::parseNumber(text, DecimalSeparator::Unknown)) {
        ++m_numbers;
        m_separators.add(text);
    }
    if (!ValueParser::dateReadings(text).isEmpty()) {
        ++m_dateValues;
        m_dates.add(text, m_filled);
    }
}

OwnFieldType OwnFieldTypeDetector::type() const
{
    if (m_filled == 0)
        return OwnFieldType::Text;
    if (m_yesNo == m_filled && m_yesNoWords > 0)
        return OwnFieldType::YesNo;
    if (m_numbers == m_filled && !m_leadingZero)
        return OwnFieldType::Number;
    if (m_dateValues == m_filled && !m_dates.isAmbiguous())
        return OwnFieldType::Date;
    return OwnFieldType::Text;
}

} // namespace Kindred
