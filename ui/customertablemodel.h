// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customeranalysis.h"
#include "error.h"
#include "money.h"
#include "nameorder.h"
#include "orderhistory.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace Kindred {

class CustomerStore;

/// The customers of a store as a table, kept in memory and in step with the
/// store's change signals. Read-only: edits go through undo commands on the
/// store, and the model follows. Stage and quadrant come from a
/// CustomerAnalysis over all the rows (Core by the excellent-customer rule),
/// recomputed whole after a change of revenue or orders, since one
/// customer's revenue can move others' ABC class and so whether they meet
/// the rule; an edit that leaves them (a note, scores, a pin) derives the
/// edited rows alone.
///
/// The rows are the customers as they stood on the workspace's "as of" day
/// (WorkspaceSettings::asOf): revenue, orders and last order count only the
/// orders up to it, and customers who did not exist yet are not rows. Every
/// view that draws from this model (matrix, funnel, Pareto, shortlist)
/// therefore looks from the same day.
///
/// After the built-in columns (ColumnCount) comes one column per own field,
/// in the order of WorkspaceSettings::ownFields; they follow changes of the
/// definitions as columns removed and inserted.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Email, Company, Stage, Revenue, Orders, LastOrder, ValueFit, ValueAwareness, Quadrant, Tags,
                  ColumnCount };
    enum Role {
        CustomerIdRole = Qt::UserRole + 1,
        SortRole, ///< raw values for sorting: numbers, dates, stage order
    };

    explicit CustomerTableModel(CustomerStore &store, QObject *parent = nullptr);

    /// The fields a customer's stage and quadrant are derived from (the
    /// excellent-customer rule reads tags and own fields): an edit of
    /// others leaves every count by stage or quadrant as it was.
    static CustomerFields derivingFields()
    {
        return CustomerField::Scores | CustomerField::Stage | CustomerField::Tags | CustomerField::OwnFields;
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    /// Dragged rows carry their customers' ids, e.g. onto the value matrix.
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    static QString customerIdsMimeType();
    static QList<CustomerId> customerIds(const QMimeData *data);

    /// The own field a column after the built-in ones shows, or nullptr.
    const OwnFieldDefinition *ownFieldAt(int column) const;

    const Customer &customerAt(int row) const { return m_customers.at(row); }
    Kindred::Stage stageAt(int row) const { return m_derived.at(row).stage; }
    Kindred::Quadrant quadrantAt(int row) const { return m_derived.at(row).quadrant; }
    /// Negative, 0 or positive as the customer of row a sorts by name before,
    /// with or after that of row b (NameOrder), from keys kept with the rows.
    int compareNames(int a, int b) const { return m_sortKeys.at(a).name.compare(m_sortKeys.at(b).name); }
    /// A row's revenue and id, as customerAt(row) has them, from the same
    /// compact list: what the views sort by most.
    double revenueAt(int row) const { return m_sortKeys.at(row).revenue; }
    CustomerId idAt(int row) const { return m_sortKeys.at(row).id; }
    /// All rows' customers and their analysis, in row order.
    const QList<Customer> &customers() const { return m_customers; }
    const CustomerAnalysis &analysis() const { return m_analysis; }
    /// Row of a customer, or -1.
    int rowOf(CustomerId id) const { return m_rows.value(id, -1); }
    /// What "today" is when the workspace has no "as of" day (dormancy).
    /// Defaults to the current date; for tests.
    void setToday(const QDate &today);
    /// The day the rows stand on: the workspace's "as of" day, else today.
    QDate asOf() const { return m_analysis.today(); }
    /// The date of the latest order in the store, whatever the "as of" day.
    QDate lastOrderDate() const;
    /// Every customer's orders, read from the store the first time they are
    /// asked for and kept current.
    Result<const OrderHistory *> orderHistory() const;
    /// How the revenue column writes money: the workspace's currency.
    const Money &money() const { return m_money; }

    /// Reloads everything from the store.
    Status reload();

signals:
    /// A read from the store failed; the table shows what it had.
    void loadFailed(const Kindred::Error &error);
    /// The rows and their analysis have followed a change of the store's
    /// customers or settings: once per change, after the row signals.
    /// `changed` lists the only customers whose rows changed, in `fields`,
    /// while every revenue and order figure stayed as it was (an edit): a
    /// view follows those few. Empty: any row may have changed.
    void customersUpdated(const QList<Kindred::CustomerId> &changed, Kindred::CustomerFields fields);

private:
    void onCustomersAdded(const QList<CustomerId> &ids);
    void onCustomersChanged(const QList<CustomerId> &ids);
    void onCustomersRemoved(const QList<CustomerId> &ids);
    void onSettingsChanged();
    /// Takes the store's own field definitions: their columns removed and inserted.
    void followOwnFields();
    QVariant ownFieldData(const Customer &customer, const OwnFieldDefinition &field, int role) const;
    void rebuildRowIndex();
    void rebuildStoredIndex();
    /// The customer as a row shows them: as they stood on the "as of" day,
    /// nullopt when they did not exist yet.
    std::optional<Customer> rowCustomer(const Customer &stored) const;
    /// Reads the customers' orders again where they changed (history kept current).
    void followOrders(const QList<Customer> &stored);
    /// Rebuilds every row from the stored customers (a new "as of" day).
    void resetRows();
    /// Recomputes the analysis; returns the first and last of the first
    /// `compared` rows whose stage or quadrant changed (-1 when none).
    std::pair<int, int> rederive(int compared);
    void announceDerived(std::pair<int, int> rows);
    /// Follows an edit of these rows that left every revenue and order
    /// figure as it was: only their own figures are derived again.
    void rederiveRows(const QList<int> &rows, CustomerFields fields);

    CustomerStore &m_store;
    /// The customers as the store holds them, and the row each stands on.
    QList<Customer> m_stored;
    QHash<CustomerId, qsizetype> m_storedIndex;
    /// The customers as they stood on the "as of" day: the rows.
    QList<Customer> m_customers;
    QDate m_asOf; ///< the workspace's "as of" day; invalid: today, and rows are the stored customers
    mutable std::optional<OrderHistory> m_history;
    CustomerAnalysis m_analysis;
    /// What the rows show; follows inserts and removals at once, the analysis after them.
    QList<DerivedCustomer> m_derived;
    /// What the views sort the rows by, kept with them: sorting 100,000 rows
    /// after a reload compared names as text, and read revenues and ids from
    /// customers scattered in memory: about half of the reload.
    struct SortKeys
    {
        QCollatorSortKey name;
        double revenue;
        CustomerId id;
    };
    SortKeys sortKeysOf(const Customer &c) const { return {m_nameOrder.collationKey(c), c.revenue, c.id}; }
    NameOrder m_nameOrder;
    QList<SortKeys> m_sortKeys;
    QHash<CustomerId, int> m_rows;
    QDate m_today;
    Money m_money;
    QList<OwnFieldDefinition> m_ownFields; ///< those the columns after ColumnCount show
};

} // namespace Kindred
