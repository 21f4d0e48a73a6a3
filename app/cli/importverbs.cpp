// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Verbs that bring data from elsewhere into a store.
#include "cli.h"

#include "csvimporter.h"
#include "store/customerstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace Kindred::Cli {

namespace {
std::optional<char> delimiterFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String(",") || n == QLatin1String("comma"))
        return ',';
    if (n == QLatin1String(";") || n == QLatin1String("semicolon"))
        return ';';
    if (n == QLatin1String("\t") || n == QLatin1String("\\t") || n == QLatin1String("tab"))
        return '\t';
    if (n == QLatin1String("|") || n == QLatin1String("bar") || n == QLatin1String("pipe"))
        return '|';
    return std::nullopt;
}

constexpr int kIssuesShown = 20;

// New customers who look like existing ones: created as ever, named so that
// the user can review them before their histories drift apart.
void printLookAlikes(Context &context, const QList<ImportLookAlike> &lookAlikes)
{
    if (lookAlikes.isEmpty())
        return;
    const auto who = [](const Customer &c) {
        return !c.name.isEmpty() ? c.name : !c.email.isEmpty() ? c.email : c.externalId;
    };
    context.out << tr("New customers who look like existing ones: %1. Review them:").arg(lookAlikes.size()) << Qt::endl;
    for (qsizetype i = 0; i < std::min<qsizetype>(lookAlikes.size(), kIssuesShown); ++i) {
        const ImportLookAlike &l = lookAlikes.at(i);
        QStringList reasons;
        for (const MatchReason &r : l.reasons)
            reasons.append(r.text());
        context.out << tr("  %1 (id %2) looks like %3 (id %4): %5")
                           .arg(who(l.created))
                           .arg(l.created.id)
                           .arg(who(l.existing))
                           .arg(l.existing.id)
                           .arg(reasons.join(QStringLiteral(", ")))
                    << Qt::endl;
    }
    if (lookAlikes.size() > kIssuesShown)
        context.out << tr("  ... and %1 more; --json lists them all.").arg(lookAlikes.size() - kIssuesShown) << Qt::endl;
}

} // namespace

int importVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import a customer list or order lines from a CSV file or a sheet of an Excel (.xlsx) or LibreOffice "
           "(.ods) workbook. Columns are matched to fields by their headers (English, Japanese, German, French, "
           "Spanish, Italian or Dutch); the encoding, delimiter, decimal separator and date order are detected. "
           "Importing the same file again changes nothing."));
    context.addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file or workbook to import."));
    const QCommandLineOption sheetOption(
        QStringLiteral("sheet"), tr("The workbook's sheet to import (default: the first that holds a table)."),
        QStringLiteral("NAME"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        tr("What the file holds: customers or orders (default: from the headers)."),
                                        QStringLiteral("KIND"));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"), tr("The file's encoding, e.g. UTF-8, Shift_JIS, UTF-16 (default: detected)."),
        QStringLiteral("E"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"),
                                             tr("comma, semicolon, tab or bar (default: detected)."),
                                             QStringLiteral("D"));
    const QCommandLineOption mapOption(QStringLiteral("map"),
                                       tr("Fill a field from the column with this header, e.g. amount=Total. "
                                          "Fields: customer_id, name, given_name, email, company, tags, value_fit, "
                                          "value_awareness, stage, notes, phone, reading, postal_code, address, order_id, "
                                          "order_date, amount, or field:NAME for an own field of that name (customer "
                                          "lists). Repeatable."),
                                       QStringLiteral("field=Header"));
    const QCommandLineOption dateFormatOption(
        QStringLiteral("date-format"),
        tr("How dates like 3/5/2024 or 24/03/05 are written: DMY, MDY or YMD (default: from the dates)."),
        QStringLiteral("F"));
    const QCommandLineOption strictOption(QStringLiteral("strict"),
                                          tr("Stop at the first unusable row instead of skipping it."));
    const QCommandLineOption reportOption(QStringLiteral("report"),
                                          tr("Save the skipped rows and why as CSV to this file."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption literalQuotesOption(
        QStringLiteral("literal-quotes"),
        tr("Read \" as a plain character, not as the start of a quoted field: for a file whose stray quote is never "
           "closed."));
    const QCommandLineOption keepUnmappedOption(
        QStringLiteral("keep-unmapped"),
        tr("Customer lists: keep every column that no field reads as an own field of the customers, named by its "
           "header (its type, text, number, date or yes/no, is taken from its values)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the summary as JSON."));
    parser.addOptions({kindOption, sheetOption, encodingOption, delimiterOption, mapOption, keepUnmappedOption,
                       dateFormatOption, strictOption, reportOption, literalQuotesOption, jsonOption});
    int exitCode = 0;
    if (!context.parse(parser, arguments, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.fail(tr("import needs exactly one file; see --help"));
    const QString file = parser.positionalArguments().constFirst();

    ImportOptions options;
    options.strict = parser.isSet(strictOption);
    options.literalQuotes = parser.isSet(literalQuotesOption);
    options.sheet = parser.value(sheetOption);
    options.keepUnmapped = parser.isSet(keepUnmappedOption);
    options.waitForOtherCommands = Context::waitForOtherCommands;
    ImportPreset &settings = options.settings;
    if (parser.isSet(kindOption)) {
        const auto kind = importKindFromKey(parser.value(kindOption));
        if (!kind)
            return context.fail(tr("--kind must be customers or orders, not \"%1\"").arg(parser.value(kindOption)));
        settings.kind = *kind;
    } else {
        options.guessKind = true;
    }
    settings.encoding = parser.value(encodingOption).toLatin1();
    if (parser.isSet(delimiterOption)) {
        const auto delimiter = delimiterFromName(parser.value(delimiterOption));
        if (!delimiter) {
            return context.fail(tr("--delimiter must be comma, semicolon, tab or bar, not \"%1\"")
                                    .arg(parser.value(delimiterOption)));
        }
        settings.delimiter = *delimiter;
    }
    for (const QString &map : parser.values(mapOption)) {
        const qsizetype equals = map.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return context.fail(tr("--map needs field=Header, not \"%1\"").arg(map));
        const QString field = map.left(equals).trimmed();
        const QString header = map.mid(equals + 1).trimmed();
        static const QString ownPrefix = QStringLiteral("field:");
        if (field.startsWith(ownPrefix))
            options.ownFieldColumns.append({field.mid(ownPrefix.size()).trimmed(), header});
        else
            settings.columns.insert(field, header);
    }
    if (parser.isSet(dateFormatOption)) {
        const auto order = ValueParser::dateOrderFromFormat(parser.value(dateFormatOption));
        if (!order) {
            return context.fail(tr("--date-format must say the order of day, month and year, such as DMY, MDY "
                                   "or YMD, not \"%1\"")
                                    .arg(parser.value(dateFormatOption)));
        }
        settings.dateOrder = *order;
    }

    if (!QFileInfo(file).isFile())
        return context.fail(tr("%1: no such file").arg(file));
    WorkspaceSettings workspace;
    {
        // An import may be the first thing done with a store.
        CustomerStore store;
        if (!context.openStore(store, CustomerStore::OpenMode::CreateIfMissing))
            return 1;
        workspace = store.settings();
    }
    // Under --strict, amounts in another currency than the workspace's are refused.
    if (options.strict)
        options.expectedCurrency = workspace.currency;
    CsvImporter importer(context.storePath, file, options);
    const auto result = importer.run();
    if (!result) {
        context.fail(result.error().toString());
        if (importer.dateOrderNeeded())
            context.err << tr("Say how to read them with --date-format DMY (day first), MDY (month first) or "
                              "YMD (two-digit year first, as in 24/12/31).")
                        << Qt::endl;
        if (importer.unclosedQuote())
            context.err << tr("Nothing was imported. If that quote is part of the text, import again with "
                              "--literal-quotes to read every \" as a plain character.")
                        << Qt::endl;
        return 1;
    }
    const ImportSummary &summary = result.value();
    // The first amounts with a currency give the workspace its currency.
    const bool currencyIsNew = !summary.cancelled && workspace.currency.isEmpty() && !summary.currency.isEmpty();
    if (currencyIsNew || !summary.newOwnFields.isEmpty()) {
        CustomerStore store;
        if (!context.openStore(store, CustomerStore::OpenMode::OpenExisting))
            return 1;
        WorkspaceSettings now = store.settings();
        if (currencyIsNew)
            now.currency = workspace.currency = summary.currency;
        OwnFields::addDefinitions(now.ownFields, summary.newOwnFields);
        if (Status error = store.setSettings(now))
            return context.fail(error->toString());
    }
    if (parser.isSet(reportOption)) {
        if (Status error = summary.saveIssues(parser.value(reportOption)))
            return context.fail(error->toString());
    }
    for (qsizetype i = 0; i < std::min<qsizetype>(summary.issues.size(), kIssuesShown); ++i) {
        const ImportIssue &issue = summary.issues.at(i);
        Error where{issue.reason, file, issue.row, issue.column};
        context.err << tr("skipped: %1").arg(where.toString())
                    << (issue.value.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(issue.value))
                    << Qt::endl;
    }
    if (summary.issues.size() > kIssuesShown) {
        context.err << tr("... and %1 more skipped rows; --report saves them all.")
                           .arg(summary.issues.size() - kIssuesShown)
                    << Qt::endl;
    }
    if (parser.isSet(jsonOption))
        return context.printJson(summary.toJson());
    context.out << tr("Read %1 rows as %2 (%3); skipped %4.\n"
                      "Customers: %5 created, %6 updated.\n"
                      "Orders: %7 added, %8 updated, %9 unchanged.\n")
                       .arg(summary.rows)
                       .arg(importKindKey(summary.kind), summary.readAs)
                       .arg(summary.rowsSkipped)
                       .arg(summary.customersCreated)
                       .arg(summary.customersUpdated)
                       .arg(summary.ordersAdded)
                       .arg(summary.ordersUpdated)
                       .arg(summary.ordersUnchanged);
    context.out << tr("Lines of the file not read: %1.").arg(summary.linesNotRead) << Qt::endl;
    if (!summary.newOwnFields.isEmpty()) {
        QStringList kept;
        for (const OwnFieldDefinition &d : summary.newOwnFields)
            kept.append(QStringLiteral("%1 (%2)").arg(d.name, ownFieldTypeKey(d.type)));
        context.out << tr("New own fields: %1.").arg(kept.join(QStringLiteral(", "))) << Qt::endl;
    }
    if (!summary.columnsNotImported.isEmpty()) {
        context.out << tr("Columns not imported (no field reads them; --map FIELD=Header assigns one, "
                          "--keep-unmapped keeps them as own fields): %1.")
                           .arg(summary.columnsNotImported.join(QStringLiteral(", ")))
                    << Qt::endl;
    }
    if (currencyIsNew) {
        context.out << tr("The amounts are in %1: the workspace's currency is now %1.").arg(summary.currency) << Qt::endl;
    } else if (!summary.currency.isEmpty() && summary.currency.compare(workspace.currency, Qt::CaseInsensitive) != 0) {
        context.out << tr("The amounts are in %1, but the workspace's currency is %2: they were imported as they are, "
                          "not converted. --strict refuses such a file.")
                           .arg(summary.currency, workspace.currency.toUpper())
                    << Qt::endl;
    }
    if (summary.encodingGuessed) {
        context.out << tr("The file is not UTF-8 or UTF-16: it was read as %1. If names look wrong, give its "
                          "encoding with --encoding.")
                           .arg(QString::fromLatin1(summary.encoding))
                    << Qt::endl;
    }
    printLookAlikes(context, summary.lookAlikes);
    return 0;
}

} // namespace Kindred::Cli
