// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownfieldedit.h"

#include <QTest>

using namespace Kindred;

namespace {
const QString rank = QStringLiteral("会員ランク");
const QString points = QStringLiteral("Points");

const QList<OwnFieldDefinition> definitions = {
    {rank, OwnFieldType::Text},
    {points, OwnFieldType::Number},
    {QStringLiteral("Birthday"), OwnFieldType::Date},
};

// The field's value in each customer that holds it, in order.
QStringList valuesOf(const QString &name, const QList<OwnFieldsText> &customers)
{
    QStringList values;
    for (const OwnFieldsText &c : customers)
        values.append(ownFieldValuesFromJson(c.json).value(name));
    return values;
}

// An edit as a data row names it: rename to, delete, or retype to a type key.
OwnFieldEdit makeEdit(const QString &action, const QString &name, const QString &argument = QString())
{
    if (action == QLatin1String("rename"))
        return OwnFieldEdit::rename(name, argument);
    if (action == QLatin1String("delete"))
        return OwnFieldEdit::remove(name);
    return OwnFieldEdit::retype(name, ownFieldTypeFromKey(argument).value());
}

// One customer per value, ids from 1, each with another field too.
QList<OwnFieldsText> customersWith(const QString &name, const QStringList &values)
{
    QList<OwnFieldsText> customers;
    for (const QString &value : values)
        customers.append({customers.size() + 1, ownFieldValuesToJson({{name, value}, {rank, QStringLiteral("ゴールド")}})});
    return customers;
}
} // namespace

class TestOwnFieldEdit : public QObject
{
    Q_OBJECT

private slots:
    void problem_data();
    void problem();
    void definitionsKeepTheirOrder_data();
    void definitionsKeepTheirOrder();
    void renameMovesTheValue();
    void renameRefusesANameACustomerHolds();
    void deleteDropsTheValue();
    void retype_data();
    void retype();
};

void TestOwnFieldEdit::problem_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<bool>("refused");

    QTest::newRow("rename") << u"rename"_qs << rank << u"Rank"_qs << false;
    QTest::newRow("rename to another field's name") << u"rename"_qs << rank << points << true;
    QTest::newRow("rename to nothing") << u"rename"_qs << rank << QString() << true;
    QTest::newRow("rename to spaces") << u"rename"_qs << rank << u"  "_qs << true;
    QTest::newRow("rename with a trailing space") << u"rename"_qs << rank << u"Rank "_qs << true;
    QTest::newRow("rename to 101 characters") << u"rename"_qs << rank << QString(101, u'x') << true;
    QTest::newRow("rename a field there is not") << u"rename"_qs << u"Rank"_qs << u"R"_qs << true;
    QTest::newRow("delete") << u"delete"_qs << points << QString() << false;
    QTest::newRow("delete a field there is not") << u"delete"_qs << u"points"_qs << QString() << true;
    QTest::newRow("retype") << u"retype"_qs << rank << u"yes_no"_qs << false;
}

void TestOwnFieldEdit::problem()
{
    QFETCH(QString, action);
    QFETCH(QString, name);
    QFETCH(QString, argument);
    QFETCH(bool, refused);
    const QString problem = makeEdit(action, name, argument).problem(definitions);
    QCOMPARE(!problem.isEmpty(), refused);
}

void TestOwnFieldEdit::definitionsKeepTheirOrder_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QList<OwnFieldDefinition>>("expected");

    QTest::newRow("rename") << u"rename"_qs << u"ポイント"_qs
                            << QList<OwnFieldDefinition>{definitions.at(0), {u"ポイント"_qs, OwnFieldType::Number},
                                                         definitions.at(2)};
    QTest::newRow("delete") << u"delete"_qs << QString()
                            << QList<OwnFieldDefinition>{definitions.at(0), definitions.at(2)};
    QTest::newRow("retype") << u"retype"_qs << u"text"_qs
                            << QList<OwnFieldDefinition>{definitions.at(0), {points, OwnFieldType::Text},
                                                         definitions.at(2)};
}

void TestOwnFieldEdit::definitionsKeepTheirOrder()
{
    QFETCH(QString, action);
    QFETCH(QString, argument);
    QFETCH(QList<OwnFieldDefinition>, expected);
    QCOMPARE(makeEdit(action, points, argument).applied(definitions), expected);
}

void TestOwnFieldEdit::renameMovesTheValue()
{
    const QList<OwnFieldsText> customers = {
        {1, ownFieldValuesToJson({{rank, QStringLiteral("ゴールド")}, {points, QStringLiteral("500")}})},
        {2, ownFieldValuesToJson({{points, QStringLiteral("20")}})},
        // The name in another field's value: what a LIKE filter also finds.
        {3, ownFieldValuesToJson({{QStringLiteral("Note"), QStringLiteral(R"("会員ランク" to check)")}})},
        {4, QString()},
    };
    const auto after = OwnFieldEdit::rename(rank, QStringLiteral("Rank")).rewritten(customers);
    QVERIFY(after.ok());
    QCOMPARE(after.value().size(), 1);
    QCOMPARE(after.value().at(0).customer, 1);
    const OwnFieldValues expected{{QStringLiteral("Rank"), QStringLiteral("ゴールド")}, {points, QStringLiteral("500")}};
    QCOMPARE(ownFieldValuesFromJson(after.value().at(0).json), expected);
}

