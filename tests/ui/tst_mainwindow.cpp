// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customertablemodel.h"
#include "excellencerule.h"
#include "funnelchart.h"
#include "funnelview.h"
#include "customerdetailspanel.h"
#include "mainwindow.h"
#include "methodguide.h"
#include "ownfieldcolumns.h"
#include "money.h"
#include "shortcutsdialog.h"
#include "statussummary.h"
#include "storepaths.h"
#include "welcomepage.h"
#include "paretochart.h"
#include "paretoview.h"
#include "shortlistpanel.h"
#include "translations.h"
#include "valuematrixview.h"
#include "ruleeditordialog.h"

#include <QAbstractFileIconProvider>
#include <QAction>
#include <QCommandLinkButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHeaderView>
#include <QListView>
#include <QMenuBar>
#include <QProgressDialog>
#include <QSettings>
#include <QMenu>
#include <QSplitter>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>

#include "../common/localport.h"

using namespace Kindred;

// The main window hosting the funnel and Pareto views and the rule editor,
// wired to the customer table.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void funnelClickFiltersTheTable();
    void funnelKeysFilterTheTable_data();
    void funnelKeysFilterTheTable();
    void paretoClickSelectsCustomers();
    void tableColumnsFitTheirText_data();
    void tableColumnsFitTheirText();
    void ruleEditorIsUndoable();
    void showView_data();
    void showView();
    void everyMainActionHasAShortcut();
    void viewsHaveAccessibleNames();
    void moneyFollowsTheWorkspaceCurrency();
    void importableFiles();
    void silentTeamServerFreezesNothing();
    void welcomePageOnAnEmptyStore();
    void welcomeButtonsTriggerTheirActions();
    void shortcutsListEveryActionWithKeys();
    void methodGuideExplainsTheMethod();
    void statusBarSummarisesTheStore();
    void ownFieldColumnsAreRemembered();
    void detailsOfAFullCustomerKeepTheWindowsSize();
    // Last: it leaves Qt's Japanese strings installed.
    void fileDialogInJapanese();

private:
    QStringList shownNames() const;
    QList<CustomerId> selectedIds() const;
    void showTab(QWidget *page);
    void addLapsedRegulars();
    void openEmptyStore();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    CustomerId m_dee = 0;
};

void TestMainWindow::initTestCase()
{
    // Keep the window's geometry and recent stores away from the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("KindredTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    QVERIFY(m_window->openStore(m_dir->filePath(QStringLiteral("w.kindred")), CustomerStore::OpenMode::CreateIfMissing));
    CustomerStore &store = m_window->store();
    // Prospect, First-time, Regular, and Dee: Core by the rule (revenue of 1,000 or more).
    QList<Customer> customers;
    for (const char *name : {"Ann", "Bob", "Cid", "Dee"}) {
        Customer c;
        c.name = QString::fromLatin1(name);
        customers.append(c);
    }
    QCOMPARE(store.addCustomers(customers), std::nullopt);
    const QDate day = QDate::currentDate().addDays(-10);
    m_dee = customers.at(3).id;
    QList<Order> orders{{0, customers.at(1).id, QString(), day, 100.0},
                        {0, customers.at(2).id, QString(), day, 200.0},
                        {0, customers.at(2).id, QString(), day, 200.0},
                        {0, m_dee, QString(), day, 1500.0}};
    QCOMPARE(store.addOrders(orders), std::nullopt);
    WorkspaceSettings settings = store.settings();
    settings.excellenceRule =
        ExcellenceRule(ExcellenceRule::Combinator::All, {{RuleField::Revenue, RuleOperator::AtLeast, 1000, {}}})
            .toJson();
    QCOMPARE(store.setSettings(settings), std::nullopt);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::ownFieldColumnsAreRemembered()
{
    WorkspaceSettings settings = m_window->store().settings();
    settings.ownFields = {{QStringLiteral("会員ランク"), OwnFieldType::Text}, {QStringLiteral("誕生日"), OwnFieldType::Date}};
    QCOMPARE(m_window->store().setSettings(settings), std::nullopt);
    QTableView *table = &m_window->customerTable();
    const int rank = CustomerTableModel::ColumnCount;
    QCOMPARE(table->model()->columnCount(), rank + 2);
    QVERIFY(table->isColumnHidden(rank));
    QVERIFY(table->isColumnHidden(rank + 1));
    auto *columns = table->findChild<OwnFieldColumns *>();
    QVERIFY(columns);
    std::unique_ptr<QMenu> menu(columns->createMenu(table));
    menu->actions().at(1)->trigger();
    QVERIFY(!table->isColumnHidden(rank + 1));
    menu.reset();
    const int nameWidth = table->columnWidth(CustomerTableModel::Name) + 17;
    table->setColumnWidth(CustomerTableModel::Name, nameWidth);

    // Closed and opened again: the header's saved state and the choice agree.
    const QString path = m_window->store().path();
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openStore(path, CustomerStore::OpenMode::OpenExisting));
    table = &m_window->customerTable();
    QCOMPARE(table->horizontalHeader()->count(), rank + 2);
    QVERIFY(table->isColumnHidden(rank));
    QVERIFY(!table->isColumnHidden(rank + 1));
    QCOMPARE(table->columnWidth(CustomerTableModel::Name), nameWidth);
    QCOMPARE(table->model()->headerData(rank + 1, Qt::Horizontal).toString(), QStringLiteral("誕生日"));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QStringList TestMainWindow::shownNames() const
{
    const QAbstractItemModel *model = m_window->customerTable().model();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, CustomerTableModel::Name).data().toString());
    names.sort();
    return names;
}

