// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "asofchip.h"
#include "asofnotice.h"
#include "commands/addcustomer.h"
#include "commands/changesettings.h"
#include "commands/customercommand.h"
#include "commands/deletecustomers.h"
#include "contactlog.h"
#include "customerdetailspanel.h"
#include "customerfilterproxymodel.h"
#include "customertablemodel.h"
#include "demogenerator.h"
#include "duenotice.h"
#include "duplicatesdialog.h"
#include "effectdialog.h"
#include "exportcolumns.h"
#include "exportdialog.h"
#include "filedialogfitter.h"
#include "behaviourscoring.h"
#include "commands/applysuggestions.h"
#include "importdialog.h"
#include "methodguide.h"
#include "ownfieldcolumns.h"
#include "scoresuggestions.h"
#include "scoringdialog.h"
#include "funnelview.h"
#include "paretoview.h"
#include "preferencesdialog.h"
#include "reportexport.h"
#include "ruleeditordialog.h"
#include "shortcutsdialog.h"
#include "shortlistpanel.h"
#include "statussummary.h"
#include "valuematrixview.h"
#include "storepaths.h"
#include "teamstoredialog.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QPushButton>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Kindred {

namespace {
// A wait cursor while a step runs: undoing a large import takes seconds.
struct BusyCursor
{
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};
} // namespace

namespace {
// libpq's words when the server wants a password that was not given, and the
// server's when it refuses one (in English unless the server is set otherwise).
bool wantsPassword(const Error &error)
{
    return error.message.contains(QLatin1String("no password supplied"))
           || error.message.contains(QLatin1String("password authentication failed"));
}

// A location as the user may see it: a team store's URL without its password.
QString shownLocation(const QString &location)
{
    const auto parsed = StoreLocation::parse(location);
    return parsed ? parsed.value().toString() : location;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_undoStack(new QUndoStack(this)),
      m_model(new CustomerTableModel(m_store, this)),
      m_proxy(new CustomerFilterProxyModel(m_model, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true); // a CSV file dropped on the window opens the import
    // Every file dialog Kindred opens, its own and the import's and exports'.
    qApp->installEventFilter(new FileDialogFitter(this));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createCustomerPage(), tr("&Customers"));
    m_matrix = new ValueMatrixView(m_store, *m_model, *m_undoStack, this);
    m_tabs->addTab(m_matrix, tr("Value &matrix"));
    m_tabs->addTab(m_funnel = new FunnelView(m_store, *m_model, this), tr("F&unnel"));
    m_tabs->addTab(m_pareto = new ParetoView(m_store, *m_model, this), tr("&Pareto"));
    // The views, or the welcome page while the store has no customers.
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_tabs);
    setCentralWidget(m_central);

