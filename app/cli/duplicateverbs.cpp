// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Verbs that find customers recorded twice and make them one.
#include "cli.h"

#include "duplicates/customermerge.h"
#include "duplicates/duplicatefinder.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Kindred::Cli {

namespace {

/// Opens the store and finds the customers named by the two positional arguments.
bool findTwoCustomers(Context &context, const QCommandLineParser &parser, CustomerStore &store, Customer &first,
                      Customer &second)
{
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 2) {
        context.fail(tr("give exactly two customer IDs"));
        return false;
    }
    if (!context.openStore(store))
        return false;
    for (auto [key, customer] : {std::pair{ids.at(0), &first}, std::pair{ids.at(1), &second}}) {
        auto found = store.findCustomer(key);
        if (!found) {
            context.fail(found.error().toString());
            return false;
        }
        *customer = found.value();
    }
    if (first.id == second.id) {
        context.fail(tr("%1 and %2 are the same customer").arg(ids.at(0), ids.at(1)));
        return false;
    }
    return true;
}

QString named(const Customer &c)
{
    return c.externalId.isEmpty() ? QStringLiteral("%1 %2").arg(c.id).arg(c.name)
                                  : QStringLiteral("%1 %2 (%3)").arg(c.id).arg(c.name, c.externalId);
}

QJsonObject jsonCustomer(const Customer &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("external_id"), c.externalId.isEmpty() ? QJsonValue() : QJsonValue(c.externalId)},
            {QStringLiteral("name"), c.name}};
}

} // namespace

int duplicatesVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Customers who are likely one person recorded twice, strongest first: the same email or phone however "
           "written, the same name written another way, the same company. Pairs marked with not-duplicate are left out."));
    context.addCommonOptions(parser);
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption limitOption(QStringLiteral("limit"), tr("List at most N pairs (default: all)."),
                                         QStringLiteral("N"));
    parser.addOptions({jsonOption, limitOption});
    int exitCode = 0;
    if (!context.parse(parser, arguments, exitCode))
        return exitCode;
    qsizetype limit = -1;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).toLongLong(&ok);
        if (!ok || limit < 0)
            return context.fail(tr("--limit needs a whole number of 0 or more, not \"%1\"").arg(parser.value(limitOption)));
    }
    CustomerStore store;
    QList<Customer> customers;
    if (!context.openAndReadCustomers(store, customers))
        return 1;
    QHash<CustomerId, qsizetype> index;
    QList<DuplicateCandidate> candidates;
    for (const Customer &c : std::as_const(customers)) {
        index.insert(c.id, candidates.size());
        candidates.append(DuplicateFinder::candidate(c));
    }
    DuplicateOptions options;
    options.notDuplicates = store.settings().notDuplicates;
    QList<DuplicatePair> pairs = DuplicateFinder(options).findPairs(candidates);
    if (limit >= 0 && pairs.size() > limit)
        pairs.resize(limit);

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const DuplicatePair &pair : std::as_const(pairs)) {
            QJsonArray reasons;
            for (const MatchReason &reason : pair.reasons)
                reasons.append(reason.key());
            array.append(QJsonObject{{QStringLiteral("a"), jsonCustomer(customers.at(index.value(pair.a)))},
                                     {QStringLiteral("b"), jsonCustomer(customers.at(index.value(pair.b)))},
                                     {QStringLiteral("score"), pair.score},
                                     {QStringLiteral("reasons"), reasons}});
        }
        return context.printJson(QJsonObject{{QStringLiteral("pairs"), array}});
    }
    if (pairs.isEmpty())
        context.err << tr("No likely duplicates.") << Qt::endl;
    for (const DuplicatePair &pair : std::as_const(pairs)) {
        QStringList reasons;
        for (const MatchReason &reason : pair.reasons)
            reasons.append(reason.text());
        context.out << pair.score << '\t' << named(customers.at(index.value(pair.a))) << '\t'
                    << named(customers.at(index.value(pair.b))) << '\t' << reasons.join(QStringLiteral("; "))
                    << Qt::endl;
    }
    return 0;
}

int mergeVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Merge OTHER into KEEP: one customer with both customers' orders, score history, tags and notes. For each "
           "field the two fill differently the filled value wins, else KEEP's, unless --prefer-other names it. An "
           "order both hold (the same order id, or the same date and amount without one) is counted once."));
    context.addCommonOptions(parser);
    const QCommandLineOption preferOption(
        QStringLiteral("prefer-other"),
        tr("Take OTHER's value of this field: name, reading, email, phone, company, postal_code, address, "
           "external_id, next_action, scores, stage, or an own field's name. Repeatable."),
        QStringLiteral("FIELD"));
    parser.addOption(preferOption);
    parser.addPositionalArgument(QStringLiteral("KEEP"), tr("The customer to keep (their ID, or Kindred's number)."));
    parser.addPositionalArgument(QStringLiteral("OTHER"), tr("The customer merged into KEEP and removed."));
    int exitCode = 0;
    if (!context.parse(parser, arguments, exitCode))
        return exitCode;
    CustomerStore store;
    Customer kept, other;
    if (!findTwoCustomers(context, parser, store, kept, other))
        return 1;
    const CustomerMerge merge(kept, other);
    const QList<MergeField> differing = merge.differingFields();
    QList<MergeField> fromOther;
    for (const MergeField &field : differing) {
        if (merge.otherWinsByDefault(field, CustomerMerge::Tie::Kept))
            fromOther.append(field);
    }
    for (const QString &key : parser.values(preferOption)) {
        const auto found = std::find_if(differing.cbegin(), differing.cend(),
                                        [&key](const MergeField &f) { return f.key() == key; });
        if (found == differing.cend())
            return context.fail(tr("--prefer-other %1: the two customers do not differ in a field of that name").arg(key));
        if (!fromOther.contains(*found))
            fromOther.append(*found);
    }
    auto done = store.mergeCustomers(merge.merged(fromOther), other.id);
    if (!done)
        return context.fail(done.error().toString());
    const MergeUndo &undo = done.value();
    context.out << tr("Merged %1 into %2.").arg(named(other), named(kept)) << Qt::endl;
    context.out << tr("Orders moved: %1. Score changes moved: %2.")
                       .arg(undo.movedOrders.size())
                       .arg(undo.movedHistory.size())
                << Qt::endl;
    if (undo.movedShortlistMark)
        context.out << tr("The shortlist mark moved too.") << Qt::endl;
    if (!undo.ordersHeldByBoth.isEmpty())
        context.out << tr("%n order(s) both held counted once.", nullptr, int(undo.ordersHeldByBoth.size())) << Qt::endl;
    QStringList taken;
    for (const MergeField &field : std::as_const(fromOther))
        taken.append(field.key());
    if (!taken.isEmpty())
        context.out << tr("Taken from %1: %2.").arg(other.id).arg(taken.join(QStringLiteral(", "))) << Qt::endl;
    return 0;
}

int notDuplicateVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Remember that two customers are two people: duplicates and the window no longer propose them."));
    context.addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("A"), tr("A customer (their ID, or Kindred's number)."));
    parser.addPositionalArgument(QStringLiteral("B"), tr("The other customer."));
    int exitCode = 0;
    if (!context.parse(parser, arguments, exitCode))
        return exitCode;
    CustomerStore store;
    Customer a, b;
    if (!findTwoCustomers(context, parser, store, a, b))
        return 1;
    WorkspaceSettings settings = store.settings();
    settings.notDuplicates.insert(DuplicateOptions::pairKey(a.id, b.id));
    if (Status error = store.setSettings(settings))
        return context.fail(error->toString());
    context.err << tr("%1 and %2 are no longer proposed as duplicates.").arg(named(a), named(b)) << Qt::endl;
    return 0;
}

} // namespace Kindred::Cli
