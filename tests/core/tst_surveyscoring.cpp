// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/customerstore.h"
#include "scoresuggestions.h"
#include "surveyscoring.h"

#include <QFile>
#include <QJsonDocument>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include "../common/teststore.h"

using namespace Kindred;

Q_DECLARE_METATYPE(Kindred::AnswerScale)
Q_DECLARE_METATYPE(std::optional<double>)

class TestSurveyScoring : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void normalise_data();
    void normalise();
    void detectScale_data();
    void detectScale();
    void scoringFromJson_data();
    void scoringFromJson();
    void scoresRespondents();
    void japaneseLabelsInShiftJis();
    void missingQuestionColumnFails();
    void handSetScoresAreProtected();
    void applyingRecordsTheSource();
    void planCountsQuadrantChangesAndDistribution();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    QList<Customer> customers() const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSurveyScoring::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestSurveyScoring::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

QList<Customer> TestSurveyScoring::customers() const
{
    QList<Customer> list;
    for (int i = 1; i <= 4; ++i) {
        Customer c;
        c.id = i;
        c.externalId = QStringLiteral("C%1").arg(i);
        c.name = QStringLiteral("Customer %1").arg(i);
        c.email = QStringLiteral("Person%1@Example.com").arg(i);
        list.append(c);
    }
    return list;
}

void TestSurveyScoring::normalise_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<AnswerScale>("scale");
    QTest::addColumn<std::optional<double>>("expected");
    const std::optional<double> none;
    QTest::newRow("1-5 low") << "1" << AnswerScale::OneToFive << std::optional(0.0);
    QTest::newRow("1-5 middle") << "3" << AnswerScale::OneToFive << std::optional(0.5);
    QTest::newRow("1-5 high") << "5" << AnswerScale::OneToFive << std::optional(1.0);
    QTest::newRow("1-7 middle") << "4" << AnswerScale::OneToSeven << std::optional(0.5);
    QTest::newRow("1-7 high") << "7" << AnswerScale::OneToSeven << std::optional(1.0);
    QTest::newRow("0-10 zero") << "0" << AnswerScale::ZeroToTen << std::optional(0.0);
    QTest::newRow("0-10 seven") << "7" << AnswerScale::ZeroToTen << std::optional(0.7);
    QTest::newRow("full-width digit") << "５" << AnswerScale::OneToFive << std::optional(1.0);
    QTest::newRow("number with label") << "5 - Strongly agree" << AnswerScale::OneToFive << std::optional(1.0);
    QTest::newRow("number with Japanese label") << "4（そう思う）" << AnswerScale::OneToFive << std::optional(0.75);
    QTest::newRow("strongly disagree") << "Strongly Disagree" << AnswerScale::OneToFive << std::optional(0.0);
    QTest::newRow("disagree") << "disagree" << AnswerScale::OneToFive << std::optional(0.25);
    QTest::newRow("neutral") << "Neither agree nor disagree" << AnswerScale::OneToFive << std::optional(0.5);
    QTest::newRow("agree") << " Agree " << AnswerScale::OneToFive << std::optional(0.75);
    QTest::newRow("strongly agree") << "STRONGLY AGREE" << AnswerScale::OneToFive << std::optional(1.0);
    QTest::newRow("agree on 1-7") << "agree" << AnswerScale::OneToSeven << std::optional(5.0 / 6.0);
    QTest::newRow("somewhat agree on 1-7") << "Somewhat agree" << AnswerScale::OneToSeven << std::optional(4.0 / 6.0);
    QTest::newRow("label on 0-10") << "strongly agree" << AnswerScale::ZeroToTen << std::optional(1.0);
    QTest::newRow("全くそう思わない") << "全くそう思わない" << AnswerScale::OneToFive << std::optional(0.0);
    QTest::newRow("そう思わない") << "そう思わない" << AnswerScale::OneToFive << std::optional(0.25);
    QTest::newRow("どちらともいえない") << "どちらともいえない" << AnswerScale::OneToFive << std::optional(0.5);
    QTest::newRow("どちらとも言えない") << "どちらとも言えない" << AnswerScale::OneToFive << std::optional(0.5);
    QTest::newRow("そう思う") << "そう思う" << AnswerScale::OneToFive << std::optional(0.75);
    QTest::newRow("とてもそう思う") << "とてもそう思う" << AnswerScale::OneToFive << std::optional(1.0);
    QTest::newRow("ややそう思う on 1-5") << "ややそう思う" << AnswerScale::OneToFive << std::optional(0.75);
    QTest::newRow("あまりそう思わない on 1-7") << "あまりそう思わない" << AnswerScale::OneToSeven << std::optional(2.0 / 6.0);
    QTest::newRow("half-width katakana spaces") << " そう 思う " << AnswerScale::OneToFive << std::optional(0.75);
    QTest::newRow("unanswered") << "" << AnswerScale::OneToFive << none;
    QTest::newRow("blank") << "  " << AnswerScale::OneToFive << none;
    QTest::newRow("out of scale") << "6" << AnswerScale::OneToFive << none;
    QTest::newRow("zero on 1-5") << "0" << AnswerScale::OneToFive << none;
    QTest::newRow("not an answer") << "maybe" << AnswerScale::OneToFive << none;
}

