// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "stage.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kindred {

/// Which customers a view shows: a search text over name, reading, email,
/// phone (by its digits too), postal code, address and tags,
/// stages, tags, a revenue range and a funnel step reached. An empty part
/// matches everyone.
struct CustomerFilter
{
    QString text;
    QSet<Stage> stages;               ///< where the customer stands now
    QStringList tags;                 ///< the customer has at least one of them
    std::optional<double> minRevenue; ///< inclusive
    std::optional<double> maxRevenue; ///< inclusive
    /// A funnel step the customer got at least as far as: whom the funnel
    /// counts there (FunnelAnalysis::reached), dormant customers included.
    std::optional<Stage> reached;

    bool isEmpty() const;
    bool matches(const Customer &customer, Stage stage) const;
    bool operator==(const CustomerFilter &other) const;
    bool operator!=(const CustomerFilter &other) const { return !(*this == other); }
};

} // namespace Kindred
