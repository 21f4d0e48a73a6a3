// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactchannels.h"
#include "contactdialog.h"
#include "contactlog.h"
#include "contacttimeline.h"
#include "customerdetailspanel.h"
#include "customertablemodel.h"
#include "duenotice.h"
#include "mainwindow.h"
#include "shortlisteditor.h"
#include "shortlistmodel.h"
#include "shortlistpanel.h"
#include "store/customerstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Kindred;

// The contact log in the window: its undo steps against a real store, the
// details panel's time line, the shortlist's columns and Done, the notice.
class TestContactLogUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void logEditDeleteUndoRedo();
    void newChannelIsOfferedAndUndoneWithTheContact();
    void dialogLogsWhatWasTyped();
    void timelineInterleavesContactsAndMoves();
    void panelDeletesAndFollowsTheStore();
    void shortlistShowsContactsAndDueActions();
    void doneIsOneUndoStep();
    void noticeCountsDueActions();
    void windowOffersLogContactAndTheNotice();

private:
    QList<Contact> contacts(CustomerId id) const { return m_store->contacts(id).value(); }
    Customer stored(CustomerId id) const { return m_store->customer(id).value(); }
    void setDue(CustomerId id, const QString &action, const QDate &due);
    /// Runs `fill` on the contact dialog that `open` shows, then accepts it.
    void answerDialog(const std::function<void(ContactDialog &)> &fill, const std::function<void()> &open);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CustomerStore> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    QList<CustomerId> m_ids; // Ann, Bob, Chiyo: quadrant I
    const QDate m_today = QDate::currentDate();
};

namespace {
const QDateTime march12(QDate(2026, 3, 12), QTime(10, 30));

Contact call(CustomerId id, const QString &note, const QDateTime &at = march12)
{
    Contact c;
    c.customerId = id;
    c.contactedAt = at;
    c.channel = QStringLiteral("call");
    c.note = note;
    return c;
}
} // namespace

void TestContactLogUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("KindredTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_contactlogui"));
}

void TestContactLogUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<CustomerStore>();
    QCOMPARE(m_store->open(m_dir->filePath(QStringLiteral("c.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    m_store->setUserName(QStringLiteral("sato"));
    QList<Customer> customers;
    for (const QString &name : {QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("千代")}) {
        Customer c;
        c.name = name;
        c.valueFit = 90 - customers.size() * 10;
        c.valueAwareness = 20;
        customers.append(c);
    }
    QCOMPARE(m_store->addCustomers(customers), std::nullopt);
    m_ids.clear();
    for (const Customer &c : customers)
        m_ids.append(c.id);
    m_stack = std::make_unique<QUndoStack>();
}

void TestContactLogUi::cleanup()
{
    m_stack.reset();
    m_store.reset();
}

void TestContactLogUi::setDue(CustomerId id, const QString &action, const QDate &due)
{
    Customer c = stored(id);
    c.nextAction = action;
    c.nextActionDue = due;
    QCOMPARE(m_store->updateCustomer(c), std::nullopt);
}

void TestContactLogUi::answerDialog(const std::function<void(ContactDialog &)> &fill, const std::function<void()> &open)
{
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ContactDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(*dialog);
        answered = true;
        dialog->accept();
    });
    open();
    QVERIFY(answered);
}

void TestContactLogUi::logEditDeleteUndoRedo()
{
    ContactLog log(*m_store, *m_stack);
    log.log(call(m_ids.at(0), QStringLiteral("talked about the new line")));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Log Contact with Ann"));
    QCOMPARE(contacts(m_ids.at(0)).size(), 1);
    const Contact logged = contacts(m_ids.at(0)).constFirst();
    QVERIFY(logged.id != 0);
    QCOMPARE(logged.channel, QStringLiteral("call"));
    QCOMPARE(logged.note, QStringLiteral("talked about the new line"));
    QCOMPARE(logged.madeBy, QStringLiteral("sato"));
    QCOMPARE(logged.contactedAt, march12);
    m_stack->undo();
    QVERIFY(contacts(m_ids.at(0)).isEmpty());
    m_stack->redo();
    QCOMPARE(contacts(m_ids.at(0)), QList<Contact>{logged}); // back with its id

    Contact changed = logged;
    changed.note = QStringLiteral("they want samples");
    changed.channel = QStringLiteral("visit");
    changed.contactedAt = march12.addDays(1);
    log.edit(logged, changed);
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(contacts(m_ids.at(0)), QList<Contact>{changed});
    log.edit(changed, changed); // nothing changed: no step
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    QCOMPARE(contacts(m_ids.at(0)), QList<Contact>{logged});
    m_stack->redo();
    QCOMPARE(contacts(m_ids.at(0)), QList<Contact>{changed});

    log.remove(changed);
    QCOMPARE(m_stack->count(), 3);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Delete Contact with Ann"));
    QVERIFY(contacts(m_ids.at(0)).isEmpty());
    m_stack->undo();
    QCOMPARE(contacts(m_ids.at(0)), QList<Contact>{changed});
    m_stack->redo();
    QVERIFY(contacts(m_ids.at(0)).isEmpty());
    // All the way back and forth.
    while (m_stack->canUndo())
        m_stack->undo();
    QVERIFY(contacts(m_ids.at(0)).isEmpty());
    m_stack->redo();
    m_stack->redo();
    QCOMPARE(contacts(m_ids.at(0)), QList<Contact>{changed});
}

void TestContactLogUi::newChannelIsOfferedAndUndoneWithTheContact()
{
    ContactLog log(*m_store, *m_stack);
    Contact line = call(m_ids.at(1), QStringLiteral("sent the catalogue"));
    line.channel = QStringLiteral("LINE");
    log.log(line);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_store->settings().contactChannels, QStringList{QStringLiteral("LINE")});
    QCOMPARE(ContactChannels::all(m_store->settings()).constLast(), QStringLiteral("LINE"));
    QCOMPARE(contacts(m_ids.at(1)).constFirst().channel, QStringLiteral("LINE"));
    // Offered now: a second contact through it changes no setting.
    log.log(line);
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(m_store->settings().contactChannels, QStringList{QStringLiteral("LINE")});
    m_stack->undo();
    QCOMPARE(m_store->settings().contactChannels, QStringList{QStringLiteral("LINE")});
    m_stack->undo();
    QVERIFY(m_store->settings().contactChannels.isEmpty());
    QVERIFY(contacts(m_ids.at(1)).isEmpty());
    m_stack->redo();
    QCOMPARE(m_store->settings().contactChannels, QStringList{QStringLiteral("LINE")});
    QCOMPARE(contacts(m_ids.at(1)).size(), 1);
}

