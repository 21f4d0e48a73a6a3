// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Verbs that take customers out of Kindred: the one-to-one shortlist and CSV and workbook exports.
#include "cli.h"

#include "csvwriter.h"
#include "store/customerstore.h"
#include "exportcolumns.h"
#include "shortlist.h"
#include "workbookwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

#include <unistd.h>

namespace Kindred::Cli {

namespace {
enum class ExportFormat { Csv, Workbook };

// The options every CSV export shares.
struct CsvCommandLine
{
    // First, so that lupdate files these texts under Kindred::Cli, where tr() looks for them.
    Q_DECLARE_TR_FUNCTIONS(Kindred::Cli)

public:
    QCommandLineOption out{QStringLiteral("out"),
                           tr("Write to FILE (default, or -: standard output). A named pipe or a device is "
                              "written into, never replaced. A name ending in .xlsx writes an Excel workbook."),
                           QStringLiteral("FILE")};
    QCommandLineOption format{QStringLiteral("format"),
                              tr("csv or xlsx (an Excel workbook: numbers, money and dates typed, text never a "
                                 "formula). Default: xlsx when FILE ends in .xlsx, else csv."),
                              QStringLiteral("FORMAT")};
    QCommandLineOption locale{QStringLiteral("locale"),
                              tr("Write CSV for a spreadsheet in this locale, e.g. de_DE: where it writes decimals "
                                 "with a comma, fields are separated by ';' and numbers written 1625,93. Default: "
                                 "Excel in English (',' and 1625.93)."),
                              QStringLiteral("LOCALE")};
    QCommandLineOption encoding{QStringLiteral("encoding"),
                                tr("utf-8-bom (default, for Excel), utf-8 or cp932 (Shift_JIS)."),
                                QStringLiteral("ENCODING"), QStringLiteral("utf-8-bom")};
    QCommandLineOption delimiter{QStringLiteral("delimiter"),
                                 tr("Field delimiter: a character or \"tab\" (default: , or the locale's ;)."),
                                 QStringLiteral("CHAR")};
    QCommandLineOption columns{QStringLiteral("columns"), tr("Columns to write, in order, separated by commas."),
                               QStringLiteral("KEYS")};
    QCommandLineOption keepFormulas{QStringLiteral("keep-formulas"),
                                    tr("Do not neutralise cells starting with = + - @ (formula injection).")};
    QCommandLineOption replaceUnencodable{
        QStringLiteral("replace-unencodable"),
        tr("Write cells the encoding cannot hold anyway, with 〓 (cp932) in place of each character it cannot "
           "hold.")};
    QCommandLineOption report{QStringLiteral("report"),
                              tr("Save every cell the encoding cannot hold as CSV to this file."),
                              QStringLiteral("PATH")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions(
            {out, format, locale, encoding, delimiter, columns, keepFormulas, replaceUnencodable, report});
    }

