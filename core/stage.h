// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <array>
#include <optional>

namespace Kindred {

/// Where a customer stands in the funnel (DOMAIN.md section 1). Market is a
/// number the user types in, not a stage of a customer record.
enum class Stage { Prospect, FirstTime, Regular, Core, Dormant };

constexpr std::array<Stage, 5> allStages{Stage::Prospect, Stage::FirstTime, Stage::Regular,
                                         Stage::Core, Stage::Dormant};

/// Stable key used in the store and in CSV/JSON ("prospect", "first_time", ...).
QString stageKey(Stage stage);
/// Parses a key, an English or a Japanese display name; nullopt when unknown.
std::optional<Stage> stageFromString(const QString &text);
/// Translated name for display.
QString stageName(Stage stage);

/// What the stage rules need to know about one customer.
struct StageInput
{
    std::optional<Stage> handSetStage;
    int orderCount = 0;
    QDate lastOrder;
    bool meetsExcellenceRule = false;
};

/// The funnel rules of DOMAIN.md: a hand-set stage wins; then Core when the
/// business's excellent-customer rule is met; then Dormant when the last order
/// is more than dormantDays before today; otherwise by order count
/// (0 Prospect, 1 First-time buyer, 2+ Regular).
Stage deriveStage(const StageInput &input, const QDate &today, int dormantDays);

} // namespace Kindred
