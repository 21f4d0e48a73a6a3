// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontext.h"

#include "../common/trickyvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace Kindred;

class TestJsonText : public QObject
{
    Q_OBJECT

private slots:
    void writesWhatQtWrites_data();
    void writesWhatQtWrites();
    void loneSurrogatesAndControlCharacters();
};

namespace {
QByteArray written(const QJsonValue &json)
{
    QByteArray out;
    IndentedJsonText(out).value(json);
    return out;
}

QByteArray qtWrites(const QJsonValue &json)
{
    return json.isArray() ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Indented)
                          : QJsonDocument(json.toObject()).toJson(QJsonDocument::Indented);
}
} // namespace

void TestJsonText::writesWhatQtWrites_data()
{
    QTest::addColumn<QJsonValue>("json");
    QJsonArray tricky;
    for (const KindredTest::TrickyValue &t : KindredTest::trickyValues())
        tricky.append(t.value);
    QTest::newRow("tricky strings") << QJsonValue(tricky);
    QTest::newRow("empty array") << QJsonValue(QJsonArray());
    QTest::newRow("empty object") << QJsonValue(QJsonObject());
    QTest::newRow("numbers") << QJsonValue(QJsonArray{0, -0.0, 0.1, 3978.45, 1e21, -2.5e-7, 1e300, qint64(1) << 53,
                                                      std::numeric_limits<double>::quiet_NaN(),
                                                      std::numeric_limits<double>::infinity(), 11, -7});
    QTest::newRow("nested") << QJsonValue(QJsonArray{
        QJsonObject{{u"id"_qs, 1},
                    {u"tags"_qs, QJsonArray{u"VIP"_qs, u"ゴールド"_qs}},
                    {u"fields"_qs, QJsonObject{{u"会員ランク"_qs, u"ゴールド"_qs}, {u"Points"_qs, 1500.5}}},
                    {u"none"_qs, QJsonArray()},
                    {u"empty"_qs, QJsonObject()},
                    {u"fit"_qs, QJsonValue::Null},
                    {u"ok"_qs, true}},
        QJsonArray{QJsonArray{1, 2}, QJsonObject{{u"a"_qs, false}}}});
}

void TestJsonText::writesWhatQtWrites()
{
    QFETCH(QJsonValue, json);
    QCOMPARE(written(json), qtWrites(json));
}

void TestJsonText::loneSurrogatesAndControlCharacters()
{
    QString odd;
    for (char16_t unit : {char16_t(0xd800), char16_t(u'x'), char16_t(0xdc00), char16_t(0x1), char16_t(0x1f),
                          char16_t(0x7f), char16_t(0x2028)})
        odd += QChar(unit);
    odd += u"😀"_qs;
    const QJsonValue json(QJsonArray{odd, QJsonObject{{odd, odd}}});
    QCOMPARE(written(json), qtWrites(json));
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
