// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicates/customermerge.h"
#include "store/customerstore.h"
#include "workspacecontent.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "../common/teststore.h"

using namespace Kindred;

class TestMergeCustomers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_store.close(); }
    void mergeMovesEverythingAndUnmergeRestoresExactly();
    void orderBothHoldIsCountedOnce();
    void keptCustomerTakesTheOthersIdAndPlace();
    void refusesWhatCannotBeMerged();
    void notDuplicatesTravelWithTheWorkspace();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    CustomerStore m_store;
    CustomerId m_kept = 0;
    CustomerId m_other = 0;

    Order order(CustomerId customer, const QString &date, double amount, const QString &externalId = {},
                const QString &contentKey = {})
    {
        return Order{0, customer, externalId, QDate::fromString(date, Qt::ISODate), amount, contentKey};
    }
    void verifyUnmergeRestores(const WorkspaceContent &before, const MergeUndo &undo);
};

void TestMergeCustomers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(!m_store.open(testStoreLocation(*m_dir, QStringLiteral("merge.kindred")),
                          CustomerStore::OpenMode::CreateIfMissing));

    // Two records of one person, and a bystander whose rows must not move.
    Customer kept;
    kept.externalId = QStringLiteral("M-001");
    kept.name = QStringLiteral("髙橋 花子");
    kept.email = QStringLiteral("hanako@example.jp");
    kept.tags = {QStringLiteral("VIP")};
    kept.notes = QStringLiteral("店頭で購入");
    kept.ownFields = {{QStringLiteral("会員ランク"), QStringLiteral("ゴールド")}};
    Customer other;
    other.externalId = QStringLiteral("W-77");
    other.name = QStringLiteral("高橋 花子");
    other.phone = QStringLiteral("03-1111-2222");
    other.tags = {QStringLiteral("web"), QStringLiteral("VIP")};
    other.notes = QStringLiteral("通販で購入");
    other.ownFields = {{QStringLiteral("会員ランク"), QStringLiteral("シルバー")},
                       {QStringLiteral("生年月日"), QStringLiteral("1980-04-01")}};
    Customer bystander;
    bystander.name = QStringLiteral("Jürgen Müller");
    QList<Customer> customers{kept, other, bystander};
    QVERIFY(!m_store.addCustomers(customers));
    m_kept = customers.at(0).id;
    m_other = customers.at(1).id;

    QList<Order> orders{order(m_kept, QStringLiteral("2025-03-01"), 5000, QStringLiteral("R-1")),
                        order(m_other, QStringLiteral("2024-11-20"), 3000, QStringLiteral("W-1")),
                        order(m_other, QStringLiteral("2026-01-10"), 2000, {}, QStringLiteral("2026-01-10|2000|1")),
                        order(customers.at(2).id, QStringLiteral("2025-05-05"), 900)};
    QVERIFY(!m_store.addOrders(orders));
    Customer placed = m_store.customer(m_other).value();
    placed.valueFit = 70;
    placed.valueAwareness = 40;
    QVERIFY(!m_store.updateCustomer(placed, CustomerField::Scores));
    QVERIFY(!m_store.setShortlistMarks({{m_other, 1, false}}));
}

void TestMergeCustomers::verifyUnmergeRestores(const WorkspaceContent &before, const MergeUndo &undo)
{
    QSignalSpy added(&m_store, &CustomerStore::customersAdded);
    QSignalSpy changed(&m_store, &CustomerStore::customersChanged);
    QVERIFY(!m_store.unmergeCustomers(undo));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.constFirst().constFirst().value<QList<CustomerId>>(), QList<CustomerId>{m_other});
    QCOMPARE(changed.size(), 1);
    // Every table as it was: the same ids, rows, revisions, figures, history and marks.
    const QList<TableChecksum> expected = tableChecksums(before);
    const QList<TableChecksum> actual = tableChecksums(m_store.content().value());
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(actual.at(i).table, expected.at(i).table);
        QCOMPARE(actual.at(i).rows, expected.at(i).rows);
        QCOMPARE(actual.at(i).checksum, expected.at(i).checksum);
    }
}

