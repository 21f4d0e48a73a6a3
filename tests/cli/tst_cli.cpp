// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "../common/clirun.h"

// Runs kindred-cli end to end, as a script would.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void helpAndVersion();
    void helpInJapanese_data();
    void helpInJapanese();
    void demoThenStats();
    void customersJson();
    void contactDetailsInJson();
    void missingStoreFailsClearly();
    void badArgumentsFail_data();
    void badArgumentsFail();
    void demoRefusesStoreWithCustomers();

private:
    using Run = CliRun;
    Run cli(const QStringList &arguments) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

TestCli::Run TestCli::cli(const QStringList &arguments) const
{
    return runCli(arguments, m_dir->path());
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("k.kindred"));
}

void TestCli::helpAndVersion()
{
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("demo"));
    QVERIFY(help.out.contains("stats"));
    const Run version = cli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains(KINDRED_VERSION));
    const Run verbHelp = cli({QStringLiteral("demo"), QStringLiteral("--help")});
    QCOMPARE(verbHelp.exitCode, 0);
    QVERIFY(verbHelp.out.contains("--customers"));
}

void TestCli::helpInJapanese_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    // Verb summaries and options built before the translator was installed stayed English.
    QTest::newRow("verb summary") << QStringList{QStringLiteral("--help")} << QStringLiteral("空のデータファイルを作成します。");
    QTest::newRow("common option") << QStringList{QStringLiteral("stats"), QStringLiteral("--help")}
                                   << QStringLiteral("このヘルプを表示します。");
    QTest::newRow("scoring option") << QStringList{QStringLiteral("apply-suggestions"), QStringLiteral("--help")}
                                    << QStringLiteral("手動で設定したスコアも置き換えます。");
    QTest::newRow("export option") << QStringList{QStringLiteral("shortlist"), QStringLiteral("--help")}
                                   << QStringLiteral("FILE に書き出します");
}

void TestCli::helpInJapanese()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run help = runCli(arguments, m_dir->path(), QStringLiteral("ja_JP.UTF-8"));
    QCOMPARE(help.exitCode, 0);
    const QString out = QString::fromUtf8(help.out);
    QVERIFY2(out.contains(expected), qPrintable(out));
}

void TestCli::demoThenStats()
{
    const Run demo = cli({QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--customers"),
                          QStringLiteral("1000")});
    QCOMPARE(demo.exitCode, 0);
    QVERIFY(demo.out.isEmpty()); // messages go to stderr

    const Run stats = cli({QStringLiteral("--db"), m_db, QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(stats.exitCode, 0);
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(stats.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("customers")).toInt(), 1000);
    QVERIFY(json.value(QStringLiteral("orders")).toInt() > 1000);
    QVERIFY(json.value(QStringLiteral("revenue")).toDouble() > 0);

    // --db after the verb works too.
    const Run after = cli({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
    QCOMPARE(after.out, stats.out);
}

void TestCli::customersJson()
{
    QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--customers"),
                  QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("4")})
                 .exitCode,
             0);
    const Run run = cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray customers = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(customers.size(), 50);
    const QJsonObject first = customers.at(0).toObject();
    for (const char *key : {"id", "name", "email", "stage", "revenue", "orders", "value_fit", "quadrant"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
}

// A list imported by its headers alone gives its contact details to the JSON.
void TestCli::contactDetailsInJson()
{
    const QString file = m_dir->filePath(QStringLiteral("members.csv"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QStringLiteral("会員番号,氏名,フリガナ,電話番号,郵便番号,住所\n"
                                 "M1,伊藤 一郎,イトウ イチロウ,03-1111-2222,100-0001,\"東京都千代田区1-1\n3F\"\n")
                      .toUtf8());
    }
    const Run imported = cli({QStringLiteral("--db"), m_db, QStringLiteral("import"), file});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const Run run = cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject ito = QJsonDocument::fromJson(run.out).array().at(0).toObject();
    QCOMPARE(ito.value(QStringLiteral("name")).toString(), QStringLiteral("伊藤 一郎"));
    QCOMPARE(ito.value(QStringLiteral("reading")).toString(), QStringLiteral("イトウ イチロウ"));
    QCOMPARE(ito.value(QStringLiteral("phone")).toString(), QStringLiteral("03-1111-2222"));
    QCOMPARE(ito.value(QStringLiteral("postal_code")).toString(), QStringLiteral("100-0001"));
    QCOMPARE(ito.value(QStringLiteral("address")).toString(), QStringLiteral("東京都千代田区1-1\n3F"));
}

void TestCli::missingStoreFailsClearly()
{
    const QString missing = m_dir->filePath(QStringLiteral("nothing-here.kindred"));
    const Run run = cli({QStringLiteral("--db"), missing, QStringLiteral("stats"), QStringLiteral("--json")});
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(missing) && run.err.contains(QStringLiteral("does not exist")), qPrintable(run.err));
    QVERIFY(!QFile::exists(missing));
}

void TestCli::badArgumentsFail_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no verb") << QStringList{} << QString();
    QTest::newRow("unknown verb") << QStringList{QStringLiteral("fly")} << QStringLiteral("fly");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("stats"), QStringLiteral("--bogus")}
                                    << QStringLiteral("bogus");
    QTest::newRow("bad count") << QStringList{QStringLiteral("demo"), QStringLiteral("--customers"),
                                              QStringLiteral("many")}
                               << QStringLiteral("many");
}

void TestCli::badArgumentsFail()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = cli(QStringList{QStringLiteral("--db"), m_db} + arguments);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(mentions) || run.out.contains(mentions.toUtf8()), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_db));
}

void TestCli::demoRefusesStoreWithCustomers()
{
    const QStringList demo{QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--customers"),
                           QStringLiteral("10")};
    QCOMPARE(cli(demo).exitCode, 0);
    const Run again = cli(demo);
    QVERIFY(again.exitCode != 0);
    QVERIFY(again.err.contains(QStringLiteral("already has customers")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
