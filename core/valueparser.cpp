// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valueparser.h"

#include <QByteArray>
#include <QHash>
#include <QCoreApplication>
#include <QLocale>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace Kindred {

namespace {

// Text::tr() instead of a free tr(): lupdate then files the strings under the
// context they are looked up in at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::ValueParser)
};

using Ascii = QVarLengthArray<char, 48>;

// Marks written in place of signs that are not ASCII (no letters: CHF and
// NOK are currencies).
constexpr char kCurrency = '\x01';
constexpr char kTriangle = '\x02'; // ▲ and △: negative in Japanese accounts

// Full-width forms (digits, ／, －, ＄ ...) fold to ASCII.
char16_t folded(char16_t u)
{
    return u >= 0xFF01 && u <= 0xFF5E ? char16_t(u - 0xFEE0) : u;
}

bool isSpace(char16_t u)
{
    return u == ' ' || u == 0x3000 || u == 0x00A0 || u == 0x202F || u == 0x2009 || u == '\t';
}

// Keeps s[begin, end) in place: assigning a new array over one that has
// grown onto the heap leaks that buffer in Qt 6.4's QVarLengthArray.
void keepRange(Ascii &s, qsizetype begin, qsizetype end)
{
    s.resize(end);
    s.remove(0, begin);
}

void trim(Ascii &s)
{
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && s[begin] == ' ')
        ++begin;
    while (end > begin && s[end - 1] == ' ')
        --end;
    keepRange(s, begin, end);
}

