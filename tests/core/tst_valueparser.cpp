// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valueparser.h"

#include <QTest>

using namespace Kindred;
using namespace Kindred::ValueParser;

namespace {
constexpr double kInvalid = -999999.0; // marks "not a number" in the tables
}

class TestValueParser : public QObject
{
    Q_OBJECT

private slots:
    void currencies_data();
    void currencies();
    void currencyOfAColumn();
    void numbers_data();
    void numbers();
    void decimalEvidenceOfValues_data();
    void decimalEvidenceOfValues();
    void decimalSeparatorOfColumn();
    void dates_data();
    void dates();
    void whyNotADate_data();
    void whyNotADate();
    void dateEvidenceAndAmbiguity_data();
    void dateEvidenceAndAmbiguity();
    void dateOrderOfColumn();
    void ambiguousColumnIsReportedNotGuessed();
    void twoDigitYearFirstIsAskedNotGuessed();
    void dateOrderFromFormat_data();
    void dateOrderFromFormat();
};

void TestValueParser::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("separator");
    QTest::addColumn<double>("expected");

    const int unknown = int(DecimalSeparator::Unknown);
    const int point = int(DecimalSeparator::Point);
    const int comma = int(DecimalSeparator::Comma);
    QTest::newRow("integer") << "1234" << unknown << 1234.0;
    QTest::newRow("decimal point") << "12.50" << point << 12.5;
    QTest::newRow("US thousands") << "1,234.50" << point << 1234.5;
    QTest::newRow("US millions") << "1,234,567" << point << 1234567.0;
    QTest::newRow("European") << "1.234,50" << comma << 1234.5;
    QTest::newRow("European millions") << "1.234.567,89" << comma << 1234567.89;
    QTest::newRow("European, space thousands") << "1 234,50" << comma << 1234.5;
    QTest::newRow("French, narrow no-break space") << QStringLiteral("1\u202F234,50 €") << comma << 1234.5;
    QTest::newRow("Swiss apostrophe") << "1'234.50" << point << 1234.5;
    QTest::newRow("comma decimal read as such") << "9,99" << comma << 9.99;
    QTest::newRow("lone comma, three digits, European column") << "1,234" << comma << 1.234;
    QTest::newRow("lone comma, three digits, US column") << "1,234" << point << 1234.0;
    QTest::newRow("lone comma, three digits, no convention: thousands") << "1,234" << unknown << 1234.0;
    QTest::newRow("lone point, three digits, no convention: thousands") << "1.234" << unknown << 1234.0;
    QTest::newRow("value tells its own convention") << "1.234,5" << unknown << 1234.5;
    QTest::newRow("leading zero is a decimal") << "0.125" << unknown << 0.125;
    QTest::newRow("no integer part") << ".5" << point << 0.5;
    QTest::newRow("yen sign") << QStringLiteral("¥1,200") << point << 1200.0;
    QTest::newRow("full-width yen sign") << QStringLiteral("￥１，２００") << unknown << 1200.0;
    QTest::newRow("yen suffix") << QStringLiteral("1,200円") << point << 1200.0;
    QTest::newRow("yen sign as Shift_JIS decodes it") << QStringLiteral("\\2,000") << point << 2000.0;
    QTest::newRow("full-width digits and yen") << QStringLiteral("１２３４円") << unknown << 1234.0;
    QTest::newRow("dollar") << "$1,234.50" << point << 1234.5;
    QTest::newRow("euro after") << QStringLiteral("1.234,50 €") << comma << 1234.5;
    QTest::newRow("euro before") << QStringLiteral("€12,30") << comma << 12.3;
    QTest::newRow("pound") << QStringLiteral("£7.99") << point << 7.99;
    QTest::newRow("currency code") << "JPY 1,000" << point << 1000.0;
    QTest::newRow("currency code after") << "12.00 usd" << point << 12.0;
    QTest::newRow("Swiss francs, apostrophe") << "CHF 1'234.50" << unknown << 1234.5;
    QTest::newRow("Swiss, typographic apostrophe") << QStringLiteral("1’234.50") << point << 1234.5;
    QTest::newRow("Swedish kronor after") << "1 234,50 kr" << comma << 1234.5;
    QTest::newRow("Swiss francs abbreviated") << "Fr. 12.50" << unknown << 12.5;
    QTest::newRow("Brazilian real") << "R$ 1.234,56" << unknown << 1234.56;
    QTest::newRow("US dollar written out") << "US$12.00" << unknown << 12.0;
    QTest::newRow("Japanese yen written out") << QStringLiteral("JP¥1,200") << point << 1200.0;
    QTest::newRow("won sign") << QStringLiteral("₩15,000") << point << 15000.0;
    QTest::newRow("rupee sign") << QStringLiteral("₹ 1,499") << point << 1499.0;
    QTest::newRow("Chinese yuan") << QStringLiteral("1,200元") << point << 1200.0;
    QTest::newRow("any ISO code") << "NOK 349,00" << comma << 349.0;
    QTest::newRow("whole euros, dash") << "12,-" << unknown << 12.0;
    QTest::newRow("whole francs, en dash") << QStringLiteral("12.–") << unknown << 12.0;
    QTest::newRow("surrounding spaces") << "  42  " << unknown << 42.0;
    QTest::newRow("ideographic space") << QStringLiteral("\u3000500\u3000") << unknown << 500.0;
    QTest::newRow("minus") << "-1,234.50" << point << -1234.5;
    QTest::newRow("minus after currency") << "$-5.00" << point << -5.0;
    QTest::newRow("minus before currency") << QStringLiteral("-¥500") << unknown << -500.0;
    QTest::newRow("accounting parentheses") << "(1,234.50)" << point << -1234.5;
    QTest::newRow("parentheses with currency") << "($12.00)" << point << -12.0;
    QTest::newRow("trailing minus") << "500-" << unknown << -500.0;
    QTest::newRow("Japanese triangle negative") << QStringLiteral("▲1,000") << point << -1000.0;
    QTest::newRow("Japanese white triangle negative") << QStringLiteral("△500") << unknown << -500.0;
    QTest::newRow("full-width minus") << QStringLiteral("－３００") << unknown << -300.0;
    QTest::newRow("unicode minus") << QStringLiteral("\u2212300") << unknown << -300.0;
    QTest::newRow("plus") << "+7" << unknown << 7.0;
    QTest::newRow("zero") << "0" << unknown << 0.0;
    // Plain decimals take a fast path; these are its edges.
    QTest::newRow("plain decimal, no convention") << "971.96" << unknown << 971.96;
    QTest::newRow("plain decimal in a European column is grouping") << "971.96" << comma << kInvalid;
    QTest::newRow("lone point, three digits, US column") << "1.234" << point << 1.234;
    QTest::newRow("lone point, three digits, European column") << "1.234" << comma << 1234.0;
    QTest::newRow("zeros before a thousands point") << "00.234" << unknown << 234.0;
    QTest::newRow("leading zeros") << "007.5" << point << 7.5;
    QTest::newRow("sixteen digits") << "1234567890123.456" << point << 1234567890123.456;
    QTest::newRow("decimal point without decimals") << "12." << point << kInvalid;

    QTest::newRow("empty") << "" << unknown << kInvalid;
    QTest::newRow("only currency") << QStringLiteral("¥") << unknown << kInvalid;
    QTest::newRow("words") << "twelve" << unknown << kInvalid;
    QTest::newRow("two decimal points") << "1.2.3" << point << kInvalid;
    QTest::newRow("European value in a US column") << "1.234,50" << point << kInvalid;
    QTest::newRow("US value in a European column") << "1,234.50" << comma << kInvalid;
    QTest::newRow("bad grouping") << "12,34,5" << point << kInvalid;
    QTest::newRow("group of two") << "1,23" << point << kInvalid;
    QTest::newRow("trailing separator") << "1,234," << point << kInvalid;
    QTest::newRow("two minus signs") << "--5" << unknown << kInvalid;
    QTest::newRow("exponent") << "1e5" << unknown << kInvalid;
    QTest::newRow("percent") << "5%" << unknown << kInvalid;
    QTest::newRow("letters that are no currency") << "abc 5" << unknown << kInvalid;
    QTest::newRow("lower-case letters that are no code") << "chf 5" << unknown << kInvalid;
}

