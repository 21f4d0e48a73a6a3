// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole import on any bytes: CsvImporter reads them as a CSV file (reader,
// value parser, column mapping, order aggregation) and writes what it found
// into a store that already holds customers, orders and scores.
//
// Byte 0, how to import: bit 0 customers (else orders), bit 1 strict, bit 2
// quotes as plain characters, bit 3 guess the kind from the headers, bit 4
// record what an undo needs, bits 5-7 = 6 or 7: the store's write fails
// after 0 or 1 rows (ImportOptions::failAfterRows).
// Byte 1, how the file is written (else detected): bits 0-1 the encoding
// (detect, UTF-8, windows-31j, UTF-16LE), bits 2-4 the delimiter (detect,
// ',', ';', tab, '|'), bits 5-6 the date order, bit 7 decimal comma.
// The rest is the file.
//
// The import must not crash. It either succeeds, leaving the store with the
// customers and orders it says it added and a finite revenue, every issue on
// a line of the file; or it fails with a message, on a line of the file when
// it names one, and the store holds exactly what it held before.
// With KINDRED_FUZZ_VERBOSE set, each input's outcome is printed.
#include "csvimporter.h"
#include "store/customerstore.h"
#include "workspacecontent.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace Kindred;

namespace {

std::unique_ptr<QTemporaryDir> workDir;
QByteArray templateStore; // the store's file as every run starts from it
QByteArray templateChecksum;
StoreTotals templateTotals;

QString storePath()
{
    return workDir->filePath(QStringLiteral("fuzz.kindred"));
}

QString csvPath()
{
    return workDir->filePath(QStringLiteral("input.csv"));
}

[[noreturn]] void fail(const char *what, const QString &detail = QString())
{
    qCritical("fuzz_import: %s %s", what, qPrintable(detail));
    std::abort();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Puts the store back as every run finds it.
void restoreStore()
{
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(storePath() + suffix);
    if (!writeFile(storePath(), templateStore))
        fail("cannot restore the store");
}

struct Snapshot
{
    StoreTotals totals;
    QByteArray checksum;
};

Snapshot snapshot()
{
    CustomerStore store;
    if (Status error = store.open(storePath()))
        fail("the store does not open after the import:", error->toString());
    auto totals = store.totals();
    auto content = store.content();
    if (!totals || !content)
        fail("the store cannot be read after the import");
    return {totals.value(), checksum(content.value())};
}

// More lines than the file can have: every CR and every LF ends one (in
// UTF-16 and windows-31j too, where those bytes are only ever line breaks
// or part of a rarer character), and the last line need not end.
qint64 mostLines(const QByteArray &bytes)
{
    return bytes.count('\n') + bytes.count('\r') + 1;
}

void importInto(const QString &csv)
{
    ImportOptions options;
    options.guessKind = true;
    options.recordUndo = true;
    const auto imported = CsvImporter(storePath(), csv, options).run();
    if (!imported)
        fail("the template import failed:", imported.error().toString());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    // The store is a file in memory (tmpfs) where there is one. SQLite's ":memory:" cannot
    // serve: CsvImporter opens the store by path, on two or three connections, and a
    // store must be a regular file (StoreFile). An import that changed it is undone by
    // writing the file back as it was.
    const QString shm = QStringLiteral("/dev/shm");
    workDir = QFileInfo(shm).isDir() && QFileInfo(shm).isWritable()
        ? std::make_unique<QTemporaryDir>(shm + QStringLiteral("/kindred-fuzz-import-XXXXXX"))
        : std::make_unique<QTemporaryDir>();
    if (!workDir->isValid())
        fail("no temporary folder");

    // Customers and orders for the file to meet: by id, by email, by name,
    // with scores (a score history) and orders with and without an id.
    {
        CustomerStore store;
        if (Status error = store.open(storePath(), CustomerStore::OpenMode::CreateIfMissing))
            fail("cannot create the store:", error->toString());
    }
    const QString seed = workDir->filePath(QStringLiteral("seed.csv"));
    writeFile(seed, QStringLiteral("Customer ID,Name,Email,Value fit,Value awareness,Notes\n"
                                   "C1,山田 太郎,taro@example.jp,80,20,\"VIP, 東京\"\n"
                                   "C2,Ann Lee,ann@example.com,30,70,\n"
                                   ",Bo Chan,bo@example.com,50,50,\"line one\nline two\"\n")
                        .toUtf8());
    importInto(seed);
    writeFile(seed, QStringLiteral("Order ID,Order Date,Customer ID,Email,Customer Name,Sales\r\n"
                                   "O1,2024-03-05,C1,taro@example.jp,山田 太郎,\"1,234.50\"\r\n"
                                   "O1,2024-03-05,C1,taro@example.jp,山田 太郎,10\r\n"
                                   "O2,2024-06-12,C2,ann@example.com,Ann Lee,14.62\r\n"
                                   ",2024-07-01,,bo@example.com,Bo Chan,99\r\n")
                        .toUtf8());
    importInto(seed);
    QFile::remove(seed);
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(storePath() + suffix))
            fail("the store keeps a log after its last connection closed");
    }
    templateStore = readFile(storePath());
    const Snapshot before = snapshot();
    templateTotals = before.totals;
    templateChecksum = before.checksum;
    if (templateTotals.customers != 3 || templateTotals.orders != 3)
        fail("the template store is not as written");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    static const std::array<QByteArray, 4> encodings{QByteArray(), QByteArray("UTF-8"), QByteArray("windows-31j"),
                                                     QByteArray("UTF-16LE")};
    static constexpr std::array<char, 8> delimiters{0, ',', ';', '\t', '|', ',', ';', '\t'};
    ImportOptions options;
    options.settings.kind = (data[0] & 1) ? ImportKind::Customers : ImportKind::Orders;
    options.strict = data[0] & 2;
    options.literalQuotes = data[0] & 4;
    options.guessKind = data[0] & 8;
    options.recordUndo = data[0] & 0x10;
    if ((data[0] >> 5) >= 6)
        options.failAfterRows = (data[0] >> 5) - 6;
    options.settings.encoding = encodings[data[1] & 3];
    options.settings.delimiter = delimiters[(data[1] >> 2) & 7];
    options.settings.dateOrder = DateOrder((data[1] >> 5) & 3);
    if (data[1] & 0x80)
        options.settings.decimalSeparator = DecimalSeparator::Comma;

