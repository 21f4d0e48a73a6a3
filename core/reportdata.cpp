// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdata.h"

#include "customercontext.h"
#include "store/customerstore.h"

#include <QCoreApplication>

namespace Kindred::Report {

RevenuePeriod defaultPeriod(const QDate &asOf)
{
    return RevenuePeriod::lastTwelveMonths(asOf);
}

Result<ReportData> collect(const CustomerStore &store, const QDate &since, const QDate &asOf)
{
    const WorkspaceSettings settings = store.settings();
    ReportData data;
    data.storeName = store.displayName();
    data.made = QDateTime::currentDateTime();
    data.asOf = asOf.isValid() ? asOf : settings.asOfOr(QDate::currentDate());
    data.period = since.isValid() ? RevenuePeriod{since, data.asOf} : defaultPeriod(data.asOf);
    if (data.period.from > data.asOf) {
        return Error{QCoreApplication::translate("Kindred::Report", "The period starts (%1) after the as-of day (%2).")
                         .arg(data.period.from.toString(Qt::ISODate), data.asOf.toString(Qt::ISODate)),
                     QString()};
    }
    data.currency = settings.currency;
    data.capacity = settings.oneToOneCapacity;
    data.split = settings.quadrantSplit;

    auto read = store.customers();
    if (!read)
        return read.error();
    QList<Customer> customers = std::move(read.value());
    // As the CLI and the window's "as of" day do: orders after the day do not count.
    if (data.asOf != QDate::currentDate()) {
        auto then = customersAsOf(store, customers, data.asOf);
        if (!then)
            return then.error();
        customers = std::move(then.value());
    }
    const CustomerContext context = CustomerContext::forCustomers(customers, settings, data.asOf);
    const CustomerAnalysis &analysis = context.analysis();
    data.funnel = FunnelAnalysis(analysis, settings.marketSize);
    data.quadrantCounts = ValueMatrix::countQuadrants(customers, settings.quadrantSplit);
    for (qsizetype i = 0; i < customers.size(); ++i) {
        const Customer &c = customers.at(i);
        if (c.isPlaced())
            data.placements.append({c.id, c.name, *c.valueFit, *c.valueAwareness, analysis.at(i).stage, c.revenue});
    }

    auto revenues = ParetoAnalysis::revenueInPeriod(store, customers, data.period);
    if (!revenues)
        return revenues.error();
    data.pareto = ParetoAnalysis(revenues.value(), settings);

    const auto marks = store.shortlistMarks();
    if (!marks)
        return marks.error();
    data.shortlist = buildShortlist(customers, ShortlistSource::quadrant(Quadrant::I), marks.value(), data.capacity,
                                    context);
    return data;
}

} // namespace Kindred::Report
