// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "processstart.h"
#include "reportmodule.h"
#include "translations.h"

#include <QCoreApplication>

#include <memory>

int main(int argc, char *argv[])
{
    Kindred::startProcess(argv);
    // Only the report draws, with the views' chart widgets: it alone gets a
    // QApplication, from the module that holds Qt Gui and Widgets.
    std::unique_ptr<QCoreApplication> app;
    if (Kindred::Cli::drawsWidgets(argc, argv)) {
        app.reset(Kindred::Cli::ReportModule::createApplication(argc, argv));
        if (!app)
            return 1;
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Kindred"));
    QCoreApplication::setApplicationName(QStringLiteral("Kindred"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KINDRED_VERSION));
    // Messages follow the language of the shell (LANG, LC_ALL), not the GUI's choice.
    Kindred::Translations::install(QLocale::system());
    return Kindred::Cli::run(QCoreApplication::arguments());
}
