// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/addtoshortlist.h"
#include "commands/excludefromshortlist.h"
#include "store/customerstore.h"
#include "customertablemodel.h"
#include "excellencerule.h"
#include "exportdialog.h"
#include "shortlisteditor.h"
#include "shortlistmodel.h"
#include "shortlistpanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Kindred;

// The shortlist panel, its model and its undo commands against a real store.
class TestShortlistPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void modelIsSound();
    void listFollowsCapacity();
    void editNoteAndNextActionUndo();
    void editDueDate();
    void pinCheckboxUndo();
    void excludeLetsNextInAndUndoes();
    void addToShortlistPinsAndUndoes();
    void dragReordersAndUndoes();
    void keyboardMovesAndExcludes();
    void customerSource();
    void ruleSourceFollowsTheStoredRule();
    void exportDialogListsProblemsBeforeWriting();
    void nameStaysInSightWhileEditing();
    void followsEditsAsAWholeRankingWould();

private:
    QList<CustomerId> listed() const;
    Customer stored(CustomerId id) const { return m_store->customer(id).value(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CustomerStore> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<CustomerTableModel> m_table;
    std::unique_ptr<ShortlistModel> m_model;
    QList<CustomerId> m_ids; // 0-4 quadrant I by falling value, 5 quadrant IV
};

QList<CustomerId> TestShortlistPanel::listed() const
{
    QList<CustomerId> ids;
    for (const ShortlistEntry &e : m_model->entries())
        ids.append(e.customer.id);
    return ids;
}

void TestShortlistPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // The export dialog remembers its choices: in the test's own folder.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
    QCoreApplication::setOrganizationName(QStringLiteral("KindredTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_shortlistpanel"));
    m_store = std::make_unique<CustomerStore>();
    QCOMPARE(m_store->open(m_dir->filePath(QStringLiteral("t.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    QList<Customer> customers;
    for (int i = 0; i < 6; ++i) {
        Customer c;
        c.name = i == 5 ? QStringLiteral("Zoë 😀") : QStringLiteral("髙橋 %1").arg(i);
        c.valueFit = i == 5 ? 10 : 95 - i * 5;
        c.valueAwareness = 10;
        customers.append(c);
    }
    QCOMPARE(m_store->addCustomers(customers), std::nullopt);
    m_ids.clear();
    for (const Customer &c : customers)
        m_ids.append(c.id);
    WorkspaceSettings settings = m_store->settings();
    settings.oneToOneCapacity = 3;
    QCOMPARE(m_store->setSettings(settings), std::nullopt);
    m_stack = std::make_unique<QUndoStack>();
    m_table = std::make_unique<CustomerTableModel>(*m_store);
    QCOMPARE(m_table->reload(), std::nullopt);
    m_model = std::make_unique<ShortlistModel>(*m_store, *m_table, *m_stack);
}

void TestShortlistPanel::cleanup()
{
    m_model.reset();
    m_table.reset();
    m_stack.reset();
    m_store.reset();
}

void TestShortlistPanel::modelIsSound()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_model->setData(m_model->index(0, ShortlistModel::Note), QStringLiteral("n")));
    m_stack->push(new ExcludeFromShortlist(*m_store, {m_ids.at(0)}, true));
    m_stack->undo();
}

void TestShortlistPanel::listFollowsCapacity()
{
    QCOMPARE(listed(), m_ids.mid(0, 3));
    QCOMPARE(m_model->capacity(), 3);
    WorkspaceSettings settings = m_store->settings();
    settings.oneToOneCapacity = 4;
    QCOMPARE(m_store->setSettings(settings), std::nullopt);
    QCOMPARE(listed(), m_ids.mid(0, 4));
}

void TestShortlistPanel::editNoteAndNextActionUndo()
{
    const QModelIndex note = m_model->index(1, ShortlistModel::Note);
    QVERIFY(m_model->flags(note) & Qt::ItemIsEditable);
    QVERIFY(!(m_model->flags(m_model->index(1, ShortlistModel::Name)) & Qt::ItemIsEditable));
    QVERIFY(m_model->setData(note, QStringLiteral("Likes tea\nsecond line")));
    QVERIFY(m_model->setData(m_model->index(1, ShortlistModel::NextAction), QStringLiteral("Invite to the tasting")));
    QCOMPARE(stored(m_ids.at(1)).notes, QStringLiteral("Likes tea\nsecond line"));
    QCOMPARE(m_model->index(1, ShortlistModel::Note).data().toString(), QStringLiteral("Likes tea"));
    QCOMPARE(m_model->index(1, ShortlistModel::Note).data(Qt::EditRole).toString(),
             QStringLiteral("Likes tea\nsecond line"));
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    QCOMPARE(stored(m_ids.at(1)).nextAction, QString());
    m_stack->undo();
    QCOMPARE(stored(m_ids.at(1)).notes, QString());
    m_stack->redo();
    QCOMPARE(m_model->index(1, ShortlistModel::Note).data(Qt::EditRole).toString(),
             QStringLiteral("Likes tea\nsecond line"));
}

void TestShortlistPanel::editDueDate()
{
    const QModelIndex due = m_model->index(0, ShortlistModel::Due);
    QVERIFY(m_model->setData(due, QStringLiteral("2026-05-01")));
    QCOMPARE(stored(m_ids.at(0)).nextActionDue, QDate(2026, 5, 1));
    QVERIFY(!m_model->setData(due, QStringLiteral("soon")));
    QCOMPARE(stored(m_ids.at(0)).nextActionDue, QDate(2026, 5, 1));
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(m_model->setData(due, QString()));
    QVERIFY(!stored(m_ids.at(0)).nextActionDue.isValid());
    m_stack->undo();
    QCOMPARE(stored(m_ids.at(0)).nextActionDue, QDate(2026, 5, 1));
}

void TestShortlistPanel::pinCheckboxUndo()
{
    const QModelIndex pin = m_model->index(2, ShortlistModel::Pin);
    QCOMPARE(pin.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(m_model->setData(pin, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(stored(m_ids.at(2)).pinned);
    QCOMPARE(m_model->index(2, ShortlistModel::Pin).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    m_stack->undo();
    QVERIFY(!stored(m_ids.at(2)).pinned);
}

void TestShortlistPanel::excludeLetsNextInAndUndoes()
{
    // A pinned customer excluded is unpinned too, or the pin would keep them on.
    Customer first = stored(m_ids.at(0));
    first.pinned = true;
    QCOMPARE(m_store->updateCustomer(first), std::nullopt);
    QSignalSpy changed(m_store.get(), &CustomerStore::shortlistChanged);
    m_stack->push(new ExcludeFromShortlist(*m_store, {m_ids.at(0)}, true));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(listed(), m_ids.mid(1, 3));
    QVERIFY(!stored(m_ids.at(0)).pinned);
    QCOMPARE(m_model->excludedIds(), QList<CustomerId>{m_ids.at(0)});
    m_stack->undo();
    QVERIFY(stored(m_ids.at(0)).pinned);
    QCOMPARE(listed(), m_ids.mid(0, 3));
    QVERIFY(m_model->excludedIds().isEmpty());
}

void TestShortlistPanel::addToShortlistPinsAndUndoes()
{
    QUndoStack stack;
    ShortlistPanel panel(*m_store, *m_table, stack);
    m_stack->push(new ExcludeFromShortlist(*m_store, {m_ids.at(1)}, true));
    panel.addCustomers({m_ids.at(5), m_ids.at(1)});
    QCOMPARE(stack.count(), 1);
    QVERIFY(stored(m_ids.at(5)).pinned);
    QVERIFY(stored(m_ids.at(1)).pinned);
    QVERIFY(panel.model().excludedIds().isEmpty());
    const QList<ShortlistEntry> &entries = panel.model().entries();
    QCOMPARE(entries.size(), 3);
    // Two pins and one free place for the best of quadrant I.
    QCOMPARE(entries.at(0).customer.id, m_ids.at(0));
    QVERIFY(!entries.at(2).inSource);
    stack.undo();
    QVERIFY(!stored(m_ids.at(5)).pinned);
    QCOMPARE(panel.model().excludedIds(), QList<CustomerId>{m_ids.at(1)});
}

void TestShortlistPanel::dragReordersAndUndoes()
{
    std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->index(2, 0), m_model->index(2, 3)}));
    // Dropped onto the first row: before it.
    QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, m_model->index(0, 0)));
    QCOMPARE(listed(), (QList<CustomerId>{m_ids.at(2), m_ids.at(0), m_ids.at(1)}));
    QCOMPARE(m_stack->count(), 1);
    // Between rows, to the end.
    std::unique_ptr<QMimeData> again(m_model->mimeData({m_model->index(0, 0)}));
    QVERIFY(!m_model->dropMimeData(again.get(), Qt::MoveAction, 3, 0, QModelIndex()));
    QCOMPARE(listed(), (QList<CustomerId>{m_ids.at(0), m_ids.at(1), m_ids.at(2)}));
    m_stack->undo();
    QCOMPARE(listed(), (QList<CustomerId>{m_ids.at(2), m_ids.at(0), m_ids.at(1)}));
    m_stack->undo();
    QCOMPARE(listed(), m_ids.mid(0, 3));
    QVERIFY(m_store->shortlistMarks().value().isEmpty());
}

void TestShortlistPanel::keyboardMovesAndExcludes()
{
    QUndoStack stack;
    ShortlistPanel panel(*m_store, *m_table, stack);
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    QTableView &view = panel.view();
    const auto shown = [&] {
        QList<CustomerId> ids;
        for (const ShortlistEntry &e : panel.model().entries())
            ids.append(e.customer.id);
        return ids;
    };
    const CustomerId a = m_ids.at(0), b = m_ids.at(1), c = m_ids.at(2);
    view.setFocus();
    view.selectRow(2);
    QTest::keyClick(&view, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(shown(), (QList<CustomerId>{a, c, b}));
    QTest::keyClick(&view, Qt::Key_Up, Qt::ControlModifier); // the moved customer stays selected
    QCOMPARE(shown(), (QList<CustomerId>{c, a, b}));
    QTest::keyClick(&view, Qt::Key_Up, Qt::ControlModifier); // already first
    QCOMPARE(stack.count(), 2);
    QTest::keyClick(&view, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(shown(), (QList<CustomerId>{a, c, b}));
    stack.undo();
    QCOMPARE(shown(), (QList<CustomerId>{c, a, b}));

    view.selectRow(0);
    QTest::keyClick(&view, Qt::Key_Delete);
    QCOMPARE(panel.model().excludedIds(), QList<CustomerId>{c});
    QVERIFY(!shown().contains(c));
    QCOMPARE(shown().size(), 3);
}

void TestShortlistPanel::customerSource()
{
    QUndoStack stack;
    ShortlistPanel panel(*m_store, *m_table, stack);
    panel.setCustomerSource(QStringLiteral("Selection"), {m_ids.at(4), m_ids.at(5)});
    auto *combo = panel.findChild<QComboBox *>();
    QVERIFY(combo);
    combo->setCurrentIndex(combo->count() - 1);
    QCOMPARE(panel.model().entries().size(), 2);
    QCOMPARE(panel.model().entries().at(0).customer.id, m_ids.at(4));
    combo->setCurrentIndex(3); // quadrant IV
    QCOMPARE(panel.model().entries().size(), 1);
    QCOMPARE(panel.model().entries().at(0).customer.id, m_ids.at(5));
}

void TestShortlistPanel::ruleSourceFollowsTheStoredRule()
{
    const auto setRule = [this](const QString &quadrant) {
        WorkspaceSettings settings = m_store->settings();
        settings.excellenceRule =
            quadrant.isEmpty() ? QString()
                               : ExcellenceRule(ExcellenceRule::Combinator::All,
                                                {{RuleField::Quadrant, RuleOperator::OneOf, 0, {quadrant}}})
                                     .toJson();
        QCOMPARE(m_store->setSettings(settings), std::nullopt);
    };
    QUndoStack stack;
    ShortlistPanel panel(*m_store, *m_table, stack);
    auto *combo = panel.findChild<QComboBox *>();
    const int ruleIndex = 4; // after the four quadrants
    const auto ruleItem = [&] { return qobject_cast<QStandardItemModel *>(combo->model())->item(ruleIndex); };
    QVERIFY(!ruleItem()->isEnabled());

    setRule(QStringLiteral("IV"));
    QVERIFY(ruleItem()->isEnabled());
    combo->setCurrentIndex(ruleIndex);
    QCOMPARE(panel.model().entries().size(), 1);
    QCOMPARE(panel.model().entries().at(0).customer.id, m_ids.at(5));
    QCOMPARE(panel.model().entries().at(0).stage, Stage::Core);

    // Another rule: the list follows without choosing the source again.
    setRule(QStringLiteral("I"));
    QCOMPARE(panel.model().entries().size(), 3);
    for (const ShortlistEntry &e : panel.model().entries()) {
        QCOMPARE(e.quadrant, Quadrant::I);
        QCOMPARE(e.stage, Stage::Core);
    }

    // No rule: the source falls back to quadrant I and cannot be chosen.
    setRule(QString());
    QVERIFY(!ruleItem()->isEnabled());
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(panel.model().entries().size(), 3);
    QCOMPARE(panel.model().entries().at(0).stage, Stage::Prospect);
}

void TestShortlistPanel::exportDialogListsProblemsBeforeWriting()
{
    m_stack->push(new AddToShortlist(*m_store, {m_ids.at(5)}));
    const QList<ShortlistEntry> entries = m_model->entries();
    const auto columns = shortlistColumns();
    ExportDialog dialog(QStringLiteral("shortlist"), ExportDialog::columnsOf(columns),
                        {QStringLiteral("name"), QStringLiteral("quadrant")},
                        ExportDialog::builderFor(columns, entries, QString()), QStringLiteral("shortlist.csv"));
    QCOMPARE(dialog.columnKeys(), (QStringList{QStringLiteral("name"), QStringLiteral("quadrant")}));
    dialog.setFormat(ExportDialog::Format::Csv);
    QCOMPARE(dialog.options().encoding, CsvEncoding::Utf8WithBom);
    QVERIFY(dialog.options().neutraliseFormulas);
    QVERIFY(dialog.problems().isEmpty());
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());

    dialog.setOptions({CsvEncoding::Cp932, QLatin1Char(';'), true});
    QCOMPARE(dialog.problems().size(), 1);
    QCOMPARE(dialog.problems().constFirst().characters, QStringLiteral("ë😀"));
    QVERIFY(!ok->isEnabled());

    dialog.setOptions({CsvEncoding::Utf8, QLatin1Char(';'), true});
    QVERIFY(ok->isEnabled());
    const QString path = m_dir->filePath(QStringLiteral("out.csv"));
    QCOMPARE(dialog.exportTo(path), std::nullopt);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith(QStringLiteral("Name;Quadrant\r\n髙橋 0;I\r\n").toUtf8()), bytes.constData());
    QVERIFY(bytes.contains(QStringLiteral("Zoë 😀;IV\r\n").toUtf8()));
}

// In a narrow panel the table scrolls sideways; the form below it keeps the
// customer's name beside the note, next action and due date being edited.
void TestShortlistPanel::nameStaysInSightWhileEditing()
{
    ShortlistPanel panel(*m_store, *m_table, *m_stack);
    panel.resize(340, 560);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTableView &view = panel.view();
    // The planning columns come before the contact details.
    const QHeaderView *header = view.horizontalHeader();
    QVERIFY(header->visualIndex(ShortlistModel::Note) < header->visualIndex(ShortlistModel::Email));
    QVERIFY(header->visualIndex(ShortlistModel::Due) < header->visualIndex(ShortlistModel::Company));
    QVERIFY(header->visualIndex(ShortlistModel::Due) < header->visualIndex(ShortlistModel::Phone));

    const QRect nameCell = view.visualRect(view.model()->index(1, ShortlistModel::Name));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, nameCell.center());
    const Customer chosen = stored(listed().at(1));
    ShortlistEditor &editor = panel.editor();
    QCOMPARE(editor.customerId(), chosen.id);

    // Typing a note: the name is shown whole beside the open editor.
    QTest::mouseClick(editor.noteEdit().viewport(), Qt::LeftButton);
    QVERIFY(editor.noteEdit().hasFocus());
    QTest::keyClicks(&editor.noteEdit(), QStringLiteral("Asked about the autumn range"));
    auto inSight = [&panel](QWidget &widget) {
        const QRect rect(widget.mapTo(&panel, QPoint(0, 0)), widget.size());
        return widget.isVisible() && panel.rect().contains(rect);
    };
    QVERIFY(inSight(editor.nameLabel()));
    QVERIFY(inSight(editor.noteEdit()));
    QCOMPARE(editor.nameLabel().text(), chosen.name);
    QVERIFY(editor.nameLabel().width() >= editor.nameLabel().fontMetrics().horizontalAdvance(chosen.name));
    // Even with the table scrolled to its last column.
    view.scrollTo(view.model()->index(1, ShortlistModel::Note));
    view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->maximum());
    QVERIFY(inSight(editor.nameLabel()));

    // Ctrl+Enter saves the note as one undo step.
    QTest::keyClick(&editor.noteEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(stored(chosen.id).notes, QStringLiteral("Asked about the autumn range"));
    QCOMPARE(m_stack->count(), 1);

    // The next action on Enter, the due date when it loses focus.
    editor.nextActionEdit().setFocus();
    QTest::keyClicks(&editor.nextActionEdit(), QStringLiteral("Send samples"));
    QTest::keyClick(&editor.nextActionEdit(), Qt::Key_Return);
    QCOMPARE(stored(chosen.id).nextAction, QStringLiteral("Send samples"));
    editor.dueEdit().setFocus();
    editor.dueEdit().setDate(QDate(2027, 1, 15));
    editor.nextActionEdit().setFocus();
    QCOMPARE(stored(chosen.id).nextActionDue, QDate(2027, 1, 15));
    QCOMPARE(m_stack->count(), 3);
    QCOMPARE(editor.nameLabel().text(), chosen.name);

    // Undone, the form shows the earlier values again.
    m_stack->undo();
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(stored(chosen.id).notes, chosen.notes);
    QCOMPARE(editor.nextActionEdit().text(), chosen.nextAction);
    panel.setFocus();
    QCOMPARE(editor.noteEdit().toPlainText(), chosen.notes);

    // Another customer chosen: the form follows and keeps nothing of the first.
    view.horizontalScrollBar()->setValue(0);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(view.model()->index(0, ShortlistModel::Name)).center());
    QCOMPARE(editor.customerId(), listed().at(0));
    QCOMPARE(editor.nameLabel().text(), stored(listed().at(0)).name);
}

