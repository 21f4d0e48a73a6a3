// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/customerstore.h"
#include "stage.h"
#include "storelocation.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;
class QUndoStack;

namespace Kindred {

class CustomerDetailsPanel;
class CustomerFilterProxyModel;
class CustomerTableModel;
class DueNotice;
class FunnelView;
class OwnFieldColumns;
class ParetoView;
class ShortlistPanel;
class ValueMatrixView;
class WelcomePage;

/// Kindred's window: the customer table with its filter, the details panel,
/// and the views of the method (matrix, funnel, Pareto, shortlist).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a store, a file or a team store's postgresql:// URL; on failure
    /// shows why and keeps the current one. A team store that wants a
    /// password has it asked for (at once when askPassword), and it is used
    /// for this connection only.
    bool openStore(const QString &location, CustomerStore::OpenMode mode = CustomerStore::OpenMode::OpenExisting,
                   bool askPassword = false);
    /// Opens the demo store, creating and filling it first when it does not exist.
    bool openDemoStore();
    /// The views that showView() knows, in tab order: customers, matrix, funnel, pareto.
    static QStringList viewNames();
    /// Brings a view to the front by its name in viewNames(); false for an unknown name.
    bool showView(const QString &name);
    /// Opens the import dialog on a CSV file or workbook.
    void importFile(const QString &file);
    /// Whether File ▸ Import takes a file, by its name: .csv, .tsv, .txt,
    /// workbooks (.xlsx, .xlsm, .ods), and .xls, for which it says how to
    /// save it in a form Kindred reads.
    static bool isImportable(const QString &file);
    /// Proposes value awareness from purchase behaviour; applying is one undo step.
    void applyBehaviourSuggestions();

    CustomerStore &store() { return m_store; }
    QUndoStack &undoStack() { return *m_undoStack; }
    QTableView &customerTable() { return *m_table; }
    ShortlistPanel &shortlist() { return *m_shortlist; }
    FunnelView &funnel() { return *m_funnel; }
    ParetoView &pareto() { return *m_pareto; }
    ValueMatrixView &matrix() { return *m_matrix; }
    /// Shown instead of the views while the store has no customers.
    WelcomePage &welcomePage() { return *m_welcome; }
    /// Shows in the customer table the customers a stage of the funnel
    /// counts: those who reached a step, or those Dormant now (nullopt: all).
    void setStageFilter(std::optional<Kindred::Stage> stage);
    /// Selects these customers and shows them in the table, clearing the
    /// table's filter when it hides some of them (a click on a Pareto bar).
    void showCustomers(const QList<CustomerId> &ids);
    /// Opens the excellent-customer rule editor; applying it is one undo step.
    void editExcellenceRule();
    /// Edit ▸ Undo: undoes the last step, but first asks when it would change
    /// back customers that someone else saved since (another client of a
    /// team store, an import).
    void undo();

    using UndoConfirmation = std::function<bool(const QString &question)>;
    /// For tests: answers "undo anyway?" (true: undo) instead of a message box.
    void setUndoConfirmation(UndoConfirmation confirm) { m_confirmUndo = std::move(confirm); }
    using PasswordPrompt = std::function<std::optional<QString>(const StoreLocation &, const QString &problem)>;
    /// For tests: asks for a team store's password instead of a dialog.
    void setPasswordPrompt(PasswordPrompt prompt) { m_askPassword = std::move(prompt); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createAnalysisMenu();
    QWidget *createCustomerPage();
    void newStore();
    void openStoreDialog();
    void openTeamStoreDialog();
    /// Opens the store, asking for a password when a team store wants one;
    /// nullopt when the user cancelled that.
    std::optional<Status> openConnection(const QString &location, CustomerStore::OpenMode mode, bool askPassword);
    QString overwriteQuestion(const QList<Customer> &changed) const;
    void updateRecentMenu();
    void updateTitle();
    void updateStatus();
    /// The welcome page in place of the views while the store has no customers.
    void updateWelcome();
    void addCustomer();
    void deleteSelectedCustomers();
    void exportCustomers();
    void showAbout();
    QList<CustomerId> selectedCustomerIds() const;
    /// Selects customers in the table (and so everywhere), e.g. from the matrix.
    void selectCustomers(const QList<CustomerId> &ids);

    CustomerStore m_store;
    QUndoStack *m_undoStack;
    CustomerTableModel *m_model;
    CustomerFilterProxyModel *m_proxy;
    QTableView *m_table = nullptr;
    OwnFieldColumns *m_ownColumns = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_demoBanner = nullptr;
    QTabWidget *m_tabs;
    QStackedWidget *m_central;
    WelcomePage *m_welcome = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_demoAction = nullptr;
    CustomerDetailsPanel *m_details;
    QMenu *m_recentMenu = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_addToShortlistAction = nullptr;
    QAction *m_logContactAction = nullptr;
    DueNotice *m_dueNotice = nullptr;
    ShortlistPanel *m_shortlist;
    QLabel *m_statusCount;
    QLabel *m_teamStatus;
    FunnelView *m_funnel = nullptr;
    ParetoView *m_pareto = nullptr;
    QToolButton *m_stageChip = nullptr;
    ValueMatrixView *m_matrix = nullptr;
    bool m_syncingSelection = false;
    UndoConfirmation m_confirmUndo;
    PasswordPrompt m_askPassword;
};

} // namespace Kindred
