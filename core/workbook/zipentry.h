// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace Kindred {

class ZipArchive;

/// One file inside a zip archive (a part of a workbook), read in chunks so
/// that a large sheet is never held whole.
///
/// A zip says how large each entry is once unpacked; an entry that unpacks
/// to more than it says, or says more than the cap the caller allows, is
/// refused: a zip bomb then costs a few kilobytes of reading, not the
/// memory or disk of the machine.
class ZipEntry
{
public:
    ~ZipEntry();
    ZipEntry(ZipEntry &&other) noexcept;
    ZipEntry &operator=(ZipEntry &&) = delete;

    /// The next chunk of the unpacked data; empty at the end or on error
    /// (then error() says why).
    QByteArray read();
    bool atEnd() const { return m_atEnd; }
    Status error() const { return m_error; }
    /// The size the zip declares for the unpacked entry.
    qint64 size() const { return m_size; }
    /// Unpacked bytes read so far.
    qint64 bytesRead() const { return m_read; }
    QString name() const { return m_name; }

private:
    friend class ZipArchive;
    ZipEntry(std::shared_ptr<ZipArchive> archive, void *file, const QString &name, qint64 size);

    std::shared_ptr<ZipArchive> m_archive; // kept open while the entry is read
    void *m_file = nullptr;                // zip_file_t
    QString m_name;
    qint64 m_size = 0;
    qint64 m_read = 0;
    bool m_atEnd = false;
    Status m_error;
};

/// A zip archive opened for reading (libzip), and the entries in it.
class ZipArchive : public std::enable_shared_from_this<ZipArchive>
{
public:
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    /// Opens the zip at path; a file that is no zip or a damaged one gives
    /// an error naming it.
    static Result<std::shared_ptr<ZipArchive>> open(const QString &path);
    QString path() const { return m_path; }
    bool contains(const QString &name) const;
    /// Opens an entry for reading; refuses one that says it unpacks to more
    /// than maxSize bytes, and stops one that unpacks to more than it says.
    Result<ZipEntry> entry(const QString &name, qint64 maxSize);
    /// The whole of a small entry (at most maxSize bytes).
    Result<QByteArray> readAll(const QString &name, qint64 maxSize);

private:
    friend class ZipEntry;
    explicit ZipArchive(const QString &path, void *zip) : m_path(path), m_zip(zip) {}
    QString m_path;
    void *m_zip; // zip_t
};

} // namespace Kindred
