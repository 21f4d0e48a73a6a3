// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customeranalysis.h"

#include "customerstore.h"

namespace Kindred {

CustomerAnalysis::CustomerAnalysis(const QList<Customer> &customers, const WorkspaceSettings &settings,
                                   const QDate &today)
    : m_today(today)
{
    auto rule = ExcellenceRule::fromJson(settings.excellenceRule);
    if (rule)
        m_rule = rule.value();
    else
        m_ruleError = rule.error();
    derive(customers, settings);
}

void CustomerAnalysis::derive(const QList<Customer> &customers, const WorkspaceSettings &settings)
{
    m_pareto = ParetoAnalysis(ParetoAnalysis::allTimeRevenue(customers), settings);
    const QHash<CustomerId, AbcClass> classes = m_pareto.classes();

    m_derived.reserve(customers.size());
    m_subjects.reserve(customers.size());
    for (const Customer &c : customers) {
        StageInput input{c.handSetStage, c.orderCount, c.lastOrder, false};
        RuleSubject subject;
        subject.revenue = c.revenue;
        subject.orderCount = c.orderCount;
        if (c.orderCount > 0 && c.lastOrder.isValid())
            subject.daysSinceLastOrder = c.lastOrder.daysTo(m_today);
        subject.stage = deriveStage(input, m_today, settings.dormantDays);
        subject.quadrant = quadrantOf(c.valueFit, c.valueAwareness, settings.quadrantSplit);
        subject.abcClass = classes.value(c.id, AbcClass::None);
        subject.tags = c.tags;

        input.meetsExcellenceRule = m_rule.matches(subject);
        m_derived.append({c.id, c.orderCount, subject.abcClass, subject.quadrant, input.meetsExcellenceRule,
                          deriveStage(input, m_today, settings.dormantDays)});
        m_subjects.append(std::move(subject));
    }
}

Result<CustomerAnalysis> CustomerAnalysis::asOf(const CustomerStore &store, const QList<Customer> &customers,
                                                const WorkspaceSettings &settings, const QDate &date)
{
    auto figures = store.orderFigures(QDate(), date);
    if (!figures)
        return figures.error();
    QList<Customer> then;
    then.reserve(customers.size());
    for (const Customer &c : customers) {
        const auto found = figures.value().constFind(c.id);
        const bool ordered = found != figures.value().cend();
        if (!ordered && c.created.isValid() && c.created.date() > date)
            continue;
        Customer past = c;
        const OrderFigures f = ordered ? *found : OrderFigures();
        past.revenue = f.revenue;
        past.orderCount = f.orderCount;
        past.firstOrder = f.firstOrder;
        past.lastOrder = f.lastOrder;
        then.append(std::move(past));
    }
    return CustomerAnalysis(then, settings, date);
}

QList<qsizetype> CustomerAnalysis::matching(const ExcellenceRule &rule) const
{
    QList<qsizetype> result;
    for (qsizetype i = 0; i < m_subjects.size(); ++i) {
        if (rule.matches(m_subjects.at(i)))
            result.append(i);
    }
    return result;
}

} // namespace Kindred
