// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storelock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>
#include <QThread>

namespace Kindred {

namespace {
QMutex registryMutex;
QHash<QString, std::weak_ptr<StoreLock>> &registry()
{
    static QHash<QString, std::weak_ptr<StoreLock>> locks;
    return locks;
}
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
} // namespace

struct StoreLock::Private
{
    QString key;
    QLockFile file;
    explicit Private(const QString &lockPath) : file(lockPath) {}
};

StoreLock::StoreLock(std::unique_ptr<Private> d) : d(std::move(d)) {}

StoreLock::~StoreLock()
{
    QMutexLocker locker(&registryMutex);
    registry().remove(d->key);
    d->file.unlock();
}

Result<std::shared_ptr<StoreLock>> StoreLock::acquire(const QString &storePath)
{
    const QString key = QFileInfo(storePath).absoluteFilePath();
    QMutexLocker locker(&registryMutex);
    if (auto existing = registry().value(key).lock())
        return existing;

    auto d = std::make_unique<Private>(key + QStringLiteral(".lock"));
    d->key = key;
    d->file.setStaleLockTime(0); // only a dead owner makes a lock stale
    if (!d->file.tryLock(0) && isOwnerless(d->file) && d->file.removeStaleLockFile())
        d->file.tryLock(0);
    if (d->file.error() != QLockFile::NoError) {
        qint64 pid = 0;
        QString host, app;
        if (d->file.error() == QLockFile::LockFailedError && d->file.getLockInfo(&pid, &host, &app)) {
            return Error{QCoreApplication::translate(
                             "Kindred::StoreLock",
                             "The store is in use by another program (%1, process %2 on %3). "
                             "Close it there and try again.")
                             .arg(app.isEmpty() ? QStringLiteral("?") : app)
                             .arg(pid)
                             .arg(host),
                         storePath};
        }
        return Error{QCoreApplication::translate("Kindred::StoreLock",
                                                 "Cannot lock the store: the folder is not writable."),
                     storePath};
    }
    auto lock = std::shared_ptr<StoreLock>(new StoreLock(std::move(d)));
    registry().insert(key, lock);
    return lock;
}

} // namespace Kindred