bool isAsciiLetter(char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

// The length of a currency written in letters at the start (or the end) of
// v, with the point of an abbreviation: an ISO code (CHF, SEK), a local word
// (kr, Fr., Rs.), or letters before a currency sign (US$, R$, JP¥); 0 when
// there is none.
qsizetype currencyWord(QByteArrayView v, bool atStart)
{
    qsizetype dot = !atStart && v.endsWith('.') ? 1 : 0;
    qsizetype letters = 0;
    while (letters + dot < v.size() && isAsciiLetter(atStart ? v[letters] : v[v.size() - 1 - dot - letters]))
        ++letters;
    if (letters == 0 || letters > 3)
        return 0;
    if (atStart && letters < v.size() && v[letters] == '.')
        dot = 1;
    const QByteArrayView word = atStart ? v.first(letters) : v.sliced(v.size() - dot - letters, letters);
    const qsizetype beyond = atStart ? letters + dot : v.size() - dot - letters - 1;
    if (atStart && beyond < v.size() && v[beyond] == kCurrency)
        return letters + dot;
    bool known = letters == 3 && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    for (const char *local : {"jpy", "usd", "eur", "gbp", "kr", "fr", "rs", "ft", "zl", "kc"})
        known = known || word.compare(QByteArrayView(local), Qt::CaseInsensitive) == 0;
    return known ? letters + dot : 0;
}

// The digits and separators of a number, its sign taken off; nullopt when the
// text holds something else.
struct NumberBody
{
    Ascii body;
    bool negative = false;
};

std::optional<NumberBody> numberBody(QStringView text)
{
    NumberBody n;
    Ascii &s = n.body;
    for (QChar c : text) {
        const char16_t u = folded(c.unicode());
        if (isSpace(u))
            s.append(' ');
        else if (u == 0x2212 || (u >= 0x2012 && u <= 0x2015))
            s.append('-');
        else if (u == 0x25B2 || u == 0x25B3)
            s.append(kTriangle);
        else if (u == 0x2019 || u == 0x02BC) // 1’234.50, as Swiss spreadsheets group
            s.append('\'');
        else if (QChar::category(u) == QChar::Symbol_Currency || u == 0x5186 || u == 0x5143) // ¥ € ₩ ... 円 元
            s.append(kCurrency);
        else if (u == '\\') // Shift_JIS writes ¥ where ASCII has the backslash
            s.append(kCurrency);
        else if (u == 0x0142 || u == 0x010D) // the ł of zł, the č of Kč
            s.append(char(u == 0x0142 ? 'l' : 'c'));
        else if (u < 0x80 && u != kCurrency && u != kTriangle)
            s.append(char(u));
        else
            return std::nullopt;
    }

    // Signs and currency may come in any order at either end: -¥1,000, ¥-1,000, (1,000 円), 1000-.
    int negatives = 0;
    qsizetype b = 0;
    qsizetype e = s.size();
    for (bool changed = true; changed;) {
        while (b < e && s[b] == ' ')
            ++b;
        while (e > b && s[e - 1] == ' ')
            --e;
        changed = false;
        if (b == e)
            break;
        const char first = s[b];
        const char last = s[e - 1];
        const QByteArrayView rest(s.constData() + b, e - b);
        if (first == kCurrency || first == '+' || first == '-' || first == kTriangle) {
            negatives += first == '-' || first == kTriangle;
            ++b;
            changed = true;
        } else if (last == '-' && e - b > 2 && (s[e - 2] == ',' || s[e - 2] == '.')) {
            e -= 2; // 12,- and 12.–: a whole amount, as German and Swiss prices write it
            changed = true;
        } else if (last == kCurrency || last == '-') {
            negatives += last == '-';
            --e;
            changed = true;
        } else if (first == '(' && last == ')' && e - b > 2) {
            ++negatives;
            ++b;
            --e;
            changed = true;
        } else if (const qsizetype word = currencyWord(rest, true)) {
            b += word;
            changed = true;
        } else if (const qsizetype word = currencyWord(rest, false)) {
            e -= word;
            changed = true;
        }
    }
    if (negatives > 1 || b == e)
        return std::nullopt;
    for (qsizetype i = b; i < e; ++i) {
        const char c = s[i];
        if (!(c >= '0' && c <= '9') && c != '.' && c != ',' && c != ' ' && c != '\'')
            return std::nullopt;
    }
    keepRange(s, b, e);
    n.negative = negatives == 1;
    return n;
}

// The currency of a sign, or of a sign with letters before it (US$, JP¥).
QString currencyOfSign(char16_t sign, QStringView letters)
{
    static const QHash<QString, QString> prefixed{
        {QStringLiteral("US$"), QStringLiteral("USD")}, {QStringLiteral("CA$"), QStringLiteral("CAD")},
        {QStringLiteral("A$"), QStringLiteral("AUD")},  {QStringLiteral("AU$"), QStringLiteral("AUD")},
        {QStringLiteral("NZ$"), QStringLiteral("NZD")}, {QStringLiteral("HK$"), QStringLiteral("HKD")},
        {QStringLiteral("NT$"), QStringLiteral("TWD")}, {QStringLiteral("MX$"), QStringLiteral("MXN")},
        {QStringLiteral("R$"), QStringLiteral("BRL")},  {QStringLiteral("JP¥"), QStringLiteral("JPY")},
        {QStringLiteral("CN¥"), QStringLiteral("CNY")},
    };
    if (!letters.isEmpty())
        return prefixed.value(letters.toString().toUpper() + QChar(sign));
    switch (sign) {
    case u'€':
        return QStringLiteral("EUR");
    case u'¥':
    case u'￥':
    case u'円':
    case u'\\': // Shift_JIS writes ¥ where ASCII has the backslash
        return QStringLiteral("JPY");
    case u'元':
        return QStringLiteral("CNY");
    case u'$':
        return QStringLiteral("USD");
    case u'£':
    case u'￡':
        return QStringLiteral("GBP");
    case u'₩':
        return QStringLiteral("KRW");
    case u'₹':
        return QStringLiteral("INR");
    }
    return {};
}

DecimalSeparator evidence(const Ascii &s)
{
    const QByteArrayView v(s.constData(), s.size());
    const qsizetype dots = v.count('.');
    const qsizetype commas = v.count(',');
    const qsizetype lastDot = v.lastIndexOf('.');
    const qsizetype lastComma = v.lastIndexOf(',');
    if (dots && commas)
        return lastComma > lastDot ? DecimalSeparator::Comma : DecimalSeparator::Point;
    auto lone = [&v](qsizetype at, DecimalSeparator asDecimal) {
        const QByteArrayView integer = v.first(at).trimmed();
        const bool threeDigitsAfter = v.size() - at - 1 == 3;
        // A thousands group cannot follow nothing or a lone zero.
        return threeDigitsAfter && !integer.isEmpty() && integer != "0" ? DecimalSeparator::Unknown : asDecimal;
    };
    if (commas)
        return commas > 1 ? DecimalSeparator::Point : lone(lastComma, DecimalSeparator::Comma);
    if (dots)
        return dots > 1 ? DecimalSeparator::Comma : lone(lastDot, DecimalSeparator::Point);
    return DecimalSeparator::Unknown;
}

bool allDigits(QByteArrayView v)
{
    for (char c : v) {
        if (c < '0' || c > '9')
            return false;
    }
    return !v.isEmpty();
}

// Appends the integer digits to out, checking that separators (if any)
// make groups of three.
bool appendIntegerDigits(QByteArrayView v, Ascii &out)
{
    qsizetype groupStart = 0;
    bool grouped = false;
    for (qsizetype i = 0; i <= v.size(); ++i) {
        if (i < v.size() && v[i] >= '0' && v[i] <= '9')
            continue;
        const QByteArrayView group = v.sliced(groupStart, i - groupStart);
        if (group.isEmpty() || (grouped && group.size() != 3) || (i < v.size() && group.size() > 3))
            return false;
        out.append(group.constData(), group.size());
        grouped = true;
        groupStart = i + 1;
    }
    return true;
}

int fullYear(int year, qsizetype digits)
{
    if (digits == 4)
        return year;
    return year < 70 ? 2000 + year : 1900 + year; // as POSIX strptime reads %y
}

constexpr DateOrder kOrders[] = {DateOrder::DayFirst, DateOrder::MonthFirst, DateOrder::YearFirst};

// A date as written: a fixed date, or three numbers whose order decides it.
struct DateShape
{
    enum Kind { None, Fixed, Swappable } kind = None;
    QDate fixed;
    int first = 0;
    int second = 0;
    int last = 0;
    qsizetype lastDigits = 0;
    bool twoDigitsFirst = false;
    bool dotted = false; // 05.03.2024: nobody writes the month first with points

    // 24/03/05 may be yy/mm/dd; 24/03/2005 cannot.
    bool yearFirstPossible() const { return twoDigitsFirst && lastDigits == 2; }
    QDate read(DateOrder order) const
    {
        const int year = fullYear(last, lastDigits);
        switch (order) {
        case DateOrder::DayFirst:
            return QDate(year, second, first);
        case DateOrder::MonthFirst:
            return QDate(year, first, second);
        case DateOrder::YearFirst:
            return yearFirstPossible() ? QDate(fullYear(first, 2), second, last) : QDate();
        case DateOrder::Unknown:
            break;
        }
        return {};
    }
};

// What the orders make of a swappable shape.
struct Readings
{
    QList<QDate> dates;                  ///< the different dates, in the order of kOrders
    DateOrder only = DateOrder::Unknown; ///< the one order that reads a date, when only one does
};

Readings readings(const DateShape &shape)
{
    Readings r;
    int valid = 0;
    for (DateOrder order : kOrders) {
        if (order == DateOrder::MonthFirst && shape.dotted)
            continue;
        const QDate date = shape.read(order);
        if (!date.isValid())
            continue;
        ++valid;
        r.only = order;
        if (!r.dates.contains(date))
            r.dates.append(date);
    }
    if (valid != 1)
        r.only = DateOrder::Unknown;
    return r;
}

// The month a word names, in English, German, French, Spanish, Italian,
// Dutch or Portuguese, accents taken off: a word of three letters or more
// that starts a month's name and no other month's (juil, not jui); 0 if none.
int monthFromName(QByteArrayView word)
{
    static const char *const names[12][10] = {
        {"january", "januar", "janner", "janvier", "enero", "gennaio", "januari", "janeiro"},
        {"february", "februar", "feber", "fevrier", "febrero", "febbraio", "februari", "fevereiro"},
        {"march", "marz", "mrz", "mars", "marzo", "maart", "marco"},
        {"april", "avril", "abril", "aprile"},
        {"may", "mai", "mayo", "maggio", "mei", "maio"},
        {"june", "juni", "juin", "junio", "giugno", "junho"},
        {"july", "juli", "juillet", "julio", "luglio", "julho"},
        {"august", "aout", "agosto", "augustus"},
        {"september", "septembre", "septiembre", "setiembre", "settembre", "setembro"},
        {"october", "oktober", "octobre", "octubre", "ottobre", "outubro"},
        {"november", "novembre", "noviembre", "novembro"},
        {"december", "dezember", "decembre", "diciembre", "dicembre", "dezembro"}};
    if (word.size() < 3)
        return 0;
    int found = 0;
    for (int m = 0; m < 12; ++m) {
        for (const char *const *name = names[m]; *name; ++name) {
            const QByteArrayView n(*name);
            if (n.size() >= word.size() && n.first(word.size()).compare(word, Qt::CaseInsensitive) == 0) {
                if (found && found != m + 1)
                    return 0;
                found = m + 1;
            }
        }
    }
    return found;
}

bool isWeekday(QByteArrayView word)
{
    for (const char *day : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}) {
        const QByteArrayView name(day);
        if (word.size() >= 3 && word.size() <= name.size()
            && name.first(word.size()).compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The unaccented letter of an accented Latin one (ä, é, ç), else 0.
char latinBase(char16_t u)
{
    const QString decomposed = QChar(u).decomposition();
    const char16_t base = decomposed.isEmpty() ? 0 : decomposed.front().unicode();
    return base < 0x80 && isAsciiLetter(char(base)) ? char(base) : 0;
}

class DateScanner
{
public:
    explicit DateScanner(const Ascii &s) : m_s(s.constData(), s.size()) {}
    bool atEnd() const { return m_pos >= m_s.size(); }
    char peek(qsizetype ahead = 0) const { return m_pos + ahead < m_s.size() ? m_s[m_pos + ahead] : '\0'; }
    void skip(const char *chars)
    {
        while (!atEnd() && std::strchr(chars, m_s[m_pos]))
            ++m_pos;
    }
    // A run of digits: its value and length (0 when none).
    std::pair<int, qsizetype> number()
    {
        const qsizetype start = m_pos;
        int value = 0;
        while (!atEnd() && m_s[m_pos] >= '0' && m_s[m_pos] <= '9' && m_pos - start < 8)
            value = value * 10 + (m_s[m_pos++] - '0');
        return {value, m_pos - start};
    }
    QByteArrayView word()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isAsciiLetter(m_s[m_pos]))
            ++m_pos;
        return m_s.sliced(start, m_pos - start);
    }
    // Skips one of these words when it comes next, and the spaces after it.
    void skipWord(std::initializer_list<const char *> words)
    {
        qsizetype end = m_pos;
        while (end < m_s.size() && isAsciiLetter(m_s[end]))
            ++end;
        const QByteArrayView next = m_s.sliced(m_pos, end - m_pos);
        for (const char *w : words) {
            if (next.compare(QByteArrayView(w), Qt::CaseInsensitive) == 0) {
                m_pos = end;
                skip(" ");
                return;
            }
        }
    }

private:
    QByteArrayView m_s;
    qsizetype m_pos = 0;
};

DateShape dateShape(QStringView text)
{
    Ascii s;
    int brackets = 0;
    for (QChar c : text) {
        const char16_t u = folded(c.unicode());
        if (u == '(' || u == ')') { // 2024/3/5(火): the day of the week
            brackets += u == '(' ? 1 : -1;
            continue;
        }
        if (brackets > 0)
            continue;
        if (u == 0x5E74 || u == 0x6708) // 年 月
            s.append('/');
        else if (u == 0x6642) // 時 (10時22分): a time, dropped below
            s.append(':');
        else if (u == 0x65E5 || u == 0x5206 || u == 0x79D2 || u == 0x5348 || u == 0x524D || u == 0x5F8C)
            continue; // 日, and 分 秒 午前 午後 of a time
        else if (isSpace(u))
            s.append(' ');
        else if (u < 0x80)
            s.append(char(u));
        else if (const char base = latinBase(u)) // März, février
            s.append(base);
        else
            return {};
    }
    // A time after the date is dropped: "2024-03-05T10:00:00Z", "3/5/2024 10:00 AM".
    const QByteArrayView all(s.constData(), s.size());
    const qsizetype colon = all.indexOf(':');
    if (colon > 0) {
        qsizetype cut = colon;
        while (cut > 0 && s[cut] != ' ' && s[cut] != 'T')
            --cut;
        if (cut == 0)
            return {};
        s.resize(cut);
    }
    trim(s);

    DateShape shape;
    DateScanner scan(s);
    QByteArrayView monthWord;
    while (isAsciiLetter(scan.peek())) { // Tue, 05 Mar 2024
        monthWord = scan.word();
        if (!isWeekday(monthWord))
            break;
        monthWord = {};
        scan.skip(" ,.");
    }
    const auto ordinal = {"st", "nd", "rd", "th", "er"}; // 5th, 1er
    if (!monthWord.isEmpty()) { // Mar 5, 2024; March 5th, 2024
        const int month = monthFromName(monthWord);
        scan.skip(". ");
        const auto [day, dayDigits] = scan.number();
        scan.skipWord(ordinal);
        scan.skip(", ");
        const auto [year, yearDigits] = scan.number();
        if (!month || !dayDigits || dayDigits > 2 || (yearDigits != 4 && yearDigits != 2) || !scan.atEnd())
            return {};
        return {DateShape::Fixed, QDate(fullYear(year, yearDigits), month, day)};
    }
    const auto [first, firstDigits] = scan.number();
    if (!firstDigits)
        return {};
    if (scan.atEnd()) {
        if (firstDigits == 8) // 20240305
            return {DateShape::Fixed, QDate(first / 10000, first / 100 % 100, first % 100)};
        if (firstDigits == 5 && first >= 20000) // 45356: Excel's day number of an unformatted date cell
            return {DateShape::Fixed, QDate(1899, 12, 30).addDays(first)};
        return {};
    }
    scan.skipWord(ordinal); // and the spaces after it
    char separator = isAsciiLetter(scan.peek()) ? ' ' : scan.peek();
    if (separator == '.' && scan.peek(1) == ' ') { // 5. März 2024
        scan.skip(".");
        separator = ' ';
    }
    if (separator == ' ' || separator == '-') {
        scan.skip(" -");
        scan.skipWord({"de"}); // 5 de marzo de 2024
        if (isAsciiLetter(scan.peek())) { // 5 Mar 2024, 05-Mar-24
            const int month = monthFromName(scan.word());
            scan.skip(". -,");
            scan.skipWord({"de"});
            const auto [year, yearDigits] = scan.number();
            if (!month || firstDigits > 2 || (yearDigits != 4 && yearDigits != 2) || !scan.atEnd())
                return {};
            return {DateShape::Fixed, QDate(fullYear(year, yearDigits), month, first)};
        }
        if (separator == ' ')
            return {};
    } else if (separator == '/' || separator == '.') {
        scan.skip(separator == '/' ? "/" : ".");
    } else {
        return {};
    }
    const auto [second, secondDigits] = scan.number();
    if (!secondDigits || secondDigits > 2 || scan.peek() != separator)
        return {};
    scan.skip(separator == '/' ? "/" : separator == '.' ? "." : "-");
    const auto [third, thirdDigits] = scan.number();
    if (!scan.atEnd())
        return {};
    if (firstDigits == 4 && thirdDigits >= 1 && thirdDigits <= 2)
        return {DateShape::Fixed, QDate(first, second, third)};
    if (firstDigits <= 2 && (thirdDigits == 4 || thirdDigits == 2)) {
        shape.kind = DateShape::Swappable;
        shape.first = first;
        shape.second = second;
        shape.last = third;
        shape.lastDigits = thirdDigits;
        shape.twoDigitsFirst = firstDigits == 2;
        shape.dotted = separator == '.';
        return shape;
    }
    return {};
}

// The common forms of a large file, read without the general path's
// folding and copying (which is several times slower); every other text
// returns nullopt and goes the general way. Both give the same results.

// "1234" or "1234.56": ASCII digits with at most one point and digits after
// it, short enough that the value is exact.
struct PlainDecimal
{
    double value = 0.0;
    qsizetype integerDigits = 0;
    qsizetype fractionDigits = -1; ///< -1: no point
    bool zeroInteger = false;      ///< the integer part is "0"
};

std::optional<PlainDecimal> plainDecimal(QStringView text)
{
    // Up to 15 digits are exact in a double, and so is a power of ten up to
    // 10^22: their quotient is then correctly rounded, as toDouble() is.
    constexpr double powersOfTen[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
                                      1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    PlainDecimal n;
    qint64 mantissa = 0;
    qsizetype digits = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= '0' && u <= '9') {
            mantissa = mantissa * 10 + (u - '0');
            if (++digits > 15)
                return std::nullopt;
            if (n.fractionDigits >= 0)
                ++n.fractionDigits;
        } else if (u == '.' && n.fractionDigits < 0) {
            n.integerDigits = digits;
            n.fractionDigits = 0;
        } else {
            return std::nullopt;
        }
    }
    if (n.fractionDigits < 0)
        n.integerDigits = digits;
    if (n.integerDigits == 0 || n.fractionDigits == 0)
        return std::nullopt;
    n.zeroInteger = n.integerDigits == 1 && text.front() == u'0';
    n.value = double(mantissa) / powersOfTen[std::max<qsizetype>(n.fractionDigits, 0)];
    return n;
}

