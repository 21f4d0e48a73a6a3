// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customercontext.h"

#include <algorithm>

namespace Kindred {

CustomerContext::CustomerContext()
    : CustomerContext(CustomerAnalysis({}, WorkspaceSettings(), QDate::currentDate()))
{
}

CustomerContext::CustomerContext(const CustomerAnalysis &analysis) : m_analysis(analysis)
{
    if (analysis.size() == 0)
        return;
    const auto [first, last] = std::minmax_element(
        analysis.customers().cbegin(), analysis.customers().cend(),
        [](const DerivedCustomer &a, const DerivedCustomer &b) { return a.id < b.id; });
    if (last->id - first->id < 4 * analysis.size() + 1024) {
        m_firstId = first->id;
        m_byId.fill(-1, last->id - first->id + 1);
        for (qsizetype i = 0; i < analysis.size(); ++i)
            m_byId[analysis.at(i).id - m_firstId] = i;
        return;
    }
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
    if (!m_byId.isEmpty()) {
        const CustomerId slot = customer.id - m_firstId;
        const qsizetype at = slot >= 0 && slot < m_byId.size() ? m_byId.at(slot) : -1;
        return at >= 0 ? m_analysis.at(at) : m_analysis.derive(customer);
    }
    const auto found = m_index.constFind(customer.id);
    return found != m_index.cend() ? m_analysis.at(*found) : m_analysis.derive(customer);
}

} // namespace Kindred
