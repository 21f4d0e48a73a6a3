// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicates/contactmatching.h"

#include <QTest>

using namespace Kindred;

class TestContactMatching : public QObject
{
    Q_OBJECT

private slots:
    void email_data();
    void email();
    void phone_data();
    void phone();
    void sameLine_data();
    void sameLine();
    void callingCode();
};

void TestContactMatching::email_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("tag");
    QTest::newRow("plain") << QStringLiteral(" taro@example.jp ") << QStringLiteral("taro@example.jp") << QString();
    QTest::newRow("case") << QStringLiteral("Taro@Example.JP") << QStringLiteral("taro@example.jp") << QString();
    QTest::newRow("full-width") << QStringLiteral("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ") << QStringLiteral("taro@example.jp")
                                << QString();
    QTest::newRow("gmail dots") << QStringLiteral("Taro.Yamada@gmail.com") << QStringLiteral("taroyamada@gmail.com")
                                << QString();
    QTest::newRow("googlemail") << QStringLiteral("taro.yamada@googlemail.com")
                                << QStringLiteral("taroyamada@gmail.com") << QString();
    QTest::newRow("gmail tag") << QStringLiteral("taro.yamada+shop@gmail.com")
                               << QStringLiteral("taroyamada@gmail.com") << QStringLiteral("+shop");
    QTest::newRow("outlook tag, dots kept") << QStringLiteral("j.mueller+news@outlook.com")
                                            << QStringLiteral("j.mueller@outlook.com") << QStringLiteral("+news");
    QTest::newRow("company server keeps tag and dots") << QStringLiteral("sales+jp@acme.example")
                                                       << QStringLiteral("sales+jp@acme.example") << QString();
    QTest::newRow("carrier dots kept") << QStringLiteral("taro..yamada.@docomo.ne.jp")
                                       << QStringLiteral("taro..yamada.@docomo.ne.jp") << QString();
    QTest::newRow("not an address") << QStringLiteral("none") << QString() << QString();
    QTest::newRow("two @") << QStringLiteral("a@b@example.com") << QString() << QString();
    QTest::newRow("nothing before @") << QStringLiteral("@example.com") << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestContactMatching::email()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, tag);
    const ContactMatching::Email email = ContactMatching::email(text);
    QCOMPARE(email.key, key);
    QCOMPARE(email.tag().toString(), tag);
    QCOMPARE(email.written, text.trimmed());
}

void TestContactMatching::phone_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("defaultCode");
    QTest::addColumn<QString>("callingCode");
    QTest::addColumn<QString>("national");
    QTest::addColumn<bool>("international");
    const QString jp = QStringLiteral("81");
    const QString de = QStringLiteral("49");
    const QString tokyo = QStringLiteral("311112222");
    QTest::newRow("jp international") << QStringLiteral("+81 3-1111-2222") << jp << jp << tokyo << true;
    QTest::newRow("jp national") << QStringLiteral("03-1111-2222") << jp << jp << tokyo << false;
    QTest::newRow("jp digits") << QStringLiteral("0311112222") << jp << jp << tokyo << false;
    QTest::newRow("jp full-width") << QStringLiteral("０３（１１１１）２２２２") << jp << jp << tokyo << false;
    QTest::newRow("jp dialled abroad") << QStringLiteral("010-81-3-1111-2222") << jp << jp << tokyo << true;
    QTest::newRow("jp extension") << QStringLiteral("03-1111-2222 内線 12") << jp << jp << tokyo << false;
    QTest::newRow("jp lost zero") << QStringLiteral("311112222") << jp << QString() << tokyo << false;
    QTest::newRow("jp unknown country") << QStringLiteral("03-1111-2222") << QString() << QString() << tokyo << false;
    QTest::newRow("jp mobile") << QStringLiteral("090-1234-5678") << jp << jp << QStringLiteral("9012345678") << false;
    QTest::newRow("de international") << QStringLiteral("+49 30 123456") << de << de << QStringLiteral("30123456")
                                      << true;
    QTest::newRow("de national") << QStringLiteral("030 123456") << de << de << QStringLiteral("30123456") << false;
    QTest::newRow("de trunk in brackets") << QStringLiteral("+49 (0)30 123456") << QString() << de
                                          << QStringLiteral("30123456") << true;
    QTest::newRow("de dialled with 00") << QStringLiteral("0049 30 123456") << de << de << QStringLiteral("30123456")
                                        << true;
    QTest::newRow("fr international") << QStringLiteral("+33 1 23 45 67 89") << jp << QStringLiteral("33")
                                      << QStringLiteral("123456789") << true;
    QTest::newRow("fr national") << QStringLiteral("01 23 45 67 89") << QStringLiteral("33") << QStringLiteral("33")
                                 << QStringLiteral("123456789") << false;
    QTest::newRow("it keeps its zero") << QStringLiteral("+39 06 1234 5678") << QString() << QStringLiteral("39")
                                       << QStringLiteral("0612345678") << true;
    QTest::newRow("it national") << QStringLiteral("06 1234 5678") << QStringLiteral("39") << QStringLiteral("39")
                                 << QStringLiteral("0612345678") << false;
    QTest::newRow("us") << QStringLiteral("(212) 555-1234") << QStringLiteral("1") << QStringLiteral("1")
                        << QStringLiteral("2125551234") << false;
    QTest::newRow("us trunk 1") << QStringLiteral("1-212-555-1234") << QStringLiteral("1") << QStringLiteral("1")
                                << QStringLiteral("2125551234") << false;
    QTest::newRow("uk three-digit code after") << QStringLiteral("+44 20 7946 0000") << jp << QStringLiteral("44")
                                               << QStringLiteral("2079460000") << true;
    QTest::newRow("ie three-digit code") << QStringLiteral("+353 1 234 5678") << jp << QStringLiteral("353")
                                         << QStringLiteral("12345678") << true;
    QTest::newRow("too short") << QStringLiteral("12345") << jp << QString() << QString() << false;
    QTest::newRow("placeholder") << QStringLiteral("000-0000-0000") << jp << QString() << QString() << false;
    QTest::newRow("placeholder international") << QStringLiteral("+81 9999-9999") << jp << QString() << QString()
                                               << false;
    QTest::newRow("no digits") << QStringLiteral("n/a") << jp << QString() << QString() << false;
    QTest::newRow("empty") << QString() << jp << QString() << QString() << false;
}