// What evidence() says of a plain decimal: a point before exactly three
// digits may be a thousands separator.
DecimalSeparator plainEvidence(const PlainDecimal &n)
{
    if (n.fractionDigits < 0 || (n.fractionDigits == 3 && !n.zeroInteger))
        return DecimalSeparator::Unknown;
    return DecimalSeparator::Point;
}

// A date as written, before any check that it exists.
struct DateParts
{
    int year = 0;
    int month = 0;
    int day = 0;
    int eraYear = -1; ///< the year within a Japanese era (1 for 元年); -1 for other dates

    QDate date() const { return eraYear == 0 ? QDate() : QDate(year, month, day); }
};

// A Japanese era date, as forms and accounts write them: 令和6年3月5日,
// 令和元年5月1日 (the first year), R6.3.5, H31/4/30. Year, month and day
// always come in that order, so the date is never ambiguous.
std::optional<DateParts> eraParts(QStringView text)
{
    struct Era
    {
        QStringView name;
        char letter;
        int yearZero; // the Gregorian year before the era's first
    };
    static const Era eras[] = {{u"令和", 'R', 2018}, {u"平成", 'H', 1988}, {u"昭和", 'S', 1925}, {u"大正", 'T', 1911}};
    text = text.trimmed();
    const Era *era = nullptr;
    qsizetype i = 0;
    for (const Era &e : eras) {
        if (text.startsWith(e.name)) {
            era = &e;
            i = e.name.size();
        } else if (!text.isEmpty() && (folded(text[0].unicode()) | 0x20) == (e.letter | 0x20)) {
            era = &e;
            i = 1;
        }
        if (era)
            break;
    }
    if (!era)
        return std::nullopt;
    auto at = [&text](qsizetype k) { return k < text.size() ? folded(text[k].unicode()) : char16_t(0); };
    auto skipSpaces = [&] {
        while (i < text.size() && isSpace(text[i].unicode()))
            ++i;
    };
    // Each number ends with its kanji (年, 月, 日) or with . / - between them.
    const char16_t kanji[3] = {0x5E74, 0x6708, 0x65E5};
    int parts[3] = {0, 0, 0};
    for (int part = 0; part < 3; ++part) {
        skipSpaces();
        if (part == 0 && at(i) == 0x5143) { // 元: the first year
            parts[0] = 1;
            ++i;
        } else {
            const qsizetype start = i;
            while (at(i) >= '0' && at(i) <= '9' && i - start < 3)
                parts[part] = parts[part] * 10 + (at(i++) - '0');
            if (i == start)
                return std::nullopt;
        }
        const qsizetype end = i;
        skipSpaces();
        const char16_t separator = at(i);
        if (separator == kanji[part] || (part < 2 && (separator == '.' || separator == '/' || separator == '-')))
            ++i;
        else if (part < 2)
            return std::nullopt;
        else
            i = end; // the day without 日: what follows is checked below
    }
    // A time may follow after a space, as in other dates.
    if (i < text.size() && !isSpace(text[i].unicode()))
        return std::nullopt;
    return DateParts{era->yearZero + parts[0], parts[1], parts[2], parts[0]};
}

