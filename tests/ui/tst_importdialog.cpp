// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/customerstore.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "workspacecontent.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Kindred;

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void matchesColumnsAndImportsOnWorker();
    void notImportedWinsOverAutomaticMatch();
    void asksForDateOrder();
    void cancelLeavesStoreUnchanged();
    void importIsOneUndoStep();
    void strayQuoteCanBeReadAsACharacter_data();
    void strayQuoteCanBeReadAsACharacter();
    void detectionSaysWhatItFound();
    void typedPathLoadsItsPreview();
    void enterInFileFieldNeverImports();
    void closingTheWindowDuringAnImportAsks_data();
    void otherCurrencyIsAskedFor_data();
    void otherCurrencyIsAskedFor();
    void firstCurrencyIsTheWorkspacesInTheImportsUndoStep();
    void otherColumnsKeptAsOwnFieldsInOneUndoStep();
    void mappingShowsEachFieldOnceAfterTheKindIsGuessed();
    void closingTheWindowDuringAnImportAsks();
    void workbookSheetPickerDrivesThePreview();
    void droppedWorkbookOpensTheImport();
    void lookAlikesAreNamed();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CustomerStore> m_store;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // presets of the test, not the user's
}

void TestImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<CustomerStore>();
    QVERIFY(!m_store->open(m_dir->filePath(QStringLiteral("k.kindred")), CustomerStore::OpenMode::CreateIfMissing));
}

void TestImportDialog::cleanup()
{
    m_store.reset();
}

QString TestImportDialog::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void TestImportDialog::matchesColumnsAndImportsOnWorker()
{
    const QString file = writeFile(QStringLiteral("o.csv"), QStringLiteral("注文番号,注文日,顧客ID,顧客名,売上\n"
                                                                           "1,2024-03-05,K1,佐藤,1000\n"
                                                                           "2,2024-03-06,K2,鈴木,oops\n")
                                                                .toUtf8());
    ImportDialog dialog(*m_store, file);
    QCOMPARE(dialog.options().settings.kind, ImportKind::Orders);
    QCOMPARE(dialog.mappedColumn(ImportField::OrderId), 0);
    QCOMPARE(dialog.mappedColumn(ImportField::OrderDate), 1);
    QCOMPARE(dialog.mappedColumn(ImportField::CustomerId), 2);
    QCOMPARE(dialog.mappedColumn(ImportField::Name), 3);
    QCOMPARE(dialog.mappedColumn(ImportField::Amount), 4);
    QCOMPARE(dialog.mappedColumn(ImportField::Email), -1);

    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QSignalSpy reset(m_store.get(), &CustomerStore::customersReset);
    dialog.startImport();
    QVERIFY(finished.wait(20000));
    QVERIFY(dialog.lastSummary());
    QCOMPARE(dialog.lastSummary()->ordersAdded, 1);
    QCOMPARE(dialog.lastSummary()->rowsSkipped, 1); // skip and report is the default
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_store->totals().value().revenue, 1000.0);
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("result"))->text();
    QVERIFY2(summary.contains(QStringLiteral("売上")), qPrintable(summary));
}

void TestImportDialog::notImportedWinsOverAutomaticMatch()
{
    const QString file = writeFile(QStringLiteral("o.csv"), "Customer ID,Customer Name,Order Date,Sales\nC1,Ann,2024-01-01,5\n");
    ImportDialog dialog(*m_store, file);
    dialog.setMappedColumn(ImportField::Name, -1);
    QCOMPARE(dialog.options().settings.columns.value(QStringLiteral("name")), QString());
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.startImport();
    QVERIFY(finished.wait(20000));
    const QList<Customer> customers = m_store->customers().value();
    QVERIFY2(customers.size() == 1, qPrintable(dialog.findChild<QLabel *>(QStringLiteral("result"))->text()));
    QCOMPARE(customers.at(0).name, QString());
}

void TestImportDialog::asksForDateOrder()
{
    const QString file = writeFile(QStringLiteral("us.csv"), "Customer ID,Order Date,Sales\nC1,3/5/2024,5\nC2,4/6/2024,6\n");
    ImportDialog dialog(*m_store, file);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.startImport();
    QVERIFY(finished.wait(20000));
    QVERIFY(!dialog.lastSummary());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("result"))->text().contains(QStringLiteral("3/5/2024")));
    QCOMPARE(m_store->totals().value().orders, 0);

    auto *dateOrder = dialog.findChild<QComboBox *>(QStringLiteral("dateOrder"));
    dateOrder->setCurrentIndex(dateOrder->findData(int(DateOrder::MonthFirst)));
    dialog.startImport();
    QVERIFY(finished.wait(20000));
    QVERIFY(dialog.lastSummary());
    const QList<Customer> customers = m_store->customers().value();
    QCOMPARE(customers.at(0).firstOrder, QDate(2024, 3, 5));
}