void TestValueParser::numbers()
{
    QFETCH(QString, text);
    QFETCH(int, separator);
    QFETCH(double, expected);
    const auto value = parseNumber(text, DecimalSeparator(separator));
    if (expected == kInvalid) {
        QVERIFY2(!value, qPrintable(QString::number(value.value_or(0))));
    } else {
        QVERIFY(value);
        QCOMPARE(*value, expected);
    }
}

void TestValueParser::decimalEvidenceOfValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("integer") << "1234" << int(DecimalSeparator::Unknown);
    QTest::newRow("1,234") << "1,234" << int(DecimalSeparator::Unknown);
    QTest::newRow("1.234") << "1.234" << int(DecimalSeparator::Unknown);
    QTest::newRow("12.50") << "12.50" << int(DecimalSeparator::Point);
    QTest::newRow("12,50") << "12,50" << int(DecimalSeparator::Comma);
    QTest::newRow("1,234.5") << "1,234.5" << int(DecimalSeparator::Point);
    QTest::newRow("1.234,5") << "1.234,5" << int(DecimalSeparator::Comma);
    QTest::newRow("1,234,567") << "1,234,567" << int(DecimalSeparator::Point);
    QTest::newRow("1.234.567") << "1.234.567" << int(DecimalSeparator::Comma);
    QTest::newRow("0,125") << "0,125" << int(DecimalSeparator::Comma);
    QTest::newRow("€ 3,5") << QStringLiteral("€ 3,5") << int(DecimalSeparator::Comma);
}

