// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // The report draws with the views' chart widgets, which need a QApplication:
    // it alone gets one, on the offscreen platform unless another is asked for,
    // so that it needs no display. Every other verb loads no platform plugin.
    std::unique_ptr<QCoreApplication> app;
    if (Kindred::Cli::drawsWidgets(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
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