QList<CustomerId> TestMainWindow::selectedIds() const
{
    QList<CustomerId> ids;
    for (const QModelIndex &index : m_window->customerTable().selectionModel()->selectedRows())
        ids.append(index.data(CustomerTableModel::CustomerIdRole).value<CustomerId>());
    return ids;
}

void TestMainWindow::showTab(QWidget *page)
{
    auto *tabs = m_window->findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentWidget(page);
}

void TestMainWindow::addLapsedRegulars()
{
    // Eve bought twice long ago: Dormant now, but she reached First-time and Regular.
    CustomerStore &store = m_window->store();
    QList<Customer> eve(1);
    eve[0].name = QStringLiteral("Eve");
    QCOMPARE(store.addCustomers(eve), std::nullopt);
    const QDate longAgo = QDate::currentDate().addYears(-3);
    QList<Order> orders{{0, eve.at(0).id, QString(), longAgo, 100.0},
                        {0, eve.at(0).id, QString(), longAgo.addDays(1), 100.0}};
    QCOMPARE(store.addOrders(orders), std::nullopt);
    // Cid, the one Regular, is set to Core by hand: the funnel says "Regular 3 (now 0)".
    const QList<Customer> customers = store.customers().value();
    for (Customer c : customers) {
        if (c.name == QStringLiteral("Cid")) {
            c.handSetStage = Stage::Core;
            QCOMPARE(store.updateCustomer(c), std::nullopt);
        }
    }
    FunnelView &funnel = m_window->funnel();
    showTab(&funnel);
    QTRY_COMPARE(funnel.chart().funnel().customers(), 5);
    QCOMPARE(funnel.chart().funnel().count(Stage::Regular), 0);
    QCOMPARE(funnel.chart().funnel().reached(Stage::Regular), 3);
    QCOMPARE(funnel.chart().funnel().count(Stage::Dormant), 1);
}

void TestMainWindow::funnelClickFiltersTheTable()
{
    addLapsedRegulars();
    if (QTest::currentTestFailed())
        return;
    FunnelChart &chart = m_window->funnel().chart();
    chart.grab();
    std::optional<QPoint> regular;
    for (int y = 0; y < chart.height() && !regular; y += 3) {
        for (int x = 0; x < chart.width() && !regular; x += 3) {
            if (chart.stageAt({x, y}) == Stage::Regular)
                regular = QPoint(x, y);
        }
    }
    QVERIFY(regular);
    QTest::mouseClick(&chart, Qt::LeftButton, {}, *regular);

    auto *tabs = m_window->findChild<QTabWidget *>();
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Cid"), QStringLiteral("Dee"), QStringLiteral("Eve")}));
    auto *chip = m_window->findChild<QToolButton *>(QStringLiteral("StageFilterChip"));
    QVERIFY(chip);
    QVERIFY(chip->isVisible());
    QCOMPARE(chip->text(), QStringLiteral("Reached Regular"));

    QTest::mouseClick(chip, Qt::LeftButton);
    QCOMPARE(shownNames().size(), 5);
    QVERIFY(!chip->isVisible());
}

