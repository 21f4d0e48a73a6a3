// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the window does to its store, without the window: keeps the store
// open, imports a CSV file with its undo recorded, undoes and redoes it, and
// places customers one by one, forever. Prints a line once each save is
// committed ("placed ID FIT AWARENESS"), so that a test that kills it can tell
// which saves must have survived, and the name of each step as it starts.
#include "csvimporter.h"
#include "store/customerstore.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace Kindred;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: storechurn STORE CSV\n");
        return 2;
    }
    const QString storePath = arguments.at(1);
    CustomerStore window;
    if (Status error = window.open(storePath)) {
        std::fprintf(stderr, "%s\n", qPrintable(error->toString()));
        return 1;
    }
    auto fail = [](const Error &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 1;
    };
    QRandomGenerator random(QRandomGenerator::global()->generate());
    auto step = [](const char *name) {
        std::printf("%s\n", name);
        std::fflush(stdout);
    };
    for (;;) {
        step("import");
        ImportOptions options;
        options.recordUndo = true;
        options.guessKind = true;
        auto imported = CsvImporter(storePath, arguments.at(2), options).run();
        if (!imported)
            return fail(imported.error());
        step("undo");
        const ImportUndo &undo = *imported.value().undo;
        const QList<CustomerId> touched = undo.created + undo.changed;
        auto after = window.replaceCustomers(touched, undo.before); // undo
        if (!after)
            return fail(after.error());
        step("redo");
        if (auto redone = window.replaceCustomers(touched, after.value()); !redone)
            return fail(redone.error());
        step("place");
        auto customers = window.customers();
        if (!customers)
            return fail(customers.error());
        for (int i = 0; i < 5; ++i) {
            Customer c = customers.value().at(random.bounded(int(customers.value().size())));
            c.valueFit = random.bounded(101);
            c.valueAwareness = random.bounded(101);
            if (Status error = window.updateCustomer(c, CustomerField::Scores))
                return fail(*error);
            std::printf("placed %lld %g %g\n", c.id, *c.valueFit, *c.valueAwareness);
            std::fflush(stdout);
        }
    }
}