    m_details = new CustomerDetailsPanel(m_store, *m_model, *m_undoStack, this);
    auto *detailsDock = new QDockWidget(tr("Details"), this);
    detailsDock->setObjectName(QStringLiteral("DetailsDock"));
    detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);

    auto *shortlistDock = new QDockWidget(tr("One-to-one shortlist"), this);
    shortlistDock->setObjectName(QStringLiteral("ShortlistDock"));
    m_shortlist = new ShortlistPanel(m_store, *m_model, *m_undoStack, this);
    shortlistDock->setWidget(m_shortlist);
    addDockWidget(Qt::RightDockWidgetArea, shortlistDock);

    m_teamStatus = new QLabel(this);
    m_teamStatus->setObjectName(QStringLiteral("TeamStoreStatus"));
    m_teamStatus->setContentsMargins(0, 0, 12, 0);
    statusBar()->addPermanentWidget(m_teamStatus);
    statusBar()->addPermanentWidget(new StatusSummary(m_store, *m_model, this));
    m_statusCount = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusCount);

    m_confirmUndo = [this](const QString &question) {
        QMessageBox box(QMessageBox::Warning, tr("Undo"), question, QMessageBox::Cancel, this);
        QPushButton *undo = box.addButton(tr("&Undo Anyway"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == undo;
    };
    m_askPassword = [this](const StoreLocation &location, const QString &problem) {
        return TeamStoreDialog::askPassword(location, problem, this);
    };

    createActions();
    auto *viewMenu = menuBar()->findChild<QMenu *>(QStringLiteral("ViewMenu"));
    detailsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    shortlistDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    viewMenu->addAction(detailsDock->toggleViewAction());
    viewMenu->addAction(shortlistDock->toggleViewAction());
    connect(m_dueNotice, &DueNotice::showShortlistRequested, this, [shortlistDock] {
        shortlistDock->show();
        shortlistDock->raise();
    });
    m_welcome = new WelcomePage(m_importAction, m_addAction, m_demoAction, this);
    m_central->addWidget(m_welcome);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QList<CustomerId> ids = selectedCustomerIds();
        m_details->showCustomer(ids.size() == 1 ? ids.constFirst() : 0);
        m_deleteAction->setEnabled(!ids.isEmpty());
        m_addToShortlistAction->setEnabled(!ids.isEmpty());
        m_logContactAction->setEnabled(ids.size() == 1);
        updateStatus();
    });
    // The matrix and the table share one selection.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_syncingSelection)
            m_matrix->setSelectedIds(selectedCustomerIds());
    });
    connect(m_matrix, &ValueMatrixView::selectionChanged, this, &MainWindow::selectCustomers);
    connect(m_matrix, &ValueMatrixView::addToShortlistRequested, m_shortlist, &ShortlistPanel::addCustomers);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_model, &CustomerTableModel::customersUpdated, this, &MainWindow::updateWelcome);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);
    connect(m_model, &CustomerTableModel::loadFailed, this, [this](const Error &error) {
        QMessageBox::warning(this, tr("Cannot read the store"), error.toString());
    });

    QSettings settings;
    resize(1280, 800);
    // Room for the shortlist's name, next action and due date, unless the user chose otherwise.
    resizeDocks({shortlistDock}, {440}, Qt::Horizontal);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("window/tableHeader")).toByteArray());
    m_ownColumns->apply(); // the state saved may be of another store's own columns
    updateTitle();
    updateStatus();
    updateWelcome();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createCustomerPage()
{
    auto *page = new QWidget(this);
    m_demoBanner = new QLabel(page);
    m_demoBanner->setWordWrap(true);
    m_demoBanner->setText(tr("<b>This is demo data.</b> The customers and orders here were generated to show "
                             "how Kindred works. Use File ▸ New to start your own store."));
    m_demoBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; color: #4a3b00; border: 1px solid #e5cf7a; border-radius: 4px; padding: 6px; }"));
    m_demoBanner->hide();

    m_search = new QLineEdit(page);
    m_search->setPlaceholderText(tr("Filter by name, reading, email, phone, address, tag or own field"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter customers"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &CustomerFilterProxyModel::setSearchText);
    // Shown while a funnel click limits the table to a stage's customers; a click shows all again.
    m_stageChip = new QToolButton(page);
    m_stageChip->setObjectName(QStringLiteral("StageFilterChip"));
    m_stageChip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_stageChip->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    m_stageChip->setToolTip(tr("Show all stages"));
    m_stageChip->setAutoRaise(true);
    m_stageChip->setStyleSheet(QStringLiteral(
        "QToolButton { background: #e3eefb; color: #123a63; border: 1px solid #9cbfe6; border-radius: 10px;"
        " padding: 2px 8px; }"));
    m_stageChip->hide();
    connect(m_stageChip, &QToolButton::clicked, this, [this] { setStageFilter(std::nullopt); });
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_stageChip);

    m_table = new QTableView(page);
    m_table->setAccessibleName(tr("Customers"));
    m_table->setAccessibleDescription(tr("Every customer with their stage, revenue, scores and quadrant. Type to "
                                         "jump to a name; Ctrl+L adds the selection to the shortlist."));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CustomerTableModel::Revenue, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights: no per-row measuring, so 100,000 rows open at once.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(CustomerTableModel::Name, 180);
    m_table->setColumnWidth(CustomerTableModel::Email, 220);
    m_table->setColumnWidth(CustomerTableModel::Company, 160);
    // No column narrower than its header, nor Stage than its longest name, in any language.
    QHeaderView *header = m_table->horizontalHeader();
    const int textMargin = m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1;
    int stageWidth = 0;
    for (Stage stage : allStages)
        stageWidth = std::max(stageWidth, m_table->fontMetrics().horizontalAdvance(stageName(stage)));
    for (int column = 0; column < CustomerTableModel::ColumnCount; ++column) {
        const int content = column == CustomerTableModel::Stage ? stageWidth + 2 * textMargin + 1 : 0;
        header->resizeSection(column, std::max({header->sectionSize(column), header->sectionSizeHint(column), content}));
    }
    m_table->setWordWrap(false);
    m_ownColumns = new OwnFieldColumns(m_table, m_model, m_store);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_demoBanner);
    layout->addLayout(searchRow);
    layout->addWidget(m_table);
    return page;
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = fileMenu->addAction(tr("&New Store…"), this, &MainWindow::newStore);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = fileMenu->addAction(tr("&Open Store…"), this, &MainWindow::openStoreDialog);
    openAction->setShortcut(QKeySequence::Open);
    fileMenu->addAction(tr("Open &Team Store…"), this, &MainWindow::openTeamStoreDialog)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    fileMenu->addSeparator();
    QAction *importAction = fileMenu->addAction(tr("&Import…"), this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import Customers or Orders"), QString(),
                                                          ImportDialog::fileFilter());
        if (!file.isEmpty())
            importFile(file);
    });
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction = importAction;
    m_demoAction = fileMenu->addAction(tr("Open &Demo Store"), this, &MainWindow::openDemoStore);
    m_demoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Export Customers…"), this, &MainWindow::exportCustomers)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    fileMenu->addAction(tr("Export &Shortlist…"), this, [this] { m_shortlist->exportShortlist(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    fileMenu->addAction(tr("Export &Report…"), this, [this] { exportReport(this, m_store); })
        ->setShortcut(QKeySequence::Print);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    // Not every platform theme has keys for Quit.
    const QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    quitAction->setShortcuts(quitKeys.isEmpty() ? QList<QKeySequence>{Qt::CTRL | Qt::Key_Q} : quitKeys);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("UndoAction"));
    undoAction->setShortcut(QKeySequence::Undo);
    // The stack's action keeps its text and state; undoing goes through the check.
    disconnect(undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(undoAction, &QAction::triggered, this, &MainWindow::undo);
    QAction *redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    disconnect(redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(redoAction, &QAction::triggered, this, [this] {
        const BusyCursor busy;
        m_undoStack->redo();
    });
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);
    editMenu->addSeparator();
    QAction *addAction = editMenu->addAction(tr("&Add Customer"), this, &MainWindow::addCustomer);
    addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    m_addAction = addAction;
    m_deleteAction = editMenu->addAction(tr("&Delete Customers"), this, &MainWindow::deleteSelectedCustomers);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_deleteAction);
    m_deleteAction->setEnabled(false);
    m_addToShortlistAction = editMenu->addAction(tr("Add to &Shortlist"), this,
                                                 [this] { m_shortlist->addCustomers(selectedCustomerIds()); });
    m_addToShortlistAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_addToShortlistAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_addToShortlistAction);
    m_matrix->addAction(m_addToShortlistAction); // the matrix shares the table's selection
    m_addToShortlistAction->setEnabled(false);
    m_logContactAction = editMenu->addAction(tr("Log &Contact…"), this, [this] {
        const QList<CustomerId> ids = selectedCustomerIds();
        if (ids.size() == 1)
            ContactLog(m_store, *m_undoStack).logContact(ids.constFirst(), this);
    });
    m_logContactAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_logContactAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_logContactAction);
    m_matrix->addAction(m_logContactAction);
    m_logContactAction->setEnabled(false);
    // The table's context menu: its own actions, Delete, Add to Shortlist, Log Contact.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    editMenu->addSeparator();
    QAction *findAction = editMenu->addAction(tr("&Find Customer"), this, [this] {
        m_tabs->setCurrentIndex(0);
        m_search->setFocus();
        m_search->selectAll();
    });
    findAction->setShortcut(QKeySequence::Find);
    QAction *duplicatesAction = editMenu->addAction(tr("Find &Duplicates…"), this, [this] {
        DuplicatesDialog(m_store, *m_undoStack, this).exec();
    });
    duplicatesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    editMenu->addSeparator();
    QAction *preferencesAction = editMenu->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog(m_store, *m_undoStack, this).exec();
    });
    const QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    preferencesAction->setShortcuts(preferencesKeys.isEmpty() ? QList<QKeySequence>{Qt::CTRL | Qt::Key_Comma}
                                                              : preferencesKeys);
    preferencesAction->setMenuRole(QAction::PreferencesRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("ViewMenu"));
    // Ctrl+1 to Ctrl+4: the tabs, in their order.
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        QAction *show = viewMenu->addAction(m_tabs->tabText(tab), this, [this, tab] {
            m_tabs->setCurrentIndex(tab);
            m_tabs->currentWidget()->setFocus();
        });
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)));
    }
    viewMenu->addSeparator();
    createAnalysisMenu();

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("The &Method"), this, [this] { MethodGuide(this).exec(); })
        ->setShortcut(QKeySequence::HelpContents);
    helpMenu->addAction(tr("&Keyboard Shortcuts"), this, [this] { ShortcutsDialog(*this, this).exec(); });
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About Kindred"), this, &MainWindow::showAbout);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("MainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(undoAction);
    toolBar->addAction(redoAction);
    toolBar->addSeparator();
    toolBar->addAction(addAction);
    toolBar->addAction(m_deleteAction);
    // One "as of" day for every view, and the offer of an old store's last order date.
    toolBar->addSeparator();
    auto *asOf = new AsOfChip(m_store, *m_model, *m_undoStack, toolBar);
    toolBar->addWidget(asOf);
    viewMenu->addAction(tr("&As of…"), asOf, &QToolButton::showMenu)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    addToolBarBreak();
    addToolBar(new AsOfNotice(m_store, *m_model, *m_undoStack, this));
    addToolBarBreak();
    m_dueNotice = new DueNotice(m_store, m_shortlist->model(), this);
    addToolBar(m_dueNotice);

    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
}

