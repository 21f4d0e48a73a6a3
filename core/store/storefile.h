// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Kindred {

/// A store file as this process holds it: the one place that decides whether
/// a path may be opened as a store, and the only code besides SQLite that
/// touches the file.
///
/// SQLite's locks are POSIX advisory locks, which belong to the process:
/// closing any descriptor of the file, wherever in the process it was opened,
/// drops every lock the process holds on it, and another program then believes
/// it is alone (SQLite's "How To Corrupt An SQLite Database File", 2.2). So the
/// checks that run before a connection opens the file run only while no
/// connection of this process has it open; every later connection to the same
/// file (the same canonical path, or the same device and inode) shares the
/// first one's StoreFile and its lock.
///
/// The checks never change anything: a refused file, its -wal and its -shm
/// stay byte for byte as they were, and a read leaves no lock file.
class StoreFile
{
public:
    enum class Access {
        Read,   ///< reads only: no lock against other writers, nothing written
        Write,  ///< an existing store, locked against other writers
        Create, ///< as Write; a missing or empty file becomes a new store
    };

    /// What the file's own header says, as SQLite reads it.
    struct Identity
    {
        bool isNew = false;    ///< missing, empty, or SQLite without any schema
        quint32 applicationId = 0;
        qint64 schemaVersion = 0; ///< PRAGMA user_version, signed as SQLite keeps it
        bool hasSchema = false;   ///< the file holds tables or indexes
    };

    /// Judges whether a file is a store this build can open.
    using IdentityCheck = std::function<Status(const Identity &)>;

    /// Checks the file at path (a regular file, SQLite, not damaged, and
    /// accepted by check) and, for writes, locks it against other writers.
    /// When this process has the file open already, the checks were made then.
    /// A writer waits up to waitForCommand for a kindred-cli command that
    /// writes the store to finish (StoreLock::acquire()).
    static Result<std::shared_ptr<StoreFile>> open(const QString &path, Access access, const IdentityCheck &check,
                                                   std::chrono::milliseconds waitForCommand = {});
    ~StoreFile();

    StoreFile(const StoreFile &) = delete;
    StoreFile &operator=(const StoreFile &) = delete;

    /// The path SQLite opens: symbolic links resolved.
    QString canonicalPath() const;
    /// Whether this process holds the store's lock against other writers.
    bool isLocked() const;
    /// Whether a reader must take the file as it lies (immutableUri()): on a
    /// full disk SQLite cannot make the index a write-ahead log needs, and
    /// nobody can write the store either; the file has no log. Use it only
    /// when no other connection of this process shares this StoreFile:
    /// closing an immutable connection drops the process's locks on the file.
    bool readsAsItLies() const;
    /// An SQLite URI that opens the file with no lock, no -wal and no -shm.
    QString immutableUri() const;

private:
    struct Private;
    explicit StoreFile(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace Kindred
