// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace Kindred {

class CustomerStore;
class CustomerTableModel;
class ShortlistEditor;
class ShortlistModel;

/// The one-to-one shortlist in the window: who to serve now, with a note and
/// a next action for each. Pins, exclusions, drags and edits are undoable
/// steps on the window's undo stack.
class ShortlistPanel : public QWidget
{
    Q_OBJECT

public:
    /// The list is drawn from the customers the table holds (see ShortlistModel).
    ShortlistPanel(CustomerStore &store, CustomerTableModel &customers, QUndoStack &undoStack,
                   QWidget *parent = nullptr);

    /// "Add to shortlist" (from the table or the matrix): pins the customers
    /// and lets them back if excluded, as one undo step.
    void addCustomers(const QList<CustomerId> &ids);
    /// Offers a set of customers as a source, e.g. the table's current filter
    /// or selection; replaces the previous such set.
    void setCustomerSource(const QString &name, const QList<CustomerId> &ids);

    /// Moves the selected customers up (step < 0) or down the list by `step`
    /// places, as one undo step: the keyboard's way to drag rows.
    void moveSelection(int step);

    ShortlistModel &model() { return *m_model; }
    QTableView &view() { return *m_view; }
    /// The form for the current customer's next action, due date and note.
    ShortlistEditor &editor() { return *m_editor; }

    /// Rebuilds the list from the store: call after opening another store
    /// (opening sends no change signal).
    void reload();

    /// Opens the export dialog for the shortlist.
    void exportShortlist();

private:
    void applySource();
    void updateRuleSource();
    void excludeSelected();
    void letExcludedBack();
    void updateSummary();
    QList<CustomerId> selectedIds() const;

    CustomerStore &m_store;
    QUndoStack &m_undoStack;
    ShortlistModel *m_model;
    QTableView *m_view;
    ShortlistEditor *m_editor;
    QComboBox *m_source;
    QLabel *m_summary;
    QPushButton *m_exclude;
    QPushButton *m_letBack;
    QList<CustomerId> m_customerSourceIds;
};

} // namespace Kindred
