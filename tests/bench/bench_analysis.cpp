// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times the Pareto figures and the funnel on a large store and prints the
// figures. Targets: a period (Pareto of the last twelve months, the funnel as
// of a year ago) within 50 ms at 100,000 customers and about 1,000,000 orders,
// from the order history kept in memory.
//
//   kindred-bench-analysis [--customers N] [--orders-per-buyer N] [--db PATH]
//
// With --db pointing at an existing store, that store is used as it is.
#include "customeranalysis.h"
#include "demogenerator.h"
#include "funnelanalysis.h"
#include "processstart.h"
#include "orderhistory.h"
#include "paretoanalysis.h"
#include "store/customerstore.h"

#include <QCommandLineParser>

#include "benchtiming.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Kindred;

namespace {
QTextStream out(stdout);
} // namespace

int main(int argc, char *argv[])
{
    Kindred::startProcess(argv); // as the programs start
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption customersOption(QStringLiteral("customers"), QStringLiteral("Customers to generate."),
                                             QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption ordersOption(QStringLiteral("orders-per-buyer"),
                                          QStringLiteral("Generator scale (9 gives about 1M orders for 100k)."),
                                          QStringLiteral("N"), QStringLiteral("9"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Use or create this store."),
                                      QStringLiteral("PATH"));
    parser.addOptions({customersOption, ordersOption, dbOption});
    parser.process(app);

    QTemporaryDir dir;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption)
                                                : dir.filePath(QStringLiteral("bench.kindred"));
    const bool fresh = !QFile::exists(path);
    CustomerStore store;
    if (Status error = store.open(path, CustomerStore::OpenMode::CreateIfMissing)) {
        out << error->toString() << Qt::endl;
        return 1;
    }
    const QDate today = QDate::currentDate();
    if (fresh) {
        DemoGenerator::Options options;
        options.customers = parser.value(customersOption).toInt();
        options.averageOrdersPerBuyer = parser.value(ordersOption).toInt();
        options.until = today;
        QElapsedTimer timer;
        timer.start();
        if (Status error = DemoGenerator(options).fill(store)) {
            out << error->toString() << Qt::endl;
            return 1;
        }
        out << QStringLiteral("generated the store in %1 s").arg(timer.elapsed() / 1000.0, 0, 'f', 1) << Qt::endl;
    }
    WorkspaceSettings settings = store.settings();
    settings.marketSize = 10'000'000;
    settings.excellenceRule = rulePresets().constFirst().rule.toJson(); // class A and recent

    const StoreTotals totals = store.totals().value();
    out << QStringLiteral("%1 customers, %2 orders, revenue %3")
               .arg(totals.customers)
               .arg(totals.orders)
               .arg(totals.revenue, 0, 'f', 2)
        << Qt::endl;

    QList<Customer> customers;
    printMedian(QStringLiteral("load customers (store.customers())"), [&] { customers = store.customers().value(); }, 3);

    ParetoAnalysis pareto;
    printMedian(QStringLiteral("Pareto, all time"),
         [&] { pareto = ParetoAnalysis(ParetoAnalysis::allTimeRevenue(customers), settings); });
    out << "  " << pareto.headline() << Qt::endl;
    printMedian(QStringLiteral("Pareto, last 12 months (SQL + curve)"), [&] {
        auto revenues = ParetoAnalysis::revenueInPeriod(store, customers, RevenuePeriod::lastTwelveMonths(today));
        pareto = ParetoAnalysis(revenues.value(), settings);
    });
    out << "  " << pareto.headline() << Qt::endl;
    OrderHistory history;
    printMedian(QStringLiteral("order history (read once per store, kept in memory)"),
                [&] { history = OrderHistory::load(store).value(); }, 3);
    printMedian(QStringLiteral("Pareto, last 12 months (memory + curve)"), [&] {
        pareto = ParetoAnalysis(
            ParetoAnalysis::revenueInPeriod(history, customers, RevenuePeriod::lastTwelveMonths(today)), settings);
    });
    out << "  " << pareto.headline() << Qt::endl;
    QList<ParetoBar> bars;
    printMedian(QStringLiteral("Pareto chart bars (percentiles)"), [&] { bars = pareto.chartBars(); });

    CustomerAnalysis analysis;
    printMedian(QStringLiteral("customer analysis (ABC, quadrant, rule, stage)"),
         [&] { analysis = CustomerAnalysis(customers, settings, today); });
    FunnelAnalysis funnel;
    printMedian(QStringLiteral("funnel, today (analysis + counts)"), [&] {
        funnel = FunnelAnalysis(CustomerAnalysis(customers, settings, today), settings.marketSize);
    });
    out << QStringLiteral("  core %1 of %2 customers").arg(funnel.count(Stage::Core)).arg(funnel.customers())
        << Qt::endl;
    printMedian(QStringLiteral("funnel, as of a year ago (SQL + analysis)"), [&] {
        auto past = CustomerAnalysis::asOf(store, customers, settings, today.addYears(-1));
        funnel = FunnelAnalysis(past.value(), settings.marketSize);
    });
    out << QStringLiteral("  core %1 of %2 customers").arg(funnel.count(Stage::Core)).arg(funnel.customers())
        << Qt::endl;
    printMedian(QStringLiteral("funnel, as of a year ago (memory + analysis)"), [&] {
        funnel = FunnelAnalysis(CustomerAnalysis::asOf(history, customers, settings, today.addYears(-1)),
                                settings.marketSize);
    });
    out << QStringLiteral("  core %1 of %2 customers").arg(funnel.count(Stage::Core)).arg(funnel.customers())
        << Qt::endl;
    printMedian(QStringLiteral("funnel, as of a year ago (memory, stages only)"), [&] {
        funnel = FunnelAnalysis(CustomerAnalysis::derivedAsOf(history, customers, settings, today.addYears(-1)),
                                today.addYears(-1), settings.marketSize);
    });
    out << QStringLiteral("  core %1 of %2 customers").arg(funnel.count(Stage::Core)).arg(funnel.customers())
        << Qt::endl;
    // Keeping the history current: the orders of the customers an edit or a
    // small import changed are read again and put in their place.
    for (const qsizetype changed : {qsizetype(1), qsizetype(1000)}) {
        QList<CustomerId> ids;
        for (qsizetype i = 0; i < changed; ++i)
            ids.append(customers.at(i * customers.size() / changed).id);
        printMedian(QStringLiteral("order history, %1 customers read again").arg(changed), [&] {
            if (Status error = history.reload(store, ids))
                qFatal("%s", qPrintable(error->toString()));
        });
    }
    printMedian(QStringLiteral("rule preview (matching() of another rule)"),
         [&] { analysis.matching(rulePresets().at(1).rule); });
    return 0;
}
