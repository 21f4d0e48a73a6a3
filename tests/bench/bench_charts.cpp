// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times drawing the funnel and Pareto charts at 1200 × 800 and prints the
// figures. Target: each within 100 ms at 100,000 customers. The customers are
// generated in memory (about 1M orders); run with QT_QPA_PLATFORM=offscreen.
//
//   kindred-bench-charts [--customers N]
#include "customeranalysis.h"
#include "demogenerator.h"
#include "funnelanalysis.h"
#include "funnelchart.h"
#include "processstart.h"
#include "paretochart.h"

#include <QApplication>
#include <QCommandLineParser>

#include "benchtiming.h"
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
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
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption customersOption(QStringLiteral("customers"), QStringLiteral("Customers to generate."),
                                             QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOption(customersOption);
    parser.process(app);

    const QDate today = QDate::currentDate();
    DemoGenerator::Options options;
    options.customers = parser.value(customersOption).toInt();
    options.averageOrdersPerBuyer = 9;
    options.until = today;
    DemoGenerator::Data data = DemoGenerator(options).generate();
    // The figures the store would keep on each customer.
    for (int i = 0; i < data.customers.size(); ++i)
        data.customers[i].id = i + 1;
    for (const Order &order : std::as_const(data.orders)) {
        Customer &c = data.customers[order.customerId];
        c.revenue += order.amount;
        ++c.orderCount;
        c.lastOrder = std::max(c.lastOrder, order.date);
    }
    out << QStringLiteral("%1 customers, %2 orders").arg(data.customers.size()).arg(data.orders.size()) << Qt::endl;

    WorkspaceSettings settings;
    settings.marketSize = 10'000'000;
    settings.excellenceRule = rulePresets().constFirst().rule.toJson();
    const CustomerAnalysis analysis(data.customers, settings, today);
    const FunnelAnalysis now(analysis, settings.marketSize);
    const FunnelAnalysis then(CustomerAnalysis(data.customers, settings, today.addYears(-1)), settings.marketSize);
    QHash<CustomerId, QString> names;
    for (const Customer &c : std::as_const(data.customers))
        names.insert(c.id, c.name);

    ParetoChart pareto;
    pareto.resize(1200, 800);
    pareto.show();
    printMedian(QStringLiteral("Pareto chart: setPareto (bars, zones) + replot"),
         [&] { pareto.setPareto(analysis.pareto(), names); });
    printMedian(QStringLiteral("Pareto chart: replot only"), [&] { pareto.replot(); });
    printMedian(QStringLiteral("Pareto chart: render to a 1200x800 pixmap"), [&] { pareto.toPixmap(1200, 800); });
    // The most bars drawn: just under the grouping threshold, one per customer.
    QList<CustomerRevenue> buyers;
    for (const CustomerRevenue &r : ParetoAnalysis::allTimeRevenue(data.customers)) {
        if (r.revenue > 0 && buyers.size() < ParetoAnalysis::groupingThreshold)
            buyers.append(r);
    }
    const ParetoAnalysis widest(buyers, settings);
    out << QStringLiteral("  (%1 bars for %2 customers with revenue)")
               .arg(widest.chartBars().size())
               .arg(widest.customerCount())
        << Qt::endl;
    printMedian(QStringLiteral("Pareto chart, most bars: setPareto + replot"), [&] { pareto.setPareto(widest, names); });
    pareto.setPareto(analysis.pareto(), names);
    const QPointF middle = pareto.axisRect()->center();
    printMedian(QStringLiteral("Pareto chart: hover text"), [&] { pareto.describe(middle); });

    FunnelChart funnel;
    QImage image(1200, 800, QImage::Format_ARGB32_Premultiplied); // what export and the screen draw
    funnel.setFunnel(now);
    printMedian(QStringLiteral("Funnel chart: draw"), [&] {
        QPainter painter(&image);
        funnel.render(painter, image.rect());
    });
    funnel.setFunnel(now, then);
    printMedian(QStringLiteral("Funnel chart: draw with comparison"), [&] {
        QPainter painter(&image);
        funnel.render(painter, image.rect());
    });
    return 0;
}
