// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Verbs that propose scores from data: survey answers and purchase behaviour.
#include "cli.h"

#include "behaviourscoring.h"
#include "store/customerstore.h"
#include "scoresuggestions.h"
#include "surveyscoring.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Kindred::Cli {

namespace {

constexpr int kProblemsShown = 20;

// Built on first use, after main() has installed the translations: at static
// initialisation their descriptions would stay English.
const QCommandLineOption &overwriteOption()
{
    static const QCommandLineOption option(QStringLiteral("overwrite-manual"), tr("Also replace scores set by hand."));
    return option;
}

const QCommandLineOption &jsonOption()
{
    static const QCommandLineOption option(QStringLiteral("json"), tr("Print JSON."));
    return option;
}

const QCommandLineOption &ruleOption()
{
    static const QCommandLineOption option(QStringLiteral("rule"), tr("Tune the behaviour rule with this JSON file."),
                                           QStringLiteral("RULE.json"));
    return option;
}

const QCommandLineOption &dateOption()
{
    static const QCommandLineOption option(QStringLiteral("date"),
                                           tr("Judge behaviour as of this date (default: today)."),
                                           QStringLiteral("YYYY-MM-DD"));
    return option;
}

QJsonArray distributionJson(const std::array<qint64, 10> &distribution)
{
    QJsonArray array;
    for (qint64 count : distribution)
        array.append(count);
    return array;
}

QJsonObject countsJson(const ValueMatrix::QuadrantCounts &counts)
{
    QJsonObject object;
    for (Quadrant q : {Quadrant::I, Quadrant::II, Quadrant::III, Quadrant::IV})
        object.insert(quadrantNumeral(q), counts[int(q)]);
    object.insert(QStringLiteral("unplaced"), counts[int(Quadrant::Unplaced)]);
    return object;
}

QJsonObject planJson(const SuggestionPlan &plan)
{
    QJsonArray changes;
    for (qsizetype i = 0; i < plan.updates.size(); ++i) {
        const Customer &now = plan.before.at(i);
        const Customer &after = plan.updates.at(i);
        changes.append(QJsonObject{{QStringLiteral("id"), now.id},
                                   {QStringLiteral("external_id"), now.externalId},
                                   {QStringLiteral("name"), now.name},
                                   {QStringLiteral("old_fit"), jsonValue(now.valueFit)},
                                   {QStringLiteral("old_awareness"), jsonValue(now.valueAwareness)},
                                   {QStringLiteral("new_fit"), jsonValue(after.valueFit)},
                                   {QStringLiteral("new_awareness"), jsonValue(after.valueAwareness)}});
    }
    return QJsonObject{{QStringLiteral("suggested"), plan.suggested},
                       {QStringLiteral("changed"), plan.updates.size()},
                       {QStringLiteral("unchanged"), plan.unchanged},
                       {QStringLiteral("protected_by_hand"), plan.protectedByHand},
                       {QStringLiteral("quadrant_changes"), plan.quadrantChanges},
                       {QStringLiteral("newly_placed"), plan.newlyPlaced},
                       {QStringLiteral("counts_before"), countsJson(plan.countsBefore)},
                       {QStringLiteral("counts_after"), countsJson(plan.countsAfter)},
                       {QStringLiteral("fit_distribution"), distributionJson(plan.fitDistribution)},
                       {QStringLiteral("awareness_distribution"), distributionJson(plan.awarenessDistribution)},
                       {QStringLiteral("changes"), changes}};
}

void printPlan(Context &context, const SuggestionPlan &plan, bool applied)
{
    context.out << (applied ? tr("changed: %1 customers") : tr("would change: %1 customers")).arg(plan.updates.size())
                << '\n'
                << tr("quadrant changes: %1, placed for the first time: %2, unchanged: %3")
                       .arg(plan.quadrantChanges)
                       .arg(plan.newlyPlaced)
                       .arg(plan.unchanged)
                << '\n';
    if (plan.protectedByHand > 0) {
        context.out << tr("left alone (set by hand; --overwrite-manual replaces them): %1").arg(plan.protectedByHand)
                    << '\n';
    }
    context.out << tr("quadrant\tnow\tafter") << '\n';
    for (Quadrant q : {Quadrant::I, Quadrant::II, Quadrant::III, Quadrant::IV, Quadrant::Unplaced}) {
        context.out << (q == Quadrant::Unplaced ? tr("unplaced") : quadrantNumeral(q)) << '\t'
                    << plan.countsBefore[int(q)] << '\t' << plan.countsAfter[int(q)] << '\n';
    }
    auto printDistribution = [&](const QString &axis, const std::array<qint64, 10> &distribution) {
        context.out << axis;
        for (qint64 count : distribution)
            context.out << '\t' << count;
        context.out << '\n';
    };
    context.out << tr("suggested scores\t0-9\t10-19\t20-29\t30-39\t40-49\t50-59\t60-69\t70-79\t80-89\t90-100") << '\n';
    printDistribution(tr("value fit"), plan.fitDistribution);
    printDistribution(tr("value awareness"), plan.awarenessDistribution);
}

/// Writes the plan's updates in one transaction with the given source.
bool apply(Context &context, CustomerStore &store, const SuggestionPlan &plan, const QString &source)
{
    if (Status error = store.updateCustomers(plan.updates, source, CustomerField::Scores)) {
        context.fail(error->toString());
        return false;
    }
    return true;
}

/// The behaviour rule for the store, tuned by --rule; false after saying why.
bool behaviourRule(Context &context, const QCommandLineParser &parser, const CustomerStore &store,
                   BehaviourRule &rule, QDate &reference)
{
    rule = BehaviourRule::forSettings(store.settings());
    if (parser.isSet(ruleOption())) {
        auto loaded = BehaviourRule::load(parser.value(ruleOption()), rule);
        if (!loaded) {
            context.fail(loaded.error().toString());
            return false;
        }
        rule = loaded.value();
    }
    reference = parser.isSet(dateOption()) ? QDate::fromString(parser.value(dateOption()), Qt::ISODate)
                                         : QDate::currentDate();
    if (!reference.isValid()) {
        context.fail(tr("--date needs a date as YYYY-MM-DD, not \"%1\"").arg(parser.value(dateOption())));
        return false;
    }
    return true;
}

/// Opens the store, reads the rule options and works out the behaviour
/// suggestions; false (after saying why) on any failure.
bool suggestFromBehaviour(Context &context, const QCommandLineParser &parser, CustomerStore &store,
                          BehaviourRule &rule, QDate &reference, QList<ScoreSuggestion> &suggestions)
{
    if (!context.openStore(store) || !behaviourRule(context, parser, store, rule, reference))
        return false;
    auto suggested = rule.suggest(store, reference);
    if (!suggested) {
        context.fail(suggested.error().toString());
        return false;
    }
    suggestions = std::move(suggested.value());
    return true;
}
} // namespace

int importSurveyVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Score customers from a survey export (CSV, one row per respondent, matched to customers by customer "
           "ID or email). Without --apply, only says what would change. Scores set by hand are kept unless "
           "--overwrite-manual is given. Applied scores are recorded in the history as \"survey: FILE\"."));
    context.addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The survey export."));
    const QCommandLineOption scoringOption(QStringLiteral("scoring"),
                                           tr("The scoring: which question counts for which axis, with what "
                                              "weight and direction (JSON)."),
                                           QStringLiteral("SCORING.json"));
    const QCommandLineOption applyOption(QStringLiteral("apply"), tr("Save the scores."));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"), tr("The file's encoding, e.g. UTF-8, Shift_JIS (default: detected)."),
        QStringLiteral("E"));
    parser.addOptions({scoringOption, applyOption, overwriteOption(), jsonOption(), encodingOption});
    int exitCode = 0;
    if (!context.parse(parser, arguments, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.fail(tr("give exactly one survey file"));
    if (!parser.isSet(scoringOption))
        return context.fail(tr("import-survey needs --scoring SCORING.json"));
    const auto scoring = SurveyScoring::load(parser.value(scoringOption));
    if (!scoring)
        return context.fail(scoring.error().toString());

    CustomerStore store;
    QList<Customer> customers;
    if (!context.openAndReadCustomers(store, customers))
        return 1;
    const QString path = parser.positionalArguments().constFirst();
    const auto survey = scoreSurvey(path, scoring.value(), customers, parser.value(encodingOption).toLatin1());
    if (!survey)
        return context.fail(survey.error().toString());
    const SurveyResult &result = survey.value();
    const auto plan = planSuggestions(store, result.suggestions(), parser.isSet(overwriteOption()));
    if (!plan)
        return context.fail(plan.error().toString());

    const bool applying = parser.isSet(applyOption);
    const QString source = QStringLiteral("survey: ") + QFileInfo(path).fileName();
    if (applying && !apply(context, store, plan.value(), source))
        return 1;

    for (qsizetype i = 0; i < std::min<qsizetype>(result.problems.size(), kProblemsShown); ++i)
        context.err << result.problems.at(i).toString() << '\n';
    if (result.problems.size() > kProblemsShown)
        context.err << tr("... and %1 more").arg(result.problems.size() - kProblemsShown) << '\n';
    context.err.flush();

    const qint64 scoredFit = std::count_if(result.scores.cbegin(), result.scores.cend(),
                                           [](const SurveyScore &s) { return s.valueFit.has_value(); });
    const qint64 scoredAwareness = std::count_if(result.scores.cbegin(), result.scores.cend(),
                                                 [](const SurveyScore &s) { return s.valueAwareness.has_value(); });
    if (parser.isSet(jsonOption())) {
        QJsonArray scales;
        for (qsizetype q = 0; q < result.scales.size(); ++q) {
            scales.append(QJsonObject{{QStringLiteral("column"), scoring.value().questions.at(q).column},
                                      {QStringLiteral("scale"), SurveyScoring::scaleKey(result.scales.at(q))}});
        }
        QJsonArray problems;
        for (const Error &problem : result.problems) {
            problems.append(QJsonObject{{QStringLiteral("row"), problem.row},
                                        {QStringLiteral("column"), problem.column},
                                        {QStringLiteral("message"), problem.message}});
        }
        QJsonObject json = planJson(plan.value());
        json.insert(QStringLiteral("file"), path);
        json.insert(QStringLiteral("source"), source);
        json.insert(QStringLiteral("applied"), applying);
        json.insert(QStringLiteral("encoding"), QString::fromLatin1(result.encoding));
        json.insert(QStringLiteral("respondents"), result.respondents);
        json.insert(QStringLiteral("matched"), result.scores.size());
        json.insert(QStringLiteral("unmatched"), result.unmatched);
        json.insert(QStringLiteral("duplicates"), result.duplicates);
        json.insert(QStringLiteral("scored_fit"), scoredFit);
        json.insert(QStringLiteral("scored_awareness"), scoredAwareness);
        json.insert(QStringLiteral("scales"), scales);
        json.insert(QStringLiteral("problems"), problems);
        return context.printJson(json);
    }
    context.out << tr("%1: %2 respondents, %3 matched, %4 unmatched (%5)")
                       .arg(QFileInfo(path).fileName())
                       .arg(result.respondents)
                       .arg(result.scores.size())
                       .arg(result.unmatched)
                       .arg(QString::fromLatin1(result.encoding))
                << '\n'
                << tr("scored: value fit %1, value awareness %2 (at least %3 answers per axis)")
                       .arg(scoredFit)
                       .arg(scoredAwareness)
                       .arg(scoring.value().minAnswers)
                << '\n';
    printPlan(context, plan.value(), applying);
    if (!applying)
        context.out << tr("nothing saved: add --apply to save") << '\n';
    return 0;
}

int suggestVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Suggest value awareness from purchase behaviour (repeat orders in the last months, tenure, "
           "recency), with the reason for each customer. Nothing is saved; see apply-suggestions."));
    context.addCommonOptions(parser);
    parser.addOptions({jsonOption(), ruleOption(), dateOption()});
    int exitCode = 0;
    if (!context.parse(parser, arguments, exitCode))
        return exitCode;
    CustomerStore store;
    BehaviourRule rule;
    QDate reference;
    QList<ScoreSuggestion> suggestions;
    if (!suggestFromBehaviour(context, parser, store, rule, reference, suggestions))
        return 1;
    const auto customers = store.customers();
    const auto sources = store.latestScoreSources();
    if (!customers || !sources)
        return context.fail((!customers ? customers.error() : sources.error()).toString());
    QHash<CustomerId, const Customer *> byId;
    for (const Customer &c : customers.value())
        byId.insert(c.id, &c);

    QJsonArray rows;
    for (const ScoreSuggestion &s : suggestions) {
        const Customer *c = byId.value(s.customerId);
        const bool byHand = sources.value().value(s.customerId).valueAwareness == handScoreSource();
        if (!parser.isSet(jsonOption())) {
            context.out << c->externalId << '\t' << c->name << '\t'
                        << (c->valueAwareness ? QString::number(*c->valueAwareness) : QStringLiteral("-")) << '\t'
                        << *s.valueAwareness << (byHand ? tr(" (hand-set kept)") : QString()) << '\t'
                        << s.explanation << '\n';
            continue;
        }
        rows.append(QJsonObject{{QStringLiteral("id"), c->id},
                                {QStringLiteral("external_id"), c->externalId},
                                {QStringLiteral("name"), c->name},
                                {QStringLiteral("value_awareness"), jsonValue(c->valueAwareness)},
                                {QStringLiteral("suggested_awareness"), jsonValue(s.valueAwareness)},
                                {QStringLiteral("set_by_hand"), byHand},
                                {QStringLiteral("explanation"), s.explanation}});
    }
    if (!parser.isSet(jsonOption()))
        return 0;
    return context.printJson(QJsonObject{{QStringLiteral("date"), reference.toString(Qt::ISODate)},
                                         {QStringLiteral("rule"), rule.toJson()},
                                         {QStringLiteral("suggestions"), rows}});
}

int applySuggestionsVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Save the behaviour rule's suggested value awareness in one step, recorded in the history as "
           "\"behaviour rule\". Scores set by hand are kept unless --overwrite-manual is given."));
    context.addCommonOptions(parser);
    parser.addOptions({overwriteOption(), jsonOption(), ruleOption(), dateOption()});
    int exitCode = 0;
    if (!context.parse(parser, arguments, exitCode))
        return exitCode;
    CustomerStore store;
    BehaviourRule rule;
    QDate reference;
    QList<ScoreSuggestion> suggestions;
    if (!suggestFromBehaviour(context, parser, store, rule, reference, suggestions))
        return 1;
    const auto plan = planSuggestions(store, suggestions, parser.isSet(overwriteOption()));
    if (!plan)
        return context.fail(plan.error().toString());
    if (!apply(context, store, plan.value(), behaviourScoreSource()))
        return 1;
    if (parser.isSet(jsonOption()))
        return context.printJson(planJson(plan.value()));
    printPlan(context, plan.value(), true);
    return 0;
}

} // namespace Kindred::Cli
