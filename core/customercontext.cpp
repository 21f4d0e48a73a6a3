// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customercontext.h"

namespace Kindred {

CustomerContext::CustomerContext()
    : CustomerContext(CustomerAnalysis({}, WorkspaceSettings(), QDate::currentDate()))
{
}

CustomerContext::CustomerContext(const CustomerAnalysis &analysis) : m_analysis(analysis)
{
    m_index.reserve(analysis.size());
    for (qsizetype i = 0; i < analysis.size(); ++i)
        m_index.insert(analysis.at(i).id, i);
}

CustomerContext CustomerContext::forCustomers(const QList<Customer> &customers, const WorkspaceSettings &settings,
                                              const QDate &today)
{
    return CustomerContext(CustomerAnalysis(customers, settings, today.isValid() ? today : QDate::currentDate()));
}

DerivedCustomer CustomerContext::derived(const Customer &customer) const
{
    const auto found = m_index.constFind(customer.id);
    return found != m_index.cend() ? m_analysis.at(*found) : m_analysis.derive(customer);
}

} // namespace Kindred