void TestSurveyScoring::normalise()
{
    QFETCH(QString, answer);
    QFETCH(AnswerScale, scale);
    QFETCH(std::optional<double>, expected);
    const auto value = SurveyScoring::normalise(answer, scale);
    QCOMPARE(value.has_value(), expected.has_value());
    if (expected)
        QCOMPARE(*value, *expected);
}

void TestSurveyScoring::detectScale_data()
{
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<AnswerScale>("expected");
    QTest::newRow("1-5") << QStringList{"1", "3", "", "5"} << AnswerScale::OneToFive;
    QTest::newRow("1-7") << QStringList{"1", "6", "2"} << AnswerScale::OneToSeven;
    QTest::newRow("0-10 by zero") << QStringList{"0", "3"} << AnswerScale::ZeroToTen;
    QTest::newRow("0-10 by nine") << QStringList{"9", "3"} << AnswerScale::ZeroToTen;
    QTest::newRow("5 labels") << QStringList{"agree", "strongly agree", "neutral"} << AnswerScale::OneToFive;
    QTest::newRow("Japanese 5 with あまり and やや")
        << QStringList{"全くそう思わない", "あまりそう思わない", "どちらともいえない", "ややそう思う", "とてもそう思う"}
        << AnswerScale::OneToFive;
    QTest::newRow("7 labels") << QStringList{"agree", "somewhat agree"} << AnswerScale::OneToSeven;
    QTest::newRow("Japanese 7") << QStringList{"そう思わない", "あまりそう思わない"} << AnswerScale::OneToSeven;
}

void TestSurveyScoring::detectScale()
{
    QFETCH(QStringList, answers);
    QFETCH(AnswerScale, expected);
    QCOMPARE(SurveyScoring::detectScale(answers), expected);
}

void TestSurveyScoring::scoringFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::newRow("full") << QByteArray(R"({"min_answers": 2, "questions": [{"column": "Q1", "axis": "fit",
        "weight": 2, "reversed": true, "scale": "1-7"}]})") << true;
    QTest::newRow("defaults") << QByteArray(R"({"questions": [{"column": "Q1", "axis": "awareness"}]})") << true;
    QTest::newRow("no questions") << QByteArray(R"({"questions": []})") << false;
    QTest::newRow("bad axis") << QByteArray(R"({"questions": [{"column": "Q1", "axis": "love"}]})") << false;
    QTest::newRow("bad scale") << QByteArray(R"({"questions": [{"column": "Q1", "axis": "fit", "scale": "1-9"}]})") << false;
    QTest::newRow("zero weight") << QByteArray(R"({"questions": [{"column": "Q1", "axis": "fit", "weight": 0}]})") << false;
    QTest::newRow("min answers 0") << QByteArray(R"({"min_answers": 0, "questions": [{"column": "Q1", "axis": "fit"}]})") << false;
}

void TestSurveyScoring::scoringFromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    const auto scoring = SurveyScoring::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(scoring.ok(), ok);
    if (!ok) {
        QVERIFY(!scoring.error().message.isEmpty());
        return;
    }
    // What is written reads back the same.
    const auto again = SurveyScoring::fromJson(scoring.value().toJson());
    QVERIFY(again.ok());
    QCOMPARE(again.value().toJson(), scoring.value().toJson());
}

