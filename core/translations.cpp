// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace Kindred::Translations {

namespace {
const QString languageKey = QStringLiteral("interface/language");

void load(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}
} // namespace

QString preferredLanguage()
{
    return QSettings().value(languageKey).toString();
}

void setPreferredLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, code);
}

QLocale interfaceLocale()
{
    const QString code = preferredLanguage();
    const QLocale::Language language = code.isEmpty() ? QLocale::AnyLanguage : QLocale::codeToLanguage(code);
    if (language == QLocale::AnyLanguage)
        return QLocale::system();
    // Qt falls back to the language's main territory when the pair is unknown.
    return QLocale(language, QLocale::system().territory());
}

void install(const QLocale &locale)
{
    QLocale::setDefault(locale);
    load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // English plural forms under every language: the sources say "customer(s)".
    // Translators installed later are asked first, so the locale's own wins.
    if (locale.language() != QLocale::English)
        load(QLocale(QLocale::English), QStringLiteral("kindred"), QStringLiteral(":/i18n"));
    load(locale, QStringLiteral("kindred"), QStringLiteral(":/i18n"));
}

} // namespace Kindred::Translations
