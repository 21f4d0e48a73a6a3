// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/customerstore.h"
#include "excellencerule.h"
#include "shortlist.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include "../common/clirun.h"

#include <sys/stat.h>

using namespace Kindred;

// kindred-cli shortlist and export, end to end, on a store made for the test.
class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void shortlistJsonFollowsCapacityPinsAndExclusions();
    void shortlistOtherQuadrantAndLimit();
    void shortlistCsvOnStdout();
    void shortlistCp932ToFile();
    void cp932ProblemsFailAndListCells();
    void manyCp932ProblemsAreSummarised();
    void shortlistFromTheRule();
    void exportCustomers();
    void exportPareto();
    void workbooks_data();
    void workbooks();
    void workbookOnStandardOutput();
    void csvForGermanExcel();
    void badArgumentsFail_data();
    void badArgumentsFail();
    void unwritableTargetNamesThePath();
    void dashMeansStandardOutput();
    void devStdoutIsWritten();
    void fifoTargetsAreWrittenNotReplaced_data();
    void fifoTargetsAreWrittenNotReplaced();

private:
    using Run = CliRun;
    Run cli(const QStringList &arguments) const;
    QByteArray fileBytes(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QList<CustomerId> m_ids; // by name: 0 = 髙橋, 1 = 佐藤, ...
};

TestCliExport::Run TestCliExport::cli(const QStringList &arguments) const
{
    return runCli(QStringList{QStringLiteral("--db"), m_db} + arguments, m_dir->path());
}