void TestImportDialog::cancelLeavesStoreUnchanged()
{
    QByteArray data = "Order ID,Order Date,Customer ID,Sales\n";
    for (int i = 0; i < 100000; ++i)
        data += "O" + QByteArray::number(i) + ",2024-01-02,C" + QByteArray::number(i % 5000) + ",1\n";
    const QString file = writeFile(QStringLiteral("big.csv"), data);
    ImportDialog dialog(*m_store, file);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.startImport();
    auto *progress = dialog.findChild<QProgressDialog *>();
    QVERIFY(progress);
    auto *cancelButton = progress->findChild<QPushButton *>();
    QVERIFY(cancelButton);
    cancelButton->click();
    QVERIFY(finished.wait(20000));
    QVERIFY(dialog.lastSummary());
    QVERIFY(dialog.lastSummary()->cancelled);
    QCOMPARE(m_store->totals().value().orders, 0);
}


namespace {
// The checksums of customers, orders and shortlist (score history rows take
// new ids when put back).
QList<QByteArray> checksums(const CustomerStore &store)
{
    QList<QByteArray> result;
    const QList<TableChecksum> tables = tableChecksums(store.content().value());
    for (const TableChecksum &table : tables) {
        if (table.table != QLatin1String("score_history"))
            result.append(table.checksum);
    }
    return result;
}
} // namespace

void TestImportDialog::importIsOneUndoStep()
{
    Customer known;
    known.externalId = QStringLiteral("K1");
    known.valueFit = 40;
    known.id = m_store->addCustomer(known).value();
    QList<Order> orders{{0, known.id, QStringLiteral("0"), QDate(2023, 1, 2), 300.0}};
    QVERIFY(!m_store->addOrders(orders));
    QVERIFY(!m_store->setShortlistMarks({{known.id, 1, false}}));
    const QList<QByteArray> before = checksums(*m_store);

    // K1 gains a name and an order; K9 is new.
    const QString file = writeFile(QStringLiteral("shop.csv"), QStringLiteral("注文番号,注文日,顧客ID,顧客名,売上\n"
                                                                              "1,2024-03-05,K1,佐藤,1000\n"
                                                                              "2,2024-03-06,K9,鈴木,500\n")
                                                                   .toUtf8());
    QUndoStack stack;
    ImportDialog dialog(*m_store, file);
    dialog.setUndoStack(&stack);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.startImport();
    QVERIFY(finished.wait(20000));
    QCOMPARE(stack.count(), 1);
    QVERIFY2(stack.undoText().contains(QStringLiteral("shop.csv")), qPrintable(stack.undoText()));
    const QList<QByteArray> imported = checksums(*m_store);
    QVERIFY(imported != before);
    QCOMPARE(m_store->totals().value().customers, 2);

    QSignalSpy reset(m_store.get(), &CustomerStore::customersReset);
    stack.undo();
    QCOMPARE(checksums(*m_store), before);
    QCOMPARE(m_store->customers().value().size(), 1);
    QCOMPARE(m_store->customer(known.id).value().name, QString());
    QCOMPARE(reset.count(), 1);
    stack.redo();
    QCOMPARE(checksums(*m_store), imported);
    QCOMPARE(m_store->customer(known.id).value().name, QStringLiteral("佐藤"));
    stack.undo();
    QCOMPARE(checksums(*m_store), before);

    // Importing it again changes nothing, and adds no step.
    stack.redo();
    dialog.startImport();
    QVERIFY(finished.wait(20000));
    QCOMPARE(dialog.lastSummary()->ordersUnchanged, 2);
    QCOMPARE(stack.count(), 1);
}

void TestImportDialog::strayQuoteCanBeReadAsACharacter_data()
{
    QTest::addColumn<int>("lines");
    QTest::newRow("in the preview") << 10;
    QTest::newRow("after the preview") << 5000;
}

