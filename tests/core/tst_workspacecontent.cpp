// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/customerstore.h"
#include "workspacecontent.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "../common/teststore.h"
#include "../common/workspacefixture.h"

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Kindred;

namespace {
// A small content with one row in every table.
WorkspaceContent sample()
{
    WorkspaceContent content;
    Customer c;
    c.id = 7;
    c.externalId = QStringLiteral("C7");
    c.name = QStringLiteral("Ann");
    c.tags = {QStringLiteral("vip")};
    c.valueFit = 12.5;
    c.created = c.updated = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    c.revenue = 10.25;
    c.orderCount = 1;
    c.firstOrder = c.lastOrder = QDate(2025, 12, 24);
    content.customers = {c};
    content.orders = {{3, 7, QStringLiteral("SO-1"), QDate(2025, 12, 24), 10.25, QString()}};
    content.history = {{5, {7, std::nullopt, std::nullopt, 12.5, std::nullopt, c.created, QStringLiteral("hand"),
                            QStringLiteral("ann")}}};
    content.shortlist = {{7, 2, false}};
    content.settings = {{QStringLiteral("currency"), QStringLiteral("EUR")}};
    return content;
}

QString tableOf(const QList<TableChecksum> &before, const QList<TableChecksum> &after)
{
    QStringList changed;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before.at(i).checksum != after.at(i).checksum)
            changed.append(before.at(i).table);
    }
    return changed.join(QLatin1Char(' '));
}
} // namespace

class TestWorkspaceContent : public QObject
{
    Q_OBJECT

private slots:
    void checksumSeesEveryColumn_data();
    void checksumSeesEveryColumn();
    void checksumIgnoresRowOrder();
    void checksumIsStable();
    void copyKeepsEverything();
    void copyGoesOnWithTheNextIds();
    void onlyIntoAnEmptyStore();
    void failedCopyLeavesTheStoreEmpty();
};

void TestWorkspaceContent::checksumSeesEveryColumn_data()
{
    QTest::addColumn<std::function<void(WorkspaceContent &)>>("change");
    QTest::addColumn<QString>("table");
    using Change = std::function<void(WorkspaceContent &)>;
    auto row = [](const char *name, Change change, const char *table) {
        QTest::newRow(name) << change << QString::fromLatin1(table);
    };
    row("customer id", [](WorkspaceContent &w) { w.customers[0].id = 8; }, "customers");
    row("external id", [](WorkspaceContent &w) { w.customers[0].externalId.clear(); }, "customers");
    // Text boundaries: the same characters split differently between columns.
    row("text boundary", [](WorkspaceContent &w) { w.customers[0].name = QStringLiteral("An"), w.customers[0].email = QStringLiteral("n"); },
        "customers");
    row("tags", [](WorkspaceContent &w) { w.customers[0].tags.append(QStringLiteral("new")); }, "customers");
    row("score one ulp off", [](WorkspaceContent &w) { w.customers[0].valueFit = std::nextafter(12.5, 13.0); },
        "customers");
    row("score absent", [](WorkspaceContent &w) { w.customers[0].valueFit.reset(); }, "customers");
    row("hand stage", [](WorkspaceContent &w) { w.customers[0].handSetStage = Stage::Core; }, "customers");
    row("pinned", [](WorkspaceContent &w) { w.customers[0].pinned = true; }, "customers");
    row("updated a millisecond later", [](WorkspaceContent &w) { w.customers[0].updated = w.customers[0].updated.addMSecs(1); },
        "customers");
    row("revision", [](WorkspaceContent &w) { ++w.customers[0].revision; }, "customers");
    row("derived revenue", [](WorkspaceContent &w) { w.customers[0].revenue = 0.1 + 0.2; }, "customers");
    row("last order", [](WorkspaceContent &w) { w.customers[0].lastOrder = {}; }, "customers");
    row("order amount", [](WorkspaceContent &w) { w.orders[0].amount = -10.25; }, "orders");
    row("order content key", [](WorkspaceContent &w) { w.orders[0].contentKey = QStringLiteral("k"); }, "orders");
    row("order added", [](WorkspaceContent &w) { w.orders.append(w.orders.first()); }, "orders");
    row("history id", [](WorkspaceContent &w) { w.history[0].id = 6; }, "score_history");
    row("history old score", [](WorkspaceContent &w) { w.history[0].change.oldFit = 0.0; }, "score_history");
    row("history source", [](WorkspaceContent &w) { w.history[0].change.source = QStringLiteral("import"); },
        "score_history");
    row("shortlist position", [](WorkspaceContent &w) { w.shortlist[0].position.reset(); }, "shortlist");
    row("shortlist excluded", [](WorkspaceContent &w) { w.shortlist[0].excluded = true; }, "shortlist");
    row("setting", [](WorkspaceContent &w) { w.settings[0].second = QStringLiteral("JPY"); }, "settings");
}