QByteArray TestCliExport::fileBytes(const QString &name) const
{
    QFile file(m_dir->filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestCliExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("k.kindred"));
    CustomerStore store;
    QCOMPARE(store.open(m_db, CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    struct Person
    {
        const char *name;
        double fit, awareness, revenue;
    };
    // Quadrant I: the first five; then II, III and IV.
    const QList<Person> people{{"髙橋 一郎", 90, 10, 500}, {"佐藤 葵", 80, 20, 900},   {"=Evil, Inc.", 70, 30, 100},
                               {"鈴木 花子", 60, 40, 300},  {"田中 翔", 55, 45, 50},    {"Zoë 😀", 90, 90, 800},
                               {"Bob", 10, 90, 700},        {"Carol", 10, 10, 600}};
    QList<Customer> customers;
    for (const Person &p : people) {
        Customer c;
        c.name = QString::fromUtf8(p.name);
        c.email = QStringLiteral("p%1@example.jp").arg(customers.size());
        c.valueFit = p.fit;
        c.valueAwareness = p.awareness;
        c.notes = QStringLiteral("メモ, \"引用\"\n二行目");
        customers.append(c);
    }
    QCOMPARE(store.addCustomers(customers), std::nullopt);
    QList<Order> orders;
    m_ids.clear();
    for (qsizetype i = 0; i < customers.size(); ++i) {
        m_ids.append(customers.at(i).id);
        orders.append({0, customers.at(i).id, QString(), QDate(2026, 1, 1), people.at(i).revenue});
    }
    QCOMPARE(store.addOrders(orders), std::nullopt);
    WorkspaceSettings settings = store.settings();
    settings.oneToOneCapacity = 3;
    QCOMPARE(store.setSettings(settings), std::nullopt);
}

void TestCliExport::shortlistJsonFollowsCapacityPinsAndExclusions()
{
    auto names = [this]() {
        const Run run = cli({QStringLiteral("shortlist"), QStringLiteral("--json")});
        QStringList result;
        for (const QJsonValue &v : QJsonDocument::fromJson(run.out).array())
            result.append(v.toObject().value(QStringLiteral("name")).toString());
        return result;
    };
    // Capacity 3 from the settings, quadrant I by value score.
    QCOMPARE(names(), (QStringList{QStringLiteral("佐藤 葵"), QStringLiteral("髙橋 一郎"), QStringLiteral("鈴木 花子")}));

    {
        CustomerStore store;
        QCOMPARE(store.open(m_db), std::nullopt);
        Customer carol = store.customer(m_ids.at(7)).value();
        carol.pinned = true;
        QCOMPARE(store.updateCustomer(carol), std::nullopt);
        QCOMPARE(store.setShortlistMarks(marksWithExcluded({}, {m_ids.at(1)}, true)), std::nullopt);
    }
    // Carol (quadrant IV) pinned takes a place, ranked by value score; 佐藤 excluded.
    QCOMPARE(names(), (QStringList{QStringLiteral("髙橋 一郎"), QStringLiteral("鈴木 花子"), QStringLiteral("Carol")}));
    const Run run = cli({QStringLiteral("shortlist"), QStringLiteral("--json")});
    const QJsonObject carol = QJsonDocument::fromJson(run.out).array().at(2).toObject();
    QCOMPARE(carol.value(QStringLiteral("pinned")).toBool(), true);
    QCOMPARE(carol.value(QStringLiteral("in_source")).toBool(), false);
    QCOMPARE(carol.value(QStringLiteral("quadrant")).toString(), QStringLiteral("IV"));
    QCOMPARE(carol.value(QStringLiteral("revenue")).toDouble(), 600.0);
}

void TestCliExport::shortlistOtherQuadrantAndLimit()
{
    const Run run = cli({QStringLiteral("shortlist"), QStringLiteral("--json"), QStringLiteral("--quadrant"),
                         QStringLiteral("iii"), QStringLiteral("--limit"), QStringLiteral("10")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Bob"));
    const Run all = cli({QStringLiteral("shortlist"), QStringLiteral("--json"), QStringLiteral("--limit"),
                         QStringLiteral("10")});
    QCOMPARE(QJsonDocument::fromJson(all.out).array().size(), 5);
    const Run none = cli({QStringLiteral("shortlist"), QStringLiteral("--json"), QStringLiteral("--limit"),
                          QStringLiteral("0")});
    QCOMPARE(QJsonDocument::fromJson(none.out).array().size(), 0);
}

void TestCliExport::shortlistCsvOnStdout()
{
    const Run run = cli({QStringLiteral("shortlist"), QStringLiteral("--columns"), QStringLiteral("name,company,notes")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("\xEF\xBB\xBFName,Company,Note\r\n") + QStringLiteral(
                 "佐藤 葵,,\"メモ, \"\"引用\"\"\n二行目\"\r\n"
                 "髙橋 一郎,,\"メモ, \"\"引用\"\"\n二行目\"\r\n"
                 "鈴木 花子,,\"メモ, \"\"引用\"\"\n二行目\"\r\n").toUtf8());
    // The formula-like name is neutralised, unless asked not to.
    const Run evil = cli({QStringLiteral("shortlist"), QStringLiteral("--limit"), QStringLiteral("5"),
                          QStringLiteral("--columns"), QStringLiteral("name"), QStringLiteral("--encoding"),
                          QStringLiteral("utf-8")});
    QVERIFY(evil.out.contains("\r\n\"'=Evil, Inc.\"\r\n"));
    const Run kept = cli({QStringLiteral("shortlist"), QStringLiteral("--limit"), QStringLiteral("5"),
                          QStringLiteral("--columns"), QStringLiteral("name"), QStringLiteral("--keep-formulas"),
                          QStringLiteral("--delimiter"), QStringLiteral("tab")});
    QVERIFY(kept.out.contains("\r\n\"=Evil, Inc.\"\r\n"));
}

void TestCliExport::shortlistCp932ToFile()
{
    const QString path = m_dir->filePath(QStringLiteral("list.csv"));
    const Run run = cli({QStringLiteral("shortlist"), QStringLiteral("--encoding"), QStringLiteral("cp932"),
                         QStringLiteral("--out"), path, QStringLiteral("--columns"), QStringLiteral("name,revenue")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains(path));
    const QByteArray bytes = fileBytes(QStringLiteral("list.csv"));
    QVERIFY(bytes.startsWith("Name,Revenue\r\n")); // no byte order mark
    QVERIFY(bytes.contains(QByteArray::fromHex("fbfc8bb4"))); // 髙橋 in CP932
    QStringDecoder cp932("windows-31j");
    QCOMPARE(QString(cp932.decode(bytes)),
             QStringLiteral("Name,Revenue\r\n佐藤 葵,900.00\r\n髙橋 一郎,500.00\r\n鈴木 花子,300.00\r\n"));
}

void TestCliExport::cp932ProblemsFailAndListCells()
{
    const QString path = m_dir->filePath(QStringLiteral("q2.csv"));
    const Run run = cli({QStringLiteral("shortlist"), QStringLiteral("--quadrant"), QStringLiteral("II"),
                         QStringLiteral("--encoding"), QStringLiteral("cp932"), QStringLiteral("--out"), path});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("row 2, column 2 (Name): \"Zoë 😀\" holds ë😀")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("nothing was written")));
    QVERIFY(!QFile::exists(path));
    // Nothing on stdout either.
    const Run stdOut = cli({QStringLiteral("shortlist"), QStringLiteral("--quadrant"), QStringLiteral("II"),
                            QStringLiteral("--encoding"), QStringLiteral("cp932")});
    QVERIFY(stdOut.exitCode != 0);
    QVERIFY(stdOut.out.isEmpty());
}

// 25,000 problem cells were each listed on the terminal.
void TestCliExport::manyCp932ProblemsAreSummarised()
{
    {
        CustomerStore store;
        QCOMPARE(store.open(m_db), std::nullopt);
        QList<Customer> customers(40);
        for (qsizetype i = 0; i < customers.size(); ++i)
            customers[i].name = QStringLiteral("Zoë %1").arg(i);
        QCOMPARE(store.addCustomers(customers), std::nullopt);
    }
    const QStringList arguments{QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--columns"),
                                QStringLiteral("name"), QStringLiteral("--encoding"), QStringLiteral("cp932")};
    const QString out = m_dir->filePath(QStringLiteral("c.csv"));
    const Run refused = cli(arguments + QStringList{QStringLiteral("--out"), out});
    QVERIFY(refused.exitCode != 0);
    QCOMPARE(refused.err.count(QLatin1Char('\n')), 5 + 2); // five cells, "... and 36 more", the failure
    QVERIFY2(refused.err.contains(QStringLiteral("... and 36 more")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("41 cells cannot be written")), qPrintable(refused.err));
    QVERIFY(!QFile::exists(out));

    // All of them in the report; written anyway with 〓 when asked.
    const QString report = m_dir->filePath(QStringLiteral("problems.csv"));
    const Run replaced = cli(arguments + QStringList{QStringLiteral("--out"), out, QStringLiteral("--report"), report,
                                                     QStringLiteral("--replace-unencodable")});
    QCOMPARE(replaced.exitCode, 0);
    QVERIFY2(replaced.err.contains(QStringLiteral("〓")), qPrintable(replaced.err));
    QCOMPARE(fileBytes(QStringLiteral("problems.csv")).count("\r\n"), 1 + 41);
    const QString written = QStringDecoder("windows-31j").decode(fileBytes(QStringLiteral("c.csv")));
    QVERIFY(written.contains(QStringLiteral("\r\nZo〓 0\r\n")));
    QVERIFY(written.contains(QStringLiteral("\r\nZo〓 〓\r\n"))); // Zoë 😀
    QVERIFY(written.contains(QStringLiteral("\r\n髙橋 一郎\r\n")));
}

void TestCliExport::shortlistFromTheRule()
{
    const QStringList ruleList{QStringLiteral("shortlist"), QStringLiteral("--rule"), QStringLiteral("--json")};
    const Run none = cli(ruleList);
    QVERIFY(none.exitCode != 0);
    QVERIFY(none.out.isEmpty());
    QVERIFY2(none.err.contains(QStringLiteral("no excellent-customer rule yet")), qPrintable(none.err));

    {
        CustomerStore store;
        QCOMPARE(store.open(m_db), std::nullopt);
        WorkspaceSettings settings = store.settings();
        settings.excellenceRule =
            ExcellenceRule(ExcellenceRule::Combinator::All, {{RuleField::Revenue, RuleOperator::AtLeast, 500, {}}})
                .toJson();
        QCOMPARE(store.setSettings(settings), std::nullopt);
    }
    // Revenue of 500 or more: 佐藤, Zoë, Bob, Carol and 髙橋; by value score, cut at the capacity of 3.
    const Run run = cli(ruleList);
    QCOMPARE(run.exitCode, 0);
    QStringList names;
    for (const QJsonValue &v : QJsonDocument::fromJson(run.out).array()) {
        names.append(v.toObject().value(QStringLiteral("name")).toString());
        QCOMPARE(v.toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("core"));
        QCOMPARE(v.toObject().value(QStringLiteral("in_source")).toBool(), true);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("佐藤 葵"), QStringLiteral("Zoë 😀"), QStringLiteral("髙橋 一郎")}));

    // The customer list says the same: Core by the rule, the others by their orders.
    const Run customers = cli({QStringLiteral("customers"), QStringLiteral("--json")});
    QCOMPARE(customers.exitCode, 0);
    QStringList core;
    for (const QJsonValue &v : QJsonDocument::fromJson(customers.out).array()) {
        const QJsonObject c = v.toObject();
        QCOMPARE(c.value(QStringLiteral("excellent")).toBool(), c.value(QStringLiteral("revenue")).toDouble() >= 500);
        if (c.value(QStringLiteral("stage")).toString() == QLatin1String("core"))
            core.append(c.value(QStringLiteral("name")).toString());
    }
    QCOMPARE(core, (QStringList{QStringLiteral("髙橋 一郎"), QStringLiteral("佐藤 葵"), QStringLiteral("Zoë 😀"),
                                QStringLiteral("Bob"), QStringLiteral("Carol")}));

    // A rule that cannot be read is an error, not an empty list.
    {
        CustomerStore store;
        QCOMPARE(store.open(m_db), std::nullopt);
        WorkspaceSettings settings = store.settings();
        settings.excellenceRule = QStringLiteral("{\"match\": \"all\", \"conditions\": [{\"field\": \"height\"}]}");
        QCOMPARE(store.setSettings(settings), std::nullopt);
    }
    const Run broken = cli(ruleList);
    QVERIFY(broken.exitCode != 0);
    QVERIFY(broken.out.isEmpty());
    QVERIFY2(broken.err.contains(QStringLiteral("--rule")), qPrintable(broken.err));
}

void TestCliExport::exportCustomers()
{
    const QString path = m_dir->filePath(QStringLiteral("customers.csv"));
    const Run run = cli({QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--out"), path,
                         QStringLiteral("--columns"), QStringLiteral("id,name,quadrant,revenue"),
                         QStringLiteral("--delimiter"), QStringLiteral(";")});
    QCOMPARE(run.exitCode, 0);
    const QByteArray bytes = fileBytes(QStringLiteral("customers.csv"));
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 8 + 2); // header, 8 customers, and the empty rest after the last CRLF
    QCOMPARE(lines.at(0), QStringLiteral("Kindred ID;Name;Quadrant;Revenue"));
    QCOMPARE(lines.at(1), QStringLiteral("%1;髙橋 一郎;I;500.00").arg(m_ids.at(0)));
    QCOMPARE(lines.at(3), QStringLiteral("%1;\"'=Evil, Inc.\";I;100.00").arg(m_ids.at(2)));
    QCOMPARE(lines.at(8), QStringLiteral("%1;Carol;IV;600.00").arg(m_ids.at(7)));

    // Every column by default.
    const Run all = cli({QStringLiteral("export"), QStringLiteral("customers")});
    QCOMPARE(all.exitCode, 0);
    QVERIFY(all.out.startsWith("\xEF\xBB\xBFKindred ID,Customer ID,Name,Email,Company,Phone,Reading,Postal code,Address,Tags,Stage,Quadrant,"));
}

void TestCliExport::exportPareto()
{
    const QString path = m_dir->filePath(QStringLiteral("pareto.csv"));
    const Run run = cli({QStringLiteral("export"), QStringLiteral("pareto"), QStringLiteral("--out"), path,
                         QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(fileBytes(QStringLiteral("pareto.csv"))).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 8 + 2);
    QCOMPARE(lines.at(0), QStringLiteral("Rank,Kindred ID,Customer,Revenue,Share (%),Cumulative share (%),Class"));
    // 3,950 in all: 900 is 22.78%.
    QCOMPARE(lines.at(1), QStringLiteral("1,%1,佐藤 葵,900.00,22.78,22.78,A").arg(m_ids.at(1)));
    QCOMPARE(lines.at(8), QStringLiteral("8,%1,田中 翔,50.00,1.27,100.00,C").arg(m_ids.at(4)));
    QCOMPARE(lines.at(7), QStringLiteral("7,%1,\"'=Evil, Inc.\",100.00,2.53,98.73,C").arg(m_ids.at(2)));

    // A period counts its own orders only.
    {
        CustomerStore store;
        QCOMPARE(store.open(m_db), std::nullopt);
        QList<Order> orders{{0, m_ids.at(7), QString(), QDate(2025, 6, 1), 1000.0}};
        QCOMPARE(store.addOrders(orders), std::nullopt);
    }
    const Run period = cli({QStringLiteral("export"), QStringLiteral("pareto"), QStringLiteral("--until"),
                            QStringLiteral("2025-12-31"), QStringLiteral("--columns"),
                            QStringLiteral("customer,revenue,cumulative_share_percent,class")});
    QCOMPARE(period.exitCode, 0);
    QCOMPARE(period.out, QByteArray("\xEF\xBB\xBF" "Customer,Revenue,Cumulative share (%),Class\r\n"
                                    "Carol,1000.00,100.00,A\r\n"));
    const Run since = cli({QStringLiteral("export"), QStringLiteral("pareto"), QStringLiteral("--since"),
                           QStringLiteral("2026-01-01"), QStringLiteral("--columns"), QStringLiteral("customer")});
    QVERIFY(since.out.contains("\r\nCarol\r\n"));
    const Run allTime = cli({QStringLiteral("export"), QStringLiteral("pareto"), QStringLiteral("--columns"),
                             QStringLiteral("customer,revenue")});
    QVERIFY(allTime.out.startsWith("\xEF\xBB\xBF" "Customer,Revenue\r\nCarol,1600.00\r\n"));
}

namespace {

// The first sheet's rows, each cell as [value, type, number format], read by openpyxl;
// empty when /usr/bin/python3 with openpyxl is missing.
QJsonArray workbookRows(QString path)
{
    // openpyxl goes by the name: a workbook written under another is read from a copy.
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        QFile::copy(path, path + QStringLiteral(".xlsx"));
        path += QStringLiteral(".xlsx");
    }
    QProcess read;
    read.start(QStringLiteral("/usr/bin/python3"),
               {QStringLiteral("-c"),
                QStringLiteral("import json, sys, openpyxl\n"
                               "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
                               "print(json.dumps([[[None if c.value is None else str(c.value), c.data_type, "
                               "c.number_format] for c in r] for r in ws.iter_rows()]))"),
                path});
    if (!read.waitForFinished(30000) || read.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(read.readAllStandardOutput()).array();
}

bool openpyxlIsThere()
{
    QProcess probe;
    probe.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
    return probe.waitForFinished() && probe.exitCode() == 0;
}

} // namespace

// Every export writes a workbook: by the file's extension, or --format xlsx.
void TestCliExport::workbooks_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("rows");
    QTest::newRow("shortlist") << QStringList{QStringLiteral("shortlist"), QStringLiteral("--out"), QStringLiteral("s.xlsx")}
                               << QStringLiteral("s.xlsx")
                               << QStringLiteral("Place on the shortlist,Name,Customer ID,Email,Phone,Company,Quadrant,Stage,"
                                                 "Value score,Revenue,Last order,Note,Next action,Due")
                               << 3;
    QTest::newRow("customers") << QStringList{QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--out"),
                                              QStringLiteral("c.XLSX"), QStringLiteral("--columns"),
                                              QStringLiteral("name,revenue,first_order,value_fit")}
                               << QStringLiteral("c.XLSX") << QStringLiteral("Name,Revenue,First order,Value fit") << 8;
    QTest::newRow("format") << QStringList{QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--format"),
                                           QStringLiteral("xlsx"), QStringLiteral("--out"), QStringLiteral("c.out"),
                                           QStringLiteral("--columns"), QStringLiteral("name,revenue,first_order,value_fit")}
                            << QStringLiteral("c.out") << QStringLiteral("Name,Revenue,First order,Value fit") << 8;
    QTest::newRow("pareto") << QStringList{QStringLiteral("export"), QStringLiteral("pareto"), QStringLiteral("--out"),
                                           QStringLiteral("p.xlsx")}
                            << QStringLiteral("p.xlsx")
                            << QStringLiteral("Rank,Kindred ID,Customer,Revenue,Share (%),Cumulative share (%),Class") << 8;
}

void TestCliExport::workbooks()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    QFETCH(QString, header);
    QFETCH(int, rows);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(file) + u'$'),
                               m_dir->filePath(file));
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(file), qPrintable(run.err));
    QVERIFY(fileBytes(file).startsWith("PK\x03\x04"));
    if (!openpyxlIsThere())
        QSKIP("/usr/bin/python3 with openpyxl (python3-openpyxl) is missing: the workbook is not read back");
    const QJsonArray sheet = workbookRows(m_dir->filePath(file));
    QCOMPARE(sheet.size(), rows + 1);
    QStringList titles;
    for (const QJsonValue &cell : sheet.at(0).toArray())
        titles.append(cell.toArray().at(0).toString());
    QCOMPARE(titles.join(QLatin1Char(',')), header);
    // Names are text (the formula-like one too, with no apostrophe); revenue a number.
    const int revenue = int(titles.indexOf(QStringLiteral("Revenue")));
    const int name = int(std::max(titles.indexOf(QStringLiteral("Name")), titles.indexOf(QStringLiteral("Customer"))));
    QStringList names;
    for (qsizetype r = 1; r < sheet.size(); ++r) {
        const QJsonArray row = sheet.at(r).toArray();
        names.append(row.at(name).toArray().at(0).toString());
        QCOMPARE(row.at(name).toArray().at(1).toString(), QStringLiteral("s"));
        QCOMPARE(row.at(revenue).toArray().at(1).toString(), QStringLiteral("n"));
    }
    QVERIFY2(names.contains(QStringLiteral("髙橋 一郎")), qPrintable(names.join(u'|')));
    if (rows == 8) {
        QVERIFY(names.contains(QStringLiteral("=Evil, Inc.")));
        if (titles.contains(QStringLiteral("First order"))) {
            const QJsonArray date = sheet.at(1).toArray().at(2).toArray();
            QCOMPARE(date.at(0).toString(), QStringLiteral("2026-01-01 00:00:00"));
            QCOMPARE(date.at(1).toString(), QStringLiteral("d"));
            QCOMPARE(date.at(2).toString(), QStringLiteral("yyyy-mm-dd"));
        }
    }
}

