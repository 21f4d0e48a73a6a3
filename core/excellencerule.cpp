// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "excellencerule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kindred {

namespace {

// Text::tr() instead of a free tr(): lupdate then files the strings of free
// functions under the context they are looked up in at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::ExcellenceRule)
};

QString fieldKey(RuleField field)
{
    switch (field) {
    case RuleField::Revenue: return QStringLiteral("revenue");
    case RuleField::OrderCount: return QStringLiteral("order_count");
    case RuleField::DaysSinceLastOrder: return QStringLiteral("days_since_last_order");
    case RuleField::Stage: return QStringLiteral("stage");
    case RuleField::Quadrant: return QStringLiteral("quadrant");
    case RuleField::Tags: return QStringLiteral("tags");
    case RuleField::AbcClass: return QStringLiteral("abc_class");
    case RuleField::OwnField: return QStringLiteral("own");
    }
    return {};
}

constexpr RuleOperator allOperators[] = {RuleOperator::AtLeast, RuleOperator::AtMost,    RuleOperator::Equal,
                                         RuleOperator::NotEqual, RuleOperator::OneOf,    RuleOperator::NoneOf,
                                         RuleOperator::IsYes,   RuleOperator::IsNo,      RuleOperator::WithinNextDays,
                                         RuleOperator::AtMostDaysAgo};

QString operatorKey(RuleOperator op)
{
    switch (op) {
    case RuleOperator::AtLeast: return QStringLiteral(">=");
    case RuleOperator::AtMost: return QStringLiteral("<=");
    case RuleOperator::Equal: return QStringLiteral("=");
    case RuleOperator::NotEqual: return QStringLiteral("!=");
    case RuleOperator::OneOf: return QStringLiteral("in");
    case RuleOperator::NoneOf: return QStringLiteral("not in");
    case RuleOperator::IsYes: return QStringLiteral("yes");
    case RuleOperator::IsNo: return QStringLiteral("no");
    case RuleOperator::WithinNextDays: return QStringLiteral("next days");
    case RuleOperator::AtMostDaysAgo: return QStringLiteral("days ago");
    }
    return {};
}

// Own text values match whatever their case or width (ＧＯＬＤ, gold).
QString folded(const QString &text)
{
    return text.trimmed().normalized(QString::NormalizationForm_KC).toCaseFolded();
}

// The day of the date in this year; 29 February falls on the 28th in other years.
QDate inYear(const QDate &date, int year)
{
    const QDate day(year, date.month(), date.day());
    return day.isValid() ? day : QDate(year, date.month(), date.day() - 1);
}

// The date itself when it is today or later, else its next anniversary, so
// that a birthday comes round every year.
QDate nextOccurrence(const QDate &date, const QDate &today)
{
    if (date >= today)
        return date;
    const QDate thisYear = inYear(date, today.year());
    return thisYear >= today ? thisYear : inYear(date, today.year() + 1);
}

/// The enum value a listed value stands for, as a bit number; nullopt when the
/// value is unknown or the field is not an enumeration. Also gives the
/// canonical key of the value.
std::optional<int> valueBit(RuleField field, const QString &value, QString *key = nullptr)
{
    switch (field) {
    case RuleField::Stage:
        if (const auto stage = stageFromString(value)) {
            if (key)
                *key = stageKey(*stage);
            return int(*stage);
        }
        break;
    case RuleField::Quadrant:
        if (const auto quadrant = quadrantFromNumeral(value)) {
            if (key)
                *key = quadrantNumeral(*quadrant);
            return int(*quadrant);
        }
        break;
    case RuleField::AbcClass:
        if (const auto abc = abcClassFromKey(value)) {
            if (key)
                *key = abcClassKey(*abc);
            return int(*abc);
        }
        break;
    default:
        break;
    }
    return std::nullopt;
}

bool compare(double value, const RuleCondition &c)
{
    switch (c.op) {
    case RuleOperator::AtLeast: return value >= c.number;
    case RuleOperator::AtMost: return value <= c.number;
    case RuleOperator::Equal: return value == c.number;
    case RuleOperator::NotEqual: return value != c.number;
    default: break;
    }
    return false;
}