void TestMainWindow::funnelKeysFilterTheTable_data()
{
    QTest::addColumn<int>("downs");
    QTest::addColumn<QString>("chip");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("prospect") << 1 << QStringLiteral("Reached Prospect")
                              << QStringList{QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Cid"),
                                             QStringLiteral("Dee"), QStringLiteral("Eve")};
    QTest::newRow("first-time") << 2 << QStringLiteral("Reached First-time buyer")
                                << QStringList{QStringLiteral("Bob"), QStringLiteral("Cid"), QStringLiteral("Dee"),
                                               QStringLiteral("Eve")};
    QTest::newRow("regular") << 3 << QStringLiteral("Reached Regular")
                             << QStringList{QStringLiteral("Cid"), QStringLiteral("Dee"), QStringLiteral("Eve")};
    QTest::newRow("core") << 4 << QStringLiteral("Reached Core")
                          << QStringList{QStringLiteral("Cid"), QStringLiteral("Dee")};
    // Dormant stands beside the funnel: it shows who is dormant now.
    QTest::newRow("dormant") << 5 << QStringLiteral("Dormant now") << QStringList{QStringLiteral("Eve")};
}

void TestMainWindow::funnelKeysFilterTheTable()
{
    QFETCH(int, downs);
    QFETCH(QString, chip);
    QFETCH(QStringList, names);
    addLapsedRegulars();
    if (QTest::currentTestFailed())
        return;
    FunnelChart &chart = m_window->funnel().chart();
    chart.setFocus();
    for (int i = 0; i < downs; ++i)
        QTest::keyClick(&chart, Qt::Key_Down);
    QTest::keyClick(&chart, Qt::Key_Return);

    QCOMPARE(m_window->findChild<QTabWidget *>()->currentIndex(), 0);
    QCOMPARE(shownNames(), names);
    auto *stageChip = m_window->findChild<QToolButton *>(QStringLiteral("StageFilterChip"));
    QVERIFY(stageChip->isVisible());
    QCOMPARE(stageChip->text(), chip);
}

void TestMainWindow::tableColumnsFitTheirText_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    QTest::newRow("Japanese") << QStringLiteral("ja");
}

void TestMainWindow::tableColumnsFitTheirText()
{
    QFETCH(QString, language);
    // The window is built anew under the language, at its default size.
    cleanup();
    QTranslator translator;
    if (!language.isEmpty()) {
        // Built beside the application by the kindred target.
        const QString qm = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/kindred_%1.qm").arg(language);
        QVERIFY2(translator.load(qm), qPrintable(qm));
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }
    const auto removeTranslator = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    init();
    m_window->resize(1280, 800);

    const QHeaderView *header = m_window->customerTable().horizontalHeader();
    const QFontMetrics headerFont(header->font());
    for (int column = 0; column < CustomerTableModel::ColumnCount; ++column) {
        const QString text = header->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column), qPrintable(text));
        QVERIFY2(header->sectionSize(column) > headerFont.horizontalAdvance(text), qPrintable(text));
    }
    if (!language.isEmpty())
        QCOMPARE(header->model()->headerData(CustomerTableModel::ValueAwareness, Qt::Horizontal).toString(),
                 QStringLiteral("価値観の自覚"));
    // The stage names too ("First-time buyer"): a cell's text has a margin each side and the grid line.
    const QTableView &table = m_window->customerTable();
    const int textMargin = table.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &table) + 1;
    for (Stage stage : allStages) {
        const int needed = QFontMetrics(table.font()).horizontalAdvance(stageName(stage)) + 2 * textMargin + 1;
        QVERIFY2(header->sectionSize(CustomerTableModel::Stage) >= needed, qPrintable(stageName(stage)));
    }
}