QTEST_MAIN(TestShortlistPanel)
// A note shows in its row without ranking anyone again; a move in or out of
// quadrant I, a pin, added and removed customers give what ranking everyone
// anew gives.
void TestShortlistPanel::followsEditsAsAWholeRankingWould()
{
    const auto rankedAsAWhole = [this] {
        const ShortlistModel whole(*m_store, *m_table, *m_stack);
        QCOMPARE(m_model->rowCount(), whole.rowCount());
        for (int row = 0; row < whole.rowCount(); ++row) {
            for (int column = 0; column < ShortlistModel::ColumnCount; ++column) {
                for (int role : {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole), int(Qt::CheckStateRole)})
                    QCOMPARE(m_model->index(row, column).data(role), whole.index(row, column).data(role));
            }
        }
    };
    const auto place = [this](CustomerId id, double fit) {
        Customer c = stored(id);
        c.valueFit = fit;
        QCOMPARE(m_store->updateCustomer(c), std::nullopt);
    };
    QCOMPARE(listed(), (QList<CustomerId>{m_ids.at(0), m_ids.at(1), m_ids.at(2)}));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    Customer second = stored(m_ids.at(1));
    second.notes = QStringLiteral("電話済み");
    QCOMPARE(m_store->updateCustomer(second), std::nullopt);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    QCOMPARE(m_model->index(1, ShortlistModel::Note).data().toString(), QStringLiteral("電話済み"));
    Customer off = stored(m_ids.at(4)); // not on the list
    off.notes = QStringLiteral("later");
    QCOMPARE(m_store->updateCustomer(off), std::nullopt);
    QCOMPARE(changed.count(), 1);
    rankedAsAWhole();
    place(m_ids.at(4), 76); // in quadrant I still below the last one listed: nothing to rank again
    place(m_ids.at(5), 15); // in quadrant IV, off the list
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    rankedAsAWhole();

    place(m_ids.at(0), 20); // to quadrant IV: off the list, the fourth comes in
    QCOMPARE(listed(), (QList<CustomerId>{m_ids.at(1), m_ids.at(2), m_ids.at(3)}));
    rankedAsAWhole();
    place(m_ids.at(5), 99); // from IV to the top of quadrant I
    QCOMPARE(listed(), (QList<CustomerId>{m_ids.at(5), m_ids.at(1), m_ids.at(2)}));
    rankedAsAWhole();
    Customer pinned = stored(m_ids.at(0));
    pinned.pinned = true;
    QCOMPARE(m_store->updateCustomer(pinned), std::nullopt);
    QVERIFY(listed().contains(m_ids.at(0)));
    rankedAsAWhole();
    QVERIFY(reset.count() > 0);

    Customer added;
    added.name = QStringLiteral("Ann");
    added.valueFit = 98;
    added.valueAwareness = 5;
    const CustomerId ann = m_store->addCustomer(added).value();
    QVERIFY(listed().contains(ann));
    rankedAsAWhole();
    QVERIFY(m_store->removeCustomers({ann, m_ids.at(5)}).ok());
    QVERIFY(!listed().contains(ann));
    rankedAsAWhole();
}

#include "tst_shortlistpanel.moc"
