// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Kindred {

/// The character that starts the decimals in a column of numbers:
/// 1,234.50 (Point) or 1.234,50 (Comma). Unknown when the values do not tell.
enum class DecimalSeparator { Unknown, Point, Comma };

/// Whether 3/5/2024 is the 3rd of May (DayFirst) or March 5th (MonthFirst);
/// YearFirst reads two-digit years first, as Japanese forms write 24/03/05
/// for 5 March 2024.
enum class DateOrder { Unknown, DayFirst, MonthFirst, YearFirst };

/// Reads numbers and dates as spreadsheets, shops and point-of-sale systems
/// write them, in English, European and Japanese conventions.
namespace ValueParser {

/// Reads an amount or a score. Accepts full-width digits and signs, spaces,
/// currencies (any currency sign, 円 and 元, ISO codes such as JPY or CHF,
/// kr, Fr., US$, R$, JP¥), thousands separators in groups of three (comma,
/// point, space or apostrophe, by the decimal separator), whole amounts
/// written 12,- and negatives written -1, 1-, (1), ▲1 or △1. With an
/// Unknown separator the value's own form decides, and a lone separator
/// followed by three digits is a thousands separator (1,234 and 1.234 are
/// 1234): amounts with three decimals are rare and the column usually says.
std::optional<double> parseNumber(QStringView text, DecimalSeparator separator);

/// The currency an amount is written in, as an ISO 4217 code: € EUR, ¥ ￥ 円
/// JPY, $ USD, £ GBP, 元 CNY, US$, CA$, R$, JP¥, and codes such as CHF or eur;
/// empty when the amount names none or only an ambiguous word (kr, Fr.).
QString currencyOf(QStringView amount);

/// What one value says about its column's decimal separator; Unknown when it
/// reads the same either way (1234, 1,234, 1.234).
DecimalSeparator decimalEvidence(QStringView text);

/// Reads a date: ISO 8601 (also with a time), 2024/03/05, 2024.3.5,
/// 2024年3月5日, Japanese era dates (令和6年3月5日, 令和元年5月1日, R6.3.5,
/// H31/4/30), 20240305, 5-Mar-2024, Mar 5, 2024, Tue, 05 Mar 2024, month
/// names in English, German, French, Spanish, Italian, Dutch and Portuguese
/// (5. März 2024, 1er février 2024, 5 de marzo de 2024), Excel's day number
/// of an unformatted cell (45356) and, by the given order, 3/5/2024,
/// 3.5.24, 3-5-2024 or 24/03/05. A time after the date (10:22, 10時22分,
/// 午後2:30) and the day of the week in brackets (2024/3/5(火)) are
/// ignored. A date that reads as different days in different orders returns
/// nullopt when order is Unknown; dates with points (05.03.2024) are never
/// month-first unless the order says so.
std::optional<QDate> parseDate(QStringView text, DateOrder order);

/// Why a value is not a date, for messages: "There is no day 30: February
/// 2024 has 29 days.", "There is no year 0 in a Japanese era: its first year
/// is 元年 (1).", or that it is not a form Kindred reads.
QString whyNotADate(QStringView text);

/// The different dates a value can be, in the order DayFirst, MonthFirst,
/// YearFirst: one for a plain date, several for an ambiguous one, none for
/// no date.
QList<QDate> dateReadings(QStringView text);

/// What one value says about its column's order: the one order that reads
/// it as a date when the others cannot; Unknown when several or none can.
DateOrder dateEvidence(QStringView text);

/// True when the value reads as different dates in different orders
/// (3/5/2024 and 24/03/05, not 5/5/2024 nor 13/5/2024).
bool isAmbiguousDate(QStringView text);

/// The order named by a format such as "DMY", "MDY", "YMD", "dd/mm/yyyy",
/// "%m/%d/%Y", "yy/mm/dd", "day-first", "month-first" or "year-first";
/// nullopt when it names none.
std::optional<DateOrder> dateOrderFromFormat(const QString &format);

/// The key that summaries and presets write for an order: "day_first",
/// "month_first", "year_first", or unknownKey (what Unknown means depends
/// on the file).
QString dateOrderKey(DateOrder order, const QString &unknownKey);

} // namespace ValueParser

/// Decides a column's decimal separator from all its values: the convention
/// most values that can only be read one way show.
class DecimalSeparatorDetector
{
public:
    void add(QStringView value);
    DecimalSeparator separator() const;
    /// True when every value added reads the same with an Unknown separator
    /// as with this one, so that values parsed before the column was decided
    /// need not be read again.
    bool readsAsUnknown(DecimalSeparator separator) const;

private:
    qint64 m_point = 0;
    qint64 m_comma = 0;
    qint64 m_lonePoint = 0; ///< 1.234: a thousands point unless the column says otherwise
    qint64 m_loneComma = 0; ///< 1,234
};

/// Decides the currency of a column of amounts: the one most of its values
/// name (ValueParser::currencyOf()).
class CurrencyDetector
{
public:
    void add(QStringView amount);
    /// The ISO 4217 code most values name; empty when none names one.
    QString currency() const;

private:
    QHash<QString, qint64> m_counts;
};

/// Decides a column's day and month order from all its values, and says when
/// it cannot be told: then the caller must ask, never guess.
class DateOrderDetector
{
public:
    void add(QStringView value, qint64 row);
    /// The order most values that can only be read one way show; Unknown
    /// when none does.
    DateOrder order() const;
    /// True when some values depend on the order and no value tells it.
    bool isAmbiguous() const;
    /// The first value that depends on the order, and its row, for messages.
    QString ambiguousExample() const { return m_example; }
    qint64 ambiguousExampleRow() const { return m_exampleRow; }
    /// True when every value added reads the same with an Unknown order as
    /// with this one (see DecimalSeparatorDetector::readsAsUnknown()).
    bool readsAsUnknown(DateOrder order) const;

private:
    qint64 m_evidence[4] = {}; ///< values only each order reads, by int(DateOrder)
    qint64 m_exampleRow = 0;
    QString m_example;
};

} // namespace Kindred