void MainWindow::createAnalysisMenu()
{
    QMenu *analysisMenu = menuBar()->addMenu(tr("&Analysis"));
    analysisMenu->addAction(tr("Excellent Customer &Rule…"), this, &MainWindow::editExcellenceRule)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    analysisMenu->addSeparator();
    QAction *surveyAction = analysisMenu->addAction(tr("Score from a &Survey…"), this, [this] {
        ScoringDialog dialog(m_store, *m_undoStack, this);
        dialog.exec();
    });
    surveyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    analysisMenu->addAction(tr("Suggest Value Awareness from &Behaviour…"), this,
                            &MainWindow::applyBehaviourSuggestions)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    analysisMenu->addAction(tr("One-to-one &Effect…"), this, [this] {
        EffectDialog dialog(m_store, *m_model, this);
        dialog.exec();
    })->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)); // I → II
    analysisMenu->addSeparator();
    analysisMenu->addAction(tr("Export &Funnel Chart…"), m_funnel, &FunnelView::exportChart)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    analysisMenu->addAction(tr("Export &Pareto Chart…"), m_pareto, &ParetoView::exportChart)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    analysisMenu->addAction(tr("Export Pareto &Table…"), m_pareto, &ParetoView::exportTable)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));

    connect(m_funnel, &FunnelView::stageClicked, this, [this](Stage stage) {
        setStageFilter(stage);
        m_tabs->setCurrentIndex(0);
    });
    connect(m_pareto, &ParetoView::customersClicked, this, &MainWindow::showCustomers);
}

