// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerfilterproxymodel.h"

#include "customertablemodel.h"

namespace Kindred {

CustomerFilterProxyModel::CustomerFilterProxyModel(CustomerTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
}

void CustomerFilterProxyModel::setFilter(const CustomerFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

void CustomerFilterProxyModel::setSearchText(const QString &text)
{
    CustomerFilter filter = m_filter;
    filter.text = text.trimmed();
    setFilter(filter);
}

void CustomerFilterProxyModel::setStageFilter(std::optional<Stage> stage)
{
    CustomerFilter filter = m_filter;
    filter.stages.clear();
    if (stage)
        filter.stages.insert(*stage);
    setFilter(filter);
}

void CustomerFilterProxyModel::setFunnelFilter(std::optional<Stage> stage)
{
    CustomerFilter filter = m_filter;
    filter.stages.clear();
    filter.reached.reset();
    if (stage == Stage::Dormant)
        filter.stages.insert(Stage::Dormant);
    else
        filter.reached = stage;
    setFilter(filter);
}

bool CustomerFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_filter.matches(m_source->customerAt(sourceRow), m_source->stageAt(sourceRow));
}

} // namespace Kindred

namespace Kindred {

namespace {
// Empty values sort after all others in ascending order.
template<typename T>
int compareOptional(const std::optional<T> &a, const std::optional<T> &b)
{
    if (a.has_value() != b.has_value())
        return a.has_value() ? -1 : 1;
    return !a ? 0 : (*a < *b ? -1 : (*b < *a ? 1 : 0));
}

template<typename T>
int compare(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

std::optional<QDate> present(const QDate &date)
{
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}
} // namespace

int CustomerFilterProxyModel::compareOwnField(const OwnFieldDefinition &field, const Customer &a,
                                              const Customer &b) const
{
    const QString x = a.ownFields.value(field.name);
    const QString y = b.ownFields.value(field.name);
    switch (field.type) {
    case OwnFieldType::Number: return compareOptional(OwnFields::keptNumber(x), OwnFields::keptNumber(y));
    case OwnFieldType::Date: return compareOptional(OwnFields::keptDate(x), OwnFields::keptDate(y));
    case OwnFieldType::Text:
    case OwnFieldType::YesNo: break;
    }
    return m_nameOrder.compare(x, y);
}

bool CustomerFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int l = left.row();
    const int r = right.row();
    const Customer &a = m_source->customerAt(l);
    const Customer &b = m_source->customerAt(r);
    int order = 0;
    switch (left.column()) {
    case CustomerTableModel::Name: order = m_source->compareNames(l, r); break;
    case CustomerTableModel::Email: order = m_nameOrder.compare(a.email, b.email); break;
    case CustomerTableModel::Company: order = m_nameOrder.compare(a.company, b.company); break;
    case CustomerTableModel::Tags: order = m_nameOrder.compare(joinTags(a.tags), joinTags(b.tags)); break;
    case CustomerTableModel::Stage:
        order = compare(int(m_source->stageAt(l)), int(m_source->stageAt(r)));
        break;
    case CustomerTableModel::Revenue: order = compare(m_source->revenueAt(l), m_source->revenueAt(r)); break;
    case CustomerTableModel::Orders: order = compare(a.orderCount, b.orderCount); break;
    case CustomerTableModel::LastOrder: order = compareOptional(present(a.lastOrder), present(b.lastOrder)); break;
    case CustomerTableModel::ValueFit: order = compareOptional(a.valueFit, b.valueFit); break;
    case CustomerTableModel::ValueAwareness: order = compareOptional(a.valueAwareness, b.valueAwareness); break;
    case CustomerTableModel::Quadrant:
        order = compare(int(m_source->quadrantAt(l)), int(m_source->quadrantAt(r)));
        break;
    default:
        if (const OwnFieldDefinition *field = m_source->ownFieldAt(left.column()))
            order = compareOwnField(*field, a, b);
        break;
    }
    // Ties keep a stable order by id, so equal values never shuffle.
    return order != 0 ? order < 0 : m_source->idAt(l) < m_source->idAt(r);
}

} // namespace Kindred