// An era date that exists: 令和0年 does not (元年 is the first year).
std::optional<QDate> eraDate(QStringView text)
{
    const auto parts = eraParts(text);
    const QDate date = parts ? parts->date() : QDate();
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

// yyyy-MM-dd exactly, as ISO 8601 and most exports write dates.
std::optional<DateParts> isoParts(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    int parts[3] = {0, 0, 0};
    const qsizetype ends[3] = {4, 7, 10};
    qsizetype i = 0;
    for (int part = 0; part < 3; ++part, ++i) {
        for (; i < ends[part]; ++i) {
            const char16_t u = text[i].unicode();
            if (u < '0' || u > '9')
                return std::nullopt;
            parts[part] = parts[part] * 10 + (u - '0');
        }
    }
    return DateParts{parts[0], parts[1], parts[2]};
}

// The ISO date, invalid when that day does not exist (0000-00-00, 2024-02-30).
std::optional<QDate> isoDate(QStringView text)
{
    const auto parts = isoParts(text);
    return parts ? std::optional<QDate>(parts->date()) : std::nullopt;
}

} // namespace

namespace ValueParser {

std::optional<double> parseNumber(QStringView text, DecimalSeparator separator)
{
    if (const auto plain = plainDecimal(text)) {
        // 1.234 read with a comma or an unknown separator goes the general way.
        const DecimalSeparator read = separator == DecimalSeparator::Unknown ? plainEvidence(*plain) : separator;
        if (plain->fractionDigits < 0 || read == DecimalSeparator::Point)
            return plain->value;
    }
    const auto n = numberBody(text);
    if (!n)
        return std::nullopt;
    if (separator == DecimalSeparator::Unknown)
        separator = evidence(n->body);
    const QByteArrayView v(n->body.constData(), n->body.size());
    const char decimal = separator == DecimalSeparator::Point ? '.' : separator == DecimalSeparator::Comma ? ',' : 0;
    const qsizetype at = decimal ? v.indexOf(decimal) : -1;
    if (at >= 0 && v.lastIndexOf(decimal) != at)
        return std::nullopt;
    const QByteArrayView fraction = at >= 0 ? v.sliced(at + 1) : QByteArrayView();
    if (at >= 0 && !allDigits(fraction))
        return std::nullopt;
    const QByteArrayView integer = at >= 0 ? v.first(at) : v;
    Ascii digits;
    if (!integer.isEmpty()) {
        if (!appendIntegerDigits(integer, digits))
            return std::nullopt;
    } else if (at < 0) {
        return std::nullopt;
    }
    if (at >= 0) {
        digits.append('.');
        digits.append(fraction.constData(), fraction.size());
    }
    bool ok = false;
    const double value = QByteArrayView(digits.constData(), digits.size()).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return n->negative ? -value : value;
}

QString whyNotADate(QStringView text)
{
    auto parts = isoParts(text);
    if (!parts)
        parts = eraParts(text);
    if (parts && parts->eraYear == 0)
        return Text::tr("There is no year 0 in a Japanese era: its first year is 元年 (1).");
    if (parts && parts->year == 0)
        return Text::tr("There is no year 0.");
    if (parts && (parts->month < 1 || parts->month > 12))
        return Text::tr("There is no month %1.").arg(parts->month);
    const QDate first = parts ? QDate(parts->year, parts->month, 1) : QDate();
    if (first.isValid() && (parts->day < 1 || parts->day > first.daysInMonth()))
        return Text::tr("There is no day %1: %2 has %3 days.")
            .arg(parts->day)
            .arg(QLocale().toString(first, QStringLiteral("MMMM yyyy")))
            .arg(first.daysInMonth());
    return Text::tr("Not a date (or not one of the forms Kindred reads).");
}

QString currencyOf(QStringView amount)
{
    qsizetype wordStart = -1;
    qsizetype wordEnd = -1;
    for (qsizetype i = 0; i < amount.size(); ++i) {
        const char16_t u = folded(amount.at(i).unicode());
        if (u < 0x80 && isAsciiLetter(char(u))) {
            if (wordStart < 0)
                wordStart = i;
            wordEnd = i + 1;
        } else if (QChar::category(u) == QChar::Symbol_Currency || u == u'円' || u == u'元' || u == '\\') {
            const bool touching = wordStart >= 0 && wordEnd == i;
            return currencyOfSign(u, touching ? amount.sliced(wordStart, wordEnd - wordStart) : QStringView());
        } else if (wordStart >= 0 && u != '.') {
            break;
        }
    }
    if (wordStart < 0)
        return {};
    const QStringView word = amount.sliced(wordStart, wordEnd - wordStart);
    for (const char *known : {"jpy", "usd", "eur", "gbp"}) {
        if (word.compare(QLatin1String(known), Qt::CaseInsensitive) == 0)
            return word.toString().toUpper();
    }
    const bool code = word.size() == 3 && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isUpper(); });
    return code ? word.toString() : QString();
}

