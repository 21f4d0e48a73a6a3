// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QTest>

using namespace Kindred;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void formatWhole();
    void spreadsheetFormat_data();
    void spreadsheetFormat();
    void decimals_data();
    void decimals();
};

void TestMoney::format_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("expected");

    const QString nbsp(QChar(0xa0));
    const QString narrowNbsp(QChar(0x202f));
    QTest::newRow("JPY in English: no decimals") << "JPY" << "en_US" << 1234.4 << QStringLiteral("¥1,234");
    QTest::newRow("JPY in Japanese: the locale's own yen") << "JPY" << "ja_JP" << 1234.5 << QStringLiteral("￥1,235");
    QTest::newRow("EUR in French") << "EUR" << "fr_FR" << 1234.5
                                   << QStringLiteral("1") + narrowNbsp + QStringLiteral("234,50") + nbsp
                                          + QStringLiteral("€");
    QTest::newRow("EUR in German") << "EUR" << "de_DE" << 1234.5 << QStringLiteral("1.234,50") + nbsp + QStringLiteral("€");
    QTest::newRow("USD in American English") << "USD" << "en_US" << 1234.5 << QStringLiteral("$1,234.50");
    QTest::newRow("USD in Japanese") << "USD" << "ja_JP" << 1234.5 << QStringLiteral("$1,234.50");
    QTest::newRow("lower-case code") << "usd" << "en_US" << 2.0 << QStringLiteral("$2.00");
    QTest::newRow("EUR in American English") << "EUR" << "en_US" << 0.5 << QStringLiteral("€0.50");
    QTest::newRow("empty: the locale's, US") << "" << "en_US" << 1234.5 << QStringLiteral("$1,234.50");
    QTest::newRow("empty: the locale's, Japan") << "" << "ja_JP" << 1234.0 << QStringLiteral("￥1,234");
    QTest::newRow("empty: the locale's, France") << "" << "fr_FR" << 3.0
                                                 << QStringLiteral("3,00") + nbsp + QStringLiteral("€");
    QTest::newRow("letters get a space") << "CHF" << "en_US" << 5.0 << QStringLiteral("CHF") + nbsp + QStringLiteral("5.00");
    QTest::newRow("letters after the number") << "CHF" << "de_DE" << 5.0
                                              << QStringLiteral("5,00") + nbsp + QStringLiteral("CHF");
    QTest::newRow("three decimals") << "KWD" << "en_US" << 1.5 << QStringLiteral("KWD") + nbsp + QStringLiteral("1.500");
    QTest::newRow("unknown code") << "XYZ" << "en_US" << 1.0 << QStringLiteral("XYZ") + nbsp + QStringLiteral("1.00");
    QTest::newRow("no negative zero") << "JPY" << "en_US" << -0.4 << QStringLiteral("¥0");
    QTest::newRow("negative, German") << "EUR" << "de_DE" << -2.0 << QStringLiteral("-2,00") + nbsp + QStringLiteral("€");
}

void TestMoney::format()
{
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(double, amount);
    QFETCH(QString, expected);
    QCOMPARE(Money(currency, QLocale(locale)).format(amount), expected);
}

void TestMoney::formatWhole()
{
    QCOMPARE(Money(QStringLiteral("USD"), QLocale(QStringLiteral("en_US"))).formatWhole(25000.0),
             QStringLiteral("$25,000"));
    QCOMPARE(Money(QStringLiteral("JPY"), QLocale(QStringLiteral("en_US"))).formatWhole(25000.0),
             QStringLiteral("¥25,000"));
}

// The number format of money cells in a workbook: the symbol where the locale puts it.
void TestMoney::spreadsheetFormat_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("JPY in Japanese") << "JPY" << "ja_JP" << QStringLiteral("\"￥\"#,##0");
    QTest::newRow("JPY in English") << "JPY" << "en_US" << QStringLiteral("\"¥\"#,##0");
    QTest::newRow("USD") << "USD" << "en_US" << QStringLiteral("\"$\"#,##0.00");
    QTest::newRow("EUR in German: after, spaced") << "EUR" << "de_DE" << QStringLiteral("#,##0.00 \"€\"");
    QTest::newRow("CHF in English: letters spaced") << "CHF" << "en_US" << QStringLiteral("\"CHF\" #,##0.00");
    QTest::newRow("KWD: three decimals") << "KWD" << "en_US" << QStringLiteral("\"KWD\" #,##0.000");
    QTest::newRow("no currency: a plain number") << "" << "C" << QStringLiteral("#,##0.00");
}

void TestMoney::spreadsheetFormat()
{
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(Money(currency, QLocale(locale)).spreadsheetFormat(), expected);
}

void TestMoney::decimals_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("decimals");
    QTest::newRow("JPY") << "JPY" << 0;
    QTest::newRow("KRW") << "KRW" << 0;
    QTest::newRow("EUR") << "EUR" << 2;
    QTest::newRow("USD") << "USD" << 2;
    QTest::newRow("KWD") << "KWD" << 3;
    QTest::newRow("unknown") << "XYZ" << 2;
}

void TestMoney::decimals()
{
    QFETCH(QString, currency);
    QFETCH(int, decimals);
    QCOMPARE(Money::decimalsOf(currency), decimals);
    QCOMPARE(Money(currency, QLocale(QStringLiteral("en_US"))).decimals(), decimals);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
