// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace Kindred::Translations {

/// The interface language chosen in the preferences, as an ISO 639 code
/// ("en", "ja"); empty: follow the system. Read once at start.
QString preferredLanguage();
void setPreferredLanguage(const QString &code);

/// The locale of the interface: the preferred language, keeping the system's
/// territory where the language is spoken there; else the system locale.
QLocale interfaceLocale();

/// Makes `locale` the default for dates, numbers and money, and loads Qt's and
/// Kindred's translations for it (Kindred's from :/i18n) into the application.
/// Call once, after the QCoreApplication exists.
void install(const QLocale &locale);

} // namespace Kindred::Translations