void TestOwnFieldEdit::renameRefusesANameACustomerHolds()
{
    // A value under a name no definition has (kept by an older import).
    const QList<OwnFieldsText> customers = {
        {1, ownFieldValuesToJson({{rank, QStringLiteral("ゴールド")}, {QStringLiteral("Rank"), QStringLiteral("A")}})},
        {2, ownFieldValuesToJson({{rank, QStringLiteral("シルバー")}})},
    };
    const auto after = OwnFieldEdit::rename(rank, QStringLiteral("Rank")).rewritten(customers);
    QVERIFY(!after.ok());
    QVERIFY2(after.error().message.contains(QStringLiteral("1 customer")), qPrintable(after.error().message));
}

void TestOwnFieldEdit::deleteDropsTheValue()
{
    const QList<OwnFieldsText> customers = {
        {7, ownFieldValuesToJson({{rank, QStringLiteral("ゴールド")}, {points, QStringLiteral("500")}})},
        {8, ownFieldValuesToJson({{points, QStringLiteral("20")}})},
        {9, ownFieldValuesToJson({{rank, QStringLiteral("ブロンズ")}})},
    };
    const auto after = OwnFieldEdit::remove(rank).rewritten(customers);
    QVERIFY(after.ok());
    const QList<OwnFieldsText> expected = {{7, ownFieldValuesToJson({{points, QStringLiteral("500")}})},
                                           {9, QString()}};
    QCOMPARE(after.value(), expected);
}

void TestOwnFieldEdit::retype_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("text to number") << u"number"_qs
                                    << QStringList{u"1,500"_qs, u"¥2,000"_qs, u"none yet"_qs, u"0120-111"_qs}
                                    << QStringList{u"1500"_qs, u"2000"_qs, u"none yet"_qs, u"0120-111"_qs};
    QTest::newRow("decimal commas, as the column shows") << u"number"_qs
                                                         << QStringList{u"1.234,5"_qs, u"2,5"_qs, u"1.500"_qs}
                                                         << QStringList{u"1234.5"_qs, u"2.5"_qs, u"1500"_qs};
    QTest::newRow("text to date, day first as the column shows")
        << u"date"_qs << QStringList{u"13/03/1990"_qs, u"05/03/1990"_qs, u"unknown"_qs}
        << QStringList{u"1990-03-13"_qs, u"1990-03-05"_qs, u"unknown"_qs};
    QTest::newRow("an ambiguous date stays as written") << u"date"_qs << QStringList{u"05/03/1990"_qs}
                                                        << QStringList{u"05/03/1990"_qs};
    QTest::newRow("number to yes/no") << u"yes_no"_qs << QStringList{u"1"_qs, u"0"_qs, u"1500"_qs}
                                      << QStringList{u"yes"_qs, u"no"_qs, u"1500"_qs};
    QTest::newRow("yes/no words") << u"yes_no"_qs << QStringList{u"はい"_qs, u"×"_qs, u"maybe"_qs}
                                  << QStringList{u"yes"_qs, u"no"_qs, u"maybe"_qs};
    QTest::newRow("number to text keeps every value") << u"text"_qs
                                                      << QStringList{u"1500.5"_qs, u" padded "_qs}
                                                      << QStringList{u"1500.5"_qs, u" padded "_qs};
    QTest::newRow("date to number keeps dates") << u"number"_qs << QStringList{u"1990-01-02"_qs, u"7"_qs}
                                                << QStringList{u"1990-01-02"_qs, u"7"_qs};
}

void TestOwnFieldEdit::retype()
{
    QFETCH(QString, type);
    QFETCH(QStringList, before);
    QFETCH(QStringList, expected);
    const QList<OwnFieldsText> customers = customersWith(points, before);
    const auto after = makeEdit(u"retype"_qs, points, type).rewritten(customers);
    QVERIFY(after.ok());

    // Only the customers whose value changed are rewritten; the other field stays.
    QList<OwnFieldsText> all = customers;
    for (const OwnFieldsText &changed : after.value()) {
        QVERIFY(changed.json != customers.at(changed.customer - 1).json);
        QCOMPARE(ownFieldValuesFromJson(changed.json).value(rank), QStringLiteral("ゴールド"));
        all[changed.customer - 1] = changed;
    }
    QCOMPARE(valuesOf(points, all), expected);
}

QTEST_GUILESS_MAIN(TestOwnFieldEdit)
#include "tst_ownfieldedit.moc"
