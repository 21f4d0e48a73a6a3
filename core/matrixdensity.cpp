// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixdensity.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Kindred::MatrixDensity {

namespace {
int cellOf(double value, double from, double to, int cells)
{
    const int cell = int(std::floor((value - from) / (to - from) * cells));
    return std::clamp(cell, 0, cells - 1);
}
} // namespace

DensityGrid bin(const QVector<QPointF> &points, const MatrixArea &area, int columns, int rows)
{
    DensityGrid grid;
    grid.area = area;
    if (columns <= 0 || rows <= 0 || !(area.awarenessTo > area.awarenessFrom) || !(area.fitTo > area.fitFrom))
        return grid;
    grid.columns = columns;
    grid.rows = rows;
    grid.counts.fill(0, qsizetype(columns) * rows);
    for (const QPointF &point : points) {
        if (!area.contains(point.x(), point.y()))
            continue;
        const int column = cellOf(point.x(), area.awarenessFrom, area.awarenessTo, columns);
        const int row = cellOf(point.y(), area.fitFrom, area.fitTo, rows);
        int &count = grid.counts[qsizetype(row) * columns + column];
        grid.maximum = std::max(grid.maximum, ++count);
        ++grid.total;
    }
    return grid;
}

QList<QList<int>> stacks(const QVector<QPointF> &points)
{
    QList<QList<int>> result;
    QHash<QPair<double, double>, int> placeIndex;
    placeIndex.reserve(points.size());
    for (int i = 0; i < points.size(); ++i) {
        const QPair<double, double> place(points.at(i).x(), points.at(i).y());
        const auto it = placeIndex.constFind(place);
        if (it != placeIndex.constEnd()) {
            result[*it].append(i);
        } else {
            placeIndex.insert(place, int(result.size()));
            result.append(QList<int>{i});
        }
    }
    return result;
}

} // namespace Kindred::MatrixDensity
