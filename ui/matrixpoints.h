// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

#include <QHash>
#include <QPixmap>
#include <QVector>

namespace Kindred {

/// Customers as points on the value matrix. Each point is stamped from a
/// cached pixmap instead of being drawn as a shape: at 100,000 points that is
/// what keeps a full replot short. Into a PDF (a vectorized painter) they are
/// drawn as shapes, sharp in print. Interaction (hover, selection, drag) is
/// handled by the view, so the plottable itself is not selectable.
class MatrixPoints : public QCPAbstractPlottable
{
    Q_OBJECT

public:
    struct Point
    {
        double awareness = 0; ///< x
        double fit = 0;       ///< y
        int colorIndex = 0;   ///< into colors()
        int sizeClass = 0;    ///< 0 (smallest) to 3
        bool dimmed = false;
        QString label;        ///< drawn beside the point when labels are on
    };

    MatrixPoints(QCPAxis *keyAxis, QCPAxis *valueAxis);

    void setPoints(QVector<Point> points);
    const QVector<Point> &points() const { return m_points; }
    void setColors(const QVector<QColor> &colors);
    /// Draws every point shifted by this much (scores): the preview of a drag.
    void setOffset(double dAwareness, double dFit);
    void setLabelsVisible(bool visible);
    bool labelsVisible() const { return m_labels; }
    /// Selected points are drawn with a ring.
    void setRinged(bool ringed);

    double selectTest(const QPointF &pos, bool onlySelectable, QVariant *details = nullptr) const override;
    QCPRange getKeyRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange &inKeyRange = QCPRange()) const override;

    static int pointDiameter(int sizeClass);

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override;

private:
    const QPixmap &stamp(int colorIndex, int sizeClass, bool dimmed) const;
    /// Draws one point (the disc, and the ring when selected) into a square box.
    void paintPoint(QPainter &painter, const QRectF &box, int colorIndex, bool dimmed) const;
    int stampDiameter(int sizeClass) const;

    QVector<Point> m_points;
    QVector<QColor> m_colors;
    double m_dAwareness = 0;
    double m_dFit = 0;
    bool m_labels = false;
    bool m_ringed = false;
    mutable QHash<int, QPixmap> m_stamps;
};

} // namespace Kindred