void TestMainWindow::paretoClickSelectsCustomers()
{
    // The table shows only the Dormant, nobody: Dee, the top bar, is hidden until the click.
    m_window->setStageFilter(Stage::Dormant);
    QCOMPARE(shownNames(), QStringList{});

    ParetoView &pareto = m_window->pareto();
    showTab(&pareto);
    QTRY_COMPARE(pareto.chart().pareto().customerCount(), 3);
    pareto.chart().replot();
    const ParetoChart &chart = pareto.chart();
    const double x = 0.5 / chart.pareto().customerCount() * 100.0;
    const QPoint overTopBar(int(chart.xAxis->coordToPixel(x)), chart.axisRect()->center().y());
    QTest::mouseClick(&pareto.chart(), Qt::LeftButton, {}, overTopBar);

    QCOMPARE(m_window->findChild<QTabWidget *>()->currentIndex(), 0);
    QCOMPARE(selectedIds(), QList<CustomerId>{m_dee});
    QCOMPARE(shownNames().size(), 4);
}

void TestMainWindow::ruleEditorIsUndoable()
{
    QAction *ruleAction = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Excellent Customer &Rule…"))
            ruleAction = action;
    }
    QVERIFY(ruleAction);
    const QString before = m_window->store().settings().excellenceRule;
    const ExcellenceRule regulars(ExcellenceRule::Combinator::All,
                                  {{RuleField::OrderCount, RuleOperator::AtLeast, 2, {}}});
    bool edited = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<RuleEditorDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->rule(), ExcellenceRule::fromJson(before).value());
        dialog->setRule(regulars);
        dialog->accept();
        edited = true;
    });
    ruleAction->trigger();
    QVERIFY(edited);

    m_window->setStageFilter(Stage::Core);
    QCOMPARE(m_window->store().settings().excellenceRule, regulars.toJson());
    QCOMPARE(shownNames(), QStringList{QStringLiteral("Cid")});
    m_window->undoStack().undo();
    QCOMPARE(m_window->store().settings().excellenceRule, before);
    QCOMPARE(shownNames(), QStringList{QStringLiteral("Dee")});
    m_window->undoStack().redo();
    QCOMPARE(shownNames(), QStringList{QStringLiteral("Cid")});
}

void TestMainWindow::showView_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("page");
    QTest::newRow("customers") << QStringLiteral("customers") << true << QString();
    QTest::newRow("matrix") << QStringLiteral("matrix") << true << QStringLiteral("Kindred::ValueMatrixView");
    QTest::newRow("funnel") << QStringLiteral("funnel") << true << QStringLiteral("Kindred::FunnelView");
    QTest::newRow("pareto") << QStringLiteral("pareto") << true << QStringLiteral("Kindred::ParetoView");
    QTest::newRow("unknown") << QStringLiteral("shortlist") << false << QString();
    QTest::newRow("case matters") << QStringLiteral("Matrix") << false << QString();
}

void TestMainWindow::showView()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    QFETCH(QString, page);
    auto *tabs = m_window->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QCOMPARE(m_window->showView(name), known);
    // An unknown name leaves the window on the first view, where it starts.
    if (page.isEmpty())
        QCOMPARE(tabs->currentIndex(), 0);
    else
        QCOMPARE(QString::fromLatin1(tabs->currentWidget()->metaObject()->className()), page);
}

void TestMainWindow::everyMainActionHasAShortcut()
{
    // Every command of the File, Edit, View and Analysis menus (not the recent
    // files or Help) can be reached from the keyboard directly, each with its own keys.
    QHash<QKeySequence, QString> used;
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QCOMPARE(menus.size(), 5);
    for (QAction *menuAction : menus.mid(0, 4)) {
        for (QAction *action : menuAction->menu()->actions()) {
            if (action->isSeparator() || action->menu())
                continue;
            const QString name = menuAction->text() + QStringLiteral(" ▸ ") + action->text();
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(name + QStringLiteral(" has no shortcut")));
            for (const QKeySequence &key : action->shortcuts()) {
                QVERIFY2(!used.contains(key), qPrintable(name + QStringLiteral(" and ") + used.value(key)
                                                         + QStringLiteral(" share ") + key.toString()));
                used.insert(key, name);
            }
        }
    }
}

