// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "error.h"
#include "excellencerule.h"
#include "paretoanalysis.h"
#include "workspacesettings.h"

#include <QDate>
#include <QList>

#include <optional>

namespace Kindred {

class CustomerStore;
class OrderHistory;
struct OrderFigures;

/// What Kindred derives for one customer on a given day.
struct DerivedCustomer
{
    CustomerId id = 0;
    int orderCount = 0;
    AbcClass abcClass = AbcClass::None; ///< on the all-time revenue curve
    Quadrant quadrant = Quadrant::Unplaced;
    bool meetsExcellenceRule = false;
    Stage stage = Stage::Prospect; ///< final: hand-set, else Core by rule, else Dormant, else by orders
};

/// The one place that derives each customer's ABC class, quadrant, whether
/// they meet the excellent-customer rule and their funnel stage, for the
/// customer table, the funnel, the rule editor and the CLI:
///
///     const CustomerAnalysis analysis(customers, store.settings(), QDate::currentDate());
///     analysis.at(row).stage;
///
/// The day is the "as of" day: dormancy and the rule's days since the last
/// order are counted up to it. For a day other than today, give the
/// customers as they stood then (asOf(), customersAsOf()), so that orders
/// after it do not count.
///
/// The rule is read from settings.excellenceRule; a rule that cannot be read
/// counts as empty (nobody is Core by rule) and ruleError() says why.
class CustomerAnalysis
{
public:
    CustomerAnalysis() = default;
    CustomerAnalysis(const QList<Customer> &customers, const WorkspaceSettings &settings, const QDate &today);

    /// The customers as they stood at the end of a past day: revenue, order
    /// count and last order from the orders dated up to it. Customers who had
    /// not ordered by then and were created after it are left out. Hand-set
    /// stages, scores and tags are today's: their history is not kept.
    static Result<CustomerAnalysis> asOf(const CustomerStore &store, const QList<Customer> &customers,
                                         const WorkspaceSettings &settings, const QDate &date);
    /// The same from the orders held in memory, without SQL.
    static CustomerAnalysis asOf(const OrderHistory &history, const QList<Customer> &customers,
                                 const WorkspaceSettings &settings, const QDate &date);

    /// Only what the funnel counts of a past day: each customer's stage and
    /// order count as asOf() derives them, without the rule subjects asOf()
    /// keeps for subject() and matching(), whose copies of every customer's
    /// tags and own fields would take as long as all the rest.
    static QList<DerivedCustomer> derivedAsOf(const OrderHistory &history, const QList<Customer> &customers,
                                              const WorkspaceSettings &settings, const QDate &date);

    /// Derived views in the order of the customers given.
    const QList<DerivedCustomer> &customers() const { return m_derived; }
    const DerivedCustomer &at(qsizetype index) const { return m_derived.at(index); }
    qsizetype size() const { return m_derived.size(); }

    /// One customer the analysis was not built over (a test's, or one just
    /// added), derived with its rule, settings and day; not on its revenue
    /// curve, so of the given ABC class.
    DerivedCustomer derive(const Customer &customer, AbcClass abcClass = AbcClass::None) const;
    /// Derives the customer at index again after a change that left their
    /// revenue as it was (a note, scores, a pin, tags): the revenue curve,
    /// and so everyone's ABC class, stays, and nobody else's figures move.
    /// An edit at 100,000 customers then costs one customer, not all.
    void rederive(qsizetype index, const Customer &customer);

    /// What the rule sees of each customer, in the same order.
    const RuleSubject &subject(qsizetype index) const { return m_subjects.at(index); }
    /// Indexes of the customers another rule would match (live preview),
    /// its own fields read with the workspace's definitions.
    QList<qsizetype> matching(const ExcellenceRule &rule) const;
    /// The workspace's own field definitions the rule is read with.
    const QList<OwnFieldDefinition> &ownFields() const { return m_ownFields; }

    const ParetoAnalysis &pareto() const { return m_pareto; }
    const ExcellenceRule &rule() const { return m_rule; }
    const Status &ruleError() const { return m_ruleError; }
    /// The day it was derived for: today, or the workspace's "as of" day.
    QDate today() const { return m_today; }

private:
    /// A customer with the figures of their orders up to the day.
    struct Standing;
    /// Whether each customer's rule subject is kept for subject() and matching().
    enum class Subjects { Kept, Dropped };
    CustomerAnalysis(const WorkspaceSettings &settings, const QDate &today);
    static QList<Standing> standingsAsOf(const OrderHistory &history, const QList<Customer> &customers,
                                         const QDate &date);
    void deriveAll(const QList<Standing> &standings, const WorkspaceSettings &settings, Subjects subjects);
    RuleSubject subjectOf(const Standing &standing, AbcClass abcClass, Subjects subjects) const;
    DerivedCustomer derivedOf(const Standing &standing, const RuleSubject &subject) const;

    QDate m_today;
    QuadrantSplit m_split;
    int m_dormantDays = 365;
    QList<OwnFieldDefinition> m_ownFields;
    ExcellenceRule m_rule;
    bool m_ruleReadsTags = false;
    bool m_ruleReadsOwnFields = false;
    Status m_ruleError;
    ParetoAnalysis m_pareto;
    QList<DerivedCustomer> m_derived;
    QList<RuleSubject> m_subjects;
};

/// The customer as they stood at the end of a day, given the figures of
/// their orders up to it: revenue, order count, first and last order from
/// those; nullopt when they had not ordered by then and were created after
/// it. Hand-set stages, scores and tags are today's: their history is not kept.
std::optional<Customer> customerAsOf(const Customer &customer, const OrderFigures &upToDate, const QDate &date);
/// customerAsOf() of each customer, from the orders held in memory; those
/// who did not exist yet are left out.
QList<Customer> customersAsOf(const OrderHistory &history, const QList<Customer> &customers, const QDate &date);
/// The same from the store's orders, in one query (kindred-cli).
Result<QList<Customer>> customersAsOf(const CustomerStore &store, const QList<Customer> &customers,
                                      const QDate &date);

/// The "as of" day to offer for a store whose last order is long past (more
/// than the dormant days before today, so that everyone looks Dormant): the
/// last order date, unless someone has chosen the day for this workspace
/// already. Invalid when there is nothing to offer.
QDate offeredAsOf(const QDate &lastOrderDate, const WorkspaceSettings &settings, const QDate &today);

} // namespace Kindred
