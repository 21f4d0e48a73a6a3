// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/addcustomer.h"
#include "commands/applysuggestions.h"
#include "commands/deletecustomers.h"
#include "commands/editcustomers.h"
#include "customerstore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Kindred;

// Each command is checked against what the store holds after redo, undo and redo again.
class TestCustomerCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editUndoRedo();
    void editSeveralIsOneStep();
    void addUndoRedoKeepsId();
    void deleteUndoRestoresOrdersAndHistory();
    void applySuggestionsIsOneUndoStep();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CustomerStore> m_store;
    QUndoStack m_stack;
    Customer add(const QString &name)
    {
        Customer c;
        c.name = name;
        c.id = m_store->addCustomer(c).value();
        return m_store->customer(c.id).value();
    }
};

void TestCustomerCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<CustomerStore>();
    QCOMPARE(m_store->open(m_dir->filePath(QStringLiteral("t.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
}

void TestCustomerCommands::cleanup()
{
    m_stack.clear();
    m_store.reset();
}

void TestCustomerCommands::editUndoRedo()
{
    const Customer before = add(QStringLiteral("Ann"));
    Customer after = before;
    after.name = QStringLiteral("Ann Lee");
    after.tags = {QStringLiteral("vip")};
    after.nextAction = QStringLiteral("Call about the workshop");
    m_stack.push(new EditCustomers(*m_store, {before}, {after}, QStringLiteral("Edit")));
    QVERIFY(m_store->customer(before.id).value().sameEditableFields(after));
    m_stack.undo();
    QVERIFY(m_store->customer(before.id).value().sameEditableFields(before));
    m_stack.redo();
    QVERIFY(m_store->customer(before.id).value().sameEditableFields(after));
}

void TestCustomerCommands::editSeveralIsOneStep()
{
    const Customer a = add(QStringLiteral("A"));
    const Customer b = add(QStringLiteral("B"));
    Customer a2 = a, b2 = b;
    a2.valueFit = 70;
    a2.valueAwareness = 20;
    b2.valueFit = 60;
    b2.valueAwareness = 90;
    m_stack.push(new EditCustomers(*m_store, {a, b}, {a2, b2}, QStringLiteral("Move")));
    QCOMPARE(m_stack.count(), 1);
    QCOMPARE(m_store->customer(b.id).value().valueAwareness, 90.0);
    m_stack.undo();
    QCOMPARE(m_store->customer(a.id).value().valueFit, std::nullopt);
    QCOMPARE(m_store->customer(b.id).value().valueFit, std::nullopt);
    // Both the move and its undo are in the history.
    QCOMPARE(m_store->scoreHistory(a.id).value().size(), 2);
}

void TestCustomerCommands::addUndoRedoKeepsId()
{
    Customer c;
    c.name = QStringLiteral("新しい顧客");
    auto *command = new AddCustomer(*m_store, c);
    m_stack.push(command);
    const CustomerId id = command->customerId();
    QVERIFY(id > 0);
    QCOMPARE(m_store->customer(id).value().name, c.name);
    m_stack.undo();
    QVERIFY(!m_store->customer(id).ok());
    m_stack.redo();
    QCOMPARE(m_store->customer(id).value().name, c.name);
}

void TestCustomerCommands::deleteUndoRestoresOrdersAndHistory()
{
    Customer ann = add(QStringLiteral("Ann"));
    const Customer bob = add(QStringLiteral("Bob"));
    QList<Order> orders{{0, ann.id, QStringLiteral("O1"), QDate(2026, 1, 2), 42.0}};
    QCOMPARE(m_store->addOrders(orders), std::nullopt);
    ann.valueFit = 55;
    ann.valueAwareness = 45;
    QCOMPARE(m_store->updateCustomer(ann), std::nullopt);

    m_stack.push(new DeleteCustomers(*m_store, {ann.id, bob.id}));
    QCOMPARE(m_store->totals().value().customers, 0);
    m_stack.undo();
    QCOMPARE(m_store->totals().value().customers, 2);
    const Customer restored = m_store->customer(ann.id).value();
    QCOMPARE(restored.revenue, 42.0);
    QCOMPARE(restored.valueFit, 55.0);
    QCOMPARE(m_store->orders(ann.id).value().size(), 1);
    QCOMPARE(m_store->scoreHistory(ann.id).value().size(), 1);
    m_stack.redo();
    QCOMPARE(m_store->totals().value().customers, 0);
}

void TestCustomerCommands::applySuggestionsIsOneUndoStep()
{
    Customer byHand = add(QStringLiteral("Ann"));
    byHand.valueFit = 80.0;
    byHand.valueAwareness = 20.0;
    QCOMPARE(m_store->updateCustomer(byHand), std::nullopt);
    const Customer ben = add(QStringLiteral("Ben"));
    const Customer cho = add(QStringLiteral("Cho"));
    const QList<ScoreSuggestion> suggestions{{byHand.id, 60.0, 60.0, QString()},
                                             {ben.id, 70.0, 30.0, QString()},
                                             {cho.id, 10.0, 90.0, QString()}};
    const auto plan = planSuggestions(*m_store, suggestions, false);
    QVERIFY(plan.ok());
    QCOMPARE(plan.value().updates.size(), 2);

    m_stack.push(new ApplySuggestions(*m_store, plan.value(), QStringLiteral("survey: spring.csv")));
    QCOMPARE(m_stack.count(), 1);
    QCOMPARE(m_store->customer(ben.id).value().valueFit, std::optional<double>(70.0));
    QCOMPARE(m_store->customer(cho.id).value().valueAwareness, std::optional<double>(90.0));
    QCOMPARE(m_store->customer(byHand.id).value().valueFit, std::optional<double>(80.0));
    QCOMPARE(m_store->scoreHistory(ben.id).value().constLast().source, QStringLiteral("survey: spring.csv"));

    m_stack.undo();
    QCOMPARE(m_store->customer(ben.id).value().valueFit, std::optional<double>());
    QCOMPARE(m_store->customer(cho.id).value().valueAwareness, std::optional<double>());
    QCOMPARE(m_store->scoreHistory(ben.id).value().constLast().source, QStringLiteral("undo: survey: spring.csv"));
    // The undo is not a change by hand: the suggestion may be applied again.
    QVERIFY(m_store->latestScoreSources().value().value(ben.id).valueFit != QStringLiteral("hand"));

    m_stack.redo();
    QCOMPARE(m_store->customer(ben.id).value().valueAwareness, std::optional<double>(30.0));
}

QTEST_GUILESS_MAIN(TestCustomerCommands)
#include "tst_customercommands.moc"
