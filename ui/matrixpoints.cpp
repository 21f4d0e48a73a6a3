// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixpoints.h"

namespace Kindred {

MatrixPoints::MatrixPoints(QCPAxis *keyAxis, QCPAxis *valueAxis) : QCPAbstractPlottable(keyAxis, valueAxis)
{
    setSelectable(QCP::stNone);
    setAntialiased(false);
}

void MatrixPoints::setPoints(QVector<Point> points)
{
    m_points = std::move(points);
}

void MatrixPoints::setColors(const QVector<QColor> &colors)
{
    m_colors = colors;
    m_stamps.clear();
}

void MatrixPoints::setOffset(double dAwareness, double dFit)
{
    m_dAwareness = dAwareness;
    m_dFit = dFit;
}

void MatrixPoints::setLabelsVisible(bool visible)
{
    m_labels = visible;
}

void MatrixPoints::setRinged(bool ringed)
{
    m_ringed = ringed;
    m_stamps.clear();
}

int MatrixPoints::pointDiameter(int sizeClass)
{
    return 7 + 4 * std::clamp(sizeClass, 0, 3);
}

int MatrixPoints::stampDiameter(int sizeClass) const
{
    return pointDiameter(sizeClass) + (m_ringed ? 6 : 0);
}

const QPixmap &MatrixPoints::stamp(int colorIndex, int sizeClass, bool dimmed) const
{
    const int key = (colorIndex << 8) | (sizeClass << 1) | int(dimmed);
    auto it = m_stamps.find(key);
    if (it != m_stamps.end())
        return *it;
    const int diameter = stampDiameter(sizeClass);
    QPixmap pixmap(diameter, diameter);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    paintPoint(p, QRectF(0, 0, diameter, diameter), colorIndex, dimmed);
    return *m_stamps.insert(key, pixmap);
}

void MatrixPoints::paintPoint(QPainter &painter, const QRectF &box, int colorIndex, bool dimmed) const
{
    QColor color = m_colors.value(colorIndex, Qt::gray);
    if (dimmed)
        color = QColor(190, 190, 190, 110);
    const qreal inset = m_ringed ? 3.5 : 0.5;
    painter.setPen(QPen(dimmed ? color : color.darker(140), 1));
    painter.setBrush(color);
    painter.drawEllipse(box.adjusted(inset, inset, -inset, -inset));
    if (m_ringed) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(20, 20, 20), 2));
        painter.drawEllipse(box.adjusted(1, 1, -1, -1));
    }
}

void MatrixPoints::draw(QCPPainter *painter)
{
    QCPAxis *x = keyAxis();
    QCPAxis *y = valueAxis();
    if (!x || !y)
        return;
    const bool vector = painter->modes().testFlag(QCPPainter::pmVectorized);
    // Dimmed points first so that the ones that match stay on top.
    for (bool dimmedPass : {true, false}) {
        for (const Point &point : std::as_const(m_points)) {
            if (point.dimmed != dimmedPass)
                continue;
            const double px = x->coordToPixel(std::clamp(point.awareness + m_dAwareness, 0.0, 100.0));
            const double py = y->coordToPixel(std::clamp(point.fit + m_dFit, 0.0, 100.0));
            const double diameter = stampDiameter(point.sizeClass);
            const QRectF box(px - diameter / 2.0, py - diameter / 2.0, diameter, diameter);
            if (vector)
                paintPoint(*painter, box, point.colorIndex, point.dimmed);
            else
                painter->drawPixmap(box.topLeft(), stamp(point.colorIndex, point.sizeClass, point.dimmed));
            if (m_labels && !point.dimmed && !point.label.isEmpty()) {
                painter->setPen(QColor(40, 40, 40));
                painter->drawText(QPointF(px + diameter / 2.0 + 3, py + 4), point.label);
            }
        }
    }
}

void MatrixPoints::drawLegendIcon(QCPPainter *, const QRectF &) const {}

double MatrixPoints::selectTest(const QPointF &, bool, QVariant *) const
{
    return -1;
}

QCPRange MatrixPoints::getKeyRange(bool &foundRange, QCP::SignDomain) const
{
    foundRange = true;
    return QCPRange(0, 100);
}

QCPRange MatrixPoints::getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const
{
    foundRange = true;
    return QCPRange(0, 100);
}

} // namespace Kindred
