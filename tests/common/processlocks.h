// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>

#include <sys/stat.h>
#include <unistd.h>

namespace Kindred::Test {

/// The POSIX locks this process holds on a file, as the kernel lists them in
/// /proc/locks: SQLite's locks, which any close() of the file in the process
/// would drop.
inline int locksHeldOn(const QString &path)
{
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray inode = ':' + QByteArray::number(qulonglong(status.st_ino)) + ' ';
    const QByteArray pid = ' ' + QByteArray::number(qint64(::getpid())) + ' ';
    int count = 0;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        if (line.contains("POSIX") && line.contains(pid) && line.contains(inode))
            ++count;
    }
    return count;
}

} // namespace Kindred::Test
