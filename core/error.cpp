// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

#include <QCoreApplication>

namespace Kindred {

QString Error::toString() const
{
    QString where = file;
    if (row > 0) {
        if (!where.isEmpty())
            where += QStringLiteral(", ");
        where += QCoreApplication::translate("Kindred::Error", "row %1").arg(row);
    }
    if (column > 0) {
        if (!where.isEmpty())
            where += QStringLiteral(", ");
        where += QCoreApplication::translate("Kindred::Error", "column %1").arg(column);
    }
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace Kindred
