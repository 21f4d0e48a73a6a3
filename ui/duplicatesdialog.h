// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "duplicates/duplicatefinder.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QUndoStack;

namespace Kindred {

class CustomerStore;

/// Edit ▸ Find Duplicates…: the likely pairs, strongest first, with their
/// score and reasons and the selected pair's figures side by side; Merge…
/// and Not a Duplicate each push one undo step. Finding runs on a worker
/// thread, and again whenever the store's customers or settings change.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    DuplicatesDialog(CustomerStore &store, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~DuplicatesDialog() override;

    /// The most pairs listed: more than a person reviews, and a table of
    /// them all would keep the window busy.
    static constexpr qsizetype shownLimit = 1000;

    /// The pairs listed, as last found (the strongest shownLimit).
    const QList<DuplicatePair> &pairs() const { return m_pairs; }
    /// Whether finding is under way.
    bool isFinding() const { return m_finding; }
    void selectPair(qsizetype row);

public slots:
    /// Opens the merge dialog for the selected pair and merges as chosen.
    void mergeSelected();
    /// Marks the selected pair as two people.
    void markNotDuplicate();

signals:
    /// The list shows what the store holds now.
    void pairsShown();

private:
    void scheduleFind();
    void find();
    void showPairs(const QList<DuplicatePair> &pairs);
    void showSelected();
    const DuplicatePair *selected() const;

    CustomerStore &m_store;
    QUndoStack &m_undoStack;
    QHash<CustomerId, Customer> m_customers;
    QList<DuplicatePair> m_pairs;
    bool m_finding = false;
    bool m_findAgain = false;
    bool m_findScheduled = false;

    QStackedWidget *m_stack;
    QLabel *m_status;
    QLabel *m_count;
    QLabel *m_notice;
    QTableWidget *m_list;
    QTableWidget *m_compare;
    QPushButton *m_merge;
    QPushButton *m_notDuplicate;
};

} // namespace Kindred
