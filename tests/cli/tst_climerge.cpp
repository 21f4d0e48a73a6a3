// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/customerstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../common/clirun.h"
#include "../common/teststore.h"

using namespace Kindred;

// kindred-cli duplicates, merge and not-duplicate, on both engines.
class TestCliMerge : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void duplicatesListsPairsAsJson();
    void mergeKeepsFilledValuesAndSaysWhatItDid();
    void preferOtherTakesTheOthersValue();
    void notDuplicateLeavesThePairOut();
    void refusesWhatCannotBeMerged();

private:
    /// kindred-cli customers --json: an array of customers.
    QJsonArray customers() const
    {
        return QJsonDocument::fromJson(cli({QStringLiteral("customers"), QStringLiteral("--json")}).out).array();
    }
    CliRun cli(const QStringList &arguments) const
    {
        return runCli(QStringList{arguments.constFirst(), QStringLiteral("--db"), m_db} + arguments.mid(1),
                      m_dir->path());
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = testStoreLocation(*m_dir, QStringLiteral("k.kindred"));
    CustomerStore store;
    QVERIFY(!store.open(m_db, CustomerStore::OpenMode::CreateIfMissing));
    Customer ichiro;
    ichiro.externalId = QStringLiteral("C1");
    ichiro.name = QStringLiteral("高橋 一郎");
    ichiro.email = QStringLiteral("ichiro@example.jp");
    Customer ichiro2;
    ichiro2.externalId = QStringLiteral("W9");
    ichiro2.name = QStringLiteral("髙橋　一郎");
    ichiro2.email = QStringLiteral("other@example.jp");
    ichiro2.phone = QStringLiteral("+81 3-1111-2222");
    ichiro2.ownFields = {{QStringLiteral("会員ランク"), QStringLiteral("ゴールド")}};
    Customer ann;
    ann.externalId = QStringLiteral("C3");
    ann.name = QStringLiteral("Ann Lee");
    ann.phone = QStringLiteral("03-1111-2222");
    QList<Customer> customers{ichiro, ichiro2, ann};
    QVERIFY(!store.addCustomers(customers));
    QList<Order> orders{{0, customers.at(0).id, QStringLiteral("A"), QDate(2025, 1, 1), 1000.0},
                        {0, customers.at(1).id, QStringLiteral("B"), QDate(2026, 2, 1), 500.0},
                        {0, customers.at(1).id, QStringLiteral("A"), QDate(2025, 1, 1), 1000.0}};
    QVERIFY(!store.addOrders(orders));
}

void TestCliMerge::duplicatesListsPairsAsJson()
{
    const CliRun run = cli({QStringLiteral("duplicates"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray pairs = run.json().value(QStringLiteral("pairs")).toArray();
    QCOMPARE(pairs.size(), 2);
    // The shared phone first, then the name written with 髙 and a full-width space.
    const QJsonObject phone = pairs.at(0).toObject();
    QCOMPARE(phone.value(QStringLiteral("a")).toObject().value(QStringLiteral("external_id")).toString(), QStringLiteral("W9"));
    QCOMPARE(phone.value(QStringLiteral("b")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Ann Lee"));
    QVERIFY(phone.value(QStringLiteral("reasons")).toArray().contains(QStringLiteral("same_phone_country_code")));
    const QJsonObject name = pairs.at(1).toObject();
    QCOMPARE(name.value(QStringLiteral("a")).toObject().value(QStringLiteral("id")).toInteger(), 1);
    QVERIFY(name.value(QStringLiteral("reasons")).toArray().contains(QStringLiteral("name_variant")));
    QVERIFY(name.value(QStringLiteral("score")).toInt() < phone.value(QStringLiteral("score")).toInt());

    const CliRun limited = cli({QStringLiteral("duplicates"), QStringLiteral("--limit"), QStringLiteral("1")});
    QCOMPARE(limited.exitCode, 0);
    QCOMPARE(limited.out.count('\n'), 1);
    QVERIFY(limited.out.contains("W9"));
}

void TestCliMerge::mergeKeepsFilledValuesAndSaysWhatItDid()
{
    const CliRun run = cli({QStringLiteral("merge"), QStringLiteral("C1"), QStringLiteral("W9")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Merged 2 髙橋　一郎 (W9) into 1 高橋 一郎 (C1)."), run.out.constData());
    QVERIFY2(run.out.contains("Orders moved: 1. Score changes moved: 0."), run.out.constData());
    // Order A reached both records: it counts once.
    QVERIFY2(run.out.contains("counted once"), run.out.constData());
    QVERIFY2(run.out.contains("Taken from 2: phone, 会員ランク."), run.out.constData());

    const QJsonArray after = customers();
    QCOMPARE(after.size(), 2);
    const QJsonObject kept = after.at(0).toObject();
    QCOMPARE(kept.value(QStringLiteral("name")).toString(), QStringLiteral("高橋 一郎"));
    QCOMPARE(kept.value(QStringLiteral("email")).toString(), QStringLiteral("ichiro@example.jp"));
    QCOMPARE(kept.value(QStringLiteral("phone")).toString(), QStringLiteral("+81 3-1111-2222"));
    QCOMPARE(kept.value(QStringLiteral("orders")).toInt(), 2);
    QCOMPARE(kept.value(QStringLiteral("revenue")).toDouble(), 1500.0);
}

void TestCliMerge::preferOtherTakesTheOthersValue()
{
    const CliRun run = cli({QStringLiteral("merge"), QStringLiteral("1"), QStringLiteral("2"),
                            QStringLiteral("--prefer-other"), QStringLiteral("email"),
                            QStringLiteral("--prefer-other"), QStringLiteral("external_id")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject kept = customers().at(0).toObject();
    QCOMPARE(kept.value(QStringLiteral("id")).toInt(), 1);
    QCOMPARE(kept.value(QStringLiteral("email")).toString(), QStringLiteral("other@example.jp"));
    QCOMPARE(kept.value(QStringLiteral("external_id")).toString(), QStringLiteral("W9"));
}

void TestCliMerge::notDuplicateLeavesThePairOut()
{
    const CliRun run = cli({QStringLiteral("not-duplicate"), QStringLiteral("C3"), QStringLiteral("W9")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray pairs = cli({QStringLiteral("duplicates"), QStringLiteral("--json")})
                                 .json().value(QStringLiteral("pairs")).toArray();
    QCOMPARE(pairs.size(), 1);
    QVERIFY(pairs.at(0).toObject().value(QStringLiteral("reasons")).toArray().contains(QStringLiteral("name_variant")));
}

void TestCliMerge::refusesWhatCannotBeMerged()
{
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("merge"), QStringLiteral("C1"), QStringLiteral("1")},
          QStringList{QStringLiteral("merge"), QStringLiteral("C1"), QStringLiteral("nobody")},
          QStringList{QStringLiteral("merge"), QStringLiteral("C1"), QStringLiteral("W9"), QStringLiteral("--prefer-other"),
                      QStringLiteral("shoe_size")},
          QStringList{QStringLiteral("not-duplicate"), QStringLiteral("C1")}}) {
        const CliRun run = cli(arguments);
        QVERIFY2(run.exitCode != 0, qPrintable(arguments.join(QLatin1Char(' '))));
        QVERIFY(!run.err.isEmpty());
    }
    QCOMPARE(cli({QStringLiteral("duplicates"), QStringLiteral("--json")}).json().value(QStringLiteral("pairs")).toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestCliMerge)
#include "tst_climerge.moc"
