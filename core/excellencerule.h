// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "paretoanalysis.h"
#include "quadrant.h"
#include "stage.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kindred {

/// What a rule can look at (DOMAIN.md section 4).
enum class RuleField { Revenue, OrderCount, DaysSinceLastOrder, Stage, Quadrant, Tags, AbcClass };

/// AtLeast..NotEqual compare numbers (revenue, order count, days since the
/// last order); OneOf and NoneOf test stage, quadrant, ABC class and tags
/// against a list of values.
enum class RuleOperator { AtLeast, AtMost, Equal, NotEqual, OneOf, NoneOf };

/// One condition, e.g. revenue >= 1000, or quadrant one of [II].
struct RuleCondition
{
    RuleField field = RuleField::Revenue;
    RuleOperator op = RuleOperator::AtLeast;
    double number = 0.0; ///< for numeric fields
    /// For the other fields: stage keys ("regular"), quadrant numerals ("II"),
    /// ABC keys ("A") or tags (compared without regard to case).
    QStringList values;

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
};

/// The business's own definition of an excellent customer: conditions combined
/// with "all" or "any". A customer who meets it is Core in the funnel. A rule
/// without conditions matches nobody. Stored as JSON in
/// WorkspaceSettings::excellenceRule:
/// {"match": "all", "conditions": [{"field": "revenue", "op": ">=", "value": 1000},
///                                 {"field": "quadrant", "op": "in", "values": ["II"]}]}
class ExcellenceRule
{
public:
    enum class Combinator { All, Any };

    ExcellenceRule() = default;
    ExcellenceRule(Combinator combinator, const QList<RuleCondition> &conditions);

    Combinator combinator() const { return m_combinator; }
    const QList<RuleCondition> &conditions() const { return m_conditions; }
    bool isEmpty() const { return m_conditions.isEmpty(); }

    bool matches(const RuleSubject &subject) const;

    /// Compact JSON; an empty rule gives an empty string.
    QString toJson() const;
    /// Parses toJson()'s format; an empty string gives the empty rule. Unknown
    /// fields, operators or values are errors that name the condition.
    static Result<ExcellenceRule> fromJson(const QString &json);

    bool operator==(const ExcellenceRule &other) const;
    bool operator!=(const ExcellenceRule &other) const { return !(*this == other); }

private:
    bool conditionMet(int index, const RuleSubject &subject) const;
    Combinator m_combinator = Combinator::All;
    QList<RuleCondition> m_conditions;
    QList<unsigned> m_masks; ///< per condition: bit set of the enum values listed
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
/// Translated field name for display.
QString ruleFieldName(RuleField field);
/// Translated operator as shown in the editor (">=", "is one of", ...).
QString ruleOperatorName(RuleOperator op);
constexpr RuleField allRuleFields[] = {RuleField::Revenue, RuleField::OrderCount, RuleField::DaysSinceLastOrder,
                                       RuleField::Stage,   RuleField::Quadrant,   RuleField::Tags,
                                       RuleField::AbcClass};

} // namespace Kindred