void TestContactLogUi::dialogLogsWhatWasTyped()
{
    WorkspaceSettings settings = m_store->settings();
    settings.contactChannels = {QStringLiteral("LINE")};
    QCOMPARE(m_store->setSettings(settings), std::nullopt);
    ContactLog log(*m_store, *m_stack);
    const QDateTime before = QDateTime::currentDateTime().addSecs(-60);
    answerDialog(
        [&](ContactDialog &dialog) {
            // Now by default, the built-in channels then the workspace's, shown translated.
            QVERIFY(dialog.timeEdit().dateTime() >= before);
            QVERIFY(dialog.timeEdit().dateTime() <= QDateTime::currentDateTime());
            QCOMPARE(dialog.channelBox().count(), ContactChannels::builtIn().size() + 1);
            QCOMPARE(dialog.channelBox().currentText(), QStringLiteral("Call"));
            QCOMPARE(dialog.channelBox().itemText(dialog.channelBox().count() - 1), QStringLiteral("LINE"));
            QVERIFY(!dialog.nextActionEdit().isVisibleTo(&dialog));
            dialog.timeEdit().setDateTime(march12);
            dialog.channelBox().setEditText(QStringLiteral("  Visit "));
            dialog.noteEdit().setPlainText(QStringLiteral("first line\nsecond line"));
        },
        [&] { QVERIFY(log.logContact(m_ids.at(2), nullptr)); });
    const QList<Contact> logged = contacts(m_ids.at(2));
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.constFirst().channel, QStringLiteral("visit")); // a built-in channel by its key
    QCOMPARE(logged.constFirst().note, QStringLiteral("first line\nsecond line"));
    QCOMPARE(logged.constFirst().contactedAt, march12);
    QCOMPARE(m_store->settings().contactChannels, QStringList{QStringLiteral("LINE")});

    // Edited: the dialog starts from the contact; a new channel typed joins the workspace's.
    answerDialog(
        [&](ContactDialog &dialog) {
            QCOMPARE(dialog.timeEdit().dateTime(), march12);
            QCOMPARE(dialog.channelBox().currentText(), QStringLiteral("Visit"));
            QCOMPARE(dialog.noteEdit().toPlainText(), QStringLiteral("first line\nsecond line"));
            dialog.channelBox().setEditText(QStringLiteral("Zoom"));
        },
        [&] { QVERIFY(log.editContact(logged.constFirst(), nullptr)); });
    QCOMPARE(contacts(m_ids.at(2)).constFirst().channel, QStringLiteral("Zoom"));
    QCOMPARE(m_store->settings().contactChannels, (QStringList{QStringLiteral("LINE"), QStringLiteral("Zoom")}));
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    QCOMPARE(contacts(m_ids.at(2)), logged);
    QCOMPARE(m_store->settings().contactChannels, QStringList{QStringLiteral("LINE")});

    // No channel: nothing to log.
    ContactDialog empty(call(m_ids.at(0), {}), QStringLiteral("Ann"), m_store->settings());
    empty.channelBox().setEditText(QStringLiteral(" "));
    QVERIFY(!empty.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestContactLogUi::timelineInterleavesContactsAndMoves()
{
    const CustomerId id = m_ids.at(0);
    const QDateTime now = QDateTime::currentDateTime();
    Contact first = call(id, QStringLiteral("talked about the new line\nand the price"), now.addDays(-14));
    first.madeBy = QStringLiteral("sato");
    QCOMPARE(m_store->addContact(first), std::nullopt);
    Contact mail = call(id, {}, now.addDays(-3));
    mail.channel = QStringLiteral("LINE");
    mail.madeBy = QStringLiteral("kato");
    QCOMPARE(m_store->addContact(mail), std::nullopt);
    Customer ann = stored(id);
    ann.valueAwareness = 70; // I → II, now
    QCOMPARE(m_store->updateCustomer(ann), std::nullopt);

    QUndoStack stack;
    CustomerTableModel table(*m_store);
    QCOMPARE(table.reload(), std::nullopt);
    CustomerDetailsPanel panel(*m_store, table, stack);
    panel.showCustomer(id);
    auto *timeline = panel.findChild<QListWidget *>();
    QVERIFY(timeline);
    QCOMPARE(timeline->count(), 3);
    const QLocale locale;
    auto day = [&](const QDateTime &at) { return locale.toString(at.toLocalTime().date(), QLocale::ShortFormat); };
    const QDateTime moved = m_store->scoreHistory(id).value().constLast().changedAt;
    QCOMPARE(timeline->item(0)->text(), day(moved) + QStringLiteral(" — moved I → II (hand, sato)"));
    QCOMPARE(timeline->item(1)->text(), day(mail.contactedAt) + QStringLiteral(" — LINE (kato)"));
    QCOMPARE(timeline->item(2)->text(),
             day(first.contactedAt) + QStringLiteral(" — Call (sato): talked about the new line"));
    QVERIFY(timeline->item(2)->toolTip().contains(QStringLiteral("and the price")));

    // The workspace's split decides the quadrants: with awareness high from 80, Ann stays in I.
    WorkspaceSettings settings = m_store->settings();
    settings.quadrantSplit.valueAwareness = 80;
    QCOMPARE(m_store->setSettings(settings), std::nullopt);
    QCOMPARE(timeline->item(0)->text(), day(moved) + QStringLiteral(" — moved within I (hand, sato)"));

    // Only contacts can be edited or deleted.
    auto button = [&](const QString &text) {
        for (QPushButton *b : panel.findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        return static_cast<QPushButton *>(nullptr);
    };
    QVERIFY(button(QStringLiteral("Lo&g Contact…")));
    timeline->setCurrentRow(0);
    QVERIFY(!button(QStringLiteral("Delete"))->isEnabled());
    timeline->setCurrentRow(1);
    QVERIFY(button(QStringLiteral("Delete"))->isEnabled());
    QVERIFY(button(QStringLiteral("Edit…"))->isEnabled());
}

void TestContactLogUi::panelDeletesAndFollowsTheStore()
{
    const CustomerId id = m_ids.at(1);
    CustomerTableModel table(*m_store);
    QCOMPARE(table.reload(), std::nullopt);
    CustomerDetailsPanel panel(*m_store, table, *m_stack);
    panel.showCustomer(id);
    auto *timeline = panel.findChild<QListWidget *>();
    QCOMPARE(timeline->count(), 0);
    // Logged elsewhere (another window, a colleague): the time line follows.
    Contact contact = call(id, QStringLiteral("asked about gifts"));
    QCOMPARE(m_store->addContact(contact), std::nullopt);
    QCOMPARE(timeline->count(), 1);
    timeline->setCurrentRow(0);
    for (QPushButton *b : panel.findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Delete"))
            b->click();
    }
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(contacts(id).isEmpty());
    QCOMPARE(timeline->count(), 0);
    m_stack->undo();
    QCOMPARE(contacts(id), QList<Contact>{contact});
    QCOMPARE(timeline->count(), 1);
    QVERIFY(timeline->item(0)->text().endsWith(QStringLiteral("asked about gifts")));
}

void TestContactLogUi::shortlistShowsContactsAndDueActions()
{
    setDue(m_ids.at(0), QStringLiteral("call back"), m_today.addDays(-2));
    setDue(m_ids.at(1), QStringLiteral("send samples"), m_today);
    setDue(m_ids.at(2), QStringLiteral("visit"), m_today.addDays(1));
    Contact contact = call(m_ids.at(0), {}, QDateTime(m_today.addDays(-5), QTime(9, 0)));
    QCOMPARE(m_store->addContact(contact), std::nullopt);
    CustomerTableModel table(*m_store);
    QCOMPARE(table.reload(), std::nullopt);
    ShortlistModel model(*m_store, table, *m_stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.headerData(ShortlistModel::LastContact, Qt::Horizontal).toString(), QStringLiteral("Last contact"));
    QCOMPARE(model.headerData(ShortlistModel::DaysSinceContact, Qt::Horizontal).toString(), QStringLiteral("Days since"));
    auto rowOf = [&](CustomerId id) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(ShortlistModel::CustomerIdRole).value<CustomerId>() == id)
                return row;
        }
        return -1;
    };
    auto cell = [&](CustomerId id, int column, int role = Qt::DisplayRole) {
        return model.index(rowOf(id), column).data(role);
    };
    QCOMPARE(cell(m_ids.at(0), ShortlistModel::LastContact).toString(),
             QLocale().toString(m_today.addDays(-5), QLocale::ShortFormat));
    QCOMPARE(cell(m_ids.at(0), ShortlistModel::DaysSinceContact).toInt(), 5);
    QCOMPARE(cell(m_ids.at(1), ShortlistModel::LastContact).toString(), QString());
    QCOMPARE(cell(m_ids.at(1), ShortlistModel::DaysSinceContact).toString(), QString());

    QCOMPARE(cell(m_ids.at(0), ShortlistModel::Due, ShortlistModel::DueRole).toInt(), int(ShortlistModel::Overdue));
    QCOMPARE(cell(m_ids.at(1), ShortlistModel::Due, ShortlistModel::DueRole).toInt(), int(ShortlistModel::DueToday));
    QCOMPARE(cell(m_ids.at(2), ShortlistModel::Due, ShortlistModel::DueRole).toInt(), int(ShortlistModel::NotDue));
    const QVariant overdue = cell(m_ids.at(0), ShortlistModel::Due, Qt::BackgroundRole);
    const QVariant today = cell(m_ids.at(1), ShortlistModel::NextAction, Qt::BackgroundRole);
    QVERIFY(overdue.isValid());
    QVERIFY(today.isValid());
    QVERIFY(overdue != today);
    QVERIFY(!cell(m_ids.at(2), ShortlistModel::Due, Qt::BackgroundRole).isValid());
    QVERIFY(!cell(m_ids.at(0), ShortlistModel::Name, Qt::BackgroundRole).isValid());
    // Plural forms come from the English translation, not loaded here.
    QVERIFY(cell(m_ids.at(0), ShortlistModel::Due, Qt::ToolTipRole).toString().startsWith(QStringLiteral("Overdue by 2 day")));
    QCOMPARE(cell(m_ids.at(1), ShortlistModel::Due, Qt::ToolTipRole).toString(), QStringLiteral("Due today"));
    QCOMPARE(model.dueCount(), 2);

    // A contact logged (here, by someone else) shows at once.
    Contact yesterday = call(m_ids.at(1), {}, QDateTime(m_today.addDays(-1), QTime(12, 0)));
    QCOMPARE(m_store->addContact(yesterday), std::nullopt);
    QCOMPARE(cell(m_ids.at(1), ShortlistModel::DaysSinceContact).toInt(), 1);

    // Looking from another day: due and days since count to it.
    WorkspaceSettings settings = m_store->settings();
    settings.asOf = m_today.addDays(1);
    settings.asOfChosen = true;
    QCOMPARE(m_store->setSettings(settings), std::nullopt);
    QCOMPARE(model.day(), m_today.addDays(1));
    QCOMPARE(cell(m_ids.at(1), ShortlistModel::Due, ShortlistModel::DueRole).toInt(), int(ShortlistModel::Overdue));
    QCOMPARE(cell(m_ids.at(2), ShortlistModel::Due, ShortlistModel::DueRole).toInt(), int(ShortlistModel::DueToday));
    QCOMPARE(model.dueCount(), 3);
    QCOMPARE(cell(m_ids.at(0), ShortlistModel::DaysSinceContact).toInt(), 6);
    QCOMPARE(cell(m_ids.at(1), ShortlistModel::DaysSinceContact).toInt(), 2);
}

