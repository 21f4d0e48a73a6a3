// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storelock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <csignal>

#include <sys/statvfs.h>

namespace Kindred {

namespace {
QString lockPath(const QString &canonicalPath)
{
    return canonicalPath + QStringLiteral(".lock");
}

// lupdate files a free function's tr() under its namespace: this files them
// under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::StoreLock)
};

// A program killed while it took the lock leaves a lock file without its
// owner's id, which QLockFile never calls stale. A live owner fills the file
// in at once, so one still unreadable after a short wait is left over.
bool isOwnerless(QLockFile &file)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (file.error() != QLockFile::LockFailedError || file.getLockInfo(nullptr, nullptr, nullptr))
            return false;
        QThread::msleep(50);
    }
    return true;
}

// A holder on another host is taken to be alive: its process cannot be seen.
bool isAlive(const StoreLock::Holder &holder)
{
    return holder.host != QSysInfo::machineHostName() || kill(pid_t(holder.pid), 0) == 0 || errno != ESRCH;
}

std::optional<StoreLock::Holder> lockInfo(const QLockFile &file)
{
    StoreLock::Holder holder;
    if (!file.getLockInfo(&holder.pid, &holder.host, &holder.program))
        return std::nullopt;
    // The window and kindred-cli share the application name; the process
    // name tells them apart.
    QFile name(QStringLiteral("/proc/%1/comm").arg(holder.pid));
    if (holder.host == QSysInfo::machineHostName() && name.open(QIODevice::ReadOnly))
        holder.program = QString::fromLocal8Bit(name.readAll().trimmed());
    if (holder.program.isEmpty())
        holder.program = QStringLiteral("?");
    return holder;
}

// QLockFile says "permission" or "unknown" when it cannot create its file;
// a full disk is the common cause that the folder's rights do not explain.
QString whyNotCreated(const QString &canonicalPath)
{
    if (diskIsFull(canonicalPath))
        return Text::tr("The disk is full: Kindred cannot lock the store for writing. Free some space and try again.");
    return Text::tr("Cannot lock the store for writing: the folder is not writable.");
}
} // namespace

bool diskIsFull(const QString &path)
{
    struct statvfs disk {};
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    return statvfs(folder.constData(), &disk) == 0 && disk.f_bavail == 0;
}

struct StoreLock::Private
{
    QLockFile file;
    explicit Private(const QString &lockPath) : file(lockPath) {}
};

StoreLock::StoreLock(std::unique_ptr<Private> d) : d(std::move(d)) {}

StoreLock::~StoreLock()
{
    d->file.unlock();
}

Result<std::shared_ptr<StoreLock>> StoreLock::acquire(const QString &canonicalPath,
                                                    std::chrono::milliseconds waitForCommand)
{
    auto d = std::make_unique<Private>(lockPath(canonicalPath));
    d->file.setStaleLockTime(0); // only a dead owner makes a lock stale
    if (!d->file.tryLock(0) && isOwnerless(d->file) && d->file.removeStaleLockFile())
        d->file.tryLock(0);
    // A command holds a store for moments, and commands may follow each other:
    // wait for the lock, reading its holder anew each time, until a window
    // (which keeps a store for hours) is seen to hold it. A holder that cannot
    // be told yet (its lock file being written, its process just ended) is
    // waited for as a command.
    const QDeadlineTimer deadline(waitForCommand);
    while (d->file.error() == QLockFile::LockFailedError && !deadline.hasExpired()) {
        const auto holder = lockInfo(d->file);
        if (holder && holder->program != QLatin1String("kindred-cli") && isAlive(*holder))
            break;
        d->file.tryLock(int(std::min<qint64>(deadline.remainingTime(), 100)));
    }
    if (d->file.error() == QLockFile::NoError)
        return std::shared_ptr<StoreLock>(new StoreLock(std::move(d)));
    const auto holder = d->file.error() == QLockFile::LockFailedError ? lockInfo(d->file) : std::nullopt;
    if (holder) {
        return Error{Text::tr("The store is in use by another program (%1, process %2 on %3). Close it there and try again.")
                         .arg(holder->program)
                         .arg(holder->pid)
                         .arg(holder->host),
                     canonicalPath};
    }
    return Error{whyNotCreated(canonicalPath), canonicalPath};
}

std::optional<StoreLock::Holder> StoreLock::holder(const QString &canonicalPath)
{
    const QLockFile file(lockPath(canonicalPath));
    auto holder = lockInfo(file);
    // A lock file left by a process that died holds nobody out.
    if (holder && !isAlive(*holder))
        return std::nullopt;
    return holder;
}

} // namespace Kindred
