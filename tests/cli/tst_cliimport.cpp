// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include "../common/clirun.h"
#include "store/customerstore.h"

// Runs kindred-cli import end to end, as a script would.
class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void commonExportImportsWithNoOptions();
    void currencyOfTheAmountsBecomesTheWorkspaces();
    void ambiguousDatesNeedDateFormat();
    void strictStopsAndChangesNothing();
    void skippedRowsAreReported();
    void mapEncodingDelimiterAndKind();
    void customerList();
    void columnsNotImportedAreNamed();
    void unmappedColumnsKeptAsOwnFields();
    void ownFieldByMap();
    void badArgumentsFail_data();
    void badArgumentsFail();
    void strayQuoteStopsTheImport();
    void encodingGuessIsSaid();
    void mostlyUtf8IsUtf8UnderStrict();
    void linesNotReadAreCounted();
    void hostileInputs_data();
    void hostileInputs();

private:
    using Run = CliRun;
    Run cli(const QStringList &arguments) const;
    Run import(const QStringList &arguments) const
    {
        return cli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("import")} + arguments);
    }
    QJsonObject stats() const { return cli({QStringLiteral("--db"), m_db, QStringLiteral("stats"), QStringLiteral("--json")}).json(); }
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

TestCliImport::Run TestCliImport::cli(const QStringList &arguments) const
{
    return runCli(arguments, m_dir->path());
}

QString TestCliImport::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void TestCliImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("k.kindred"));
}

void TestCliImport::commonExportImportsWithNoOptions()
{
    const QString file = writeFile(QStringLiteral("orders.csv"),
                                   "\"Order ID\",\"Order Date\",\"Customer ID\",\"Customer Name\",\"Sales\"\r\n"
                                   "CA-1,2024-03-05,C1,Ann Lee,261.96\r\n"
                                   "CA-1,2024-03-05,C1,Ann Lee,731.94\r\n"
                                   "CA-2,2024-06-12,C2,Bo Chan,14.62\r\n");
    const Run first = import({file});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains("2 created"), first.out.constData());
    QJsonObject totals = stats();
    QCOMPARE(totals.value(QStringLiteral("customers")).toInt(), 2);
    QCOMPARE(totals.value(QStringLiteral("orders")).toInt(), 2);
    QCOMPARE(totals.value(QStringLiteral("revenue")).toDouble(), 1008.52);

    const Run again = import({file, QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 0);
    const QJsonObject summary = again.json();
    QCOMPARE(summary.value(QStringLiteral("kind")).toString(), QStringLiteral("orders"));
    QCOMPARE(summary.value(QStringLiteral("rows")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("customers_created")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("orders_added")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("orders_unchanged")).toInt(), 2);
    QCOMPARE(stats(), totals);
}

// A new store takes the currency of the first amounts imported; a file in
// another currency is named in the summary, and refused under --strict.
void TestCliImport::currencyOfTheAmountsBecomesTheWorkspaces()
{
    const QString euros = writeFile(QStringLiteral("de.csv"), QStringLiteral("Kundennummer;Datum;Betrag\n"
                                                                             "K1;05.03.2024;1.234,50 €\n"
                                                                             "K2;01.04.2024;9,99 €\n")
                                                                  .toUtf8());
    const Run first = import({euros});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains("EUR"), first.out.constData());
    auto currency = [this] {
        Kindred::CustomerStore store;
        return store.open(m_db, Kindred::CustomerStore::OpenMode::ReadOnly) ? QStringLiteral("(not opened)") : store.settings().currency;
    };
    QCOMPARE(currency(), QStringLiteral("EUR"));

    const QString yen = writeFile(QStringLiteral("jp.csv"), QStringLiteral("顧客ID,注文日,売上\nK3,2024-03-05,\"￥1,000\"\n").toUtf8());
    const Run refused = import({yen, QStringLiteral("--strict")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("JPY")) && refused.err.contains(QStringLiteral("EUR")), qPrintable(refused.err));
    QCOMPARE(stats().value(QStringLiteral("customers")).toInt(), 2);

    const Run told = import({yen});
    QCOMPARE(told.exitCode, 0);
    QVERIFY2(told.out.contains("JPY") && told.out.contains("EUR"), told.out.constData());
    QCOMPARE(stats().value(QStringLiteral("customers")).toInt(), 3);
    QCOMPARE(currency(), QStringLiteral("EUR"));
}