void TestValueParser::decimalEvidenceOfValues()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(int(decimalEvidence(text)), expected);
}

void TestValueParser::decimalSeparatorOfColumn()
{
    DecimalSeparatorDetector european;
    for (const char *v : {"1.234", "980", "12,50", "1.000,00"})
        european.add(QString::fromLatin1(v));
    QCOMPARE(european.separator(), DecimalSeparator::Comma);
    QCOMPARE(parseNumber(u"1.234", european.separator()), 1234.0);

    DecimalSeparatorDetector us;
    for (const char *v : {"1,234", "980", "12.50"})
        us.add(QString::fromLatin1(v));
    QCOMPARE(us.separator(), DecimalSeparator::Point);

    DecimalSeparatorDetector yen;
    for (const char *v : {"1,234", "980", "12,000"})
        yen.add(QString::fromLatin1(v));
    QCOMPARE(yen.separator(), DecimalSeparator::Unknown);
    QCOMPARE(parseNumber(u"12,000", yen.separator()), 12000.0);

    // Whether values read before the verdict need reading again.
    QVERIFY(yen.readsAsUnknown(DecimalSeparator::Point));   // 1,234 is 1234 either way
    QVERIFY(!yen.readsAsUnknown(DecimalSeparator::Comma));  // 1,234 would be 1.234
    QVERIFY(european.readsAsUnknown(DecimalSeparator::Comma)); // 1.234 is 1234 both ways
    DecimalSeparatorDetector plain;
    for (const char *v : {"12,50", "1.000,00", "7"})
        plain.add(QString::fromLatin1(v));
    QVERIFY(plain.readsAsUnknown(DecimalSeparator::Comma));
    QVERIFY(!plain.readsAsUnknown(DecimalSeparator::Point));
}

