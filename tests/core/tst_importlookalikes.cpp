// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimporter.h"
#include "store/customerstore.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "../common/teststore.h"

using namespace Kindred;

// An import names the new customers who look like existing ones (same
// email, phone or name read as the duplicate finder reads them), and
// creates them by the same rules as before.
class TestImportLookAlikes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void customerListNamesLookAlikes();
    void sharedEmailWithAnotherIdIsCreatedAndNamed();
    void samePhoneWrittenAnotherWay();
    void orderLinesByNameNameVariants();
    void nothingToSayWithoutNewOrExistingCustomers();

private:
    Result<ImportSummary> import(const QByteArray &csv, ImportKind kind = ImportKind::Customers);
    CustomerId idOf(const QString &externalId) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    int m_files = 0;
};

void TestImportLookAlikes::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = testStoreLocation(*m_dir, QStringLiteral("k.kindred"));
    CustomerStore store;
    QVERIFY(!store.open(m_db, CustomerStore::OpenMode::CreateIfMissing));
}

Result<ImportSummary> TestImportLookAlikes::import(const QByteArray &csv, ImportKind kind)
{
    const QString path = m_dir->filePath(QStringLiteral("file%1.csv").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return Error{QStringLiteral("cannot write"), path};
    file.close();
    ImportOptions options;
    options.settings.kind = kind;
    return CsvImporter(m_db, path, options).run();
}

CustomerId TestImportLookAlikes::idOf(const QString &externalId) const
{
    CustomerStore store;
    if (store.open(m_db))
        return -1;
    const QList<Customer> customers = store.customers().value();
    for (const Customer &c : customers) {
        if (c.externalId == externalId)
            return c.id;
    }
    return -1;
}

void TestImportLookAlikes::customerListNamesLookAlikes()
{
    auto first = import("customer_id,name,email,company\n"
                        "C1,高橋 一郎,ichiro@example.jp,株式会社ソニー\n"
                        "C2,Jürgen Müller,jm@example.de,\n"
                        "C3,Ann Lee,ann@example.com,\n"
                        "C4,Hélène Dupré,helene@example.fr,\n");
    QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
    QVERIFY(first.value().lookAlikes.isEmpty()); // nobody was there before

    auto second = import("customer_id,name,email\n"
                         "N1,髙橋　一郎,i.takahashi@example.jp\n"
                         "N2,\"Mueller, Juergen\",juergen@example.de\n"
                         "N3,Annie,ANN@example.com\n"
                         "N4,Nobody Known,nobody@example.com\n"
                         "C4,Helene Dupre,helene@example.fr\n"); // the same id: updated, as ever
    QVERIFY2(second, second ? "" : qPrintable(second.error().toString()));
    const ImportSummary &s = second.value();
    QCOMPARE(s.customersCreated, 4);
    QCOMPARE(s.customersUpdated, 1);
    QCOMPARE(s.lookAlikes.size(), 3);

    const ImportLookAlike &takahashi = s.lookAlikes.at(0);
    QCOMPARE(takahashi.created.id, idOf(QStringLiteral("N1")));
    QCOMPARE(takahashi.created.name, QStringLiteral("髙橋　一郎"));
    QCOMPARE(takahashi.existing.id, idOf(QStringLiteral("C1")));
    QCOMPARE(takahashi.reasons, (QList<MatchReason>{{DuplicateReason::NameVariant, QStringLiteral("髙/高")}}));

    const ImportLookAlike &mueller = s.lookAlikes.at(1);
    QCOMPARE(mueller.created.id, idOf(QStringLiteral("N2")));
    QCOMPARE(mueller.existing.id, idOf(QStringLiteral("C2")));
    QCOMPARE(mueller.reasons.size(), 2);
    QCOMPARE(mueller.reasons.at(0).reason, DuplicateReason::NameTransliterated);
    QCOMPARE(mueller.reasons.at(1).reason, DuplicateReason::NameLastFirst);

    const ImportLookAlike &ann = s.lookAlikes.at(2);
    QCOMPARE(ann.created.id, idOf(QStringLiteral("N3")));
    QCOMPARE(ann.existing.id, idOf(QStringLiteral("C3")));
    QCOMPARE(ann.reasons.constFirst().reason, DuplicateReason::SameEmailButForCase);

    const QJsonObject json = s.toJson();
    QCOMPARE(json.value(QStringLiteral("customers_like_existing")).toInt(), 3);
    const QJsonObject entry = json.value(QStringLiteral("look_alikes")).toArray().at(2).toObject();
    QCOMPARE(entry.value(QStringLiteral("new")).toObject().value(QStringLiteral("external_id")).toString(),
             QStringLiteral("N3"));
    QCOMPARE(entry.value(QStringLiteral("new")).toObject().value(QStringLiteral("id")).toInteger(), ann.created.id);
    QCOMPARE(entry.value(QStringLiteral("existing")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Ann Lee"));
    const QJsonObject reason = entry.value(QStringLiteral("reasons")).toArray().at(0).toObject();
    QCOMPARE(reason.value(QStringLiteral("reason")).toString(), QStringLiteral("same_email_but_for_case"));
    QCOMPARE(reason.value(QStringLiteral("text")).toString(), QStringLiteral("same email but for case"));
}

// A customer known by another external id is someone else sharing the
// address: created, as before, and now named.
void TestImportLookAlikes::sharedEmailWithAnotherIdIsCreatedAndNamed()
{
    QVERIFY(import("customer_id,name,email\nA1,Ann Lee,family@example.com\n"));
    auto second = import("customer_id,name,email\nB7,Bob Lee,family@example.com\n");
    QVERIFY(second);
    QCOMPARE(second.value().customersCreated, 1);
    QCOMPARE(second.value().lookAlikes.size(), 1);
    QCOMPARE(second.value().lookAlikes.constFirst().created.id, idOf(QStringLiteral("B7")));
    QCOMPARE(second.value().lookAlikes.constFirst().existing.id, idOf(QStringLiteral("A1")));
    QCOMPARE(second.value().lookAlikes.constFirst().reasons.constFirst().reason, DuplicateReason::SameEmail);
}

// The phone of a customer list, written with the country code one time
// and without it the next.
void TestImportLookAlikes::samePhoneWrittenAnotherWay()
{
    QVERIFY(import(QStringLiteral("顧客番号,氏名,電話番号\nA1,山田 太郎,03-1111-2222\n").toUtf8()));
    auto second = import(QStringLiteral("顧客番号,氏名,電話番号\nB2,ヤマダ タロウ,+81 3 1111 2222\n").toUtf8());
    QVERIFY(second);
    QCOMPARE(second.value().customersCreated, 1);
    QCOMPARE(second.value().lookAlikes.size(), 1);
    QCOMPARE(second.value().lookAlikes.constFirst().existing.id, idOf(QStringLiteral("A1")));
    QCOMPARE(second.value().lookAlikes.constFirst().reasons.constFirst().reason, DuplicateReason::SamePhoneCountryCode);
}

// A shop's sheet with names only: customers are told apart by their exact
// names, as before; 髙橋 is a new customer, named as looking like 高橋.
void TestImportLookAlikes::orderLinesByNameNameVariants()
{
    auto first = import("date,customer,amount\n2024-01-05,高橋 一郎,1000\n2024-01-06,Smith John,50\n", ImportKind::Orders);
    QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
    auto second = import("date,customer,amount\n2024-02-05,髙橋 一郎,1000\n2024-02-06,高橋 一郎,500\n"
                         "2024-02-07,John Smith,70\n",
                         ImportKind::Orders);
    QVERIFY2(second, second ? "" : qPrintable(second.error().toString()));
    const ImportSummary &s = second.value();
    QCOMPARE(s.customersCreated, 2);
    QCOMPARE(s.ordersAdded, 3);
    QCOMPARE(s.lookAlikes.size(), 2);
    QCOMPARE(s.lookAlikes.at(0).created.name, QStringLiteral("髙橋 一郎"));
    QCOMPARE(s.lookAlikes.at(0).existing.name, QStringLiteral("高橋 一郎"));
    QVERIFY(s.lookAlikes.at(0).created.id > 0);
    QCOMPARE(s.lookAlikes.at(1).created.name, QStringLiteral("John Smith"));
    QCOMPARE(s.lookAlikes.at(1).reasons.constFirst().reason, DuplicateReason::NameReversed);
}

void TestImportLookAlikes::nothingToSayWithoutNewOrExistingCustomers()
{
    QVERIFY(import("customer_id,name,email\nC1,Ann Lee,ann@example.com\n"));
    auto again = import("customer_id,name,email\nC1,ANN LEE,ann@example.com\n");
    QVERIFY(again);
    QCOMPARE(again.value().customersCreated, 0);
    QVERIFY(again.value().lookAlikes.isEmpty());
    QCOMPARE(again.value().toJson().value(QStringLiteral("customers_like_existing")).toInt(), 0);
    QVERIFY(again.value().toJson().value(QStringLiteral("look_alikes")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestImportLookAlikes)
#include "tst_importlookalikes.moc"
