// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hugepages.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#if defined(__linux__)
#include <unistd.h>
#endif

namespace Kindred {

namespace {

constexpr char kTunables[] = "GLIBC_TUNABLES";
constexpr char kHugePages[] = "glibc.malloc.hugetlb=1";

// True when the kernel gives huge pages to advised memory only: "always
// [madvise] never". In "always" mode the heap gets them unasked.
[[maybe_unused]] bool hugePagesWhenAdvised()
{
    std::FILE *file = std::fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");
    if (!file)
        return false;
    char mode[128] = {};
    const bool read = std::fgets(mode, sizeof mode, file) != nullptr;
    std::fclose(file);
    return read && std::strstr(mode, "[madvise]") != nullptr;
}

// Once started again, takes the tunable added for it back out of the
// environment (glibc has read it): the programs Kindred starts, a
// spreadsheet or the sqlite3 shell, get the user's environment.
[[maybe_unused]] void forgetAddedTunable(const char *tunables)
{
    const std::string value = tunables;
    const std::string added = std::string(":") + kHugePages;
    if (value == kHugePages)
        unsetenv(kTunables);
    else if (value.size() > added.size() && value.compare(value.size() - added.size(), added.size(), added) == 0)
        setenv(kTunables, value.substr(0, value.size() - added.size()).c_str(), 1);
}

} // namespace

void startWithHugePages(char *argv[])
{
#if defined(__linux__) && defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 35)
    const char *before = std::getenv(kTunables);
    if (before && std::strstr(before, "glibc.malloc.hugetlb")) {
        forgetAddedTunable(before);
        return; // the second start, or the user chose
    }
    if (!hugePagesWhenAdvised())
        return;
    const std::string previous = before ? before : "";
    const std::string tunables = previous.empty() ? kHugePages : previous + ':' + kHugePages;
    // The program's own path, not /proc/self/exe: the process is known by
    // its file's name (a store's lock tells kindred-cli from the window by it).
    char path[4096];
    const ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
    if (length <= 0 || setenv(kTunables, tunables.c_str(), 1) != 0)
        return;
    path[length] = '\0';
    execv(path, argv);
    // Not started again: go on with small pages, the environment as it was.
    if (before)
        setenv(kTunables, previous.c_str(), 1);
    else
        unsetenv(kTunables);
#else
    (void)argv;
#endif
}

} // namespace Kindred
