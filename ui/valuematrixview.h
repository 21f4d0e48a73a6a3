// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "customerfilter.h"
#include "error.h"
#include "quadrant.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QCheckBox;
class QCPAbstractItem;
class QComboBox;
class QCPItemRect;
class QCPItemStraightLine;
class QCPLayer;
class QCPTextElement;
class QCustomPlot;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListView;
class QMouseEvent;
class QRubberBand;
class QTimer;
class QUndoStack;

namespace Kindred {

class CustomerStore;
class CustomerTableModel;
class MatrixPoints;
class UnplacedCustomersModel;

/// The 2x2 value matrix (DOMAIN.md section 2): customers as points by value
/// awareness (x) and value fit (y), which the marketer drags to where they now
/// judge them to stand. Each drag, drop, nudge or "clear placement" is one
/// undoable step saved at once. Customers without scores wait in the unplaced
/// list beside the plot.
class ValueMatrixView : public QWidget
{
    Q_OBJECT

public:
    ValueMatrixView(CustomerStore &store, CustomerTableModel &model, QUndoStack &undoStack,
                    QWidget *parent = nullptr);
    ~ValueMatrixView() override;

    QList<CustomerId> selectedIds() const;
    void setSelectedIds(const QList<CustomerId> &ids);

    void setFilter(const CustomerFilter &filter);
    /// Points that do not pass the filter are hidden (true) or dimmed (false).
    void setHideFiltered(bool hide);
    void setSizeByRevenue(bool on);
    /// Arrows from where customers stood at `since` to where they stand now.
    void showMovesSince(std::optional<QDateTime> since);

    /// Shows where customers would stand (suggested scores) as ghosts beside
    /// their current places, to compare before accepting; empty clears them.
    void setGhosts(const QList<Customer> &suggested);
    int ghostCount() const;

    /// Moves the selection by a number of points on each axis, as one step.
    void nudgeSelection(double dFit, double dAwareness);
    /// Places customers at a point of the matrix, as one step.
    void placeCustomers(const QList<CustomerId> &ids, double fit, double awareness);
    /// Sends the selected customers back to the unplaced list, as one step.
    void clearPlacementOfSelection();
    /// Shows the selection moved by a drag, without saving: what a mouse move does.
    void previewMove(double dFit, double dAwareness);

    Status exportImage(const QString &fileName);
    QCustomPlot &plot() { return *m_plot; }
    /// Widget position of a point of the matrix.
    QPoint positionOf(double fit, double awareness) const;
    /// Matrix coordinates (fit, awareness) under a widget position of the plot.
    QPointF scoresAt(const QPoint &position) const;
    /// The transitions summary shown with "moves since", e.g. "I → II: 3".
    QString movesSummary() const;

signals:
    void selectionChanged(const QList<Kindred::CustomerId> &ids);
    void addToShortlistRequested(const QList<Kindred::CustomerId> &ids);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createPlot();
    void createQuadrantLabels();
    QWidget *createFilterBar();
    QWidget *createUnplacedPanel();
    void scheduleRebuild();
    void rebuild();
    void rebuildQuadrants();
    void rebuildSelection();
    void rebuildMoves();
    void updateLabelsVisibility();
    int rowAt(const QPoint &position) const;
    void onMousePress(QMouseEvent *event);
    void onMouseMove(QMouseEvent *event);
    void onMouseRelease(QMouseEvent *event);
    void showToolTip(const QPoint &position);
    void commitDrag(const QPoint &position);
    void pushMove(const QList<Customer> &before, const QList<Customer> &after, int kind);
    void exportDialog();
    void applyFilterControls();
    bool passesFilter(int row) const;
    int sizeClass(double revenue) const;

    CustomerStore &m_store;
    CustomerTableModel &m_model;
    QUndoStack &m_undoStack;

    QCustomPlot *m_plot = nullptr;
    MatrixPoints *m_points = nullptr;
    MatrixPoints *m_selectedPoints = nullptr;
    MatrixPoints *m_ghostPoints = nullptr;
    QCPLayer *m_selectionLayer = nullptr;
    QList<QCPItemRect *> m_quadrantRects;
    QList<QCPTextElement *> m_quadrantLabels; ///< in the order I, II, III, IV
    QCPItemStraightLine *m_fitSplitLine = nullptr;
    QCPItemStraightLine *m_awarenessSplitLine = nullptr;
    QRubberBand *m_rubberBand = nullptr;
    QTimer *m_rebuildTimer = nullptr;

    QLineEdit *m_search = nullptr;
    QComboBox *m_stage = nullptr;
    QLineEdit *m_tags = nullptr;
    QDoubleSpinBox *m_minRevenue = nullptr;
    QDoubleSpinBox *m_maxRevenue = nullptr;
    QComboBox *m_filteredMode = nullptr;
    QCheckBox *m_sizeByRevenue = nullptr;
    QCheckBox *m_names = nullptr;
    QCheckBox *m_moves = nullptr;
    QDateEdit *m_movesSince = nullptr;
    QLabel *m_movesLabel = nullptr;
    QLineEdit *m_unplacedSearch = nullptr;
    QListView *m_unplacedList = nullptr;
    UnplacedCustomersModel *m_unplaced = nullptr;

    CustomerFilter m_filter;
    bool m_hideFiltered = false;
    bool m_sizeByRevenueOn = true;
    std::optional<QDateTime> m_movesSinceTime;
    QString m_movesText;
    QList<QCPAbstractItem *> m_moveArrows;
    QVector<double> m_revenueThresholds;

    QSet<CustomerId> m_selected;
    QVector<int> m_shownRows; ///< model rows of the points on the plot (including the selected)

    enum class Gesture { None, Pressed, Dragging, RubberBand };
    Gesture m_gesture = Gesture::None;
    QPoint m_pressPosition;
};

} // namespace Kindred
