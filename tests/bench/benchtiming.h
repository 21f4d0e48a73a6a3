// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <functional>

/// Runs the work several times (after one warm-up run) and prints the median
/// in milliseconds with the spread: one line per figure, shared by all benchmarks.
inline double printMedian(const QString &what, const std::function<void()> &work, int runs = 7)
{
    work(); // warm up caches and fonts
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    QTextStream(stdout) << QStringLiteral("%1  %2 ms (median of %3; min %4, max %5)")
                               .arg(what, -48)
                               .arg(ms.at(runs / 2), 7, 'f', 2)
                               .arg(runs)
                               .arg(ms.constFirst(), 0, 'f', 2)
                               .arg(ms.constLast(), 0, 'f', 2)
                        << Qt::endl;
    return ms.at(runs / 2);
}