void TestCliImport::ambiguousDatesNeedDateFormat()
{
    const QString file = writeFile(QStringLiteral("us.csv"), "Customer ID,Order Date,Sales\nC1,3/5/2024,10\nC2,4/6/2024,20\n");
    const Run refused = import({file});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("--date-format")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(QStringLiteral("3/5/2024")));
    QCOMPARE(stats().value(QStringLiteral("orders")).toInt(), 0);

    const Run accepted = import({file, QStringLiteral("--date-format"), QStringLiteral("MDY"), QStringLiteral("--json")});
    QCOMPARE(accepted.exitCode, 0);
    QCOMPARE(accepted.json().value(QStringLiteral("date_order")).toString(), QStringLiteral("month_first"));
    const Run customers = cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(customers.out).array().at(0).toObject().value(QStringLiteral("first_order")).toString(),
             QStringLiteral("2024-03-05"));
}

void TestCliImport::strictStopsAndChangesNothing()
{
    const QString file = writeFile(QStringLiteral("bad.csv"), "Customer ID,Order Date,Sales\nC1,2024-01-01,10\nC2,2024-01-02,lots\n");
    const Run run = import({file, QStringLiteral("--strict")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("row 3")) && run.err.contains(QStringLiteral("Sales")), qPrintable(run.err));
    QCOMPARE(stats().value(QStringLiteral("customers")).toInt(), 0);
}

void TestCliImport::skippedRowsAreReported()
{
    const QString file = writeFile(QStringLiteral("bad.csv"), "Customer ID,Order Date,Sales\nC1,2024-01-01,10\nC2,2024-01-02,lots\n");
    const QString report = m_dir->filePath(QStringLiteral("report.csv"));
    const Run run = import({file, QStringLiteral("--report"), report, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("rows_skipped")).toInt(), 1);
    QVERIFY(run.err.contains(QStringLiteral("row 3")));
    QFile saved(report);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().contains("\r\n3,Sales,lots,"));
    QCOMPARE(stats().value(QStringLiteral("orders")).toInt(), 1);
}

void TestCliImport::mapEncodingDelimiterAndKind()
{
    const QString text = QStringLiteral("会員;いつ;お会計\r\nM1;2024/01/02;１，０００円\r\n");
    const QString file = writeFile(QStringLiteral("sjis.csv"), QStringEncoder("windows-31j").encode(text));
    const Run run = import({file, QStringLiteral("--kind"), QStringLiteral("orders"), QStringLiteral("--encoding"),
                            QStringLiteral("Shift_JIS"), QStringLiteral("--delimiter"), QStringLiteral("semicolon"),
                            QStringLiteral("--map"), QStringLiteral("customer_id=会員"), QStringLiteral("--map"),
                            QStringLiteral("order_date=いつ"), QStringLiteral("--map"), QStringLiteral("amount=お会計"),
                            QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject summary = run.json();
    QCOMPARE(summary.value(QStringLiteral("encoding")).toString(), QStringLiteral("Shift_JIS"));
    QCOMPARE(summary.value(QStringLiteral("delimiter")).toString(), QStringLiteral(";"));
    QCOMPARE(summary.value(QStringLiteral("orders_added")).toInt(), 1);
    QCOMPARE(stats().value(QStringLiteral("revenue")).toDouble(), 1000.0);
}

void TestCliImport::customerList()
{
    const QString file = writeFile(QStringLiteral("c.csv"),
                                   QStringLiteral("顧客番号,氏名,メールアドレス,タグ\nK1,佐藤,s@example.jp,VIP\n").toUtf8());
    const Run run = import({file, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("kind")).toString(), QStringLiteral("customers"));
    const Run customers = cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("--json")});
    const QJsonObject sato = QJsonDocument::fromJson(customers.out).array().at(0).toObject();
    QCOMPARE(sato.value(QStringLiteral("name")).toString(), QStringLiteral("佐藤"));
    QCOMPARE(sato.value(QStringLiteral("external_id")).toString(), QStringLiteral("K1"));
}

