// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "customeranalysis.h"

#include "storelocation.h"
#include "storepaths.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace Kindred::Cli {

namespace {
// Built on first use, after main() has installed the translations.
const QCommandLineOption &dbOption()
{
    static const QCommandLineOption option(
        QStringLiteral("db"),
        QCoreApplication::translate("Kindred::Cli", "The store to use (default: the one the GUI opens)."),
        QStringLiteral("PATH"));
    return option;
}

const QCommandLineOption &helpOption()
{
    static const QCommandLineOption option({QStringLiteral("h"), QStringLiteral("help")},
                                           QCoreApplication::translate("Kindred::Cli", "Show this help."));
    return option;
}
} // namespace

QString tr(const char *text)
{
    return QCoreApplication::translate("Kindred::Cli", text);
}

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Kindred::Cli", text, disambiguation, n);
}

QJsonValue jsonValue(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

const QList<Verb> &verbs()
{
    // Summaries are translated when --help prints them, once the translator is installed.
    static const QList<Verb> all = {
        {QStringLiteral("init"), QT_TRANSLATE_NOOP("Kindred::Cli", "Create an empty store."), initVerb},
        {QStringLiteral("demo"), QT_TRANSLATE_NOOP("Kindred::Cli", "Fill a new store with generated demo customers."),
         demoVerb},
        {QStringLiteral("customers"), QT_TRANSLATE_NOOP("Kindred::Cli", "List customers."), customersVerb, Verb::Access::Reads},
        {QStringLiteral("stats"), QT_TRANSLATE_NOOP("Kindred::Cli", "Count customers and orders, sum revenue."),
         statsVerb, Verb::Access::Reads},
        {QStringLiteral("matrix"), QT_TRANSLATE_NOOP("Kindred::Cli", "Customers per quadrant of the value matrix."),
         matrixVerb, Verb::Access::Reads},
        {QStringLiteral("place"), QT_TRANSLATE_NOOP("Kindred::Cli", "Place a customer on the value matrix."),
         placeVerb},
        {QStringLiteral("moves"), QT_TRANSLATE_NOOP("Kindred::Cli", "Place many customers, from a file of moves."),
         movesVerb},
        {QStringLiteral("unplace"), QT_TRANSLATE_NOOP("Kindred::Cli", "Clear a customer's place on the value matrix."),
         unplaceVerb},
        {QStringLiteral("funnel"),
         QT_TRANSLATE_NOOP("Kindred::Cli", "Count customers per funnel stage, with conversions."), funnelVerb, Verb::Access::Reads},
        {QStringLiteral("pareto"),
         QT_TRANSLATE_NOOP("Kindred::Cli", "Revenue concentration: top 20% share, ABC classes."), paretoVerb, Verb::Access::Reads},
        {QStringLiteral("effect"),
         QT_TRANSLATE_NOOP("Kindred::Cli", "Whether one-to-one contacts moved quadrant I customers toward II."),
         effectVerb, Verb::Access::Reads},
        {QStringLiteral("shortlist"), QT_TRANSLATE_NOOP("Kindred::Cli", "The one-to-one shortlist, as CSV or JSON."),
         shortlistVerb, Verb::Access::Reads},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("Kindred::Cli", "Export customers or the Pareto table as CSV."),
         exportVerb, Verb::Access::Reads},
        {QStringLiteral("report"), QT_TRANSLATE_NOOP("Kindred::Cli", "Write the one-page report as a PDF."),
         reportVerb, Verb::Access::Reads},
        {QStringLiteral("import"),
         QT_TRANSLATE_NOOP("Kindred::Cli", "Import customers or order lines from a CSV file or workbook."), importVerb},
        {QStringLiteral("import-survey"), QT_TRANSLATE_NOOP("Kindred::Cli", "Score customers from a survey export."),
         importSurveyVerb},
        {QStringLiteral("suggest"),
         QT_TRANSLATE_NOOP("Kindred::Cli", "Suggest value awareness from purchase behaviour."), suggestVerb, Verb::Access::Reads},
        {QStringLiteral("apply-suggestions"),
         QT_TRANSLATE_NOOP("Kindred::Cli", "Save the behaviour suggestions in one step."), applySuggestionsVerb},
        {QStringLiteral("copy"),
         QT_TRANSLATE_NOOP("Kindred::Cli", "Copy a whole workspace into a new store, file or team store."), copyVerb},
        {QStringLiteral("duplicates"), QT_TRANSLATE_NOOP("Kindred::Cli", "List customers who are likely one person."),
         duplicatesVerb, Verb::Access::Reads},
        {QStringLiteral("merge"), QT_TRANSLATE_NOOP("Kindred::Cli", "Merge two customers who are one person."),
         mergeVerb},
        {QStringLiteral("not-duplicate"),
         QT_TRANSLATE_NOOP("Kindred::Cli", "Remember that two customers are two people."), notDuplicateVerb},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("Kindred::Cli", "Log a contact with a customer."), contactVerb},
        {QStringLiteral("contacts"), QT_TRANSLATE_NOOP("Kindred::Cli", "List the contact log."), contactsVerb,
         Verb::Access::Reads},
    };
    return all;
}

