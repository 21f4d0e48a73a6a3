// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QString>

#include <memory>

namespace Kindred {

/// Keeps other processes out of a store while it is open here. Several
/// connections of this process (for example an import running on a worker
/// thread) share one lock file; a lock left by a crashed process is taken over.
class StoreLock
{
public:
    /// Locks the store at path, or says who holds it.
    static Result<std::shared_ptr<StoreLock>> acquire(const QString &storePath);
    ~StoreLock();

    StoreLock(const StoreLock &) = delete;
    StoreLock &operator=(const StoreLock &) = delete;

private:
    struct Private;
    explicit StoreLock(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace Kindred
