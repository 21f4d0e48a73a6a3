// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statussummary.h"

#include "customertablemodel.h"
#include "customertotals.h"
#include "store/customerstore.h"

namespace Kindred {

StatusSummary::StatusSummary(const CustomerStore &store, const CustomerTableModel &customers, QWidget *parent)
    : QLabel(parent),
      m_store(store),
      m_customers(customers)
{
    setObjectName(QStringLiteral("StatusSummary"));
    setContentsMargins(0, 0, 12, 0);
    // After a reload (another store opened) and after every change it followed
    // but an edit, which leaves every order and revenue as it was.
    connect(&customers, &CustomerTableModel::customersUpdated, this, [this](const QList<CustomerId> &edited) {
        if (edited.isEmpty())
            refresh();
    });
    refresh();
}

void StatusSummary::refresh()
{
    if (!m_store.isOpen()) {
        clear();
        setToolTip(QString());
        return;
    }
    const StoreTotals totals = customerTotals(m_customers.customers());
    QStringList parts{tr("%Ln order(s)", nullptr, int(totals.orders)),
                      tr("revenue %1").arg(m_customers.money().format(totals.revenue))};
    // A team store's name and user are shown beside it already.
    if (!m_store.isTeamStore())
        parts.append(m_store.displayName());
    setText(parts.join(tr(" · ")));
    setToolTip(tr("Store: %1").arg(m_store.locationText()));
}

} // namespace Kindred