bool listed(bool isListed, RuleOperator op)
{
    return op == RuleOperator::OneOf ? isListed : op == RuleOperator::NoneOf && !isListed;
}

// A condition on an own field whose type suits its operator; foldedValues
// are the condition's values as folded() gives them.
bool ownFieldMet(const RuleCondition &c, const QStringList &foldedValues, const RuleSubject &s)
{
    const QString value = s.ownFields.value(c.ownField);
    switch (c.op) {
    case RuleOperator::AtLeast:
    case RuleOperator::AtMost:
    case RuleOperator::Equal:
    case RuleOperator::NotEqual: {
        const auto number = OwnFields::keptNumber(value);
        return number && compare(*number, c);
    }
    case RuleOperator::OneOf:
    case RuleOperator::NoneOf: {
        const QString v = folded(value);
        return listed(!v.isEmpty() && foldedValues.contains(v), c.op);
    }
    case RuleOperator::IsYes: return value == QLatin1String("yes");
    case RuleOperator::IsNo: return value == QLatin1String("no");
    case RuleOperator::WithinNextDays:
    case RuleOperator::AtMostDaysAgo: {
        const auto date = OwnFields::keptDate(value);
        if (!date || !s.today.isValid())
            return false;
        if (c.op == RuleOperator::WithinNextDays)
            return s.today.daysTo(nextOccurrence(*date, s.today)) <= c.number;
        const qint64 ago = date->daysTo(s.today);
        return ago >= 0 && ago <= c.number;
    }
    }
    return false;
}

} // namespace

bool RuleCondition::operator==(const RuleCondition &other) const
{
    return field == other.field && op == other.op && number == other.number && values == other.values
           && ownField == other.ownField;
}

bool RuleCondition::takesNumber() const
{
    return !takesValues() && op != RuleOperator::IsYes && op != RuleOperator::IsNo;
}

QList<RuleOperator> ownFieldOperators(OwnFieldType type)
{
    switch (type) {
    case OwnFieldType::Number:
        return {RuleOperator::AtLeast, RuleOperator::AtMost, RuleOperator::Equal, RuleOperator::NotEqual};
    case OwnFieldType::Text: return {RuleOperator::OneOf, RuleOperator::NoneOf};
    case OwnFieldType::YesNo: return {RuleOperator::IsYes, RuleOperator::IsNo};
    case OwnFieldType::Date: return {RuleOperator::WithinNextDays, RuleOperator::AtMostDaysAgo};
    }
    return {};
}

bool isNumericField(RuleField field)
{
    return field == RuleField::Revenue || field == RuleField::OrderCount || field == RuleField::DaysSinceLastOrder;
}

QString ruleFieldName(RuleField field)
{
    switch (field) {
    case RuleField::Revenue: return Text::tr("Revenue");
    case RuleField::OrderCount: return Text::tr("Orders");
    case RuleField::DaysSinceLastOrder: return Text::tr("Days since last order");
    case RuleField::Stage: return Text::tr("Stage");
    case RuleField::Quadrant: return Text::tr("Quadrant");
    case RuleField::Tags: return Text::tr("Tags");
    case RuleField::AbcClass: return Text::tr("ABC class");
    case RuleField::OwnField: return Text::tr("Own field");
    }
    return {};
}

QString ruleOperatorName(RuleOperator op)
{
    switch (op) {
    case RuleOperator::OneOf: return Text::tr("is one of");
    case RuleOperator::NoneOf: return Text::tr("is none of");
    case RuleOperator::IsYes: return Text::tr("is yes");
    case RuleOperator::IsNo: return Text::tr("is no");
    case RuleOperator::WithinNextDays: return Text::tr("is within the next");
    case RuleOperator::AtMostDaysAgo: return Text::tr("was at most");
    default: return operatorKey(op);
    }
}

