// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cellvalue.h"

#include <QDate>
#include <QLocale>

#include <cmath>

namespace Kindred::CellValue {

namespace {

// The number as it is when it is already the shortest plain decimal that
// reads back the same (most cells): no sign but '-', no leading or
// trailing zeros, no exponent, at most 15 significant digits.
bool isShortestDecimal(QStringView text)
{
    qsizetype i = text.startsWith(u'-') ? 1 : 0;
    const qsizetype intStart = i;
    while (i < text.size() && text[i].isDigit() && text[i].unicode() < 128)
        ++i;
    const qsizetype intDigits = i - intStart;
    if (intDigits == 0 || (intDigits > 1 && text[intStart] == u'0'))
        return false;
    qsizetype fracDigits = 0;
    if (i < text.size() && text[i] == u'.') {
        ++i;
        const qsizetype fracStart = i;
        while (i < text.size() && text[i].isDigit() && text[i].unicode() < 128)
            ++i;
        fracDigits = i - fracStart;
        if (fracDigits == 0 || text[i - 1] == u'0')
            return false;
    }
    const qsizetype significant = (text[intStart] == u'0' ? 0 : intDigits) + fracDigits;
    return i == text.size() && significant <= 15 && !(text == u"-0");
}

QString clock(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

Kind builtInFormat(int id)
{
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return Kind::Date;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))
        return Kind::Time;
    return Kind::Number;
}

Kind formatCode(QStringView code)
{
    if (code.compare(u"General", Qt::CaseInsensitive) == 0)
        return Kind::Number;
    bool date = false;
    bool time = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = QChar::toLower(code[i].unicode());
        switch (c) {
        case u';':
            i = code.size(); // the first section (positive numbers) says it
            break;
        case u'"': {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
            break;
        }
        case u'\\':
        case u'_':
        case u'*':
            ++i; // an escaped, padding or repeated character
            break;
        case u'[': {
            const qsizetype close = code.indexOf(u']', i + 1);
            const QStringView inside = code.sliced(i + 1, (close < 0 ? code.size() : close) - i - 1);
            // [h]:mm measures a duration, not a time of day.
            if (!inside.isEmpty() && std::all_of(inside.begin(), inside.end(), [&](QChar x) {
                    return x.toLower() == inside.front().toLower();
                }) && QStringView(u"hms").contains(inside.front().toLower())) {
                return Kind::Number;
            }
            i = close < 0 ? code.size() : close;
            break;
        }
        case u'e':
            if (i + 1 < code.size() && (code[i + 1] == u'+' || code[i + 1] == u'-'))
                return Kind::Number; // scientific
            date = true;
            break;
        case u'y':
        case u'd':
        case u'g':
            date = true;
            break;
        case u'm':
        case u'h':
        case u's':
            time = true;
            break;
        default:
            break;
        }
    }
    return date ? Kind::Date : time ? Kind::Time : Kind::Number;
}

QString fromSerial(double serial, bool date1904, Kind kind)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466) // 9999-12-31
        return {};
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = std::llround((serial - double(days)) * 86400.0);
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    if (kind == Kind::Time && days == 0)
        return clock(seconds);
    QString date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    else if (days == 60)
        date = QStringLiteral("1900-02-29"); // Lotus 1-2-3's leap day, which Excel keeps
    else
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(Qt::ISODate);
    if (seconds == 0)
        return date;
    return date + QLatin1Char(' ') + clock(seconds);
}

QString number(QStringView written)
{
    if (isShortestDecimal(written))
        return written.toString();
    bool ok = false;
    const double value = written.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return {};
    if (value == 0)
        return QStringLiteral("0");
    const double size = std::abs(value);
    const char format = size >= 1e-6 && size < 1e21 ? 'f' : 'g';
    return QString::number(value, format, QLocale::FloatingPointShortest);
}

} // namespace Kindred::CellValue
