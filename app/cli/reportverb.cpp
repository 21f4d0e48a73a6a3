// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kindred-cli report: the one-page PDF the window's File ▸ Export Report… writes.
#include "cli.h"

#include "reportdata.h"
#include "reportmodule.h"

#include <QDir>

namespace Kindred::Cli {

bool drawsWidgets(int argc, char *argv[])
{
    // The verb is the first argument that is neither an option nor --db's value.
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--db" || argument == "-db")
            ++i;
        else if (!argument.startsWith('-'))
            return argument == "report";
    }
    return false;
}

int reportVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write the one-page report as an A4 PDF: the funnel, the value matrix, the Pareto curve, the "
           "shortlist with next actions and the one-to-one effect, in the language of LANG. The period "
           "(the revenue of the Pareto curve and the effect) runs from --since, by default twelve months "
           "back, to the as-of day. Needs no display."));
    context.addCommonOptions(parser);
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The PDF file to write (- for standard output)."), QStringLiteral("FILE"));
    const QCommandLineOption sinceOption(QStringLiteral("since"), tr("The period's first day."),
                                         QStringLiteral("DATE"));
    const AsOfOption asOfOption;
    parser.addOptions({outOption, sinceOption});
    asOfOption.addTo(parser);
    int exitCode = 0;
    if (!context.parse(parser, arguments, exitCode))
        return exitCode;
    if (!parser.isSet(outOption))
        return context.fail(tr("report needs --out FILE.pdf; see --help"));

    CustomerStore store;
    QDate since;
    QDate asOf;
    if (!context.readDate(parser, sinceOption, since) || !context.openStore(store)
        || !asOfOption.read(context, parser, store, asOf))
        return 1;
    const auto data = Report::collect(store, since, asOf);
    if (!data)
        return context.fail(data.error().toString());
    const QString path = parser.value(outOption);
    if (const Status error = ReportModule::writeReport(data.value(), path))
        return context.fail(error->toString());
    if (path != QLatin1String("-"))
        context.err << tr("Report written to %1").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return 0;
}

} // namespace Kindred::Cli
