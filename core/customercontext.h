// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customeranalysis.h"

#include <QHash>

namespace Kindred {

/// A customer's quadrant, stage and whether they meet the excellent-customer
/// rule, for lists that show customers one by one (the shortlist, export
/// columns). It reads them from a CustomerAnalysis over all the customers,
/// so that they agree with the customer table, the funnel and the CLI:
///
///     const auto context = CustomerContext::forCustomers(customers, store.settings());
///     context.stage(customer);
///
/// A customer the analysis was not built over is derived on their own with
/// the same rule, settings and day, off the revenue curve (no ABC class).
/// Copies are cheap: the analysis is shared.
class CustomerContext
{
public:
    /// No customers, the default settings (no rule), today.
    CustomerContext();
    explicit CustomerContext(const CustomerAnalysis &analysis);
    /// On the day given (the "as of" day); an invalid day is today.
    static CustomerContext forCustomers(const QList<Customer> &customers, const WorkspaceSettings &settings,
                                        const QDate &today = QDate());

    Quadrant quadrant(const Customer &customer) const { return derived(customer).quadrant; }
    Stage stage(const Customer &customer) const { return derived(customer).stage; }
    bool meetsExcellenceRule(const Customer &customer) const { return derived(customer).meetsExcellenceRule; }

    const CustomerAnalysis &analysis() const { return m_analysis; }

private:
    DerivedCustomer derived(const Customer &customer) const;

    CustomerAnalysis m_analysis;
    // Where each customer is in the analysis. The store numbers customers
    // one after another, so their ids are mostly dense: a table by id (less
    // the smallest) is built and read in a fraction of a hash's time, which
    // tells on a shortlist ranked again after an edit at 100,000 customers.
    // Ids spread wide are looked up in the hash instead.
    CustomerId m_firstId = 0;
    QList<qsizetype> m_byId; ///< -1 where no customer has the id
    QHash<CustomerId, qsizetype> m_index;
};

} // namespace Kindred
