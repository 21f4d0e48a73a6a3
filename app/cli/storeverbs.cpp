// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Verbs that create a store or read what is in it.
#include "cli.h"

#include "customeranalysis.h"
#include "store/customerstore.h"
#include "demogenerator.h"
#include "jsontext.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace Kindred::Cli {

int initVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create an empty store (or upgrade an existing one)."));
    context.addCommonOptions(parser);
    int exitCode = 0;
    if (!context.parse(parser, arguments, exitCode))
        return exitCode;
    CustomerStore store;
    if (!context.openStore(store, CustomerStore::OpenMode::CreateIfMissing))
        return 1;
    context.err << tr("Store ready: %1").arg(store.locationText()) << Qt::endl;
    return 0;
}

int demoVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Fill a new or empty store with generated demo customers and orders."));
    context.addCommonOptions(parser);
    const QCommandLineOption customersOption(QStringLiteral("customers"), tr("How many customers (default 500)."),
                                             QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Random seed (default 1)."), QStringLiteral("S"),
                                        QStringLiteral("1"));
    parser.addOptions({customersOption, seedOption});
    int exitCode = 0;
    if (!context.parse(parser, arguments, exitCode))
        return exitCode;

    bool customersOk = false, seedOk = false;
    DemoGenerator::Options options;
    options.customers = parser.value(customersOption).toInt(&customersOk);
    options.seed = parser.value(seedOption).toUInt(&seedOk);
    if (!customersOk || options.customers < 0)
        return context.fail(tr("--customers needs a whole number of 0 or more, not \"%1\"")
                                .arg(parser.value(customersOption)));
    if (!seedOk)
        return context.fail(tr("--seed needs a whole number, not \"%1\"").arg(parser.value(seedOption)));

    CustomerStore store;
    if (!context.openStore(store, CustomerStore::OpenMode::CreateIfMissing))
        return 1;
    auto totals = store.totals();
    if (!totals)
        return context.fail(totals.error().toString());
    if (totals.value().customers > 0)
        return context.fail(tr("%1 already has customers; demo data goes into a new store").arg(store.locationText()));
    if (Status error = DemoGenerator(options).fill(store))
        return context.fail(error->toString());
    context.err << tr("Generated %1 demo customers in %2").arg(options.customers).arg(store.locationText()) << Qt::endl;
    return 0;
}

int customersVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List customers with their derived figures."));
    context.addCommonOptions(parser);
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(jsonOption);
    const AsOfOption asOfOption;
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

    const CustomerAnalysis analysis(customers, store.settings(), asOf.isValid() ? asOf : QDate::currentDate());
    if (const Status &ruleError = analysis.ruleError())
        context.err << tr("warning: %1; nobody is Core by rule").arg(ruleError->toString()) << Qt::endl;
    if (!parser.isSet(jsonOption)) {
        for (qsizetype i = 0; i < customers.size(); ++i) {
            const Customer &c = customers.at(i);
            context.out << c.id << '\t' << c.externalId << '\t' << c.name << '\t' << c.email << '\t'
                        << stageKey(analysis.at(i).stage) << '\t' << QString::number(c.revenue, 'f', 2) << '\t'
                        << c.orderCount << '\n';
        }
        return 0;
    }
    // Written as it is made: 100,000 customers are never held as JSON.
    const QList<OwnFieldDefinition> ownFields = store.settings().ownFields;
    QByteArray chunk;
    IndentedJsonText json(chunk);
    json.beginArray();
    for (qsizetype i = 0; i < customers.size(); ++i) {
        const Customer &c = customers.at(i);
        const DerivedCustomer &d = analysis.at(i);
        const auto optional = [&json](const std::optional<double> &value) {
            if (value)
                json.value(*value);
            else
                json.null();
        };
        // In key order, as QJsonObject writes them.
        json.beginObject();
        json.key(u"abc_class").value(abcClassKey(d.abcClass));
        json.key(u"address").value(c.address);
        json.key(u"company").value(c.company);
        json.key(u"email").value(c.email);
        json.key(u"excellent").value(d.meetsExcellenceRule);
        json.key(u"external_id").value(c.externalId);
        json.key(u"fields").value(QJsonValue(OwnFields::toJson(c.ownFields, ownFields)));
        json.key(u"first_order").value(c.firstOrder.toString(Qt::ISODate));
        json.key(u"id").value(qint64(c.id));
        json.key(u"last_order").value(c.lastOrder.toString(Qt::ISODate));
        json.key(u"name").value(c.name);
        json.key(u"orders").value(c.orderCount);
        json.key(u"phone").value(c.phone);
        json.key(u"postal_code").value(c.postalCode);
        json.key(u"quadrant").value(quadrantNumeral(d.quadrant));
        json.key(u"reading").value(c.reading);
        json.key(u"revenue").value(c.revenue);
        json.key(u"stage").value(stageKey(d.stage));
        json.key(u"tags").strings(c.tags);
        json.key(u"value_awareness");
        optional(c.valueAwareness);
        json.key(u"value_fit");
        optional(c.valueFit);
        json.endObject();
        if (chunk.size() >= (1 << 20)) {
            context.writeOut(chunk);
            chunk.clear();
        }
    }
    json.endArray();
    context.writeOut(chunk);
    return 0;
}

int statsVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Count customers and orders and sum the revenue."));
    context.addCommonOptions(parser);
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(jsonOption);
    const AsOfOption asOfOption;
    asOfOption.addTo(parser);
    int exitCode = 0;
    if (!context.parse(parser, arguments, exitCode))
        return exitCode;
    CustomerStore store;
    QDate asOf;
    if (!context.openStore(store) || !asOfOption.read(context, parser, store, asOf))
        return 1;
    auto totals = store.totals();
    if (!totals)
        return context.fail(totals.error().toString());
    StoreTotals t = totals.value();
    if (asOf.isValid()) {
        // The customers who existed then, and their orders up to the day.
        auto customers = store.customers();
        if (!customers)
            return context.fail(customers.error().toString());
        QList<Customer> then = std::move(customers.value());
        if (!customersAsOf(context, store, then, asOf))
            return 1;
        t = StoreTotals{then.size(), 0, 0.0};
        for (const Customer &c : std::as_const(then)) {
            t.orders += c.orderCount;
            t.revenue += c.revenue;
        }
    }
    if (!parser.isSet(jsonOption)) {
        context.out << tr("Customers: %1\nOrders: %2\nRevenue: %3\n")
                           .arg(t.customers)
                           .arg(t.orders)
                           .arg(QString::number(t.revenue, 'f', 2));
        return 0;
    }
    return context.printJson(QJsonObject{{QStringLiteral("customers"), t.customers},
                                         {QStringLiteral("orders"), t.orders},
                                         {QStringLiteral("revenue"), t.revenue}});
}

} // namespace Kindred::Cli