void TestContactLogUi::doneIsOneUndoStep()
{
    const CustomerId id = m_ids.at(0);
    setDue(id, QStringLiteral("call to ask about the first order"), m_today);
    CustomerTableModel table(*m_store);
    QCOMPARE(table.reload(), std::nullopt);
    ShortlistPanel panel(*m_store, table, *m_stack);
    panel.view().selectRow(0);
    QCOMPARE(panel.editor().customerId(), id);
    const QDate nextDue = m_today.addDays(10);
    answerDialog(
        [&](ContactDialog &dialog) {
            QCOMPARE(dialog.noteEdit().toPlainText(), QStringLiteral("call to ask about the first order"));
            QVERIFY(dialog.nextActionEdit().isVisibleTo(&dialog));
            QCOMPARE(dialog.nextActionEdit().text(), QString());
            QVERIFY(!dialog.hasDueBox().isChecked());
            dialog.noteEdit().setPlainText(QStringLiteral("called: happy with the first order"));
            dialog.nextActionEdit().setText(QStringLiteral("send samples of the new line"));
            dialog.hasDueBox().setChecked(true);
            dialog.dueEdit().setDate(nextDue);
        },
        [&] { panel.editor().doneButton().click(); });

    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Mark the Next Action of Ann Done"));
    const QList<Contact> logged = contacts(id);
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.constFirst().note, QStringLiteral("called: happy with the first order"));
    QCOMPARE(stored(id).nextAction, QStringLiteral("send samples of the new line"));
    QCOMPARE(stored(id).nextActionDue, nextDue);
    QCOMPARE(panel.editor().nextActionEdit().text(), QStringLiteral("send samples of the new line"));
    QVERIFY(!panel.model().index(0, ShortlistModel::LastContact).data().toString().isEmpty());

    m_stack->undo();
    QVERIFY(contacts(id).isEmpty());
    QCOMPARE(stored(id).nextAction, QStringLiteral("call to ask about the first order"));
    QCOMPARE(stored(id).nextActionDue, m_today);
    QCOMPARE(panel.model().dueCount(), 1);
    m_stack->redo();
    QCOMPARE(contacts(id), logged);
    QCOMPARE(stored(id).nextAction, QStringLiteral("send samples of the new line"));
    QCOMPARE(panel.model().dueCount(), 0);
}

