// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customerfilter.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QToolButton;

namespace Kindred {

/// The controls above the value matrix, in two rows: which customers to show
/// (search, stage, tags, revenue), then how to show them (others dimmed or
/// hidden, size by revenue, names, moves since a date, reset zoom, export).
class MatrixFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit MatrixFilterBar(QWidget *parent = nullptr);

    CustomerFilter filter() const;
    bool hideFiltered() const;
    bool sizeByRevenue() const;
    bool namesShown() const;
    std::optional<QDateTime> movesSince() const;
    /// Enables "Reset zoom" while the matrix is zoomed in.
    void setZoomed(bool zoomed);
    QToolButton &resetZoomButton() { return *m_resetZoom; }

signals:
    void filterChanged(const Kindred::CustomerFilter &filter);
    /// Hidden or dimmed, size by revenue, names: how the points are drawn.
    void displayChanged();
    void movesSinceChanged(const std::optional<QDateTime> &since);
    void resetZoomRequested();
    void exportRequested();

private:
    QLineEdit *m_search;
    QComboBox *m_stage;
    QLineEdit *m_tags;
    QDoubleSpinBox *m_minRevenue;
    QDoubleSpinBox *m_maxRevenue;
    QComboBox *m_filteredMode;
    QCheckBox *m_sizeByRevenue;
    QCheckBox *m_names;
    QCheckBox *m_moves;
    QDateEdit *m_movesSince;
    QToolButton *m_resetZoom;
};

} // namespace Kindred
