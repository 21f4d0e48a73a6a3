// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/editcustomers.h"
#include "commands/movecustomers.h"
#include "../common/teststore.h"
#include "csvimporter.h"
#include "customerdetailspanel.h"
#include "customertablemodel.h"
#include "mainwindow.h"
#include "storepaths.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Kindred;

// The main window on a store that others change too: another client of a
// team store, or (on SQLite) a second connection in this process as an
// import makes. Runs on both engines (kindred_add_store_test).
class TestTeamWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void undoAsksBeforeOverwritingAnotherChange_data();
    void undoAsksBeforeOverwritingAnotherChange();
    void ownStepsDoNotAsk();
    void importSinceAsks();
    void detailsShowWhoChanged();
    void titleStatusAndRecentStores();
    void passwordIsUsedButNeverShownOrKept();
    void anotherClientsChangeShowsUp();

private:
    /// A second store on the window's store, saving as "Bea".
    std::unique_ptr<CustomerStore> openOther();
    /// Moves Ann and Bob on the matrix through the window's undo stack.
    void moveAnnAndBob();
    void triggerUndo();
    QString shownName(CustomerId id) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_location;
    Customer m_ann;
    Customer m_bob;
    QStringList m_questions;
};

void TestTeamWindow::initTestCase()
{
    // Keep the recent stores away from the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("KindredTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_teamwindow"));
}

void TestTeamWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = testStoreLocation(*m_dir, QStringLiteral("team.kindred"));
    m_window = std::make_unique<MainWindow>();
    m_window->store().setUserName(QStringLiteral("Al"));
    QVERIFY(m_window->openStore(m_location, CustomerStore::OpenMode::CreateIfMissing));
    QList<Customer> customers(2);
    customers[0].name = QStringLiteral("Ann");
    customers[0].externalId = QStringLiteral("C1");
    customers[1].name = QStringLiteral("Bob");
    QCOMPARE(m_window->store().addCustomers(customers), std::nullopt);
    m_ann = m_window->store().customer(customers.at(0).id).value();
    m_bob = m_window->store().customer(customers.at(1).id).value();
    m_questions.clear();
    m_window->setUndoConfirmation([](const QString &question) {
        qFatal("Unexpected question: %s", qPrintable(question));
        return false;
    });
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTeamWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

std::unique_ptr<CustomerStore> TestTeamWindow::openOther()
{
    auto other = std::make_unique<CustomerStore>();
    other->setUserName(QStringLiteral("Bea"));
    if (Status error = other->open(m_location))
        qFatal("Cannot open the store a second time: %s", qPrintable(error->toString()));
    return other;
}

void TestTeamWindow::moveAnnAndBob()
{
    QList<Customer> after{m_ann, m_bob};
    after[0].valueFit = 80.0;
    after[0].valueAwareness = 70.0;
    after[1].valueFit = 20.0;
    after[1].valueAwareness = 30.0;
    m_window->undoStack().push(new MoveCustomers(m_window->store(), {m_ann, m_bob}, after,
                                                 MoveCustomers::Kind::Drag));
}

void TestTeamWindow::triggerUndo()
{
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("UndoAction"));
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    undo->trigger();
}

QString TestTeamWindow::shownName(CustomerId id) const
{
    const QAbstractItemModel *model = m_window->customerTable().model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, CustomerTableModel::Name);
        if (index.data(CustomerTableModel::CustomerIdRole).value<CustomerId>() == id)
            return index.data().toString();
    }
    return {};
}

void TestTeamWindow::undoAsksBeforeOverwritingAnotherChange_data()
{
    QTest::addColumn<bool>("undoAnyway");
    QTest::newRow("cancel") << false;
    QTest::newRow("undo anyway") << true;
}

