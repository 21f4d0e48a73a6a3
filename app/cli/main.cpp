// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kindred"));
    QCoreApplication::setApplicationName(QStringLiteral("Kindred"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KINDRED_VERSION));
    // Messages follow the language of the shell (LANG, LC_ALL), not the GUI's choice.
    Kindred::Translations::install(QLocale::system());
    return Kindred::Cli::run(QCoreApplication::arguments());
}
