// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customerfilter.h"
#include "ownfields.h"
#include "nameorder.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace Kindred {

class CustomerTableModel;

/// Sorts the customer table by raw values and shows the customers that pass a
/// CustomerFilter.
class CustomerFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CustomerFilterProxyModel(CustomerTableModel *source, QObject *parent = nullptr);

    void setFilter(const CustomerFilter &filter);
    const CustomerFilter &filter() const { return m_filter; }
    /// Changes only the search text of the filter.
    void setSearchText(const QString &text);
    /// Shows one stage only, or all stages for nullopt.
    void setStageFilter(std::optional<Kindred::Stage> stage);
    /// Shows the customers a stage of the funnel counts: for a step those
    /// who reached it (FunnelAnalysis::reached), for Dormant, beside the
    /// funnel, those dormant now; nullopt: everybody.
    void setFunnelFilter(std::optional<Kindred::Stage> stage);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// Compares customers directly rather than through QVariants: sorting
    /// 100,000 rows is several times faster.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /// Own fields sort by their type: numbers by value, dates by day, both
    /// with empty values last; text and yes/no by the locale's collation.
    int compareOwnField(const OwnFieldDefinition &field, const Customer &a, const Customer &b) const;

    CustomerTableModel *m_source;
    CustomerFilter m_filter;
    NameOrder m_nameOrder;
};

} // namespace Kindred