// A workbook goes to standard output when that is not a terminal (a pipe
// here); on a terminal it is refused, since its bytes would only garble it.
void TestCliExport::workbookOnStandardOutput()
{
    const Run run = cli({QStringLiteral("shortlist"), QStringLiteral("--format"), QStringLiteral("xlsx")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("PK\x03\x04"));
    QFile file(m_dir->filePath(QStringLiteral("piped.xlsx")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(run.out);
    file.close();
    if (openpyxlIsThere())
        QCOMPARE(workbookRows(file.fileName()).size(), 3 + 1);
}

void TestCliExport::csvForGermanExcel()
{
    const Run run = cli({QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--locale"),
                         QStringLiteral("de_DE"), QStringLiteral("--columns"),
                         QStringLiteral("name,revenue,value_fit,first_order")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out.mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.at(0), QStringLiteral("Name;Revenue;Value fit;First order"));
    QCOMPARE(lines.at(1), QStringLiteral("髙橋 一郎;\"500,00\";\"90,0\";2026-01-01"));
    QCOMPARE(lines.at(3), QStringLiteral("\"'=Evil, Inc.\";\"100,00\";\"70,0\";2026-01-01"));
    // English stays the default, and --delimiter still wins over the locale's.
    const Run english = cli({QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--columns"),
                             QStringLiteral("name,revenue")});
    QVERIFY(english.out.contains("\r\n" "髙橋 一郎,500.00\r\n"));
    const Run tab = cli({QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--locale"),
                         QStringLiteral("fr_FR"), QStringLiteral("--delimiter"), QStringLiteral("tab"),
                         QStringLiteral("--columns"), QStringLiteral("name,revenue")});
    QVERIFY(tab.out.contains("\r\n" "髙橋 一郎\t\"500,00\"\r\n"));
}

void TestCliExport::badArgumentsFail_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("encoding") << QStringList{QStringLiteral("shortlist"), QStringLiteral("--encoding"),
                                             QStringLiteral("latin1")}
                              << QStringLiteral("latin1");
    QTest::newRow("quadrant") << QStringList{QStringLiteral("shortlist"), QStringLiteral("--quadrant"),
                                             QStringLiteral("V")}
                              << QStringLiteral("\"V\"");
    QTest::newRow("limit") << QStringList{QStringLiteral("shortlist"), QStringLiteral("--limit"), QStringLiteral("-1")}
                           << QStringLiteral("-1");
    QTest::newRow("column") << QStringList{QStringLiteral("shortlist"), QStringLiteral("--columns"),
                                           QStringLiteral("name,fax")}
                            << QStringLiteral("fax");
    QTest::newRow("delimiter") << QStringList{QStringLiteral("export"), QStringLiteral("customers"),
                                              QStringLiteral("--delimiter"), QStringLiteral("ab")}
                               << QStringLiteral("ab");
    QTest::newRow("quote delimiter") << QStringList{QStringLiteral("export"), QStringLiteral("customers"),
                                                    QStringLiteral("--delimiter"), QStringLiteral("\"")}
                                     << QStringLiteral("delimiter");
    QTest::newRow("json and out") << QStringList{QStringLiteral("shortlist"), QStringLiteral("--json"),
                                                 QStringLiteral("--out"), QStringLiteral("x.json")}
                                  << QStringLiteral("--out");
    QTest::newRow("quadrant and rule") << QStringList{QStringLiteral("shortlist"), QStringLiteral("--rule"),
                                                      QStringLiteral("--quadrant"), QStringLiteral("I")}
                                       << QStringLiteral("not both");
    QTest::newRow("unknown table") << QStringList{QStringLiteral("export"), QStringLiteral("orders")}
                                   << QStringLiteral("customers or pareto");
    QTest::newRow("period of customers") << QStringList{QStringLiteral("export"), QStringLiteral("customers"),
                                                        QStringLiteral("--since"), QStringLiteral("2026-01-01")}
                                         << QStringLiteral("pareto table only");
    QTest::newRow("pareto bad date") << QStringList{QStringLiteral("export"), QStringLiteral("pareto"),
                                                    QStringLiteral("--until"), QStringLiteral("2026-13-01")}
                                     << QStringLiteral("2026-13-01");
    QTest::newRow("format") << QStringList{QStringLiteral("export"), QStringLiteral("customers"),
                                           QStringLiteral("--format"), QStringLiteral("ods")}
                            << QStringLiteral("\"ods\"");
    QTest::newRow("locale") << QStringList{QStringLiteral("export"), QStringLiteral("customers"),
                                           QStringLiteral("--locale"), QStringLiteral("xx_YY")}
                            << QStringLiteral("\"xx_YY\"");
    QTest::newRow("pareto column") << QStringList{QStringLiteral("export"), QStringLiteral("pareto"),
                                                  QStringLiteral("--columns"), QStringLiteral("customer,stage")}
                                   << QStringLiteral("stage");
}

void TestCliExport::badArgumentsFail()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = cli(arguments);
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
}

void TestCliExport::unwritableTargetNamesThePath()
{
    // The parent is a file: fails for root too.
    const QString path = m_db + QStringLiteral("/out.csv");
    const Run run = cli({QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--out"), path});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(path), qPrintable(run.err));
}

void TestCliExport::dashMeansStandardOutput()
{
    const Run run = cli({QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--columns"),
                         QStringLiteral("name"), QStringLiteral("--out"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("\xEF\xBB\xBFName\r\n"));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("-"))));
}

// Failed with "No such file or directory".
void TestCliExport::devStdoutIsWritten()
{
    const Run run = cli({QStringLiteral("shortlist"), QStringLiteral("--columns"), QStringLiteral("name"),
                         QStringLiteral("--out"), QStringLiteral("/dev/stdout")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("\uFEFFName\r\n佐藤 葵\r\n髙橋 一郎\r\n鈴木 花子\r\n").toUtf8());
}

// Every option that names a file to write: a named pipe gets the output and stays a pipe.
void TestCliExport::fifoTargetsAreWrittenNotReplaced_data()
{
    QTest::addColumn<QStringList>("arguments"); // PIPE stands for the pipe
    QTest::addColumn<QByteArray>("starts");
    QTest::newRow("export --out") << QStringList{QStringLiteral("export"), QStringLiteral("customers"),
                                                 QStringLiteral("--columns"), QStringLiteral("name"),
                                                 QStringLiteral("--out"), QStringLiteral("PIPE")}
                                  << QByteArray("\xEF\xBB\xBFName\r\n");
    QTest::newRow("shortlist --out") << QStringList{QStringLiteral("shortlist"), QStringLiteral("--columns"),
                                                    QStringLiteral("name"), QStringLiteral("--out"),
                                                    QStringLiteral("PIPE")}
                                     << QByteArray("\xEF\xBB\xBFName\r\n");
    QTest::newRow("import --report") << QStringList{QStringLiteral("import"), QStringLiteral("BAD"),
                                                    QStringLiteral("--report"), QStringLiteral("PIPE")}
                                     << QByteArray("\xEF\xBB\xBFrow,column,value,reason\r\n3,");
}

void TestCliExport::fifoTargetsAreWrittenNotReplaced()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, starts);
    const QString pipe = m_dir->filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    const QString bad = m_dir->filePath(QStringLiteral("bad.csv"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Customer ID,Order Date,Sales\nC1,2024-01-01,10\nC2,2024-01-02,lots\n");
    }
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^PIPE$")), pipe);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^BAD$")), bad);
    QProcess reader;
    reader.start(QStringLiteral("cat"), {pipe});
    QVERIFY(reader.waitForStarted());
    const Run run = cli(arguments);
    const bool finished = reader.waitForFinished(5000);
    if (!finished) {
        reader.kill();
        reader.waitForFinished();
    }
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(finished, "the reader never saw the writer: the pipe was replaced");
    const QByteArray read = reader.readAllStandardOutput();
    QVERIFY2(read.startsWith(starts), read.constData());
    QVERIFY(QFileInfo(pipe).exists() && !QFileInfo(pipe).isFile());
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
