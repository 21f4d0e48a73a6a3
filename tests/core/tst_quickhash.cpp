// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickhash.h"

#include <QSet>
#include <QTest>

using namespace Kindred;

class TestQuickHash : public QObject
{
    Q_OBJECT

private slots:
    void equalTextHashesEqually_data();
    void equalTextHashesEqually();
    void idsOfAShopHashApart();
};

void TestQuickHash::equalTextHashesEqually_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("short id") << QStringLiteral("C7");
    QTest::newRow("eight characters") << QStringLiteral("SO-10001");
    QTest::newRow("address") << QStringLiteral("hanako.sato@example.co.jp");
    QTest::newRow("Japanese") << QStringLiteral("髙橋 﨑子");
}

void TestQuickHash::equalTextHashesEqually()
{
    QFETCH(QString, text);
    const QString copy = QString(text.constData(), text.size()); // other memory, same text
    QCOMPARE(quickHash(copy, 42), quickHash(text, 42));
    QVERIFY(quickHash(text, 42) != quickHash(text, 43));
}

// Ids that differ in one character, at the start, the end or past the
// first eight bytes, must land apart, or a hash table degrades to a list.
void TestQuickHash::idsOfAShopHashApart()
{
    constexpr int kIds = 200000;
    QSet<size_t> hashes;
    QSet<size_t> buckets; // the low bits, which pick a table's bucket
    for (int i = 0; i < kIds; ++i) {
        const size_t h = quickHash(QString::number(i), 7);
        hashes.insert(h);
        buckets.insert(h & ((1 << 20) - 1));
        hashes.insert(quickHash(QStringLiteral("customer-%1@example.com").arg(i), 7));
    }
    QCOMPARE(hashes.size(), 2 * kIds);
    // 200,000 random values in 2^20 buckets leave about 181,000 apart.
    QVERIFY2(buckets.size() > 175000, qPrintable(QString::number(buckets.size())));
}

QTEST_GUILESS_MAIN(TestQuickHash)
#include "tst_quickhash.moc"