void Context::addCommonOptions(QCommandLineParser &parser) const
{
    parser.addOption(dbOption());
    parser.addOption(helpOption());
}

bool Context::parse(QCommandLineParser &parser, const QStringList &arguments, int &exitCode)
{
    if (!parser.parse(arguments)) {
        exitCode = fail(parser.errorText());
        return false;
    }
    if (parser.isSet(helpOption())) {
        out << parser.helpText();
        out.flush();
        exitCode = 0;
        return false;
    }
    if (parser.isSet(dbOption()))
        storePath = parser.value(dbOption());
    return true;
}

bool Context::openStore(CustomerStore &store, CustomerStore::OpenMode mode)
{
    return openStoreAt(store, storePath, mode);
}

bool Context::openStoreAt(CustomerStore &store, QString &path, CustomerStore::OpenMode mode)
{
    if (readsOnly && mode == CustomerStore::OpenMode::OpenExisting)
        mode = CustomerStore::OpenMode::ReadOnly;
    store.setWaitForOtherCommands(waitForOtherCommands);
    Status error = store.open(path, mode);
    // A team store that takes no password from the URL, PGPASSWORD or
    // ~/.pgpass: ask for one at the terminal, for this run only.
    auto location = StoreLocation::parse(path);
    if (error && location && location.value().isPostgres() && location.value().password.isEmpty()
        && isatty(STDIN_FILENO)) {
        location.value().password = readPassword(tr("Password for %1: ").arg(location.value().toString()));
        if (!location.value().password.isEmpty()) {
            path = location.value().toString(StoreLocation::Password::Included);
            error = store.open(path, mode);
        }
    }
    if (error) {
        fail(error->toString());
        return false;
    }
    return true;
}

QString Context::readPassword(const QString &prompt)
{
    err << prompt << Qt::flush;
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    err << Qt::endl;
    return password;
}

bool Context::openAndReadCustomers(CustomerStore &store, QList<Customer> &customers)
{
    if (!openStore(store))
        return false;
    auto read = store.customers();
    if (!read) {
        fail(read.error().toString());
        return false;
    }
    customers = std::move(read.value());
    return true;
}

bool findCustomer(Context &context, QCommandLineParser &parser, CustomerStore &store, Customer &customer)
{
    if (parser.positionalArguments().size() != 1) {
        context.fail(tr("give exactly one customer ID"));
        return false;
    }
    if (!context.openStore(store))
        return false;
    auto found = store.findCustomer(parser.positionalArguments().constFirst());
    if (!found) {
        context.fail(found.error().toString());
        return false;
    }
    customer = found.value();
    return true;
}
int Context::fail(const QString &message)
{
    err << "kindred-cli: " << message << Qt::endl;
    return 1;
}

int Context::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    writeOut(document.toJson(QJsonDocument::Indented));
    return 0;
}

