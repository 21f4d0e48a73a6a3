// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Kindred {

/// What every Kindred program does first in main(), before Qt starts: the
/// heap in huge pages (startWithHugePages) and the time zone read once
/// (keepTimeZoneLoaded).
void startProcess(char *argv[]);

/// Where TZ is not set, sets it to ":/etc/localtime", the zone glibc uses
/// then anyway. Without TZ, glibc checks /etc/localtime again (a stat) on
/// every conversion to local time, and Qt asks for one for each time it
/// shows or writes in local time: exporting 200,000 customers spent 40% of
/// its time there. With TZ set and unchanged, glibc keeps the zone it read.
/// A change of the system's zone then shows once Kindred starts again. Qt
/// reads this value as the system zone, as it reads no TZ at all.
void keepTimeZoneLoaded();

} // namespace Kindred
