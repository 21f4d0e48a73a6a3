// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times the one-to-one effect on a large store: demo customers with a score
// history over the last half year (moves within and between quadrants) and
// a contact log, written in one go. Target: the whole effect (read and
// compute) within a second at 100,000 customers and 200,000 contacts.
//
//   kindred-bench-effect [--customers N] [--contacts N] [--moves N] [--store PATH]
//
// With --store pointing at an existing store, that store is used as it is.
#include "demogenerator.h"
#include "effectanalysis.h"
#include "excellencerule.h"
#include "processstart.h"
#include "orderhistory.h"
#include "store/customerstore.h"
#include "workspacecontent.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include "benchtiming.h"

using namespace Kindred;

namespace {
QTextStream out(stdout);

/// Demo customers and orders with up to `moves` score changes and
/// `contacts` contacts spread over the last 180 days.
WorkspaceContent workspace(int customers, int contacts, int moves)
{
    DemoGenerator::Options options;
    options.customers = customers;
    DemoGenerator::Data data = DemoGenerator(options).generate();
    WorkspaceContent content;
    for (qsizetype i = 0; i < data.customers.size(); ++i)
        data.customers[i].id = i + 1;
    for (qsizetype i = 0; i < data.orders.size(); ++i) {
        data.orders[i].id = i + 1;
        data.orders[i].customerId += 1;
    }
    QRandomGenerator random(7);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto someTime = [&] { return now.addSecs(-qint64(random.bounded(180 * 24 * 3600))); };
    const auto someCustomer = [&] { return random.bounded(customers); };
    // One change for each customer drawn, from lower awareness to where they stand now.
    QSet<CustomerId> moved;
    for (int i = 0; i < moves; ++i) {
        const Customer &c = data.customers.at(someCustomer());
        if (!c.isPlaced() || moved.contains(c.id))
            continue;
        const double before = std::clamp(*c.valueAwareness - 10.0 - random.bounded(30), 0.0, 100.0);
        content.history.append({qint64(content.history.size() + 1),
                                {c.id, c.valueFit, before, c.valueFit, c.valueAwareness, someTime(),
                                 QStringLiteral("hand"), QStringLiteral("bench")}});
        moved.insert(c.id);
    }
    for (int i = 0; i < contacts; ++i) {
        content.contacts.append({qint64(i + 1), CustomerId(someCustomer() + 1), someTime(), QStringLiteral("call"),
                                 QStringLiteral("talked about what they value"), QStringLiteral("bench")});
    }
    content.customers = std::move(data.customers);
    content.orders = std::move(data.orders);
    return content;
}
} // namespace

int main(int argc, char *argv[])
{
    Kindred::startProcess(argv); // as the programs start
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption customersOption(QStringLiteral("customers"), QStringLiteral("Customers to generate."),
                                             QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption contactsOption(QStringLiteral("contacts"), QStringLiteral("Contacts to log."),
                                            QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption movesOption(QStringLiteral("moves"), QStringLiteral("Score changes to try."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("Use or create this store."),
                                         QStringLiteral("PATH"));
    parser.addOptions({customersOption, contactsOption, movesOption, storeOption});
    parser.process(app);

    QTemporaryDir dir;
    const QString path = parser.isSet(storeOption) ? parser.value(storeOption)
                                                   : dir.filePath(QStringLiteral("bench.kindred"));
    const bool fresh = !QFile::exists(path);
    CustomerStore store;
    if (Status error = store.open(path, CustomerStore::OpenMode::CreateIfMissing)) {
        out << error->toString() << Qt::endl;
        return 1;
    }
    if (fresh) {
        QElapsedTimer timer;
        timer.start();
        const WorkspaceContent content = workspace(parser.value(customersOption).toInt(),
                                                   parser.value(contactsOption).toInt(),
                                                   parser.value(movesOption).toInt());
        WorkspaceSettings settings;
        settings.excellenceRule = rulePresets().constFirst().rule.toJson(); // class A and recent
        if (Status error = store.writeContent(content); error || (error = store.setSettings(settings))) {
            out << error->toString() << Qt::endl;
            return 1;
        }
        out << QStringLiteral("generated the store in %1 s").arg(timer.elapsed() / 1000.0, 0, 'f', 1) << Qt::endl;
    }
    const QDate today = QDate::currentDate();
    const QDate since = today.addDays(-90);
    const StoreTotals totals = store.totals().value();
    out << QStringLiteral("%1 customers, %2 orders, %3 contacts since %4")
               .arg(totals.customers)
               .arg(totals.orders)
               .arg(store.contacts().value().size())
               .arg(since.toString(Qt::ISODate))
        << Qt::endl;

    const QDateTime start = EffectAnalysis::periodStart(since);
    printMedian(QStringLiteral("  of which customers"), [&] { (void)store.customers().value(); }, 3);
    printMedian(QStringLiteral("  of which score changes"), [&] { (void)store.scoreChanges(start).value(); }, 3);
    printMedian(QStringLiteral("  of which contacts"), [&] { (void)store.contacts(0, start).value(); }, 3);
    EffectAnalysis::Input input;
    printMedian(QStringLiteral("effect: read customers, changes, contacts"),
                [&] { input = EffectAnalysis::load(store, since, today).value(); }, 3);
    out << QStringLiteral("  %1 score changes, %2 contacts in the period")
               .arg(input.scoreChanges.size())
               .arg(input.contacts.size())
        << Qt::endl;
    OrderHistory orders;
    printMedian(QStringLiteral("order history (read once per store)"),
                [&] { orders = OrderHistory::load(store).value(); }, 3);
    EffectSummary summary;
    printMedian(QStringLiteral("effect: compute (memory)"), [&] { summary = EffectAnalysis::compute(input, orders); });
    printMedian(QStringLiteral("effect: fromStore (kindred-cli, report)"),
                [&] { summary = EffectAnalysis::fromStore(store, since, today).value(); }, 3);
    for (const auto &[name, group] : {std::pair{QStringLiteral("contacted"), summary.contacted},
                                      std::pair{QStringLiteral("not contacted"), summary.notContacted}}) {
        out << QStringLiteral("  %1: %2 customers, %3 moved I → II, awareness median %4, %5 orders, became Core %6")
                   .arg(name)
                   .arg(group.customers)
                   .arg(group.movedIToII)
                   .arg(group.awarenessChangeMedian.value_or(0.0))
                   .arg(group.orders)
                   .arg(group.becameCore)
            << Qt::endl;
    }
    return 0;
}
