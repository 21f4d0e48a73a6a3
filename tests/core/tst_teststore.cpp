// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/teststore.h"

#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

// The stores the other tests get: files, or databases on the test server.
class TestTestStore : public QObject
{
    Q_OBJECT

private slots:
    void sqliteStoreIsFileInFolder();
    void sameNameGivesSameStore();
    void postgresStoreIsNewEmptyDatabase();
};

void TestTestStore::sqliteStoreIsFileInFolder()
{
    if (testingPostgres())
        QSKIP("SQLite only");
    QTemporaryDir dir;
    QCOMPARE(testStoreLocation(dir, QStringLiteral("a.kindred")), dir.filePath(QStringLiteral("a.kindred")));
}

void TestTestStore::sameNameGivesSameStore()
{
    QTemporaryDir dir;
    QTemporaryDir other;
    const QString a = testStoreLocation(dir, QStringLiteral("a.kindred"));
    QCOMPARE(testStoreLocation(dir, QStringLiteral("a.kindred")), a);
    QVERIFY(testStoreLocation(dir, QStringLiteral("b.kindred")) != a);
    QVERIFY(testStoreLocation(other, QStringLiteral("a.kindred")) != a);
    QCOMPARE(StoreLocation::parse(a).value().isPostgres(), testingPostgres());
}

void TestTestStore::postgresStoreIsNewEmptyDatabase()
{
    if (!testingPostgres())
        QSKIP("PostgreSQL only");
    QTemporaryDir dir;
    const StoreLocation location = StoreLocation::parse(testStoreLocation(dir, QStringLiteral("a.kindred"))).value();
    QVERIFY(location.database.startsWith(QStringLiteral("kindred_test_")));
    {
        QSqlDatabase db = TestStoreDetail::openPostgres(location, QStringLiteral("check"));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT 1")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("SELECT current_database(), pg_encoding_to_char(encoding) FROM pg_database "
                                          "WHERE datname = current_database()"))
                && query.next());
        QCOMPARE(query.value(0).toString(), location.database);
        QCOMPARE(query.value(1).toString(), QStringLiteral("UTF8"));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"))
                && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        // A table made here is not seen in the database of another store.
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x int)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    const StoreLocation other = StoreLocation::parse(testStoreLocation(dir, QStringLiteral("b.kindred"))).value();
    {
        QSqlDatabase db = TestStoreDetail::openPostgres(other, QStringLiteral("check"));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"))
                && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

QTEST_GUILESS_MAIN(TestTestStore)
#include "tst_teststore.moc"
