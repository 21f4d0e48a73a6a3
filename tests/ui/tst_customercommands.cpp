// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/addcustomer.h"
#include "commands/applysuggestions.h"
#include "commands/changeownfield.h"
#include "commands/deletecustomers.h"
#include "commands/editcustomers.h"
#include "commands/importcustomers.h"
#include "csvimporter.h"
#include "store/customerstore.h"
#include "../common/processlocks.h"

#include <QProcess>
#include <QStandardPaths>
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
    void importUndoRedoKeepTheStoreLocked();
    void ownFieldChangeKnowsWhoChangedSince();

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


// The window imports, undoes and redoes; then another program reads the
// store. Had the window dropped its locks on the file (POSIX locks go with
// any close() in the process), the reader would believe it was alone, fold
// the log into the file and delete it, and the window's next save would go
// into a deleted file: lost, though the window showed it saved.
void TestCustomerCommands::importUndoRedoKeepTheStoreLocked()
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        QSKIP("the sqlite3 shell plays the other program (scripts/setup.sh installs it)");
    const QString store = m_dir->filePath(QStringLiteral("t.kindred"));
    const Customer ann = add(QStringLiteral("Ann"));
    const int held = Test::locksHeldOn(store);
    QVERIFY(held > 0);

    const QString csv = m_dir->filePath(QStringLiteral("customers.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Customer ID,Name,Email\n");
    for (int i = 0; i < 300; ++i)
        file.write(QStringLiteral("C%1,\"Customer, %1\",c%1@example.com\n").arg(i).toUtf8());
    file.close();
    ImportOptions options;
    options.recordUndo = true;
    options.guessKind = true;
    CsvImporter importer(store, csv, options);
    const auto summary = importer.run();
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().toString()));
    QCOMPARE(Test::locksHeldOn(store), held);
    m_stack.push(new ImportCustomers(*m_store, QStringLiteral("customers.csv"), *summary.value().undo));
    m_stack.undo();
    QCOMPARE(Test::locksHeldOn(store), held);
    m_stack.redo();
    QCOMPARE(Test::locksHeldOn(store), held);

    auto outsideRead = [&sqlite3, &store](const QString &sql) {
        QProcess reader;
        reader.start(sqlite3, {store, sql});
        reader.waitForFinished();
        return QString::fromUtf8(reader.readAllStandardOutput()).trimmed();
    };
    QCOMPARE(outsideRead(QStringLiteral("SELECT count(*) FROM customers")), QStringLiteral("301"));
    Customer noted = m_store->customer(ann.id).value();
    noted.notes = QStringLiteral("Saved after the reader");
    m_stack.push(new EditCustomers(*m_store, {ann}, {noted}, QStringLiteral("Edit")));
    QCOMPARE(outsideRead(QStringLiteral("SELECT notes FROM customers WHERE id = %1").arg(ann.id)), noted.notes);
    QCOMPARE(outsideRead(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

void TestCustomerCommands::ownFieldChangeKnowsWhoChangedSince()
{
    const QString rank = QStringLiteral("会員ランク");
    Customer aiko = add(QStringLiteral("Aiko"));
    Customer ben = add(QStringLiteral("Ben"));
    WorkspaceSettings settings = m_store->settings();
    settings.ownFields = {{rank, OwnFieldType::Text}};
    QCOMPARE(m_store->setSettings(settings), std::nullopt);

    // Two steps of this window: an edit of Aiko's rank, then the field renamed.
    Customer edited = aiko;
    edited.ownFields.insert(rank, QStringLiteral("ゴールド"));
    m_stack.push(new EditCustomers(*m_store, {aiko}, {edited}, QStringLiteral("Edit")));
    ben.ownFields.insert(rank, QStringLiteral("シルバー"));
    QCOMPARE(m_store->updateCustomer(ben, CustomerField::OwnFields), std::nullopt);
    const OwnFieldEdit rename = OwnFieldEdit::rename(rank, QStringLiteral("Rank"));
    auto before = m_store->changeOwnField(rename);
    QVERIFY(before.ok());
    m_stack.push(new ChangeOwnField(*m_store, rename, before.value()));
    QCOMPARE(m_stack.count(), 2);
    QVERIFY(customersChangedByOthers(m_stack, *m_store).value().isEmpty());

    // Someone else saves Ben's notes: undoing the rename would write over them.
    Customer bensNotes = m_store->customer(ben.id).value();
    bensNotes.notes = QStringLiteral("called back");
    QCOMPARE(m_store->updateCustomer(bensNotes, CustomerField::Notes), std::nullopt);
    const auto changed = customersChangedByOthers(m_stack, *m_store);
    QVERIFY(changed.ok());
    QCOMPARE(changed.value().size(), 1);
    QCOMPARE(changed.value().constFirst().id, ben.id);

    // Undone, the rename puts back only the own fields; the notes stay. The
    // edit before it is then seen as this window's own, not someone else's.
    m_stack.undo();
    QCOMPARE(m_store->customer(ben.id).value().ownFields.value(rank), QStringLiteral("シルバー"));
    QCOMPARE(m_store->customer(ben.id).value().notes, QStringLiteral("called back"));
    QCOMPARE(m_store->settings().ownFields, settings.ownFields);
    QVERIFY(customersChangedByOthers(m_stack, *m_store).value().isEmpty());
    m_stack.undo();
    QVERIFY(m_store->customer(aiko.id).value().ownFields.isEmpty());
    m_stack.redo();
    m_stack.redo();
    QCOMPARE(m_store->customer(aiko.id).value().ownFields.value(QStringLiteral("Rank")), QStringLiteral("ゴールド"));
    QCOMPARE(m_store->settings().ownFields.constFirst().name, QStringLiteral("Rank"));
}

QTEST_GUILESS_MAIN(TestCustomerCommands)
#include "tst_customercommands.moc"
