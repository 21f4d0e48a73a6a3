// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicwrite.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

namespace Kindred {

namespace {

// The CSV writer's context: these messages were its own before workbooks
// shared them, and keep their translations.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::CsvWriter)
};

QString deviceName(const QIODevice &device)
{
    const auto *file = qobject_cast<const QFileDevice *>(&device);
    return file ? file->fileName() : QString();
}

// The error of a failed write; code is errno right after it.
Error writeError(const QIODevice &device, int code)
{
    // ENOSPC: the disk is full; EDQUOT: the user's share of it is.
    if (code == ENOSPC || code == EDQUOT)
        return Error{Text::tr("The disk is full."), deviceName(device)};
    return Error{Text::tr("Cannot write: %1").arg(device.errorString()), deviceName(device)};
}

Status writeStream(const QString &path, const std::function<Status(QIODevice &)> &write)
{
    QFile file(path);
    const bool opened = path == QLatin1String("-") ? file.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)
                                                   : file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    if (!opened)
        return Error{Text::tr("Cannot open for writing: %1").arg(file.errorString()), path};
    Status error = write(file);
    if (error)
        error->file = path;
    return error;
}

} // namespace

Status writeAll(QIODevice &device, const QByteArray &bytes)
{
    errno = 0;
    if (device.write(bytes) != bytes.size())
        return writeError(device, errno);
    return std::nullopt;
}

Status writeFileAtomically(const QString &path, const std::function<Status(QIODevice &)> &write)
{
    // QFileInfo follows links: a link to a regular file is a file, which
    // QSaveFile replaces where the link points, keeping the link.
    const QFileInfo target(path);
    if (path == QLatin1String("-") || (target.exists() && !target.isFile() && !target.isDir()))
        return writeStream(path, write);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Error{Text::tr("Cannot create the file: %1").arg(file.errorString()), path};
    if (Status error = write(file)) {
        file.cancelWriting();
        error->file = path;
        return error;
    }
    errno = 0;
    if (!file.commit()) {
        Error error = writeError(file, errno);
        error.file = path;
        return error;
    }
    return std::nullopt;
}

} // namespace Kindred
