// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quadrant.h"

#include <QCoreApplication>
#include <QLocale>

namespace Kindred {

Quadrant quadrantOf(std::optional<double> valueFit, std::optional<double> valueAwareness,
                    const QuadrantSplit &split)
{
    if (!valueFit || !valueAwareness)
        return Quadrant::Unplaced;
    const bool highFit = *valueFit >= split.valueFit;
    const bool highAwareness = *valueAwareness >= split.valueAwareness;
    if (highFit)
        return highAwareness ? Quadrant::II : Quadrant::I;
    return highAwareness ? Quadrant::III : Quadrant::IV;
}

QString quadrantNumeral(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::I: return QStringLiteral("I");
    case Quadrant::II: return QStringLiteral("II");
    case Quadrant::III: return QStringLiteral("III");
    case Quadrant::IV: return QStringLiteral("IV");
    case Quadrant::Unplaced: break;
    }
    return {};
}

std::optional<Quadrant> quadrantFromNumeral(const QString &numeral)
{
    const QString n = numeral.trimmed().toUpper();
    for (Quadrant q : {Quadrant::I, Quadrant::II, Quadrant::III, Quadrant::IV}) {
        if (n == quadrantNumeral(q))
            return q;
    }
    return std::nullopt;
}

QString formatScore(double score)
{
    return QLocale().toString(score, 'f', QLocale::FloatingPointShortest);
}

QString quadrantMeaning(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::I:
        return QCoreApplication::translate("Kindred::Quadrant", "Shares our values, not yet aware");
    case Quadrant::II:
        return QCoreApplication::translate("Kindred::Quadrant", "Shares our values and knows it");
    case Quadrant::III:
        return QCoreApplication::translate("Kindred::Quadrant", "Knows what they want: not us");
    case Quadrant::IV:
        return QCoreApplication::translate("Kindred::Quadrant", "Neither");
    case Quadrant::Unplaced:
        return QCoreApplication::translate("Kindred::Quadrant", "Unplaced");
    }
    return {};
}

} // namespace Kindred
