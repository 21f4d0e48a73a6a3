// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/mergecustomers.h"
#include "duplicatesdialog.h"
#include "mergecustomersdialog.h"
#include "store/customerstore.h"
#include "workspacecontent.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Kindred;

class TestDuplicatesDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void mergeCommandUndoesAndRedoesExactly();
    void listsPairsStrongestFirstWithFigures();
    void mergeWithAFieldChoiceIsOneUndoStep();
    void notADuplicateHidesThePairUntilUndone();
    void emptyStateSaysSo();
    void listsTheStrongestThousand();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CustomerStore> m_store;
    QUndoStack m_stack;
    CustomerId m_hanako = 0;  ///< more orders: kept by default
    CustomerId m_hanako2 = 0; ///< the same email but for case, a phone of her own, saved later
    CustomerId m_juergen = 0;
    CustomerId m_juergen2 = 0;

    /// Waits until the dialog shows what the store holds.
    static void waitForPairs(DuplicatesDialog &dialog)
    {
        QTRY_VERIFY(!dialog.isFinding());
    }
};

void TestDuplicatesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<CustomerStore>();
    QCOMPARE(m_store->open(m_dir->filePath(QStringLiteral("t.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    Customer hanako;
    hanako.name = QStringLiteral("髙橋 花子");
    hanako.email = QStringLiteral("hanako@example.jp");
    Customer hanako2;
    hanako2.name = QStringLiteral("高橋　花子");
    hanako2.email = QStringLiteral("Hanako@Example.jp");
    hanako2.phone = QStringLiteral("03-1111-2222");
    hanako2.company = QStringLiteral("株式会社さくら");
    hanako2.updated = QDateTime::currentDateTimeUtc().addSecs(60);
    Customer juergen;
    juergen.name = QStringLiteral("Jürgen Müller");
    Customer juergen2;
    juergen2.name = QStringLiteral("Juergen Mueller");
    QList<Customer> customers{hanako, hanako2, juergen, juergen2};
    QVERIFY(!m_store->addCustomers(customers));
    m_hanako = customers.at(0).id;
    m_hanako2 = customers.at(1).id;
    m_juergen = customers.at(2).id;
    m_juergen2 = customers.at(3).id;
    QList<Order> orders{{0, m_hanako, QStringLiteral("A-1"), QDate(2025, 2, 1), 4000.0},
                        {0, m_hanako, QStringLiteral("A-2"), QDate(2025, 6, 1), 6000.0},
                        {0, m_hanako2, QStringLiteral("B-1"), QDate(2026, 1, 5), 1500.0}};
    QVERIFY(!m_store->addOrders(orders));
}

void TestDuplicatesDialog::cleanup()
{
    m_stack.clear();
    m_store.reset();
}

void TestDuplicatesDialog::mergeCommandUndoesAndRedoesExactly()
{
    const WorkspaceContent before = m_store->content().value();
    const CustomerMerge merge(m_store->customer(m_hanako).value(), m_store->customer(m_hanako2).value());
    m_stack.push(new MergeCustomers(*m_store, merge.mergedByDefault(CustomerMerge::Tie::Kept), merge.other()));
    QCOMPARE(m_stack.count(), 1);
    QVERIFY(!m_store->customer(m_hanako2).ok());
    QCOMPARE(m_store->customer(m_hanako).value().orderCount, 3);
    m_stack.undo();
    QCOMPARE(checksum(m_store->content().value()), checksum(before));
    m_stack.redo();
    QVERIFY(!m_store->customer(m_hanako2).ok());
    const Customer merged = m_store->customer(m_hanako).value();
    QCOMPARE(merged.orderCount, 3);
    QCOMPARE(merged.phone, QStringLiteral("03-1111-2222"));
    m_stack.undo();
    QCOMPARE(checksum(m_store->content().value()), checksum(before));
}

void TestDuplicatesDialog::listsPairsStrongestFirstWithFigures()
{
    DuplicatesDialog dialog(*m_store, m_stack);
    waitForPairs(dialog);
    QCOMPARE(dialog.pairs().size(), 2);
    // A shared email outranks a name written another way.
    QCOMPARE(dialog.pairs().at(0).a, m_hanako);
    QVERIFY(dialog.pairs().at(0).score > dialog.pairs().at(1).score);
    auto *list = dialog.findChild<QTableWidget *>(QStringLiteral("DuplicatePairs"));
    QCOMPARE(list->rowCount(), 2);
    QVERIFY(list->item(0, 3)->text().contains(QStringLiteral("same email but for case")));
    QVERIFY(list->item(1, 3)->text().contains(dialog.pairs().at(1).reasons.constFirst().text()));
    auto *figures = dialog.findChild<QTableWidget *>(QStringLiteral("DuplicateFigures"));
    QCOMPARE(figures->item(0, 0)->text(), QStringLiteral("髙橋 花子"));
    QCOMPARE(figures->item(3, 1)->text(), QStringLiteral("03-1111-2222"));
    QCOMPARE(figures->item(8, 0)->text(), QStringLiteral("2")); // orders, after postal code and address
}

void TestDuplicatesDialog::mergeWithAFieldChoiceIsOneUndoStep()
{
    // Order A-1 reached both records.
    QList<Order> again{{0, m_hanako2, QStringLiteral("A-1"), QDate(2025, 2, 1), 4000.0}};
    QVERIFY(!m_store->addOrders(again));
    const WorkspaceContent before = m_store->content().value();
    DuplicatesDialog dialog(*m_store, m_stack);
    waitForPairs(dialog);
    dialog.selectPair(0);
    bool chosen = false;
    QTimer::singleShot(0, this, [this, &chosen] {
        auto *merge = qobject_cast<MergeCustomersDialog *>(QApplication::activeModalWidget());
        QVERIFY(merge);
        // The one with more orders is kept unless the person picks the other.
        QCOMPARE(merge->keptId(), m_hanako);
        merge->setKept(m_hanako2);
        QCOMPARE(merge->merged().id, m_hanako2);
        QCOMPARE(merge->other().id, m_hanako);
        merge->setKept(m_hanako);
        QCOMPARE(merge->merged().id, m_hanako);
        const QList<MergeField> fields = merge->fields();
        const MergeField name{CustomerField::Name, {}};
        const MergeField phone{CustomerField::Phone, {}};
        QVERIFY(fields.contains(name));
        // Preselected: the filled phone, and the name saved last (the other's).
        QCOMPARE(merge->merged().phone, QStringLiteral("03-1111-2222"));
        QCOMPARE(merge->merged().name, QStringLiteral("高橋　花子"));
        merge->setOtherWins(name, false);
        chosen = true;
        merge->accept();
    });
    dialog.mergeSelected();
    QVERIFY(chosen);
    QCOMPARE(m_stack.count(), 1);
    const Customer merged = m_store->customer(m_hanako).value();
    QCOMPARE(merged.name, QStringLiteral("髙橋 花子"));
    QCOMPARE(merged.phone, QStringLiteral("03-1111-2222"));
    QCOMPARE(merged.company, QStringLiteral("株式会社さくら"));
    QCOMPARE(merged.orderCount, 3);
    QCOMPARE(merged.revenue, 11500.0);
    QVERIFY(!m_store->customer(m_hanako2).ok());
    auto *notice = dialog.findChild<QLabel *>(QStringLiteral("DuplicatesNotice"));
    QVERIFY(!notice->isHidden());
    QVERIFY2(notice->text().startsWith(QStringLiteral("1 order")) && notice->text().contains(QStringLiteral("counted once")),
             qPrintable(notice->text()));
    // The list follows: only the Müller pair is left.
    QTRY_COMPARE(dialog.pairs().size(), 1);
    waitForPairs(dialog);
    QCOMPARE(dialog.pairs().constFirst().a, m_juergen);

    m_stack.undo();
    QCOMPARE(checksum(m_store->content().value()), checksum(before));
    QTRY_COMPARE(dialog.pairs().size(), 2);
}

void TestDuplicatesDialog::notADuplicateHidesThePairUntilUndone()
{
    DuplicatesDialog dialog(*m_store, m_stack);
    waitForPairs(dialog);
    dialog.selectPair(1);
    dialog.findChild<QPushButton *>(QStringLiteral("NotDuplicateButton"))->click();
    QCOMPARE(m_stack.count(), 1);
    QVERIFY(m_store->settings().notDuplicates.contains({m_juergen, m_juergen2}));
    QTRY_COMPARE(dialog.pairs().size(), 1);
    waitForPairs(dialog);
    QCOMPARE(dialog.pairs().constFirst().a, m_hanako);
    // Remembered with the workspace: a new dialog leaves the pair out too.
    DuplicatesDialog again(*m_store, m_stack);
    waitForPairs(again);
    QCOMPARE(again.pairs().size(), 1);

    m_stack.undo();
    QVERIFY(m_store->settings().notDuplicates.isEmpty());
    QTRY_COMPARE(dialog.pairs().size(), 2);
}

void TestDuplicatesDialog::emptyStateSaysSo()
{
    WorkspaceSettings settings = m_store->settings();
    settings.notDuplicates = {{m_hanako, m_hanako2}, {m_juergen, m_juergen2}};
    QVERIFY(!m_store->setSettings(settings));
    DuplicatesDialog dialog(*m_store, m_stack);
    waitForPairs(dialog);
    QVERIFY(dialog.pairs().isEmpty());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("DuplicatesStatus"))->text(), QStringLiteral("No likely duplicates."));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("MergeButton"))->isEnabled());
}

void TestDuplicatesDialog::listsTheStrongestThousand()
{
    // 1,100 more pairs, each sharing a phone.
    QList<Customer> many;
    for (int i = 0; i < 2200; ++i) {
        Customer c;
        c.name = QStringLiteral("Kunde %1").arg(i);
        c.phone = QStringLiteral("030 %1").arg(100000 + i / 2);
        many.append(c);
    }
    QVERIFY(!m_store->addCustomers(many));
    DuplicatesDialog dialog(*m_store, m_stack);
    waitForPairs(dialog);
    QCOMPARE(dialog.pairs().size(), DuplicatesDialog::shownLimit);
    QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("DuplicatePairs"))->rowCount(), 1000);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("DuplicatesCount"))->text(),
             QStringLiteral("The 1,000 strongest of 1,102 likely pairs."));
}

QTEST_MAIN(TestDuplicatesDialog)
#include "tst_duplicatesdialog.moc"