DecimalSeparator decimalEvidence(QStringView text)
{
    const auto n = numberBody(text);
    return n ? evidence(n->body) : DecimalSeparator::Unknown;
}

std::optional<QDate> parseDate(QStringView text, DateOrder order)
{
    if (const auto iso = isoDate(text))
        return iso->isValid() ? iso : std::nullopt;
    if (const auto era = eraDate(text))
        return era;
    const DateShape shape = dateShape(text);
    QDate date;
    if (shape.kind == DateShape::Fixed) {
        date = shape.fixed;
    } else if (shape.kind == DateShape::Swappable) {
        // Year first says nothing of 3/5/2024, whose year is last.
        const bool decides = order != DateOrder::Unknown
            && (order != DateOrder::YearFirst || shape.yearFirstPossible());
        const QList<QDate> dates = readings(shape).dates;
        date = decides ? shape.read(order) : dates.size() == 1 ? dates.constFirst() : QDate();
    }
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QList<QDate> dateReadings(QStringView text)
{
    if (const auto date = parseDate(text, DateOrder::Unknown))
        return {*date};
    const DateShape shape = dateShape(text);
    return shape.kind == DateShape::Swappable ? readings(shape).dates : QList<QDate>();
}

DateOrder dateEvidence(QStringView text)
{
    const DateShape shape = dateShape(text);
    return shape.kind == DateShape::Swappable ? readings(shape).only : DateOrder::Unknown;
}

bool isAmbiguousDate(QStringView text)
{
    const DateShape shape = dateShape(text);
    return shape.kind == DateShape::Swappable && readings(shape).dates.size() > 1;
}

QString dateOrderKey(DateOrder order, const QString &unknownKey)
{
    switch (order) {
    case DateOrder::DayFirst:
        return QStringLiteral("day_first");
    case DateOrder::MonthFirst:
        return QStringLiteral("month_first");
    case DateOrder::YearFirst:
        return QStringLiteral("year_first");
    case DateOrder::Unknown:
        break;
    }
    return unknownKey;
}

std::optional<DateOrder> dateOrderFromFormat(const QString &format)
{
    const QString f = format.trimmed().toLower();
    if (f.startsWith(QLatin1String("day")))
        return DateOrder::DayFirst;
    if (f.startsWith(QLatin1String("month")))
        return DateOrder::MonthFirst;
    if (f.startsWith(QLatin1String("year")))
        return DateOrder::YearFirst;
    const qsizetype d = f.indexOf(QLatin1Char('d'));
    const qsizetype m = f.indexOf(QLatin1Char('m'));
    const qsizetype y = f.indexOf(QLatin1Char('y'));
    if (d < 0 || m < 0)
        return std::nullopt;
    if (y >= 0 && y < d && y < m)
        return DateOrder::YearFirst;
    return d < m ? DateOrder::DayFirst : DateOrder::MonthFirst;
}

} // namespace ValueParser

