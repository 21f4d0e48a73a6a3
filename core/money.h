// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace Kindred {

/// Writes amounts of money in the workspace's currency (WorkspaceSettings::currency)
/// the way the reader's locale writes money: ¥1,234 or ￥1,234 for yen (no
/// decimals), $1,234.50 in American English, 1 234,50 € in French. An empty
/// currency is the locale's own. For display only: exports keep plain numbers.
class Money
{
public:
    /// `currency` is an ISO 4217 code; empty: the locale's currency.
    explicit Money(const QString &currency = {}, const QLocale &locale = QLocale());

    /// The amount with the currency's usual number of decimals.
    QString format(double amount) const;
    /// The amount rounded to whole units: for chart axes, where decimals are noise.
    QString formatWhole(double amount) const;

    /// The number format a workbook cell shows such amounts with, e.g.
    /// "¥"#,##0 or #,##0.00" €": the symbol where the locale puts it.
    QString spreadsheetFormat() const;

    /// The symbol used: the locale's own for its currency (￥ in Japanese),
    /// else a widely understood one (¥, €, CA$), else the ISO code.
    QString symbol() const { return m_symbol; }
    /// Decimals in the currency's usual notation: 0 for JPY, 2 for EUR, 3 for KWD.
    int decimals() const { return m_decimals; }

    bool operator==(const Money &other) const
    {
        return m_locale == other.m_locale && m_symbol == other.m_symbol && m_decimals == other.m_decimals;
    }
    bool operator!=(const Money &other) const { return !(*this == other); }

    /// The usual number of decimals (ISO 4217 minor unit) of a currency; 2 when unknown.
    static int decimalsOf(const QString &currency);

private:
    QString formatWith(double amount, int decimals) const;

    QLocale m_locale;
    QString m_symbol;
    int m_decimals = 2;
};

} // namespace Kindred
