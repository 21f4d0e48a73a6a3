// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Verbs that print the funnel, the Pareto figures and the one-to-one effect.
#include "cli.h"

#include "customeranalysis.h"
#include "effectanalysis.h"
#include "money.h"
#include "store/customerstore.h"
#include "funnelanalysis.h"
#include "paretoanalysis.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace Kindred::Cli {

namespace {
QString percent(const std::optional<double> &share)
{
    return share ? QString::number(*share * 100.0, 'f', 2) + QLatin1Char('%') : QStringLiteral("-");
}

QJsonObject effectGroupJson(const EffectGroup &group)
{
    return {{QStringLiteral("customers"), group.customers},
            {QStringLiteral("moved_i_to_ii"), group.movedIToII},
            {QStringLiteral("awareness_change_median"), jsonValue(group.awarenessChangeMedian)},
            {QStringLiteral("orders"), group.orders},
            {QStringLiteral("revenue"), group.revenue},
            {QStringLiteral("became_core"), group.becameCore}};
}

QString signedNumber(const std::optional<double> &value)
{
    if (!value)
        return QStringLiteral("-");
    return (*value > 0 ? QStringLiteral("+") : QString()) + QString::number(*value, 'g', 4);
}

} // namespace

int funnelVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Count customers per funnel stage, with the conversion from each step "
                                        "to the next and the share of the market that is Core."));
    context.addCommonOptions(parser);
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    const AsOfOption asOfOption;
    parser.addOption(jsonOption);
    asOfOption.addTo(parser);
    int exitCode = 0;
    if (!context.parse(parser, arguments, exitCode))
        return exitCode;

    CustomerStore store;
    QList<Customer> customers;
    QDate asOf;
    if (!context.openAndReadCustomers(store, customers) || !asOfOption.read(context, parser, store, asOf)
        || !customersAsOf(context, store, customers, asOf))
        return 1;
    const WorkspaceSettings settings = store.settings();
    const CustomerAnalysis analysis(customers, settings, asOf.isValid() ? asOf : QDate::currentDate());
    if (const Status &ruleError = analysis.ruleError())
        context.err << tr("warning: %1; nobody is Core by rule").arg(ruleError->toString()) << Qt::endl;
    const FunnelAnalysis funnel(analysis, settings.marketSize);

    if (!parser.isSet(jsonOption)) {
        context.out << tr("Funnel on %1\n").arg(funnel.date().toString(Qt::ISODate));
        context.out << tr("Market\t%1\n").arg(funnel.marketSize());
        for (Stage step : FunnelAnalysis::steps) {
            context.out << stageName(step) << '\t' << funnel.count(step) << '\t'
                        << tr("reached %1").arg(funnel.reached(step)) << '\t'
                        << tr("conversion %1").arg(percent(funnel.conversion(step))) << '\n';
        }
        context.out << stageName(Stage::Dormant) << '\t' << funnel.count(Stage::Dormant) << '\n';
        context.out << tr("Core share of the market: %1\n").arg(percent(funnel.coreShareOfMarket()));
        return 0;
    }
    QJsonObject counts;
    for (Stage stage : allStages)
        counts.insert(stageKey(stage), funnel.count(stage));
    QJsonArray steps;
    for (Stage step : FunnelAnalysis::steps) {
        steps.append(QJsonObject{{QStringLiteral("stage"), stageKey(step)},
                                 {QStringLiteral("reached"), funnel.reached(step)},
                                 {QStringLiteral("conversion"), jsonValue(funnel.conversion(step))}});
    }
    return context.printJson(QJsonObject{
        {QStringLiteral("date"), funnel.date().toString(Qt::ISODate)},
        {QStringLiteral("market"), funnel.marketSize()},
        {QStringLiteral("customers"), funnel.customers()},
        {QStringLiteral("stages"), counts},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("core_share_of_market"), jsonValue(funnel.coreShareOfMarket())},
    });
}

int paretoVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sort customers by revenue and print the Pareto figures: the share of the top 20%, how many "
           "customers make up 80% and the ABC classes. Customers with no revenue in the period, or more "
           "refunds than purchases, are counted apart."));
    context.addCommonOptions(parser);
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    const PeriodOptions periodOptions;
    periodOptions.addTo(parser);
    const AsOfOption asOfOption;
    asOfOption.addTo(parser);
    parser.addOption(jsonOption);
    int exitCode = 0;
    if (!context.parse(parser, arguments, exitCode))
        return exitCode;

    CustomerStore store;
    QList<Customer> customers;
    QDate asOf;
    if (!context.openAndReadCustomers(store, customers) || !asOfOption.read(context, parser, store, asOf))
        return 1;
    const std::optional<RevenuePeriod> asked = periodOptions.read(context, parser, asOf);
    if (!asked)
        return 1;
    const RevenuePeriod period = *asked;
    auto revenues = ParetoAnalysis::revenueInPeriod(store, customers, period);
    if (!revenues)
        return context.fail(revenues.error().toString());
    const ParetoAnalysis pareto(revenues.value(), store.settings());

    if (!parser.isSet(jsonOption)) {
        context.out << pareto.headline() << '\n';
        context.out << tr("Customers with revenue: %1 (without: %2, with more refunds than purchases: %3)\n")
                           .arg(pareto.customerCount())
                           .arg(pareto.zeroRevenueCustomers())
                           .arg(pareto.negativeRevenueCustomers());
        context.out << tr("Revenue: %1\n").arg(QString::number(pareto.revenue(), 'f', 2));
        context.out << tr("Class A: %1, B: %2, C: %3\n")
                           .arg(pareto.classCount(AbcClass::A))
                           .arg(pareto.classCount(AbcClass::B))
                           .arg(pareto.classCount(AbcClass::C));
        return 0;
    }
    return context.printJson(QJsonObject{
        {QStringLiteral("since"), jsonDate(period.from)},
        {QStringLiteral("until"), jsonDate(period.until)},
        {QStringLiteral("customers"), pareto.customerCount()},
        {QStringLiteral("revenue"), pareto.revenue()},
        {QStringLiteral("net_revenue"), pareto.netRevenue()},
        {QStringLiteral("zero_revenue_customers"), pareto.zeroRevenueCustomers()},
        {QStringLiteral("negative_revenue_customers"), pareto.negativeRevenueCustomers()},
        {QStringLiteral("top20_customers"), pareto.topTwentyCount()},
        {QStringLiteral("top20_share"), pareto.topTwentyShare()},
        {QStringLiteral("customers_for_80pct"), pareto.customersForEightyPercent()},
        {QStringLiteral("abc"), QJsonObject{{QStringLiteral("A"), pareto.classCount(AbcClass::A)},
                                            {QStringLiteral("B"), pareto.classCount(AbcClass::B)},
                                            {QStringLiteral("C"), pareto.classCount(AbcClass::C)}}},
        {QStringLiteral("headline"), pareto.headline()},
    });
}

int effectVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Whether one-to-one work moves quadrant I customers toward II: the customers who stood in quadrant I "
           "at some moment since the day given, those contacted while they stood there beside the others. The "
           "period ends on the as-of day. The groups were not chosen at random: the figures show a tendency, "
           "not a cause."));
    context.addCommonOptions(parser);
    const QCommandLineOption sinceOption(QStringLiteral("since"), tr("The period's first day."), QStringLiteral("DATE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    const AsOfOption asOfOption;
    parser.addOptions({sinceOption, jsonOption});
    asOfOption.addTo(parser);
    int exitCode = 0;
    if (!context.parse(parser, arguments, exitCode))
        return exitCode;
    if (!parser.isSet(sinceOption))
        return context.fail(tr("effect needs --since DATE; see --help"));
    QDate since;
    if (!context.readDate(parser, sinceOption, since))
        return 1;

    CustomerStore store;
    QDate asOf;
    if (!context.openStore(store) || !asOfOption.read(context, parser, store, asOf))
        return 1;
    const QDate until = asOf.isValid() ? asOf : QDate::currentDate();
    if (since > until) {
        return context.fail(tr("--since (%1) is after the as-of day (%2)")
                                .arg(since.toString(Qt::ISODate), until.toString(Qt::ISODate)));
    }
    auto computed = EffectAnalysis::fromStore(store, since, until);
    if (!computed)
        return context.fail(computed.error().toString());
    const EffectSummary &effect = computed.value();

    if (parser.isSet(jsonOption)) {
        return context.printJson(QJsonObject{
            {QStringLiteral("since"), jsonDate(effect.since)},
            {QStringLiteral("until"), jsonDate(effect.until)},
            {QStringLiteral("contacted"), effectGroupJson(effect.contacted)},
            {QStringLiteral("not_contacted"), effectGroupJson(effect.notContacted)},
        });
    }
    const Money money(store.settings().currency);
    context.out << tr("One-to-one effect from %1 to %2: customers who stood in quadrant I\n")
                       .arg(effect.since.toString(Qt::ISODate), effect.until.toString(Qt::ISODate));
    context.out << '\t' << tr("contacted") << '\t' << tr("not contacted") << '\n';
    const auto row = [&context](const QString &label, const QString &contacted, const QString &notContacted) {
        context.out << label << '\t' << contacted << '\t' << notContacted << '\n';
    };
    const auto moved = [](const EffectGroup &group) {
        return QStringLiteral("%1 (%2)").arg(group.movedIToII).arg(percent(group.movedShare()));
    };
    row(tr("Customers"), QString::number(effect.contacted.customers), QString::number(effect.notContacted.customers));
    row(tr("Moved I → II"), moved(effect.contacted), moved(effect.notContacted));
    row(tr("Median change of value awareness"), signedNumber(effect.contacted.awarenessChangeMedian),
        signedNumber(effect.notContacted.awarenessChangeMedian));
    row(tr("Orders"), QString::number(effect.contacted.orders), QString::number(effect.notContacted.orders));
    row(tr("Revenue"), money.format(effect.contacted.revenue), money.format(effect.notContacted.revenue));
    row(tr("Became Core"), QString::number(effect.contacted.becameCore),
        QString::number(effect.notContacted.becameCore));
    context.out << tr("The groups were not chosen at random: this shows a tendency, not a cause.\n");
    return 0;
}

} // namespace Kindred::Cli