ExcellenceRule::ExcellenceRule(Combinator combinator, const QList<RuleCondition> &conditions)
    : m_combinator(combinator), m_conditions(conditions)
{
    m_masks.reserve(conditions.size());
    for (const RuleCondition &c : conditions) {
        unsigned mask = 0;
        QStringList foldedValues;
        for (const QString &value : c.values) {
            if (const auto bit = valueBit(c.field, value))
                mask |= 1u << *bit;
            if (c.field == RuleField::OwnField)
                foldedValues.append(folded(value));
        }
        m_masks.append(mask);
        m_folded.append(foldedValues);
    }
    m_ownFieldFits.fill(false, conditions.size());
}

void ExcellenceRule::bindOwnFields(const QList<OwnFieldDefinition> &definitions)
{
    for (qsizetype i = 0; i < m_conditions.size(); ++i) {
        const RuleCondition &c = m_conditions.at(i);
        const auto defined = std::find_if(definitions.cbegin(), definitions.cend(),
                                          [&c](const OwnFieldDefinition &d) { return d.name == c.ownField; });
        m_ownFieldFits[i] = c.field == RuleField::OwnField && defined != definitions.cend()
                            && ownFieldOperators(defined->type).contains(c.op);
    }
}

bool ExcellenceRule::conditionMet(int index, const RuleSubject &s) const
{
    const RuleCondition &c = m_conditions.at(index);
    const unsigned mask = m_masks.at(index);
    switch (c.field) {
    case RuleField::Revenue: return compare(s.revenue, c);
    case RuleField::OrderCount: return compare(s.orderCount, c);
    case RuleField::DaysSinceLastOrder: return s.daysSinceLastOrder && compare(double(*s.daysSinceLastOrder), c);
    case RuleField::Stage: return listed(mask & (1u << int(s.stage)), c.op);
    case RuleField::Quadrant: return listed(mask & (1u << int(s.quadrant)), c.op);
    case RuleField::AbcClass: return listed(mask & (1u << int(s.abcClass)), c.op);
    case RuleField::Tags: {
        const bool hasOne = std::any_of(s.tags.cbegin(), s.tags.cend(), [&c](const QString &tag) {
            return c.values.contains(tag, Qt::CaseInsensitive);
        });
        return listed(hasOne, c.op);
    }
    case RuleField::OwnField: return m_ownFieldFits.at(index) && ownFieldMet(c, m_folded.at(index), s);
    }
    return false;
}

bool ExcellenceRule::matches(const RuleSubject &subject) const
{
    if (m_conditions.isEmpty())
        return false;
    const bool all = m_combinator == Combinator::All;
    for (int i = 0; i < m_conditions.size(); ++i) {
        if (conditionMet(i, subject) != all)
            return !all;
    }
    return all;
}

