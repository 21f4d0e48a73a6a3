// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace Kindred {

/// Keeps other writers out of a store while it is open for writing here: a
/// lock file beside the store's canonical file (symbolic links resolved), so
/// that every name of the store shares one lock. Several connections of this
/// process share it (see StoreFile); a lock left by a crashed process is taken
/// over.
class StoreLock
{
public:
    /// Locks the store whose canonical path is given, or says who holds it.
    /// When a kindred-cli command holds it, waits up to waitForCommand for the
    /// command to finish; a window keeps a store for hours and is not waited for.
    static Result<std::shared_ptr<StoreLock>> acquire(const QString &canonicalPath,
                                                      std::chrono::milliseconds waitForCommand = {});
    /// Who holds a store's lock.
    struct Holder
    {
        qint64 pid = 0;
        QString host;
        QString program; ///< the process's name where it runs here, else the application's
    };
    /// The program that holds the store's lock, when a live process does; the
    /// lock is not taken.
    static std::optional<Holder> holder(const QString &canonicalPath);
    ~StoreLock();

    StoreLock(const StoreLock &) = delete;
    StoreLock &operator=(const StoreLock &) = delete;

private:
    struct Private;
    explicit StoreLock(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

/// Whether the disk that holds path has no room left.
bool diskIsFull(const QString &path);

} // namespace Kindred
