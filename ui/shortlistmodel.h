// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "shortlist.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

class QUndoStack;

namespace Kindred {

class CustomerStore;
class CustomerTableModel;

/// The one-to-one shortlist as a table. It is rebuilt from the customers, and
/// their analysis, that the customer table already holds in memory, whenever
/// the table has followed a change of the store that can move someone on or
/// off the list, and when the shortlist marks change: reading 100,000
/// customers back from the store on every edit would make each one stutter.
/// Stages are derived for the table's day.
/// Edits (note, next action, due date, pin, drag to reorder) are pushed as
/// undo commands; the model follows the store. Next actions due on the
/// table's day are marked, those due before it more strongly; with each
/// customer comes their last contact (the contact log) and the days since.
class ShortlistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Pin, Name, Email, Phone, Company, Quadrant, Stage, Revenue, LastOrder, Note, NextAction, Due,
                  LastContact, DaysSinceContact, ColumnCount };
    enum Role {
        CustomerIdRole = Qt::UserRole + 1,
        DueRole, ///< the row's DueState
    };
    /// Where a customer's next action stands on the table's day.
    enum DueState { NotDue, DueToday, Overdue };

    ShortlistModel(CustomerStore &store, CustomerTableModel &customers, QUndoStack &undoStack,
                   QObject *parent = nullptr);

    /// Quadrant I by default.
    void setSource(const ShortlistSource &source);
    const ShortlistSource &source() const { return m_source; }

    const QList<ShortlistEntry> &entries() const { return m_entries; }
    int capacity() const { return m_capacity; }
    QList<CustomerId> excludedIds() const;
    /// The day next actions fall due against: the workspace's "as of" day, else today.
    QDate day() const;
    DueState dueState(const Customer &customer) const;
    /// How many customers on the list have a next action due on day() or before.
    int dueCount() const;

    /// Rebuilds the list from the table's customers and the store's marks and settings.
    Status reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    /// The order after moving the given customers before the entry at row
    /// (rowCount() for the end): what a drag produces.
    QList<CustomerId> orderAfterMove(const QList<CustomerId> &moved, int row) const;

signals:
    /// A read from the store failed; the list shows what it had.
    void loadFailed(const Kindred::Error &error);

private:
    void reloadOrReport();
    /// Follows the customer table: re-ranks only when a change can move someone on or off the list.
    void followCustomers(const QList<CustomerId> &edited, CustomerFields fields);
    bool canChangeTheList(CustomerId id) const;
    /// Re-ranks when the marks differ from those the list was built with.
    void followMarks();
    /// Reads the last contacts again and shows them.
    void followContacts();

    CustomerStore &m_store;
    CustomerTableModel &m_customers;
    QUndoStack &m_undoStack;
    ShortlistSource m_source;
    QList<ShortlistEntry> m_entries;
    QList<ShortlistMark> m_marks;
    QHash<CustomerId, QDateTime> m_lastContacts;
    int m_capacity = 0;
    // Kept between rankings while the table's rows stay (an edit keeps them,
    // and every revenue): each row's revenue percentile and value score.
    bool m_rowsChanged = true;
    QList<double> m_percentiles;
    QList<double> m_scores;
};

} // namespace Kindred