    // Options from the parsed command line; an error message when they are wrong.
    std::optional<QString> read(const QCommandLineParser &parser, CsvWriteOptions &options, QStringList &columnKeys,
                                ExportFormat &exportFormat) const
    {
        const QString f = parser.value(format).toLower();
        if (f == QLatin1String("xlsx") || (f.isEmpty() && WorkbookWriter::isWorkbookPath(parser.value(out))))
            exportFormat = ExportFormat::Workbook;
        else if (f.isEmpty() || f == QLatin1String("csv"))
            exportFormat = ExportFormat::Csv;
        else
            return tr("--format needs csv or xlsx, not \"%1\"").arg(parser.value(format));
        const auto e = csvEncodingFromKey(parser.value(encoding));
        if (!e)
            return tr("unknown encoding \"%1\"; use utf-8-bom, utf-8 or cp932").arg(parser.value(encoding));
        options.encoding = *e;
        if (parser.isSet(locale)) {
            const QLocale spreadsheet(parser.value(locale));
            if (spreadsheet.language() == QLocale::C)
                return tr("unknown locale \"%1\"; use a name such as en_US, de_DE or ja_JP").arg(parser.value(locale));
            options = csvOptionsForSpreadsheetIn(spreadsheet, options);
        }
        // Without --delimiter: the locale's, or ','.
        const QString d = parser.value(delimiter);
        if (parser.isSet(delimiter)) {
            if (d == QLatin1String("tab"))
                options.delimiter = QLatin1Char('\t');
            else if (d.size() == 1)
                options.delimiter = d.front();
            else
                return tr("--delimiter needs one character or \"tab\", not \"%1\"").arg(d);
        }
        options.neutraliseFormulas = !parser.isSet(keepFormulas);
        options.replaceUnencodable = parser.isSet(replaceUnencodable);
        if (parser.isSet(columns))
            columnKeys = parser.value(columns).split(QLatin1Char(','), Qt::SkipEmptyParts);
        return std::nullopt;
    }
};

// How many cells the encoding cannot hold are listed on the terminal; --report saves them all.
constexpr qsizetype kProblemsShown = 5;

// Lists the first cells the encoding cannot hold on stderr and saves them all
// to reportPath when it is set; false (after saying why) when that fails.
bool reportProblems(Context &context, const QList<CsvEncodingProblem> &problems, const QStringList &header,
                    CsvEncoding encoding, const QString &reportPath)
{
    for (const CsvEncodingProblem &p : problems.first(std::min(problems.size(), kProblemsShown))) {
        context.err << tr("row %1, column %2 (%3): \"%4\" holds %5, which %6 cannot hold")
                           .arg(p.row)
                           .arg(p.column)
                           .arg(header.value(p.column - 1), p.value, p.characters, csvEncodingName(encoding))
                    << Qt::endl;
    }
    if (!reportPath.isEmpty()) {
        if (Status error = CsvWriter().writeFile(reportPath, encodingProblemReport(problems, header))) {
            context.fail(error->toString());
            return false;
        }
        context.err << tr("All %n cell(s) are listed in %1", nullptr, int(problems.size())).arg(reportPath) << Qt::endl;
    } else if (problems.size() > kProblemsShown) {
        context.err << tr("... and %1 more; --report PATH saves them all.").arg(problems.size() - kProblemsShown)
                    << Qt::endl;
    }
    return true;
}

// Writes the table as a workbook to the file or to stdout. A terminal gets
// no workbook: its bytes would only garble the screen.
int writeWorkbook(Context &context, const ExportTable &table, const QString &sheetName, const QString &path)
{
    const WorkbookWriter writer(sheetName);
    const bool toStdout = path.isEmpty() || path == QLatin1String("-");
    if (toStdout && isatty(STDOUT_FILENO))
        return context.fail(tr("a workbook is not for a terminal: give --out FILE.xlsx, or redirect the output"));
    context.out.flush();
    if (Status error = writer.writeFile(toStdout ? QStringLiteral("-") : path, table))
        return context.fail(error->toString());
    if (!toStdout)
        context.err << tr("Wrote %n row(s) to %1", nullptr, int(table.rows.size())).arg(path) << Qt::endl;
    return 0;
}

// Writes the table to the file or to stdout, as CSV or a workbook. Cells the
// encoding cannot hold are summarised on stderr; nothing is written unless
// replaceUnencodable is set.
int writeTable(Context &context, const ExportTable &table, const CsvWriteOptions &options, ExportFormat format,
               const QString &sheetName, const QString &path, const QString &reportPath)
{
    if (format == ExportFormat::Workbook)
        return writeWorkbook(context, table, sheetName, path);
    const CsvWriter writer(options);
    const QList<CsvEncodingProblem> problems = writer.encodingProblems(table);
    if (!problems.isEmpty()) {
        if (!reportProblems(context, problems, table.header, options.encoding, reportPath))
            return 1;
        if (!options.replaceUnencodable) {
            return context.fail(tr("%n cell(s) cannot be written in %1; nothing was written. Use --encoding "
                                   "utf-8-bom, change those cells, or write them with --replace-unencodable.",
                                   nullptr, int(problems.size()))
                                    .arg(csvEncodingName(options.encoding)));
        }
        context.err << tr("%n cell(s) are written with %1 in place of the characters %2 cannot hold.", nullptr,
                          int(problems.size()))
                           .arg(csvReplacementMarker(options.encoding))
                           .arg(csvEncodingName(options.encoding))
                    << Qt::endl;
    }
    if (!path.isEmpty() && path != QLatin1String("-")) {
        if (Status error = writer.writeFile(path, table))
            return context.fail(error->toString());
        context.err << tr("Wrote %n row(s) to %1", nullptr, int(table.rows.size())).arg(path) << Qt::endl;
        return 0;
    }
    context.out.flush();
    QFile stdOut;
    if (!stdOut.open(stdout, QIODevice::WriteOnly))
        return context.fail(tr("Cannot write to standard output"));
    if (Status error = writer.write(stdOut, table))
        return context.fail(error->toString());
    return 0;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject toJson(const ShortlistEntry &e)
{
    const Customer &c = e.customer;
    return {
        {QStringLiteral("place"), e.place},
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("company"), c.company},
        {QStringLiteral("phone"), c.phone},
        {QStringLiteral("quadrant"), orNull(quadrantNumeral(e.quadrant))},
        {QStringLiteral("stage"), stageKey(e.stage)},
        {QStringLiteral("revenue"), c.revenue},
        {QStringLiteral("last_order"), orNull(c.lastOrder.toString(Qt::ISODate))},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("next_action"), c.nextAction},
        {QStringLiteral("next_action_due"), orNull(c.nextActionDue.toString(Qt::ISODate))},
        {QStringLiteral("pinned"), c.pinned},
        {QStringLiteral("in_source"), e.inSource},
        {QStringLiteral("value_score"), e.valueScore},
    };
}

} // namespace

int shortlistVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The one-to-one shortlist: quadrant I ranked by value score (0.5 × value fit + 50 × revenue "
           "percentile), cut at the one-to-one capacity; pinned customers always in, excluded ones out."));
    context.addCommonOptions(parser);
    const CsvCommandLine csv;
    csv.addTo(parser);
    const QCommandLineOption quadrantOption(QStringLiteral("quadrant"), tr("Draw from this quadrant (default I)."),
                                            QStringLiteral("I|II|III|IV"));
    const QCommandLineOption ruleOption(QStringLiteral("rule"), tr("Draw from customers who meet the "
                                                                   "excellent-customer rule."));
    const QCommandLineOption limitOption(QStringLiteral("limit"), tr("How many (default: the one-to-one capacity)."),
                                         QStringLiteral("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON instead of CSV."));
    parser.addOptions({quadrantOption, ruleOption, limitOption, jsonOption});
    const AsOfOption asOfOption;
    asOfOption.addTo(parser);
    int exitCode = 0;
    if (!context.parse(parser, arguments, exitCode))
        return exitCode;

    CsvWriteOptions options;
    ExportFormat format = ExportFormat::Csv;
    QStringList columnKeys = defaultShortlistColumnKeys();
    if (auto message = csv.read(parser, options, columnKeys, format))
        return context.fail(*message);
    if (parser.isSet(jsonOption) && parser.isSet(csv.out))
        return context.fail(tr("--json prints to standard output; leave out --out"));
    if (parser.isSet(quadrantOption) && parser.isSet(ruleOption))
        return context.fail(tr("choose --quadrant or --rule, not both"));
    const auto quadrant = quadrantFromNumeral(parser.value(quadrantOption).isEmpty() ? QStringLiteral("I")
                                                                                     : parser.value(quadrantOption));
    if (!quadrant)
        return context.fail(tr("--quadrant needs I, II, III or IV, not \"%1\"").arg(parser.value(quadrantOption)));

    CustomerStore store;
    if (!context.openStore(store))
        return 1;
    const WorkspaceSettings settings = store.settings();
    const auto columns = pickColumns(shortlistColumns(settings.ownFields), columnKeys);
    if (!columns)
        return context.fail(columns.error().toString());
    int capacity = settings.oneToOneCapacity;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        capacity = parser.value(limitOption).toInt(&ok);
        if (!ok || capacity < 0)
            return context.fail(tr("--limit needs a whole number of 0 or more, not \"%1\"").arg(parser.value(limitOption)));
    }
    auto customers = store.customers();
    if (!customers)
        return context.fail(customers.error().toString());
    QDate asOf;
    if (!asOfOption.read(context, parser, store, asOf) || !customersAsOf(context, store, customers.value(), asOf))
        return 1;
    const auto marks = store.shortlistMarks();
    if (!marks)
        return context.fail(marks.error().toString());
    const auto customerContext = CustomerContext::forCustomers(customers.value(), settings, asOf);
    if (parser.isSet(ruleOption)) {
        if (const Status &error = customerContext.analysis().ruleError())
            return context.fail(tr("--rule: %1").arg(error->toString()));
        if (customerContext.analysis().rule().isEmpty())
            return context.fail(tr("--rule: no excellent-customer rule yet; define one in Kindred "
                                   "(Analysis ▸ Excellent Customer Rule…)"));
    }

    const ShortlistSource source =
        parser.isSet(ruleOption) ? ShortlistSource::excellentCustomers() : ShortlistSource::quadrant(*quadrant);
    const QList<ShortlistEntry> entries =
        buildShortlist(customers.value(), source, marks.value(), capacity, customerContext);
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const ShortlistEntry &e : entries)
            array.append(toJson(e));
        return context.printJson(array);
    }
    return writeTable(context, exportTable(columns.value(), entries, settings.currency), options, format,
                      tr("Shortlist"), parser.value(csv.out), parser.value(csv.report));
}

int exportVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export a table as CSV or an Excel workbook. TABLE: customers (every customer, by id) or pareto (the customers on the "
           "revenue curve, by revenue: rank, share, cumulative share and ABC class)."));
    context.addCommonOptions(parser);
    const CsvCommandLine csv;
    csv.addTo(parser);
    const PeriodOptions periodOptions;
    periodOptions.addTo(parser);
    const AsOfOption asOfOption;
    asOfOption.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("table"), tr("What to export: customers or pareto."),
                                 QStringLiteral("TABLE"));
    int exitCode = 0;
    if (!context.parse(parser, arguments, exitCode))
        return exitCode;
    const QStringList tables = parser.positionalArguments();
    const bool pareto = tables == QStringList{QStringLiteral("pareto")};
    if (!pareto && tables != QStringList{QStringLiteral("customers")})
        return context.fail(tr("export needs one table: customers or pareto"));
    if (!pareto && periodOptions.isSet(parser))
        return context.fail(tr("--since, --until and --last-12-months apply to the pareto table only"));
    std::optional<RevenuePeriod> period = periodOptions.read(context, parser);
    if (!period)
        return 1;

    CsvWriteOptions options;
    ExportFormat format = ExportFormat::Csv;
    QStringList columnKeys;
    if (auto message = csv.read(parser, options, columnKeys, format))
        return context.fail(*message);
    CustomerStore store;
    if (!context.openStore(store))
        return 1;
    auto customers = store.customers();
    if (!customers)
        return context.fail(customers.error().toString());
    QDate asOf;
    if (!asOfOption.read(context, parser, store, asOf) || !customersAsOf(context, store, customers.value(), asOf))
        return 1;
    period = periodOptions.read(context, parser, asOf);
    if (!period)
        return 1;
    if (pareto) {
        const auto columns = pickColumns(paretoColumns(), columnKeys);
        if (!columns)
            return context.fail(columns.error().toString());
        const auto revenues = ParetoAnalysis::revenueInPeriod(store, customers.value(), *period);
        if (!revenues)
            return context.fail(revenues.error().toString());
        QHash<CustomerId, QString> names;
        for (const Customer &c : customers.value())
            names.insert(c.id, c.name);
        const ParetoAnalysis analysis(revenues.value(), store.settings());
        return writeTable(context,
                          exportTable(columns.value(), paretoExportRows(analysis, names), store.settings().currency),
                          options, format, tr("Pareto"), parser.value(csv.out), parser.value(csv.report));
    }
    const auto columns =
        pickColumns(customerColumns(CustomerContext::forCustomers(customers.value(), store.settings(), asOf),
                                    store.settings().ownFields),
                    columnKeys);
    if (!columns)
        return context.fail(columns.error().toString());
    return writeTable(context, exportTable(columns.value(), customers.value(), store.settings().currency), options,
                      format, tr("Customers"), parser.value(csv.out), parser.value(csv.report));
}

} // namespace Kindred::Cli
