// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "ownfields.h"
#include "paretoanalysis.h"
#include "quadrant.h"
#include "stage.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kindred {

/// What a rule can look at (DOMAIN.md section 4). OwnField is one of the
/// marketer's own fields, named by the condition.
enum class RuleField { Revenue, OrderCount, DaysSinceLastOrder, Stage, Quadrant, Tags, AbcClass, OwnField };

/// AtLeast..NotEqual compare numbers (revenue, order count, days since the
/// last order, an own number field); OneOf and NoneOf test stage, quadrant,
/// ABC class, tags and own text fields against a list of values. The others
/// are for own fields: IsYes and IsNo for yes/no fields, WithinNextDays and
/// AtMostDaysAgo for date fields.
enum class RuleOperator { AtLeast, AtMost, Equal, NotEqual, OneOf, NoneOf, IsYes, IsNo, WithinNextDays, AtMostDaysAgo };

/// One condition, e.g. revenue >= 1000, quadrant one of [II], or own field
/// 誕生日 within the next 30 days.
struct RuleCondition
{
    RuleField field = RuleField::Revenue;
    RuleOperator op = RuleOperator::AtLeast;
    double number = 0.0; ///< for numeric operators, and the days of date operators
    /// For the other fields: stage keys ("regular"), quadrant numerals ("II"),
    /// ABC keys ("A"), tags or own text values (compared without regard to
    /// case or width).
    QStringList values;
    QString ownField = {}; ///< the own field's name when field is OwnField

    bool takesNumber() const;
    bool takesValues() const { return op == RuleOperator::OneOf || op == RuleOperator::NoneOf; }

    bool operator==(const RuleCondition &other) const;
};

/// What the rule knows about one customer.
struct RuleSubject
{
    double revenue = 0.0; ///< all-time net revenue
    int orderCount = 0;
    /// Days from the last order to today; nullopt when the customer never
    /// ordered, and then every condition on it is false.
    std::optional<qint64> daysSinceLastOrder;
    /// The stage without the rule: the hand-set stage, else from orders and
    /// dormancy. Never Core by this rule, which would be circular.
    Stage stage = Stage::Prospect;
    Quadrant quadrant = Quadrant::Unplaced;
    AbcClass abcClass = AbcClass::None; ///< on the all-time revenue curve
    QStringList tags;
    OwnFieldValues ownFields; ///< canonical values, by field name
    /// The day the rule is evaluated on (today or the "as of" day): date
    /// conditions count from it.
    QDate today;
};

/// The business's own definition of an excellent customer: conditions combined
/// with "all" or "any". A customer who meets it is Core in the funnel. A rule
/// without conditions matches nobody. Stored as JSON in
/// WorkspaceSettings::excellenceRule:
/// {"match": "all", "conditions": [{"field": "revenue", "op": ">=", "value": 1000},
///                                 {"field": "quadrant", "op": "in", "values": ["II"]}]}
/// A condition on an own field adds its name: {"field": "own", "name": "会員ランク",
/// "op": "in", "values": ["ゴールド"]}; "op" is also "yes", "no", "next days"
/// or "days ago" (the last two with a "value").
///
/// An own field's type comes from the workspace's definitions, given with
/// bindOwnFields(). A condition whose field is not defined, or whose operator
/// does not suit the field's type, is false; so is one on a value that is
/// missing or does not read as its type, but for "none of".
class ExcellenceRule
{
public:
    enum class Combinator { All, Any };

    ExcellenceRule() = default;
    ExcellenceRule(Combinator combinator, const QList<RuleCondition> &conditions);

    Combinator combinator() const { return m_combinator; }
    const QList<RuleCondition> &conditions() const { return m_conditions; }
    bool isEmpty() const { return m_conditions.isEmpty(); }

    /// The own field definitions the rule's conditions are read with.
    void bindOwnFields(const QList<OwnFieldDefinition> &definitions);

    bool matches(const RuleSubject &subject) const;

    /// Compact JSON; an empty rule gives an empty string.
    QString toJson() const;
    /// Parses toJson()'s format; an empty string gives the empty rule. Unknown
    /// fields, operators or values are errors that name the condition.
    static Result<ExcellenceRule> fromJson(const QString &json);

    /// Compares the conditions, not the definitions bound.
    bool operator==(const ExcellenceRule &other) const;
    bool operator!=(const ExcellenceRule &other) const { return !(*this == other); }

private:
    bool conditionMet(int index, const RuleSubject &subject) const;
    Combinator m_combinator = Combinator::All;
    QList<RuleCondition> m_conditions;
    QList<unsigned> m_masks; ///< per condition: bit set of the enum values listed
    QList<QStringList> m_folded; ///< per condition: its values as own text compares them
    /// Per condition: whether the own field is defined with a type the
    /// operator suits.
    QList<bool> m_ownFieldFits;
};

/// A named starting point for the rule editor.
struct RulePreset
{
    QString name;
    ExcellenceRule rule;
};
QList<RulePreset> rulePresets();

/// Whether the field is compared as a number (else against a list of values).
bool isNumericField(RuleField field);
/// The operators that suit an own field of this type, the first the default.
QList<RuleOperator> ownFieldOperators(OwnFieldType type);
/// Translated field name for display.
QString ruleFieldName(RuleField field);
/// Translated operator as shown in the editor (">=", "is one of", ...).
QString ruleOperatorName(RuleOperator op);
constexpr RuleField allRuleFields[] = {RuleField::Revenue, RuleField::OrderCount, RuleField::DaysSinceLastOrder,
                                       RuleField::Stage,   RuleField::Quadrant,   RuleField::Tags,
                                       RuleField::AbcClass};

} // namespace Kindred
