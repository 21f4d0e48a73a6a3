// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownfields.h"

#include <QJsonObject>
#include <QTest>

using namespace Kindred;

class TestOwnFields : public QObject
{
    Q_OBJECT

private slots:
    void typeOfAColumn_data();
    void typeOfAColumn();
    void valuesTakeOneForm_data();
    void valuesTakeOneForm();
    void definitionsRoundTrip();
    void valuesRoundTrip();
    void jsonIsTyped();
    void displayedInTheLocale();
    void addDefinitionsKeepsExisting();
    void names();
};

void TestOwnFields::typeOfAColumn_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<OwnFieldType>("type");
    QTest::newRow("words") << QStringList{u"ゴールド"_qs, u"シルバー"_qs, u""_qs} << OwnFieldType::Text;
    QTest::newRow("points") << QStringList{u"1,500"_qs, u"20"_qs, u"３００"_qs} << OwnFieldType::Number;
    QTest::newRow("decimal comma") << QStringList{u"12,5"_qs, u"3,25"_qs} << OwnFieldType::Number;
    QTest::newRow("leading zeros are codes") << QStringList{u"0123"_qs, u"4567"_qs} << OwnFieldType::Text;
    QTest::newRow("phone numbers") << QStringList{u"03-1111-2222"_qs, u"+49 30 123456"_qs} << OwnFieldType::Text;
    QTest::newRow("dates") << QStringList{u"1990/01/02"_qs, u"令和2年5月1日"_qs, u"2001-12-31"_qs}
                           << OwnFieldType::Date;
    QTest::newRow("dates that depend on the order") << QStringList{u"3/5/2024"_qs, u"4/6/2024"_qs}
                                                    << OwnFieldType::Text;
    QTest::newRow("dates with one that tells the order") << QStringList{u"3/5/2024"_qs, u"25/6/2024"_qs}
                                                         << OwnFieldType::Date;
    QTest::newRow("yes and no") << QStringList{u"はい"_qs, u"いいえ"_qs, u"1"_qs} << OwnFieldType::YesNo;
    QTest::newRow("ticks of 1 and 0 are numbers") << QStringList{u"1"_qs, u"0"_qs, u"1"_qs} << OwnFieldType::Number;
    QTest::newRow("mixed") << QStringList{u"12"_qs, u"ask"_qs} << OwnFieldType::Text;
    QTest::newRow("empty") << QStringList{u""_qs, u"  "_qs} << OwnFieldType::Text;
}

void TestOwnFields::typeOfAColumn()
{
    QFETCH(QStringList, values);
    QFETCH(OwnFieldType, type);
    OwnFieldTypeDetector detector;
    for (const QString &value : values)
        detector.add(value);
    QCOMPARE(detector.type(), type);
}

void TestOwnFields::valuesTakeOneForm_data()
{
    QTest::addColumn<OwnFieldType>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("separator");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("expected"); // empty: does not read as the type
    QTest::newRow("grouped number") << OwnFieldType::Number << u"1,500"_qs << int(DecimalSeparator::Point)
                                    << int(DateOrder::Unknown) << u"1500"_qs;
    QTest::newRow("decimal comma") << OwnFieldType::Number << u"12,5"_qs << int(DecimalSeparator::Comma)
                                   << int(DateOrder::Unknown) << u"12.5"_qs;
    QTest::newRow("full-width") << OwnFieldType::Number << u"３００"_qs << int(DecimalSeparator::Unknown)
                                << int(DateOrder::Unknown) << u"300"_qs;
    QTest::newRow("not a number") << OwnFieldType::Number << u"ask"_qs << int(DecimalSeparator::Point)
                                  << int(DateOrder::Unknown) << QString();
    QTest::newRow("zeros are not dropped") << OwnFieldType::Number << u"0123"_qs << int(DecimalSeparator::Point)
                                           << int(DateOrder::Unknown) << QString();
    QTest::newRow("Japanese era") << OwnFieldType::Date << u"平成2年5月1日"_qs << int(DecimalSeparator::Unknown)
                                  << int(DateOrder::Unknown) << u"1990-05-01"_qs;
    QTest::newRow("day first") << OwnFieldType::Date << u"3/5/2024"_qs << int(DecimalSeparator::Unknown)
                               << int(DateOrder::DayFirst) << u"2024-05-03"_qs;
    QTest::newRow("yes") << OwnFieldType::YesNo << u"○"_qs << int(DecimalSeparator::Unknown)
                         << int(DateOrder::Unknown) << u"yes"_qs;
    QTest::newRow("nein") << OwnFieldType::YesNo << u"Nein"_qs << int(DecimalSeparator::Unknown)
                          << int(DateOrder::Unknown) << u"no"_qs;
    QTest::newRow("text is trimmed only") << OwnFieldType::Text << u"  ゴールド会員 "_qs << int(DecimalSeparator::Unknown)
                                          << int(DateOrder::Unknown) << u"ゴールド会員"_qs;
}

