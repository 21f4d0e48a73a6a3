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
#include "paretochart.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Kindred;

namespace {
QTextStream out(stdout);

void time(const QString &what, const std::function<void()> &work, int runs = 7)
{
    work(); // warm up caches and fonts
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    out << QStringLiteral("%1  %2 ms (median of %3; min %4, max %5)")
               .arg(what, -48)
               .arg(ms.at(runs / 2), 7, 'f', 2)
               .arg(runs)
               .arg(ms.constFirst(), 0, 'f', 2)
               .arg(ms.constLast(), 0, 'f', 2)
        << Qt::endl;
}
} // namespace

int main(int argc, char *argv[])
{
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
    time(QStringLiteral("Pareto chart: setPareto (bars, zones) + replot"),
         [&] { pareto.setPareto(analysis.pareto(), names); });
    time(QStringLiteral("Pareto chart: replot only"), [&] { pareto.replot(); });
    time(QStringLiteral("Pareto chart: render to a 1200x800 pixmap"), [&] { pareto.toPixmap(1200, 800); });
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
    time(QStringLiteral("Pareto chart, most bars: setPareto + replot"), [&] { pareto.setPareto(widest, names); });
    pareto.setPareto(analysis.pareto(), names);
    const QPointF middle = pareto.axisRect()->center();
    time(QStringLiteral("Pareto chart: hover text"), [&] { pareto.describe(middle); });

    FunnelChart funnel;
    QImage image(1200, 800, QImage::Format_ARGB32_Premultiplied); // what export and the screen draw
    funnel.setFunnel(now);
    time(QStringLiteral("Funnel chart: draw"), [&] {
        QPainter painter(&image);
        funnel.render(painter, image.rect());
    });
    funnel.setFunnel(now, then);
    time(QStringLiteral("Funnel chart: draw with comparison"), [&] {
        QPainter painter(&image);
        funnel.render(painter, image.rect());
    });
    return 0;
}