void TestValueParser::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("order");
    QTest::addColumn<QDate>("expected");

    const int unknown = int(DateOrder::Unknown);
    const int dayFirst = int(DateOrder::DayFirst);
    const int monthFirst = int(DateOrder::MonthFirst);
    const QDate march5(2024, 3, 5);
    QTest::newRow("ISO") << "2024-03-05" << unknown << march5;
    QTest::newRow("ISO with time") << "2024-03-05T14:30:00Z" << unknown << march5;
    QTest::newRow("ISO in a day-first column") << "2024-03-05" << dayFirst << march5;
    QTest::newRow("ISO with space and time") << "2024-03-05 14:30:00" << unknown << march5;
    QTest::newRow("slashes, year first") << "2024/03/05" << unknown << march5;
    QTest::newRow("slashes, no zeros") << "2024/3/5" << unknown << march5;
    QTest::newRow("slashes with time, as Japanese Excel writes") << "2024/3/5 9:05" << unknown << march5;
    QTest::newRow("dots, year first") << "2024.3.5" << unknown << march5;
    QTest::newRow("Japanese") << QStringLiteral("2024年3月5日") << unknown << march5;
    QTest::newRow("Japanese with zeros and time") << QStringLiteral("2024年03月05日 10:00") << unknown << march5;
    QTest::newRow("Reiwa") << QStringLiteral("令和6年3月5日") << unknown << march5;
    QTest::newRow("Reiwa, full-width digits and spaces") << QStringLiteral("令和 ６年 ３月 ５日") << unknown << march5;
    QTest::newRow("Reiwa first year") << QStringLiteral("令和元年5月1日") << unknown << QDate(2019, 5, 1);
    QTest::newRow("Heisei") << QStringLiteral("平成31年4月30日") << unknown << QDate(2019, 4, 30);
    QTest::newRow("Showa") << QStringLiteral("昭和64年1月7日") << unknown << QDate(1989, 1, 7);
    QTest::newRow("era letter with points") << QStringLiteral("R6.3.5") << unknown << march5;
    QTest::newRow("era letter with slashes and time") << QStringLiteral("H31/04/30 9:30") << unknown << QDate(2019, 4, 30);
    QTest::newRow("era letter, lower case") << QStringLiteral("r6-3-5") << unknown << march5;
    QTest::newRow("Japanese full-width") << QStringLiteral("２０２４年３月５日") << unknown << march5;
    QTest::newRow("full-width slashes") << QStringLiteral("２０２４／０３／０５") << unknown << march5;
    QTest::newRow("compact") << "20240305" << unknown << march5;
    QTest::newRow("day month name") << "5 Mar 2024" << unknown << march5;
    QTest::newRow("Excel dd-MMM-yy") << "05-Mar-24" << unknown << march5;
    QTest::newRow("month name first") << "March 5, 2024" << unknown << march5;
    QTest::newRow("ordinal") << "March 5th, 2024" << unknown << march5;
    QTest::newRow("day ordinal first") << "5th March 2024" << unknown << march5;
    QTest::newRow("weekday, RFC 2822") << "Tue, 05 Mar 2024 10:22:33 GMT" << unknown << march5;
    QTest::newRow("German month name") << QStringLiteral("5. März 2024") << unknown << march5;
    QTest::newRow("Austrian January") << QStringLiteral("5. Jänner 2024") << unknown << QDate(2024, 1, 5);
    QTest::newRow("German abbreviation") << QStringLiteral("05. Dez. 2024") << unknown << QDate(2024, 12, 5);
    QTest::newRow("French month name") << QStringLiteral("1er février 2024") << unknown << QDate(2024, 2, 1);
    QTest::newRow("French July") << QStringLiteral("14 juil. 2024") << unknown << QDate(2024, 7, 14);
    QTest::newRow("French, juin or juillet") << "14 jui 2024" << unknown << QDate();
    QTest::newRow("Spanish") << "5 de marzo de 2024" << unknown << march5;
    QTest::newRow("Italian") << "5 mag 2024" << unknown << QDate(2024, 5, 5);
    QTest::newRow("Dutch") << "5 mei 2024" << unknown << QDate(2024, 5, 5);
    QTest::newRow("Portuguese") << QStringLiteral("5 de março de 2024") << unknown << march5;
    QTest::newRow("Japanese with weekday") << QStringLiteral("2024年3月5日(火)") << unknown << march5;
    QTest::newRow("weekday in full-width brackets, time") << QStringLiteral("2024/03/05（火） 10:22") << unknown << march5;
    QTest::newRow("Japanese time") << QStringLiteral("2024年03月05日 10時22分") << unknown << march5;
    QTest::newRow("Japanese afternoon") << QStringLiteral("2024/3/5 午後2:30") << unknown << march5;
    QTest::newRow("Excel's day number") << "45356" << unknown << march5;
    QTest::newRow("US order given") << "3/5/2024" << monthFirst << march5;
    QTest::newRow("day-first order given") << "5/3/2024" << dayFirst << march5;
    QTest::newRow("German dots") << "05.03.2024" << dayFirst << march5;
    QTest::newRow("points are day first") << "05.03.2024" << unknown << march5;
    QTest::newRow("points, month first when told") << "03.05.2024" << monthFirst << march5;
    QTest::newRow("points, two-digit year first or day first") << "24.03.05" << unknown << QDate();
    QTest::newRow("two-digit year") << "3/5/24" << monthFirst << march5;
    QTest::newRow("US with time") << "3/5/2024 10:15 AM" << monthFirst << march5;
    QTest::newRow("unambiguous without order: day first") << "13/3/2024" << unknown << QDate(2024, 3, 13);
    QTest::newRow("unambiguous without order: month first") << "3/13/2024" << unknown << QDate(2024, 3, 13);
    QTest::newRow("same day and month") << "5/5/2024" << unknown << QDate(2024, 5, 5);

    QTest::newRow("two-digit year first") << "24/03/05" << int(DateOrder::YearFirst) << march5;
    QTest::newRow("two-digit year first, points") << "24.3.5" << int(DateOrder::YearFirst) << QDate();
    QTest::newRow("two-digit year first, two-digit parts") << "24.03.05" << int(DateOrder::YearFirst) << march5;
    QTest::newRow("year first cannot be day or month") << "98/12/01" << unknown << QDate(1998, 12, 1);
    QTest::newRow("year first given, year last written") << "13/3/2024" << int(DateOrder::YearFirst)
                                                           << QDate(2024, 3, 13);
    QTest::newRow("day first given, two-digit year") << "05/03/24" << dayFirst << march5;

    QTest::newRow("ambiguous without order") << "3/5/2024" << unknown << QDate();
    QTest::newRow("two-digit year first or last") << "24/03/05" << unknown << QDate();
    QTest::newRow("day first or two-digit year first") << "15/03/24" << unknown << QDate();
    QTest::newRow("year first given, day and month unknown") << "3/5/2024" << int(DateOrder::YearFirst) << QDate();
    QTest::newRow("contradicts the order") << "3/13/2024" << dayFirst << QDate();
    QTest::newRow("no such day") << "2024-02-30" << unknown << QDate();
    QTest::newRow("no such month") << "2024/13/01" << unknown << QDate();
    QTest::newRow("ISO shape with a letter") << "2024-0a-05" << unknown << QDate();
    QTest::newRow("empty") << "" << unknown << QDate();
    QTest::newRow("words") << "yesterday" << unknown << QDate();
    QTest::newRow("mixed separators") << "3/5-2024" << monthFirst << QDate();
    QTest::newRow("number") << "4535" << unknown << QDate();
    QTest::newRow("long number") << "453560" << unknown << QDate();
    QTest::newRow("era date with no such day") << QStringLiteral("令和6年2月30日") << unknown << QDate();
    QTest::newRow("era year alone") << QStringLiteral("令和6年") << unknown << QDate();
    QTest::newRow("era letter and a word") << "Rx.3.5" << unknown << QDate();
    QTest::newRow("era date with trailing text") << QStringLiteral("R6.3.5頃") << unknown << QDate();
    // An era's first year is 元年 (1); there is no year 0 (令和0年 was read as 2018).
    QTest::newRow("Reiwa year 0") << QStringLiteral("令和0年5月1日") << unknown << QDate();
    QTest::newRow("Heisei year 0") << QStringLiteral("平成0年1月8日") << unknown << QDate();
    QTest::newRow("Showa year 0") << QStringLiteral("昭和0年12月25日") << unknown << QDate();
    QTest::newRow("Taisho year 0") << QStringLiteral("大正0年7月30日") << unknown << QDate();
    QTest::newRow("era letter, year 0") << QStringLiteral("R0.5.1") << unknown << QDate();
    QTest::newRow("era letter, year 00") << QStringLiteral("H00/04/30") << unknown << QDate();
    QTest::newRow("all zeros") << "0000-00-00" << unknown << QDate();
    QTest::newRow("all zeros, slashes") << "0000/00/00" << unknown << QDate();
}

