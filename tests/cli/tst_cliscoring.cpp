// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/customerstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "../common/clirun.h"

using namespace Kindred;

// kindred-cli import-survey, suggest and apply-suggestions, end to end.
class TestCliScoring : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void surveyDryRunThenApply();
    void handSetScoreNeedsOverwrite();
    void suggestExplains();
    void applySuggestionsKeepsHandScores();
    void badArgumentsFail_data();
    void badArgumentsFail();

private:
    using Run = CliRun;
    Run cli(const QStringList &arguments) const;
    QJsonObject json(const QStringList &arguments) const { return QJsonDocument::fromJson(cli(arguments).out).object(); }
    QString write(const QString &name, const QByteArray &bytes) const;
    QString storePath() const { return m_dir->filePath(QStringLiteral("s.kindred")); }
    /// The customer's latest history entry, read from the store after the CLI has finished.
    ScoreChange lastChange(const QString &externalId) const;
    QJsonObject customer(const QString &externalId) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_survey;
    QString m_scoring;
};

TestCliScoring::Run TestCliScoring::cli(const QStringList &arguments) const
{
    return runCli(QStringList{QStringLiteral("--db"), storePath()} + arguments, m_dir->path());
}

QString TestCliScoring::write(const QString &name, const QByteArray &bytes) const
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

ScoreChange TestCliScoring::lastChange(const QString &externalId) const
{
    CustomerStore store;
    if (store.open(storePath()))
        return {};
    const auto c = store.findCustomer(externalId);
    const auto history = store.scoreHistory(c.value().id);
    return history.value().isEmpty() ? ScoreChange{} : history.value().constLast();
}

QJsonObject TestCliScoring::customer(const QString &externalId) const
{
    const QJsonObject matrix = json({QStringLiteral("matrix"), QStringLiteral("--json")});
    for (const QJsonValue &value : matrix.value(QStringLiteral("customers")).toArray()) {
        if (value.toObject().value(QStringLiteral("external_id")).toString() == externalId)
            return value.toObject();
    }
    return {};
}

void TestCliScoring::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString customers = write(QStringLiteral("customers.csv"),
                                    "customer_id,name,email\n"
                                    "C1,Aiko,aiko@example.com\n"
                                    "C2,Ben,ben@example.com\n"
                                    "C3,Chie,chie@example.com\n");
    const QString orders = write(QStringLiteral("orders.csv"),
                                 "order_id,customer_id,order_date,amount\n"
                                 "O1,C1,2023-01-10,100\n"
                                 "O2,C1,2025-09-01,100\n"
                                 "O3,C1,2026-03-01,100\n"
                                 "O4,C1,2026-06-01,100\n"
                                 "O5,C2,2026-06-20,50\n");
    QCOMPARE(cli({QStringLiteral("import"), customers}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("import"), orders}).exitCode, 0);
    m_survey = write(QStringLiteral("spring.csv"),
                     "メールアドレス,共感,自覚\n"
                     "AIKO@example.com,とてもそう思う,1\n"
                     "Ben@Example.com,そう思わない,4\n"
                     "chie@example.com,,5\n"
                     "dan@example.com,そう思う,3\n");
    m_scoring = write(QStringLiteral("scoring.json"),
                      R"({"min_answers": 1, "questions": [
                          {"column": "共感", "axis": "fit", "weight": 1},
                          {"column": "自覚", "axis": "awareness", "scale": "1-5"}]})");
    // Aiko is placed by hand.
    QCOMPARE(cli({QStringLiteral("place"), QStringLiteral("C1"), QStringLiteral("--fit"), QStringLiteral("30"),
                  QStringLiteral("--awareness"), QStringLiteral("30")})
                 .exitCode,
             0);
}

