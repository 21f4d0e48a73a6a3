// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/teststore.h"

#include "store/customerstore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

// What a store shared by several people adds: who changed what, revisions,
// other clients' changes arriving, and a PostgreSQL database's own checks.
class TestTeamStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void recordsWhoChangedWhat();
    void restoredIdsLeaveRoomForNewOnes();
    void otherClientsChangesArrive();
    void importIsInvisibleUntilCommitted();
    void refusesDatabaseThatIsNotAStore();
    void refusesEmptyDatabaseUnlessCreating();
    void refusesNewerTeamStore();
    void errorsNeverShowThePassword();

private:
    static Customer customer(const QString &externalId, const QString &name);
    QTemporaryDir m_dir;
    QString m_location;
};

void TestTeamStore::init()
{
    m_location = testStoreLocation(m_dir, QStringLiteral("%1.kindred").arg(QTest::currentTestFunction()));
}

Customer TestTeamStore::customer(const QString &externalId, const QString &name)
{
    Customer c;
    c.externalId = externalId;
    c.name = name;
    return c;
}

#define REQUIRE_POSTGRES()                                                                                             \
    do {                                                                                                               \
        if (!testingPostgres())                                                                                        \
            QSKIP("PostgreSQL only: a SQLite file is one person's store, locked while open");                        \
    } while (false)