void TestTeamWindow::undoAsksBeforeOverwritingAnotherChange()
{
    QFETCH(bool, undoAnyway);
    moveAnnAndBob();
    {
        auto other = openOther();
        Customer ann = other->customer(m_ann.id).value();
        ann.name = QStringLiteral("Ann Lee");
        QCOMPARE(other->updateCustomer(ann), std::nullopt);
    }
    m_window->setUndoConfirmation([this, undoAnyway](const QString &question) {
        m_questions.append(question);
        return undoAnyway;
    });

    triggerUndo();

    QCOMPARE(m_questions.size(), 1);
    const QString &question = m_questions.constFirst();
    QVERIFY2(question.contains(QStringLiteral("1 customer")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("Bea")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("Ann Lee")), qPrintable(question));
    QVERIFY2(!question.contains(QStringLiteral("Bob")), qPrintable(question));
    const Customer ann = m_window->store().customer(m_ann.id).value();
    const Customer bob = m_window->store().customer(m_bob.id).value();
    if (undoAnyway) {
        QCOMPARE(m_window->undoStack().index(), 0);
        QCOMPARE(ann.valueFit, std::nullopt);
        QCOMPARE(bob.valueFit, std::nullopt);
        QCOMPARE(ann.updatedBy, QStringLiteral("Al"));
    } else {
        QCOMPARE(m_window->undoStack().index(), 1);
        QCOMPARE(ann.valueFit, 80.0);
        QCOMPARE(ann.name, QStringLiteral("Ann Lee"));
        QCOMPARE(ann.updatedBy, QStringLiteral("Bea"));
        QCOMPARE(bob.valueFit, 20.0);
    }
}

void TestTeamWindow::ownStepsDoNotAsk()
{
    // The window's own later step, undone first, saved Ann again: that is no
    // one else's change. Nor is Bea's change of a customer the step never saved.
    moveAnnAndBob();
    Customer renamed = m_window->store().customer(m_ann.id).value();
    Customer before = renamed;
    renamed.name = QStringLiteral("Ann Lee");
    m_window->undoStack().push(new EditCustomers(m_window->store(), {before}, {renamed}, QStringLiteral("Edit name")));
    {
        auto other = openOther();
        Customer cid;
        cid.name = QStringLiteral("Cid");
        QVERIFY(other->addCustomer(cid).ok());
    }
    triggerUndo();
    QCOMPARE(m_window->store().customer(m_ann.id).value().name, QStringLiteral("Ann"));
    triggerUndo();
    QCOMPARE(m_window->undoStack().index(), 0);
    QCOMPARE(m_window->store().customer(m_ann.id).value().valueFit, std::nullopt);

    // Nudges merge into one step, which ends where the last nudge left Ann.
    Customer nudged = m_window->store().customer(m_ann.id).value();
    for (double fit : {41.0, 42.0}) {
        Customer next = nudged;
        next.valueFit = fit;
        next.valueAwareness = 50.0;
        m_window->undoStack().push(
            new MoveCustomers(m_window->store(), {nudged}, {next}, MoveCustomers::Kind::Nudge));
        nudged = m_window->store().customer(m_ann.id).value();
    }
    QCOMPARE(m_window->undoStack().count(), 1);
    triggerUndo();
    QCOMPARE(m_window->store().customer(m_ann.id).value().valueFit, std::nullopt);
    QVERIFY(m_questions.isEmpty());
}

void TestTeamWindow::importSinceAsks()
{
    // An import runs on its own connection, opened from the store's path()
    // as the import dialog does: a file or a URL.
    moveAnnAndBob();
    const QString file = m_dir->filePath(QStringLiteral("customers.csv"));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Customer ID,Name\nC1,Ann Import\n");
    csv.close();
    ImportOptions options;
    options.settings.kind = ImportKind::Customers;
    const auto summary = CsvImporter(m_window->store().path(), file, options).run();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    m_window->store().announceExternalChange();
    m_window->setUndoConfirmation([this](const QString &question) {
        m_questions.append(question);
        return false;
    });

    triggerUndo();

    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.constFirst().contains(QStringLiteral("Ann Import")), qPrintable(m_questions.constFirst()));
    QCOMPARE(m_window->undoStack().index(), 1);
    QCOMPARE(m_window->store().customer(m_ann.id).value().name, QStringLiteral("Ann Import"));
}

