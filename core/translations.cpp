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

QTranslator *load(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
        return translator;
    }
    delete translator;
    return nullptr;
}

// Qt 6 asks for the file types its file dialog shows ("Folder", "Drive",
// "%1 File") under QAbstractFileIconProvider; the qtbase catalogues of Qt 6.4
// for Japanese and most languages still hold them under QFileDialog, where
// Qt 5 asked. This answers from there what the catalogue lacks under the new
// name: installed before the catalogue, it is asked after it.
class MovedFileTypeNames : public QTranslator
{
public:
    explicit MovedFileTypeNames(QObject *parent) : QTranslator(parent) { }

    void setCatalogue(const QTranslator *catalogue) { m_catalogue = catalogue; }
    bool isEmpty() const override { return !m_catalogue; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        if (!m_catalogue || qstrcmp(context, "QAbstractFileIconProvider") != 0)
            return {};
        return m_catalogue->translate("QFileDialog", sourceText, disambiguation, n);
    }

private:
    const QTranslator *m_catalogue = nullptr;
};
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
    auto *fileTypeNames = new MovedFileTypeNames(QCoreApplication::instance());
    QCoreApplication::installTranslator(fileTypeNames);
    fileTypeNames->setCatalogue(load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    // English plural forms under every language: the sources say "customer(s)".
    // Translators installed later are asked first, so the locale's own wins.
    if (locale.language() != QLocale::English)
        load(QLocale(QLocale::English), QStringLiteral("kindred"), QStringLiteral(":/i18n"));
    load(locale, QStringLiteral("kindred"), QStringLiteral(":/i18n"));
}

} // namespace Kindred::Translations