void TestMainWindow::viewsHaveAccessibleNames()
{
    const QList<QWidget *> views{&m_window->customerTable(), &m_window->funnel().chart(), &m_window->pareto().chart(),
                                 &m_window->shortlist().view(), &m_window->matrix().plot()};
    for (QWidget *view : views) {
        QVERIFY2(!view->accessibleName().isEmpty(), view->metaObject()->className());
        QVERIFY2(!view->accessibleDescription().isEmpty(), view->metaObject()->className());
        QVERIFY2(view->focusPolicy() & Qt::TabFocus, view->metaObject()->className());
    }
    // Controls with no label of their own are named for screen readers.
    for (QWidget *page : {static_cast<QWidget *>(&m_window->matrix()), static_cast<QWidget *>(&m_window->funnel()),
                          static_cast<QWidget *>(&m_window->pareto()), static_cast<QWidget *>(&m_window->shortlist())}) {
        const QList<QLabel *> labels = page->findChildren<QLabel *>();
        for (auto *input : page->findChildren<QWidget *>()) {
            if (!input->inherits("QComboBox") && !input->inherits("QAbstractSpinBox") && !input->inherits("QLineEdit"))
                continue;
            if (input->parentWidget()->inherits("QComboBox") || input->parentWidget()->inherits("QAbstractSpinBox"))
                continue; // their own inner line edit
            const bool labelled = std::any_of(labels.cbegin(), labels.cend(),
                                              [input](const QLabel *label) { return label->buddy() == input; });
            const bool named = !input->accessibleName().isEmpty()
                || (input->inherits("QLineEdit") && !input->property("placeholderText").toString().isEmpty());
            QVERIFY2(labelled || named, qPrintable(QStringLiteral("%1 in %2").arg(
                QString::fromLatin1(input->metaObject()->className()),
                QString::fromLatin1(page->metaObject()->className()))));
        }
    }
}

void TestMainWindow::moneyFollowsTheWorkspaceCurrency()
{
    CustomerStore &store = m_window->store();
    WorkspaceSettings settings = store.settings();
    settings.currency = QStringLiteral("JPY");
    QCOMPARE(store.setSettings(settings), std::nullopt);
    const Money yen(QStringLiteral("JPY"));
    const QAbstractItemModel *model = m_window->customerTable().model();
    QStringList revenues;
    for (int row = 0; row < model->rowCount(); ++row)
        revenues.append(model->index(row, CustomerTableModel::Revenue).data().toString());
    QVERIFY2(revenues.contains(yen.format(1500.0)), qPrintable(revenues.join(QLatin1Char('|'))));
    QVERIFY(yen.format(1500.0).contains(yen.symbol()));

    settings.currency = QStringLiteral("EUR");
    QCOMPARE(store.setSettings(settings), std::nullopt);
    revenues.clear();
    for (int row = 0; row < model->rowCount(); ++row)
        revenues.append(model->index(row, CustomerTableModel::Revenue).data().toString());
    QVERIFY2(revenues.contains(Money(QStringLiteral("EUR")).format(1500.0)), qPrintable(revenues.join(QLatin1Char('|'))));
}

void TestMainWindow::importableFiles()
{
    QVERIFY(MainWindow::isImportable(QStringLiteral("/home/me/orders.csv")));
    QVERIFY(MainWindow::isImportable(QStringLiteral("EXPORT.CSV")));
    QVERIFY(MainWindow::isImportable(QStringLiteral("amazon-orders.txt")));
    QVERIFY(MainWindow::isImportable(QStringLiteral("sales.tsv")));
    QVERIFY(!MainWindow::isImportable(QStringLiteral("shop.kindred")));
    QVERIFY(MainWindow::isImportable(QStringLiteral("orders.xlsx")));
    QVERIFY(MainWindow::isImportable(QStringLiteral("Orders.XLSM")));
    QVERIFY(MainWindow::isImportable(QStringLiteral("orders.ods")));
    QVERIFY(MainWindow::isImportable(QStringLiteral("orders.xls"))); // the dialog says how to save it
    QVERIFY(!MainWindow::isImportable(QStringLiteral("photo.png")));
    QVERIFY(!MainWindow::isImportable(QStringLiteral("csv")));
}