void TestSurveyScoring::scoresRespondents()
{
    // Q1 and Q2 on fit (Q2 reversed, weight 3), Q3 and Q4 on awareness (1-7 and 0-10).
    const QString path = writeFile(QStringLiteral("survey.csv"),
                                   "Email,Q1,Q2,Q3,Q4\n"
                                   "PERSON1@example.COM,5,1,7,10\n"      // fit 100, awareness 100
                                   "person2@example.com,1,,4,5\n"       // fit 0 (Q2 missing), awareness 50
                                   "person3@example.com,3,5,,\n"        // awareness: no answers
                                   "nobody@example.com,5,5,5,5\n"       // unmatched
                                   "person4@example.com,agree,huh,1,0\n"); // Q2 unreadable
    SurveyScoring scoring;
    scoring.minAnswers = 1;
    scoring.questions = {{QStringLiteral("Q1"), ScoreAxis::ValueFit, 1.0, false, AnswerScale::OneToFive},
                         {QStringLiteral("Q2"), ScoreAxis::ValueFit, 3.0, true, AnswerScale::OneToFive},
                         {QStringLiteral("Q3"), ScoreAxis::ValueAwareness, 1.0, false, AnswerScale::Auto},
                         {QStringLiteral("Q4"), ScoreAxis::ValueAwareness, 1.0, false, AnswerScale::Auto}};
    auto result = scoreSurvey(path, scoring, customers());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const SurveyResult &r = result.value();
    QCOMPARE(r.respondents, 5);
    QCOMPARE(r.unmatched, 1);
    QCOMPARE(r.scales, (QList<AnswerScale>{AnswerScale::OneToFive, AnswerScale::OneToFive, AnswerScale::OneToSeven,
                                           AnswerScale::ZeroToTen}));
    QCOMPARE(r.scores.size(), 4);

    // Matched by email whatever its case.
    QCOMPARE(r.scores.at(0).customerId, 1);
    QCOMPARE(r.scores.at(0).valueFit, std::optional(100.0));
    QCOMPARE(r.scores.at(0).valueAwareness, std::optional(100.0));
    // A skipped question is left out of the mean, not read as the lowest answer.
    QCOMPARE(r.scores.at(1).valueFit, std::optional(0.0));
    QCOMPARE(r.scores.at(1).fitAnswers, 1);
    QCOMPARE(r.scores.at(1).valueAwareness, std::optional(50.0));
    // Reversed and weighted: (1 × 0.5 + 3 × (1 - 1)) / 4.
    QCOMPARE(r.scores.at(2).valueFit, std::optional(12.5));
    QCOMPARE(r.scores.at(2).valueAwareness, std::optional<double>());
    // An unreadable answer is left out and reported with its row and column.
    QCOMPARE(r.scores.at(3).valueFit, std::optional(75.0));
    QCOMPARE(r.scores.at(3).valueAwareness, std::optional(0.0));
    const auto unreadable = std::find_if(r.problems.cbegin(), r.problems.cend(),
                                         [](const Error &e) { return e.message.contains(QStringLiteral("huh")); });
    QVERIFY(unreadable != r.problems.cend());
    QCOMPARE(unreadable->row, 6);
    QCOMPARE(unreadable->column, 3);

    // Too few answers: no score rather than a guess.
    scoring.minAnswers = 2;
    result = scoreSurvey(path, scoring, customers());
    QVERIFY(result.ok());
    QCOMPARE(result.value().scores.at(1).valueFit, std::optional<double>());
    QCOMPARE(result.value().scores.at(1).valueAwareness, std::optional(50.0));
    QCOMPARE(result.value().scores.at(2).valueFit, std::optional(12.5));
}

