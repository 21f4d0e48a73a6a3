// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Kindred {

/// How a workbook's cells become the text the value parser reads without
/// doubt: dates as ISO 8601, numbers in the C locale's shortest form that
/// reads back as the same number.
namespace CellValue {

/// What a cell's number format says its number is.
enum class Kind {
    Number,
    Date,    ///< a day, maybe with a time (yyyy/mm/dd, [$-411]ggge年m月d日)
    Time,    ///< a time of day without a day (h:mm)
};

/// The kind of one of Excel's built-in number formats (ids 14–22, 27–36,
/// 45–47 and 50–58 are dates and times).
Kind builtInFormat(int id);
/// The kind of a format code: a date or time when it holds y, m, d, h, s,
/// e or g outside quotes, brackets and escapes; a number when it measures
/// elapsed time ([h]:mm) or is General or scientific (0.0E+00).
Kind formatCode(QStringView code);

/// A day number of Excel's 1900 date system (whose 60 is the 29 February
/// 1900 that never was, kept as Excel shows it) or of its 1904 system, as
/// "yyyy-MM-dd", with " HH:mm:ss" when it has a time, or "HH:mm:ss" alone
/// for a Time; empty when the number is no day Excel can show.
QString fromSerial(double serial, bool date1904, Kind kind);
/// A number written in a workbook ("1.5", "1.2E-3"), in the C locale's
/// shortest round-trip form without an exponent for everyday sizes; empty
/// when it is no number.
QString number(QStringView written);

} // namespace CellValue

} // namespace Kindred