    const QByteArray bytes(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    if (!writeFile(csvPath(), bytes))
        fail("cannot write the file");
    const qint64 lines = mostLines(bytes);

    const auto imported = CsvImporter(storePath(), csvPath(), options).run();
    static const bool verbose = qEnvironmentVariableIsSet("KINDRED_FUZZ_VERBOSE");
    if (verbose) {
        qInfo("  %s", imported ? qPrintable(QStringLiteral("imported %1 rows, %2 skipped, %3 customers created, %4 orders added")
                                               .arg(imported.value().rows).arg(imported.value().rowsSkipped)
                                               .arg(imported.value().customersCreated).arg(imported.value().ordersAdded))
                               : qPrintable(imported.error().toString()));
    }
    if (!imported) {
        const Error &error = imported.error();
        if (error.message.isEmpty())
            fail("an error without a message");
        if (error.row < 0 || error.row > lines || error.column < 0)
            fail("an error off the file:", error.toString());
        const Snapshot after = snapshot();
        if (after.checksum != templateChecksum)
            fail("a failed import changed the store:", error.toString());
        return 0;
    }

    const ImportSummary &summary = imported.value();
    if (summary.cancelled)
        fail("cancelled, though nobody cancelled it");
    if (summary.rowsSkipped < 0 || summary.rowsSkipped > summary.rows || summary.linesNotRead < summary.rowsSkipped)
        fail("rows skipped do not add up");
    for (const ImportIssue &issue : summary.issues) {
        if (issue.row < 1 || issue.row > lines || issue.column < 0 || issue.reason.isEmpty())
            fail("an issue off the file:", QStringLiteral("row %1, column %2: %3").arg(issue.row).arg(issue.column).arg(issue.reason));
    }
    if (options.recordUndo && !summary.undo)
        fail("no undo recorded");
    const Snapshot after = snapshot();
    if (!std::isfinite(after.totals.revenue))
        fail("the revenue is not finite");
    if (after.totals.customers != templateTotals.customers + summary.customersCreated)
        fail("customers created do not add up");
    if (after.totals.orders != templateTotals.orders + summary.ordersAdded)
        fail("orders added do not add up");
    if (after.checksum != templateChecksum)
        restoreStore();
    return 0;
}
