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
    const Customer &a = m_source.customerAt(left.row());
    const Customer &b = m_source.customerAt(right.row());
    // Equal revenues (often none yet) keep the order they came in: comparing
    // names by language costs too much on every reload of 100,000 customers.
    if (m_order == Order::Revenue)
        return a.revenue != b.revenue ? a.revenue > b.revenue : a.id < b.id;
    const int order = m_source.compareNames(left.row(), right.row());
    return order != 0 ? order < 0 : a.id < b.id;
}

} // namespace Kindred