void MainWindow::setStageFilter(std::optional<Stage> stage)
{
    m_proxy->setFunnelFilter(stage);
    m_stageChip->setVisible(stage.has_value());
    if (stage)
        m_stageChip->setText(*stage == Stage::Dormant ? tr("%1 now").arg(stageName(*stage))
                                                      : tr("Reached %1").arg(stageName(*stage)));
    updateStatus();
}

void MainWindow::showCustomers(const QList<CustomerId> &ids)
{
    const bool hidden = std::any_of(ids.cbegin(), ids.cend(), [this](CustomerId id) {
        const int row = m_model->rowOf(id);
        return row >= 0 && !m_proxy->mapFromSource(m_model->index(row, 0)).isValid();
    });
    if (hidden) {
        m_search->clear();
        setStageFilter(std::nullopt);
    }
    m_tabs->setCurrentIndex(0);
    selectCustomers(ids);
    m_matrix->setSelectedIds(selectedCustomerIds());
}

void MainWindow::editExcellenceRule()
{
    RuleEditorDialog dialog(m_model->customers(), m_model->analysis(), this);
    dialog.setMoney(m_model->money());
    if (dialog.exec() != QDialog::Accepted)
        return;
    WorkspaceSettings settings = m_store.settings();
    settings.excellenceRule = dialog.rule().toJson();
    if (settings != m_store.settings())
        m_undoStack->push(new ChangeSettings(m_store, settings, tr("Change the Excellent Customer Rule")));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &location : StorePaths::recentStores()) {
        const auto parsed = StoreLocation::parse(location);
        const QString text = parsed && parsed.value().isPostgres() ? location : QDir::toNativeSeparators(location);
        m_recentMenu->addAction(text, this, [this, location] { openStore(location); });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

bool MainWindow::openStore(const QString &location, CustomerStore::OpenMode mode, bool askPassword)
{
    const QString previous = m_store.path();
    const std::optional<Status> opened = openConnection(location, mode, askPassword);
    if (!opened || *opened) {
        if (opened)
            QMessageBox::warning(this, tr("Cannot open the store"), (*opened)->toString());
        // A failed attempt has closed the store that was open.
        if (!m_store.isOpen() && !previous.isEmpty() && m_store.open(previous))
            QMessageBox::warning(this, tr("Cannot reopen the store"), shownLocation(previous));
        m_model->reload();
        m_shortlist->reload();
        updateTitle();
        return false;
    }
    m_undoStack->clear();
    StorePaths::addRecentStore(location);
    m_details->showCustomer(0);
    m_demoBanner->setVisible(!m_store.isTeamStore() && QFileInfo(location) == QFileInfo(StorePaths::demoStore()));
    updateTitle();
    return true;
}

namespace {
// Waits for a team store's server on another thread while the window goes
// on (a server that accepts and never answers takes its connect timeout);
// nullopt when the user cancels.
std::optional<Status> reachServer(QWidget *parent, const StoreLocation &location)
{
    auto reached = std::make_shared<Status>();
    QThread *probe = QThread::create([location, reached] { *reached = location.probe(); });
    QProgressDialog progress(MainWindow::tr("Connecting to %1…").arg(location.toString()), MainWindow::tr("Cancel"),
                             0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0); // starts the timer that shows it
    QEventLoop waiting;
    QObject::connect(probe, &QThread::finished, &waiting, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &waiting, &QEventLoop::quit);
    // Cancelled, the probe still ends within the connect timeout, then goes.
    QObject::connect(probe, &QThread::finished, probe, &QObject::deleteLater);
    probe->start();
    waiting.exec();
    if (progress.wasCanceled())
        return std::nullopt;
    return *reached;
}
} // namespace

std::optional<Status> MainWindow::openConnection(const QString &location, CustomerStore::OpenMode mode,
                                                 bool askPassword)
{
    const auto parsed = StoreLocation::parse(location);
    const bool team = parsed && parsed.value().isPostgres();
    if (!team)
        return m_store.open(location, mode);
    auto openTeamStore = [this, mode](const StoreLocation &target) -> std::optional<Status> {
        const auto reached = reachServer(this, target);
        if (!reached || *reached)
            return reached;
        // The password stays in the store's path() only, for an import's second connection.
        return m_store.open(target.toString(StoreLocation::Password::Included), mode);
    };
    StoreLocation target = parsed.value();
    std::optional<Status> error;
    if (!askPassword) {
        error = openTeamStore(target);
        if (!error || !*error || !wantsPassword(**error))
            return error;
    }
    // Asked again after a failure, saying why, until it connects or the user gives up.
    for (bool retry = false;; retry = true) {
        const std::optional<QString> password = m_askPassword(target, retry ? (*error)->message : QString());
        if (!password)
            return std::nullopt;
        target.password = *password;
        error = openTeamStore(target);
        if (!error || !*error)
            return error;
    }
}

void MainWindow::openTeamStoreDialog()
{
    // Start from the team store open now, else the last one opened.
    StoreLocation initial;
    QStringList candidates = StorePaths::recentStores();
    candidates.prepend(m_store.path());
    for (const QString &candidate : std::as_const(candidates)) {
        const auto parsed = StoreLocation::parse(candidate);
        if (parsed && parsed.value().isPostgres()) {
            initial = parsed.value();
            break;
        }
    }
    TeamStoreDialog dialog(initial, this);
    if (dialog.exec() == QDialog::Accepted)
        openStore(dialog.location().toString(), CustomerStore::OpenMode::OpenExisting, dialog.askForPassword());
}

bool MainWindow::openDemoStore()
{
    const QString path = StorePaths::demoStore();
    if (QFileInfo::exists(path))
        return openStore(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!openStore(path, CustomerStore::OpenMode::CreateIfMissing))
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status error = DemoGenerator(DemoGenerator::Options()).fill(m_store);
    QApplication::restoreOverrideCursor();
    if (error) {
        QMessageBox::warning(this, tr("Cannot create the demo store"), error->toString());
        return false;
    }
    m_model->reload();
    m_shortlist->reload();
    return true;
}

void MainWindow::newStore()
{
    const QString suffix = CustomerStore::fileSuffix();
    QString path = QFileDialog::getSaveFileName(this, tr("New Store"), QDir::homePath(),
                                                tr("Kindred stores (*.%1)").arg(suffix));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    if (QFileInfo::exists(path) && QFileInfo(path) != QFileInfo(m_store.path())) {
        // The dialog asked before overwriting; the old file is replaced by an empty store.
        QFile::remove(path);
    }
    openStore(path, CustomerStore::OpenMode::CreateIfMissing);
}

void MainWindow::openStoreDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Store"), m_store.isTeamStore() ? QDir::homePath() : QFileInfo(m_store.path()).absolutePath(),
        tr("Kindred stores (*.%1);;All files (*)").arg(CustomerStore::fileSuffix()));
    if (!path.isEmpty())
        openStore(path);
}