void TestTeamStore::recordsWhoChangedWhat()
{
    CustomerStore store;
    QCOMPARE(store.open(m_location, CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    QVERIFY(!store.userName().isEmpty());
    store.setUserName(QStringLiteral("aiko"));
    Customer c = customer(QStringLiteral("C1"), QStringLiteral("佐藤 花子"));
    c.id = store.addCustomer(c).value();
    c = store.customer(c.id).value();
    QCOMPARE(c.updatedBy, QStringLiteral("aiko"));
    const qint64 firstRevision = c.revision;

    store.setUserName(QStringLiteral("louis"));
    c.valueFit = 80;
    c.valueAwareness = 20;
    QCOMPARE(store.updateCustomer(c), std::nullopt);
    const Customer saved = store.customer(c.id).value();
    QCOMPARE(saved.updatedBy, QStringLiteral("louis"));
    QCOMPARE(saved.revision, firstRevision + 1);
    const QList<ScoreChange> history = store.scoreHistory(c.id).value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.constFirst().changedBy, QStringLiteral("louis"));

    // An import's new customers are recorded as its user's too.
    store.setUserName(QStringLiteral("mei"));
    ImportBatch batch;
    batch.newCustomers.append(customer(QStringLiteral("C2"), QStringLiteral("王 美")));
    QVERIFY(store.importBatch(batch).ok());
    QCOMPARE(store.findCustomer(QStringLiteral("C2")).value().updatedBy, QStringLiteral("mei"));
}

void TestTeamStore::restoredIdsLeaveRoomForNewOnes()
{
    CustomerStore store;
    QCOMPARE(store.open(m_location, CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    QList<Customer> customers{customer(QStringLiteral("A"), QStringLiteral("Ann")),
                              customer(QStringLiteral("B"), QStringLiteral("Ben"))};
    QCOMPARE(store.addCustomers(customers), std::nullopt);
    QList<Order> orders{{0, customers.at(1).id, QStringLiteral("O1"), QDate(2026, 1, 5), 120.0}};
    QCOMPARE(store.addOrders(orders), std::nullopt);
    const auto removed = store.removeCustomers({customers.at(1).id});
    QVERIFY(removed.ok());
    QCOMPARE(store.restoreCustomers(removed.value()), std::nullopt);
    QCOMPARE(store.customer(customers.at(1).id).value().revenue, 120.0);

    // New rows after the restore take ids past the restored ones.
    const auto added = store.addCustomer(customer(QStringLiteral("C"), QStringLiteral("Cleo")));
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
    QVERIFY(added.value() > customers.at(1).id);
    QList<Order> more{{0, added.value(), QStringLiteral("O2"), QDate(2026, 2, 1), 10.0}};
    QCOMPARE(store.addOrders(more), std::nullopt);
    QVERIFY(more.constFirst().id > orders.constFirst().id);
}

void TestTeamStore::otherClientsChangesArrive()
{
    REQUIRE_POSTGRES();
    CustomerStore mine;
    CustomerStore theirs;
    QCOMPARE(mine.open(m_location, CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    QCOMPARE(theirs.open(m_location), std::nullopt);

    QSignalSpy added(&mine, &CustomerStore::customersAdded);
    QSignalSpy changed(&mine, &CustomerStore::customersChanged);
    QSignalSpy removed(&mine, &CustomerStore::customersRemoved);
    QSignalSpy settings(&mine, &CustomerStore::settingsChanged);
    QSignalSpy shortlist(&mine, &CustomerStore::shortlistChanged);
    QSignalSpy ownChanges(&theirs, &CustomerStore::customersChanged);

    Customer c = customer(QStringLiteral("C1"), QStringLiteral("Chloé Martin"));
    c.id = theirs.addCustomer(c).value();
    QTRY_COMPARE(added.size(), 1);
    QCOMPARE(added.constFirst().constFirst().value<QList<CustomerId>>(), QList<CustomerId>{c.id});

    c.valueFit = 90;
    c.valueAwareness = 75;
    QCOMPARE(theirs.updateCustomer(c), std::nullopt);
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().value<QList<CustomerId>>(), QList<CustomerId>{c.id});
    QCOMPARE(mine.customer(c.id).value().valueFit, std::optional<double>(90));
    // A store hears its own changes once, from itself, not again from the server.
    QTest::qWait(100);
    QCOMPARE(ownChanges.size(), 1);

    WorkspaceSettings s = theirs.settings();
    s.oneToOneCapacity = 7;
    QCOMPARE(theirs.setSettings(s), std::nullopt);
    QTRY_COMPARE(settings.size(), 1);
    QCOMPARE(mine.settings().oneToOneCapacity, 7);

    QCOMPARE(theirs.setShortlistMarks({{c.id, 0, false}}), std::nullopt);
    QTRY_COMPARE(shortlist.size(), 1);

    QVERIFY(theirs.removeCustomers({c.id}).ok());
    QTRY_COMPARE(removed.size(), 1);
    QVERIFY(!mine.customer(c.id).ok());
}

void TestTeamStore::importIsInvisibleUntilCommitted()
{
    REQUIRE_POSTGRES();
    CustomerStore importer;
    CustomerStore reader;
    QCOMPARE(importer.open(m_location, CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    QCOMPARE(reader.open(m_location), std::nullopt);
    QSignalSpy reset(&reader, &CustomerStore::customersReset);

    ImportBatch batch;
    for (int i = 0; i < 1200; ++i) {
        batch.newCustomers.append(customer(QStringLiteral("N%1").arg(i), QStringLiteral("Name %1").arg(i)));
        batch.orders.append({0, i, QStringLiteral("O%1").arg(i), QString(), QDate(2026, 3, 1), 10.0});
    }
    // While the import writes, another client sees none of it.
    QList<qint64> seenDuringImport;
    WriteControl control;
    control.progress = [&](qint64, qint64) { seenDuringImport.append(reader.totals().value().orders); };
    const auto counts = importer.importBatch(batch, control);
    QVERIFY2(counts.ok(), counts.ok() ? "" : qPrintable(counts.error().message));
    QCOMPARE(counts.value().ordersAdded, 1200);
    QVERIFY(!seenDuringImport.isEmpty());
    QCOMPARE(seenDuringImport, QList<qint64>(seenDuringImport.size(), 0));
    // Then all of it, and the other client is told to reload.
    QCOMPARE(reader.totals().value().orders, 1200);
    QCOMPARE(reader.totals().value().customers, 1200);
    QTRY_COMPARE(reset.size(), 1);
}

void TestTeamStore::refusesDatabaseThatIsNotAStore()
{
    REQUIRE_POSTGRES();
    {
        QSqlDatabase db = TestStoreDetail::openPostgres(StoreLocation::parse(m_location).value(), QStringLiteral("other"));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE invoices (id int)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    CustomerStore store;
    const Status refused = store.open(m_location, CustomerStore::OpenMode::CreateIfMissing);
    QVERIFY(refused);
    QVERIFY2(refused->message.contains(QStringLiteral("not a Kindred store")), qPrintable(refused->message));
    QVERIFY(!store.isOpen());
}

void TestTeamStore::refusesEmptyDatabaseUnlessCreating()
{
    REQUIRE_POSTGRES();
    CustomerStore store;
    QVERIFY(store.open(m_location));
    QCOMPARE(store.open(m_location, CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    QCOMPARE(store.schemaVersion(), CustomerStore::latestSchemaVersion());
    QVERIFY(store.isTeamStore());
}

void TestTeamStore::refusesNewerTeamStore()
{
    REQUIRE_POSTGRES();
    {
        CustomerStore store;
        QCOMPARE(store.open(m_location, CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    }
    {
        QSqlDatabase db = TestStoreDetail::openPostgres(StoreLocation::parse(m_location).value(), QStringLiteral("newer"));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE kindred_meta SET value = '99' WHERE key = 'schema_version'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    CustomerStore store;
    const Status refused = store.open(m_location);
    QVERIFY(refused);
    QVERIFY2(refused->message.contains(QStringLiteral("newer version")), qPrintable(refused->message));
}

void TestTeamStore::errorsNeverShowThePassword()
{
    REQUIRE_POSTGRES();
    StoreLocation location = StoreLocation::parse(m_location).value();
    location.password = QStringLiteral("s3cret-pw"); // the test server trusts every login
    CustomerStore store;
    QCOMPARE(store.open(location.toString(StoreLocation::Password::Included), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    QVERIFY(store.path().contains(QStringLiteral("s3cret-pw"))); // for a second connection only
    QVERIFY(!store.locationText().contains(QStringLiteral("s3cret-pw")));
    const auto missing = store.customer(424242);
    QVERIFY(!missing.ok());
    QVERIFY(!missing.error().toString().contains(QStringLiteral("s3cret-pw")));
    Customer c = customer(QStringLiteral("X"), QStringLiteral("Xavier"));
    c.id = 424242;
    const Status failed = store.updateCustomer(c);
    QVERIFY(failed);
    QVERIFY(!failed->toString().contains(QStringLiteral("s3cret-pw")));
}

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_teamstore.moc"
