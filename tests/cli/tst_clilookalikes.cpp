// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../common/clirun.h"

// kindred-cli import names the new customers who look like existing ones,
// in its report and its JSON, and creates them as it always did.
class TestCliLookAlikes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void reportNamesLookAlikes();
    void jsonListsLookAlikes();
    void longListIsCut();
    void nothingSaidWithoutLookAlikes();

private:
    CliRun import(const QByteArray &csv, const QStringList &options = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    int m_files = 0;
};

void TestCliLookAlikes::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("k.kindred"));
    const CliRun first = import("customer_id,name,email,company\n"
                                "C1,高橋 一郎,ichiro@example.jp,株式会社ソニー\n"
                                "C2,Jürgen Müller,jm@example.de,\n"
                                "C3,Ann Lee,ann@example.com,\n");
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(!first.out.contains("look like"), first.out.constData());
}

CliRun TestCliLookAlikes::import(const QByteArray &csv, const QStringList &options)
{
    const QString path = m_dir->filePath(QStringLiteral("file%1.csv").arg(++m_files));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(csv);
    file.close();
    return runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("import"), path} + options, m_dir->path());
}

void TestCliLookAlikes::reportNamesLookAlikes()
{
    const CliRun run = import("customer_id,name,email\n"
                              "N1,髙橋　一郎,i.takahashi@example.jp\n"
                              "N2,\"Mueller, Juergen\",juergen@example.de\n"
                              "N3,Annie,ANN@example.com\n"
                              "N4,Nobody Known,nobody@example.com\n");
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("Customers: 4 created, 0 updated.")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("New customers who look like existing ones: 3. Review them:")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("  髙橋　一郎 (id 4) looks like 高橋 一郎 (id 1): same name written with 髙/高\n")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("  Mueller, Juergen (id 5) looks like Jürgen Müller (id 2): same name with umlauts "
                                         "written out (ü = ue), same name written \"Last, First\"\n")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("  Annie (id 6) looks like Ann Lee (id 3): same email but for case\n")),
             qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("Nobody")), qPrintable(out));
}

void TestCliLookAlikes::jsonListsLookAlikes()
{
    const CliRun run = import("customer_id,name,email\nN3,Annie,ANN@example.com\nN4,Nobody Known,nobody@example.com\n",
                              {QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("customers_created")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("customers_like_existing")).toInt(), 1);
    const QJsonArray lookAlikes = json.value(QStringLiteral("look_alikes")).toArray();
    QCOMPARE(lookAlikes.size(), 1);
    const QJsonObject entry = lookAlikes.at(0).toObject();
    const QJsonObject created = entry.value(QStringLiteral("new")).toObject();
    QCOMPARE(created.value(QStringLiteral("id")).toInt(), 4);
    QCOMPARE(created.value(QStringLiteral("external_id")).toString(), QStringLiteral("N3"));
    QCOMPARE(created.value(QStringLiteral("name")).toString(), QStringLiteral("Annie"));
    const QJsonObject existing = entry.value(QStringLiteral("existing")).toObject();
    QCOMPARE(existing.value(QStringLiteral("id")).toInt(), 3);
    QCOMPARE(existing.value(QStringLiteral("external_id")).toString(), QStringLiteral("C3"));
    QCOMPARE(existing.value(QStringLiteral("name")).toString(), QStringLiteral("Ann Lee"));
    const QJsonArray reasons = entry.value(QStringLiteral("reasons")).toArray();
    QCOMPARE(reasons.size(), 1);
    QCOMPARE(reasons.at(0).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("same_email_but_for_case"));
    QCOMPARE(reasons.at(0).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("same email but for case"));

    // The customers are there, created as before.
    const CliRun customers = runCli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("--json")},
                                    m_dir->path());
    QCOMPARE(QJsonDocument::fromJson(customers.out).array().size(), 5);
}

void TestCliLookAlikes::longListIsCut()
{
    QByteArray csv = "customer_id,name,email\n";
    for (int i = 0; i < 23; ++i)
        csv += "X" + QByteArray::number(i) + ",Someone " + QByteArray::number(i) + ",ANN@EXAMPLE.COM\n";
    const CliRun run = import(csv);
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("New customers who look like existing ones: 23.")), qPrintable(out));
    QCOMPARE(out.count(QStringLiteral(" looks like Ann Lee (id 3)")), 20);
    QVERIFY2(out.contains(QStringLiteral("... and 3 more; --json lists them all.")), qPrintable(out));
}

void TestCliLookAlikes::nothingSaidWithoutLookAlikes()
{
    const CliRun run = import("customer_id,name,email\nC1,高橋 一郎,ichiro@example.jp\nN9,Zoë Zed,zoe@example.com\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Customers: 1 created"), run.out.constData());
    QVERIFY2(!run.out.contains("look like"), run.out.constData());
    const CliRun json = import("customer_id,name,email\nN10,Other Person,other@example.com\n", {QStringLiteral("--json")});
    QCOMPARE(json.json().value(QStringLiteral("customers_like_existing")).toInt(), 0);
    QVERIFY(json.json().value(QStringLiteral("look_alikes")).isArray());
}

QTEST_GUILESS_MAIN(TestCliLookAlikes)
#include "tst_clilookalikes.moc"
