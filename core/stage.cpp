// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stage.h"

#include <QCoreApplication>

namespace Kindred {

QString stageKey(Stage stage)
{
    switch (stage) {
    case Stage::Prospect: return QStringLiteral("prospect");
    case Stage::FirstTime: return QStringLiteral("first_time");
    case Stage::Regular: return QStringLiteral("regular");
    case Stage::Core: return QStringLiteral("core");
    case Stage::Dormant: return QStringLiteral("dormant");
    }
    return {};
}

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::Prospect: return QCoreApplication::translate("Kindred::Stage", "Prospect");
    case Stage::FirstTime: return QCoreApplication::translate("Kindred::Stage", "First-time buyer");
    case Stage::Regular: return QCoreApplication::translate("Kindred::Stage", "Regular");
    case Stage::Core: return QCoreApplication::translate("Kindred::Stage", "Core");
    case Stage::Dormant: return QCoreApplication::translate("Kindred::Stage", "Dormant");
    }
    return {};
}

std::optional<Stage> stageFromString(const QString &text)
{
    struct Alias { const char16_t *text; Stage stage; };
    static const Alias aliases[] = {
        {u"prospect", Stage::Prospect}, {u"見込み客", Stage::Prospect},
        {u"first_time", Stage::FirstTime}, {u"first-time", Stage::FirstTime},
        {u"first-time buyer", Stage::FirstTime}, {u"first time buyer", Stage::FirstTime},
        {u"firsttime", Stage::FirstTime}, {u"初回購入者", Stage::FirstTime},
        {u"regular", Stage::Regular}, {u"常連客", Stage::Regular}, {u"リピーター", Stage::Regular},
        {u"core", Stage::Core}, {u"コア顧客", Stage::Core}, {u"優良顧客", Stage::Core},
        {u"dormant", Stage::Dormant}, {u"休眠顧客", Stage::Dormant},
    };
    const QString needle = text.trimmed().toLower();
    for (const Alias &alias : aliases) {
        if (needle == QString::fromUtf16(alias.text))
            return alias.stage;
    }
    for (Stage stage : allStages) {
        if (needle == stageName(stage).toLower())
            return stage;
    }
    return std::nullopt;
}

Stage deriveStage(const StageInput &input, const QDate &today, int dormantDays)
{
    if (input.handSetStage)
        return *input.handSetStage;
    if (input.meetsExcellenceRule)
        return Stage::Core;
    if (input.orderCount > 0 && input.lastOrder.isValid()
        && input.lastOrder.daysTo(today) > dormantDays)
        return Stage::Dormant;
    if (input.orderCount == 0)
        return Stage::Prospect;
    return input.orderCount == 1 ? Stage::FirstTime : Stage::Regular;
}

} // namespace Kindred
