// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as a store file: CustomerStore::open() must not crash, a refused
// file must be left as it was, and an opened store must answer every read.
#include "customeranalysis.h"
#include "store/customerstore.h"
#include "funnelanalysis.h"
#include "paretoanalysis.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace Kindred;

namespace {
std::unique_ptr<QTemporaryDir> workDir;

QString storePath()
{
    return workDir->filePath(QStringLiteral("fuzz.kindred"));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

[[noreturn]] void fail(const char *what)
{
    qCritical("fuzz_openstore: %s", what);
    std::abort();
}

// Reads everything the views read, so that odd values in a file that opens
// reach the code that computes with them.
void exercise(CustomerStore &store)
{
    const auto customers = store.customers();
    (void)store.totals();
    (void)store.shortlistMarks();
    (void)store.orderFigures(QDate(), QDate());
    (void)store.placementsAt(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    if (!customers)
        return;
    const QDate today(2026, 6, 1);
    const WorkspaceSettings settings = store.settings();
    const CustomerAnalysis analysis(customers.value(), settings, today);
    (void)FunnelAnalysis(analysis, settings.marketSize);
    (void)ParetoAnalysis(ParetoAnalysis::allTimeRevenue(customers.value()), settings).chartBars();
    if (!customers.value().isEmpty()) {
        const CustomerId first = customers.value().constFirst().id;
        (void)store.orders(first);
        (void)store.scoreHistory(first);
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    workDir = std::make_unique<QTemporaryDir>();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = storePath();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral("-journal"), QStringLiteral(".lock")})
        QFile::remove(path + suffix);
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            fail("cannot write the input file");
    }

    CustomerStore store;
    if (const Status error = store.open(path)) {
        if (error->message.isEmpty())
            fail("refused without a message");
        if (readAll(path) != bytes)
            fail("a refused file was changed");
        return 0;
    }
    exercise(store);
    store.close();
    return 0;
}