void TestContactLogUi::noticeCountsDueActions()
{
    CustomerTableModel table(*m_store);
    QCOMPARE(table.reload(), std::nullopt);
    ShortlistModel model(*m_store, table, *m_stack);
    {
        // None due: no notice.
        DueNotice notice(*m_store, model);
        QCOMPARE(notice.count(), 0);
        QVERIFY(notice.isHidden());
    }
    setDue(m_ids.at(0), QStringLiteral("call back"), m_today.addDays(-2));
    setDue(m_ids.at(1), QStringLiteral("send samples"), m_today);
    setDue(m_ids.at(2), QStringLiteral("visit"), m_today.addDays(1));
    // As a store opens (here: the notice comes with one already open).
    DueNotice notice(*m_store, model);
    QCOMPARE(notice.count(), 2);
    QVERIFY(!notice.isHidden());
    QVERIFY(notice.text().text().startsWith(QStringLiteral("2 next action")));
    // It counts down as next actions are done, and goes at none.
    ContactLog(*m_store, *m_stack).done(call(m_ids.at(0), {}), QString(), QDate());
    QCOMPARE(notice.count(), 1);
    QVERIFY(notice.text().text().startsWith(QStringLiteral("1 next action")));
    QSignalSpy shown(&notice, &DueNotice::showShortlistRequested);
    notice.showButton().click();
    QCOMPARE(shown.count(), 1);
    QVERIFY(notice.isHidden());
    // Once dismissed, not again for this store.
    m_stack->undo();
    QCOMPARE(model.dueCount(), 2);
    QVERIFY(notice.isHidden());
}

