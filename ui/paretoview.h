// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "paretoanalysis.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace Kindred {

class CustomerStore;
class CustomerTableModel;
class ParetoChart;
class StoreFollower;

/// The Pareto tab: a period (all time, the last twelve months or a range),
/// the headline in words, the chart and export. Periods end at the
/// workspace's "as of" day at the latest: "all time" is up to it, "the last
/// twelve months" are those before it. Follows the store by itself;
/// clicking a bar emits customersClicked so that the host can select those
/// customers in the table.
class ParetoView : public QWidget
{
    Q_OBJECT

public:
    /// Draws from the customers the table holds, as it follows the store:
    /// reading 100,000 customers back on every change would stall.
    ParetoView(CustomerStore &store, const CustomerTableModel &customers, QWidget *parent = nullptr);

    void setPeriod(const RevenuePeriod &period);
    /// The period shown, up to the "as of" day.
    RevenuePeriod period() const;

    ParetoChart &chart() { return *m_chart; }
    /// Recomputes from the store now.
    void reload();
    /// Asks for a file and saves the chart as PNG or PDF.
    void exportChart();
    /// The Pareto table of the period shown (rank, customer, revenue, shares,
    /// class) through the export dialog.
    void exportTable();
    /// What the view shows, as of the last reload.
    const ParetoAnalysis &analysis() const { return m_analysis; }

signals:
    void customersClicked(const QList<Kindred::CustomerId> &ids);

private:
    enum PeriodChoice { AllTime, LastTwelveMonths, Range };

    CustomerStore &m_store;
    const CustomerTableModel &m_customers;
    ParetoChart *m_chart;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_until;
    QLabel *m_details;
    StoreFollower *m_follower;
    ParetoAnalysis m_analysis;
    QHash<CustomerId, QString> m_names;
};

} // namespace Kindred