void CurrencyDetector::add(QStringView amount)
{
    const QString currency = ValueParser::currencyOf(amount);
    if (!currency.isEmpty())
        ++m_counts[currency];
}

QString CurrencyDetector::currency() const
{
    QString best;
    qint64 most = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < best)) {
            best = it.key();
            most = it.value();
        }
    }
    return best;
}

void DecimalSeparatorDetector::add(QStringView value)
{
    if (const auto plain = plainDecimal(value)) {
        switch (plainEvidence(*plain)) {
        case DecimalSeparator::Point:
            ++m_point;
            break;
        case DecimalSeparator::Unknown:
            m_lonePoint += plain->fractionDigits >= 0;
            break;
        case DecimalSeparator::Comma:
            break;
        }
        return;
    }
    const auto n = numberBody(value);
    if (!n)
        return;
    switch (evidence(n->body)) {
    case DecimalSeparator::Point:
        ++m_point;
        break;
    case DecimalSeparator::Comma:
        ++m_comma;
        break;
    case DecimalSeparator::Unknown: {
        const QByteArrayView v(n->body.constData(), n->body.size());
        m_lonePoint += v.contains('.');
        m_loneComma += v.contains(',');
        break;
    }
    }
}

bool DecimalSeparatorDetector::readsAsUnknown(DecimalSeparator separator) const
{
    switch (separator) {
    case DecimalSeparator::Point:
        return m_comma == 0 && m_lonePoint == 0;
    case DecimalSeparator::Comma:
        return m_point == 0 && m_loneComma == 0;
    case DecimalSeparator::Unknown:
        break;
    }
    return true;
}

