// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/teststore.h"

#include "excellencerule.h"
#include "store/customerstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Kindred;

// Own fields renamed, deleted and re-typed in every customer of a store,
// and put back exactly, on both engines.
class TestOwnFieldStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void renameMovesEveryValueAndUndoes();
    void renameTakesTheRuleAlong();
    void renameRefusesANameInUse_data();
    void renameRefusesANameInUse();
    void deleteRemovesEveryValueAndUndoes();
    void retypeKeepsWhatDoesNotReadAndUndoes();
    void namesThatLookLikePatterns_data();
    void namesThatLookLikePatterns();
    void countsCustomersWithAValue();
    void otherClientsFollow();

private:
    // Every customer's own fields by id, as the store holds them.
    QMap<CustomerId, OwnFieldValues> ownFields() const;
    QHash<CustomerId, qint64> revisions() const;

    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<CustomerStore> m_store;
    QList<CustomerId> m_ids; // Aiko, Ben, Chie, Dan
};

namespace {
const QString rank = QStringLiteral("会員ランク");
const QString points = QStringLiteral("Points");
const QString birthday = QStringLiteral("Birthday");
const QList<OwnFieldDefinition> definitions = {
    {rank, OwnFieldType::Text}, {points, OwnFieldType::Text}, {birthday, OwnFieldType::Date}};

// Why a result failed, for QVERIFY2 (which evaluates its message either way).
template<typename T>
QByteArray failure(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}
} // namespace

