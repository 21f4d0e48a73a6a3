// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "processstart.h"

#include "hugepages.h"

#include <cstdlib>

namespace Kindred {

void startProcess(char *argv[])
{
    startWithHugePages(argv);
    keepTimeZoneLoaded();
}

void keepTimeZoneLoaded()
{
    setenv("TZ", ":/etc/localtime", 0); // 0: a user's own TZ stays
}

} // namespace Kindred
