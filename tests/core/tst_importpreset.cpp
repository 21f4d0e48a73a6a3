// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreset.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

class TestImportPreset : public QObject
{
    Q_OBJECT

private slots:
    void saveAndLoad();
    void appliesToHeaders();
    void refusesWhatIsNotAPreset();
};

void TestImportPreset::saveAndLoad()
{
    QTemporaryDir dir;
    ImportPreset preset;
    preset.name = QStringLiteral("楽天 / monthly");
    preset.kind = ImportKind::Orders;
    preset.encoding = "windows-31j";
    preset.delimiter = '\t';
    preset.dateOrder = DateOrder::DayFirst;
    preset.decimalSeparator = DecimalSeparator::Comma;
    preset.columns = {{QStringLiteral("customer_id"), QStringLiteral("会員番号X")},
                      {QStringLiteral("amount"), QStringLiteral("お会計")}};
    QVERIFY(!preset.save(dir.path()));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("楽天 _ monthly.json"))));

    ImportPreset other = preset;
    other.name = QStringLiteral("Another");
    other.kind = ImportKind::Customers;
    other.dateOrder = DateOrder::MonthFirst;
    QVERIFY(!other.save(dir.path()));

    const QList<ImportPreset> all = ImportPreset::loadAll(dir.path());
    QCOMPARE(all.size(), 2);
    const ImportPreset &loaded = all.at(1);
    QCOMPARE(loaded.name, preset.name);
    QCOMPARE(loaded.kind, ImportKind::Orders);
    QCOMPARE(loaded.encoding, QByteArray("windows-31j"));
    QCOMPARE(loaded.delimiter, '\t');
    QCOMPARE(loaded.dateOrder, DateOrder::DayFirst);
    QCOMPARE(loaded.decimalSeparator, DecimalSeparator::Comma);
    QCOMPARE(loaded.columns, preset.columns);
    QCOMPARE(all.at(0).kind, ImportKind::Customers);
    QCOMPARE(all.at(0).dateOrder, DateOrder::MonthFirst);

    QVERIFY(ImportPreset{}.save(dir.path())); // a name is needed
}

void TestImportPreset::appliesToHeaders()
{
    ImportPreset preset;
    preset.columns = {{QStringLiteral("customer_id"), QStringLiteral("会員番号X")},
                      {QStringLiteral("amount"), QStringLiteral("お会計")}};
    const QStringList headers{QStringLiteral("会員番号X"), QStringLiteral("注文日"), QStringLiteral("お会計"),
                              QStringLiteral("金額")};
    const auto mapping = preset.mappingFor(headers);
    QVERIFY(mapping);
    QCOMPARE(mapping.value().column(ImportField::CustomerId), 0);
    QCOMPARE(mapping.value().column(ImportField::OrderDate), 1); // automatic where the preset says nothing
    QCOMPARE(mapping.value().column(ImportField::Amount), 2);    // the preset wins over the automatic match

    ImportPreset skipping = preset;
    skipping.columns.insert(QStringLiteral("order_date"), QString()); // not imported, though it matches
    QCOMPARE(skipping.mappingFor(headers).value().column(ImportField::OrderDate), -1);

    const auto missing = preset.mappingFor({QStringLiteral("お会計"), QStringLiteral("注文日")});
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(QStringLiteral("会員番号X")));
}

void TestImportPreset::refusesWhatIsNotAPreset()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("x.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"name\": \"x\"}");
    file.close();
    QVERIFY(!ImportPreset::load(file.fileName()));
    QVERIFY(ImportPreset::loadAll(dir.path()).isEmpty());

    QJsonObject badField = ImportPreset{}.toJson();
    badField.insert(QStringLiteral("columns"), QJsonObject{{QStringLiteral("price"), QStringLiteral("P")}});
    QVERIFY(!ImportPreset::fromJson(badField));
}

QTEST_GUILESS_MAIN(TestImportPreset)
#include "tst_importpreset.moc"
