// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"
#include "exportcolumns.h"

#include <QTest>

using namespace Kindred;

namespace {

Customer ann()
{
    Customer c;
    c.id = 7;
    c.externalId = QStringLiteral("C-7");
    c.name = QStringLiteral("山田 花子");
    c.email = QStringLiteral("hanako@example.jp");
    c.company = QStringLiteral("=cmd|' /C calc'!A0");
    c.phone = QStringLiteral("+81 3-1111-2222");
    c.reading = QStringLiteral("ヤマダ ハナコ");
    c.postalCode = QStringLiteral("100-0001");
    c.address = QStringLiteral("東京都千代田区1-1\n3F");
    c.tags = {QStringLiteral("vip"), QStringLiteral("tokyo")};
    c.notes = QStringLiteral("Met at the fair,\nlikes tea");
    c.nextAction = QStringLiteral("Call");
    c.nextActionDue = QDate(2026, 4, 1);
    c.valueFit = 72.24;
    c.valueAwareness = 30;
    c.revenue = 12345.5;
    c.orderCount = 3;
    c.firstOrder = QDate(2025, 1, 2);
    c.lastOrder = QDate(2026, 3, 4);
    c.pinned = true;
    return c;
}

// The table as the default CSV writer writes its cells: typed cells as text.
CsvTable asText(const ExportTable &table)
{
    CsvWriteOptions options;
    options.neutraliseFormulas = false;
    return CsvWriter(options).render(table);
}

template<typename Columns>
QStringList keys(const Columns &columns)
{
    QStringList result;
    for (const auto &c : columns)
        result.append(c.key);
    return result;
}

} // namespace

class TestExportColumns : public QObject
{
    Q_OBJECT

private slots:
    void customerTableKeepsRowsAndPickedColumns();
    void everyCustomerColumn();
    void pickingErrors();
    void shortlistDefaults();
    void paretoTable();
};

void TestExportColumns::customerTableKeepsRowsAndPickedColumns()
{
    Customer other = ann();
    other.id = 3;
    other.name = QStringLiteral("Bob");
    const auto picked = pickColumns(customerColumns(CustomerContext()),
                                    {QStringLiteral("revenue"), QStringLiteral("name"), QStringLiteral("id")});
    QVERIFY(picked.ok());
    // Rows in the order given (the table's filter and sort), columns in the order picked.
    const CsvTable table = asText(exportTable(picked.value(), QList<Customer>{ann(), other}));
    QCOMPARE(table.header, (QStringList{QStringLiteral("Revenue"), QStringLiteral("Name"), QStringLiteral("Kindred ID")}));
    QCOMPARE(table.rows, (QList<QStringList>{{QStringLiteral("12345.50"), QStringLiteral("山田 花子"), QStringLiteral("7")},
                                             {QStringLiteral("12345.50"), QStringLiteral("Bob"), QStringLiteral("3")}}));
}

void TestExportColumns::everyCustomerColumn()
{
    const auto columns = customerColumns(CustomerContext::forCustomers({ann()}, WorkspaceSettings(), QDate(2026, 3, 31)));
    QCOMPARE(keys(columns),
             QString("id external_id name email company phone reading postal_code address tags stage quadrant value_fit value_awareness revenue orders "
                     "first_order last_order notes next_action next_action_due pinned updated")
                 .split(QLatin1Char(' ')));
    const ExportTable typed = exportTable(columns, QList<Customer>{ann()});
    const CsvTable table = asText(typed);
    const QStringList expected{QStringLiteral("7"), QStringLiteral("C-7"), QStringLiteral("山田 花子"),
                               QStringLiteral("hanako@example.jp"), QStringLiteral("=cmd|' /C calc'!A0"),
                               QStringLiteral("+81 3-1111-2222"), QStringLiteral("ヤマダ ハナコ"),
                               QStringLiteral("100-0001"), QStringLiteral("東京都千代田区1-1\n3F"),
                               joinTags({QStringLiteral("vip"), QStringLiteral("tokyo")}),
                               stageName(Stage::Regular), QStringLiteral("I"), QStringLiteral("72.2"),
                               QStringLiteral("30.0"), QStringLiteral("12345.50"), QStringLiteral("3"),
                               QStringLiteral("2025-01-02"), QStringLiteral("2026-03-04"),
                               QStringLiteral("Met at the fair,\nlikes tea"), QStringLiteral("Call"),
                               QStringLiteral("2026-04-01"), QStringLiteral("1"), QString()};
    QCOMPARE(table.rows.constFirst(), expected);
    // Typed: the customer's own id is text (C-7, or 007 keeping its zeros), revenue money, dates dates.
    using K = ExportCell::Kind;
    const QList<ExportCell> &cells = typed.rows.constFirst();
    // A phone is text: its leading zero and its + stay.
    const QList<K> kinds{K::Number, K::Text, K::Text, K::Text, K::Text, K::Text, K::Text, K::Text, K::Text,
                         K::Text, K::Text, K::Text, K::Number,
                         K::Number, K::Money, K::Number, K::Date, K::Date, K::Text, K::Text, K::Date, K::Number,
                         K::Empty};
    for (qsizetype i = 0; i < kinds.size(); ++i)
        QCOMPARE(cells.at(i).kind, kinds.at(i));
    QCOMPARE(typed.header.at(1), QStringLiteral("Customer ID"));
    // The table holds the raw text; neutralising (and quoting the '|') is the writer's job.
    QCOMPARE(CsvWriter().render(typed).rows.constFirst().at(4), QStringLiteral("'=cmd|' /C calc'!A0"));
}

