// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerfilter.h"

#include "funnelanalysis.h"

#include <algorithm>

namespace Kindred {

bool CustomerFilter::isEmpty() const
{
    return text.isEmpty() && stages.isEmpty() && tags.isEmpty() && !minRevenue && !maxRevenue && !reached;
}

bool CustomerFilter::matches(const Customer &c, Stage stage) const
{
    if (!stages.isEmpty() && !stages.contains(stage))
        return false;
    if (reached && FunnelAnalysis::furthestStep(stage, c.orderCount) < *reached)
        return false;
    if ((minRevenue && c.revenue < *minRevenue) || (maxRevenue && c.revenue > *maxRevenue))
        return false;
    if (!tags.isEmpty()) {
        const bool tagged = std::any_of(tags.cbegin(), tags.cend(), [&c](const QString &wanted) {
            return c.tags.contains(wanted, Qt::CaseInsensitive);
        });
        if (!tagged)
            return false;
    }
    if (text.isEmpty())
        return true;
    if (c.name.contains(text, Qt::CaseInsensitive) || c.email.contains(text, Qt::CaseInsensitive))
        return true;
    const auto holdsText = [this](const QString &value) { return value.contains(text, Qt::CaseInsensitive); };
    return std::any_of(c.tags.cbegin(), c.tags.cend(), holdsText)
        || std::any_of(c.ownFields.cbegin(), c.ownFields.cend(), holdsText);
}

bool CustomerFilter::operator==(const CustomerFilter &other) const
{
    return text == other.text && stages == other.stages && tags == other.tags && minRevenue == other.minRevenue
        && maxRevenue == other.maxRevenue && reached == other.reached;
}

} // namespace Kindred