void TestSurveyScoring::japaneseLabelsInShiftJis()
{
    const QString text = QStringLiteral("顧客ID,商品の考え方に共感する,他社製品の方が良い,自分の好みを説明できる\r\n"
                                        "C1,とてもそう思う,全くそう思わない,そう思う\r\n"
                                        "C2,どちらともいえない,そう思う,\r\n"
                                        "C3,そう思わない,とてもそう思う,全くそう思わない\r\n");
    QStringEncoder encoder("windows-31j");
    const QString path = writeFile(QStringLiteral("アンケート.csv"), encoder.encode(text));
    SurveyScoring scoring;
    scoring.questions = {{QStringLiteral("商品の考え方に共感する"), ScoreAxis::ValueFit, 1.0, false, AnswerScale::Auto},
                         {QStringLiteral("他社製品の方が良い"), ScoreAxis::ValueFit, 1.0, true, AnswerScale::Auto},
                         {QStringLiteral("自分の好みを説明できる"), ScoreAxis::ValueAwareness, 1.0, false,
                          AnswerScale::Auto}};
    const auto result = scoreSurvey(path, scoring, customers());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result.value().encoding, QByteArray("Shift_JIS"));
    const QList<SurveyScore> &scores = result.value().scores;
    QCOMPARE(scores.size(), 3);
    QCOMPARE(scores.at(0).valueFit, std::optional(100.0));
    QCOMPARE(scores.at(0).valueAwareness, std::optional(75.0));
    QCOMPARE(scores.at(1).valueFit, std::optional(37.5));
    QCOMPARE(scores.at(1).valueAwareness, std::optional<double>());
    QCOMPARE(scores.at(2).valueFit, std::optional(12.5));
    QCOMPARE(scores.at(2).valueAwareness, std::optional(0.0));
}

void TestSurveyScoring::missingQuestionColumnFails()
{
    const QString path = writeFile(QStringLiteral("s.csv"), "Email,Q1\nperson1@example.com,3\n");
    SurveyScoring scoring;
    scoring.questions = {{QStringLiteral("Q9"), ScoreAxis::ValueFit, 1.0, false, AnswerScale::Auto}};
    auto result = scoreSurvey(path, scoring, customers());
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(QStringLiteral("Q9")));

    const QString noKey = writeFile(QStringLiteral("n.csv"), "Respondent,Q1\nx,3\n");
    scoring.questions = {{QStringLiteral("Q1"), ScoreAxis::ValueFit, 1.0, false, AnswerScale::Auto}};
    result = scoreSurvey(noKey, scoring, customers());
    QVERIFY(!result.ok());
}

void TestSurveyScoring::handSetScoresAreProtected()
{
    CustomerStore store;
    QVERIFY(!store.open(testStoreLocation(*m_dir, QStringLiteral("s.kindred")),
                        CustomerStore::OpenMode::CreateIfMissing));
    QList<Customer> list = customers();
    for (Customer &c : list)
        c.id = 0;
    QVERIFY(!store.addCustomers(list));
    // 1: placed by hand; 2: fit by hand, awareness from an import; 3: from an import; 4: unplaced.
    list[0].valueFit = 80;
    list[0].valueAwareness = 20;
    list[1].valueFit = 70;
    list[2].valueFit = 10;
    list[2].valueAwareness = 10;
    QVERIFY(!store.updateCustomers({list[0], list[1]}));
    list[1].valueAwareness = 30;
    QVERIFY(!store.updateCustomers({list[1], list[2]}, QStringLiteral("import")));

    const auto sources = store.latestScoreSources();
    QVERIFY(sources.ok());
    QCOMPARE(sources.value().value(list[0].id).valueFit, QStringLiteral("hand"));
    QCOMPARE(sources.value().value(list[1].id).valueFit, QStringLiteral("hand"));
    QCOMPARE(sources.value().value(list[1].id).valueAwareness, QStringLiteral("import"));
    QVERIFY(!sources.value().contains(list[3].id));

    QList<ScoreSuggestion> suggestions;
    for (const Customer &c : std::as_const(list))
        suggestions.append({c.id, 60.0, 60.0, QString()});
    auto plan = planSuggestions(store, suggestions, false);
    QVERIFY(plan.ok());
    QCOMPARE(plan.value().suggested, 4);
    QCOMPARE(plan.value().protectedByHand, 2);
    QCOMPARE(plan.value().updates.size(), 3);
    QCOMPARE(plan.value().before.size(), 3);
    // Customer 1 is left alone; customer 2 keeps the hand-set fit and gets the suggested awareness.
    for (const Customer &c : plan.value().updates)
        QVERIFY(c.id != list[0].id);
    QCOMPARE(plan.value().updates.at(0).id, list[1].id);
    QCOMPARE(plan.value().updates.at(0).valueFit, std::optional(70.0));
    QCOMPARE(plan.value().updates.at(0).valueAwareness, std::optional(60.0));

    plan = planSuggestions(store, suggestions, true);
    QVERIFY(plan.ok());
    QCOMPARE(plan.value().protectedByHand, 0);
    QCOMPARE(plan.value().updates.size(), 4);
    QCOMPARE(plan.value().updates.at(0).valueFit, std::optional(60.0));
}