void TestMergeCustomers::mergeMovesEverythingAndUnmergeRestoresExactly()
{
    const WorkspaceContent before = m_store.content().value();
    const Customer keptBefore = m_store.customer(m_kept).value();
    CustomerMerge merge(keptBefore, m_store.customer(m_other).value());
    // The person keeps the kept customer's rank but takes the other's birthday and phone.
    QList<MergeField> fromOther;
    for (const MergeField &field : merge.differingFields()) {
        if (field.field == CustomerField::Phone || field.ownField == QStringLiteral("生年月日"))
            fromOther.append(field);
    }
    QCOMPARE(fromOther.size(), 2);

    QSignalSpy removed(&m_store, &CustomerStore::customersRemoved);
    QSignalSpy changed(&m_store, &CustomerStore::customersChanged);
    QSignalSpy shortlist(&m_store, &CustomerStore::shortlistChanged);
    const auto undo = m_store.mergeCustomers(merge.merged(fromOther), m_other);
    QVERIFY2(undo.ok(), qPrintable(undo.ok() ? QString() : undo.error().toString()));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.constFirst().constFirst().value<QList<CustomerId>>(), QList<CustomerId>{m_other});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().value<QList<CustomerId>>(), QList<CustomerId>{m_kept});
    QCOMPARE(shortlist.size(), 1);

    QVERIFY(!m_store.customer(m_other).ok());
    const Customer merged = m_store.customer(m_kept).value();
    QCOMPARE(merged.name, keptBefore.name);
    QCOMPARE(merged.phone, QStringLiteral("03-1111-2222"));
    QCOMPARE(merged.tags, (QStringList{QStringLiteral("VIP"), QStringLiteral("web")}));
    QCOMPARE(merged.notes, QStringLiteral("店頭で購入\n\n通販で購入"));
    QCOMPARE(merged.ownFields.value(QStringLiteral("会員ランク")), QStringLiteral("ゴールド"));
    QCOMPARE(merged.ownFields.value(QStringLiteral("生年月日")), QStringLiteral("1980-04-01"));
    QCOMPARE(merged.revision, keptBefore.revision + 1);
    // The other's orders and history are the kept customer's now, with their figures.
    QCOMPARE(merged.orderCount, 3);
    QCOMPARE(merged.revenue, 10000.0);
    QCOMPARE(merged.firstOrder, QDate(2024, 11, 20));
    QCOMPARE(merged.lastOrder, QDate(2026, 1, 10));
    QCOMPARE(m_store.orders(m_kept).value().size(), 3);
    QCOMPARE(m_store.scoreHistory(m_kept).value().size(), 1);
    QCOMPARE(undo.value().movedOrders.size(), 2);
    QCOMPARE(undo.value().movedHistory.size(), 1);
    QVERIFY(undo.value().addedHistory.isEmpty()); // the kept customer had no place to change
    QVERIFY(undo.value().ordersHeldByBoth.isEmpty());
    // The kept customer had no mark on the shortlist: they take the other's.
    QVERIFY(undo.value().movedShortlistMark);
    QCOMPARE(m_store.shortlistMarks().value(), (QList<ShortlistMark>{{m_kept, 1, false}}));
    QCOMPARE(m_store.totals().value().customers, 2);
    QCOMPARE(m_store.totals().value().orders, 4);

    verifyUnmergeRestores(before, undo.value());
}