void TestExportColumns::pickingErrors()
{
    const auto columns = customerColumns(CustomerContext());
    const auto unknown = pickColumns(columns, {QStringLiteral("name"), QStringLiteral("fax")});
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(QStringLiteral("\"fax\"")));
    QVERIFY(unknown.error().message.contains(QStringLiteral("email")));
    const auto twice = pickColumns(columns, {QStringLiteral("name"), QStringLiteral("name")});
    QVERIFY(!twice.ok());
    QCOMPARE(pickColumns(columns, {}).value().size(), columns.size());
}

void TestExportColumns::shortlistDefaults()
{
    const auto picked = pickColumns(shortlistColumns(), defaultShortlistColumnKeys());
    QVERIFY(picked.ok());
    const ShortlistEntry entry{2, ann(), Quadrant::I, Stage::Core, 81.5, true};
    const CsvTable table = asText(exportTable(picked.value(), QList<ShortlistEntry>{entry}));
    // A call sheet: who, how to reach them, where they stand, and what to do next.
    QCOMPARE(table.header,
             (QStringList{QStringLiteral("Place on the shortlist"), QStringLiteral("Name"), QStringLiteral("Customer ID"),
                          QStringLiteral("Email"), QStringLiteral("Phone"), QStringLiteral("Company"),
                          QStringLiteral("Quadrant"),
                          QStringLiteral("Stage"), QStringLiteral("Value score"), QStringLiteral("Revenue"),
                          QStringLiteral("Last order"), QStringLiteral("Note"), QStringLiteral("Next action"),
                          QStringLiteral("Due")}));
    QCOMPARE(table.rows.constFirst(),
             (QStringList{QStringLiteral("2"), QStringLiteral("山田 花子"), QStringLiteral("C-7"),
                          QStringLiteral("hanako@example.jp"), QStringLiteral("+81 3-1111-2222"),
                          QStringLiteral("=cmd|' /C calc'!A0"),
                          QStringLiteral("I"), stageName(Stage::Core), QStringLiteral("81.5"),
                          QStringLiteral("12345.50"), QStringLiteral("2026-03-04"),
                          QStringLiteral("Met at the fair,\nlikes tea"), QStringLiteral("Call"),
                          QStringLiteral("2026-04-01")}));
    // The customer table's call sheet: every key is a column.
    QVERIFY(pickColumns(customerColumns(CustomerContext()), defaultCustomerColumnKeys()).ok());
}

void TestExportColumns::paretoTable()
{
    // Revenue 800, 150, 50 (and one without revenue, off the curve).
    const ParetoAnalysis pareto({{3, 50}, {1, 800}, {2, 150}, {4, 0}}, 0.8, 0.95);
    const QHash<CustomerId, QString> names{{1, QStringLiteral("A Co")}, {2, QStringLiteral("B Co")},
                                           {3, QStringLiteral("C Co")}, {4, QStringLiteral("D Co")}};
    const CsvTable table = asText(exportTable(paretoColumns(), paretoExportRows(pareto, names)));
    QCOMPARE(table.header, (QStringList{QStringLiteral("Rank"), QStringLiteral("Kindred ID"), QStringLiteral("Customer"),
                                        QStringLiteral("Revenue"), QStringLiteral("Share (%)"),
                                        QStringLiteral("Cumulative share (%)"), QStringLiteral("Class")}));
    QCOMPARE(table.rows.size(), 3);
    QCOMPARE(table.rows.at(0), (QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("A Co"),
                                            QStringLiteral("800.00"), QStringLiteral("80.00"),
                                            QStringLiteral("80.00"), QStringLiteral("A")}));
    QCOMPARE(table.rows.at(1), (QStringList{QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("B Co"),
                                            QStringLiteral("150.00"), QStringLiteral("15.00"),
                                            QStringLiteral("95.00"), QStringLiteral("B")}));
    QCOMPARE(table.rows.at(2).at(5), QStringLiteral("100.00"));
    QCOMPARE(table.rows.at(2).at(6), QStringLiteral("C"));
}

QTEST_GUILESS_MAIN(TestExportColumns)
#include "tst_exportcolumns.moc"