void TestValueParser::dates()
{
    QFETCH(QString, text);
    QFETCH(int, order);
    QFETCH(QDate, expected);
    const auto date = parseDate(text, DateOrder(order));
    if (!expected.isValid()) {
        QVERIFY2(!date, qPrintable(date.value_or(QDate()).toString(Qt::ISODate)));
    } else {
        QVERIFY(date);
        QCOMPARE(*date, expected);
    }
}

void TestValueParser::whyNotADate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("30 February") << QStringLiteral("2024-02-30") << QStringLiteral("February 2024 has 29 days");
    QTest::newRow("29 February, no leap year") << QStringLiteral("2023-02-29")
                                              << QStringLiteral("February 2023 has 28 days");
    QTest::newRow("era date, 31 April") << QStringLiteral("令和6年4月31日") << QStringLiteral("April 2024 has 30 days");
    QTest::newRow("month 13") << QStringLiteral("2024-13-01") << QStringLiteral("no month 13");
    QTest::newRow("all zeros") << QStringLiteral("0000-00-00") << QStringLiteral("no year 0");
    QTest::newRow("Reiwa year 0") << QStringLiteral("令和0年5月1日") << QStringLiteral("元年");
    QTest::newRow("era letter, year 0") << QStringLiteral("R0.5.1") << QStringLiteral("元年");
    QTest::newRow("words") << QStringLiteral("yesterday") << QStringLiteral("Not a date");
}

