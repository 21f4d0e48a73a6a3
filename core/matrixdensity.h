// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QVector>

namespace Kindred {

/// A rectangle of the value matrix in scores: awareness across, fit up.
struct MatrixArea
{
    double awarenessFrom = 0;
    double awarenessTo = 100;
    double fitFrom = 0;
    double fitTo = 100;

    /// Edges included, so that a point on 100 is inside the whole matrix.
    bool contains(double awareness, double fit) const
    {
        return awareness >= awarenessFrom && awareness <= awarenessTo && fit >= fitFrom && fit <= fitTo;
    }
};

/// How many customers stand in each cell of a grid over an area of the
/// matrix: what the matrix draws instead of single points when they are too
/// many to tell apart (100,000 points are a solid blob).
struct DensityGrid
{
    MatrixArea area;
    int columns = 0;
    int rows = 0;
    /// Row by row from the lowest fit, each from the lowest awareness.
    QVector<int> counts;
    int maximum = 0; ///< the fullest cell
    int total = 0;   ///< the points inside the area

    int count(int column, int row) const { return counts.at(row * columns + column); }
};

/// Binning and grouping of customers' places on the value matrix (x: value
/// awareness, y: value fit).
namespace MatrixDensity {

/// Counts the points inside `area` per cell of a columns × rows grid over
/// it. A point on the upper edge of the area falls in the last cell.
DensityGrid bin(const QVector<QPointF> &points, const MatrixArea &area, int columns, int rows);

/// Points sharing the very same place, as lists of indices into `points`:
/// one list per distinct place, in the order the places first occur, each
/// list in the order of `points`. A point alone at its place is a list of one.
QList<QList<int>> stacks(const QVector<QPointF> &points);

} // namespace MatrixDensity
} // namespace Kindred
