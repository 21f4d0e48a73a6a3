// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hashindex.h"
#include "quickhash.h"

#include <QStringList>
#include <QTest>

using namespace Kindred;

class TestHashIndex : public QObject
{
    Q_OBJECT

private slots:
    void findsWhatWasInserted_data();
    void findsWhatWasInserted();
    void equalTagsAreToldApartByTheirKeys();
    void emptyIndexFindsNothing();
};

namespace {
// Keys with the index of their positions, as the import keeps them.
struct Keyed
{
    QStringList keys;
    HashIndex index;
    qsizetype find(const QString &key) const
    {
        return index.find(quickHash(key, 1), [&](qsizetype i) { return keys.at(i) == key; });
    }
    void add(const QString &key)
    {
        keys.append(key);
        index.insert(quickHash(key, 1), keys.size() - 1);
    }
};
} // namespace

void TestHashIndex::findsWhatWasInserted_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("reserved");
    QTest::newRow("a few") << 5 << 0;
    QTest::newRow("growing many times") << 100000 << 0;
    QTest::newRow("reserved ahead") << 100000 << 100000;
}

void TestHashIndex::findsWhatWasInserted()
{
    QFETCH(int, count);
    QFETCH(int, reserved);
    Keyed keyed;
    keyed.index.reserve(reserved);
    for (int i = 0; i < count; ++i)
        keyed.add(QStringLiteral("C%1").arg(i));
    QCOMPARE(keyed.index.size(), count);
    for (int i = 0; i < count; ++i)
        QCOMPARE(keyed.find(QStringLiteral("C%1").arg(i)), i);
    QCOMPARE(keyed.find(QStringLiteral("C%1").arg(count)), -1);
    QCOMPARE(keyed.find(QStringLiteral("c0")), -1);
}

// Every entry has the same hash: the keys alone tell them apart, and the
// first position inserted for a key is the one found.
void TestHashIndex::equalTagsAreToldApartByTheirKeys()
{
    const QStringList keys = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")};
    HashIndex index;
    for (qsizetype i = 0; i < keys.size(); ++i)
        index.insert(42, i);
    auto find = [&](const QString &key) { return index.find(42, [&](qsizetype i) { return keys.at(i) == key; }); };
    QCOMPARE(find(QStringLiteral("a")), 0);
    QCOMPARE(find(QStringLiteral("b")), 1);
    QCOMPARE(find(QStringLiteral("c")), 3);
    QCOMPARE(find(QStringLiteral("d")), -1);

    index.clear();
    QCOMPARE(index.size(), 0);
    QCOMPARE(find(QStringLiteral("a")), -1);
}

void TestHashIndex::emptyIndexFindsNothing()
{
    const HashIndex index;
    QCOMPARE(index.find(7, [](qsizetype) { return true; }), -1);
}

QTEST_GUILESS_MAIN(TestHashIndex)
#include "tst_hashindex.moc"
