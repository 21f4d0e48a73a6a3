// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "processstart.h"
#include "mainwindow.h"
#include "storelocation.h"
#include "storepaths.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDebug>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

int main(int argc, char *argv[])
{
    Kindred::startProcess(argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kindred"));
    QApplication::setApplicationName(QStringLiteral("Kindred"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kindred"));
    QApplication::setApplicationVersion(QStringLiteral(KINDRED_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("kindred"));

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kindred.svg")));
    Kindred::Translations::install(Kindred::Translations::interfaceLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Find the few customers who share your values."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QApplication::translate("main", "Open the demo store."));
    parser.addOption(demoOption);
    const QString views = Kindred::MainWindow::viewNames().join(QStringLiteral(", "));
    const QCommandLineOption viewOption(QStringLiteral("view"),
                                        QApplication::translate("main", "Start on this view: %1.").arg(views),
                                        QStringLiteral("VIEW"));
    parser.addOption(viewOption);
    const QCommandLineOption importOption(
        QStringLiteral("import"), QApplication::translate("main", "Import this CSV file or workbook (.xlsx, .ods) into the store."),
        QStringLiteral("FILE"));
    parser.addOption(importOption);
    parser.addPositionalArgument(
        QStringLiteral("store"),
        QApplication::translate("main", "The store to open, or a CSV file or workbook to import into the last store."),
        QStringLiteral("[STORE|FILE.csv]"));
    parser.process(app);

    if (parser.isSet(viewOption) && !Kindred::MainWindow::viewNames().contains(parser.value(viewOption))) {
        qCritical().noquote() << QApplication::translate("main", "Unknown view \"%1\"; choose one of: %2.")
                                     .arg(parser.value(viewOption), views);
        return 2;
    }

    Kindred::MainWindow window;
    window.show();
    QStringList stores = parser.positionalArguments();
    QString csvFile = parser.value(importOption);
    // A CSV file opened with Kindred (from a file manager) goes into the last store.
    if (csvFile.isEmpty() && !stores.isEmpty() && Kindred::MainWindow::isImportable(stores.constFirst()))
        csvFile = stores.takeFirst();
    const QString last = Kindred::StorePaths::defaultStore();
    const auto lastLocation = Kindred::StoreLocation::parse(last);
    // A team store is tried like a file that exists: the server says whether it is there.
    const bool lastExists = lastLocation && (lastLocation.value().isPostgres() || QFileInfo::exists(last));
    if (!stores.isEmpty())
        window.openStore(stores.constFirst(), Kindred::CustomerStore::OpenMode::CreateIfMissing);
    else if (parser.isSet(demoOption) || !lastExists || !window.openStore(last))
        window.openDemoStore();
    // After the store is open: a view shown first would keep the empty one.
    if (parser.isSet(viewOption))
        window.showView(parser.value(viewOption));
    if (!csvFile.isEmpty())
        QTimer::singleShot(0, &window, [&window, csvFile] { window.importFile(csvFile); });
    return app.exec();
}
