// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QHash>

#include <cmath>

namespace Kindred {

namespace {

// Symbols readers recognise outside the currency's own country (CLDR's English
// ones). Qt has symbols only for a locale's own currency.
QString knownSymbol(const QString &code)
{
    static const QHash<QString, QString> symbols{
        {QStringLiteral("USD"), QStringLiteral("$")},    {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("JPY"), QStringLiteral("¥")},    {QStringLiteral("GBP"), QStringLiteral("£")},
        {QStringLiteral("CNY"), QStringLiteral("CN¥")},  {QStringLiteral("KRW"), QStringLiteral("₩")},
        {QStringLiteral("TWD"), QStringLiteral("NT$")},  {QStringLiteral("HKD"), QStringLiteral("HK$")},
        {QStringLiteral("AUD"), QStringLiteral("A$")},   {QStringLiteral("NZD"), QStringLiteral("NZ$")},
        {QStringLiteral("CAD"), QStringLiteral("CA$")},  {QStringLiteral("INR"), QStringLiteral("₹")},
        {QStringLiteral("BRL"), QStringLiteral("R$")},   {QStringLiteral("MXN"), QStringLiteral("MX$")},
        {QStringLiteral("ILS"), QStringLiteral("₪")},    {QStringLiteral("VND"), QStringLiteral("₫")},
        {QStringLiteral("PHP"), QStringLiteral("₱")},
    };
    return symbols.value(code, code);
}

} // namespace

Money::Money(const QString &currency, const QLocale &locale) : m_locale(locale)
{
    const QString own = locale.currencySymbol(QLocale::CurrencyIsoCode);
    const QString code = currency.isEmpty() ? own : currency.toUpper();
    m_symbol = code == own ? locale.currencySymbol(QLocale::CurrencySymbol) : knownSymbol(code);
    m_decimals = code.isEmpty() ? 2 : decimalsOf(code);
    // A symbol of letters (CHF, SEK) needs a space where the locale's pattern
    // puts the symbol right against the digits ("CHF 5.00", not "CHF5.00").
    if (!m_symbol.isEmpty() && m_symbol.back().isLetter()) {
        const QChar marker(0x1);
        const QString pattern = locale.toCurrencyString(1.0, marker, 0);
        const qsizetype at = pattern.indexOf(marker);
        const QChar nbsp(0xa0);
        if (at + 1 < pattern.size() && pattern.at(at + 1).isDigit())
            m_symbol.append(nbsp);
        else if (at > 0 && pattern.at(at - 1).isDigit())
            m_symbol.prepend(nbsp);
    }
}

int Money::decimalsOf(const QString &currency)
{
    static const QHash<QString, int> exceptions{
        {QStringLiteral("BIF"), 0}, {QStringLiteral("CLP"), 0}, {QStringLiteral("DJF"), 0},
        {QStringLiteral("GNF"), 0}, {QStringLiteral("ISK"), 0}, {QStringLiteral("JPY"), 0},
        {QStringLiteral("KMF"), 0}, {QStringLiteral("KRW"), 0}, {QStringLiteral("PYG"), 0},
        {QStringLiteral("RWF"), 0}, {QStringLiteral("UGX"), 0}, {QStringLiteral("UYI"), 0},
        {QStringLiteral("VND"), 0}, {QStringLiteral("VUV"), 0}, {QStringLiteral("XAF"), 0},
        {QStringLiteral("XOF"), 0}, {QStringLiteral("XPF"), 0},
        {QStringLiteral("BHD"), 3}, {QStringLiteral("IQD"), 3}, {QStringLiteral("JOD"), 3},
        {QStringLiteral("KWD"), 3}, {QStringLiteral("LYD"), 3}, {QStringLiteral("OMR"), 3},
        {QStringLiteral("TND"), 3},
    };
    return exceptions.value(currency.toUpper(), 2);
}

QString Money::format(double amount) const
{
    return formatWith(amount, m_decimals);
}

QString Money::formatWhole(double amount) const
{
    return formatWith(amount, 0);
}

QString Money::spreadsheetFormat() const
{
    QString number = QStringLiteral("#,##0");
    if (m_decimals > 0)
        number += QLatin1Char('.') + QString(m_decimals, QLatin1Char('0'));
    if (m_symbol.isEmpty())
        return number;
    // Where the locale's pattern puts the symbol, and with a space or not.
    const QChar marker(0x1);
    const QString pattern = m_locale.toCurrencyString(1.0, marker, 0);
    const qsizetype at = pattern.indexOf(marker);
    const QString symbol = QLatin1Char('"') + m_symbol.trimmed() + QLatin1Char('"');
    const bool after = at > 0 && at == pattern.size() - 1;
    const bool spaced = after ? pattern.at(at - 1).isSpace() : at + 1 < pattern.size() && pattern.at(at + 1).isSpace();
    const QString space = spaced || m_symbol.back().isLetter() || m_symbol.front().isLetter() ? QStringLiteral(" ") : QString();
    return after ? number + space + symbol : symbol + space + number;
}

QString Money::formatWith(double amount, int decimals) const
{
    // Rounded first, so that -0.4 yen reads 0, not a negative zero.
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(amount * scale) / scale;
    if (rounded == 0.0)
        rounded = 0.0;
    return m_locale.toCurrencyString(rounded, m_symbol, decimals);
}

} // namespace Kindred
