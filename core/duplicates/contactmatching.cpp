// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactmatching.h"

#include "namematching.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace Kindred {

namespace {

bool isGmail(QStringView domain)
{
    return domain == u"gmail.com" || domain == u"googlemail.com";
}

// Providers that deliver name+anything@ to name@ and say so in their help.
// Elsewhere a "+" is an ordinary character of the address: a company's own
// server may well hold sales+jp@ and sales@ as two mailboxes of two people,
// and Japanese carriers' addresses (docomo.ne.jp, ezweb.ne.jp) have no
// subaddresses at all. Proposing such a pair would be a guess; the names and
// phones of a true pair still find it.
bool deliversPlusTags(QStringView domain)
{
    static const QStringList providers = {
        QStringLiteral("gmail.com"),   QStringLiteral("googlemail.com"), QStringLiteral("outlook.com"),
        QStringLiteral("hotmail.com"), QStringLiteral("live.com"),       QStringLiteral("msn.com"),
        QStringLiteral("icloud.com"),  QStringLiteral("me.com"),         QStringLiteral("mac.com"),
        QStringLiteral("fastmail.com"), QStringLiteral("proton.me"),     QStringLiteral("protonmail.com"),
        QStringLiteral("pm.me"),
    };
    return std::any_of(providers.cbegin(), providers.cend(), [domain](const QString &p) { return p == domain; });
}

// E.164 country codes are prefix-free: 1 and 7 have one digit, the codes
// below two, every other code three (ITU-T, "List of ITU-T Recommendation
// E.164 assigned country codes").
int callingCodeLength(QStringView digits)
{
    static const QSet<int> twoDigits = {20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47,
                                        48, 49, 51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65,
                                        66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98};
    if (digits.startsWith(u'1') || digits.startsWith(u'7'))
        return 1;
    if (digits.size() >= 2 && twoDigits.contains(digits.left(2).toInt()))
        return 2;
    return 3;
}

// The prefix dialled from the country to call abroad: 00 in most, 010 from
// Japan, 011 from North America.
QStringView internationalPrefix(QStringView callingCode)
{
    if (callingCode == u"81")
        return u"010";
    if (callingCode == u"1")
        return u"011";
    return u"00";
}

constexpr qsizetype kMinNationalDigits = 6;

} // namespace

ContactMatching::Email ContactMatching::email(const QString &text)
{
    Email email;
    email.written = text.trimmed();
    email.lowered = NameMatching::fold(email.written);
    const QString &lowered = email.lowered;
    const qsizetype at = lowered.indexOf(u'@');
    if (at <= 0 || at == lowered.size() - 1 || lowered.indexOf(u'@', at + 1) >= 0)
        return email;
    email.m_at = at;
    email.m_localSize = at;
    const qsizetype plus = lowered.indexOf(u'+');
    if (plus > 0 && plus < at && deliversPlusTags(email.domain()))
        email.m_localSize = plus;
    // Gmail ignores dots (t.yamada@ is tyamada@), and googlemail.com is the
    // same mailbox as gmail.com; other providers keep dots as part of the name.
    if (isGmail(email.domain()))
        email.key = email.local().toString().remove(u'.') + QStringLiteral("@gmail.com");
    else if (email.m_localSize < at)
        email.key = email.local().toString().append(QStringView(lowered).sliced(at));
    else
        email.key = lowered;
    return email;
}

ContactMatching::Phone ContactMatching::phone(QStringView text, const QString &defaultCallingCode)
{
    Phone phone;
    QString &digits = phone.national; // all digits first, then what is left of them
    bool plus = false;
    for (QChar c : text) {
        const int digit = c.digitValue();
        if (digit >= 0 && c.category() == QChar::Number_DecimalDigit)
            digits += QChar(u'0' + digit);
        else if (c == u'+' || c == u'＋')
            plus = plus || digits.isEmpty();
        else if (c.isLetter() && !digits.isEmpty())
            break; // an extension: 内線 12, ext. 12
    }
    const QStringView prefix = internationalPrefix(defaultCallingCode);
    if (!plus && digits.startsWith(prefix)) {
        digits.remove(0, prefix.size());
        plus = true;
    }
    if (plus) {
        phone.international = true;
        const int length = callingCodeLength(digits);
        if (digits.size() <= length)
            return {};
        phone.callingCode = digits.left(length);
        digits.remove(0, length);
        // "+49 (0)30 …": the trunk prefix written after the country code.
        // Italy alone keeps its 0 within the country's numbers.
        if (digits.startsWith(u'0') && phone.callingCode != u"39")
            digits.remove(0, 1);
    } else if (defaultCallingCode == u"39") {
        phone.callingCode = defaultCallingCode;
    } else if (digits.startsWith(u'0')) {
        digits.remove(0, 1);
        phone.callingCode = defaultCallingCode;
    } else if (defaultCallingCode == u"1") {
        // North America has no trunk 0; a 1 before the ten digits is its trunk prefix.
        if (digits.size() == 11 && digits.startsWith(u'1'))
            digits.remove(0, 1);
        phone.callingCode = defaultCallingCode;
    }
    // Otherwise a number written without its trunk prefix, as spreadsheets
    // leave 0311112222 once read as a number: its country is not known.
    // Too short, or one digit over and over (000-0000-0000: "none"), is no number.
    const bool placeholder = std::all_of(digits.cbegin(), digits.cend(), [&](QChar c) { return c == digits.front(); });
    if (digits.size() < kMinNationalDigits || placeholder)
        return {};
    return phone;
}

QString ContactMatching::callingCode(QLocale::Territory territory)
{
    static const QHash<QLocale::Territory, int> codes = {
        {QLocale::Japan, 81},         {QLocale::Germany, 49},     {QLocale::Austria, 43},
        {QLocale::Switzerland, 41},   {QLocale::Liechtenstein, 423}, {QLocale::France, 33},
        {QLocale::Belgium, 32},       {QLocale::Luxembourg, 352}, {QLocale::Netherlands, 31},
        {QLocale::Italy, 39},         {QLocale::Spain, 34},       {QLocale::Portugal, 351},
        {QLocale::UnitedKingdom, 44}, {QLocale::Ireland, 353},    {QLocale::UnitedStates, 1},
        {QLocale::Canada, 1},         {QLocale::Mexico, 52},      {QLocale::Brazil, 55},
        {QLocale::Australia, 61},     {QLocale::NewZealand, 64},  {QLocale::SouthKorea, 82},
        {QLocale::China, 86},         {QLocale::Taiwan, 886},     {QLocale::HongKong, 852},
        {QLocale::Singapore, 65},     {QLocale::Denmark, 45},     {QLocale::Sweden, 46},
        {QLocale::Norway, 47},        {QLocale::Finland, 358},    {QLocale::Poland, 48},
    };
    const int code = codes.value(territory);
    return code ? QString::number(code) : QString();
}

} // namespace Kindred