// A team store whose server accepts the connection and never answers: the
// window goes on while it waits, shows that it is connecting, and Cancel
// gives up at once, keeping the store that was open.
void TestMainWindow::silentTeamServerFreezesNothing()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("Qt's PostgreSQL driver is not installed");
    const Test::LocalPort silent(true);
    QVERIFY(silent.port() > 0);
    const QString before = m_window->store().path();
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(50);
    bool progressShown = false;
    QTimer::singleShot(800, this, [this, &progressShown] {
        if (auto *progress = m_window->findChild<QProgressDialog *>()) {
            progressShown = progress->isVisible();
            emit progress->canceled(); // its Cancel button
        }
    });
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!m_window->openStore(
        QStringLiteral("postgresql://ann@127.0.0.1:%1/sales?connect_timeout=3").arg(silent.port())));
    QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(progressShown);
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    QCOMPARE(m_window->store().path(), before);
    // The connection attempt ends by itself within its timeout.
    QTest::qWait(3000);
}

// A new window on a new, empty store (new.kindred), in place of init()'s.
void TestMainWindow::openEmptyStore()
{
    cleanup();
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openStore(m_dir->filePath(QStringLiteral("new.kindred")), CustomerStore::OpenMode::CreateIfMissing));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::welcomePageOnAnEmptyStore()
{
    openEmptyStore();
    if (QTest::currentTestFailed())
        return;
    WelcomePage &welcome = m_window->welcomePage();
    auto *tabs = m_window->findChild<QTabWidget *>();
    QVERIFY(welcome.isVisible());
    QVERIFY(!tabs->isVisible());
    // The keyboard starts on the first step; Tab goes on to the next.
    QVERIFY(welcome.importButton().hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(welcome.addCustomerButton().hasFocus());

    // Space on "Add a customer": the customer is there, the views take the page's place.
    QTest::keyClick(&welcome.addCustomerButton(), Qt::Key_Space);
    QCOMPARE(m_window->store().customers().value().size(), 1);
    QVERIFY(!welcome.isVisible());
    QVERIFY(tabs->isVisible());

    // Undone, the store is empty again and the page is back.
    m_window->undo();
    QCOMPARE(m_window->store().customers().value().size(), 0);
    QVERIFY(welcome.isVisible());

    // Customers added and then all deleted elsewhere (another window, a team mate).
    QList<Customer> two(2);
    two[0].name = QStringLiteral("Ann");
    two[1].name = QStringLiteral("Bob");
    QCOMPARE(m_window->store().addCustomers(two), std::nullopt);
    QVERIFY(!welcome.isVisible());
    QVERIFY(m_window->store().removeCustomers({two.at(0).id, two.at(1).id}));
    QVERIFY(welcome.isVisible());

    // A store with customers shows the views at once.
    QVERIFY(m_window->openStore(m_dir->filePath(QStringLiteral("full.kindred")), CustomerStore::OpenMode::CreateIfMissing));
    QVERIFY(welcome.isVisible());
    QList<Customer> one(1);
    one[0].name = QStringLiteral("Cid");
    QCOMPARE(m_window->store().addCustomers(one), std::nullopt);
    QVERIFY(m_window->openStore(m_dir->filePath(QStringLiteral("new.kindred"))));
    QVERIFY(welcome.isVisible());
    QVERIFY(m_window->openStore(m_dir->filePath(QStringLiteral("full.kindred"))));
    QVERIFY(!welcome.isVisible());
    QVERIFY(tabs->isVisible());
}

void TestMainWindow::welcomeButtonsTriggerTheirActions()
{
    openEmptyStore();
    if (QTest::currentTestFailed())
        return;
    WelcomePage &welcome = m_window->welcomePage();

    // Import: the file dialog of File ▸ Import, with its title.
    QString title;
    QTimer::singleShot(0, this, [&title] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            title = dialog->windowTitle();
            dialog->reject();
        }
    });
    QTest::mouseClick(&welcome.importButton(), Qt::LeftButton);
    QCOMPARE(title, MainWindow::tr("Import Customers or Orders"));
    QVERIFY(welcome.isVisible());

    // The demo store: opened, filled, and the views are shown.
    QFile::remove(StorePaths::demoStore());
    QTest::mouseClick(&welcome.demoButton(), Qt::LeftButton);
    QCOMPARE(QFileInfo(m_window->store().path()), QFileInfo(StorePaths::demoStore()));
    QVERIFY(m_window->store().customers().value().size() > 0);
    QVERIFY(!welcome.isVisible());
    QVERIFY(m_window->findChild<QTabWidget *>()->isVisible());
    m_window.reset();
    QFile::remove(StorePaths::demoStore());
}