void TestCliImport::columnsNotImportedAreNamed()
{
    // 会員ランク has no field; the sixth column has no header but data in the
    // second row, the seventh neither header nor data.
    const QString file = writeFile(QStringLiteral("c.csv"), QStringLiteral("顧客番号,氏名,会員ランク,メールアドレス,Birthday,,\n"
                                                                          "K1,佐藤,ゴールド,s@example.jp,1990-01-02,,\n"
                                                                          "K2,田中,,t@example.jp,,memo,\n")
                                                               .toUtf8());
    const Run json = import({file, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json().value(QStringLiteral("columns_not_imported")).toArray().toVariantList(),
             QVariantList({QStringLiteral("会員ランク"), QStringLiteral("Birthday"), QStringLiteral("column 6")}));
    const Run text = import({file});
    QVERIFY2(text.out.contains("Columns not imported") && text.out.contains(QStringLiteral("会員ランク, Birthday, column 6").toUtf8()),
             text.out.constData());

    const QString complete = writeFile(QStringLiteral("d.csv"), "Customer ID,Name\nK3,Ann\n");
    const Run all = import({complete, QStringLiteral("--json")});
    QVERIFY(all.json().value(QStringLiteral("columns_not_imported")).toArray().isEmpty());
    QVERIFY(!import({complete}).out.contains("Columns not imported"));
}

void TestCliImport::unmappedColumnsKeptAsOwnFields()
{
    const QByteArray list = QStringLiteral("顧客番号,氏名,会員ランク,誕生日,ポイント,DM可,郵便コード\n"
                                           "K1,佐藤,ゴールド,1990/01/02,\"1,500\",はい,0123\n"
                                           "K2,田中,,1985/12/31,20,いいえ,4567\n")
                                .toUtf8();
    const QString file = writeFile(QStringLiteral("c.csv"), list);
    const Run run = import({file, QStringLiteral("--keep-unmapped"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.json().value(QStringLiteral("columns_not_imported")).toArray().isEmpty());
    QStringList kept;
    for (const QJsonValue &field : run.json().value(QStringLiteral("new_own_fields")).toArray())
        kept.append(field[QStringLiteral("name")].toString() + u':' + field[QStringLiteral("type")].toString());
    QCOMPARE(kept, QStringList({QStringLiteral("会員ランク:text"), QStringLiteral("誕生日:date"),
                                QStringLiteral("ポイント:number"), QStringLiteral("DM可:yes_no"),
                                QStringLiteral("郵便コード:text")}));

    const Run customers = cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("--json")});
    const QJsonArray all = QJsonDocument::fromJson(customers.out).array();
    const QJsonObject sato = all.at(0)[QStringLiteral("fields")].toObject();
    QCOMPARE(sato.value(QStringLiteral("会員ランク")).toString(), QStringLiteral("ゴールド"));
    QCOMPARE(sato.value(QStringLiteral("誕生日")).toString(), QStringLiteral("1990-01-02"));
    QCOMPARE(sato.value(QStringLiteral("ポイント")).toDouble(), 1500.0);
    QCOMPARE(sato.value(QStringLiteral("DM可")).toBool(), true);
    QCOMPARE(sato.value(QStringLiteral("郵便コード")).toString(), QStringLiteral("0123"));
    // An empty cell is no value, not an empty one.
    QVERIFY(!all.at(1)[QStringLiteral("fields")].toObject().contains(QStringLiteral("会員ランク")));

    // The same file again changes nothing; a changed value updates the field.
    const Run again = import({file, QStringLiteral("--keep-unmapped"), QStringLiteral("--json")});
    QCOMPARE(again.json().value(QStringLiteral("customers_updated")).toInt(), 0);
    QVERIFY(again.json().value(QStringLiteral("new_own_fields")).toArray().isEmpty());
    const QString changed = writeFile(QStringLiteral("d.csv"), QByteArray(list).replace("ゴールド", "プラチナ"));
    QCOMPARE(import({changed, QStringLiteral("--keep-unmapped"), QStringLiteral("--json")})
                 .json()
                 .value(QStringLiteral("customers_updated"))
                 .toInt(),
             1);
    const Run after = cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(after.out).array().at(0)[QStringLiteral("fields")][QStringLiteral("会員ランク")]
                 .toString(),
             QStringLiteral("プラチナ"));

    // Exported as columns of their own, typed.
    const QString csv = m_dir->filePath(QStringLiteral("out.csv"));
    const Run exported = cli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("customers"),
                              QStringLiteral("--out"), csv, QStringLiteral("--encoding"), QStringLiteral("utf-8"),
                              QStringLiteral("--columns"), QStringLiteral("name,field:ポイント,field:誕生日,field:郵便コード")});
    QCOMPARE(exported.exitCode, 0);
    QFile out(csv);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(out.readAll()),
             QStringLiteral("Name,ポイント,誕生日,郵便コード\r\n佐藤,1500,1990-01-02,0123\r\n田中,20,1985-12-31,4567\r\n"));

    // Without --keep-unmapped the columns are named as not imported, and the kept values stay.
    const Run without = import({changed, QStringLiteral("--json")});
    QCOMPARE(without.json().value(QStringLiteral("columns_not_imported")).toArray().size(), 5);
    QCOMPARE(without.json().value(QStringLiteral("customers_updated")).toInt(), 0);
}