void TestContactLogUi::windowOffersLogContactAndTheNotice()
{
    setDue(m_ids.at(1), QStringLiteral("send samples"), m_today.addDays(-1));
    const QString path = m_store->path();
    m_store->close();
    MainWindow window;
    QVERIFY(window.openStore(path));
    auto *notice = window.findChild<DueNotice *>();
    QVERIFY(notice);
    QCOMPARE(notice->count(), 1);

    QTableView &table = window.customerTable();
    QCOMPARE(table.contextMenuPolicy(), Qt::ActionsContextMenu);
    QAction *logContact = nullptr;
    for (QAction *action : table.actions()) {
        if (action->text() == QStringLiteral("Log &Contact…"))
            logContact = action;
    }
    QVERIFY(logContact);
    QVERIFY(!logContact->isEnabled());
    table.selectRow(0);
    QVERIFY(logContact->isEnabled());
    const CustomerId chosen = table.currentIndex().data(CustomerTableModel::CustomerIdRole).value<CustomerId>();
    answerDialog([](ContactDialog &dialog) { dialog.noteEdit().setPlainText(QStringLiteral("from the table")); },
                 [&] { logContact->trigger(); });
    QCOMPARE(window.store().contacts(chosen).value().constFirst().note, QStringLiteral("from the table"));
    QCOMPARE(window.undoStack().count(), 1);
}

QTEST_MAIN(TestContactLogUi)
#include "tst_contactlogui.moc"
