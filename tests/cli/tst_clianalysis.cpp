// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/customerstore.h"
#include "excellencerule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "../common/clirun.h"

using namespace Kindred;

// Runs "kindred-cli funnel" and "kindred-cli pareto" on a store with
// hand-computed figures.
class TestCliAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void paretoAllTime();
    void paretoPeriod_data();
    void paretoPeriod();
    void paretoText();
    void funnelAsOf_data();
    void funnelAsOf();
    void funnelToday();
    void badArgumentsFail_data();
    void badArgumentsFail();
    void asOfInEveryAnalysingVerb();
    void asOfDefaultsToTheWorkspaces();

private:
    using Run = CliRun;
    Run cli(const QStringList &arguments) const;
    QJsonObject json(const QStringList &arguments) const;
    QTemporaryDir m_dir;
    QString m_db;
};

TestCliAnalysis::Run TestCliAnalysis::cli(const QStringList &arguments) const
{
    return runCli(QStringList{QStringLiteral("--db"), m_db} + arguments, m_dir.path());
}

QJsonObject TestCliAnalysis::json(const QStringList &arguments) const
{
    const Run run = cli(arguments + QStringList{QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning() << run.err;
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(run.out, &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << run.out;
    return object;
}

// Five customers:
//   1: 500 on 2025-01-10, refund -100 on 2025-03-01    (net 400)
//   2: 300 on 2024-05-05                               (300)
//   3: 200 on 2025-02-02, 100 on 2025-02-20            (300, tied with 2)
//   4: 50 on 2023-01-01, refund -80 on 2025-01-05      (net -30)
//   5: no orders
// The rule: revenue of 350 or more. Market: 1000.
void TestCliAnalysis::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("a.kindred"));
    CustomerStore store;
    QCOMPARE(store.open(m_db, CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    QList<Customer> customers(5);
    for (int i = 0; i < 5; ++i) {
        customers[i].name = QStringLiteral("Customer %1").arg(i + 1);
        customers[i].created = QDateTime(QDate(2020, 1, 1), QTime(), Qt::UTC);
    }
    QCOMPARE(store.addCustomers(customers), std::nullopt);
    auto id = [&customers](int n) { return customers.at(n - 1).id; };
    QList<Order> orders{
        {0, id(1), {}, QDate(2025, 1, 10), 500.0}, {0, id(1), {}, QDate(2025, 3, 1), -100.0},
        {0, id(2), {}, QDate(2024, 5, 5), 300.0},  {0, id(3), {}, QDate(2025, 2, 2), 200.0},
        {0, id(3), {}, QDate(2025, 2, 20), 100.0}, {0, id(4), {}, QDate(2023, 1, 1), 50.0},
        {0, id(4), {}, QDate(2025, 1, 5), -80.0},
    };
    QCOMPARE(store.addOrders(orders), std::nullopt);
    WorkspaceSettings settings = store.settings();
    settings.marketSize = 1000;
    settings.excellenceRule =
        ExcellenceRule(ExcellenceRule::Combinator::All, {{RuleField::Revenue, RuleOperator::AtLeast, 350, {}}})
            .toJson();
    QCOMPARE(store.setSettings(settings), std::nullopt);
}

void TestCliAnalysis::paretoAllTime()
{
    const QJsonObject pareto = json({QStringLiteral("pareto")});
    QCOMPARE(pareto.value(QStringLiteral("customers")).toInt(), 3);
    QCOMPARE(pareto.value(QStringLiteral("revenue")).toDouble(), 1000.0);
    QCOMPARE(pareto.value(QStringLiteral("net_revenue")).toDouble(), 970.0);
    QCOMPARE(pareto.value(QStringLiteral("top20_share")).toDouble(), 0.4);
    QCOMPARE(pareto.value(QStringLiteral("customers_for_80pct")).toInt(), 3);
    QCOMPARE(pareto.value(QStringLiteral("zero_revenue_customers")).toInt(), 1);
    QCOMPARE(pareto.value(QStringLiteral("negative_revenue_customers")).toInt(), 1);
    const QJsonObject abc = pareto.value(QStringLiteral("abc")).toObject();
    QCOMPARE(abc.value(QStringLiteral("A")).toInt(), 3);
    QCOMPARE(abc.value(QStringLiteral("B")).toInt(), 0);
    QCOMPARE(abc.value(QStringLiteral("C")).toInt(), 0);
    QVERIFY(pareto.value(QStringLiteral("since")).isNull());
}

void TestCliAnalysis::paretoPeriod_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("customers");
    QTest::addColumn<double>("revenue");
    QTest::addColumn<double>("top20Share");
    QTest::addColumn<int>("forEighty");
    QTest::addColumn<int>("zero");
    QTest::addColumn<int>("negative");
    QTest::newRow("2025") << QStringList{QStringLiteral("--since"), QStringLiteral("2025-01-01"),
                                         QStringLiteral("--until"), QStringLiteral("2025-12-31")}
                          << 2 << 700.0 << 400.0 / 700.0 << 2 << 2 << 1;
    QTest::newRow("since February 2025: 1 only refunds")
        << QStringList{QStringLiteral("--since"), QStringLiteral("2025-02-01")} << 1 << 300.0 << 1.0 << 1 << 3 << 1;
    QTest::newRow("until 2024") << QStringList{QStringLiteral("--until"), QStringLiteral("2024-12-31")} << 2
                                << 350.0 << 300.0 / 350.0 << 1 << 3 << 0;
    QTest::newRow("a day with nothing") << QStringList{QStringLiteral("--since"), QStringLiteral("2022-06-01"),
                                                       QStringLiteral("--until"), QStringLiteral("2022-06-01")}
                                        << 0 << 0.0 << 0.0 << 0 << 5 << 0;
}

void TestCliAnalysis::paretoPeriod()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, customers);
    QFETCH(double, revenue);
    QFETCH(double, top20Share);
    QFETCH(int, forEighty);
    QFETCH(int, zero);
    QFETCH(int, negative);
    const QJsonObject pareto = json(QStringList{QStringLiteral("pareto")} + arguments);
    QCOMPARE(pareto.value(QStringLiteral("customers")).toInt(), customers);
    QCOMPARE(pareto.value(QStringLiteral("revenue")).toDouble(), revenue);
    QVERIFY(qAbs(pareto.value(QStringLiteral("top20_share")).toDouble() - top20Share) < 1e-12);
    QCOMPARE(pareto.value(QStringLiteral("customers_for_80pct")).toInt(), forEighty);
    QCOMPARE(pareto.value(QStringLiteral("zero_revenue_customers")).toInt(), zero);
    QCOMPARE(pareto.value(QStringLiteral("negative_revenue_customers")).toInt(), negative);
}

