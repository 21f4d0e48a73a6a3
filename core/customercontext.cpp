// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customercontext.h"

namespace Kindred {

CustomerContext CustomerContext::fromSettings(const WorkspaceSettings &settings, const QDate &today)
{
    CustomerContext context;
    context.split = settings.quadrantSplit;
    context.dormantDays = settings.dormantDays;
    context.today = today;
    return context;
}

Quadrant CustomerContext::quadrant(const Customer &customer) const
{
    return quadrantOf(customer.valueFit, customer.valueAwareness, split);
}

Stage CustomerContext::stage(const Customer &customer) const
{
    const bool core = meetsExcellenceRule && meetsExcellenceRule(customer);
    return deriveStage({customer.handSetStage, customer.orderCount, customer.lastOrder, core}, today, dormantDays);
}

} // namespace Kindred