DecimalSeparator DecimalSeparatorDetector::separator() const
{
    if (m_point == m_comma)
        return DecimalSeparator::Unknown;
    return m_point > m_comma ? DecimalSeparator::Point : DecimalSeparator::Comma;
}

void DateOrderDetector::add(QStringView value, qint64 row)
{
    if (isoDate(value) || eraDate(value))
        return; // says nothing about the order
    const DateShape shape = dateShape(value);
    if (shape.kind != DateShape::Swappable)
        return;
    const Readings r = readings(shape);
    if (r.only != DateOrder::Unknown) {
        ++m_evidence[int(r.only)];
    } else if (r.dates.size() > 1 && m_example.isEmpty()) {
        m_example = value.toString();
        m_exampleRow = row;
    }
}

DateOrder DateOrderDetector::order() const
{
    DateOrder best = DateOrder::Unknown;
    qint64 most = 0;
    for (DateOrder order : kOrders) {
        const qint64 evidence = m_evidence[int(order)];
        if (evidence > most)
            best = order;
        else if (evidence == most)
            best = DateOrder::Unknown; // a tie tells nothing
        most = std::max(most, evidence);
    }
    return best;
}

bool DateOrderDetector::readsAsUnknown(DateOrder order) const
{
    if (order == DateOrder::Unknown)
        return true;
    // Ambiguous values do not read at all without an order, nor do those
    // only another order reads.
    if (!m_example.isEmpty())
        return false;
    for (DateOrder other : kOrders) {
        if (other != order && m_evidence[int(other)] > 0)
            return false;
    }
    return true;
}

bool DateOrderDetector::isAmbiguous() const
{
    return order() == DateOrder::Unknown && !m_example.isEmpty();
}

} // namespace Kindred
