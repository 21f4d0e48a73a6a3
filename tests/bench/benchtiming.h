// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>

/// CPU time of the calling thread: steadier than the clock on a machine that
/// other builds share, since time waiting for a core does not count.
inline double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/// Runs the work several times (after one warm-up run) and prints the median
/// in milliseconds with the spread: one line per figure, shared by all benchmarks.
inline double printMedian(const QString &what, const std::function<void()> &work, int runs = 7)
{
    work(); // warm up caches and fonts
    QList<double> ms, cpuMs;
    for (int i = 0; i < runs; ++i) {
        const double cpuBefore = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        work();
        ms.append(timer.nsecsElapsed() / 1e6);
        cpuMs.append(threadCpuMs() - cpuBefore);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpuMs.begin(), cpuMs.end());
    QTextStream(stdout) << QStringLiteral("%1  %2 ms (median of %3; min %4, max %5; CPU %6 ms)")
                               .arg(what, -48)
                               .arg(ms.at(runs / 2), 7, 'f', 2)
                               .arg(runs)
                               .arg(ms.constFirst(), 0, 'f', 2)
                               .arg(ms.constLast(), 0, 'f', 2)
                               .arg(cpuMs.at(runs / 2), 0, 'f', 2)
                        << Qt::endl;
    return ms.at(runs / 2);
}
