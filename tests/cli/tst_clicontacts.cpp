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

// kindred-cli contact and contacts, on both engines.
class TestCliContacts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void logsAndListsAsJson();
    void sinceAndOneCustomer();
    void refusesWhatIsNotAContact_data();
    void refusesWhatIsNotAContact();

private:
    CliRun cli(const QStringList &arguments) const
    {
        return runCli(QStringList{arguments.constFirst(), QStringLiteral("--db"), m_db} + arguments.mid(1),
                      m_dir->path());
    }
    QJsonArray listed(const QStringList &arguments = {}) const
    {
        return QJsonDocument::fromJson(cli(QStringList{QStringLiteral("contacts"), QStringLiteral("--json")} + arguments).out)
            .array();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliContacts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = testStoreLocation(*m_dir, QStringLiteral("k.kindred"));
    CustomerStore store;
    QVERIFY(!store.open(m_db, CustomerStore::OpenMode::CreateIfMissing));
    QList<Customer> customers(2);
    customers[0].externalId = QStringLiteral("C1");
    customers[0].name = QStringLiteral("高橋 一郎");
    customers[1].externalId = QStringLiteral("C2");
    customers[1].name = QStringLiteral("Ito, Ben");
    QCOMPARE(store.addCustomers(customers), std::nullopt);
}

void TestCliContacts::logsAndListsAsJson()
{
    const CliRun logged = cli({QStringLiteral("contact"), QStringLiteral("C1"), QStringLiteral("--channel"),
                               QStringLiteral("call"), QStringLiteral("--note"),
                               QStringLiteral("新商品の話, \"refill\"\nまた来週")});
    QVERIFY2(logged.exitCode == 0, qPrintable(logged.err));
    QVERIFY(logged.err.contains(QStringLiteral("高橋 一郎")));
    const QJsonArray list = listed();
    QCOMPARE(list.size(), 1);
    const QJsonObject call = list.at(0).toObject();
    QCOMPARE(call.value(QStringLiteral("customer")).toString(), QStringLiteral("C1"));
    QCOMPARE(call.value(QStringLiteral("name")).toString(), QStringLiteral("高橋 一郎"));
    QCOMPARE(call.value(QStringLiteral("channel")).toString(), QStringLiteral("call"));
    QCOMPARE(call.value(QStringLiteral("note")).toString(), QStringLiteral("新商品の話, \"refill\"\nまた来週"));
    QVERIFY(!call.value(QStringLiteral("made_by")).toString().isEmpty());
    // Logged now, to the second.
    const QDateTime at = QDateTime::fromString(call.value(QStringLiteral("contacted_at")).toString(), Qt::ISODate);
    QVERIFY(at.isValid());
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTime())) < 60);
}

void TestCliContacts::sinceAndOneCustomer()
{
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("C1"), QStringLiteral("--channel"), QStringLiteral("visit"), QStringLiteral("--date"),
                      QStringLiteral("2026-03-01")},
          QStringList{QStringLiteral("C2"), QStringLiteral("--channel"), QStringLiteral("LINE"), QStringLiteral("--date"),
                      QStringLiteral("2026-03-02 14:30")},
          QStringList{QStringLiteral("C1"), QStringLiteral("--channel"), QStringLiteral("Email"), QStringLiteral("--date"),
                      QStringLiteral("2026-03-03T08:00")}}) {
        const CliRun run = cli(QStringList{QStringLiteral("contact")} + arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    const QJsonArray all = listed();
    QCOMPARE(all.size(), 3);
    const QJsonObject line = all.at(1).toObject();
    QCOMPARE(line.value(QStringLiteral("channel")).toString(), QStringLiteral("LINE"));
    QCOMPARE(QDateTime::fromString(line.value(QStringLiteral("contacted_at")).toString(), Qt::ISODate),
             QDateTime(QDate(2026, 3, 2), QTime(14, 30)));
    // A built-in channel typed in another case is the built-in one.
    QCOMPARE(all.at(2).toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("email"));

    const QJsonArray sinceSecond = listed({QStringLiteral("--since"), QStringLiteral("2026-03-02")});
    QCOMPARE(sinceSecond.size(), 2);
    const QJsonArray c1 = listed({QStringLiteral("C1")});
    QCOMPARE(c1.size(), 2);
    QCOMPARE(c1.at(0).toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("visit"));

    const CliRun text = cli({QStringLiteral("contacts"), QStringLiteral("C2")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("2026-03-02 14:30\tC2\tIto, Ben\tLINE"));
}

void TestCliContacts::refusesWhatIsNotAContact_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no channel") << QStringList{QStringLiteral("C1")} << QStringLiteral("--channel");
    QTest::newRow("unknown customer") << QStringList{QStringLiteral("C9"), QStringLiteral("--channel"), QStringLiteral("call")}
                                      << QStringLiteral("C9");
    QTest::newRow("not a date") << QStringList{QStringLiteral("C1"), QStringLiteral("--channel"), QStringLiteral("call"),
                                               QStringLiteral("--date"), QStringLiteral("3/1/2026")}
                                << QStringLiteral("3/1/2026");
    QTest::newRow("future") << QStringList{QStringLiteral("C1"), QStringLiteral("--channel"), QStringLiteral("call"),
                                           QStringLiteral("--date"),
                                           QDate::currentDate().addDays(2).toString(Qt::ISODate)}
                            << QStringLiteral("future");
}

void TestCliContacts::refusesWhatIsNotAContact()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = cli(QStringList{QStringLiteral("contact")} + arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(listed().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliContacts)
#include "tst_clicontacts.moc"
