// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kindred-bench-matrix: the value matrix with many placed customers. Prints the
// time of a full replot (density), of a wheel zoom step, of a replot zoomed in
// (density, then points), and of one drag step with 1 and 1,000 customers selected.
//   kindred-bench-matrix [--customers N]
#include "customertablemodel.h"
#include "processstart.h"
#include "matrixchart.h"
#include "store/customerstore.h"
#include "unplacedcustomersmodel.h"
#include "unplacedpanel.h"
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
    Kindred::startProcess(argv); // as the programs start
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
    MatrixChart &chart = view.chart();
    const QPoint centre = chart.positionOf(50, 50);
    printMedian(QStringLiteral("full replot (%1)").arg(chart.isDensityShown() ? QStringLiteral("density")
                                                                                : QStringLiteral("points")),
                [&] { view.plot().replot(); }, 15);
    bool in = true;
    printMedian(QStringLiteral("wheel zoom step, whole matrix"), [&] {
        chart.zoomAt(centre, in ? 0.8 : 1.25);
        in = !in;
    }, 15);
    chart.resetZoom();
    chart.zoomAt(centre, 0.2); // a fifth of each axis: about 1/25 of the customers in view
    std::printf("zoomed to %.0f × %.0f scores: %s\n", chart.xAxis->range().size(), chart.yAxis->range().size(),
                chart.isDensityShown() ? "density" : "points");
    printMedian(QStringLiteral("full replot, zoomed"), [&] { view.plot().replot(); }, 15);
    chart.zoomAt(centre, 0.5);
    std::printf("zoomed to %.0f × %.0f scores: %s\n", chart.xAxis->range().size(), chart.yAxis->range().size(),
                chart.isDensityShown() ? "density" : "points");
    printMedian(QStringLiteral("full replot, zoomed"), [&] { view.plot().replot(); }, 15);
    chart.resetZoom();
    for (int selected : {1, 1000}) {
        QList<CustomerId> ids;
        for (int i = 0; i < selected; ++i)
            ids.append(customers.at(i * (count / selected)).id);
        view.setSelectedIds(ids);
        double step = 0;
        printMedian(QStringLiteral("drag step, %1 selected").arg(selected), [&] {
            step += 0.5;
            view.chart().previewMove(step, -step);
        }, 15);
        view.chart().previewMove(0, 0);
    }

    // The unplaced list sorts (most valuable first): what that costs when many
    // unplaced customers arrive at once, beside the same list unsorted.
    QSortFilterProxyModel &unplaced = view.unplacedPanel().unplaced();
    for (bool sorted : {false, true, false, true}) {
        unplaced.sort(sorted ? 0 : -1);
        QList<Customer> arriving(count / 5);
        for (int i = 0; i < arriving.size(); ++i) {
            arriving[i].name = QStringLiteral("Unplaced %1").arg(i);
            arriving[i].revenue = rng.bounded(100000) / 10.0;
        }
        QElapsedTimer timer;
        timer.start();
        (void)store.addCustomers(arriving);
        QApplication::processEvents();
        std::printf("%lld unplaced customers arrive, list %s: %lld ms (%d listed)\n", qint64(arriving.size()),
                    sorted ? "sorted" : "unsorted", timer.elapsed(), unplaced.rowCount());
        timer.restart();
        (void)model.reload();
        QApplication::processEvents();
        std::printf("  the table reloads, list %s: %lld ms\n", sorted ? "sorted" : "unsorted", timer.elapsed());
    }
    return 0;
}