void TestCliAnalysis::paretoText()
{
    const Run run = cli({QStringLiteral("pareto")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("The top 20% of customers bring 40% of revenue. 3 customers make up 80%."), run.out);
}

void TestCliAnalysis::funnelAsOf_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QList<int>>("counts");  // prospect, first-time, regular, core, dormant
    QTest::addColumn<QList<int>>("reached"); // prospect, first-time, regular, core
    // 1 is Core by revenue; 4 (two orders, the last a refund) is Regular.
    QTest::newRow("2025-03-31") << QStringLiteral("2025-03-31") << QList<int>{1, 1, 2, 1, 0}
                                << QList<int>{5, 4, 3, 1};
    // 4 had one order two years earlier: dormant.
    QTest::newRow("2024-12-31") << QStringLiteral("2024-12-31") << QList<int>{3, 1, 0, 0, 1}
                                << QList<int>{5, 2, 0, 0};
}

void TestCliAnalysis::funnelAsOf()
{
    QFETCH(QString, date);
    QFETCH(QList<int>, counts);
    QFETCH(QList<int>, reached);
    const QJsonObject funnel = json({QStringLiteral("funnel"), QStringLiteral("--as-of"), date});
    QCOMPARE(funnel.value(QStringLiteral("date")).toString(), date);
    QCOMPARE(funnel.value(QStringLiteral("market")).toInt(), 1000);
    QCOMPARE(funnel.value(QStringLiteral("customers")).toInt(), 5);
    const QJsonObject stages = funnel.value(QStringLiteral("stages")).toObject();
    const QStringList keys{QStringLiteral("prospect"), QStringLiteral("first_time"), QStringLiteral("regular"),
                           QStringLiteral("core"), QStringLiteral("dormant")};
    for (int i = 0; i < keys.size(); ++i)
        QCOMPARE(stages.value(keys.at(i)).toInt(), counts.at(i));
    const QJsonArray steps = funnel.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const QJsonObject step = steps.at(i).toObject();
        QCOMPARE(step.value(QStringLiteral("stage")).toString(), keys.at(i));
        QCOMPARE(step.value(QStringLiteral("reached")).toInt(), reached.at(i));
    }
    QCOMPARE(steps.at(0).toObject().value(QStringLiteral("conversion")).toDouble(), 0.005);
    QCOMPARE(funnel.value(QStringLiteral("core_share_of_market")).toDouble(), counts.at(3) / 1000.0);
}

void TestCliAnalysis::funnelToday()
{
    const QJsonObject funnel = json({QStringLiteral("funnel")});
    QCOMPARE(funnel.value(QStringLiteral("date")).toString(), QDate::currentDate().toString(Qt::ISODate));
    int total = 0;
    for (const QJsonValue &count : funnel.value(QStringLiteral("stages")).toObject())
        total += count.toInt();
    QCOMPARE(total, 5);
    // Customer 1 is Core by the rule whatever today is.
    QVERIFY(funnel.value(QStringLiteral("stages")).toObject().value(QStringLiteral("core")).toInt() >= 1);
}

