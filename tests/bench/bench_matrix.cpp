// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kindred-bench-matrix: the value matrix with many placed customers. Prints the
// time of a full replot and of one drag step with 1 and 1,000 customers selected.
//   kindred-bench-matrix [--customers N]
#include "store/customerstore.h"
#include "customertablemodel.h"
#include "valuematrixview.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QCommandLineParser>

#include "benchtiming.h"
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>

using namespace Kindred;


int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption customersOption(QStringLiteral("customers"), QStringLiteral("Placed customers."),
                                             QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOption(customersOption);
    parser.addHelpOption();
    parser.process(app);
    const int count = parser.value(customersOption).toInt();

    QTemporaryDir dir;
    CustomerStore store;
    if (Status error = store.open(dir.filePath(QStringLiteral("bench.kindred")), CustomerStore::OpenMode::CreateIfMissing)) {
        std::fprintf(stderr, "%s\n", qPrintable(error->toString()));
        return 1;
    }
    QRandomGenerator rng(7);
    QList<Customer> customers(count);
    for (int i = 0; i < count; ++i) {
        customers[i].name = QStringLiteral("Customer %1").arg(i);
        customers[i].valueFit = rng.bounded(1000) / 10.0;
        customers[i].valueAwareness = rng.bounded(1000) / 10.0;
    }
    if (Status error = store.addCustomers(customers)) {
        std::fprintf(stderr, "%s\n", qPrintable(error->toString()));
        return 1;
    }
    CustomerTableModel model(store);
    (void)model.reload();
    QUndoStack undo;
    ValueMatrixView view(store, model, undo);
    view.resize(1200, 800);
    view.show();
    QApplication::processEvents();

    std::printf("value matrix with %d placed customers, plot %dx%d\n", count, view.plot().width(),
                view.plot().height());
    printMedian(QStringLiteral("full replot"), [&] { view.plot().replot(); }, 15);
    for (int selected : {1, 1000}) {
        QList<CustomerId> ids;
        for (int i = 0; i < selected; ++i)
            ids.append(customers.at(i * (count / selected)).id);
        view.setSelectedIds(ids);
        double step = 0;
        printMedian(QStringLiteral("drag step, %1 selected").arg(selected), [&] {
            step += 0.5;
            view.previewMove(step, -step);
        }, 15);
        view.previewMove(0, 0);
    }
    return 0;
}