void TestCliImport::ownFieldByMap()
{
    const QString file = writeFile(QStringLiteral("c.csv"), "Customer ID,Name,Rank,Points\nC1,Ann,Gold,12\n");
    const Run run = import({file, QStringLiteral("--map"), QStringLiteral("field:Membership=Rank"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("columns_not_imported")).toArray().toVariantList(),
             QVariantList({QStringLiteral("Points")}));
    const Run customers = cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(customers.out).array().at(0)[QStringLiteral("fields")].toObject(),
             QJsonObject({{QStringLiteral("Membership"), QStringLiteral("Gold")}}));

    const Run missing = import({file, QStringLiteral("--map"), QStringLiteral("field:Tier=Level")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("No column \"Level\"")), qPrintable(missing.err));
    const QString orders = writeFile(QStringLiteral("o.csv"), "Customer ID,Order Date,Sales,Region\nC1,2024-01-01,10,North\n");
    const Run fromOrders = import({orders, QStringLiteral("--keep-unmapped")});
    QCOMPARE(fromOrders.exitCode, 1);
    QVERIFY2(fromOrders.err.contains(QStringLiteral("customer lists")), qPrintable(fromOrders.err));
}

void TestCliImport::badArgumentsFail_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no file") << QStringList{} << QStringLiteral("one file");
    QTest::newRow("missing file") << QStringList{QStringLiteral("nope.csv")} << QStringLiteral("nope.csv");
    QTest::newRow("bad kind") << QStringList{QStringLiteral("F"), QStringLiteral("--kind"), QStringLiteral("people")}
                              << QStringLiteral("people");
    QTest::newRow("bad delimiter") << QStringList{QStringLiteral("F"), QStringLiteral("--delimiter"), QStringLiteral("x")}
                                   << QStringLiteral("--delimiter");
    QTest::newRow("bad map") << QStringList{QStringLiteral("F"), QStringLiteral("--map"), QStringLiteral("amount")}
                             << QStringLiteral("field=Header");
    QTest::newRow("unknown field") << QStringList{QStringLiteral("F"), QStringLiteral("--map"), QStringLiteral("price=Sales")}
                                   << QStringLiteral("price");
    QTest::newRow("unknown header") << QStringList{QStringLiteral("F"), QStringLiteral("--map"), QStringLiteral("amount=Total")}
                                    << QStringLiteral("Total");
    QTest::newRow("bad date format") << QStringList{QStringLiteral("F"), QStringLiteral("--date-format"), QStringLiteral("xyz")}
                                     << QStringLiteral("DMY");
    QTest::newRow("unknown encoding") << QStringList{QStringLiteral("F"), QStringLiteral("--encoding"), QStringLiteral("klingon")}
                                      << QStringLiteral("klingon");
}

