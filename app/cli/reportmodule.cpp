// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportmodule.h"

#include "reportdata.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>

#include <cstdio>

namespace Kindred::Cli::ReportModule {

namespace {
// The module's two entry points (app/cli/reportdrawing.cpp).
using CreateApplication = QCoreApplication *(*)(int &, char **);
using WriteReport = bool (*)(const ReportData &, const QString &, QString &);

QLibrary &module()
{
    static QLibrary library;
    return library;
}

bool load()
{
    if (module().isLoaded())
        return true;
    // No QCoreApplication yet to say where kindred-cli is.
    const QString here = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    QString reasons;
    for (const QString &folder : {here, here + QStringLiteral("/" KINDRED_MODULE_DIR)}) {
        module().setFileName(folder + QStringLiteral("/kindred-report"));
        if (module().load())
            return true;
        reasons += QStringLiteral("\n  ") + module().errorString();
    }
    std::fprintf(stderr, "kindred-cli: the report needs kindred-report, which cannot be loaded:%s\n",
                 qPrintable(reasons));
    return false;
}
} // namespace

QCoreApplication *createApplication(int &argc, char **argv)
{
    if (!load())
        return nullptr;
    auto create = reinterpret_cast<CreateApplication>(module().resolve("kindredCreateApplication"));
    return create ? create(argc, argv) : nullptr;
}

Status writeReport(const ReportData &data, const QString &path)
{
    auto write = load() ? reinterpret_cast<WriteReport>(module().resolve("kindredWriteReport")) : nullptr;
    if (!write)
        return Error{QCoreApplication::translate("Kindred::Cli", "kindred-report cannot be loaded."), path};
    QString message;
    if (!write(data, path, message))
        return Error{message, path};
    return std::nullopt;
}

} // namespace Kindred::Cli::ReportModule
