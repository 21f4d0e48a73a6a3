// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customertablemodel.h"
#include "excellencerule.h"
#include "funnelchart.h"
#include "funnelview.h"
#include "mainwindow.h"
#include "paretochart.h"
#include "paretoview.h"
#include "shortlistpanel.h"
#include "translations.h"
#include "valuematrixview.h"
#include "ruleeditordialog.h"

#include <QAbstractFileIconProvider>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHeaderView>
#include <QListView>
#include <QMenuBar>
#include <QProgressDialog>
#include <QSettings>
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
    // Last: it leaves Qt's Japanese strings installed.
    void fileDialogInJapanese();

private:
    QStringList shownNames() const;
    QList<CustomerId> selectedIds() const;
    void showTab(QWidget *page);
    void addLapsedRegulars();

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
    QVERIFY(MainWindow::isImportable(QStringLiteral("orders.xlsx"))); // the dialog says to save it as CSV
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

void TestMainWindow::fileDialogInJapanese()
{
    Translations::install(QLocale(QLocale::Japanese, QLocale::Japan));
    // Qt's own widget dialog names a folder's type through QAbstractFileIconProvider.
    QCOMPARE(QAbstractFileIconProvider().type(QFileInfo(m_dir->path())), QStringLiteral("フォルダ"));

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
