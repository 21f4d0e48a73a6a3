// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customertotals.h"

namespace Kindred {

StoreTotals customerTotals(const QList<Customer> &customers)
{
    StoreTotals totals;
    totals.customers = customers.size();
    for (const Customer &customer : customers) {
        totals.orders += customer.orderCount;
        totals.revenue += customer.revenue;
    }
    return totals;
}

} // namespace Kindred