// A quote never closed stops the import with nothing written, and the
// dialog offers to read it as a plain character; the preview shows how.
void TestImportDialog::strayQuoteCanBeReadAsACharacter()
{
    QFETCH(int, lines);
    QByteArray data = "Order ID,Order Date,Customer ID,Sales\n";
    for (int line = 2; line <= lines; ++line)
        data += "O" + QByteArray::number(line) + ",2024-01-02," + (line == lines - 6 ? "\"" : "") + "C" + QByteArray::number(line) + ",10\n";
    ImportDialog dialog(*m_store, writeFile(QStringLiteral("quote.csv"), data));
    auto *literal = dialog.findChild<QCheckBox *>(QStringLiteral("literalQuotes"));
    QVERIFY(literal);
    QCOMPARE(literal->isVisibleTo(&dialog), lines < 20);

    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.startImport();
    QVERIFY(finished.wait(20000));
    QVERIFY(!dialog.lastSummary());
    const QString text = dialog.findChild<QLabel *>(QStringLiteral("result"))->text();
    QVERIFY2(text.contains(QStringLiteral("row %1, column 3").arg(lines - 6)) && text.contains(QStringLiteral("never closed")),
             qPrintable(text));
    QCOMPARE(m_store->totals().value().orders, 0);
    QVERIFY(literal->isVisibleTo(&dialog));

    literal->setChecked(true);
    QVERIFY(dialog.options().literalQuotes);
    dialog.startImport();
    QVERIFY(finished.wait(20000));
    QVERIFY(dialog.lastSummary());
    QCOMPARE(dialog.lastSummary()->rows, lines - 1);
    QCOMPARE(m_store->totals().value().orders, lines - 1);
}

void TestImportDialog::detectionSaysWhatItFound()
{
    const QString file = writeFile(QStringLiteral("de.csv"),
                                   QStringEncoder("windows-31j").encode(QStringLiteral("顧客ID;注文日;売上\nK1;2024-01-02;1.234,50\n")));
    ImportDialog dialog(*m_store, file);
    const QString numbers = dialog.findChild<QComboBox *>(QStringLiteral("decimal"))->itemText(0);
    QVERIFY2(numbers.contains(QStringLiteral("1.234,50")), qPrintable(numbers));
    const QString encoding = dialog.findChild<QComboBox *>(QStringLiteral("encoding"))->itemText(0);
    QVERIFY2(encoding.contains(QStringLiteral("Shift_JIS")), qPrintable(encoding));
}

// A path typed or pasted into the file field is read when Enter is pressed or
// the field loses focus; one that does not exist says so beside the field.
void TestImportDialog::typedPathLoadsItsPreview()
{
    const QString first = writeFile(QStringLiteral("a.csv"), "Customer ID,Order Date,Sales\nC1,2024-01-02,5\n");
    const QString second = writeFile(QStringLiteral("b.csv"), "Customer ID,Name\nC1,Ann\nC2,Bob\n");
    ImportDialog dialog(*m_store, first);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("file"));
    QVERIFY(field);
    QVERIFY(!field->isReadOnly());
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("preview"));
    auto *missing = dialog.findChild<QLabel *>(QStringLiteral("fileProblem"));
    QVERIFY(preview && missing);
    QCOMPARE(preview->rowCount(), 1);

    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, second);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(dialog.file(), second);
    QCOMPARE(preview->rowCount(), 2);
    QCOMPARE(dialog.options().settings.kind, ImportKind::Customers);
    QVERIFY(!missing->isVisible());

    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, m_dir->filePath(QStringLiteral("nothing.csv")));
    dialog.findChild<QComboBox *>(QStringLiteral("kind"))->setFocus(); // focus leaves the field
    QVERIFY(missing->isVisible());
    QVERIFY2(missing->text().contains(QStringLiteral("does not exist")), qPrintable(missing->text()));
    QCOMPARE(preview->rowCount(), 0);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("import"))->isEnabled());
}

void TestImportDialog::enterInFileFieldNeverImports()
{
    const QString file = writeFile(QStringLiteral("o.csv"), "Customer ID,Order Date,Sales\nC1,2024-01-02,5\n");
    ImportDialog dialog(*m_store, file);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("file"));
    QVERIFY(field);
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Return);
    QTest::keyClick(field, Qt::Key_Enter, Qt::KeypadModifier);
    QVERIFY(!finished.wait(300));
    QVERIFY(!dialog.lastSummary());
    QCOMPARE(m_store->totals().value().orders, 0);
    QVERIFY(dialog.isVisible());
}

void TestImportDialog::closingTheWindowDuringAnImportAsks_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("closed");
    QTest::newRow("cancel import and close") << QStringLiteral("Cancel import and close") << true;
    QTest::newRow("keep importing") << QStringLiteral("Keep importing") << false;
}

