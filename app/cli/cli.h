// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/customerstore.h"
#include "paretoanalysis.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <chrono>

namespace Kindred::Cli {

/// What every verb gets: the streams, the store path and ways to fail clearly.
class Context
{
public:
    /// Two commands that write one store file take turns; an import of a
    /// million lines takes seconds, not minutes.
    static constexpr std::chrono::milliseconds waitForOtherCommands = std::chrono::minutes(2);
    QTextStream out{stdout};
    QTextStream err{stderr};
    QString storePath;
    /// Whether the verb only reads: its store is then opened read-only, beside
    /// a window or another program that writes it.
    bool readsOnly = false;

    /// Adds --db and --help to a verb's parser.
    void addCommonOptions(QCommandLineParser &parser) const;
    /// Parses a verb's arguments; false (after printing why) when they are wrong
    /// or --help was asked for (then exitCode is 0).
    bool parse(QCommandLineParser &parser, const QStringList &arguments, int &exitCode);
    /// Opens the store, printing the reason on failure; read-only for a verb
    /// that only reads (OpenExisting becomes ReadOnly).
    bool openStore(CustomerStore &store, CustomerStore::OpenMode mode = CustomerStore::OpenMode::OpenExisting);
    /// The same for a store other than storePath (kindred-cli copy opens two);
    /// path then carries the password typed, if one was asked for.
    bool openStoreAt(CustomerStore &store, QString &path, CustomerStore::OpenMode mode);
    /// Reads a line from the terminal without echoing it.
    QString readPassword(const QString &prompt);
    /// Opens the store and reads its customers, printing the reason on failure.
    bool openAndReadCustomers(CustomerStore &store, QList<Customer> &customers);
    /// Prints "kindred-cli: message" on stderr and returns the exit code for errors.
    int fail(const QString &message);
    /// Writes indented JSON and a newline on stdout; returns 0.
    int printJson(const QJsonValue &value);
    /// Writes UTF-8 bytes on stdout, after what out holds.
    void writeOut(const QByteArray &utf8);
    /// Reads an ISO date option into date when it is set; false (after saying
    /// why) when it is set but not a date.
    bool readDate(const QCommandLineParser &parser, const QCommandLineOption &option, QDate &date);
};

/// --since, --until and --last-12-months: the orders a verb counts.
struct PeriodOptions
{
    QCommandLineOption since;
    QCommandLineOption until;
    QCommandLineOption lastTwelveMonths;

    PeriodOptions();
    void addTo(QCommandLineParser &parser) const { parser.addOptions({since, until, lastTwelveMonths}); }
    bool isSet(const QCommandLineParser &parser) const;
    /// The period asked for (all time when none is set), up to the as-of day
    /// when one is given (see AsOfOption); nullopt, after saying why, when
    /// the options are wrong.
    std::optional<RevenuePeriod> read(Context &context, const QCommandLineParser &parser,
                                      const QDate &asOf = QDate()) const;
};

/// --as-of DATE: the day an analysing verb looks from, as the window's "as
/// of" day: stages, dormancy, the rule's days and the periods count only the
/// orders up to it.
struct AsOfOption
{
    QCommandLineOption option;

    AsOfOption();
    void addTo(QCommandLineParser &parser) const { parser.addOption(option); }
    /// The day asked for, else the workspace's as-of day; invalid for today
    /// ("--as-of today", or neither). False, after saying why, when the value
    /// is not a date.
    bool read(Context &context, const QCommandLineParser &parser, const CustomerStore &store, QDate &day) const;
};

/// Opens the store and finds the customer named by the single positional
/// argument (their ID, or Kindred's number); false after saying why.
bool findCustomer(Context &context, QCommandLineParser &parser, CustomerStore &store, Customer &customer);

/// The customers as they stood at the end of the day (as stored for an
/// invalid day, today); false after saying why.
bool customersAsOf(Context &context, const CustomerStore &store, QList<Customer> &customers, const QDate &day);

/// Translates the command line's text; all verbs share one context.
QString tr(const char *text);
/// The same with %n replaced by a count, in its plural form.
QString tr(const char *text, const char *disambiguation, int n);
/// The value, or JSON null when it is absent.
QJsonValue jsonValue(const std::optional<double> &value);
QJsonValue jsonDate(const QDate &date);

/// A verb of kindred-cli: "demo", "stats", ...
struct Verb
{
    QString name;
    const char *summary; ///< marked with QT_TRANSLATE_NOOP, translated when printed
    int (*run)(Context &context, const QStringList &arguments);
    enum class Access { Reads, Writes } access = Access::Writes;
};

/// Every verb, in the order --help lists them.
const QList<Verb> &verbs();

/// Whether the command line asks for a verb that draws with Qt's widgets
/// (report): only that one needs a QApplication.
bool drawsWidgets(int argc, char *argv[]);

/// Runs kindred-cli with the process's arguments; returns the exit code.
int run(const QStringList &arguments);

// Verbs, one function each (arguments[0] is "kindred-cli VERB").
int initVerb(Context &context, const QStringList &arguments);
int demoVerb(Context &context, const QStringList &arguments);
int customersVerb(Context &context, const QStringList &arguments);
int statsVerb(Context &context, const QStringList &arguments);
int matrixVerb(Context &context, const QStringList &arguments);
int placeVerb(Context &context, const QStringList &arguments);
int unplaceVerb(Context &context, const QStringList &arguments);
int funnelVerb(Context &context, const QStringList &arguments);
int paretoVerb(Context &context, const QStringList &arguments);
int effectVerb(Context &context, const QStringList &arguments);
int shortlistVerb(Context &context, const QStringList &arguments);
int exportVerb(Context &context, const QStringList &arguments);
int reportVerb(Context &context, const QStringList &arguments);
int importVerb(Context &context, const QStringList &arguments);
int importSurveyVerb(Context &context, const QStringList &arguments);
int suggestVerb(Context &context, const QStringList &arguments);
int applySuggestionsVerb(Context &context, const QStringList &arguments);
int copyVerb(Context &context, const QStringList &arguments);
int movesVerb(Context &context, const QStringList &arguments);
int duplicatesVerb(Context &context, const QStringList &arguments);
int mergeVerb(Context &context, const QStringList &arguments);
int notDuplicateVerb(Context &context, const QStringList &arguments);
int contactVerb(Context &context, const QStringList &arguments);
int contactsVerb(Context &context, const QStringList &arguments);

} // namespace Kindred::Cli