void TestOwnFields::valuesTakeOneForm()
{
    QFETCH(OwnFieldType, type);
    QFETCH(QString, text);
    QFETCH(int, separator);
    QFETCH(int, order);
    QFETCH(QString, expected);
    const auto value = OwnFields::normalised(type, text, DecimalSeparator(separator), DateOrder(order));
    QCOMPARE(value.value_or(QString()), expected);
    if (value) // what is kept reads the same when it comes back
        QCOMPARE(OwnFields::normalised(type, *value, DecimalSeparator::Point, DateOrder::YearFirst), value);
}

void TestOwnFields::definitionsRoundTrip()
{
    const QList<OwnFieldDefinition> definitions{{u"会員ランク"_qs, OwnFieldType::Text},
                                                {u"Geburtstag"_qs, OwnFieldType::Date},
                                                {u"Points"_qs, OwnFieldType::Number},
                                                {u"DM可"_qs, OwnFieldType::YesNo}};
    QCOMPARE(ownFieldDefinitionsFromJson(ownFieldDefinitionsToJson(definitions)), definitions);
    QCOMPARE(ownFieldDefinitionsToJson({}), QString());
    QVERIFY(ownFieldDefinitionsFromJson(u"not json"_qs).isEmpty());
    // An unknown type from a later version reads as text rather than losing the field.
    QCOMPARE(ownFieldDefinitionsFromJson(uR"([{"name":"X","type":"colour"}])"_qs),
             (QList<OwnFieldDefinition>{{u"X"_qs, OwnFieldType::Text}}));
}

void TestOwnFields::valuesRoundTrip()
{
    const OwnFieldValues values{{u"会員ランク"_qs, u"ゴールド"_qs}, {u"Note \"x\""_qs, u"a,b\nc"_qs}};
    QCOMPARE(ownFieldValuesFromJson(ownFieldValuesToJson(values)), values);
    QCOMPARE(ownFieldValuesToJson({}), QString());
    QVERIFY(ownFieldValuesFromJson(QString()).isEmpty());
    // Written by another program: read in Kindred's forms, nothing dropped.
    QCOMPARE(ownFieldValuesFromJson(uR"({"Points":500,"Ratio":0.25,"DM":true,"List":[1,"a"],"Gone":null})"_qs),
             (OwnFieldValues{{u"Points"_qs, u"500"_qs}, {u"Ratio"_qs, u"0.25"_qs}, {u"DM"_qs, u"yes"_qs},
                             {u"List"_qs, uR"([1,"a"])"_qs}}));
}

void TestOwnFields::jsonIsTyped()
{
    const QList<OwnFieldDefinition> definitions{{u"Points"_qs, OwnFieldType::Number},
                                                {u"DM"_qs, OwnFieldType::YesNo},
                                                {u"Birthday"_qs, OwnFieldType::Date}};
    const QJsonObject json = OwnFields::toJson({{u"Points"_qs, u"1500"_qs},
                                                {u"DM"_qs, u"yes"_qs},
                                                {u"Birthday"_qs, u"1990-01-02"_qs},
                                                {u"Rank"_qs, u"Gold"_qs},
                                                {u"Zip"_qs, u"0123"_qs}},
                                               definitions);
    QCOMPARE(json.value(u"Points"_qs).toDouble(), 1500.0);
    QVERIFY(json.value(u"Points"_qs).isDouble());
    QCOMPARE(json.value(u"DM"_qs).toBool(), true);
    QCOMPARE(json.value(u"Birthday"_qs).toString(), u"1990-01-02"_qs);
    QCOMPARE(json.value(u"Rank"_qs).toString(), u"Gold"_qs); // no definition: text
    QCOMPARE(json.value(u"Zip"_qs).toString(), u"0123"_qs);
}

void TestOwnFields::displayedInTheLocale()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QCOMPARE(OwnFields::displayed(OwnFieldType::Number, u"1500.5"_qs, german), u"1.500,5"_qs);
    QCOMPARE(OwnFields::displayed(OwnFieldType::Date, u"1990-01-02"_qs, german),
             german.toString(QDate(1990, 1, 2), QLocale::ShortFormat));
    QCOMPARE(OwnFields::displayed(OwnFieldType::YesNo, u"yes"_qs, german), u"Yes"_qs);
    QCOMPARE(OwnFields::displayed(OwnFieldType::Number, u"ask"_qs, german), u"ask"_qs);
}

void TestOwnFields::addDefinitionsKeepsExisting()
{
    QList<OwnFieldDefinition> definitions{{u"Rank"_qs, OwnFieldType::Text}};
    OwnFields::addDefinitions(definitions, {{u"Rank"_qs, OwnFieldType::Number}, {u"Points"_qs, OwnFieldType::Number}});
    QCOMPARE(definitions, (QList<OwnFieldDefinition>{{u"Rank"_qs, OwnFieldType::Text},
                                                     {u"Points"_qs, OwnFieldType::Number}}));
}

void TestOwnFields::names()
{
    QVERIFY(OwnFields::isValidName(u"会員ランク"_qs));
    QVERIFY(!OwnFields::isValidName(u""_qs));
    QVERIFY(!OwnFields::isValidName(u" Rank"_qs));
    QVERIFY(!OwnFields::isValidName(QString(101, u'x')));
}

QTEST_GUILESS_MAIN(TestOwnFields)
#include "tst_ownfields.moc"
