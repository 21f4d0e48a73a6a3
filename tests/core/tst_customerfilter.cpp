// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerfilter.h"

#include <QTest>

Q_DECLARE_METATYPE(Kindred::CustomerFilter)

using namespace Kindred;

class TestCustomerFilter : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
};

void TestCustomerFilter::matches_data()
{
    QTest::addColumn<CustomerFilter>("filter");
    QTest::addColumn<bool>("expected");

    QTest::newRow("empty matches all") << CustomerFilter{} << true;
    QTest::newRow("text in name") << CustomerFilter{QStringLiteral("hanako"), {}, {}, {}, {}, {}} << true;
    QTest::newRow("text in japanese name") << CustomerFilter{QStringLiteral("佐藤"), {}, {}, {}, {}, {}} << true;
    QTest::newRow("text in email") << CustomerFilter{QStringLiteral("SHOP.JP"), {}, {}, {}, {}, {}} << true;
    QTest::newRow("text in tag") << CustomerFilter{QStringLiteral("work"), {}, {}, {}, {}, {}} << true;
    QTest::newRow("phone as written") << CustomerFilter{QStringLiteral("1111-2222"), {}, {}, {}, {}, {}} << true;
    QTest::newRow("phone by its digits") << CustomerFilter{QStringLiteral("0311112222"), {}, {}, {}, {}, {}} << true;
    QTest::newRow("phone in full-width digits")
        << CustomerFilter{QStringLiteral("０３－１１１１"), {}, {}, {}, {}, {}} << true;
    QTest::newRow("other phone") << CustomerFilter{QStringLiteral("03-2222-1111"), {}, {}, {}, {}, {}} << false;
    QTest::newRow("two digits are no phone search") << CustomerFilter{QStringLiteral("31"), {}, {}, {}, {}, {}}
                                                    << false;
    QTest::newRow("text in reading") << CustomerFilter{QStringLiteral("サトウ"), {}, {}, {}, {}, {}} << true;
    QTest::newRow("text in postal code") << CustomerFilter{QStringLiteral("100-0001"), {}, {}, {}, {}, {}} << true;
    QTest::newRow("text in address") << CustomerFilter{QStringLiteral("千代田区"), {}, {}, {}, {}, {}} << true;
    QTest::newRow("text absent") << CustomerFilter{QStringLiteral("zz"), {}, {}, {}, {}, {}} << false;
    QTest::newRow("text in an own field") << CustomerFilter{QStringLiteral("ゴールド"), {}, {}, {}, {}, {}} << true;
    QTest::newRow("not in own field names") << CustomerFilter{QStringLiteral("ランク"), {}, {}, {}, {}, {}} << false;
    QTest::newRow("stage matches") << CustomerFilter{{}, {Stage::Regular, Stage::Core}, {}, {}, {}, {}} << true;
    QTest::newRow("stage differs") << CustomerFilter{{}, {Stage::Prospect}, {}, {}, {}, {}} << false;
    QTest::newRow("one of the tags")
        << CustomerFilter{{}, {}, {QStringLiteral("vip"), QStringLiteral("x")}, {}, {}, {}} << true;
    QTest::newRow("tag missing") << CustomerFilter{{}, {}, {QStringLiteral("wholesale")}, {}, {}, {}} << false;
    QTest::newRow("revenue in range") << CustomerFilter{{}, {}, {}, 100.0, 500.0, {}} << true;
    QTest::newRow("revenue at bounds") << CustomerFilter{{}, {}, {}, 250.0, 250.0, {}} << true;
    QTest::newRow("revenue below") << CustomerFilter{{}, {}, {}, 251.0, {}, {}} << false;
    QTest::newRow("revenue above") << CustomerFilter{{}, {}, {}, {}, 249.0, {}} << false;
    QTest::newRow("reached the step it stands in") << CustomerFilter{{}, {}, {}, {}, {}, Stage::Regular} << true;
    QTest::newRow("reached an earlier step") << CustomerFilter{{}, {}, {}, {}, {}, Stage::FirstTime} << true;
    QTest::newRow("not a later step") << CustomerFilter{{}, {}, {}, {}, {}, Stage::Core} << false;
    QTest::newRow("all parts must hold") << CustomerFilter{QStringLiteral("hanako"), {Stage::Prospect}, {}, {}, {}, {}}
                                         << false;
}

void TestCustomerFilter::matches()
{
    QFETCH(CustomerFilter, filter);
    QFETCH(bool, expected);
    Customer c;
    c.name = QStringLiteral("佐藤 Hanako");
    c.email = QStringLiteral("hanako@shop.jp");
    c.phone = QStringLiteral("(03) 1111-2222");
    c.reading = QStringLiteral("サトウ ハナコ");
    c.postalCode = QStringLiteral("100-0001");
    c.address = QStringLiteral("東京都千代田区千代田1-1\n3F");
    c.tags = {QStringLiteral("VIP"), QStringLiteral("workshop")};
    c.revenue = 250.0;
    c.ownFields = {{QStringLiteral("会員ランク"), QStringLiteral("ゴールド")}};
    QCOMPARE(filter.matches(c, Stage::Regular), expected);
}

QTEST_GUILESS_MAIN(TestCustomerFilter)
#include "tst_customerfilter.moc"