void TestValueParser::whyNotADate()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const QString message = ValueParser::whyNotADate(text);
    QVERIFY2(message.contains(mentions), qPrintable(message));
}

void TestValueParser::dateEvidenceAndAmbiguity_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("evidence");
    QTest::addColumn<bool>("ambiguous");
    QTest::newRow("ISO") << "2024-03-05" << int(DateOrder::Unknown) << false;
    QTest::newRow("3/5/2024") << "3/5/2024" << int(DateOrder::Unknown) << true;
    QTest::newRow("13/5/2024") << "13/5/2024" << int(DateOrder::DayFirst) << false;
    QTest::newRow("5/13/2024") << "5/13/2024" << int(DateOrder::MonthFirst) << false;
    QTest::newRow("5/5/2024") << "5/5/2024" << int(DateOrder::Unknown) << false;
    QTest::newRow("31.12.2024") << "31.12.2024" << int(DateOrder::DayFirst) << false;
    QTest::newRow("24/03/05") << "24/03/05" << int(DateOrder::Unknown) << true;
    QTest::newRow("15/03/24") << "15/03/24" << int(DateOrder::Unknown) << true;
    QTest::newRow("12/31/23") << "12/31/23" << int(DateOrder::MonthFirst) << false;
    QTest::newRow("98/12/01") << "98/12/01" << int(DateOrder::YearFirst) << false;
}

