// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QSet>
#include <QString>

#include <optional>

#include <sys/stat.h>
#include <unistd.h>

namespace Kindred::Test {

/// The POSIX locks this process holds on a file, as the kernel lists them in
/// /proc/locks: SQLite's locks, which any close() of the file in the process
/// would drop. The kernel writes the list a piece per read, so a lock taken
/// or dropped elsewhere meanwhile (other tests run beside this one) can show
/// a line twice or not at all: the list is read until two reads agree, and a
/// lock counts once (a process's locks on a range merge into one).
inline int locksHeldOn(const QString &path)
{
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    const QByteArray inode = ':' + QByteArray::number(qulonglong(status.st_ino));
    const QByteArray pid = QByteArray::number(qint64(::getpid()));
    // "1: POSIX  ADVISORY  READ 26496 fe:00:11329620 1073741826 1073742335";
    // a waiter's line has "->" after the number.
    const auto held = [&]() -> std::optional<QSet<QByteArray>> {
        QFile locks(QStringLiteral("/proc/locks"));
        if (!locks.open(QIODevice::ReadOnly))
            return std::nullopt;
        QSet<QByteArray> mine;
        for (const QByteArray &line : locks.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() == 8 && fields.at(1) == "POSIX" && fields.at(4) == pid && fields.at(5).endsWith(inode))
                mine.insert(fields.mid(3).join(' '));
        }
        return mine;
    };
    std::optional<QSet<QByteArray>> previous = held();
    for (int read = 0; previous && read < 20; ++read) {
        const std::optional<QSet<QByteArray>> again = held();
        if (again == previous)
            return int(previous->size());
        previous = again;
    }
    return -1;
}

} // namespace Kindred::Test
