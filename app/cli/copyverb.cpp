// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Copies a whole workspace between stores: a SQLite file and a team store on
// PostgreSQL, either way, and checks the copy.
#include "cli.h"

#include "store/customerstore.h"
#include "storelocation.h"
#include "workspacecontent.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Kindred::Cli {

namespace {
/// The same store under two spellings: a file by its absolute path, a
/// database by its URL without the password.
bool sameStore(const StoreLocation &a, const StoreLocation &b)
{
    if (a.isPostgres() != b.isPostgres())
        return false;
    if (a.isPostgres())
        return a.toString() == b.toString();
    return QFileInfo(a.filePath).absoluteFilePath() == QFileInfo(b.filePath).absoluteFilePath();
}
} // namespace

int copyVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copy a whole workspace (customers, orders, score history, shortlist, settings, with their ids) "
           "into a new or empty store, in one transaction, then compare both by row counts and checksums. "
           "Either store may be a file or a postgresql:// URL."));
    context.addCommonOptions(parser);
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("The store to copy (default: the --db store)."),
                                        QStringLiteral("STORE"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      tr("The new or empty store to copy into; a file is created if missing."),
                                      QStringLiteral("STORE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the comparison as JSON."));
    parser.addOptions({fromOption, toOption, jsonOption});
    int exitCode = 0;
    if (!context.parse(parser, arguments, exitCode))
        return exitCode;
    if (!parser.isSet(toOption))
        return context.fail(tr("copy needs --to STORE; see --help"));
    QString from = parser.isSet(fromOption) ? parser.value(fromOption) : context.storePath;
    QString to = parser.value(toOption);
    const auto fromLocation = StoreLocation::parse(from);
    if (!fromLocation)
        return context.fail(fromLocation.error().toString());
    const auto toLocation = StoreLocation::parse(to);
    if (!toLocation)
        return context.fail(toLocation.error().toString());
    if (sameStore(fromLocation.value(), toLocation.value()))
        return context.fail(tr("--from and --to name the same store"));

    CustomerStore source;
    if (!context.openStoreAt(source, from, CustomerStore::OpenMode::ReadOnly))
        return 1;
    CustomerStore target;
    if (!context.openStoreAt(target, to, CustomerStore::OpenMode::CreateIfMissing))
        return 1;
    // Said before the source is read, which may take a while; writeContent checks again.
    const auto empty = target.isEmpty();
    if (!empty)
        return context.fail(empty.error().toString());
    if (!empty.value())
        return context.fail(tr("%1 is not empty: copy only into a new or empty store")
                                .arg(toLocation.value().toString()));

    const auto content = source.content();
    if (!content)
        return context.fail(content.error().toString());
    if (Status error = target.writeContent(content.value()))
        return context.fail(error->toString());
    // The copy as the target store reads it back, not as it was sent.
    const auto copied = target.content();
    if (!copied)
        return context.fail(copied.error().toString());

    const QList<TableChecksum> before = tableChecksums(content.value());
    const QList<TableChecksum> after = tableChecksums(copied.value());
    const QByteArray sourceChecksum = checksum(content.value());
    const QByteArray targetChecksum = checksum(copied.value());
    const bool identical = sourceChecksum == targetChecksum;
    QStringList differing;
    QJsonArray tables;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const TableChecksum &a = before.at(i);
        const TableChecksum &b = after.at(i);
        const bool same = a.rows == b.rows && a.checksum == b.checksum;
        if (!same)
            differing.append(a.table);
        tables.append(QJsonObject{{QStringLiteral("table"), a.table},
                                  {QStringLiteral("rows_from"), a.rows},
                                  {QStringLiteral("rows_to"), b.rows},
                                  {QStringLiteral("checksum_from"), QString::fromLatin1(a.checksum)},
                                  {QStringLiteral("checksum_to"), QString::fromLatin1(b.checksum)},
                                  {QStringLiteral("same"), same}});
    }
    if (parser.isSet(jsonOption)) {
        context.printJson(QJsonObject{{QStringLiteral("from"), fromLocation.value().toString()},
                                      {QStringLiteral("to"), toLocation.value().toString()},
                                      {QStringLiteral("tables"), tables},
                                      {QStringLiteral("checksum_from"), QString::fromLatin1(sourceChecksum)},
                                      {QStringLiteral("checksum_to"), QString::fromLatin1(targetChecksum)},
                                      {QStringLiteral("identical"), identical}});
    } else {
        context.out << tr("Copied %1 to %2.").arg(fromLocation.value().toString(), toLocation.value().toString())
                    << '\n';
        for (qsizetype i = 0; i < before.size(); ++i) {
            context.out << QStringLiteral("%1  %2 / %3 rows  %4 / %5")
                               .arg(before.at(i).table, -13)
                               .arg(before.at(i).rows)
                               .arg(after.at(i).rows)
                               .arg(QString::fromLatin1(before.at(i).checksum.left(16)),
                                    QString::fromLatin1(after.at(i).checksum.left(16)))
                        << '\n';
        }
        context.out << tr("Checksum of the source: %1").arg(QString::fromLatin1(sourceChecksum)) << '\n'
                    << tr("Checksum of the copy:   %1").arg(QString::fromLatin1(targetChecksum)) << '\n';
    }
    if (!identical)
        return context.fail(tr("the copy differs from the source in: %1").arg(differing.join(QStringLiteral(", "))));
    return 0;
}

} // namespace Kindred::Cli