void MainWindow::updateTitle()
{
    setWindowFilePath(m_store.isTeamStore() ? QString() : m_store.path());
    setWindowTitle(m_store.isOpen() ? QStringLiteral("%1 — Kindred").arg(m_store.displayName())
                                    : QStringLiteral("Kindred"));
    m_teamStatus->setVisible(m_store.isOpen() && m_store.isTeamStore());
    m_teamStatus->setText(tr("Team store: %1 — as %2").arg(m_store.displayName(), m_store.userName()));
}

void MainWindow::updateStatus()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    QString text = shown == total ? tr("%Ln customer(s)", nullptr, total)
                                  : tr("%L1 of %Ln customer(s) shown", nullptr, total).arg(shown);
    if (selected > 1)
        text += tr(", %Ln selected", nullptr, selected);
    m_statusCount->setText(text);
}

void MainWindow::updateWelcome()
{
    const bool welcome = m_store.isOpen() && m_model->rowCount() == 0;
    QWidget *page = welcome ? static_cast<QWidget *>(m_welcome) : m_tabs;
    if (!m_welcome || m_central->currentWidget() == page)
        return;
    const bool hadFocus = m_central->currentWidget()->isAncestorOf(QApplication::focusWidget());
    m_central->setCurrentWidget(page);
    if (hadFocus || welcome)
        page->setFocus();
}

