// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <functional>

class QIODevice;

namespace Kindred {

/// Writes a file through `write` atomically: the file is replaced only once
/// everything is written, so a failed export (a full disk included) leaves any
/// old file as it was and no partial file behind. A link to a regular file
/// stays a link: the file it points to is replaced. A target that is neither
/// a regular file nor a folder (a named pipe, /dev/stdout, a device) is
/// written into as a stream, never replaced; "-" is standard output. The
/// device is unbuffered, so that a failing write fails inside `write`, where
/// errno still tells a full disk from other errors. Errors name the file.
[[nodiscard]] Status writeFileAtomically(const QString &path, const std::function<Status(QIODevice &)> &write);

/// Writes all of `bytes`; a full disk says "The disk is full.".
[[nodiscard]] Status writeAll(QIODevice &device, const QByteArray &bytes);

} // namespace Kindred
