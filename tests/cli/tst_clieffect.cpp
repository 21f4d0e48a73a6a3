// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "excellencerule.h"
#include "store/customerstore.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../common/clirun.h"

using namespace Kindred;

// Runs "kindred-cli effect" on a store where one quadrant I customer (Ann)
// was called and then moved to II, another (Ben) was not contacted, stayed
// and became Core, and a third (Cleo), in II all along, was called too.
class TestCliEffect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsTheCalledCustomerWhoMoved();
    void readableText();
    void asOfEndsThePeriod();
    void badArgumentsFail_data();
    void badArgumentsFail();

private:
    CliRun cli(const QStringList &arguments) const;
    QTemporaryDir m_dir;
    QString m_db;
    const QString m_yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
};

CliRun TestCliEffect::cli(const QStringList &arguments) const
{
    return runCli(QStringList{QStringLiteral("--db"), m_db} + arguments, m_dir.path());
}

void TestCliEffect::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("e.kindred"));
    CustomerStore store;
    QCOMPARE(store.open(m_db, CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    QList<Customer> customers(3);
    customers[0].name = QStringLiteral("Ann");
    customers[1].name = QStringLiteral("Ben");
    customers[2].name = QStringLiteral("Cleo");
    for (Customer &c : customers) {
        c.valueFit = 70;
        c.valueAwareness = 20;
    }
    customers[2].valueAwareness = 80;
    QCOMPARE(store.addCustomers(customers), std::nullopt);
    QList<Order> orders{{0, customers[0].id, {}, QDate::currentDate(), 120.0},
                        {0, customers[1].id, {}, QDate::currentDate(), 30.0},
                        {0, customers[1].id, {}, QDate::currentDate().addYears(-1), 40.0}};
    QCOMPARE(store.addOrders(orders), std::nullopt);
    // Core: two orders or more; Ben gets there today.
    WorkspaceSettings settings = store.settings();
    settings.excellenceRule =
        ExcellenceRule(ExcellenceRule::Combinator::All, {{RuleField::OrderCount, RuleOperator::AtLeast, 2, {}}})
            .toJson();
    QCOMPARE(store.setSettings(settings), std::nullopt);

    const QDateTime anHourAgo = QDateTime::currentDateTime().addSecs(-3600);
    Contact call{0, customers[0].id, anHourAgo, QStringLiteral("call"), QStringLiteral("talked about the new range"), {}};
    QCOMPARE(store.addContact(call), std::nullopt);
    Contact visit{0, customers[2].id, anHourAgo, QStringLiteral("visit"), {}, {}};
    QCOMPARE(store.addContact(visit), std::nullopt);
    Customer ann = customers[0];
    ann.valueAwareness = 65;
    QCOMPARE(store.updateCustomer(ann, CustomerField::Scores), std::nullopt);
}

void TestCliEffect::countsTheCalledCustomerWhoMoved()
{
    const CliRun run = cli({QStringLiteral("effect"), QStringLiteral("--since"), m_yesterday, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject effect = run.json();
    QCOMPARE(effect.value(QStringLiteral("since")).toString(), m_yesterday);
    QCOMPARE(effect.value(QStringLiteral("until")).toString(), QDate::currentDate().toString(Qt::ISODate));
    const QJsonObject contacted = effect.value(QStringLiteral("contacted")).toObject();
    QCOMPARE(contacted.value(QStringLiteral("customers")).toInt(), 1);
    QCOMPARE(contacted.value(QStringLiteral("moved_i_to_ii")).toInt(), 1);
    QCOMPARE(contacted.value(QStringLiteral("awareness_change_median")).toDouble(), 45.0);
    QCOMPARE(contacted.value(QStringLiteral("orders")).toInt(), 1);
    QCOMPARE(contacted.value(QStringLiteral("revenue")).toDouble(), 120.0);
    QCOMPARE(contacted.value(QStringLiteral("became_core")).toInt(), 0);
    const QJsonObject others = effect.value(QStringLiteral("not_contacted")).toObject();
    QCOMPARE(others.value(QStringLiteral("customers")).toInt(), 1);
    QCOMPARE(others.value(QStringLiteral("moved_i_to_ii")).toInt(), 0);
    QCOMPARE(others.value(QStringLiteral("awareness_change_median")).toDouble(), 0.0);
    QCOMPARE(others.value(QStringLiteral("orders")).toInt(), 1);
    QCOMPARE(others.value(QStringLiteral("revenue")).toDouble(), 30.0);
    QCOMPARE(others.value(QStringLiteral("became_core")).toInt(), 1);
}

void TestCliEffect::readableText()
{
    const CliRun run = cli({QStringLiteral("effect"), QStringLiteral("--since"), m_yesterday});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(QStringLiteral("Moved I → II\t1 (100.00%)\t0 (0.00%)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Median change of value awareness\t+45\t0")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("tendency, not a cause")), qPrintable(text));
}

void TestCliEffect::asOfEndsThePeriod()
{
    // Up to yesterday: Ann and Cleo did not exist yet; Ben did, by his order of a year ago.
    const QString twoDaysAgo = QDate::currentDate().addDays(-2).toString(Qt::ISODate);
    const CliRun run = cli({QStringLiteral("effect"), QStringLiteral("--since"), twoDaysAgo, QStringLiteral("--as-of"),
                            m_yesterday, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject effect = run.json();
    QCOMPARE(effect.value(QStringLiteral("until")).toString(), m_yesterday);
    const QJsonObject contacted = effect.value(QStringLiteral("contacted")).toObject();
    QCOMPARE(contacted.value(QStringLiteral("customers")).toInt(), 0);
    QVERIFY(contacted.value(QStringLiteral("awareness_change_median")).isNull());
    const QJsonObject others = effect.value(QStringLiteral("not_contacted")).toObject();
    QCOMPARE(others.value(QStringLiteral("customers")).toInt(), 1);
    QCOMPARE(others.value(QStringLiteral("orders")).toInt(), 0);
    QCOMPARE(others.value(QStringLiteral("became_core")).toInt(), 0);
}

void TestCliEffect::badArgumentsFail_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no since") << QStringList{QStringLiteral("effect")} << QStringLiteral("--since");
    QTest::newRow("not a date") << QStringList{QStringLiteral("effect"), QStringLiteral("--since"),
                                               QStringLiteral("last May")}
                                << QStringLiteral("last May");
    QTest::newRow("since after the as-of day")
        << QStringList{QStringLiteral("effect"), QStringLiteral("--since"), QStringLiteral("2025-02-01"),
                       QStringLiteral("--as-of"), QStringLiteral("2025-01-01")}
        << QStringLiteral("after");
}

void TestCliEffect::badArgumentsFail()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const CliRun run = cli(arguments);
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliEffect)
#include "tst_clieffect.moc"
