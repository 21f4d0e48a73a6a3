// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/customerstore.h"
#include "csvimporter.h"
#include "workspacecontent.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "../common/teststore.h"

using namespace Kindred;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

Customer makeCustomer(const QString &externalId, const QString &name)
{
    Customer c;
    c.externalId = externalId;
    c.name = name;
    c.email = name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@example.com");
    // Own fields ride along on every path a customer takes through the store.
    c.ownFields = {{QStringLiteral("会員ランク"), QStringLiteral("ゴールド")},
                   {QStringLiteral("Notiz \"A, B\""), name + QStringLiteral("\nzweite Zeile")}};
    return c;
}

Customer withContactDetails(Customer c)
{
    c.phone = QStringLiteral("+81 3-1111-2222");
    c.reading = QStringLiteral("サトウ ハナコ");
    c.postalCode = QStringLiteral("〒100-0001");
    c.address = QStringLiteral("東京都千代田区千代田1-1\nさくらビル 3F");
    return c;
}

void compareContactDetails(const Customer &actual, const Customer &expected)
{
    QCOMPARE(actual.phone, expected.phone);
    QCOMPARE(actual.reading, expected.reading);
    QCOMPARE(actual.postalCode, expected.postalCode);
    QCOMPARE(actual.address, expected.address);
}
} // namespace

class TestCustomerStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void freshStoreHasLatestSchema();
    void freshFileIsMarkedAndInWalMode();
    void secondConnectionOpensNewStore();
    void upgradesFromVersionOne();
    void upgradesToContactDetails();
    void refusesNewerStore();
    void refusesFileThatIsNotAStore_data();
    void refusesFileThatIsNotAStore();
    void refusesDamagedStore();
    void refusesUnreadableSettingsUntouched_data();
    void refusesUnreadableSettingsUntouched();
    void refusesStoreLockedByAnotherProcess();
    void waitsForACommandThatHoldsTheStore();
    void missingStoreIsNotCreatedWhenOpening();
    void opensStoreKilledBeforeCheckpoint();
    void takesOverLockLeftEmptyByKilledProgram();
    void addUpdateDelete();
    void savesOnlyTheFieldsAChangeNames();
    void contactDetailsRoundTrip();
    void contactDetailsSaveOneByOne();
    void failedBatchLeavesNothing();
    void ownFieldsOnEveryWritePath();
    void importOfDeletedCustomersOrdersLeavesNothing();
    void importedOrdersFollowTheirCustomersOut();
    void ordersUpdateDerivedFigures();
    void removeAndRestoreKeepsOrders();
    void replaceSwapsCustomersBackAndForth();
    void scoreChangesAreRecorded();
    void settingsPersist();
    void asOfChoicePersists_data();
    void asOfChoicePersists();
    void settingsWithEmptyTextPersist();
    void changesAreAnnounced();
    void openingAnnouncesTheNewStore();
    void externalChangeHandsOverTheCustomersRead();
    void revisionsOfMany();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name = QStringLiteral("store.kindred")) const { return m_dir->filePath(name); }
    QString location(const QString &name = QStringLiteral("store.kindred")) const
    {
        return testStoreLocation(*m_dir, name);
    }
    /// Adds customer A1 to the closed store at location() with only the
    /// columns of version 1, as an older Kindred would.
    bool insertAnnAsOlderVersion() const;
};

bool TestCustomerStore::insertAnnAsOlderVersion() const
{
    bool inserted = false;
    {
        QSqlDatabase db;
        if (testingPostgres()) {
            db = TestStoreDetail::openPostgres(StoreLocation::parse(location()).value(), QStringLiteral("old"));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path());
            db.open();
        }
        QSqlQuery q(db);
        inserted = q.exec(QStringLiteral("INSERT INTO customers (external_id, name, created_at, updated_at) VALUES "
                                         "('A1', 'Ann Lee', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"));
        // The columns of contact details are not there yet.
        inserted = inserted && !q.exec(QStringLiteral("SELECT phone FROM customers"));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    return inserted;
}

void TestCustomerStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCustomerStore::secondConnectionOpensNewStore()
{
    // As an import on a worker thread does while the window keeps its store open.
    CustomerStore first;
    QCOMPARE(first.open(location(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    CustomerStore second;
    const Status opened = second.open(location());
    QVERIFY2(!opened, qPrintable(opened ? opened->toString() : QString()));
    QCOMPARE(second.schemaVersion(), CustomerStore::latestSchemaVersion());
}

void TestCustomerStore::freshStoreHasLatestSchema()
{
    CustomerStore store;
    QCOMPARE(store.open(location(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    QCOMPARE(store.schemaVersion(), CustomerStore::latestSchemaVersion());
    QVERIFY(store.customers().value().isEmpty());
}

void TestCustomerStore::freshFileIsMarkedAndInWalMode()
{
    KINDRED_SKIP_ON_POSTGRES("application_id and the journal mode are settings of the file");
    {
        CustomerStore store;
        QCOMPARE(store.open(path(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(path());
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toUInt(), CustomerStore::applicationId());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    q = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestCustomerStore::upgradesFromVersionOne()
{
    {
        CustomerStore old;
        QCOMPARE(old.openAtVersion(location(), 1), std::nullopt);
        QCOMPARE(old.schemaVersion(), 1);
    }
    // A row as version 1 wrote it: today's code writes columns of later versions.
    QVERIFY(insertAnnAsOlderVersion());
    CustomerStore store;
    QCOMPARE(store.open(location()), std::nullopt);
    QCOMPARE(store.schemaVersion(), CustomerStore::latestSchemaVersion());
    const auto customers = store.customers();
    QVERIFY(customers.ok());
    QCOMPARE(customers.value().size(), 1);
    QCOMPARE(customers.value().constFirst().name, QStringLiteral("Ann Lee"));
    // The table added by version 2 works.
    Customer c = customers.value().constFirst();
    c.valueFit = 70;
    c.valueAwareness = 30;
    QCOMPARE(store.updateCustomer(c), std::nullopt);
    QCOMPARE(store.scoreHistory(c.id).value().size(), 1);
}

// A store of the version before contact details: its customers have none
// and get them as any other field.
void TestCustomerStore::upgradesToContactDetails()
{
    const int before = 5; // the last version without them
    {
        CustomerStore old;
        QCOMPARE(old.openAtVersion(location(), before), std::nullopt);
        QCOMPARE(old.schemaVersion(), before);
    }
    QVERIFY(insertAnnAsOlderVersion());
    CustomerStore store;
    QCOMPARE(store.open(location()), std::nullopt);
    QCOMPARE(store.schemaVersion(), CustomerStore::latestSchemaVersion());
    const Customer ann = store.findCustomer(QStringLiteral("A1")).value();
    const CustomerId id = ann.id;
    QCOMPARE(ann.name, QStringLiteral("Ann Lee"));
    compareContactDetails(ann, Customer());
    const Customer expected = withContactDetails(ann);
    QCOMPARE(store.updateCustomer(expected), std::nullopt);
    compareContactDetails(store.customer(id).value(), expected);
}

void TestCustomerStore::refusesNewerStore()
{
    KINDRED_SKIP_ON_POSTGRES("PRAGMA user_version marks the newer version; the file is compared byte for byte");
    {
        CustomerStore store;
        QCOMPARE(store.open(path(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(CustomerStore::latestSchemaVersion() + 1)));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    const QByteArray before = fileHash(path());

    CustomerStore store;
    const Status error = store.open(path());
    QVERIFY(error);
    QVERIFY2(error->message.contains(QStringLiteral("newer version")), qPrintable(error->message));
    QCOMPARE(error->file, path());
    QVERIFY(!store.isOpen());
    QCOMPARE(fileHash(path()), before);
}

void TestCustomerStore::refusesFileThatIsNotAStore_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("name,email\nAnn,ann@example.com\n");
    QTest::newRow("short binary") << QByteArray("\x00\x01\x02", 3);
    QTest::newRow("truncated sqlite header") << QByteArray("SQLite format 3\0", 16);
}

void TestCustomerStore::refusesFileThatIsNotAStore()
{
    KINDRED_SKIP_ON_POSTGRES("a file of other content is not a SQLite database");
    QFETCH(QByteArray, content);
    QFile file(path(QStringLiteral("notes.kindred")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    CustomerStore store;
    const Status error = store.open(file.fileName());
    QVERIFY(error);
    QVERIFY2(error->message.contains(QStringLiteral("not a Kindred store")), qPrintable(error->message));
    QCOMPARE(fileHash(file.fileName()), QCryptographicHash::hash(content, QCryptographicHash::Sha256));
}

void TestCustomerStore::refusesDamagedStore()
{
    KINDRED_SKIP_ON_POSTGRES("the damage is done to the file's pages");
    {
        CustomerStore store;
        QCOMPARE(store.open(path(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
        QList<Customer> many;
        for (int i = 0; i < 500; ++i)
            many.append(makeCustomer(QStringLiteral("X%1").arg(i), QStringLiteral("Person %1").arg(i)));
        QCOMPARE(store.addCustomers(many), std::nullopt);
    }
    // Overwrite a page in the middle of the file, after the header.
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 8192);
    file.seek(4096);
    file.write(QByteArray(4096, '\xA5'));
    file.close();
    const QByteArray before = fileHash(path());

    CustomerStore store;
    const Status error = store.open(path());
    QVERIFY(error);
    QVERIFY2(error->message.contains(QStringLiteral("damaged")), qPrintable(error->message));
    QCOMPARE(fileHash(path()), before);
}

void TestCustomerStore::refusesUnreadableSettingsUntouched_data()
{
    QTest::addColumn<int>("schemaVersion");
    QTest::newRow("latest version") << CustomerStore::latestSchemaVersion();
    QTest::newRow("needs an upgrade") << CustomerStore::latestSchemaVersion() - 1;
}

// Found by fuzz_openstore: a store in rollback-journal mode (as another SQLite
// tool may leave it) whose settings could not be read was refused, but only
// after it had been switched to WAL.
void TestCustomerStore::refusesUnreadableSettingsUntouched()
{
    KINDRED_SKIP_ON_POSTGRES("the store is altered through SQLite and the file compared byte for byte");
    QFETCH(int, schemaVersion);
    {
        CustomerStore store;
        QCOMPARE(store.open(path(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE settings RENAME COLUMN value TO v")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion)));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    const QByteArray before = fileHash(path());

    CustomerStore store;
    const Status error = store.open(path());
    QVERIFY(error);
    QVERIFY(!store.isOpen());
    QCOMPARE(fileHash(path()), before);
}

void TestCustomerStore::refusesStoreLockedByAnotherProcess()
{
    KINDRED_SKIP_ON_POSTGRES("the lock is a file next to the store");
    {
        CustomerStore store;
        QCOMPARE(store.open(path(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    }
    // A live process of another program holds the lock file.
    QProcess holder;
    holder.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    QVERIFY(holder.waitForStarted());
    QFile lock(path() + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(holder.processId()) + "\nsleep\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();

    CustomerStore store;
    const Status error = store.open(path());
    QVERIFY(error);
    QVERIFY2(error->message.contains(QStringLiteral("in use")), qPrintable(error->message));
    QVERIFY(error->message.contains(QString::number(holder.processId())));

    holder.kill();
    holder.waitForFinished();
    // Its owner is gone: the stale lock is taken over.
    QCOMPARE(store.open(path()), std::nullopt);
}

// Commands follow each other on a store: one that finds another command
// holding it waits its turn, an import's own connections included; a window
// (here any other program) is not waited for.
void TestCustomerStore::waitsForACommandThatHoldsTheStore()
{
    KINDRED_SKIP_ON_POSTGRES("the lock is a file next to the store");
    {
        CustomerStore store;
        QCOMPARE(store.open(path(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    }
    // A process named kindred-cli holds the lock for a second.
    const QString command = path(QStringLiteral("kindred-cli"));
    QVERIFY(QFile::copy(QStringLiteral("/bin/sleep"), command));
    QProcess holder;
    holder.start(command, {QStringLiteral("1")});
    QVERIFY(holder.waitForStarted());
    QFile lock(path() + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(holder.processId()) + "\nkindred-cli\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();

    CustomerStore impatient;
    QVERIFY(impatient.open(path()));

    const QString file = path(QStringLiteral("list.csv"));
    QFile list(file);
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write("Customer ID,Name\nA1,Ann\n");
    list.close();
    ImportOptions options;
    options.settings.kind = ImportKind::Customers;
    options.waitForOtherCommands = std::chrono::seconds(20);
    QElapsedTimer waited;
    waited.start();
    const auto imported = CsvImporter(path(), file, options).run();
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().toString()));
    QCOMPARE(imported.value().customersCreated, 1);
    QVERIFY(holder.state() == QProcess::NotRunning || holder.waitForFinished(0));
    QVERIFY2(waited.elapsed() >= 300, "the import did not wait for the command");
}

void TestCustomerStore::missingStoreIsNotCreatedWhenOpening()
{
    CustomerStore store;
    const Status error = store.open(location(QStringLiteral("missing.kindred")));
    QVERIFY(error);
    // On PostgreSQL the store's database exists, but stays empty.
    if (testingPostgres())
        QCOMPARE(testStoreSchema(location(QStringLiteral("missing.kindred"))), QString());
    else
        QVERIFY(!QFile::exists(path(QStringLiteral("missing.kindred"))));
}

// Found by tst_crashsafety: a program killed after creating a store left its
// schema in the write-ahead log only; the main file's header had no Kindred
// mark yet, so the store was refused as "not a Kindred store".
void TestCustomerStore::opensStoreKilledBeforeCheckpoint()
{
    KINDRED_SKIP_ON_POSTGRES("SQLite's write-ahead log");
    CustomerStore creator;
    QCOMPARE(creator.open(path(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    QVERIFY(creator.addCustomer(makeCustomer(QStringLiteral("A1"), QStringLiteral("Ann Lee"))).ok());
    // The files as a kill would leave them: the log not yet checkpointed.
    const QString copy = path(QStringLiteral("killed.kindred"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal")})
        QVERIFY(QFile::copy(path() + suffix, copy + suffix));
    creator.close();

    CustomerStore store;
    const Status error = store.open(copy);
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    QCOMPARE(store.schemaVersion(), CustomerStore::latestSchemaVersion());
    QCOMPARE(store.customers().value().size(), 1);
}

// Found by tst_crashsafety: a program killed while taking the lock left an
// empty lock file, which nobody could take over.
void TestCustomerStore::takesOverLockLeftEmptyByKilledProgram()
{
    KINDRED_SKIP_ON_POSTGRES("the lock is a file next to the store");
    {
        CustomerStore store;
        QCOMPARE(store.open(path(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    }
    QFile lock(path() + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.close();
    CustomerStore store;
    const Status error = store.open(path());
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
}

void TestCustomerStore::addUpdateDelete()
{
    CustomerStore store;
    QCOMPARE(store.open(location(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    Customer ann = makeCustomer(QStringLiteral("A1"), QStringLiteral("Ann Lee"));
    ann.tags = {QStringLiteral("vip"), QStringLiteral("イベント")};
    ann.nextActionDue = QDate(2026, 12, 1);
    const auto id = store.addCustomer(ann);
    QVERIFY(id.ok());

    Customer stored = store.customer(id.value()).value();
    QCOMPARE(stored.name, ann.name);
    QCOMPARE(stored.tags, ann.tags);
    QCOMPARE(stored.nextActionDue, ann.nextActionDue);
    QVERIFY(!stored.valueFit);
    QVERIFY(stored.created.isValid());

    stored.name = QStringLiteral("佐藤　花子");
    stored.company = QStringLiteral("株式会社さくら");
    stored.handSetStage = Stage::Core;
    stored.pinned = true;
    QCOMPARE(store.updateCustomer(stored), std::nullopt);
    const Customer updated = store.customer(id.value()).value();
    QVERIFY(updated.sameEditableFields(stored));

    QVERIFY(store.removeCustomers({id.value()}).ok());
    QVERIFY(!store.customer(id.value()).ok());
    QVERIFY(store.customers().value().isEmpty());
}

// An import reads the customers before it writes; another window may
// delete one meanwhile. Its orders must not go in without it.
void TestCustomerStore::importOfDeletedCustomersOrdersLeavesNothing()
{
    CustomerStore store;
    QCOMPARE(store.open(location(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    const CustomerId kept = store.addCustomer(makeCustomer(QStringLiteral("A1"), QStringLiteral("Ann"))).value();
    const CustomerId deleted = store.addCustomer(makeCustomer(QStringLiteral("B1"), QStringLiteral("Bob"))).value();
    QVERIFY(store.removeCustomers({deleted}).ok());
    const QByteArray before = checksum(store.content().value());

    ImportBatch batch;
    batch.newCustomers.append(makeCustomer(QStringLiteral("C1"), QStringLiteral("Cy")));
    ImportOrder forNew;
    forNew.newCustomer = 0;
    forNew.externalOrderId = QStringLiteral("N-1");
    forNew.date = QDate(2026, 3, 1);
    forNew.amount = 10;
    ImportOrder forKept = forNew;
    forKept.newCustomer = -1;
    forKept.customerId = kept;
    forKept.externalOrderId = QStringLiteral("K-1");
    ImportOrder forDeleted = forKept;
    forDeleted.customerId = deleted;
    forDeleted.externalOrderId = QStringLiteral("D-1");
    batch.orders = {forNew, forKept, forDeleted};

    QVERIFY(!store.importBatch(batch).ok());
    const StoreTotals totals = store.totals().value();
    QCOMPARE(totals.customers, 1);
    QCOMPARE(totals.orders, 0);
    QCOMPARE(checksum(store.content().value()), before);
}

// Two people read the same customer; one places them on the matrix, the
// other edits their note, and an import sets their tags: each write keeps
// what the others saved, in either order.
void TestCustomerStore::savesOnlyTheFieldsAChangeNames()
{
    CustomerStore placing;
    QCOMPARE(placing.open(location(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    const CustomerId id = placing.addCustomer(makeCustomer(QStringLiteral("A1"), QStringLiteral("Ann"))).value();
    CustomerStore noting;
    QCOMPARE(noting.open(location()), std::nullopt);
    CustomerStore importing;
    QCOMPARE(importing.open(location()), std::nullopt);

    Customer placed = placing.customer(id).value();
    Customer noted = noting.customer(id).value();
    Customer tagged = importing.customer(id).value();
    placed.valueFit = 80;
    placed.valueAwareness = 20;
    QVERIFY(!placing.updateCustomer(placed, CustomerField::Scores));
    noted.notes = QStringLiteral("Called about the spring range");
    QVERIFY(!noting.updateCustomer(noted, CustomerField::Notes));
    tagged.tags = {QStringLiteral("VIP")};
    ImportBatch batch;
    batch.changedCustomers = {tagged};
    batch.changedFields = {CustomerField::Tags};
    QVERIFY(importing.importBatch(batch).ok());

    const Customer stored = placing.customer(id).value();
    QCOMPARE(stored.valueFit, std::optional<double>(80));
    QCOMPARE(stored.valueAwareness, std::optional<double>(20));
    QCOMPARE(stored.notes, noted.notes);
    QCOMPARE(stored.tags, tagged.tags);
    QCOMPARE(stored.revision, placed.revision + 3);
    // One history entry, from the placement: the others did not touch the scores.
    QCOMPARE(placing.scoreHistory(id).value().size(), 1);
}

// Every way a customer goes in and comes out keeps the contact details: a
// save, an import of new and of changed customers, a deletion undone, a
// copy into another store.
void TestCustomerStore::contactDetailsRoundTrip()
{
    CustomerStore store;
    QCOMPARE(store.open(location(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    const Customer ann = withContactDetails(makeCustomer(QStringLiteral("A1"), QStringLiteral("佐藤 花子")));
    const CustomerId annId = store.addCustomer(ann).value();
    compareContactDetails(store.customer(annId).value(), ann);

    ImportBatch batch;
    Customer bob = makeCustomer(QStringLiteral("B1"), QStringLiteral("Bob Meier"));
    bob.phone = QStringLiteral("030 1234567");
    bob.postalCode = QStringLiteral("10115");
    bob.address = QStringLiteral("Invalidenstraße 1\nBerlin");
    batch.newCustomers.append(bob);
    Customer changed = store.customer(annId).value();
    changed.phone = QStringLiteral("03-9999-0000");
    batch.changedCustomers = {changed};
    batch.changedFields = {CustomerField::Phone};
    QVERIFY(store.importBatch(batch).ok());
    const Customer importedBob = store.findCustomer(QStringLiteral("B1")).value();
    compareContactDetails(importedBob, bob);
    compareContactDetails(store.customer(annId).value(), changed);

    const auto removed = store.removeCustomers({annId, importedBob.id});
    QVERIFY(removed.ok());
    QCOMPARE(store.restoreCustomers(removed.value()), std::nullopt);
    compareContactDetails(store.customer(annId).value(), changed);
    compareContactDetails(store.customer(importedBob.id).value(), bob);

    CustomerStore copy;
    QCOMPARE(copy.open(location(QStringLiteral("copy.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    QCOMPARE(copy.writeContent(store.content().value()), std::nullopt);
    compareContactDetails(copy.customer(annId).value(), changed);
    compareContactDetails(copy.customer(importedBob.id).value(), bob);
}

// Two people at one customer, one at the phone and one at the address: one
// flag each, so both changes stay.
void TestCustomerStore::contactDetailsSaveOneByOne()
{
    CustomerStore calling;
    QCOMPARE(calling.open(location(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    const CustomerId id = calling.addCustomer(makeCustomer(QStringLiteral("A1"), QStringLiteral("Ann"))).value();
    CustomerStore writing;
    QCOMPARE(writing.open(location()), std::nullopt);
    Customer called = calling.customer(id).value();
    Customer written = writing.customer(id).value();
    called.phone = QStringLiteral("090-1234-5678");
    QCOMPARE(differingFields(called, calling.customer(id).value()), CustomerFields(CustomerField::Phone));
    QCOMPARE(calling.updateCustomer(called, CustomerField::Phone), std::nullopt);
    written.address = QStringLiteral("大阪府大阪市北区1-2-3");
    written.postalCode = QStringLiteral("530-0001");
    QCOMPARE(writing.updateCustomer(written, CustomerField::Address | CustomerField::PostalCode), std::nullopt);
    written.reading = QStringLiteral("アン");
    QCOMPARE(writing.updateCustomer(written, CustomerField::Reading), std::nullopt);

    const Customer stored = calling.customer(id).value();
    QCOMPARE(stored.phone, called.phone);
    QCOMPARE(stored.address, written.address);
    QCOMPARE(stored.postalCode, written.postalCode);
    QCOMPARE(stored.reading, written.reading);
}

// The import writes without SQLite's foreign-key checks; afterwards they
// hold again, so that deleting a customer takes its orders along.
void TestCustomerStore::importedOrdersFollowTheirCustomersOut()
{
    CustomerStore store;
    QCOMPARE(store.open(location(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    const CustomerId existing = store.addCustomer(makeCustomer(QStringLiteral("A1"), QStringLiteral("Ann"))).value();
    ImportBatch batch;
    batch.newCustomers.append(makeCustomer(QStringLiteral("C1"), QStringLiteral("Cy")));
    for (int i = 0; i < 3; ++i) {
        ImportOrder order;
        order.newCustomer = i < 2 ? 0 : -1;
        order.customerId = i < 2 ? 0 : existing;
        order.externalOrderId = QStringLiteral("O-%1").arg(i);
        order.date = QDate(2026, 3, 1 + i);
        order.amount = 10.0 * (i + 1);
        batch.orders.append(order);
    }
    const auto counts = store.importBatch(batch);
    QVERIFY(counts.ok());
    QCOMPARE(counts.value().ordersAdded, 3);
    const CustomerId added = store.findCustomer(QStringLiteral("C1")).value().id;
    QCOMPARE(store.customer(added).value().revenue, 30.0);
    QCOMPARE(store.customer(existing).value().revenue, 30.0);

    QVERIFY(store.removeCustomers({added}).ok());
    QCOMPARE(store.totals().value().orders, 1);
    QVERIFY(store.removeCustomers({existing}).ok());
    QCOMPARE(store.totals().value().orders, 0);
}

void TestCustomerStore::ownFieldsOnEveryWritePath()
{
    CustomerStore store;
    QCOMPARE(store.open(location(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    Customer ann = makeCustomer(QStringLiteral("A1"), QStringLiteral("Ann"));
    ann.id = store.addCustomer(ann).value();
    QCOMPARE(store.customer(ann.id).value().ownFields, ann.ownFields);

    // A change of own fields alone is saved, and only it: another
    // connection's note on the same customer stays.
    CustomerStore other;
    QCOMPARE(other.open(location()), std::nullopt);
    Customer noted = other.customer(ann.id).value();
    noted.notes = QStringLiteral("called");
    QCOMPARE(other.updateCustomer(noted), std::nullopt);
    ann.ownFields.insert(QStringLiteral("Points"), QStringLiteral("500"));
    ann.ownFields.remove(QStringLiteral("会員ランク"));
    QCOMPARE(store.updateCustomer(ann, CustomerField::OwnFields), std::nullopt);
    const Customer saved = other.customer(ann.id).value();
    QCOMPARE(saved.ownFields, ann.ownFields);
    QCOMPARE(saved.notes, QStringLiteral("called"));

    // The import's bulk paths: new customers and changed ones.
    ImportBatch batch;
    Customer bea = makeCustomer(QStringLiteral("B1"), QStringLiteral("Bea"));
    bea.ownFields.insert(QStringLiteral("誕生日"), QStringLiteral("1990-01-02"));
    batch.newCustomers.append(bea);
    Customer changed = saved;
    changed.ownFields.insert(QStringLiteral("Points"), QStringLiteral("750"));
    batch.changedCustomers.append(changed);
    batch.changedFields.append(CustomerField::OwnFields);
    QVERIFY(store.importBatch(batch).ok());
    QCOMPARE(store.findCustomer(QStringLiteral("B1")).value().ownFields, bea.ownFields);
    QCOMPARE(store.customer(ann.id).value().ownFields, changed.ownFields);

    // Undone and redone (replaceCustomers) and copied: the same values.
    const auto out = store.replaceCustomers({ann.id}, {});
    QVERIFY(out.ok());
    QVERIFY(store.replaceCustomers({}, out.value()).ok());
    QCOMPARE(store.customer(ann.id).value().ownFields, changed.ownFields);
}

void TestCustomerStore::failedBatchLeavesNothing()
{
    CustomerStore store;
    QCOMPARE(store.open(location(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    QVERIFY(store.addCustomer(makeCustomer(QStringLiteral("A1"), QStringLiteral("Ann"))).ok());

    // The third customer repeats an external id: the write fails halfway.
    QList<Customer> batch{makeCustomer(QStringLiteral("B1"), QStringLiteral("Bob")),
                          makeCustomer(QStringLiteral("B2"), QStringLiteral("Bea")),
                          makeCustomer(QStringLiteral("A1"), QStringLiteral("Again"))};
    QSignalSpy added(&store, &CustomerStore::customersAdded);
    const Status error = store.addCustomers(batch);
    QVERIFY(error);
    QVERIFY2(error->message.contains(QStringLiteral("Again")), qPrintable(error->message));
    QCOMPARE(store.customers().value().size(), 1);
    QCOMPARE(added.count(), 0);
    QCOMPARE(batch.at(0).id, 0); // ids are not handed out for a failed batch

    // Orders for a customer that does not exist roll back the whole batch too.
    const CustomerId ann = store.customers().value().constFirst().id;
    QList<Order> orders{{0, ann, QStringLiteral("O1"), QDate(2026, 1, 1), 10.0},
                        {0, ann + 999, QStringLiteral("O2"), QDate(2026, 1, 2), 20.0}};
    QVERIFY(store.addOrders(orders));
    QCOMPARE(store.orders(ann).value().size(), 0);
    QCOMPARE(store.customer(ann).value().revenue, 0.0);
}

void TestCustomerStore::ordersUpdateDerivedFigures()
{
    CustomerStore store;
    QCOMPARE(store.open(location(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    const CustomerId ann = store.addCustomer(makeCustomer(QStringLiteral("A1"), QStringLiteral("Ann"))).value();
    const CustomerId bob = store.addCustomer(makeCustomer(QStringLiteral("B1"), QStringLiteral("Bob"))).value();
    QList<Order> orders{{0, ann, QStringLiteral("O1"), QDate(2025, 3, 5), 120.5},
                        {0, ann, QStringLiteral("O2"), QDate(2024, 1, 9), 30.0},
                        {0, ann, QString(), QDate(2026, 2, 1), -10.0}};
    QCOMPARE(store.addOrders(orders), std::nullopt);
    QVERIFY(orders.at(0).id > 0);

    const Customer a = store.customer(ann).value();
    QCOMPARE(a.revenue, 140.5);
    QCOMPARE(a.orderCount, 3);
    QCOMPARE(a.firstOrder, QDate(2024, 1, 9));
    QCOMPARE(a.lastOrder, QDate(2026, 2, 1));
    const Customer b = store.customer(bob).value();
    QCOMPARE(b.orderCount, 0);
    QVERIFY(!b.lastOrder.isValid());

    const StoreTotals totals = store.totals().value();
    QCOMPARE(totals.customers, 2);
    QCOMPARE(totals.orders, 3);
    QCOMPARE(totals.revenue, 140.5);

    // The same external order id twice for one customer is refused.
    QList<Order> again{{0, ann, QStringLiteral("O1"), QDate(2025, 3, 5), 1.0}};
    QVERIFY(store.addOrders(again));
}

void TestCustomerStore::removeAndRestoreKeepsOrders()
{
    CustomerStore store;
    QCOMPARE(store.open(location(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    const CustomerId ann = store.addCustomer(makeCustomer(QStringLiteral("A1"), QStringLiteral("Ann"))).value();
    QList<Order> orders{{0, ann, QStringLiteral("O1"), QDate(2025, 3, 5), 99.0}};
    QCOMPARE(store.addOrders(orders), std::nullopt);
    const Customer before = store.customer(ann).value();
    const ShortlistMark mark{ann, 2, false};
    QCOMPARE(store.setShortlistMarks({mark}), std::nullopt);

    QSignalSpy shortlistChanged(&store, &CustomerStore::shortlistChanged);
    const auto removed = store.removeCustomers({ann});
    QVERIFY(removed.ok());
    QCOMPARE(store.totals().value().orders, 0); // orders go with their customer
    QVERIFY(store.shortlistMarks().value().isEmpty());
    QCOMPARE(shortlistChanged.size(), 1);
    QCOMPARE(store.restoreCustomers(removed.value()), std::nullopt);
    QCOMPARE(store.shortlistMarks().value(), QList<ShortlistMark>{mark});
    QCOMPARE(shortlistChanged.size(), 2);

    const Customer after = store.customer(ann).value();
    QVERIFY(after.sameEditableFields(before));
    QCOMPARE(after.revenue, 99.0);
    QCOMPARE(store.orders(ann).value().constFirst().id, orders.constFirst().id);
}

void TestCustomerStore::replaceSwapsCustomersBackAndForth()
{
    CustomerStore store;
    QCOMPARE(store.open(location(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    Customer ann = makeCustomer(QStringLiteral("A1"), QStringLiteral("Ann"));
    ann.id = store.addCustomer(ann).value();
    const CustomerId bob = store.addCustomer(makeCustomer(QStringLiteral("B1"), QStringLiteral("Bob"))).value();
    const CustomerId cy = store.addCustomer(makeCustomer(QStringLiteral("C1"), QStringLiteral("Cy"))).value();
    QList<Order> orders{{0, ann.id, QStringLiteral("O1"), QDate(2025, 3, 5), 99.0},
                        {0, bob, QString(), QDate(2025, 4, 1), 10.0, QStringLiteral("2025-04-01|10|1")}};
    QCOMPARE(store.addOrders(orders), std::nullopt);
    ann = store.customer(ann.id).value();
    ann.valueFit = 70;
    QCOMPARE(store.updateCustomer(ann), std::nullopt);
    QCOMPARE(store.setShortlistMarks({{bob, 1, false}}), std::nullopt);
    const WorkspaceContent before = store.content().value();
    const QList<ScoreChange> annHistory = store.scoreHistory(ann.id).value();
    QCOMPARE(annHistory.size(), 1);

    // Ann and Bob out, nothing in: Cy stays.
    QSignalSpy reset(&store, &CustomerStore::customersReset);
    QSignalSpy shortlistChanged(&store, &CustomerStore::shortlistChanged);
    const auto out = store.replaceCustomers({ann.id, bob, 999}, {});
    QVERIFY(out.ok());
    QCOMPARE(out.value().size(), 2); // 999 does not exist
    QCOMPARE(out.value().at(0).orders.size(), 1);
    QCOMPARE(out.value().at(0).history.size(), 1);
    QVERIFY(out.value().at(1).shortlistMark);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(shortlistChanged.size(), 1);
    QCOMPARE(store.totals().value().customers, 1);
    QCOMPARE(store.totals().value().orders, 0);
    QVERIFY(store.shortlistMarks().value().isEmpty());

    // And back: the same rows, ids, figures, history and marks.
    const auto in = store.replaceCustomers({}, out.value());
    QVERIFY(in.ok());
    QVERIFY(in.value().isEmpty());
    const WorkspaceContent after = store.content().value();
    const QList<TableChecksum> expected = tableChecksums(before);
    const QList<TableChecksum> actual = tableChecksums(after);
    for (int table : {0, 1, 3}) { // customers, orders, shortlist (history rows get new ids)
        QCOMPARE(actual.at(table).table, expected.at(table).table);
        QCOMPARE(actual.at(table).checksum, expected.at(table).checksum);
    }
    const QList<ScoreChange> restoredHistory = store.scoreHistory(ann.id).value();
    QCOMPARE(restoredHistory.size(), 1);
    QCOMPARE(restoredHistory.constFirst().newFit, annHistory.constFirst().newFit);
    QCOMPARE(restoredHistory.constFirst().changedAt, annHistory.constFirst().changedAt);
    QCOMPARE(store.customer(cy).value().name, QStringLiteral("Cy"));

    // A swap in one go: Cy's place taken by another version of Cy.
    Customer renamed = store.customer(cy).value();
    renamed.name = QStringLiteral("Cyrus");
    const auto swapped = store.replaceCustomers({cy}, {{renamed, {}, {}, {}}});
    QVERIFY(swapped.ok());
    QCOMPARE(swapped.value().constFirst().customer.name, QStringLiteral("Cy"));
    QCOMPARE(store.customer(cy).value().name, QStringLiteral("Cyrus"));
    QCOMPARE(store.totals().value().customers, 3);
}

void TestCustomerStore::scoreChangesAreRecorded()
{
    CustomerStore store;
    QCOMPARE(store.open(location(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    Customer ann = makeCustomer(QStringLiteral("A1"), QStringLiteral("Ann"));
    ann.id = store.addCustomer(ann).value();
    ann.notes = QStringLiteral("no score change");
    QCOMPARE(store.updateCustomer(ann), std::nullopt);
    QVERIFY(store.scoreHistory(ann.id).value().isEmpty());

    ann.valueFit = 80;
    ann.valueAwareness = 20;
    QCOMPARE(store.updateCustomers({ann}, QStringLiteral("survey 2026")), std::nullopt);
    const QList<ScoreChange> history = store.scoreHistory(ann.id).value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).oldFit, std::nullopt);
    QCOMPARE(history.at(0).newFit, 80.0);
    QCOMPARE(history.at(0).newAwareness, 20.0);
    QCOMPARE(history.at(0).source, QStringLiteral("survey 2026"));
    QVERIFY(history.at(0).changedAt.isValid());

    ann.valueFit = 101; // outside 0-100: refused, nothing recorded
    QVERIFY(store.updateCustomer(ann));
    QCOMPARE(store.scoreHistory(ann.id).value().size(), 1);
}

void TestCustomerStore::settingsPersist()
{
    WorkspaceSettings settings;
    settings.marketSize = 120000;
    settings.quadrantSplit = {60.0, 40.0};
    settings.dormantDays = 180;
    settings.oneToOneCapacity = 25;
    settings.excellenceRule = QStringLiteral(R"({"combine":"all","conditions":[]})");
    settings.currency = QStringLiteral("JPY");
    settings.asOf = QDate(2017, 12, 31);
    settings.asOfChosen = true;
    {
        CustomerStore store;
        QCOMPARE(store.open(location(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
        QCOMPARE(store.settings(), WorkspaceSettings());
        QSignalSpy changed(&store, &CustomerStore::settingsChanged);
        QCOMPARE(store.setSettings(settings), std::nullopt);
        QCOMPARE(changed.count(), 1);
    }
    CustomerStore store;
    QCOMPARE(store.open(location()), std::nullopt);
    QCOMPARE(store.settings(), settings);
}

void TestCustomerStore::asOfChoicePersists_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<bool>("chosen");
    QTest::newRow("not chosen yet") << QDate() << false;
    QTest::newRow("today kept") << QDate() << true;
    QTest::newRow("a day") << QDate(2017, 12, 31) << true;
}

void TestCustomerStore::asOfChoicePersists()
{
    QFETCH(QDate, asOf);
    QFETCH(bool, chosen);
    WorkspaceSettings settings;
    settings.asOf = asOf;
    settings.asOfChosen = chosen;
    {
        CustomerStore store;
        QCOMPARE(store.open(location(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
        QCOMPARE(store.setSettings(settings), std::nullopt);
    }
    CustomerStore store;
    QCOMPARE(store.open(location()), std::nullopt);
    QCOMPARE(store.settings().asOf, asOf);
    QCOMPARE(store.settings().asOfChosen, chosen);
}

void TestCustomerStore::settingsWithEmptyTextPersist()
{
    // No rule and no currency yet: the common case of a new workspace.
    WorkspaceSettings settings;
    settings.marketSize = 5000;
    {
        CustomerStore store;
        QCOMPARE(store.open(location(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
        QCOMPARE(store.setSettings(settings), std::nullopt);
    }
    CustomerStore store;
    QCOMPARE(store.open(location()), std::nullopt);
    QCOMPARE(store.settings(), settings);
}

void TestCustomerStore::changesAreAnnounced()
{
    CustomerStore store;
    QCOMPARE(store.open(location(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    QSignalSpy added(&store, &CustomerStore::customersAdded);
    QSignalSpy changed(&store, &CustomerStore::customersChanged);
    QSignalSpy removed(&store, &CustomerStore::customersRemoved);

    Customer ann = makeCustomer(QStringLiteral("A1"), QStringLiteral("Ann"));
    ann.id = store.addCustomer(ann).value();
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).value<QList<CustomerId>>(), QList<CustomerId>{ann.id});

    ann.email = QStringLiteral("ann@example.org");
    QCOMPARE(store.updateCustomer(ann), std::nullopt);
    QCOMPARE(changed.count(), 1);

    QVERIFY(store.removeCustomers({ann.id}).ok());
    QCOMPARE(removed.count(), 1);
}

// An import on another connection hands its listeners the customers it read
// back: while customersReset is emitted they are what customers() returns,
// and afterwards the store is read again.
void TestCustomerStore::externalChangeHandsOverTheCustomersRead()
{
    CustomerStore store;
    QCOMPARE(store.open(location(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    QVERIFY(store.addCustomer(makeCustomer(QStringLiteral("A1"), QStringLiteral("Ann"))).ok());
    Customer handed = makeCustomer(QStringLiteral("B2"), QStringLiteral("Bea"));
    handed.id = 42;
    QStringList seen;
    connect(&store, &CustomerStore::customersReset, this, [&store, &seen] {
        const auto customers = store.customers();
        for (const Customer &c : customers.value())
            seen.append(c.name);
    });
    store.announceExternalChange(QList<Customer>{handed});
    QCOMPARE(seen, QStringList{QStringLiteral("Bea")});
    seen.clear();
    store.announceExternalChange();
    QCOMPARE(seen, QStringList{QStringLiteral("Ann")});
    QCOMPARE(store.customers().value().size(), 1);
    QCOMPARE(store.customers().value().constFirst().name, QStringLiteral("Ann"));
}

// More ids than one query takes; saved customers show their raised
// revision, deleted and unknown ones are left out.
void TestCustomerStore::revisionsOfMany()
{
    CustomerStore store;
    QCOMPARE(store.open(location(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    QList<CustomerId> ids;
    for (int i = 0; i < 1200; ++i)
        ids.append(store.addCustomer(makeCustomer(QStringLiteral("K%1").arg(i), QStringLiteral("Customer %1").arg(i))).value());
    Customer edited = store.customer(ids.at(700)).value();
    edited.notes = QStringLiteral("called");
    QCOMPARE(store.updateCustomer(edited), std::nullopt);
    QVERIFY(store.removeCustomers({ids.at(3)}).ok());

    const auto revisions = store.revisions(ids + QList<CustomerId>{999999});
    QVERIFY(revisions);
    QCOMPARE(revisions.value().size(), 1199);
    QVERIFY(!revisions.value().contains(ids.at(3)));
    QVERIFY(!revisions.value().contains(999999));
    const auto some = store.customers(QList<CustomerId>{ids.at(0), ids.at(700), ids.at(1199)});
    QCOMPARE(some.value().size(), 3);
    for (const Customer &c : some.value())
        QCOMPARE(revisions.value().value(c.id), c.revision);
    QVERIFY(revisions.value().value(ids.at(700)) > revisions.value().value(ids.at(0)));
}

void TestCustomerStore::openingAnnouncesTheNewStore()
{
    CustomerStore store;
    QSignalSpy reset(&store, &CustomerStore::customersReset);
    QSignalSpy settings(&store, &CustomerStore::settingsChanged);
    QCOMPARE(store.open(location(), CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(settings.count(), 1);
    QVERIFY(store.open(location(QStringLiteral("missing.kindred")))); // a refused open announces nothing
    QCOMPARE(reset.count(), 1);
}

QTEST_GUILESS_MAIN(TestCustomerStore)
#include "tst_customerstore.moc"
