// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/customerstore.h"
#include "demogenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

/// The demo store a benchmark works on, from its command line: --store PATH
/// (kept for the next run) or a file in dir; filled with --customers demo
/// customers (100,000 by default) when new. Empty, after saying why, on failure.
/// The parser may hold a benchmark's own options besides these.
inline QString benchDemoStore(const QCoreApplication &app, const QTemporaryDir &dir, QCommandLineParser &parser)
{
    using namespace Kindred;
    const QCommandLineOption customersOption(QStringLiteral("customers"), QStringLiteral("Customers."),
                                             QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("Store to use or keep."),
                                         QStringLiteral("PATH"));
    parser.addOptions({customersOption, storeOption});
    parser.addHelpOption();
    parser.process(app);

    const QString path = parser.isSet(storeOption) ? parser.value(storeOption)
                                                   : dir.filePath(QStringLiteral("bench.kindred"));
    if (QFileInfo::exists(path))
        return path;
    CustomerStore store;
    DemoGenerator::Options options;
    options.customers = parser.value(customersOption).toInt();
    Status error = store.open(path, CustomerStore::OpenMode::CreateIfMissing);
    if (!error)
        error = DemoGenerator(options).fill(store);
    if (error) {
        std::fprintf(stderr, "%s\n", qPrintable(error->toString()));
        return {};
    }
    return path;
}

inline QString benchDemoStore(const QCoreApplication &app, const QTemporaryDir &dir)
{
    QCommandLineParser parser;
    return benchDemoStore(app, dir, parser);
}