void TestWorkspaceContent::checksumSeesEveryColumn()
{
    QFETCH(std::function<void(WorkspaceContent &)>, change);
    QFETCH(QString, table);
    const WorkspaceContent before = sample();
    WorkspaceContent after = before;
    change(after);
    QVERIFY(checksum(before) != checksum(after));
    QCOMPARE(tableOf(tableChecksums(before), tableChecksums(after)), table);
}

void TestWorkspaceContent::checksumIgnoresRowOrder()
{
    WorkspaceContent content = sample();
    content.customers.append(content.customers.first());
    content.customers.last().id = 9;
    content.settings.append({QStringLiteral("abc_class_a"), QStringLiteral("0.8")});
    WorkspaceContent reordered = content;
    std::reverse(reordered.customers.begin(), reordered.customers.end());
    std::reverse(reordered.settings.begin(), reordered.settings.end());
    QCOMPARE(checksum(reordered), checksum(content));
    const QList<TableChecksum> tables = tableChecksums(content);
    QCOMPARE(tables.size(), 5);
    QCOMPARE(tables.at(0).table, QStringLiteral("customers"));
    QCOMPARE(tables.at(0).rows, 2);
    QCOMPARE(tables.at(4).rows, 2);
}

void TestWorkspaceContent::checksumIsStable()
{
    // The serialisation is a format: stores checked by one version are
    // compared by another. The empty content is the table names alone.
    QCOMPARE(checksum(WorkspaceContent()),
             QCryptographicHash::hash("customers\norders\nscore_history\nshortlist\nsettings\n",
                                      QCryptographicHash::Sha256)
                 .toHex());
    // Worked out by hand from the format (rows "7,2:C7,3:Ann,0:,...,12.5,null,...")
    // and hashed with Python's hashlib.
    QCOMPARE(checksum(sample()), QByteArray("c7d2e0b37bc0f38f609ff1512100cdaecc41eafd30a891c46357dd9c36ed35d8"));
    // Own fields are part of the row when a customer has them.
    WorkspaceContent withOwnFields = sample();
    withOwnFields.customers.first().ownFields.insert(QStringLiteral("Rank"), QStringLiteral("Gold"));
    QVERIFY(checksum(withOwnFields) != checksum(sample()));
}

