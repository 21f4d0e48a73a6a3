// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "quadrant.h"
#include "stage.h"
#include "workspacesettings.h"

#include <QDate>

#include <functional>

namespace Kindred {

/// What a customer's quadrant and stage depend on besides the customer: the
/// workspace settings, today's date and the excellent-customer rule.
struct CustomerContext
{
    QuadrantSplit split;
    int dormantDays = 365;
    QDate today = QDate::currentDate();
    /// The excellent-customer rule, for the Core stage; empty: nobody is Core by rule.
    std::function<bool(const Customer &)> meetsExcellenceRule;

    static CustomerContext fromSettings(const WorkspaceSettings &settings, const QDate &today = QDate::currentDate());

    Quadrant quadrant(const Customer &customer) const;
    Stage stage(const Customer &customer) const;
};

} // namespace Kindred
