// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Verbs of the value matrix: read it, place and unplace customers.
#include "cli.h"

#include "store/customerstore.h"
#include "valuematrix.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonObject>

namespace Kindred::Cli {

namespace {
/// Reads a 0-100 score option, kept to one decimal; false (after saying why) when it is not one.
bool scoreOption(Context &context, const QCommandLineParser &parser, const QCommandLineOption &option,
                 double &score)
{
    if (const std::optional<double> parsed = ValueMatrix::parseScore(parser.value(option))) {
        score = *parsed;
        return true;
    }
    context.fail(tr("--%1 needs a score from 0 to 100, not \"%2\"").arg(option.names().constFirst(),
                                                                        parser.value(option)));
    return false;
}

} // namespace

int matrixVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The value matrix: customers per quadrant, and each customer's scores "
                                        "and quadrant. A score equal to the split counts as high."));
    context.addCommonOptions(parser);
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(jsonOption);
    int exitCode = 0;
    if (!context.parse(parser, arguments, exitCode))
        return exitCode;
    CustomerStore store;
    QList<Customer> customers;
    if (!context.openAndReadCustomers(store, customers))
        return 1;
    const QuadrantSplit split = store.settings().quadrantSplit;
    const auto counts = ValueMatrix::countQuadrants(customers, split);

    if (!parser.isSet(jsonOption)) {
        for (Quadrant q : {Quadrant::I, Quadrant::II, Quadrant::III, Quadrant::IV})
            context.out << quadrantNumeral(q) << '\t' << counts[int(q)] << '\t' << quadrantMeaning(q) << '\n';
        context.out << tr("unplaced") << '\t' << counts[int(Quadrant::Unplaced)] << '\n';
        return 0;
    }
    QJsonObject countObject;
    for (Quadrant q : {Quadrant::I, Quadrant::II, Quadrant::III, Quadrant::IV})
        countObject.insert(quadrantNumeral(q), counts[int(q)]);
    countObject.insert(QStringLiteral("unplaced"), counts[int(Quadrant::Unplaced)]);
    QJsonArray rows;
    for (const Customer &c : customers) {
        const Quadrant q = quadrantOf(c.valueFit, c.valueAwareness, split);
        rows.append(QJsonObject{{QStringLiteral("id"), c.id},
                                {QStringLiteral("external_id"), c.externalId},
                                {QStringLiteral("name"), c.name},
                                {QStringLiteral("value_fit"), jsonValue(c.valueFit)},
                                {QStringLiteral("value_awareness"), jsonValue(c.valueAwareness)},
                                {QStringLiteral("quadrant"), q == Quadrant::Unplaced ? QJsonValue(QJsonValue::Null)
                                                                                   : QJsonValue(quadrantNumeral(q))}});
    }
    return context.printJson(QJsonObject{
        {QStringLiteral("split"), QJsonObject{{QStringLiteral("value_fit"), split.valueFit},
                                              {QStringLiteral("value_awareness"), split.valueAwareness}}},
        {QStringLiteral("counts"), countObject},
        {QStringLiteral("customers"), rows}});
}

int placeVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Place a customer on the value matrix."));
    context.addCommonOptions(parser);
    const QCommandLineOption fitOption(QStringLiteral("fit"), tr("Value fit, 0-100."), QStringLiteral("F"));
    const QCommandLineOption awarenessOption(QStringLiteral("awareness"), tr("Value awareness, 0-100."),
                                             QStringLiteral("A"));
    parser.addOptions({fitOption, awarenessOption});
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The customer's ID (theirs, or Kindred's number)."));
    int exitCode = 0;
    if (!context.parse(parser, arguments, exitCode))
        return exitCode;
    if (!parser.isSet(fitOption) || !parser.isSet(awarenessOption))
        return context.fail(tr("place needs both --fit and --awareness"));
    double fit = 0, awareness = 0;
    if (!scoreOption(context, parser, fitOption, fit) || !scoreOption(context, parser, awarenessOption, awareness))
        return 1;
    CustomerStore store;
    Customer customer;
    if (!findCustomer(context, parser, store, customer))
        return 1;
    customer.valueFit = fit;
    customer.valueAwareness = awareness;
    if (Status error = store.updateCustomer(customer, CustomerField::Scores))
        return context.fail(error->toString());
    const Quadrant q = quadrantOf(customer.valueFit, customer.valueAwareness, store.settings().quadrantSplit);
    context.err << tr("%1 is now in quadrant %2").arg(customer.name, quadrantNumeral(q)) << Qt::endl;
    return 0;
}

int movesVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Place many customers on the value matrix: one move per line, \"ID,FIT,AWARENESS\" (commas or "
           "spaces; lines starting with # are skipped). Every line is checked before the first move is saved; "
           "then each move is saved on its own, as place does, so that others working on a team store see "
           "them one by one."));
    context.addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The file of moves, or - for standard input."));
    int exitCode = 0;
    if (!context.parse(parser, arguments, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.fail(tr("moves needs exactly one file (or -); see --help"));
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly | QIODevice::Text)
                                                   : file.open(QIODevice::ReadOnly | QIODevice::Text);
    if (!opened)
        return context.fail(tr("%1: %2").arg(path, file.errorString()));

    struct Move
    {
        int line = 0;
        QString customer;
        double fit = 0;
        double awareness = 0;
    };
    QList<Move> moves;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (int line = 1; !file.atEnd(); ++line) {
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = text.split(separators);
        const std::optional<double> fit = fields.size() == 3 ? ValueMatrix::parseScore(fields.at(1)) : std::nullopt;
        const std::optional<double> awareness =
            fields.size() == 3 ? ValueMatrix::parseScore(fields.at(2)) : std::nullopt;
        if (!fit || !awareness)
            return context.fail(Error{tr("expected ID,FIT,AWARENESS with scores from 0 to 100"), path, line}.toString());
        moves.append({line, fields.at(0), *fit, *awareness});
    }

    CustomerStore store;
    if (!context.openStore(store))
        return 1;
    auto saved = [&context](qsizetype count) {
        context.err << tr("Moves saved: %1").arg(count) << Qt::endl;
    };
    for (qsizetype i = 0; i < moves.size(); ++i) {
        const Move &move = moves.at(i);
        auto found = store.findCustomer(move.customer);
        Customer customer;
        Status error = found ? std::nullopt : Status(found.error());
        if (!error) {
            customer = found.value();
            customer.valueFit = move.fit;
            customer.valueAwareness = move.awareness;
            error = store.updateCustomer(customer, CustomerField::Scores);
        }
        if (error) {
            saved(i);
            return context.fail(Error{error->message, path, move.line}.toString());
        }
    }
    saved(moves.size());
    return 0;
}

int unplaceVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Clear a customer's scores: they wait unplaced beside the matrix."));
    context.addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The customer's ID (theirs, or Kindred's number)."));
    int exitCode = 0;
    if (!context.parse(parser, arguments, exitCode))
        return exitCode;
    CustomerStore store;
    Customer customer;
    if (!findCustomer(context, parser, store, customer))
        return 1;
    customer.valueFit.reset();
    customer.valueAwareness.reset();
    if (Status error = store.updateCustomer(customer, CustomerField::Scores))
        return context.fail(error->toString());
    return 0;
}

} // namespace Kindred::Cli
