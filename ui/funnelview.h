// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stage.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;

namespace Kindred {

class CustomerStore;
class CustomerTableModel;
class FunnelChart;
class StoreFollower;

/// The funnel tab: the chart, an earlier date to compare with, and export.
/// It shows the funnel of the table's analysis, so on the workspace's "as
/// of" day. Follows the store by itself (see StoreFollower); clicking a stage
/// emits stageClicked so that the host can filter the customer table.
class FunnelView : public QWidget
{
    Q_OBJECT

public:
    /// Draws from the customers the table holds, as it follows the store:
    /// reading 100,000 customers back on every change would stall.
    FunnelView(CustomerStore &store, const CustomerTableModel &customers, QWidget *parent = nullptr);

    /// Compares with the funnel as it stood at the end of this day (not after
    /// the "as of" day); an invalid date shows the funnel alone.
    void setComparisonDate(const QDate &date);

    FunnelChart &chart() { return *m_chart; }
    /// Recomputes from the store now.
    void reload();
    /// Asks for a file and saves the chart as PNG or PDF.
    void exportChart();

signals:
    void stageClicked(Kindred::Stage stage);

private:
    CustomerStore &m_store;
    const CustomerTableModel &m_customers;
    FunnelChart *m_chart;
    QCheckBox *m_compare;
    QDateEdit *m_asOf;
    QLabel *m_message;
    StoreFollower *m_follower;
};

} // namespace Kindred