void TestCliImport::badArgumentsFail()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const QString file = writeFile(QStringLiteral("f.csv"), "Customer ID,Order Date,Sales\nC1,2024-01-01,10\n");
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^F$")), file);
    const Run run = import(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

// A quote opened and never closed: nothing is written, the exit is not 0,
// and the message says where and how many lines were not read.
void TestCliImport::strayQuoteStopsTheImport()
{
    QByteArray data = "Order ID,Order Date,Customer ID,Sales\n";
    for (int line = 2; line <= 100000; ++line)
        data += "O" + QByteArray::number(line) + ",2024-01-02," + (line == 4 ? "\"" : "") + "C" + QByteArray::number(line % 50) + ",10\n";
    const QString file = writeFile(QStringLiteral("quote.csv"), data);
    const Run run = import({file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("row 4, column 3")) && run.err.contains(QStringLiteral("never closed"))
                 && run.err.contains(QRegularExpression(QStringLiteral("99,?997 line")))
                 && run.err.contains(QStringLiteral("--literal-quotes")),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(stats().value(QStringLiteral("customers")).toInt(), 0);

    const Run literal = import({file, QStringLiteral("--literal-quotes"), QStringLiteral("--json")});
    QCOMPARE(literal.exitCode, 0);
    QCOMPARE(literal.json().value(QStringLiteral("rows")).toInt(), 99999);
    QCOMPARE(literal.json().value(QStringLiteral("lines_not_read")).toInt(), 0);
}

void TestCliImport::encodingGuessIsSaid()
{
    const QString file = writeFile(QStringLiteral("latin.csv"), "Customer ID,Name,Order Date,Sales\nC1,M\xFCller,2024-01-02,10\n");
    const Run run = import({file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("not UTF-8") && run.out.contains("windows-1252") && run.out.contains("--encoding"),
             run.out.constData());
    const Run utf8 = import({writeFile(QStringLiteral("utf8.csv"), "Customer ID,Name,Order Date,Sales\nC2,Ann,2024-01-02,10\n")});
    QCOMPARE(utf8.exitCode, 0);
    QVERIFY2(!utf8.out.contains("not UTF-8"), utf8.out.constData());
}

// One Latin-1 byte among Japanese names: UTF-8 with one bad row, which --strict refuses.
void TestCliImport::mostlyUtf8IsUtf8UnderStrict()
{
    QByteArray data = "Customer ID,Name,Order Date,Sales\n";
    for (int row = 2; row <= 1001; ++row) {
        const QByteArray name = row == 5 ? QByteArray("Caf\xE9") : QStringLiteral("山田 太郎%1").arg(row).toUtf8();
        data += "C" + QByteArray::number(row) + "," + name + ",2024-01-02,10\n";
    }
    const QString file = writeFile(QStringLiteral("names.csv"), data);
    const Run strict = import({file, QStringLiteral("--strict")});
    QCOMPARE(strict.exitCode, 1);
    QVERIFY2(strict.err.contains(QStringLiteral("row 5, column 2")) && strict.err.contains(QStringLiteral("UTF-8")),
             qPrintable(strict.err));
    QCOMPARE(stats().value(QStringLiteral("customers")).toInt(), 0);
    const Run run = import({file, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    QCOMPARE(run.json().value(QStringLiteral("rows_skipped")).toInt(), 1);
}

void TestCliImport::linesNotReadAreCounted()
{
    const QString file = writeFile(QStringLiteral("notes.csv"), "Customer ID,Name,Notes,Value fit\n"
                                                                "C1,Ann,\"three\nline\nnote\",200\n"
                                                                "C2,Bo,fine,30\n");
    const Run run = import({file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("skipped 1.") && run.out.contains("Lines of the file not read: 3."), run.out.constData());
}

void TestCliImport::hostileInputs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::addColumn<int>("orders");
    const auto row = [](const char *file, int exitCode, const char *says, int orders, const QStringList &options = {}) {
        const QString tag = (QStringList{QString::fromLatin1(file)} + options).join(QLatin1Char(' '));
        QTest::newRow(qPrintable(tag)) << QString::fromLatin1(file) << options << exitCode << QString::fromUtf8(says) << orders;
    };
    row("stray-quote.csv", 1, "row 4, column 3: A quote opened at row 4, column 3 is never closed: 9 line", 0);
    row("latin1-byte-in-utf8.csv", 0, "row 7, column 2: The field holds bytes that are not valid UTF-8", 39);
    row("nul-byte.csv", 0, "row 2, column 4: The field holds a NUL character", 1);
    row("sum-overflows.csv", 0, "row 3, column 5: With this amount", 2);
    row("amount-1e309.csv", 0, "row 2, column 5: Not an amount", 1);
    row("impossible-dates.csv", 0, "row 3, column 2: Not a date", 1);
    row("utf16le-odd-length.csv", 0, "row 3, column 4: The field holds bytes that are not valid UTF-16LE", 1);
    row("utf16-lone-surrogate.csv", 0, "row 3, column 2: The field holds bytes that are not valid UTF-16LE", 1);
    row("utf16-lone-surrogate.csv", 1, "row 3, column 2: Name: The field holds bytes that are not valid UTF-16LE", 0,
        {QStringLiteral("--strict")});
    row("utf16le-without-bom.csv", 0, "(UTF-16LE, delimiter tab)", 1);
    row("mixed-delimiters.csv", 0, "row 3: The row has 1 fields where the first row has 4", 1);
    row("cr-only.csv", 0, "Read 2 rows", 2);
    row("header-only.csv", 0, "Read 0 rows", 0);
    row("spaces-kept.csv", 0, "Read 2 rows as customers", 0);
    row("empty.csv", 1, "empty.csv: The file is empty", 0);
    row("bom-only.csv", 1, "bom-only.csv: The file is empty", 0);
}

// Files a new user might bring: each ends in a clear message that names the
// row and column, within 10 s and 500 MB, and a failed import leaves the
// store file byte for byte as it was.
void TestCliImport::hostileInputs()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QFETCH(int, orders);
    QCOMPARE(import({writeFile(QStringLiteral("first.csv"), "Customer ID,Order Date,Sales\nC0,2024-01-01,1\n")}).exitCode, 0);
    const QJsonObject before = stats();
    const auto storeBytes = [this] {
        QFile store(m_db);
        return store.open(QIODevice::ReadOnly) ? store.readAll() : QByteArray();
    };
    const QByteArray bytesBefore = storeBytes();
    QVERIFY(!bytesBefore.isEmpty());
    QElapsedTimer timer;
    timer.start();
    const Run run = import(QStringList{QStringLiteral(KINDRED_TEST_DATA "/hostile/import/") + file} + options);
    const qint64 elapsed = timer.elapsed();
    // The largest resident size of any kindred-cli this test has waited for (kilobytes on Linux).
    rusage children{};
    QCOMPARE(getrusage(RUSAGE_CHILDREN, &children), 0);
    QVERIFY2(children.ru_maxrss > 0 && children.ru_maxrss < 500 * 1024, qPrintable(QString::number(children.ru_maxrss)));
    QVERIFY2(elapsed < 10000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2((run.err + QString::fromUtf8(run.out)).contains(says), qPrintable(run.err + QString::fromUtf8(run.out)));
    if (exitCode != 0) {
        QCOMPARE(stats(), before);
        QVERIFY(storeBytes() == bytesBefore);
    }
    QCOMPARE(stats().value(QStringLiteral("orders")).toInt(), 1 + orders);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