void TestContactMatching::phone()
{
    QFETCH(QString, text);
    QFETCH(QString, defaultCode);
    QFETCH(QString, callingCode);
    QFETCH(QString, national);
    QFETCH(bool, international);
    const ContactMatching::Phone phone = ContactMatching::phone(text, defaultCode);
    QCOMPARE(phone.national, national);
    QCOMPARE(phone.callingCode, callingCode);
    QCOMPARE(phone.international, international);
}

void TestContactMatching::sameLine_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("defaultCode");
    QTest::addColumn<bool>("same");
    QTest::newRow("jp with and without code") << QStringLiteral("+81 3-1111-2222") << QStringLiteral("03-1111-2222")
                                              << QStringLiteral("81") << true;
    QTest::newRow("jp country unknown") << QStringLiteral("+81 3-1111-2222") << QStringLiteral("03-1111-2222")
                                        << QString() << true;
    QTest::newRow("de with and without code") << QStringLiteral("+49 30 123456") << QStringLiteral("030 123456")
                                              << QStringLiteral("49") << true;
    QTest::newRow("german number in japan") << QStringLiteral("+49 30 123456") << QStringLiteral("030 123456")
                                            << QStringLiteral("81") << false;
    QTest::newRow("two countries") << QStringLiteral("+49 30 123456") << QStringLiteral("+33 30 123456")
                                   << QString() << false;
    QTest::newRow("other number") << QStringLiteral("03-1111-2222") << QStringLiteral("03-1111-2223")
                                  << QStringLiteral("81") << false;
    QTest::newRow("lost zero") << QStringLiteral("311112222") << QStringLiteral("+81 3 1111 2222")
                               << QStringLiteral("81") << true;
    QTest::newRow("both empty") << QString() << QString() << QStringLiteral("81") << false;
}

void TestContactMatching::sameLine()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, defaultCode);
    QFETCH(bool, same);
    const auto pa = ContactMatching::phone(a, defaultCode);
    const auto pb = ContactMatching::phone(b, defaultCode);
    QCOMPARE(pa.sameLine(pb), same);
    QCOMPARE(pb.sameLine(pa), same);
}

void TestContactMatching::callingCode()
{
    QCOMPARE(ContactMatching::callingCode(QLocale::Japan), QStringLiteral("81"));
    QCOMPARE(ContactMatching::callingCode(QLocale::Germany), QStringLiteral("49"));
    QCOMPARE(ContactMatching::callingCode(QLocale::France), QStringLiteral("33"));
    QCOMPARE(ContactMatching::callingCode(QLocale::UnitedStates), QStringLiteral("1"));
    QCOMPARE(ContactMatching::callingCode(QLocale::AnyTerritory), QString());
}

QTEST_GUILESS_MAIN(TestContactMatching)
#include "tst_contactmatching.moc"