// Closing the window while an import runs asks; cancelling writes nothing
// and closes, keeping on lets the import finish and the window stay.
void TestImportDialog::closingTheWindowDuringAnImportAsks()
{
    QFETCH(QString, answer);
    QFETCH(bool, closed);
    QByteArray data = "Order ID,Order Date,Customer ID,Sales\n";
    for (int i = 0; i < 100000; ++i)
        data += "O" + QByteArray::number(i) + ",2024-01-02,C" + QByteArray::number(i % 5000) + ",1\n";
    const QString file = writeFile(QStringLiteral("big.csv"), data);
    MainWindow window;
    QVERIFY(window.openStore(m_dir->filePath(QStringLiteral("w.kindred")), CustomerStore::OpenMode::CreateIfMissing));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QString question;
    QTimer answering;
    answering.setInterval(20);
    connect(&answering, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        answering.stop();
        question = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == answer)
                button->click();
        }
    });
    bool closeAccepted = true;
    bool wasImporting = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = window.findChild<ImportDialog *>();
        QVERIFY(dialog);
        // Once the import ends, the dialog goes too.
        connect(dialog, &ImportDialog::importFinished, dialog, &QDialog::reject);
        dialog->startImport();
        wasImporting = dialog->isImporting();
        answering.start();
        closeAccepted = window.close();
    });
    window.importFile(file);

    QVERIFY(wasImporting);
    QCOMPARE(question, QStringLiteral("An import is running. Cancel it and close?"));
    QCOMPARE(closeAccepted, closed);
    QCOMPARE(window.isVisible(), !closed);
    QCOMPARE(window.store().totals().value().orders, closed ? 0 : 100000);
}

void TestImportDialog::otherCurrencyIsAskedFor_data()
{
    QTest::addColumn<bool>("accept");
    QTest::newRow("import as they are") << true;
    QTest::newRow("cancel") << false;
}

// Euro amounts into a yen workspace: the dialog asks before writing anything.
void TestImportDialog::otherCurrencyIsAskedFor()
{
    QFETCH(bool, accept);
    WorkspaceSettings settings = m_store->settings();
    settings.currency = QStringLiteral("JPY");
    QVERIFY(!m_store->setSettings(settings));
    const QString file = writeFile(QStringLiteral("de.csv"), QStringLiteral("Kundennummer;Datum;Betrag\nK1;05.03.2024;12,50 €\n").toUtf8());
    ImportDialog dialog(*m_store, file);
    QString asked;
    QTimer answering;
    answering.setInterval(20);
    connect(&answering, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        answering.stop();
        asked = box->text() + box->informativeText();
        // Nothing is written while the question is open.
        if (m_store->totals().value().orders != 0)
            asked.clear();
        for (QAbstractButton *button : box->buttons()) {
            if ((box->buttonRole(button) == QMessageBox::AcceptRole) == accept)
                button->click();
        }
    });
    answering.start();
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.startImport();
    QVERIFY(finished.wait(20000));
    QVERIFY2(asked.contains(QStringLiteral("EUR")) && asked.contains(QStringLiteral("JPY")), qPrintable(asked));
    QCOMPARE(m_store->totals().value().orders, accept ? 1 : 0);
    QCOMPARE(bool(dialog.lastSummary()), accept);
    QCOMPARE(m_store->settings().currency, QStringLiteral("JPY"));
}

void TestImportDialog::firstCurrencyIsTheWorkspacesInTheImportsUndoStep()
{
    const QString file = writeFile(QStringLiteral("de.csv"), QStringLiteral("Kundennummer;Datum;Betrag\nK1;05.03.2024;12,50 €\n").toUtf8());
    QUndoStack stack;
    ImportDialog dialog(*m_store, file);
    dialog.setUndoStack(&stack);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.startImport();
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_store->settings().currency, QStringLiteral("EUR"));
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QCOMPARE(m_store->settings().currency, QString());
    QCOMPARE(m_store->totals().value().orders, 0);
    stack.redo();
    QCOMPARE(m_store->settings().currency, QStringLiteral("EUR"));
    QCOMPARE(m_store->totals().value().orders, 1);
}