void TestCliScoring::surveyDryRunThenApply()
{
    Run run = cli({QStringLiteral("import-survey"), m_survey, QStringLiteral("--scoring"), m_scoring,
                   QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(QStringLiteral("applied")).toBool(), false);
    QCOMPARE(result.value(QStringLiteral("respondents")).toInt(), 4);
    QCOMPARE(result.value(QStringLiteral("matched")).toInt(), 3);
    QCOMPARE(result.value(QStringLiteral("unmatched")).toInt(), 1);
    QCOMPARE(result.value(QStringLiteral("changed")).toInt(), 2);
    QCOMPARE(result.value(QStringLiteral("protected_by_hand")).toInt(), 1);
    QCOMPARE(result.value(QStringLiteral("newly_placed")).toInt(), 1); // Ben; Chie gets awareness only
    QVERIFY(run.err.contains(QStringLiteral("dan@example.com")));
    // Nothing saved yet.
    QVERIFY(customer(QStringLiteral("C2")).value(QStringLiteral("value_fit")).isNull());

    run = cli({QStringLiteral("import-survey"), m_survey, QStringLiteral("--scoring"), m_scoring,
               QStringLiteral("--apply")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("changed: 2 customers"));
    const QJsonObject ben = customer(QStringLiteral("C2"));
    QCOMPARE(ben.value(QStringLiteral("value_fit")).toDouble(), 25.0);
    QCOMPARE(ben.value(QStringLiteral("value_awareness")).toDouble(), 75.0);
    QCOMPARE(ben.value(QStringLiteral("quadrant")).toString(), QStringLiteral("III"));
    QCOMPARE(customer(QStringLiteral("C3")).value(QStringLiteral("value_awareness")).toDouble(), 100.0);
    QCOMPARE(lastChange(QStringLiteral("C2")).source, QStringLiteral("survey: spring.csv"));
    QCOMPARE(lastChange(QStringLiteral("C1")).source, QStringLiteral("hand"));
}

void TestCliScoring::handSetScoreNeedsOverwrite()
{
    QCOMPARE(cli({QStringLiteral("import-survey"), m_survey, QStringLiteral("--scoring"), m_scoring,
                  QStringLiteral("--apply")})
                 .exitCode,
             0);
    QCOMPARE(customer(QStringLiteral("C1")).value(QStringLiteral("value_fit")).toDouble(), 30.0);
    QCOMPARE(cli({QStringLiteral("import-survey"), m_survey, QStringLiteral("--scoring"), m_scoring,
                  QStringLiteral("--apply"), QStringLiteral("--overwrite-manual")})
                 .exitCode,
             0);
    const QJsonObject aiko = customer(QStringLiteral("C1"));
    QCOMPARE(aiko.value(QStringLiteral("value_fit")).toDouble(), 100.0);
    QCOMPARE(aiko.value(QStringLiteral("value_awareness")).toDouble(), 0.0);
    QCOMPARE(lastChange(QStringLiteral("C1")).source, QStringLiteral("survey: spring.csv"));
}

void TestCliScoring::suggestExplains()
{
    const QJsonObject result = json({QStringLiteral("suggest"), QStringLiteral("--json"), QStringLiteral("--date"),
                                     QStringLiteral("2026-06-30")});
    const QJsonArray suggestions = result.value(QStringLiteral("suggestions")).toArray();
    QCOMPARE(suggestions.size(), 2); // Chie has no orders
    const QJsonObject aiko = suggestions.at(0).toObject();
    QCOMPARE(aiko.value(QStringLiteral("external_id")).toString(), QStringLiteral("C1"));
    QCOMPARE(aiko.value(QStringLiteral("set_by_hand")).toBool(), true);
    QVERIFY(aiko.value(QStringLiteral("explanation")).toString().contains(QStringLiteral("3 repeat order")));
    QVERIFY(aiko.value(QStringLiteral("suggested_awareness")).toDouble() > 50.0);
    QCOMPARE(result.value(QStringLiteral("rule")).toObject().value(QStringLiteral("window_months")).toInt(), 12);
    // Suggesting saves nothing.
    QCOMPARE(customer(QStringLiteral("C2")).value(QStringLiteral("value_awareness")).isNull(), true);
}

void TestCliScoring::applySuggestionsKeepsHandScores()
{
    const QStringList date{QStringLiteral("--date"), QStringLiteral("2026-06-30")};
    Run run = cli(QStringList{QStringLiteral("apply-suggestions"), QStringLiteral("--json")} + date);
    QCOMPARE(run.exitCode, 0);
    QJsonObject plan = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(plan.value(QStringLiteral("changed")).toInt(), 1);
    QCOMPARE(plan.value(QStringLiteral("protected_by_hand")).toInt(), 1);
    QCOMPARE(customer(QStringLiteral("C1")).value(QStringLiteral("value_awareness")).toDouble(), 30.0);
    QVERIFY(!customer(QStringLiteral("C2")).value(QStringLiteral("value_awareness")).isNull());
    QCOMPARE(lastChange(QStringLiteral("C2")).source, QStringLiteral("behaviour rule"));

    run = cli(QStringList{QStringLiteral("apply-suggestions"), QStringLiteral("--overwrite-manual")} + date);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(customer(QStringLiteral("C1")).value(QStringLiteral("value_awareness")).toDouble() > 50.0);
    QCOMPARE(customer(QStringLiteral("C1")).value(QStringLiteral("value_fit")).toDouble(), 30.0);
    QCOMPARE(lastChange(QStringLiteral("C1")).source, QStringLiteral("behaviour rule"));
}

void TestCliScoring::badArgumentsFail_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no scoring") << QStringList{QStringLiteral("import-survey"), QStringLiteral("SURVEY")}
                                << QStringLiteral("--scoring");
    QTest::newRow("no file") << QStringList{QStringLiteral("import-survey"), QStringLiteral("--scoring"),
                                            QStringLiteral("SCORING")}
                             << QStringLiteral("survey file");
    QTest::newRow("bad date") << QStringList{QStringLiteral("suggest"), QStringLiteral("--date"),
                                             QStringLiteral("tomorrow")}
                              << QStringLiteral("--date");
    QTest::newRow("missing rule") << QStringList{QStringLiteral("suggest"), QStringLiteral("--rule"),
                                                 QStringLiteral("/nonexistent/rule.json")}
                                  << QStringLiteral("rule");
}

void TestCliScoring::badArgumentsFail()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("SURVEY"), m_survey);
    arguments.replaceInStrings(QStringLiteral("SCORING"), m_scoring);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliScoring)
#include "tst_cliscoring.moc"
