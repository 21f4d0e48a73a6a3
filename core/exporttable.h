// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Kindred {

/// One cell of an export, typed, so that a workbook gets numbers, dates and
/// text as such and a CSV file writes each the way its spreadsheet reads it.
struct ExportCell
{
    enum class Kind { Empty, Text, Number, Money, Date, DateTime };

    Kind kind = Kind::Empty;
    QString text;
    double number = 0.0;
    /// Decimals a Number is written with; Money uses the currency's.
    int decimals = 0;
    QDateTime dateTime; ///< a Date's day is dateTime.date()

    static ExportCell fromText(const QString &text) { return {Kind::Text, text, 0.0, 0, {}}; }
    static ExportCell fromNumber(double value, int decimals = 0) { return {Kind::Number, {}, value, decimals, {}}; }
    static ExportCell fromMoney(double value) { return {Kind::Money, {}, value, 0, {}}; }
    /// An invalid date is an empty cell.
    static ExportCell fromDate(const QDate &date)
    {
        return date.isValid() ? ExportCell{Kind::Date, {}, 0.0, 0, QDateTime(date, QTime(0, 0))} : ExportCell();
    }
    static ExportCell fromDateTime(const QDateTime &value)
    {
        return value.isValid() ? ExportCell{Kind::DateTime, {}, 0.0, 0, value} : ExportCell();
    }

    bool operator==(const ExportCell &other) const
    {
        return kind == other.kind && text == other.text && number == other.number && decimals == other.decimals
               && dateTime == other.dateTime;
    }
};

/// A table to export: translated header titles and typed rows. Both the CSV
/// writer and the workbook writer take it, so an export builds its rows once.
struct ExportTable
{
    QStringList header;
    QList<QList<ExportCell>> rows;
    /// ISO 4217 code the Money cells are in; empty: the locale's.
    QString currency;
};

} // namespace Kindred