void TestOwnFieldStore::init()
{
    static int stores = 0; // one for each run of a test function, data rows included
    m_location = testStoreLocation(m_dir, QStringLiteral("%1.kindred").arg(++stores));
    m_store = std::make_unique<CustomerStore>();
    QCOMPARE(m_store->open(m_location, CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    QList<Customer> customers(4);
    const QStringList names = {u"Aiko"_qs, u"Ben"_qs, u"Chie"_qs, u"Dan"_qs};
    for (qsizetype i = 0; i < customers.size(); ++i) {
        customers[i].externalId = QString::number(i + 1);
        customers[i].name = names.at(i);
    }
    customers[0].ownFields = {{rank, u"ゴールド"_qs}, {points, u"1,500"_qs}, {birthday, u"1990-01-02"_qs}};
    customers[1].ownFields = {{rank, u"シルバー"_qs}, {points, u"  lots "_qs}};
    customers[2].ownFields = {{points, u"20"_qs}};
    // Dan's note names a field: what finding the holders by pattern also finds.
    customers[3].ownFields = {{u"Note"_qs, rank}};
    QCOMPARE(m_store->addCustomers(customers), std::nullopt);
    for (const Customer &c : std::as_const(customers))
        m_ids.append(c.id);
    WorkspaceSettings settings = m_store->settings();
    settings.ownFields = definitions;
    QCOMPARE(m_store->setSettings(settings), std::nullopt);
}

void TestOwnFieldStore::cleanup()
{
    m_store.reset();
    m_ids.clear();
}

QMap<CustomerId, OwnFieldValues> TestOwnFieldStore::ownFields() const
{
    QMap<CustomerId, OwnFieldValues> values;
    const auto customers = m_store->customers();
    if (!customers)
        qFatal("%s", qPrintable(customers.error().toString()));
    for (const Customer &c : customers.value())
        values.insert(c.id, c.ownFields);
    return values;
}

QHash<CustomerId, qint64> TestOwnFieldStore::revisions() const
{
    QHash<CustomerId, qint64> revisions;
    const QList<Customer> customers = m_store->customers().value();
    for (const Customer &c : customers)
        revisions.insert(c.id, c.revision);
    return revisions;
}

void TestOwnFieldStore::renameMovesEveryValueAndUndoes()
{
    const QMap<CustomerId, OwnFieldValues> before = ownFields();
    const QHash<CustomerId, qint64> revisionsBefore = revisions();
    QSignalSpy reset(m_store.get(), &CustomerStore::customersReset);
    QSignalSpy settings(m_store.get(), &CustomerStore::settingsChanged);
    m_store->setUserName(u"aiko"_qs);

    const auto replaced = m_store->changeOwnField(OwnFieldEdit::rename(rank, u"Rank"_qs));
    QVERIFY2(replaced.ok(), failure(replaced).constData());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(settings.size(), 1);

    // What undo needs: the definitions and the texts of the two customers that held it.
    QCOMPARE(replaced.value().definitions, definitions);
    QCOMPARE(replaced.value().customers.size(), 2);
    QCOMPARE(replaced.value().customers.at(0).customer, m_ids.at(0));
    QCOMPARE(replaced.value().customers.at(1).customer, m_ids.at(1));

    const QMap<CustomerId, OwnFieldValues> after = ownFields();
    QCOMPARE(after.value(m_ids.at(0)).value(u"Rank"_qs), u"ゴールド"_qs);
    QCOMPARE(after.value(m_ids.at(1)).value(u"Rank"_qs), u"シルバー"_qs);
    QVERIFY(!after.value(m_ids.at(0)).contains(rank));
    QCOMPARE(after.value(m_ids.at(2)), before.value(m_ids.at(2)));
    QCOMPARE(after.value(m_ids.at(3)), before.value(m_ids.at(3)));
    QCOMPARE(m_store->settings().ownFields.at(0), (OwnFieldDefinition{u"Rank"_qs, OwnFieldType::Text}));
    // Only the customers that held the field were saved, by this user.
    const QHash<CustomerId, qint64> revisionsAfter = revisions();
    QCOMPARE(revisionsAfter.value(m_ids.at(0)), revisionsBefore.value(m_ids.at(0)) + 1);
    QCOMPARE(revisionsAfter.value(m_ids.at(2)), revisionsBefore.value(m_ids.at(2)));
    QCOMPARE(revisionsAfter.value(m_ids.at(3)), revisionsBefore.value(m_ids.at(3)));
    QCOMPARE(m_store->customer(m_ids.at(0)).value().updatedBy, u"aiko"_qs);

    // Another connection reads the same.
    {
        CustomerStore other;
        QCOMPARE(other.open(m_location), std::nullopt);
        QCOMPARE(other.settings().ownFields.at(0).name, u"Rank"_qs);
        QCOMPARE(other.customer(m_ids.at(1)).value().ownFields.value(u"Rank"_qs), u"シルバー"_qs);
    }

    QCOMPARE(m_store->restoreOwnFields(replaced.value()), std::nullopt);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(settings.size(), 2);
    QCOMPARE(ownFields(), before);
    QCOMPARE(m_store->settings().ownFields, definitions);
}

// A rule's conditions on the field follow a rename, in the same step: the
// rule still finds the same customers, and undo gives back its text.
void TestOwnFieldStore::renameTakesTheRuleAlong()
{
    RuleCondition gold;
    gold.field = RuleField::OwnField;
    gold.ownField = rank;
    gold.op = RuleOperator::OneOf;
    gold.values = {u"ゴールド"_qs};
    RuleCondition big;
    big.field = RuleField::Revenue;
    big.number = 100;
    WorkspaceSettings settings = m_store->settings();
    settings.excellenceRule = ExcellenceRule(ExcellenceRule::Combinator::Any, {gold, big}).toJson();
    QCOMPARE(m_store->setSettings(settings), std::nullopt);
    const QString ruleBefore = m_store->settings().excellenceRule;

    const auto replaced = m_store->changeOwnField(OwnFieldEdit::rename(rank, u"Rank"_qs));
    QVERIFY2(replaced.ok(), failure(replaced).constData());
    QCOMPARE(replaced.value().excellenceRule, ruleBefore);
    const ExcellenceRule after = ExcellenceRule::fromJson(m_store->settings().excellenceRule).value();
    QCOMPARE(after.conditions().at(0).ownField, u"Rank"_qs);
    QCOMPARE(after.conditions().at(1), big);
    CustomerStore other; // what another connection reads from the store
    QCOMPARE(other.open(m_location), std::nullopt);
    QCOMPARE(other.settings().excellenceRule, m_store->settings().excellenceRule);

    QCOMPARE(m_store->restoreOwnFields(replaced.value()), std::nullopt);
    QCOMPARE(m_store->settings().excellenceRule, ruleBefore);
    // A deletion leaves the rule as it is: the condition shows as missing.
    const auto deleted = m_store->changeOwnField(OwnFieldEdit::remove(rank));
    QVERIFY(deleted.ok());
    QVERIFY(!deleted.value().excellenceRule);
    QCOMPARE(m_store->settings().excellenceRule, ruleBefore);
}

void TestOwnFieldStore::renameRefusesANameInUse_data()
{
    QTest::addColumn<QString>("newName");
    QTest::newRow("another field's") << points;
    QTest::newRow("empty") << QString();
    QTest::newRow("with a leading space") << u" Rank"_qs;
}

void TestOwnFieldStore::renameRefusesANameInUse()
{
    QFETCH(QString, newName);
    const QMap<CustomerId, OwnFieldValues> before = ownFields();
    QSignalSpy reset(m_store.get(), &CustomerStore::customersReset);
    QSignalSpy settings(m_store.get(), &CustomerStore::settingsChanged);
    const auto replaced = m_store->changeOwnField(OwnFieldEdit::rename(rank, newName));
    QVERIFY(!replaced.ok());
    QVERIFY(!replaced.error().message.isEmpty());
    QCOMPARE(ownFields(), before);
    QCOMPARE(m_store->settings().ownFields, definitions);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(settings.size(), 0);
}

void TestOwnFieldStore::deleteRemovesEveryValueAndUndoes()
{
    const QMap<CustomerId, OwnFieldValues> before = ownFields();
    const auto replaced = m_store->changeOwnField(OwnFieldEdit::remove(points));
    QVERIFY2(replaced.ok(), failure(replaced).constData());
    QCOMPARE(replaced.value().customers.size(), 3);
    const QMap<CustomerId, OwnFieldValues> after = ownFields();
    for (const OwnFieldValues &values : after)
        QVERIFY(!values.contains(points));
    QVERIFY(after.value(m_ids.at(2)).isEmpty());
    QCOMPARE(after.value(m_ids.at(0)).value(rank), u"ゴールド"_qs);
    QCOMPARE(m_store->settings().ownFields, (QList<OwnFieldDefinition>{definitions.at(0), definitions.at(2)}));

    QCOMPARE(m_store->restoreOwnFields(replaced.value()), std::nullopt);
    QCOMPARE(ownFields(), before);
    QCOMPARE(m_store->settings().ownFields, definitions);
}

void TestOwnFieldStore::retypeKeepsWhatDoesNotReadAndUndoes()
{
    const QMap<CustomerId, OwnFieldValues> before = ownFields();
    const auto replaced = m_store->changeOwnField(OwnFieldEdit::retype(points, OwnFieldType::Number));
    QVERIFY2(replaced.ok(), failure(replaced).constData());
    // "20" is a number already: only Aiko's value changes.
    QCOMPARE(replaced.value().customers.size(), 1);
    const QMap<CustomerId, OwnFieldValues> after = ownFields();
    QCOMPARE(after.value(m_ids.at(0)).value(points), u"1500"_qs);
    QCOMPARE(after.value(m_ids.at(1)).value(points), u"  lots "_qs);
    QCOMPARE(after.value(m_ids.at(2)).value(points), u"20"_qs);
    QCOMPARE(m_store->settings().ownFields.at(1).type, OwnFieldType::Number);

    // Back to text and then undone twice: "1,500" as it was written.
    const auto again = m_store->changeOwnField(OwnFieldEdit::retype(points, OwnFieldType::Text));
    QVERIFY(again.ok());
    QVERIFY(again.value().customers.isEmpty());
    QCOMPARE(m_store->restoreOwnFields(again.value()), std::nullopt);
    QCOMPARE(m_store->settings().ownFields.at(1).type, OwnFieldType::Number);
    QCOMPARE(m_store->restoreOwnFields(replaced.value()), std::nullopt);
    QCOMPARE(ownFields(), before);
    QCOMPARE(m_store->settings().ownFields, definitions);
}

void TestOwnFieldStore::namesThatLookLikePatterns_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("LIKE's wildcards") << u"50%_off"_qs;
    QTest::newRow("backslash and quotes") << u"C:\\\"quoted\""_qs;
    QTest::newRow("full-width and a line break") << u"ポイント％\n2"_qs;
}

void TestOwnFieldStore::namesThatLookLikePatterns()
{
    QFETCH(QString, name);
    // Ben's field has a name that the pattern's wildcards would also match.
    Customer ben = m_store->customer(m_ids.at(1)).value();
    ben.ownFields.insert(name, u"x"_qs);
    Customer chie = m_store->customer(m_ids.at(2)).value();
    chie.ownFields.insert(u"50a-off"_qs, u"y"_qs);
    QCOMPARE(m_store->updateCustomers({ben, chie}, u"hand"_qs, CustomerField::OwnFields), std::nullopt);
    WorkspaceSettings settings = m_store->settings();
    settings.ownFields.append({name, OwnFieldType::Text});
    QCOMPARE(m_store->setSettings(settings), std::nullopt);

    const auto replaced = m_store->changeOwnField(OwnFieldEdit::rename(name, u"Renamed"_qs));
    QVERIFY2(replaced.ok(), failure(replaced).constData());
    QCOMPARE(replaced.value().customers.size(), 1);
    QCOMPARE(ownFields().value(m_ids.at(1)).value(u"Renamed"_qs), u"x"_qs);
    QCOMPARE(ownFields().value(m_ids.at(2)).value(u"50a-off"_qs), u"y"_qs);
}

void TestOwnFieldStore::countsCustomersWithAValue()
{
    const auto counts = m_store->ownFieldCounts();
    QVERIFY(counts.ok());
    QCOMPARE(counts.value().value(rank), 2);
    QCOMPARE(counts.value().value(points), 3);
    QCOMPARE(counts.value().value(birthday), 1);
}

void TestOwnFieldStore::otherClientsFollow()
{
    if (!testingPostgres())
        QSKIP("PostgreSQL only: a SQLite file is one person's store, locked while open");
    CustomerStore colleague;
    QCOMPARE(colleague.open(m_location), std::nullopt);
    QSignalSpy reset(&colleague, &CustomerStore::customersReset);
    QSignalSpy settings(&colleague, &CustomerStore::settingsChanged);
    QVERIFY(m_store->changeOwnField(OwnFieldEdit::rename(points, u"ポイント"_qs)).ok());
    QTRY_COMPARE(settings.size(), 1);
    QTRY_COMPARE(reset.size(), 1);
    QCOMPARE(colleague.settings().ownFields.at(1).name, u"ポイント"_qs);
}

QTEST_GUILESS_MAIN(TestOwnFieldStore)
#include "tst_ownfieldstore.moc"