void TestImportDialog::otherColumnsKeptAsOwnFieldsInOneUndoStep()
{
    const QString file = writeFile(QStringLiteral("c.csv"), QStringLiteral("顧客番号,氏名,会員ランク,ポイント\n"
                                                                           "K1,佐藤,ゴールド,500\nK2,田中,,20\n")
                                                                .toUtf8());
    QUndoStack stack;
    ImportDialog dialog(*m_store, file);
    dialog.setUndoStack(&stack);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Each column no field reads is offered, ticked, for a customer list.
    auto *keep = dialog.findChild<QListWidget *>(QStringLiteral("ownColumns"));
    QVERIFY(keep && keep->isVisible());
    QCOMPARE(keep->count(), 2);
    QCOMPARE(keep->item(0)->text(), QStringLiteral("会員ランク"));
    QCOMPARE(keep->item(1)->checkState(), Qt::Checked);
    // A column given to a field is no own field; an unticked one stays unticked.
    keep->item(0)->setCheckState(Qt::Unchecked);
    dialog.setMappedColumn(ImportField::Notes, 2);
    QCOMPARE(keep->count(), 1);
    dialog.setMappedColumn(ImportField::Notes, -1);
    QCOMPARE(keep->count(), 2);
    QCOMPARE(keep->item(0)->checkState(), Qt::Unchecked);
    keep->item(0)->setCheckState(Qt::Checked);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.startImport();
    QVERIFY(finished.wait(20000));
    const QList<OwnFieldDefinition> expected{{QStringLiteral("会員ランク"), OwnFieldType::Text},
                                             {QStringLiteral("ポイント"), OwnFieldType::Number}};
    QCOMPARE(m_store->settings().ownFields, expected);
    QCOMPARE(m_store->findCustomer(QStringLiteral("K1")).value().ownFields,
             (OwnFieldValues{{QStringLiteral("会員ランク"), QStringLiteral("ゴールド")},
                             {QStringLiteral("ポイント"), QStringLiteral("500")}}));
    const QString result = dialog.findChild<QLabel *>(QStringLiteral("result"))->text();
    QVERIFY2(result.contains(QStringLiteral("会員ランク")), qPrintable(result));
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QVERIFY(m_store->settings().ownFields.isEmpty());
    QCOMPARE(m_store->totals().value().customers, 0);
    stack.redo();
    QCOMPARE(m_store->settings().ownFields, expected);

    // Unticked, the column is named as not imported and no field is added.
    const QString more = writeFile(QStringLiteral("d.csv"), QStringLiteral("顧客番号,氏名,地域\nK3,鈴木,関東\n").toUtf8());
    ImportDialog second(*m_store, more);
    auto *offered = second.findChild<QListWidget *>(QStringLiteral("ownColumns"));
    QCOMPARE(offered->count(), 1);
    offered->item(0)->setCheckState(Qt::Unchecked);
    QSignalSpy secondFinished(&second, &ImportDialog::importFinished);
    second.startImport();
    QVERIFY(secondFinished.wait(20000));
    QCOMPARE(m_store->settings().ownFields, expected);
    QCOMPARE(second.lastSummary()->columnsNotImported, QStringList{QStringLiteral("地域")});
}

// A customer list is guessed after the dialog filled the columns of order
// lines: no column choice of the first filling is left over the field names.
void TestImportDialog::mappingShowsEachFieldOnceAfterTheKindIsGuessed()
{
    const QString file = writeFile(QStringLiteral("c.csv"), QStringLiteral("顧客番号,氏名,電話番号\nK1,佐藤,03-1111-2222\n").toUtf8());
    // As File ▸ Import opens it: from a slot of the window's event loop, then
    // in a loop of its own.
    QStringList strays;
    int shown = -1;
    int rows = 0;
    QEventLoop window;
    QTimer::singleShot(0, &window, [&] {
        ImportDialog dialog(*m_store, file);
        dialog.show();
        QEventLoop modal;
        QTimer::singleShot(100, &modal, &QEventLoop::quit);
        modal.exec();
        for (QTableWidget *mapping : dialog.findChildren<QTableWidget *>()) {
            if (mapping->objectName() == QStringLiteral("preview"))
                continue;
            shown = 0;
            rows = mapping->rowCount();
            for (const QComboBox *choice : mapping->findChildren<QComboBox *>()) {
                if (!choice->isVisibleTo(mapping))
                    continue;
                ++shown;
                if (choice->geometry().left() < mapping->columnViewportPosition(1))
                    strays.append(choice->currentText());
            }
        }
        window.quit();
    });
    window.exec();
    QVERIFY2(strays.isEmpty(), qPrintable(QStringLiteral("column choices over the field names: ") + strays.join(u',')));
    QCOMPARE(shown, rows);
}