void TestMergeCustomers::orderBothHoldIsCountedOnce()
{
    // The same web order reached both records: once by its id, once by its content.
    QList<Order> twice{order(m_kept, QStringLiteral("2024-11-20"), 3000, QStringLiteral("W-1")),
                       order(m_kept, QStringLiteral("2026-01-10"), 2000, {}, QStringLiteral("2026-01-10|2000|1"))};
    QVERIFY(!m_store.addOrders(twice));
    const WorkspaceContent before = m_store.content().value();
    const CustomerMerge merge(m_store.customer(m_kept).value(), m_store.customer(m_other).value());
    const auto undo = m_store.mergeCustomers(merge.mergedByDefault(CustomerMerge::Tie::Kept), m_other);
    QVERIFY2(undo.ok(), qPrintable(undo.ok() ? QString() : undo.error().toString()));
    QCOMPARE(undo.value().ordersHeldByBoth.size(), 2);
    QVERIFY(undo.value().movedOrders.isEmpty());
    const Customer merged = m_store.customer(m_kept).value();
    QCOMPARE(merged.orderCount, 3);
    QCOMPARE(merged.revenue, 10000.0);
    QCOMPARE(m_store.totals().value().orders, 4);

    verifyUnmergeRestores(before, undo.value());
}

void TestMergeCustomers::keptCustomerTakesTheOthersIdAndPlace()
{
    // The kept customer has a mark of their own: the other's goes, and comes back with them.
    QVERIFY(!m_store.setShortlistMarks({{m_other, 1, false}, {m_kept, std::nullopt, true}}));
    const WorkspaceContent before = m_store.content().value();
    const CustomerMerge merge(m_store.customer(m_kept).value(), m_store.customer(m_other).value());
    QList<MergeField> fromOther{{CustomerField::ExternalId, {}}, {CustomerField::Scores, {}}};
    const auto undo = m_store.mergeCustomers(merge.merged(fromOther), m_other);
    QVERIFY2(undo.ok(), qPrintable(undo.ok() ? QString() : undo.error().toString()));
    const Customer merged = m_store.customer(m_kept).value();
    QCOMPARE(merged.externalId, QStringLiteral("W-77"));
    QCOMPARE(m_store.findCustomer(QStringLiteral("W-77")).value().id, m_kept);
    QCOMPARE(merged.valueFit, std::optional<double>(70));
    // The place the merge gave is recorded, and taken away again by the undo.
    QCOMPARE(undo.value().addedHistory.size(), 1);
    QCOMPARE(m_store.scoreHistory(m_kept).value().size(), 2);
    QVERIFY(!undo.value().movedShortlistMark);
    QCOMPARE(m_store.shortlistMarks().value(), (QList<ShortlistMark>{{m_kept, std::nullopt, true}}));

    verifyUnmergeRestores(before, undo.value());
}

void TestMergeCustomers::refusesWhatCannotBeMerged()
{
    const WorkspaceContent before = m_store.content().value();
    const Customer kept = m_store.customer(m_kept).value();
    QVERIFY(!m_store.mergeCustomers(kept, m_kept).ok());
    QVERIFY(!m_store.mergeCustomers(kept, 9999).ok());
    QCOMPARE(checksum(m_store.content().value()), checksum(before));
}

void TestMergeCustomers::notDuplicatesTravelWithTheWorkspace()
{
    WorkspaceSettings settings = m_store.settings();
    settings.notDuplicates = {{1, 2}, {3, 12}};
    QVERIFY(!m_store.setSettings(settings));
    const auto rows = m_store.content().value().settings;
    const auto stored = std::find_if(rows.cbegin(), rows.cend(),
                                     [](const auto &row) { return row.first == QStringLiteral("not_duplicates"); });
    QVERIFY(stored != rows.cend());
    QCOMPARE(stored->second, QStringLiteral("[[1,2],[3,12]]"));
    m_store.close();
    QVERIFY(!m_store.open(testStoreLocation(*m_dir, QStringLiteral("merge.kindred"))));
    QCOMPARE(m_store.settings().notDuplicates, settings.notDuplicates);
    QCOMPARE(notDuplicatesFromJson(QStringLiteral("[[5,4],[7],\"x\",[2,2]]")),
             (QSet<std::pair<CustomerId, CustomerId>>{{4, 5}}));
}

QTEST_GUILESS_MAIN(TestMergeCustomers)
#include "tst_mergecustomers.moc"
