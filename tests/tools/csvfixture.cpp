// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the tricky values with every encoding and some delimiters into the
// folder given as argument, with expected.json describing what a reader must
// get back. tests/csv_python_check.py reads them with Python's csv module.
#include "csvwriter.h"

#include "../common/trickyvalues.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Kindred;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (app.arguments().size() != 2) {
        err << "usage: csvfixture FOLDER\n";
        return 2;
    }
    const QDir dir(app.arguments().at(1));
    QJsonArray files;
    for (CsvEncoding encoding : {CsvEncoding::Utf8WithBom, CsvEncoding::Utf8, CsvEncoding::Cp932}) {
        for (QChar delimiter : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
            const bool cp932 = encoding == CsvEncoding::Cp932;
            const CsvTable table{{QStringLiteral("#"), QStringLiteral("値 value"), QStringLiteral("after")},
                                 KindredTest::trickyRows(cp932, false)};
            const QString name = QStringLiteral("%1-%2.csv").arg(csvEncodingKey(encoding)).arg(delimiter.unicode());
            if (Status error = CsvWriter({encoding, delimiter, true}).writeFile(dir.filePath(name), table)) {
                err << error->toString() << '\n';
                return 1;
            }
            QJsonArray rows{QJsonArray::fromStringList(table.header)};
            for (const QStringList &row : KindredTest::trickyRows(cp932, true))
                rows.append(QJsonArray::fromStringList(row));
            files.append(QJsonObject{{QStringLiteral("file"), name},
                                     {QStringLiteral("encoding"), csvEncodingKey(encoding)},
                                     {QStringLiteral("delimiter"), QString(delimiter)},
                                     {QStringLiteral("rows"), rows}});
        }
    }
    QFile expected(dir.filePath(QStringLiteral("expected.json")));
    if (!expected.open(QIODevice::WriteOnly) || expected.write(QJsonDocument(files).toJson()) < 0) {
        err << "cannot write " << expected.fileName() << '\n';
        return 1;
    }
    return 0;
}