void TestTeamWindow::detailsShowWhoChanged()
{
    moveAnnAndBob();
    {
        auto other = openOther();
        Customer ann = other->customer(m_ann.id).value();
        ann.valueFit = 90.0;
        QCOMPARE(other->updateCustomer(ann), std::nullopt);
    }
    QUndoStack stack;
    CustomerTableModel table(m_window->store());
    QCOMPARE(table.reload(), std::nullopt);
    CustomerDetailsPanel panel(m_window->store(), table, stack);
    panel.showCustomer(m_ann.id);

    auto *history = panel.findChild<QListWidget *>();
    QVERIFY(history);
    QCOMPARE(history->count(), 2);
    // Newest first.
    QVERIFY2(history->item(0)->text().contains(QStringLiteral(", Bea)")), qPrintable(history->item(0)->text()));
    QVERIFY2(history->item(1)->text().contains(QStringLiteral(", Al)")), qPrintable(history->item(1)->text()));
    QStringList labels;
    for (const QLabel *label : panel.findChildren<QLabel *>())
        labels.append(label->text());
    QVERIFY2(labels.join(QLatin1Char('\n')).contains(QStringLiteral("Last saved by Bea")),
             qPrintable(labels.join(QLatin1Char('|'))));
}

void TestTeamWindow::titleStatusAndRecentStores()
{
    CustomerStore &store = m_window->store();
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("TeamStoreStatus"));
    QVERIFY(status);
    QCOMPARE(m_window->windowTitle(), store.displayName() + QStringLiteral(" — Kindred"));
    QCOMPARE(StorePaths::recentStores().value(0), StoreLocation::parse(m_location).value().toString());
    if (!testingPostgres()) {
        QCOMPARE(m_window->windowTitle(), QStringLiteral("team.kindred — Kindred"));
        QVERIFY(!status->isVisible());
        return;
    }
    QVERIFY2(m_window->windowTitle().startsWith(StoreLocation::parse(m_location).value().database + QLatin1Char(' ')),
             qPrintable(m_window->windowTitle()));
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), QStringLiteral("Team store: %1 — as Al").arg(store.displayName()));
}

void TestTeamWindow::passwordIsUsedButNeverShownOrKept()
{
    if (!testingPostgres())
        QSKIP("A password belongs to team stores only.");
    // The test server trusts local connections, so any password connects.
    const QString secret = QStringLiteral("s3cret&pw");
    QList<StoreLocation> asked;
    m_window->setPasswordPrompt([&](const StoreLocation &location, const QString &problem) {
        asked.append(location);
        return problem.isEmpty() ? std::optional<QString>(secret) : std::nullopt;
    });
    QVERIFY(m_window->openStore(m_location, CustomerStore::OpenMode::OpenExisting, true));

    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.constFirst().toString(), m_location);
    QCOMPARE(StoreLocation::parse(m_window->store().path()).value().password, secret);
    QVERIFY(!m_window->windowTitle().contains(secret));
    for (const QString &recent : StorePaths::recentStores())
        QVERIFY2(!recent.contains(QStringLiteral("s3cret")), qPrintable(recent));
    // The customers are there: the same store, opened again.
    QCOMPARE(shownName(m_ann.id), QStringLiteral("Ann"));
}

void TestTeamWindow::anotherClientsChangeShowsUp()
{
    if (!testingPostgres())
        QSKIP("Only a team store (PostgreSQL) tells one client of another's changes.");
    QCOMPARE(shownName(m_ann.id), QStringLiteral("Ann"));
    auto other = openOther();
    Customer ann = other->customer(m_ann.id).value();
    ann.name = QStringLiteral("Ann Lee");
    QCOMPARE(other->updateCustomer(ann), std::nullopt);
    Customer cid;
    cid.name = QStringLiteral("Cid");
    const auto cidId = other->addCustomer(cid);
    QVERIFY(cidId.ok());

    QTRY_COMPARE(shownName(m_ann.id), QStringLiteral("Ann Lee"));
    QTRY_COMPARE(shownName(cidId.value()), QStringLiteral("Cid"));
}

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
