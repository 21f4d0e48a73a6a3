// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "customerfilter.h"
#include "error.h"
#include "quadrant.h"
#include "valuematrix.h"

#include <QDateTime>
#include <QSet>
#include <QWidget>

#include <optional>

class QCustomPlot;
class QLabel;
class QTimer;
class QUndoStack;

namespace Kindred {

class CustomerStore;
class CustomerTableModel;
class MatrixChart;
class MatrixFilterBar;
class UnplacedPanel;

/// The 2x2 value matrix tab (DOMAIN.md section 2): the filter bar, the chart
/// and the unplaced customers beside it. It turns the chart's and the
/// panel's requests into undoable steps saved at once (a drag, drop, nudge,
/// placing in a quadrant or clearing a placement is one step each) and feeds
/// the chart from the customer table as it follows the store.
class ValueMatrixView : public QWidget
{
    Q_OBJECT

public:
    ValueMatrixView(CustomerStore &store, CustomerTableModel &model, QUndoStack &undoStack,
                    QWidget *parent = nullptr);
    ~ValueMatrixView() override;

    QList<CustomerId> selectedIds() const;
    void setSelectedIds(const QList<CustomerId> &ids);

    /// Arrows from where customers stood at `since` to where they stand now.
    void showMovesSince(std::optional<QDateTime> since);
    /// The transitions summary shown with "moves since", e.g. "I → II: 3".
    QString movesSummary() const;

    /// Shows where customers would stand (suggested scores) as ghosts beside
    /// their current places, to compare before accepting; empty clears them.
    void setGhosts(const QList<Customer> &suggested);
    int ghostCount() const;

    /// Moves the selection by a number of points on each axis, as one step.
    void nudgeSelection(double dFit, double dAwareness);
    /// Places customers at a point of the matrix, as one step, and selects them.
    void placeCustomers(const QList<CustomerId> &ids, double fit, double awareness);
    /// Places customers in the middle of a quadrant under the workspace's split, as one step.
    void placeInQuadrant(const QList<CustomerId> &ids, Quadrant quadrant);
    /// Sends the selected customers back to the unplaced list, as one step.
    void clearPlacementOfSelection();

    Status exportImage(const QString &fileName);
    QCustomPlot &plot();
    MatrixChart &chart() { return *m_chart; }
    MatrixFilterBar &filterBar() { return *m_filterBar; }
    UnplacedPanel &unplacedPanel() { return *m_unplaced; }

signals:
    void selectionChanged(const QList<Kindred::CustomerId> &ids);
    void addToShortlistRequested(const QList<Kindred::CustomerId> &ids);

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// Draws everyone again on the next turn of the event loop (a new filter, settings, store).
    void scheduleRebuild();
    /// Follows the customer table: an edit of a few customers moves their points alone.
    void followCustomers(const QList<Kindred::CustomerId> &edited);
    void scheduleUpdate();
    /// Draws what changed since the last drawing, if anything; false when nothing had.
    bool updateIfDue();
    void rebuild();
    void applyEdits();
    QList<QLineF> moves(const QList<Customer> &customers);
    void moveSelection(double dFit, double dAwareness, int kind);
    void pushMove(const QList<Customer> &before, const QList<Customer> &after, int kind);
    QString describe(CustomerId id) const;
    void showContextMenu(const QPoint &position);
    void exportDialog();

    CustomerStore &m_store;
    CustomerTableModel &m_model;
    QUndoStack &m_undoStack;

    MatrixFilterBar *m_filterBar;
    MatrixChart *m_chart;
    UnplacedPanel *m_unplaced;
    QLabel *m_densityNote;
    QLabel *m_movesLabel;
    QTimer *m_rebuildTimer;
    bool m_rebuildAll = false;
    QSet<CustomerId> m_edited; ///< customers edited since the last drawing

    // What the last drawing counted, kept so that an edit adjusts it.
    QList<Quadrant> m_quadrants; ///< by row of the customer table
    ValueMatrix::QuadrantCounts m_counts{};
    QVector<double> m_placedRevenues; ///< ascending
    QVector<double> m_thresholds;     ///< of the revenue size classes

    CustomerFilter m_filter;
    std::optional<QDateTime> m_movesSince;
    QString m_movesText;
};

} // namespace Kindred