void TestWorkspaceContent::copyKeepsEverything()
{
    QTemporaryDir dir;
    CustomerStore source;
    QCOMPARE(source.open(testStoreLocation(dir, QStringLiteral("source.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    const TrickyWorkspace written = fillTrickyWorkspace(source);
    const auto content = source.content();
    QVERIFY(content.ok());
    QVERIFY(content.value().customers.size() > 40);
    QVERIFY(content.value().orders.size() > 40);
    QVERIFY(content.value().history.size() >= 3);
    QCOMPARE(content.value().shortlist.size(), 3);
    QVERIFY(!content.value().settings.isEmpty());

    CustomerStore target;
    QCOMPARE(target.open(testStoreLocation(dir, QStringLiteral("target.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    QCOMPARE(target.isEmpty().value(), true);
    QSignalSpy reset(&target, &CustomerStore::customersReset);
    QSignalSpy settingsChanged(&target, &CustomerStore::settingsChanged);
    QSignalSpy shortlistChanged(&target, &CustomerStore::shortlistChanged);
    QCOMPARE(target.writeContent(content.value()), std::nullopt);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(settingsChanged.size(), 1);
    QCOMPARE(shortlistChanged.size(), 1);
    QCOMPARE(target.isEmpty().value(), false);

    const auto copied = target.content();
    QVERIFY(copied.ok());
    QCOMPARE(checksum(copied.value()), checksum(content.value()));
    // And through the ordinary API, not only the checksum.
    QCOMPARE(target.settings(), source.settings());
    QCOMPARE(target.settings().currency, written.settings.currency);
    QVERIFY(target.shortlistMarks().value().contains(written.mark));
    const QList<ScoreChange> history = target.scoreHistory(written.moved).value();
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(1).source, QStringLiteral("survey: 調査.csv"));
    QCOMPARE(history.at(1).newFit, std::optional<double>(1.0 / 7.0));
    QCOMPARE(history.at(2).oldAwareness, std::optional<double>(99.9));
    const Customer special = target.customer(written.special).value();
    QCOMPARE(special.valueFit, std::optional<double>(0.1 + 0.2));
    QCOMPARE(special.handSetStage, std::optional<Stage>(Stage::Regular));
    QVERIFY(special.pinned);
    QCOMPARE(target.totals().value().revenue, source.totals().value().revenue);
}

void TestWorkspaceContent::copyGoesOnWithTheNextIds()
{
    QTemporaryDir dir;
    CustomerStore source;
    QCOMPARE(source.open(testStoreLocation(dir, QStringLiteral("source.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    fillTrickyWorkspace(source, 5);
    const WorkspaceContent content = source.content().value();
    CustomerStore target;
    QCOMPARE(target.open(testStoreLocation(dir, QStringLiteral("target.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    QCOMPARE(target.writeContent(content), std::nullopt);

    auto maxId = [](const auto &rows, auto id) {
        qint64 result = 0;
        for (const auto &row : rows)
            result = std::max<qint64>(result, id(row));
        return result;
    };
    const auto added = target.addCustomer(Customer{});
    QVERIFY(added.ok());
    QCOMPARE(added.value(), maxId(content.customers, [](const Customer &c) { return c.id; }) + 1);
    QList<Order> orders{{0, added.value(), QStringLiteral("new"), QDate(2026, 1, 1), 5.0}};
    QCOMPARE(target.addOrders(orders), std::nullopt);
    QVERIFY(orders.first().id > maxId(content.orders, [](const Order &o) { return o.id; }));
    Customer placed = target.customer(added.value()).value();
    placed.valueFit = placed.valueAwareness = 50.0;
    QCOMPARE(target.updateCustomer(placed), std::nullopt);
    const qint64 lastHistory = maxId(content.history, [](const HistoryEntry &h) { return h.id; });
    const WorkspaceContent after = target.content().value();
    QCOMPARE(after.history.last().change.customerId, added.value());
    QVERIFY(after.history.last().id > lastHistory);
}

void TestWorkspaceContent::onlyIntoAnEmptyStore()
{
    QTemporaryDir dir;
    CustomerStore target;
    QCOMPARE(target.open(testStoreLocation(dir, QStringLiteral("target.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    // Settings alone make a store used.
    WorkspaceSettings settings;
    settings.currency = QStringLiteral("EUR");
    QCOMPARE(target.setSettings(settings), std::nullopt);
    QCOMPARE(target.isEmpty().value(), false);
    const Status refused = target.writeContent(sample());
    QVERIFY(refused);
    QVERIFY2(refused->message.contains(QStringLiteral("not empty")), qPrintable(refused->message));
    QCOMPARE(target.totals().value().customers, 0);
}

void TestWorkspaceContent::failedCopyLeavesTheStoreEmpty()
{
    QTemporaryDir dir;
    CustomerStore target;
    const QString location = testStoreLocation(dir, QStringLiteral("target.kindred"));
    QCOMPARE(target.open(location, CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    const QString schema = testStoreSchema(location);
    WorkspaceContent broken = sample();
    broken.history.first().change.customerId = 99; // no such customer: fails after customers and orders went in
    QSignalSpy reset(&target, &CustomerStore::customersReset);
    QVERIFY(target.writeContent(broken));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(target.isEmpty().value(), true);
    QCOMPARE(testStoreSchema(location), schema);
    // Nothing half-done stands in the way of the next try.
    QCOMPARE(target.writeContent(sample()), std::nullopt);
    QCOMPARE(checksum(target.content().value()), checksum(sample()));
}

QTEST_GUILESS_MAIN(TestWorkspaceContent)
#include "tst_workspacecontent.moc"
