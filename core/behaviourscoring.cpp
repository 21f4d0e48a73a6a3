// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "behaviourscoring.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace Kindred {

namespace {
// Gives lupdate and the running program the same context for these texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::BehaviourRule)
};

struct NumberKey
{
    const char *key;
    double BehaviourRule::*real;
    int BehaviourRule::*integer;
};

const NumberKey numberKeys[] = {
    {"window_months", nullptr, &BehaviourRule::windowMonths},
    {"repeat_target", &BehaviourRule::repeatTarget, nullptr},
    {"tenure_years", &BehaviourRule::tenureYears, nullptr},
    {"recent_days", nullptr, &BehaviourRule::recentDays},
    {"quiet_days", nullptr, &BehaviourRule::quietDays},
    {"repeat_weight", &BehaviourRule::repeatWeight, nullptr},
    {"tenure_weight", &BehaviourRule::tenureWeight, nullptr},
    {"recency_weight", &BehaviourRule::recencyWeight, nullptr},
};

QString tenureText(qint64 days)
{
    if (days < 31)
        return Text::tr("customer for %n day(s)", nullptr, int(days));
    if (days < 365)
        return Text::tr("customer for %n month(s)", nullptr, int(days / 30.44));
    return Text::tr("customer for %n year(s)", nullptr, int(days / 365.25));
}
} // namespace

Result<BehaviourRule> BehaviourRule::fromJson(const QJsonObject &json, const BehaviourRule &defaults)
{
    BehaviourRule rule = defaults;
    for (const NumberKey &k : numberKeys) {
        const QJsonValue value = json.value(QLatin1String(k.key));
        if (value.isUndefined())
            continue;
        if (!value.isDouble() || value.toDouble() < 0.0)
            return Error{Text::tr("%1 must be a number, 0 or more.").arg(QLatin1String(k.key)), QString()};
        if (k.real)
            rule.*k.real = value.toDouble();
        else
            rule.*k.integer = value.toInt();
    }
    if (rule.windowMonths < 1 || rule.repeatTarget <= 0.0 || rule.tenureYears <= 0.0)
        return Error{Text::tr("window_months, repeat_target and tenure_years must be above 0."), QString()};
    if (rule.quietDays <= rule.recentDays)
        return Error{Text::tr("quiet_days must be more than recent_days."), QString()};
    if (rule.repeatWeight + rule.tenureWeight + rule.recencyWeight <= 0.0)
        return Error{Text::tr("At least one weight must be above 0."), QString()};
    return rule;
}

Result<BehaviourRule> BehaviourRule::load(const QString &path, const BehaviourRule &defaults)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("Cannot open the rule: %1").arg(file.errorString()), path};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Error{Text::tr("The rule is not a JSON object: %1").arg(parseError.errorString()), path};
    auto rule = fromJson(document.object(), defaults);
    if (!rule) {
        Error error = rule.error();
        error.file = path;
        return error;
    }
    return rule;
}

QJsonObject BehaviourRule::toJson() const
{
    QJsonObject json;
    for (const NumberKey &k : numberKeys)
        json.insert(QLatin1String(k.key), k.real ? this->*k.real : double(this->*k.integer));
    return json;
}

BehaviourRule BehaviourRule::forSettings(const WorkspaceSettings &settings)
{
    BehaviourRule rule;
    rule.quietDays = std::max(settings.dormantDays, rule.recentDays + 1);
    return rule;
}

QDate BehaviourRule::windowStart(const QDate &reference) const
{
    return reference.addMonths(-windowMonths).addDays(1);
}

QList<ScoreSuggestion> BehaviourRule::suggest(const QList<Customer> &customers,
                                              const QHash<CustomerId, OrderFigures> &ordersInWindow,
                                              const QDate &reference) const
{
    const QDate start = windowStart(reference);
    const double weights = repeatWeight + tenureWeight + recencyWeight;
    QList<ScoreSuggestion> result;
    for (const Customer &c : customers) {
        if (c.orderCount == 0 || !c.firstOrder.isValid() || !c.lastOrder.isValid())
            continue;
        const int inWindow = ordersInWindow.value(c.id).orderCount;
        const int repeats = std::max(0, inWindow - (c.firstOrder >= start ? 1 : 0));
        const qint64 tenureDays = std::max<qint64>(0, c.firstOrder.daysTo(reference));
        const qint64 quietFor = std::max<qint64>(0, c.lastOrder.daysTo(reference));

        const double repeat = std::min(1.0, repeats / repeatTarget);
        const double tenure = std::min(1.0, tenureDays / (tenureYears * 365.25));
        const double recency = std::clamp(double(quietDays - quietFor) / double(quietDays - recentDays), 0.0, 1.0);
        const double awareness =
            ValueMatrix::clampScore(100.0 * (repeatWeight * repeat + tenureWeight * tenure + recencyWeight * recency)
                                    / weights);

        const QString explanation = Text::tr("%n repeat order(s) in %1 months", nullptr, repeats).arg(windowMonths)
                                    + QStringLiteral(", ") + tenureText(tenureDays) + QStringLiteral(", ")
                                    + Text::tr("last order %n day(s) ago", nullptr, int(quietFor));
        result.append({c.id, std::nullopt, awareness, explanation});
    }
    return result;
}

Result<QList<ScoreSuggestion>> BehaviourRule::suggest(const CustomerStore &store, const QDate &reference) const
{
    auto customers = store.customers();
    if (!customers)
        return customers.error();
    auto figures = store.orderFigures(windowStart(reference), reference);
    if (!figures)
        return figures.error();
    return suggest(customers.value(), figures.value(), reference);
}

} // namespace Kindred
