// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customeranalysis.h"

#include "orderhistory.h"
#include "store/customerstore.h"

namespace Kindred {

struct CustomerAnalysis::Standing
{
    const Customer *customer = nullptr;
    OrderFigures orders;
};

namespace {
OrderFigures storedFigures(const Customer &c)
{
    return {c.revenue, c.orderCount, c.firstOrder, c.lastOrder};
}

// Whether the customer was one on that day: had ordered by then, or been created.
bool existedOn(const Customer &customer, const OrderFigures &upToDate, const QDate &date)
{
    return upToDate.orderCount > 0 || !customer.created.isValid() || customer.created.date() <= date;
}
} // namespace

CustomerAnalysis::CustomerAnalysis(const WorkspaceSettings &settings, const QDate &today)
    : m_today(today), m_split(settings.quadrantSplit), m_dormantDays(settings.dormantDays),
      m_ownFields(settings.ownFields)
{
    auto rule = ExcellenceRule::fromJson(settings.excellenceRule);
    if (rule)
        m_rule = rule.value();
    else
        m_ruleError = rule.error();
    m_rule.bindOwnFields(m_ownFields);
    for (const RuleCondition &c : m_rule.conditions()) {
        m_ruleReadsTags |= c.field == RuleField::Tags;
        m_ruleReadsOwnFields |= c.field == RuleField::OwnField;
    }
}

CustomerAnalysis::CustomerAnalysis(const QList<Customer> &customers, const WorkspaceSettings &settings,
                                   const QDate &today)
    : CustomerAnalysis(settings, today)
{
    QList<Standing> standings;
    standings.reserve(customers.size());
    for (const Customer &c : customers)
        standings.append({&c, storedFigures(c)});
    deriveAll(standings, settings, Subjects::Kept);
}

void CustomerAnalysis::deriveAll(const QList<Standing> &standings, const WorkspaceSettings &settings,
                                 Subjects subjects)
{
    QList<CustomerRevenue> revenues;
    revenues.reserve(standings.size());
    for (const Standing &s : standings)
        revenues.append({s.customer->id, s.orders.revenue});
    m_pareto = ParetoAnalysis(revenues, settings);
    const QHash<CustomerId, AbcClass> classes = m_pareto.classes();
    m_derived.reserve(standings.size());
    if (subjects == Subjects::Kept)
        m_subjects.reserve(standings.size());
    for (const Standing &s : standings) {
        RuleSubject subject = subjectOf(s, classes.value(s.customer->id, AbcClass::None), subjects);
        m_derived.append(derivedOf(s, subject));
        if (subjects == Subjects::Kept)
            m_subjects.append(std::move(subject));
    }
}

RuleSubject CustomerAnalysis::subjectOf(const Standing &s, AbcClass abcClass, Subjects subjects) const
{
    const Customer &c = *s.customer;
    RuleSubject subject;
    subject.revenue = s.orders.revenue;
    subject.orderCount = s.orders.orderCount;
    if (s.orders.orderCount > 0 && s.orders.lastOrder.isValid())
        subject.daysSinceLastOrder = s.orders.lastOrder.daysTo(m_today);
    subject.stage = deriveStage({c.handSetStage, s.orders.orderCount, s.orders.lastOrder, false}, m_today,
                                m_dormantDays);
    subject.quadrant = quadrantOf(c.valueFit, c.valueAwareness, m_split);
    subject.abcClass = abcClass;
    // A copy of the tags touches memory apart from the customer's: a third of
    // the time of 100,000 customers, so only when the subject is kept or the rule reads them.
    if (subjects == Subjects::Kept || m_ruleReadsTags)
        subject.tags = c.tags;
    if (subjects == Subjects::Kept || m_ruleReadsOwnFields)
        subject.ownFields = c.ownFields;
    subject.today = m_today;
    return subject;
}

DerivedCustomer CustomerAnalysis::derivedOf(const Standing &s, const RuleSubject &subject) const
{
    const bool excellent = m_rule.matches(subject);
    return {s.customer->id,
            s.orders.orderCount,
            subject.abcClass,
            subject.quadrant,
            excellent,
            deriveStage({s.customer->handSetStage, s.orders.orderCount, s.orders.lastOrder, excellent}, m_today,
                        m_dormantDays)};
}

DerivedCustomer CustomerAnalysis::derive(const Customer &customer, AbcClass abcClass) const
{
    const Standing standing{&customer, storedFigures(customer)};
    return derivedOf(standing, subjectOf(standing, abcClass, Subjects::Kept));
}

void CustomerAnalysis::rederive(qsizetype index, const Customer &customer)
{
    const Standing standing{&customer, storedFigures(customer)};
    RuleSubject subject = subjectOf(standing, m_derived.at(index).abcClass, Subjects::Kept);
    m_derived[index] = derivedOf(standing, subject);
    m_subjects[index] = std::move(subject);
}

Result<CustomerAnalysis> CustomerAnalysis::asOf(const CustomerStore &store, const QList<Customer> &customers,
                                                const WorkspaceSettings &settings, const QDate &date)
{
    auto figures = store.orderFigures(QDate(), date);
    if (!figures)
        return figures.error();
    CustomerAnalysis analysis(settings, date);
    QList<Standing> standings;
    standings.reserve(customers.size());
    for (const Customer &c : customers) {
        const OrderFigures upToDate = figures.value().value(c.id);
        if (existedOn(c, upToDate, date))
            standings.append({&c, upToDate});
    }
    analysis.deriveAll(standings, settings, Subjects::Kept);
    return analysis;
}

QList<CustomerAnalysis::Standing> CustomerAnalysis::standingsAsOf(const OrderHistory &history,
                                                                  const QList<Customer> &customers, const QDate &date)
{
    // The customers' figures on the day, beside them: copying 100,000
    // customers to change four numbers each would cost more than the analysis.
    OrderHistory::Walk walk(history, QDate(), date);
    QList<Standing> standings;
    standings.reserve(customers.size());
    for (const Customer &c : customers) {
        const OrderFigures upToDate = walk.figures(c.id);
        if (existedOn(c, upToDate, date))
            standings.append({&c, upToDate});
    }
    return standings;
}

CustomerAnalysis CustomerAnalysis::asOf(const OrderHistory &history, const QList<Customer> &customers,
                                        const WorkspaceSettings &settings, const QDate &date)
{
    CustomerAnalysis analysis(settings, date);
    analysis.deriveAll(standingsAsOf(history, customers, date), settings, Subjects::Kept);
    return analysis;
}

QList<DerivedCustomer> CustomerAnalysis::derivedAsOf(const OrderHistory &history, const QList<Customer> &customers,
                                                     const WorkspaceSettings &settings, const QDate &date)
{
    CustomerAnalysis analysis(settings, date);
    analysis.deriveAll(standingsAsOf(history, customers, date), settings, Subjects::Dropped);
    return analysis.m_derived;
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

std::optional<Customer> customerAsOf(const Customer &customer, const OrderFigures &upToDate, const QDate &date)
{
    if (!existedOn(customer, upToDate, date))
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
    const QList<OrderFigures> figures = history.figures(customers, QDate(), date);
    QList<Customer> then;
    then.reserve(customers.size());
    for (qsizetype i = 0; i < customers.size(); ++i) {
        if (auto past = customerAsOf(customers.at(i), figures.at(i), date))
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
