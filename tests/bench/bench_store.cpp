// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kindred-bench-store: builds a large store with the demo generator and prints
// what it costs to generate it, open it and show the first screen of the
// customer table, derive every customer's figures, and follow one edit and
// one change of the excellent-customer rule (the analysis over every row is
// recomputed each time).
//   kindred-bench-store [--customers N] [--orders-per-buyer K] [--keep PATH]
#include "customerfilterproxymodel.h"
#include "customertablemodel.h"
#include "demogenerator.h"
#include "excellencerule.h"
#include "processstart.h"
#include "store/customerstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

using namespace Kindred;

int main(int argc, char *argv[])
{
    Kindred::startProcess(argv); // as the programs start
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption customersOption(QStringLiteral("customers"), QStringLiteral("Customers."),
                                             QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption ordersOption(QStringLiteral("orders-per-buyer"), QStringLiteral("Order scale."),
                                          QStringLiteral("K"), QStringLiteral("9"));
    parser.addOptions({customersOption, ordersOption});
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.kindred"));
    QElapsedTimer timer;

    DemoGenerator::Options options;
    options.customers = parser.value(customersOption).toInt();
    options.averageOrdersPerBuyer = parser.value(ordersOption).toInt();
    {
        CustomerStore store;
        if (Status error = store.open(path, CustomerStore::OpenMode::CreateIfMissing)) {
            std::fprintf(stderr, "%s\n", qPrintable(error->toString()));
            return 1;
        }
        timer.start();
        if (Status error = DemoGenerator(options).fill(store)) {
            std::fprintf(stderr, "%s\n", qPrintable(error->toString()));
            return 1;
        }
        const StoreTotals totals = store.totals().value();
        std::printf("store: %lld customers, %lld orders\n", totals.customers, totals.orders);
        std::printf("generate and write: %lld ms\n", timer.elapsed());
    }

    timer.start();
    CustomerStore store;
    if (Status error = store.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(error->toString()));
        return 1;
    }
    const qint64 openMs = timer.elapsed();
    timer.start();
    CustomerTableModel model(store);
    CustomerFilterProxyModel proxy(&model);
    QTableView view;
    view.setModel(&proxy);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setSortingEnabled(true);
    view.resize(1200, 800);
    (void)model.reload();
    const qint64 loadMs = timer.elapsed();
    view.sortByColumn(CustomerTableModel::Revenue, Qt::DescendingOrder);
    const qint64 sortMs = timer.elapsed() - loadMs;
    view.show();
    QApplication::processEvents();
    view.grab(); // paint the first screen
    const qint64 paintMs = timer.elapsed() - loadMs - sortMs;
    std::printf("open store: %lld ms; load customers: %lld ms; sort by revenue: %lld ms; first screen: %lld ms\n",
                openMs, loadMs, sortMs, paintMs);
    std::printf("open + load + sort + first screen: %lld ms\n", openMs + timer.elapsed());

    timer.start();
    (void)model.reload();
    std::printf("reload all customers with derived figures and stages: %lld ms\n", timer.elapsed());

    Customer edited = model.customerAt(0);
    edited.notes = QStringLiteral("Called back");
    timer.start();
    (void)store.updateCustomer(edited);
    std::printf("one customer edited, table in step (sorted by revenue): %lld ms\n", timer.elapsed());

    WorkspaceSettings settings = store.settings();
    settings.excellenceRule = rulePresets().constFirst().rule.toJson();
    proxy.setStageFilter(Stage::Core);
    timer.start();
    (void)store.setSettings(settings);
    std::printf("rule \"%s\" set, table filtered to Core in step: %lld ms (%d Core)\n",
                qPrintable(rulePresets().constFirst().name), timer.elapsed(), proxy.rowCount());
    return 0;
}