QString ExcellenceRule::toJson() const
{
    if (isEmpty())
        return {};
    QJsonArray conditions;
    for (const RuleCondition &c : m_conditions) {
        QJsonObject object{{QStringLiteral("field"), fieldKey(c.field)}, {QStringLiteral("op"), operatorKey(c.op)}};
        if (c.field == RuleField::OwnField)
            object.insert(QStringLiteral("name"), c.ownField);
        if (c.takesNumber())
            object.insert(QStringLiteral("value"), c.number);
        else if (c.takesValues())
            object.insert(QStringLiteral("values"), QJsonArray::fromStringList(c.values));
        conditions.append(object);
    }
    const QJsonObject root{
        {QStringLiteral("match"), m_combinator == Combinator::All ? QStringLiteral("all") : QStringLiteral("any")},
        {QStringLiteral("conditions"), conditions}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

Result<ExcellenceRule> ExcellenceRule::fromJson(const QString &json)
{
    if (json.trimmed().isEmpty())
        return ExcellenceRule();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{Text::tr("The excellent-customer rule is not valid JSON: %1").arg(parseError.errorString()), {}};
    const QJsonObject root = document.object();
    const QString match = root.value(QStringLiteral("match")).toString(QStringLiteral("all"));
    if (match != QStringLiteral("all") && match != QStringLiteral("any"))
        return Error{Text::tr("The excellent-customer rule must match \"all\" or \"any\", not \"%1\".").arg(match), {}};

    QList<RuleCondition> conditions;
    const QJsonArray array = root.value(QStringLiteral("conditions")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        auto fail = [i](const QString &why) {
            return Error{Text::tr("Condition %1 of the excellent-customer rule: %2").arg(i + 1).arg(why), {}};
        };
        RuleCondition c;
        const QString field = object.value(QStringLiteral("field")).toString();
        const auto knownField = std::find_if(std::begin(allRuleFields), std::end(allRuleFields),
                                             [&field](RuleField f) { return fieldKey(f) == field; });
        if (field == fieldKey(RuleField::OwnField)) {
            c.field = RuleField::OwnField;
            c.ownField = object.value(QStringLiteral("name")).toString();
            if (!OwnFields::isValidName(c.ownField))
                return fail(Text::tr("an own field needs a name"));
        } else if (knownField != std::end(allRuleFields)) {
            c.field = *knownField;
        } else {
            return fail(Text::tr("unknown field \"%1\"").arg(field));
        }
        const QString op = object.value(QStringLiteral("op")).toString();
        const auto knownOp = std::find_if(std::begin(allOperators), std::end(allOperators),
                                          [&op](RuleOperator o) { return operatorKey(o) == op; });
        if (knownOp == std::end(allOperators))
            return fail(Text::tr("unknown operator \"%1\"").arg(op));
        c.op = *knownOp;
        // An own field's type is checked when the rule is bound to the
        // definitions: the field may be retyped after the rule is written.
        const bool applies = c.field == RuleField::OwnField
                             || (isNumericField(c.field) ? ownFieldOperators(OwnFieldType::Number).contains(c.op)
                                                         : c.takesValues());
        if (!applies)
            return fail(Text::tr("\"%1\" does not apply to %2").arg(op, field));
        if (c.takesNumber()) {
            const QJsonValue value = object.value(QStringLiteral("value"));
            if (!value.isDouble())
                return fail(Text::tr("%1 needs a number").arg(field));
            c.number = value.toDouble();
        } else if (c.takesValues()) {
            for (const QJsonValue &value : object.value(QStringLiteral("values")).toArray()) {
                QString text = value.toString();
                if (c.field != RuleField::Tags && c.field != RuleField::OwnField && !valueBit(c.field, text, &text))
                    return fail(Text::tr("unknown %1 \"%2\"").arg(field, value.toString()));
                c.values.append(text);
            }
        }
        conditions.append(c);
    }
    return ExcellenceRule(match == QStringLiteral("all") ? Combinator::All : Combinator::Any, conditions);
}

bool ExcellenceRule::operator==(const ExcellenceRule &other) const
{
    return m_combinator == other.m_combinator && m_conditions == other.m_conditions;
}

QList<RulePreset> rulePresets()
{
    using C = ExcellenceRule::Combinator;
    const RuleCondition classA{RuleField::AbcClass, RuleOperator::OneOf, 0, {QStringLiteral("A")}};
    const RuleCondition recent{RuleField::DaysSinceLastOrder, RuleOperator::AtMost, 180, {}};
    const RuleCondition quadrantII{RuleField::Quadrant, RuleOperator::OneOf, 0, {QStringLiteral("II")}};
    const RuleCondition regular{RuleField::Stage, RuleOperator::OneOf, 0, {stageKey(Stage::Regular)}};
    const RuleCondition bigSpender{RuleField::Revenue, RuleOperator::AtLeast, 1000, {}};
    const RuleCondition frequent{RuleField::OrderCount, RuleOperator::AtLeast, 5, {}};
    return {
        {Text::tr("Class A and ordered in the last 180 days"), ExcellenceRule(C::All, {classA, recent})},
        {Text::tr("Quadrant II"), ExcellenceRule(C::All, {quadrantII})},
        {Text::tr("Regular with revenue of 1,000 or more"), ExcellenceRule(C::All, {regular, bigSpender})},
        {Text::tr("Five orders or more, the last within 180 days"), ExcellenceRule(C::All, {frequent, recent})},
        {Text::tr("Quadrant II or class A"), ExcellenceRule(C::Any, {quadrantII, classA})},
    };
}

} // namespace Kindred