void TestMainWindow::shortcutsListEveryActionWithKeys()
{
    QList<QAction *> withKeys;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (!action->shortcuts().isEmpty())
            withKeys.append(action);
    }
    QVERIFY(withKeys.size() > 20);
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const auto close = qScopeGuard([dialog] { dialog->reject(); });
        const QTableWidget &table = dialog->table();
        QCOMPARE(table.rowCount(), withKeys.size());
        QSet<QString> rows;
        for (int row = 0; row < table.rowCount(); ++row)
            rows.insert(table.item(row, 1)->text() + QLatin1Char('|') + table.item(row, 2)->text());
        for (const QAction *action : std::as_const(withKeys)) {
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            bool found = false;
            for (const QString &row : std::as_const(rows))
                found = found || (row.startsWith(ShortcutsDialog::plainText(action->text()) + QLatin1Char('|'))
                                  && row.contains(keys));
            QVERIFY2(found, qPrintable(action->text() + QStringLiteral(" ") + keys));
        }
        // The first rows are the File menu's, as in the menu bar.
        QCOMPARE(table.item(0, 0)->text(), QStringLiteral("File"));
        checked = true;
    });
    QAction *help = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == MainWindow::tr("&Keyboard Shortcuts"))
            help = action;
    }
    QVERIFY(help);
    help->trigger();
    QVERIFY(checked);
    QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("ファイル(&F)")), QStringLiteral("ファイル"));
    QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("Save && &Close")), QStringLiteral("Save & Close"));
}

void TestMainWindow::methodGuideExplainsTheMethod()
{
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        auto *guide = qobject_cast<MethodGuide *>(QApplication::activeModalWidget());
        QVERIFY(guide);
        const auto close = qScopeGuard([guide] { guide->reject(); });
        const QString text = guide->browser().toPlainText();
        QVERIFY(guide->browser().isReadOnly());
        for (Stage stage : allStages)
            QVERIFY2(text.contains(stageName(stage)), qPrintable(stageName(stage)));
        for (Quadrant quadrant : {Quadrant::I, Quadrant::II, Quadrant::III, Quadrant::IV})
            QVERIFY2(text.contains(quadrantMeaning(quadrant)), qPrintable(quadrantMeaning(quadrant)));
        // Headings, not a wall of text: one per part of the method.
        QCOMPARE(guide->browser().toHtml().count(QStringLiteral("<h2")), 5);
        checked = true;
    });
    // F1, the platform's key for help.
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QVERIFY(checked);
}

