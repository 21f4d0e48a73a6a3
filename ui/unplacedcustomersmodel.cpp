// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "unplacedcustomersmodel.h"

#include "customertablemodel.h"

namespace Kindred {

UnplacedCustomersModel::UnplacedCustomersModel(CustomerTableModel &source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(&source);
    setFilterKeyColumn(CustomerTableModel::Name);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    sort(CustomerTableModel::Name);
}

void UnplacedCustomersModel::setOrder(Order order)
{
    if (order == m_order)
        return;
    m_order = order;
    invalidate();
}

int UnplacedCustomersModel::unplacedCount() const
{
    int count = 0;
    for (const Customer &c : m_source.customers())
        count += !c.isPlaced();
    return count;
}

bool UnplacedCustomersModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !m_source.customerAt(sourceRow).isPlaced()
        && QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool UnplacedCustomersModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int l = left.row();
    const int r = right.row();
    // Equal revenues (often none yet) keep the order they came in.
    if (m_order == Order::Revenue) {
        const double a = m_source.revenueAt(l);
        const double b = m_source.revenueAt(r);
        return a != b ? a > b : m_source.idAt(l) < m_source.idAt(r);
    }
    const int order = m_source.compareNames(l, r);
    return order != 0 ? order < 0 : m_source.idAt(l) < m_source.idAt(r);
}

} // namespace Kindred