void MainWindow::selectCustomers(const QList<CustomerId> &ids)
{
    QItemSelection selection;
    for (CustomerId id : ids) {
        const int row = m_model->rowOf(id);
        const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_syncingSelection = true;
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_table->scrollTo(selection.constFirst().topLeft());
    m_syncingSelection = false;
}

QList<CustomerId> MainWindow::selectedCustomerIds() const
{
    QList<CustomerId> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(CustomerTableModel::CustomerIdRole).toLongLong());
    return ids;
}

void MainWindow::exportCustomers()
{
    // The rows as the table shows them: filtered and sorted.
    QList<Customer> rows;
    rows.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows.append(m_model->customerAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    const auto columns = customerColumns(CustomerContext(m_model->analysis()), m_store.settings().ownFields);
    ExportDialog dialog(QStringLiteral("customers"), ExportDialog::columnsOf(columns), defaultCustomerColumnKeys(),
                        ExportDialog::builderFor(columns, rows, m_store.settings().currency), tr("customers.csv"),
                        this);
    dialog.exec();
}

void MainWindow::addCustomer()
{
    Customer customer;
    customer.name = tr("New customer");
    auto *command = new AddCustomer(m_store, customer);
    m_undoStack->push(command);
    const int row = m_model->rowOf(command->customerId());
    if (row < 0)
        return;
    m_search->clear();
    m_tabs->setCurrentIndex(0);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, CustomerTableModel::Name));
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void MainWindow::undo()
{
    const auto changed = customersChangedByOthers(*m_undoStack, m_store);
    if (!changed) {
        QMessageBox::warning(this, tr("Cannot undo"), changed.error().toString());
        return;
    }
    if (!changed.value().isEmpty() && !m_confirmUndo(overwriteQuestion(changed.value())))
        return;
    const BusyCursor busy;
    m_undoStack->undo();
}

