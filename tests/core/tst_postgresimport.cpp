// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import's own path on PostgreSQL (CustomerStore::importBatchPostgres)
// against SQLite's: the same files must give the same workspace, to the bit.
#include "csvimporter.h"
#include "store/customerstore.h"
#include "workspacecontent.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "../common/teststore.h"
#include "../common/trickyvalues.h"

#include <algorithm>
#include <tuple>

using namespace Kindred;

namespace {
QByteArray csvField(const QString &value)
{
    return '"' + value.toUtf8().replace('"', "\"\"") + '"';
}

// Order lines with names, e-mails and order ids that an encoding of rows
// for the server could spoil; `version` 2 changes some amounts, adds lines
// and names a customer who had no name.
QByteArray orderLines(int version)
{
    QByteArray csv = "Order ID,Order Date,Customer ID,Customer Name,Email,Sales\n";
    const QList<KindredTest::TrickyValue> values = KindredTest::trickyValues();
    const QStringList orderIds{QStringLiteral("SO-\\1"), QStringLiteral("SO-\"2\""), QStringLiteral("{3}"),
                               QStringLiteral("NULL"), QStringLiteral("a,b"), QString()};
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString name = version == 1 && i == 3 ? QString() : values.at(i).value;
        for (qsizetype o = 0; o < orderIds.size(); ++o) {
            const double amount = (i + 1) * (o + 1) * 1.1 + (version == 2 && o == 2 ? 0.01 : 0.0);
            csv += csvField(orderIds.at(o)) + ",2025-0" + QByteArray::number(1 + o) + "-1" + QByteArray::number(i % 10)
                + ",C" + QByteArray::number(i) + ',' + csvField(name) + ',' + csvField(name + QStringLiteral("@x"))
                + ',' + QByteArray::number(amount, 'f', 2) + '\n';
        }
    }
    if (version == 2)
        csv += "SO-new,2025-12-31,C-new,\"New \\\\ one\",,0.1\n";
    return csv;
}

// What must agree between engines: the content without the times of
// writing, revenue to the cent, and the orders numbered by what identifies
// them (each engine numbers them in the order it writes them).
QByteArray comparableChecksum(CustomerStore &store)
{
    WorkspaceContent content = store.content().value();
    for (Customer &c : content.customers) {
        c.created = c.updated = QDateTime();
        // Summed by each engine in its own order of the orders: the last bits may differ.
        c.revenue = double(qRound64(c.revenue * 100));
    }
    for (HistoryEntry &h : content.history)
        h.change.changedAt = QDateTime();
    std::sort(content.orders.begin(), content.orders.end(), [](const Order &a, const Order &b) {
        return std::tie(a.customerId, a.externalOrderId, a.contentKey) < std::tie(b.customerId, b.externalOrderId, b.contentKey);
    });
    for (qsizetype i = 0; i < content.orders.size(); ++i)
        content.orders[i].id = i + 1;
    return checksum(content);
}
} // namespace

class TestPostgresImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameContentAsOnSqlite();
};

void TestPostgresImport::initTestCase()
{
    if (!testingPostgres())
        QSKIP("compares PostgreSQL's import with SQLite's (see postgresimport_pg)");
}

void TestPostgresImport::sameContentAsOnSqlite()
{
    QTemporaryDir dir;
    const QStringList stores{dir.filePath(QStringLiteral("file.kindred")),
                             testStoreLocation(dir, QStringLiteral("team"))};
    for (int version : {1, 2, 2}) {
        const QString csv = dir.filePath(QStringLiteral("orders-%1.csv").arg(version));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(orderLines(version));
        file.close();
        QList<QJsonObject> summaries;
        for (const QString &store : stores) {
            {
                CustomerStore created;
                QCOMPARE(created.open(store, CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
            }
            ImportOptions options;
            options.guessKind = true;
            const auto summary = CsvImporter(store, csv, options).run();
            QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().toString()));
            QCOMPARE(summary.value().rowsSkipped, 0);
            QJsonObject json = summary.value().toJson();
            json.remove(QStringLiteral("file"));
            summaries.append(json);
        }
        QCOMPARE(summaries.at(1), summaries.at(0));
    }
    CustomerStore sqlite;
    QCOMPARE(sqlite.open(stores.at(0)), std::nullopt);
    CustomerStore postgres;
    QCOMPARE(postgres.open(stores.at(1)), std::nullopt);
    const StoreTotals totals = sqlite.totals().value();
    QCOMPARE(totals.customers, KindredTest::trickyValues().size() + 1);
    QCOMPARE(comparableChecksum(postgres), comparableChecksum(sqlite));
    QCOMPARE(postgres.findCustomer(QStringLiteral("C-new")).value().name, QStringLiteral("New \\\\ one"));
    QCOMPARE(postgres.findCustomer(QStringLiteral("C3")).value().name, KindredTest::trickyValues().at(3).value);
}

QTEST_GUILESS_MAIN(TestPostgresImport)
#include "tst_postgresimport.moc"