void TestSurveyScoring::applyingRecordsTheSource()
{
    CustomerStore store;
    QVERIFY(!store.open(testStoreLocation(*m_dir, QStringLiteral("h.kindred")),
                        CustomerStore::OpenMode::CreateIfMissing));
    QList<Customer> list = customers();
    for (Customer &c : list)
        c.id = 0;
    QVERIFY(!store.addCustomers(list));
    const QString path = writeFile(QStringLiteral("spring.csv"), "Email,Q1,Q2\nperson1@EXAMPLE.com,5,1\n");
    SurveyScoring scoring;
    scoring.questions = {{QStringLiteral("Q1"), ScoreAxis::ValueFit, 1.0, false, AnswerScale::OneToFive},
                         {QStringLiteral("Q2"), ScoreAxis::ValueAwareness, 1.0, false, AnswerScale::OneToFive}};
    const auto survey = scoreSurvey(path, scoring, store.customers().value());
    QVERIFY(survey.ok());
    const auto plan = planSuggestions(store, survey.value().suggestions(), false);
    QVERIFY(plan.ok());
    QCOMPARE(plan.value().updates.size(), 1);
    QVERIFY(!store.updateCustomers(plan.value().updates, QStringLiteral("survey: spring.csv")));

    const auto history = store.scoreHistory(list[0].id);
    QVERIFY(history.ok());
    QCOMPARE(history.value().size(), 1);
    QCOMPARE(history.value().constFirst().source, QStringLiteral("survey: spring.csv"));
    QCOMPARE(history.value().constFirst().newFit, std::optional(100.0));
    QCOMPARE(history.value().constFirst().newAwareness, std::optional(0.0));
    // Not set by hand: a later survey may replace it.
    QCOMPARE(store.latestScoreSources().value().value(list[0].id).valueFit, QStringLiteral("survey: spring.csv"));
}

void TestSurveyScoring::planCountsQuadrantChangesAndDistribution()
{
    QList<Customer> list = customers();
    list[0].valueFit = 80; // I
    list[0].valueAwareness = 20;
    list[1].valueFit = 80; // II
    list[1].valueAwareness = 80;
    const QList<ScoreSuggestion> suggestions = {
        {1, std::nullopt, 55.0, QString()},  // I -> II
        {2, 85.0, std::nullopt, QString()},  // stays II
        {3, 95.0, 5.0, QString()},           // unplaced -> I
        {99, 10.0, 10.0, QString()},         // no such customer
    };
    const SuggestionPlan plan = planSuggestions(list, suggestions, {}, QuadrantSplit{}, false);
    QCOMPARE(plan.suggested, 3);
    QCOMPARE(plan.updates.size(), 3);
    QCOMPARE(plan.quadrantChanges, 1);
    QCOMPARE(plan.newlyPlaced, 1);
    QCOMPARE(plan.countsBefore[int(Quadrant::I)], 1);
    QCOMPARE(plan.countsAfter[int(Quadrant::I)], 1);
    QCOMPARE(plan.countsAfter[int(Quadrant::II)], 2);
    QCOMPARE(plan.countsAfter[int(Quadrant::Unplaced)], 1);
    QCOMPARE(plan.fitDistribution[8], 1);
    QCOMPARE(plan.fitDistribution[9], 1);
    QCOMPARE(plan.awarenessDistribution[5], 1);
    QCOMPARE(plan.awarenessDistribution[0], 1);
}

QTEST_GUILESS_MAIN(TestSurveyScoring)
#include "tst_surveyscoring.moc"