void Context::writeOut(const QByteArray &utf8)
{
    // As bytes: through the text stream, megabytes of JSON would be decoded
    // and encoded again.
    out.flush();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

bool Context::readDate(const QCommandLineParser &parser, const QCommandLineOption &option, QDate &date)
{
    if (!parser.isSet(option))
        return true;
    date = QDate::fromString(parser.value(option), Qt::ISODate);
    if (date.isValid())
        return true;
    fail(QCoreApplication::translate("Kindred::Cli", "--%1 needs a date as YYYY-MM-DD, not \"%2\"")
             .arg(option.names().constFirst(), parser.value(option)));
    return false;
}

PeriodOptions::PeriodOptions()
    : since(QStringLiteral("since"), QCoreApplication::translate("Kindred::Cli", "Count orders from this day on."),
            QStringLiteral("DATE")),
      until(QStringLiteral("until"), QCoreApplication::translate("Kindred::Cli", "Count orders up to this day."),
            QStringLiteral("DATE")),
      lastTwelveMonths(QStringLiteral("last-12-months"),
                       QCoreApplication::translate("Kindred::Cli", "Count the orders of the last twelve months."))
{
}

bool PeriodOptions::isSet(const QCommandLineParser &parser) const
{
    return parser.isSet(since) || parser.isSet(until) || parser.isSet(lastTwelveMonths);
}

std::optional<RevenuePeriod> PeriodOptions::read(Context &context, const QCommandLineParser &parser,
                                                 const QDate &asOf) const
{
    RevenuePeriod period;
    if (!context.readDate(parser, since, period.from) || !context.readDate(parser, until, period.until))
        return std::nullopt;
    if (parser.isSet(lastTwelveMonths)) {
        if (!period.isAllTime()) {
            context.fail(QCoreApplication::translate("Kindred::Cli",
                                                     "--last-12-months cannot be combined with --since or --until"));
            return std::nullopt;
        }
        period = RevenuePeriod::lastTwelveMonths(asOf.isValid() ? asOf : QDate::currentDate());
    }
    if (period.from.isValid() && period.until.isValid() && period.from > period.until) {
        context.fail(QCoreApplication::translate("Kindred::Cli", "--since (%1) is after --until (%2)")
                         .arg(period.from.toString(Qt::ISODate), period.until.toString(Qt::ISODate)));
        return std::nullopt;
    }
    return period.upTo(asOf);
}

AsOfOption::AsOfOption()
    : option(QStringLiteral("as-of"),
             QCoreApplication::translate("Kindred::Cli",
                                         "Look from the end of this day: orders after it do not count; \"today\" "
                                         "for today (default: the workspace's as-of day, else today)."),
             QStringLiteral("DATE"))
{
}

bool AsOfOption::read(Context &context, const QCommandLineParser &parser, const CustomerStore &store,
                      QDate &day) const
{
    day = store.settings().asOf;
    if (!parser.isSet(option))
        return true;
    day = QDate();
    return parser.value(option).trimmed().compare(QLatin1String("today"), Qt::CaseInsensitive) == 0
           || context.readDate(parser, option, day);
}

bool customersAsOf(Context &context, const CustomerStore &store, QList<Customer> &customers, const QDate &day)
{
    if (!day.isValid())
        return true;
    auto then = customersAsOf(store, customers, day);
    if (!then) {
        context.fail(then.error().toString());
        return false;
    }
    customers = std::move(then.value());
    return true;
}

int run(const QStringList &arguments)
{
    Context context;
    context.storePath = StorePaths::defaultStore();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Kindred::Cli", "Kindred on the command line: the same store and analyses as the app."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    context.addCommonOptions(parser);
    const QCommandLineOption versionOption = parser.addVersionOption();
    QString verbList;
    for (const Verb &verb : verbs())
        verbList += QStringLiteral("\n  %1  %2").arg(verb.name, -17).arg(tr(verb.summary));
    parser.addPositionalArgument(QStringLiteral("verb"),
                                 QCoreApplication::translate("Kindred::Cli", "What to do:") + verbList,
                                 QStringLiteral("VERB [options]"));
    int exitCode = 0;
    if (!parser.parse(arguments))
        return context.fail(parser.errorText());
    if (parser.isSet(versionOption)) {
        context.out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                    << Qt::endl;
        return 0;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(helpOption()) || rest.isEmpty()) {
        context.out << parser.helpText();
        context.out.flush();
        return rest.isEmpty() && !parser.isSet(helpOption()) ? 2 : 0;
    }
    if (parser.isSet(dbOption()))
        context.storePath = parser.value(dbOption());

    for (const Verb &verb : verbs()) {
        if (verb.name == rest.constFirst()) {
            QStringList verbArguments = rest;
            verbArguments[0] = arguments.value(0) + QLatin1Char(' ') + verb.name;
            context.readsOnly = verb.access == Verb::Access::Reads;
            exitCode = verb.run(context, verbArguments);
            context.out.flush();
            return exitCode;
        }
    }
    context.fail(QCoreApplication::translate("Kindred::Cli", "unknown verb \"%1\"; see --help").arg(rest.constFirst()));
    return 2;
}

} // namespace Kindred::Cli
