// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Kindred {

class CustomerStore;
class CustomerTableModel;

/// The status bar's glance at the store: its orders, its revenue in the
/// workspace currency, and which store it is (the file name; a team store's
/// address, without secrets, is in the tooltip). The figures are summed in
/// core from the customers the table holds, whenever it has followed a change.
class StatusSummary : public QLabel
{
    Q_OBJECT

public:
    StatusSummary(const CustomerStore &store, const CustomerTableModel &customers, QWidget *parent = nullptr);

    /// Sums the totals again; called by the table's signal.
    void refresh();

private:
    const CustomerStore &m_store;
    const CustomerTableModel &m_customers;
};

} // namespace Kindred