QString MainWindow::overwriteQuestion(const QList<Customer> &changed) const
{
    constexpr qsizetype namesShown = 5;
    QStringList names;
    QStringList users;
    for (const Customer &customer : changed) {
        if (names.size() < namesShown)
            names.append(customer.name.isEmpty() ? tr("(no name)") : customer.name);
        const QString user = customer.updatedBy.isEmpty() ? tr("someone else") : customer.updatedBy;
        if (!users.contains(user))
            users.append(user);
    }
    if (changed.size() > namesShown)
        names.append(QStringLiteral("…"));
    const QString separator = tr(", ");
    return tr("Since this step, %1 changed %n customer(s): %2.", nullptr, int(changed.size()))
               .arg(users.join(separator), names.join(separator))
           + QStringLiteral("\n\n")
           + tr("Undo “%1” anyway and overwrite their changes?").arg(m_undoStack->undoText());
}

void MainWindow::deleteSelectedCustomers()
{
    const QList<CustomerId> ids = selectedCustomerIds();
    if (!ids.isEmpty())
        m_undoStack->push(new DeleteCustomers(m_store, ids));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Kindred"),
        tr("<h3>Kindred %1</h3>"
           "<p>Find the few customers who share your values, and serve them one-to-one.</p>"
           "<p>Copyright © 2026 Kindred contributors.</p>"
           "<p>Kindred is free software: you can redistribute it and/or modify it under the terms of the "
           "GNU General Public License as published by the Free Software Foundation, either version 3 of "
           "the License, or (at your option) any later version. It comes with no warranty.</p>"
           "<p>Charts are drawn with QCustomPlot (GPL).</p>")
            .arg(QApplication::applicationVersion()));
}

QStringList MainWindow::viewNames()
{
    return {QStringLiteral("customers"), QStringLiteral("matrix"), QStringLiteral("funnel"), QStringLiteral("pareto")};
}