void TestCliAnalysis::badArgumentsFail_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not a date") << QStringList{QStringLiteral("pareto"), QStringLiteral("--since"),
                                               QStringLiteral("last May")}
                                << QStringLiteral("last May");
    QTest::newRow("since after until")
        << QStringList{QStringLiteral("pareto"), QStringLiteral("--since"), QStringLiteral("2025-02-01"),
                       QStringLiteral("--until"), QStringLiteral("2025-01-01")}
        << QStringLiteral("after");
    QTest::newRow("last 12 months with since")
        << QStringList{QStringLiteral("pareto"), QStringLiteral("--last-12-months"), QStringLiteral("--since"),
                       QStringLiteral("2025-02-01")}
        << QStringLiteral("cannot be combined");
    QTest::newRow("funnel bad date") << QStringList{QStringLiteral("funnel"), QStringLiteral("--as-of"),
                                                    QStringLiteral("2025-13-01")}
                                     << QStringLiteral("2025-13-01");
}

void TestCliAnalysis::badArgumentsFail()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = cli(arguments);
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
}

void TestCliAnalysis::asOfInEveryAnalysingVerb()
{
    const QStringList asOf2024{QStringLiteral("--as-of"), QStringLiteral("2024-12-31")};
    // Pareto: all time and the last twelve months end at the day.
    const QJsonObject allTime = json(QStringList{QStringLiteral("pareto")} + asOf2024);
    QCOMPARE(allTime.value(QStringLiteral("until")).toString(), QStringLiteral("2024-12-31"));
    QCOMPARE(allTime.value(QStringLiteral("customers")).toInt(), 2); // 2 and 4
    QCOMPARE(allTime.value(QStringLiteral("revenue")).toDouble(), 350.0);
    const QJsonObject year = json({QStringLiteral("pareto"), QStringLiteral("--last-12-months"), QStringLiteral("--as-of"),
                                   QStringLiteral("2025-01-31")});
    QCOMPARE(year.value(QStringLiteral("since")).toString(), QStringLiteral("2024-02-01"));
    QCOMPARE(year.value(QStringLiteral("until")).toString(), QStringLiteral("2025-01-31"));
    QCOMPARE(year.value(QStringLiteral("revenue")).toDouble(), 800.0); // 1: 500, 2: 300; 4's refund off the curve

    // Stats: the orders up to the day.
    const QJsonObject stats = json(QStringList{QStringLiteral("stats")} + asOf2024);
    QCOMPARE(stats.value(QStringLiteral("customers")).toInt(), 5);
    QCOMPARE(stats.value(QStringLiteral("orders")).toInt(), 2);
    QCOMPARE(stats.value(QStringLiteral("revenue")).toDouble(), 350.0);

    // Customers: figures and stages as they stood.
    const Run customers = cli(QStringList{QStringLiteral("customers"), QStringLiteral("--json")} + asOf2024);
    QCOMPARE(customers.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(customers.out).array();
    QCOMPARE(rows.size(), 5);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("revenue")).toDouble(), 0.0);
    QCOMPARE(first.value(QStringLiteral("stage")).toString(), QStringLiteral("prospect"));
    QCOMPARE(rows.at(3).toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("dormant"));

    // Shortlist by the rule (revenue of 350 or more): nobody yet at the end of 2024.
    const Run none = cli(QStringList{QStringLiteral("shortlist"), QStringLiteral("--rule"), QStringLiteral("--json")}
                         + asOf2024);
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(none.out).array().size(), 0);
    const Run one = cli({QStringLiteral("shortlist"), QStringLiteral("--rule"), QStringLiteral("--json"),
                         QStringLiteral("--as-of"), QStringLiteral("2025-03-31")});
    QCOMPARE(QJsonDocument::fromJson(one.out).array().size(), 1);

    // Export: the customers table as they stood.
    const Run exported = cli(QStringList{QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--columns"),
                                         QStringLiteral("name,stage,orders")}
                             + asOf2024);
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.out.contains("Customer 1,Prospect,0"), exported.out);
    QVERIFY2(exported.out.contains("Customer 4,Dormant,1"), exported.out);

    // --help says what it means.
    const Run help = cli({QStringLiteral("funnel"), QStringLiteral("--help")});
    QVERIFY2(help.out.contains("--as-of <DATE>"), help.out);
    QVERIFY2(help.out.contains("orders after it do not count"), help.out);
}

void TestCliAnalysis::asOfDefaultsToTheWorkspaces()
{
    const QString db = m_dir.filePath(QStringLiteral("asof.kindred"));
    QVERIFY(QFile::copy(m_db, db));
    {
        CustomerStore store;
        QCOMPARE(store.open(db), std::nullopt);
        WorkspaceSettings settings = store.settings();
        settings.asOf = QDate(2024, 12, 31);
        settings.asOfChosen = true;
        QCOMPARE(store.setSettings(settings), std::nullopt);
    }
    auto funnelDate = [&](const QStringList &more) {
        const Run run = runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("funnel"), QStringLiteral("--json")}
                                   + more,
                               m_dir.path());
        return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("date")).toString();
    };
    QCOMPARE(funnelDate({}), QStringLiteral("2024-12-31"));
    QCOMPARE(funnelDate({QStringLiteral("--as-of"), QStringLiteral("2025-03-31")}), QStringLiteral("2025-03-31"));
    QCOMPARE(funnelDate({QStringLiteral("--as-of"), QStringLiteral("today")}),
             QDate::currentDate().toString(Qt::ISODate));
}

QTEST_GUILESS_MAIN(TestCliAnalysis)
#include "tst_clianalysis.moc"
