// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customeranalysis.h"

#include "orderhistory.h"
#include "store/customerstore.h"

namespace Kindred {

CustomerAnalysis::CustomerAnalysis(const QList<Customer> &customers, const WorkspaceSettings &settings,
                                   const QDate &today)
    : m_today(today), m_split(settings.quadrantSplit), m_dormantDays(settings.dormantDays),
      m_ownFields(settings.ownFields)
{
    auto rule = ExcellenceRule::fromJson(settings.excellenceRule);
    if (rule)
        m_rule = rule.value();
    else
        m_ruleError = rule.error();
    m_rule.bindOwnFields(m_ownFields);
    m_pareto = ParetoAnalysis(ParetoAnalysis::allTimeRevenue(customers), settings);
    deriveAll(customers);
}

void CustomerAnalysis::deriveAll(const QList<Customer> &customers)
{
    const QHash<CustomerId, AbcClass> classes = m_pareto.classes();
    m_derived.reserve(customers.size());
    m_subjects.reserve(customers.size());
    for (const Customer &c : customers) {
        RuleSubject subject = subjectOf(c, classes.value(c.id, AbcClass::None));
        m_derived.append(derivedOf(c, subject));
        m_subjects.append(std::move(subject));
    }
}

RuleSubject CustomerAnalysis::subjectOf(const Customer &c, AbcClass abcClass) const
{
    RuleSubject subject;
    subject.revenue = c.revenue;
    subject.orderCount = c.orderCount;
    if (c.orderCount > 0 && c.lastOrder.isValid())
        subject.daysSinceLastOrder = c.lastOrder.daysTo(m_today);
    subject.stage = deriveStage({c.handSetStage, c.orderCount, c.lastOrder, false}, m_today, m_dormantDays);
    subject.quadrant = quadrantOf(c.valueFit, c.valueAwareness, m_split);
    subject.abcClass = abcClass;
    subject.tags = c.tags;
    subject.ownFields = c.ownFields;
    subject.today = m_today;
    return subject;
}

DerivedCustomer CustomerAnalysis::derivedOf(const Customer &c, const RuleSubject &subject) const
{
    const bool excellent = m_rule.matches(subject);
    return {c.id,
            c.orderCount,
            subject.abcClass,
            subject.quadrant,
            excellent,
            deriveStage({c.handSetStage, c.orderCount, c.lastOrder, excellent}, m_today, m_dormantDays)};
}

DerivedCustomer CustomerAnalysis::derive(const Customer &customer, AbcClass abcClass) const
{
    return derivedOf(customer, subjectOf(customer, abcClass));
}

void CustomerAnalysis::rederive(qsizetype index, const Customer &customer)
{
    RuleSubject subject = subjectOf(customer, m_derived.at(index).abcClass);
    m_derived[index] = derivedOf(customer, subject);
    m_subjects[index] = std::move(subject);
}

Result<CustomerAnalysis> CustomerAnalysis::asOf(const CustomerStore &store, const QList<Customer> &customers,
                                                const WorkspaceSettings &settings, const QDate &date)
{
    auto then = customersAsOf(store, customers, date);
    if (!then)
        return then.error();
    return CustomerAnalysis(then.value(), settings, date);
}

Result<QList<Customer>> customersAsOf(const CustomerStore &store, const QList<Customer> &customers,
                                      const QDate &date)
{
    auto figures = store.orderFigures(QDate(), date);
    if (!figures)
        return figures.error();
    QList<Customer> then;
    then.reserve(customers.size());
    for (const Customer &c : customers) {
        if (auto past = customerAsOf(c, figures.value().value(c.id), date))
            then.append(std::move(*past));
    }
    return then;
}

CustomerAnalysis CustomerAnalysis::asOf(const OrderHistory &history, const QList<Customer> &customers,
                                        const WorkspaceSettings &settings, const QDate &date)
{
    return CustomerAnalysis(customersAsOf(history, customers, date), settings, date);
}

std::optional<Customer> customerAsOf(const Customer &customer, const OrderFigures &upToDate, const QDate &date)
{
    if (upToDate.orderCount == 0 && customer.created.isValid() && customer.created.date() > date)
        return std::nullopt;
    Customer past = customer;
    past.revenue = upToDate.revenue;
    past.orderCount = upToDate.orderCount;
    past.firstOrder = upToDate.firstOrder;
    past.lastOrder = upToDate.lastOrder;
    return past;
}

QList<Customer> customersAsOf(const OrderHistory &history, const QList<Customer> &customers, const QDate &date)
{
    QList<Customer> then;
    then.reserve(customers.size());
    for (const Customer &c : customers) {
        if (auto past = customerAsOf(c, history.figures(c.id, QDate(), date), date))
            then.append(std::move(*past));
    }
    return then;
}

QDate offeredAsOf(const QDate &lastOrderDate, const WorkspaceSettings &settings, const QDate &today)
{
    if (settings.asOfChosen || !lastOrderDate.isValid() || lastOrderDate.daysTo(today) <= settings.dormantDays)
        return {};
    return lastOrderDate;
}

QList<qsizetype> CustomerAnalysis::matching(const ExcellenceRule &rule) const
{
    ExcellenceRule bound = rule;
    bound.bindOwnFields(m_ownFields);
    QList<qsizetype> result;
    for (qsizetype i = 0; i < m_subjects.size(); ++i) {
        if (bound.matches(m_subjects.at(i)))
            result.append(i);
    }
    return result;
}

} // namespace Kindred