bool MainWindow::showView(const QString &name)
{
    const int index = int(viewNames().indexOf(name));
    if (index < 0 || index >= m_tabs->count())
        return false;
    m_tabs->setCurrentIndex(index);
    return true;
}

void MainWindow::applyBehaviourSuggestions()
{
    auto suggestions = BehaviourRule::forSettings(m_store.settings()).suggest(m_store, QDate::currentDate());
    auto plan = suggestions ? planSuggestions(m_store, suggestions.value(), false)
                            : Result<SuggestionPlan>(suggestions.error());
    if (!plan) {
        QMessageBox::warning(this, tr("Cannot suggest scores"), plan.error().toString());
        return;
    }
    const SuggestionPlan &p = plan.value();
    if (p.updates.isEmpty()) {
        QMessageBox::information(this, tr("No suggestions"),
                                 tr("Purchase behaviour suggests no change to anyone's value awareness."));
        return;
    }
    const QString question =
        tr("Purchase behaviour (repeat orders, tenure, recency) suggests a new value awareness for %n "
           "customer(s).", nullptr, int(p.updates.size()))
        + QLatin1Char('\n')
        + tr("%n would change quadrant and %1 would be placed for the first time.", nullptr, int(p.quadrantChanges))
              .arg(p.newlyPlaced)
        + QLatin1Char('\n')
        + tr("Scores you set by hand are kept (%n customer(s)).", nullptr, int(p.protectedByHand))
        + QStringLiteral("\n\n") + tr("Apply the suggestions? You can undo this in one step.");
    // The suggested places show as ghosts on the matrix while the marketer decides.
    m_tabs->setCurrentWidget(m_matrix);
    m_matrix->setGhosts(p.updates);
    const bool apply = QMessageBox::question(this, tr("Apply Behaviour Suggestions"), question) == QMessageBox::Yes;
    m_matrix->setGhosts({});
    if (apply)
        m_undoStack->push(new ApplySuggestions(m_store, p, behaviourScoreSource()));
}

bool MainWindow::isImportable(const QString &file)
{
    // .xls too: the import dialog then says how to save it in a form Kindred reads.
    static const QStringList suffixes{QStringLiteral("csv"), QStringLiteral("txt"),  QStringLiteral("tsv"),
                                      QStringLiteral("xlsx"), QStringLiteral("xlsm"), QStringLiteral("ods"),
                                      QStringLiteral("xls")};
    return suffixes.contains(QFileInfo(file).suffix(), Qt::CaseInsensitive);
}

void MainWindow::importFile(const QString &file)
{
    ImportDialog dialog(m_store, file, this);
    dialog.setUndoStack(m_undoStack);
    dialog.exec();
}

namespace {
QString droppedCsvFile(const QMimeData *data)
{
    const QList<QUrl> urls = data->urls();
    if (urls.size() != 1 || !urls.constFirst().isLocalFile())
        return {};
    const QString file = urls.constFirst().toLocalFile();
    return MainWindow::isImportable(file) ? file : QString();
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedCsvFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString file = droppedCsvFile(event->mimeData());
    if (file.isEmpty())
        return;
    event->acceptProposedAction();
    // Leave the drop handler first: the dialog runs its own event loop.
    QMetaObject::invokeMethod(this, [this, file] { importFile(file); }, Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Cancelling an import writes nothing of it.
    if (auto *import = findChild<ImportDialog *>(); import && import->isImporting()) {
        QMessageBox question(QMessageBox::Question, tr("Import Running"), tr("An import is running. Cancel it and close?"),
                             QMessageBox::NoButton, this);
        QPushButton *cancel = question.addButton(tr("Cancel import and close"), QMessageBox::DestructiveRole);
        question.setDefaultButton(question.addButton(tr("Keep importing"), QMessageBox::RejectRole));
        question.exec();
        if (question.clickedButton() != cancel) {
            event->ignore();
            return;
        }
        import->cancelImport();
        import->reject();
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/tableHeader"), m_table->horizontalHeader()->saveState());
    event->accept();
}

} // namespace Kindred
