// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerfilterproxymodel.h"

#include "customertablemodel.h"

namespace Kindred {

CustomerFilterProxyModel::CustomerFilterProxyModel(CustomerTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    setSortRole(CustomerTableModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CustomerFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void CustomerFilterProxyModel::setStageFilter(std::optional<Stage> stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    invalidateRowsFilter();
}

bool CustomerFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_stage && m_source->stageAt(sourceRow) != *m_stage)
        return false;
    if (m_search.isEmpty())
        return true;
    const Customer &c = m_source->customerAt(sourceRow);
    if (c.name.contains(m_search, Qt::CaseInsensitive) || c.email.contains(m_search, Qt::CaseInsensitive))
        return true;
    return std::any_of(c.tags.cbegin(), c.tags.cend(),
                       [this](const QString &tag) { return tag.contains(m_search, Qt::CaseInsensitive); });
}

} // namespace Kindred
