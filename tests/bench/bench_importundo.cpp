// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kindred-bench-importundo: an import of ten order lines per customer into
// a demo store, then its undo and redo as the window's undo step does them
// (CustomerStore::replaceCustomers), without the views: the store's part of
// Edit > Undo after File > Import.
//   kindred-bench-importundo [--customers N] [--store PATH]
#include "benchstore.h"
#include "csvimporter.h"
#include "processstart.h"

#include "../common/orderlines.h"

#include <QElapsedTimer>

using namespace Kindred;

int main(int argc, char *argv[])
{
    Kindred::startProcess(argv); // as the programs start
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = benchDemoStore(app, dir);
    if (path.isEmpty())
        return 1;
    qint64 customers = 0;
    {
        CustomerStore store;
        if (Status error = store.open(path)) {
            std::fprintf(stderr, "%s\n", qPrintable(error->toString()));
            return 1;
        }
        customers = store.totals().value().customers;
    }
    const QString csv = dir.filePath(QStringLiteral("orders.csv"));
    if (!writeOrderLines(csv, customers * 10, int(customers))) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(csv));
        return 1;
    }
    ImportOptions options;
    options.guessKind = true;
    options.recordUndo = true;
    QElapsedTimer timer;
    timer.start();
    const auto summary = CsvImporter(path, csv, options).run();
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(summary.error().toString()));
        return 1;
    }
    std::printf("import: %lld ms (%lld lines, %lld customers created, %lld orders added)\n", timer.elapsed(),
                summary.value().rows, summary.value().customersCreated, summary.value().ordersAdded);

    CustomerStore store;
    if (Status error = store.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(error->toString()));
        return 1;
    }
    const ImportUndo &undo = *summary.value().undo;
    const QList<CustomerId> ids = undo.created + undo.changed;
    QList<CustomerSnapshot> other = undo.before;
    for (int round = 0; round < 3; ++round) {
        for (const char *step : {"undo", "redo"}) {
            timer.restart();
            auto taken = store.replaceCustomers(ids, other);
            if (!taken) {
                std::fprintf(stderr, "%s\n", qPrintable(taken.error().toString()));
                return 1;
            }
            other = std::move(taken.value());
            std::printf("%s: %lld ms%s", step, timer.elapsed(), step[0] == 'u' ? "; " : "\n");
        }
    }
    return 0;
}