// A workbook shows a sheet picker instead of the encoding and delimiter; the
// preview, the columns and the kind follow the sheet chosen, and the import
// reads that sheet.
void TestImportDialog::workbookSheetPickerDrivesThePreview()
{
    ImportDialog dialog(*m_store, QStringLiteral(KINDRED_TEST_DATA "/workbooks/orders.xlsx"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *sheet = dialog.findChild<QComboBox *>(QStringLiteral("sheet"));
    auto *encoding = dialog.findChild<QComboBox *>(QStringLiteral("encoding"));
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("preview"));
    QVERIFY(sheet && encoding && preview);
    QVERIFY(sheet->isVisible());
    QVERIFY(!encoding->isVisible());
    QCOMPARE(sheet->count(), 2);
    QCOMPARE(sheet->currentText(), QStringLiteral("Orders"));
    // The title row is passed over: the header is row 3.
    QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("Order ID"));
    QCOMPARE(preview->rowCount(), 6);
    QCOMPARE(preview->item(0, 4)->text(), QStringLiteral("2024-03-05"));
    QCOMPARE(dialog.options().settings.kind, ImportKind::Orders);

    sheet->setFocus();
    QTest::keyClick(sheet, Qt::Key_Down);
    QCOMPARE(sheet->currentText(), QStringLiteral("Customers"));
    QCOMPARE(preview->horizontalHeaderItem(3)->text(), QStringLiteral("Tags"));
    QCOMPARE(preview->rowCount(), 2);
    QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("00123"));
    QCOMPARE(dialog.options().settings.kind, ImportKind::Customers);
    QCOMPARE(dialog.options().sheet, QStringLiteral("Customers"));

    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("import")), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY(dialog.lastSummary());
    QCOMPARE(dialog.lastSummary()->sheet, QStringLiteral("Customers"));
    QCOMPARE(dialog.lastSummary()->customersCreated, 2);
    const QString result = dialog.findChild<QLabel *>(QStringLiteral("result"))->text();
    QVERIFY2(result.contains(QStringLiteral("Excel workbook, sheet \"Customers\"")), qPrintable(result));

    // A CSV file again: its encoding, no sheets.
    auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("file"));
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, writeFile(QStringLiteral("o.csv"), "Customer ID,Order Date,Sales\nC1,2024-01-02,5\n"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(!sheet->isVisible());
    QVERIFY(encoding->isVisible());
    QCOMPARE(dialog.options().sheet, QString());
}

// A workbook dropped on the window opens the import dialog on its sheets.
void TestImportDialog::droppedWorkbookOpensTheImport()
{
    MainWindow window;
    QVERIFY(window.openStore(m_dir->filePath(QStringLiteral("w.kindred")), CustomerStore::OpenMode::CreateIfMissing));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(QStringLiteral(KINDRED_TEST_DATA "/workbooks/orders.ods"))});
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());

    QStringList sheets;
    QString file;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = window.findChild<ImportDialog *>();
        QVERIFY(dialog);
        file = dialog->file();
        auto *sheet = dialog->findChild<QComboBox *>(QStringLiteral("sheet"));
        for (int i = 0; i < sheet->count(); ++i)
            sheets.append(sheet->itemText(i));
        dialog->reject();
    });
    QTRY_VERIFY(!file.isEmpty());
    QVERIFY(file.endsWith(QStringLiteral("orders.ods")));
    QCOMPARE(sheets, (QStringList{QStringLiteral("Orders"), QStringLiteral("Customers")}));
}

void TestImportDialog::lookAlikesAreNamed()
{
    Customer takahashi;
    takahashi.externalId = QStringLiteral("C1");
    takahashi.name = QStringLiteral("高橋 一郎");
    QVERIFY(m_store->addCustomer(takahashi));
    const QString file = writeFile(QStringLiteral("c.csv"), QStringLiteral("顧客番号,氏名\nN1,髙橋 一郎\nN2,佐藤 花子\n").toUtf8());
    ImportDialog dialog(*m_store, file);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.startImport();
    QVERIFY(finished.wait(20000));
    QCOMPARE(dialog.lastSummary()->customersCreated, 2);
    QCOMPARE(dialog.lastSummary()->lookAlikes.size(), 1);
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("result"))->text();
    QVERIFY2(summary.contains(QStringLiteral("New customers who look like existing ones: 1. Review them:\n"
                                             "  髙橋 一郎 ↔ 高橋 一郎 (same name written with 髙/高)")),
             qPrintable(summary));
    QVERIFY2(!summary.contains(QStringLiteral("佐藤")), qPrintable(summary));
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
