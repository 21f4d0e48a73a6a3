// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "matrixdensity.h"
#include "matrixpoints.h"
#include "quadrant.h"
#include "valuematrix.h"

#include <qcustomplot.h>

#include <QLineF>
#include <QSet>

#include <functional>

class QRubberBand;

namespace Kindred {

/// Draws the value matrix that the view hands it (customers by value
/// awareness across and value fit up, the quadrants and their counts, moves
/// and ghosts) and turns the marketer's gestures into requests: a drag of the
/// selection emits moveRequested(), arrow keys nudgeRequested(), a drop from a
/// list placeRequested(). Selection, zoom and pan are its own state.
///
/// Gestures: a click selects (Ctrl toggles), a drag moves the selection,
/// Shift+drag draws a band (Ctrl+Shift adds), the wheel zooms about the
/// pointer, a middle drag pans, and so does a drag on empty space once
/// zoomed in. When more than densityThreshold() customers are in view they
/// are drawn as a density grid (core's MatrixDensity) instead of points;
/// zooming in far enough draws them one by one again. Customers at the very
/// same place carry one label, "Name +3".
class MatrixChart : public QCustomPlot
{
    Q_OBJECT

public:
    struct ChartPoint
    {
        CustomerId id = 0;
        double awareness = 0;
        double fit = 0;
        int colorIndex = 0; ///< into the stage colours, int(Stage)
        int sizeClass = 1;
        bool dimmed = false; ///< outside the view's filter
        double revenue = 0;  ///< the most valuable of a stack gives it its label
        QString name;

        bool operator==(const ChartPoint &other) const
        {
            return id == other.id && awareness == other.awareness && fit == other.fit
                   && colorIndex == other.colorIndex && sizeClass == other.sizeClass && dimmed == other.dimmed
                   && revenue == other.revenue && name == other.name;
        }
    };

    explicit MatrixChart(QWidget *parent = nullptr);

    /// The customers to show; the selection keeps those of them it held.
    void setPoints(QVector<ChartPoint> points);
    const QVector<ChartPoint> &points() const { return m_all; }
    /// Follows an edit of a few customers: each one's point is replaced by the
    /// one given for them, or taken away when none is (unplaced, filtered
    /// out). A new point goes where setPoints() would have put it, after
    /// those that drawsBefore() it: the drawing order stays as a whole
    /// setPoints() makes it, so the points on top stay on top. Redraws only
    /// when a point changed (a note changes none); returns whether it did.
    bool updatePoints(const QList<CustomerId> &ids, const QVector<ChartPoint> &points,
                      const std::function<bool(CustomerId, CustomerId)> &drawsBefore);
    void setQuadrants(const QuadrantSplit &split, const ValueMatrix::QuadrantCounts &counts);
    /// The counts the quadrants' labels show.
    const ValueMatrix::QuadrantCounts &quadrantCounts() const { return m_counts; }
    /// Arrows from where customers stood to where they stand (p1 → p2, x awareness, y fit).
    void setMoves(const QList<QLineF> &moves);
    void setGhosts(QVector<MatrixPoints::Point> ghosts);
    int ghostCount() const { return int(m_ghostPoints->points().size()); }
    /// Names beside the points when at most maxLabelledPoints() matching ones are in view.
    void setLabelsWanted(bool wanted);
    /// Puts quadrant I's priority note on a line of its own, for a narrow plot
    /// (a column of the one-page report); from the next setQuadrants().
    void setPriorityOnOwnLine(bool ownLine) { m_priorityOnOwnLine = ownLine; }
    /// Text of the tooltip over one customer.
    void setDescriber(std::function<QString(CustomerId)> describe) { m_describe = std::move(describe); }

    QList<CustomerId> selectedIds() const;
    /// Selects without emitting selectionChanged(); ids not shown are left out.
    void setSelectedIds(const QList<CustomerId> &ids);

    /// Shows the selection moved by a drag, without saving: what a mouse move does.
    void previewMove(double dFit, double dAwareness);

    /// Widget position of a point of the matrix.
    QPoint positionOf(double fit, double awareness) const;
    /// Matrix coordinates (fit, awareness) under a widget position.
    QPointF scoresAt(const QPoint &position) const;
    /// The ids of the customers at the place nearest a widget position (within
    /// a few pixels), most valuable first; empty when none is drawn there.
    QList<CustomerId> stackAt(const QPoint &position) const;
    /// The tooltip's text at a widget position; empty off the customers.
    QString describeAt(const QPoint &position) const;

    void setDensityThreshold(int customers);
    int densityThreshold() const { return m_densityThreshold; }
    /// True while the customers in view are drawn as a density grid.
    bool isDensityShown() const;
    const DensityGrid &density() const { return m_grid; }
    /// The names drawn beside the points, in drawing order.
    QStringList shownLabels() const;
    static int maxLabelledPoints();

    bool isZoomed() const;
    /// Zooms by a factor (below 1 zooms in) about a widget position.
    void zoomAt(const QPoint &position, double factor);
    void resetZoom();

signals:
    void selectionChanged(const QList<Kindred::CustomerId> &ids);
    void moveRequested(const QList<Kindred::CustomerId> &ids, double dFit, double dAwareness);
    void nudgeRequested(double dFit, double dAwareness);
    void placeRequested(const QList<Kindred::CustomerId> &ids, double fit, double awareness);
    void zoomChanged(bool zoomed);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createQuadrantItems();
    void createQuadrantLabels();
    /// Redraws what the zoom, the points or the selection decide: density or
    /// points, labels, quadrant labels in view.
    void refresh();
    void refreshDensity(const QVector<QPointF> &places);
    void refreshLabels();
    void keepRangesInside();
    MatrixArea viewArea() const;
    bool inView(const ChartPoint &point) const;
    MatrixPoints::Point pointOf(const ChartPoint &point) const;
    void select(QSet<CustomerId> ids);
    void rebuildIndex();
    void endRubberBand(const QPoint &position, bool add);

    QVector<ChartPoint> m_all;
    QHash<CustomerId, int> m_index; ///< into m_all
    QSet<CustomerId> m_selected;
    QuadrantSplit m_split;
    ValueMatrix::QuadrantCounts m_counts{};
    std::function<QString(CustomerId)> m_describe;
    bool m_labelsWanted = true;
    bool m_priorityOnOwnLine = false;
    int m_densityThreshold = 5000;
    bool m_density = false;
    DensityGrid m_grid;

    MatrixPoints *m_points = nullptr;
    MatrixPoints *m_selectedPoints = nullptr;
    MatrixPoints *m_ghostPoints = nullptr;
    QCPColorMap *m_densityMap = nullptr;
    QCPLayer *m_selectionLayer = nullptr;
    QList<QCPItemRect *> m_quadrantRects;
    QList<QCPTextElement *> m_quadrantLabels; ///< in the order I, II, III, IV
    QCPItemStraightLine *m_fitSplitLine = nullptr;
    QCPItemStraightLine *m_awarenessSplitLine = nullptr;
    QList<QCPAbstractItem *> m_moveArrows;
    QRubberBand *m_rubberBand = nullptr;

    enum class Gesture { None, Pressed, Dragging, RubberBand, Panning };
    Gesture m_gesture = Gesture::None;
    QPoint m_pressPosition;
    QPoint m_panFrom;
};

} // namespace Kindred