void TestMainWindow::statusBarSummarisesTheStore()
{
    auto *summary = m_window->findChild<StatusSummary *>();
    QVERIFY(summary);
    QVERIFY(summary->isVisible());
    WorkspaceSettings settings = m_window->store().settings();
    settings.currency = QStringLiteral("JPY");
    QCOMPARE(m_window->store().setSettings(settings), std::nullopt);
    const Money yen(QStringLiteral("JPY"));
    // Four orders worth 2,000 in w.kindred.
    QVERIFY2(summary->text().contains(QStringLiteral("4 order")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(yen.format(2000)), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("w.kindred")), qPrintable(summary->text()));

    // An order added: the figures follow.
    QList<Order> more{{0, m_dee, QString(), QDate::currentDate(), 1234.0}};
    QCOMPARE(m_window->store().addOrders(more), std::nullopt);
    QVERIFY2(summary->text().contains(QStringLiteral("5 order")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(yen.format(3234)), qPrintable(summary->text()));

    // Dee deleted in the window, then the deletion undone.
    m_window->showCustomers({m_dee});
    QAction *remove = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == MainWindow::tr("&Delete Customers"))
            remove = action;
    }
    QVERIFY(remove);
    remove->trigger();
    QVERIFY2(summary->text().contains(QStringLiteral("3 order")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(yen.format(500)), qPrintable(summary->text()));
    m_window->undo();
    QVERIFY2(summary->text().contains(yen.format(3234)), qPrintable(summary->text()));
}

void TestMainWindow::detailsOfAFullCustomerKeepTheWindowsSize()
{
    // Everything a customer can hold, on a laptop-sized window: the details
    // scroll instead of making the window taller than the screen.
    m_window->resize(1280, 680);
    QTest::qWait(0);
    const QSize before = m_window->size();
    CustomerStore &store = m_window->store();
    WorkspaceSettings settings = store.settings();
    Customer dee = store.customer(m_dee).value();
    for (int i = 0; i < 8; ++i) {
        const QString name = QStringLiteral("Field %1").arg(i);
        settings.ownFields.append({name, OwnFieldType::Text});
        dee.ownFields.insert(name, QStringLiteral("value %1").arg(i));
    }
    QCOMPARE(store.setSettings(settings), std::nullopt);
    dee.phone = QStringLiteral("+81 3-1234-5678");
    dee.address = QStringLiteral("1-2-3 Jingumae\nShibuya-ku\nTokyo");
    dee.notes = QStringLiteral("Long-time customer\nPrefers calls in the morning");
    QCOMPARE(store.updateCustomer(dee), std::nullopt);
    for (int i = 0; i < 12; ++i) {
        Contact contact{0, m_dee, QDateTime::currentDateTime().addDays(-i), QStringLiteral("call"),
                        QStringLiteral("Call %1").arg(i), {}};
        QCOMPARE(store.addContact(contact), std::nullopt);
    }
    m_window->showCustomers({m_dee});
    QTest::qWait(50);
    QCOMPARE(m_window->size(), before);
    auto *details = m_window->findChild<CustomerDetailsPanel *>();
    QVERIFY(details && details->isVisible());
}

void TestMainWindow::fileDialogInJapanese()
{
    Translations::install(QLocale(QLocale::Japanese, QLocale::Japan));
    // Qt's own widget dialog names a folder's type through QAbstractFileIconProvider.
    QCOMPARE(QAbstractFileIconProvider().type(QFileInfo(m_dir->path())), QStringLiteral("フォルダ"));

    // Qt restores the sidebar's last width: leave a narrow one behind, as a user may.
    {
        QFileDialog narrow(nullptr, QString(), m_dir->path());
        narrow.setOption(QFileDialog::DontUseNativeDialog);
        narrow.show();
        auto *splitter = narrow.findChild<QSplitter *>(QStringLiteral("splitter"));
        QVERIFY(splitter);
        splitter->setSizes({30, 500});
    }
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const auto reject = qScopeGuard([dialog] { dialog->reject(); });
        auto *sidebar = dialog->findChild<QListView *>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QVERIFY(sidebar->model()->rowCount() > 0);
        // Every place's name is whole ("コンピュータ" was cut).
        QVERIFY2(sidebar->viewport()->width() >= sidebar->sizeHintForColumn(0),
                 qPrintable(QStringLiteral("%1 < %2").arg(sidebar->viewport()->width()).arg(sidebar->sizeHintForColumn(0))));
        checked = true;
    });
    QAction *open = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Open))
            open = action;
    }
    QVERIFY(open);
    open->trigger();
    QVERIFY(checked);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
