// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stage.h"

#include <QCollator>
#include <QSortFilterProxyModel>

#include <optional>

namespace Kindred {

class CustomerTableModel;

/// Sorts the customer table by raw values and filters it by a search text
/// (over name, email and tags) and, optionally, by stage.
class CustomerFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CustomerFilterProxyModel(CustomerTableModel *source, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setStageFilter(std::optional<Kindred::Stage> stage);
    std::optional<Kindred::Stage> stageFilter() const { return m_stage; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// Compares customers directly rather than through QVariants: sorting
    /// 100,000 rows is several times faster.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    CustomerTableModel *m_source;
    QString m_search;
    std::optional<Kindred::Stage> m_stage;
    QCollator m_collator;
};

} // namespace Kindred