void TestValueParser::dateEvidenceAndAmbiguity()
{
    QFETCH(QString, text);
    QFETCH(int, evidence);
    QFETCH(bool, ambiguous);
    QCOMPARE(int(dateEvidence(text)), evidence);
    QCOMPARE(isAmbiguousDate(text), ambiguous);
}

void TestValueParser::dateOrderOfColumn()
{
    DateOrderDetector european;
    qint64 row = 1;
    for (const char *v : {"03/05/2024", "04/05/2024", "25/05/2024", "01/06/2024"})
        european.add(QString::fromLatin1(v), ++row);
    QCOMPARE(european.order(), DateOrder::DayFirst);
    QVERIFY(!european.isAmbiguous());

    DateOrderDetector us;
    for (const char *v : {"03/05/2024", "12/31/2024", "01/02/2025"})
        us.add(QString::fromLatin1(v), ++row);
    QCOMPARE(us.order(), DateOrder::MonthFirst);

    DateOrderDetector iso;
    for (const char *v : {"2024-03-05", "2024/12/01"})
        iso.add(QString::fromLatin1(v), ++row);
    QCOMPARE(iso.order(), DateOrder::Unknown);
    QVERIFY(!iso.isAmbiguous()); // nothing to ask: every date reads one way
    QVERIFY(iso.readsAsUnknown(DateOrder::DayFirst));

    QVERIFY(!european.readsAsUnknown(DateOrder::DayFirst)); // 03/05/2024 could not be read before
    DateOrderDetector clear;
    clear.add(u"25/05/2024", 2);
    clear.add(u"05/05/2024", 3);
    QVERIFY(clear.readsAsUnknown(DateOrder::DayFirst));
    QVERIFY(!clear.readsAsUnknown(DateOrder::MonthFirst));
}

void TestValueParser::ambiguousColumnIsReportedNotGuessed()
{
    DateOrderDetector detector;
    detector.add(u"05/05/2024", 2);
    detector.add(u"03/05/2024", 3);
    detector.add(u"04/06/2024", 4);
    QCOMPARE(detector.order(), DateOrder::Unknown);
    QVERIFY(detector.isAmbiguous());
    QCOMPARE(detector.ambiguousExample(), QStringLiteral("03/05/2024"));
    QCOMPARE(detector.ambiguousExampleRow(), 3);
    QVERIFY(!parseDate(u"03/05/2024", detector.order()));

    QCOMPARE(dateReadings(u"03/05/2024"), (QList<QDate>{QDate(2024, 5, 3), QDate(2024, 3, 5)}));
    QCOMPARE(dateReadings(u"2024-03-05"), QList<QDate>{QDate(2024, 3, 5)});
    QVERIFY(dateReadings(u"no date").isEmpty());

    // Evidence both ways, equally strong, is no answer either.
    detector.add(u"13/05/2024", 5);
    detector.add(u"05/13/2024", 6);
    QVERIFY(detector.isAmbiguous());
}

// Japanese forms write two-digit years first (24/03/05); read day-first
// that is 24 March 2005, and every such date reads both ways.
void TestValueParser::twoDigitYearFirstIsAskedNotGuessed()
{
    DateOrderDetector japanese;
    japanese.add(u"24/03/05", 2);
    japanese.add(u"24/03/15", 3);
    japanese.add(u"24/12/31", 4);
    QCOMPARE(japanese.order(), DateOrder::Unknown);
    QVERIFY(japanese.isAmbiguous());
    QCOMPARE(japanese.ambiguousExample(), QStringLiteral("24/03/05"));
    QCOMPARE(dateReadings(u"24/03/05"), (QList<QDate>{QDate(2005, 3, 24), QDate(2024, 3, 5)}));
    QVERIFY(!japanese.readsAsUnknown(DateOrder::YearFirst));

    // A year past 31 can only come first.
    japanese.add(u"99/01/02", 5);
    QCOMPARE(japanese.order(), DateOrder::YearFirst);
    QVERIFY(!japanese.isAmbiguous());

    // Day-first with two-digit years is as ambiguous, until a value tells.
    DateOrderDetector british;
    british.add(u"15/03/24", 2);
    british.add(u"05/03/24", 3);
    QVERIFY(british.isAmbiguous());
    british.add(u"31/01/2024", 4);
    QCOMPARE(british.order(), DateOrder::DayFirst);
}

