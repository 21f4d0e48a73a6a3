// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/teststore.h"

#include "contactchannels.h"
#include "store/customerstore.h"
#include "workspacecontent.h"

#include <QSignalSpy>
#include <QTest>

using namespace Kindred;

// The contact log on both engines: logged, edited, removed and put back,
// and carried along when customers are removed, merged or copied.
class TestContactLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void logsAndListsInTimeOrder();
    void refusesAContactWithoutTimeOrChannel();
    void editsAndRemovesAndPutsBack();
    void lastContactOfEachCustomer();
    void goesWithARemovedCustomerAndComesBack();
    void mergeMovesContactsAndUndoes();
    void undoingAnImportKeepsContactsLoggedSince();
    void copyKeepsTheLog();
    void channelsTheUserAddedAreKept();
    void channelsReadInEitherLanguage();
    void upgradedStoreHasAnEmptyLog();
    void otherClientsFollow();

private:
    Contact logged(CustomerId customer, const QDateTime &at, const QString &channel, const QString &note = {});

    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<CustomerStore> m_store;
    CustomerId m_aiko = 0;
    CustomerId m_ben = 0;
};

namespace {
const QDateTime march1 = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);

template<typename T>
QByteArray failure(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}
} // namespace

void TestContactLog::init()
{
    static int stores = 0;
    m_location = testStoreLocation(m_dir, QStringLiteral("%1.kindred").arg(++stores));
    m_store = std::make_unique<CustomerStore>();
    QCOMPARE(m_store->open(m_location, CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    m_store->setUserName(QStringLiteral("sato"));
    QList<Customer> customers(2);
    customers[0].externalId = QStringLiteral("A1");
    customers[0].name = QStringLiteral("佐藤 愛子");
    customers[1].externalId = QStringLiteral("B2");
    customers[1].name = QStringLiteral("Ben Ito");
    QCOMPARE(m_store->addCustomers(customers), std::nullopt);
    m_aiko = customers[0].id;
    m_ben = customers[1].id;
}

void TestContactLog::cleanup()
{
    m_store.reset();
}

Contact TestContactLog::logged(CustomerId customer, const QDateTime &at, const QString &channel, const QString &note)
{
    Contact contact;
    contact.customerId = customer;
    contact.contactedAt = at;
    contact.channel = channel;
    contact.note = note;
    const Status error = m_store->addContact(contact);
    if (error)
        qFatal("%s", qPrintable(error->toString()));
    return contact;
}

void TestContactLog::logsAndListsInTimeOrder()
{
    QSignalSpy changed(m_store.get(), &CustomerStore::contactsChanged);
    const Contact later = logged(m_aiko, march1.addDays(14), QStringLiteral("visit"), QStringLiteral("新商品の話"));
    const Contact first = logged(m_aiko, march1, QStringLiteral("call"), QStringLiteral("Asked about \"refills\", 2 sizes"));
    const Contact ben = logged(m_ben, march1.addDays(1), QStringLiteral("Workshop"));
    QVERIFY(first.id > 0 && later.id > 0 && first.id != later.id);
    QCOMPARE(first.madeBy, QStringLiteral("sato"));
    QCOMPARE(changed.size(), 3);
    QCOMPARE(changed.at(0).at(0).value<QList<CustomerId>>(), QList<CustomerId>{m_aiko});

    const auto aiko = m_store->contacts(m_aiko);
    QVERIFY2(aiko.ok(), failure(aiko));
    QCOMPARE(aiko.value(), (QList<Contact>{first, later}));
    QCOMPARE(aiko.value().at(1).note, QStringLiteral("新商品の話"));

    const auto all = m_store->contacts();
    QCOMPARE(all.value(), (QList<Contact>{first, ben, later}));
    // From a moment on, that moment included; in any time zone.
    const auto since = m_store->contacts(0, march1.addDays(1).toOffsetFromUtc(9 * 3600));
    QCOMPARE(since.value(), (QList<Contact>{ben, later}));
}

void TestContactLog::refusesAContactWithoutTimeOrChannel()
{
    Contact noTime;
    noTime.customerId = m_aiko;
    noTime.channel = QStringLiteral("call");
    QVERIFY(m_store->addContact(noTime).has_value());
    Contact noChannel;
    noChannel.customerId = m_aiko;
    noChannel.contactedAt = march1;
    noChannel.channel = QStringLiteral("  ");
    QVERIFY(m_store->addContact(noChannel).has_value());
    Contact nobody;
    nobody.customerId = 999;
    nobody.contactedAt = march1;
    nobody.channel = QStringLiteral("call");
    QVERIFY(m_store->addContact(nobody).has_value());
    QVERIFY(m_store->contacts().value().isEmpty());
}

void TestContactLog::editsAndRemovesAndPutsBack()
{
    Contact contact = logged(m_aiko, march1, QStringLiteral("call"));
    contact.note = QStringLiteral("Called back, ordered the set");
    contact.channel = QStringLiteral("message");
    contact.contactedAt = march1.addSecs(3600);
    QCOMPARE(m_store->updateContact(contact), std::nullopt);
    QCOMPARE(m_store->contacts(m_aiko).value(), QList<Contact>{contact});

    QSignalSpy changed(m_store.get(), &CustomerStore::contactsChanged);
    const auto removed = m_store->removeContact(contact.id);
    QVERIFY2(removed.ok(), failure(removed));
    QCOMPARE(removed.value(), contact);
    QVERIFY(m_store->contacts(m_aiko).value().isEmpty());
    QVERIFY(!m_store->removeContact(contact.id).ok());
    QVERIFY(m_store->updateContact(contact).has_value());

    QCOMPARE(m_store->restoreContact(removed.value()), std::nullopt);
    QCOMPARE(m_store->contacts(m_aiko).value(), QList<Contact>{contact});
    QCOMPARE(changed.size(), 2);
    // A new contact after the restore takes a new id, on both engines.
    const Contact next = logged(m_aiko, march1, QStringLiteral("email"));
    QVERIFY(next.id > contact.id);
}

void TestContactLog::lastContactOfEachCustomer()
{
    QVERIFY(m_store->lastContacts().value().isEmpty());
    logged(m_aiko, march1.addDays(3), QStringLiteral("call"));
    logged(m_aiko, march1, QStringLiteral("visit"));
    const auto last = m_store->lastContacts();
    QVERIFY2(last.ok(), failure(last));
    QCOMPARE(last.value().size(), 1);
    QCOMPARE(last.value().value(m_aiko), march1.addDays(3));
}

void TestContactLog::goesWithARemovedCustomerAndComesBack()
{
    const Contact contact = logged(m_aiko, march1, QStringLiteral("call"), QStringLiteral("first call"));
    const auto removed = m_store->removeCustomers({m_aiko});
    QVERIFY2(removed.ok(), failure(removed));
    QCOMPARE(removed.value().constFirst().contacts, QList<Contact>{contact});
    QVERIFY(m_store->contacts().value().isEmpty());
    QCOMPARE(m_store->restoreCustomers(removed.value()), std::nullopt);
    QCOMPARE(m_store->contacts().value(), QList<Contact>{contact});
}

void TestContactLog::mergeMovesContactsAndUndoes()
{
    const Contact aikos = logged(m_aiko, march1, QStringLiteral("call"));
    const Contact bens = logged(m_ben, march1.addDays(2), QStringLiteral("visit"));
    QSignalSpy changed(m_store.get(), &CustomerStore::contactsChanged);
    const auto undo = m_store->mergeCustomers(m_store->customer(m_aiko).value(), m_ben);
    QVERIFY2(undo.ok(), failure(undo));
    QCOMPARE(undo.value().movedContacts, QList<qint64>{bens.id});
    Contact moved = bens;
    moved.customerId = m_aiko;
    QCOMPARE(m_store->contacts(m_aiko).value(), (QList<Contact>{aikos, moved}));
    QCOMPARE(changed.size(), 1);

    QCOMPARE(m_store->unmergeCustomers(undo.value()), std::nullopt);
    QCOMPARE(m_store->contacts(m_aiko).value(), QList<Contact>{aikos});
    QCOMPARE(m_store->contacts(m_ben).value(), QList<Contact>{bens});
    QCOMPARE(changed.size(), 2);
}

void TestContactLog::undoingAnImportKeepsContactsLoggedSince()
{
    // An import changed Aiko (the snapshot is her before it); a contact is
    // logged afterwards; undo and redo swap her fields, not her log.
    const Contact before = logged(m_aiko, march1, QStringLiteral("call"));
    const auto imported = m_store->snapshots({m_aiko});
    QVERIFY2(imported.ok(), failure(imported));
    const Contact since = logged(m_aiko, march1.addDays(7), QStringLiteral("visit"));
    auto undone = m_store->replaceCustomers({m_aiko}, imported.value());
    QVERIFY2(undone.ok(), failure(undone));
    QCOMPARE(m_store->contacts(m_aiko).value(), (QList<Contact>{before, since}));
    QVERIFY(m_store->replaceCustomers({m_aiko}, undone.value()).ok());
    QCOMPARE(m_store->contacts(m_aiko).value(), (QList<Contact>{before, since}));
    // A customer the swap takes out goes with their log, which comes back with them.
    const auto out = m_store->replaceCustomers({m_aiko}, {});
    QVERIFY(m_store->contacts(m_aiko).value().isEmpty());
    QVERIFY(m_store->replaceCustomers({}, out.value()).ok());
    QCOMPARE(m_store->contacts(m_aiko).value(), (QList<Contact>{before, since}));
}

void TestContactLog::copyKeepsTheLog()
{
    logged(m_aiko, march1, QStringLiteral("call"), QStringLiteral("電話、折り返し"));
    logged(m_ben, march1.addMSecs(1), QStringLiteral("Workshop"));
    const auto content = m_store->content();
    QVERIFY2(content.ok(), failure(content));
    QCOMPARE(content.value().contacts.size(), 2);
    const QList<TableChecksum> tables = tableChecksums(content.value());
    QCOMPARE(tables.constLast().table, QStringLiteral("contacts"));
    QCOMPARE(tables.constLast().rows, 2);
    // A millisecond later is another log.
    WorkspaceContent moved = content.value();
    moved.contacts[0].contactedAt = moved.contacts[0].contactedAt.addMSecs(1);
    QVERIFY(checksum(moved) != checksum(content.value()));

    QTemporaryDir copyDir;
    CustomerStore copy;
    QCOMPARE(copy.open(testStoreLocation(copyDir, QStringLiteral("copy.kindred")),
                       CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    QCOMPARE(copy.writeContent(content.value()), std::nullopt);
    QCOMPARE(checksum(copy.content().value()), checksum(content.value()));
    QCOMPARE(copy.contacts().value(), content.value().contacts);
    QVERIFY(!copy.isEmpty().value());
}

void TestContactLog::channelsTheUserAddedAreKept()
{
    WorkspaceSettings settings = m_store->settings();
    settings.contactChannels = {QStringLiteral("LINE"), QStringLiteral("展示会")};
    QCOMPARE(m_store->setSettings(settings), std::nullopt);
    m_store.reset();
    CustomerStore reopened;
    QCOMPARE(reopened.open(m_location), std::nullopt);
    QCOMPARE(reopened.settings().contactChannels, settings.contactChannels);
    const QStringList all = ContactChannels::all(reopened.settings());
    QCOMPARE(all.mid(0, ContactChannels::builtIn().size()), ContactChannels::builtIn());
    QCOMPARE(all.mid(ContactChannels::builtIn().size()), settings.contactChannels);
}

void TestContactLog::channelsReadInEitherLanguage()
{
    QCOMPARE(ContactChannels::fromText(QStringLiteral(" Call ")), QStringLiteral("call"));
    QCOMPARE(ContactChannels::fromText(QStringLiteral("LINE")), QStringLiteral("LINE"));
    QCOMPARE(ContactChannels::displayText(QStringLiteral("visit")), QStringLiteral("Visit"));
    QCOMPARE(ContactChannels::displayText(QStringLiteral("LINE")), QStringLiteral("LINE"));
    WorkspaceSettings settings;
    settings.contactChannels = {QStringLiteral("call"), QStringLiteral(" "), QStringLiteral("LINE")};
    QCOMPARE(ContactChannels::all(settings).size(), ContactChannels::builtIn().size() + 1);
}

void TestContactLog::upgradedStoreHasAnEmptyLog()
{
    QTemporaryDir dir;
    const QString location = testStoreLocation(dir, QStringLiteral("old.kindred"));
    {
        CustomerStore old;
        QCOMPARE(old.openAtVersion(location, 7), std::nullopt);
        QCOMPARE(old.schemaVersion(), 7);
        QVERIFY(old.addCustomer(Customer{}).ok());
    }
    CustomerStore store;
    QCOMPARE(store.open(location), std::nullopt);
    QCOMPARE(store.schemaVersion(), CustomerStore::latestSchemaVersion());
    QVERIFY(store.contacts().value().isEmpty());
    const CustomerId id = store.customers().value().constFirst().id;
    Contact contact;
    contact.customerId = id;
    contact.contactedAt = march1;
    contact.channel = QStringLiteral("call");
    QCOMPARE(store.addContact(contact), std::nullopt);
    QCOMPARE(store.contacts(id).value().size(), 1);
}

void TestContactLog::otherClientsFollow()
{
    if (!testingPostgres())
        QSKIP("PostgreSQL only: a SQLite file is one person's store, locked while open");
    CustomerStore colleague;
    QCOMPARE(colleague.open(m_location), std::nullopt);
    QSignalSpy changed(&colleague, &CustomerStore::contactsChanged);
    logged(m_ben, march1, QStringLiteral("call"));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QList<CustomerId>>(), QList<CustomerId>{m_ben});
    QCOMPARE(colleague.contacts(m_ben).value().size(), 1);
}

QTEST_GUILESS_MAIN(TestContactLog)
#include "tst_contactlog.moc"
