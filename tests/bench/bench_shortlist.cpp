// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kindred-bench-shortlist: what the one-to-one shortlist costs in a large
// store: rebuilding it, and following one edit of a customer's note, a pin
// and an exclusion, with the customer table (which every window has) in step.
//   kindred-bench-shortlist [--customers N] [--store PATH]
// --store reuses (or keeps) a store, since generating 100,000 customers takes a while.
#include "benchstore.h"
#include "benchtiming.h"
#include "commands/excludefromshortlist.h"
#include "customertablemodel.h"
#include "demogenerator.h"
#include "processstart.h"
#include "shortlistmodel.h"
#include "store/customerstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>

using namespace Kindred;

int main(int argc, char *argv[])
{
    Kindred::startProcess(argv); // as the programs start
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = benchDemoStore(app, dir);
    if (path.isEmpty())
        return 1;
    CustomerStore store;
    if (Status error = store.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(error->toString()));
        return 1;
    }
    std::printf("store: %lld customers\n", store.totals().value().customers);

    QUndoStack undoStack;
    CustomerTableModel table(store);
    (void)table.reload();
    Customer edited = table.customerAt(0);
    int edits = 0;
    const auto editNote = [&] {
        edited.notes = QStringLiteral("Called back %1").arg(++edits);
        (void)store.updateCustomer(edited);
    };
    printMedian(QStringLiteral("one note edited, table alone"), editNote);
    // What the shortlist used to do on every change of the store.
    printMedian(QStringLiteral("all customers read back, shortlist rebuilt"), [&] {
        const auto customers = store.customers();
        const WorkspaceSettings settings = store.settings();
        (void)buildShortlist(customers.value(), ShortlistSource::quadrant(Quadrant::I), store.shortlistMarks().value(),
                             settings.oneToOneCapacity, CustomerContext::forCustomers(customers.value(), settings));
    });

    ShortlistModel shortlist(store, table, undoStack);
    printMedian(QStringLiteral("shortlist rebuilt"), [&] { (void)shortlist.reload(); });
    printMedian(QStringLiteral("one note edited, table and shortlist"), editNote);
    const CustomerId first = shortlist.entries().constFirst().customer.id;
    printMedian(QStringLiteral("first on the shortlist excluded and let back"), [&] {
        undoStack.push(new ExcludeFromShortlist(store, {first}, true));
        undoStack.undo();
    });
    return 0;
}