void TestValueParser::dateOrderFromFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("expected"); // -1: not a format
    QTest::newRow("DMY") << "DMY" << int(DateOrder::DayFirst);
    QTest::newRow("MDY") << "MDY" << int(DateOrder::MonthFirst);
    QTest::newRow("dd/mm/yyyy") << "dd/mm/yyyy" << int(DateOrder::DayFirst);
    QTest::newRow("MM/DD/YYYY") << "MM/DD/YYYY" << int(DateOrder::MonthFirst);
    QTest::newRow("strftime") << "%d.%m.%Y" << int(DateOrder::DayFirst);
    QTest::newRow("day-first") << "day-first" << int(DateOrder::DayFirst);
    QTest::newRow("month-first") << "month-first" << int(DateOrder::MonthFirst);
    QTest::newRow("YMD") << "YMD" << int(DateOrder::YearFirst);
    QTest::newRow("yy/mm/dd") << "yy/mm/dd" << int(DateOrder::YearFirst);
    QTest::newRow("strftime year first") << "%y/%m/%d" << int(DateOrder::YearFirst);
    QTest::newRow("year-first") << "year-first" << int(DateOrder::YearFirst);
    QTest::newRow("nonsense") << "xyz" << -1;
}

void TestValueParser::dateOrderFromFormat()
{
    QFETCH(QString, format);
    QFETCH(int, expected);
    const auto order = ValueParser::dateOrderFromFormat(format);
    QCOMPARE(order ? int(*order) : -1, expected);
}

void TestValueParser::currencies_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::newRow("euro after") << QStringLiteral("1.234,50 €") << "EUR";
    QTest::newRow("euro before") << QStringLiteral("€12") << "EUR";
    QTest::newRow("yen") << QStringLiteral("¥1,000") << "JPY";
    QTest::newRow("full-width yen") << QStringLiteral("￥１，０００") << "JPY";
    QTest::newRow("円") << QStringLiteral("1,000円") << "JPY";
    QTest::newRow("Shift_JIS backslash") << QStringLiteral("\\1000") << "JPY";
    QTest::newRow("dollar") << QStringLiteral("-$5.00") << "USD";
    QTest::newRow("pound") << QStringLiteral("£3") << "GBP";
    QTest::newRow("US$") << QStringLiteral("US$ 4") << "USD";
    QTest::newRow("R$") << QStringLiteral("R$ 4,00") << "BRL";
    QTest::newRow("JP¥") << QStringLiteral("JP¥500") << "JPY";
    QTest::newRow("ISO code before") << QStringLiteral("EUR 12.50") << "EUR";
    QTest::newRow("ISO code after") << QStringLiteral("12 CHF") << "CHF";
    QTest::newRow("lower-case code") << QStringLiteral("12 jpy") << "JPY";
    QTest::newRow("kr: which crown?") << QStringLiteral("12 kr") << "";
    QTest::newRow("plain number") << QStringLiteral("1234.50") << "";
    QTest::newRow("empty") << QString() << "";
}

void TestValueParser::currencies()
{
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QCOMPARE(ValueParser::currencyOf(amount), currency);
}

void TestValueParser::currencyOfAColumn()
{
    CurrencyDetector detector;
    QCOMPARE(detector.currency(), QString());
    for (const QString &amount : {QStringLiteral("12,00 €"), QStringLiteral("3"), QStringLiteral("€4"), QStringLiteral("$1")})
        detector.add(amount);
    QCOMPARE(detector.currency(), QStringLiteral("EUR"));
}

QTEST_GUILESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"
