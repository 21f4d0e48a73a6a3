// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "funnelanalysis.h"

#include <QFont>
#include <QList>
#include <QPainterPath>
#include <QWidget>

#include <optional>

namespace Kindred {

/// Draws the funnel that core computed: Market narrowing to Core, each step
/// with the customers who reached it and the conversion from the step before,
/// Dormant beside it as a leak, and the Core share of the market. With a
/// second funnel (an earlier date) both stand side by side. Widths follow a
/// log scale so that Core stays visible beside a market of millions.
/// Clicking a stage, or choosing it with the arrow keys and pressing Enter,
/// emits stageClicked().
class FunnelChart : public QWidget
{
    Q_OBJECT

public:
    explicit FunnelChart(QWidget *parent = nullptr);

    void setFunnel(const FunnelAnalysis &now, const std::optional<FunnelAnalysis> &then = std::nullopt);
    const FunnelAnalysis &funnel() const { return m_now; }
    const std::optional<FunnelAnalysis> &comparison() const { return m_then; }

    /// The stage drawn at a point of the widget, if any.
    std::optional<Stage> stageAt(const QPoint &point) const;
    /// Paints the whole chart into a rectangle (widget, image or PDF page).
    void render(QPainter &painter, const QRect &rect) const;
    /// Saves as PNG or PDF, by the file's suffix.
    bool save(const QString &path, const QSize &size = QSize(1200, 800)) const;

    QSize sizeHint() const override { return {800, 560}; }

    /// A text the chart drew: where, in which font and with which flags, and
    /// the shape of the bar it names (empty for others). A label sits wholly
    /// inside its bar or wholly beside it, never across its edge.
    struct Label
    {
        QString text;
        QRectF rect;
        QFont font;
        int flags = 0;
        QPainterPath bar;
    };
    /// The labels of the last paint on screen.
    const QList<Label> &labels() const { return m_labels; }

    /// The stage chosen with the keyboard (arrow keys; Enter shows it), if any.
    std::optional<Stage> keyboardStage() const { return m_keyboardStage; }

signals:
    void stageClicked(Kindred::Stage stage);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    struct HitArea
    {
        QPainterPath path;
        Stage stage;
    };
    /// What a paint on screen records: where the stages and the labels are.
    struct Layout
    {
        QList<HitArea> hits;
        QList<Label> labels;
    };
    struct Placement
    {
        QString text;
        QRectF rect;
        int flags;
    };
    /// Draws a text at the first of its placements where it fits, shrinking the font if none does.
    void drawLabel(QPainter &painter, const QList<Placement> &placements, const QPainterPath &bar,
                   Layout *layout) const;
    void renderAll(QPainter &painter, const QRectF &rect, Layout *layout) const;
    void renderFunnel(QPainter &painter, const QRectF &rect, const FunnelAnalysis &funnel, const QString &title,
                      Layout *layout) const;

    FunnelAnalysis m_now;
    std::optional<FunnelAnalysis> m_then;
    QList<HitArea> m_hits; ///< of the last paint on screen
    QList<Label> m_labels; ///< of the last paint on screen
    std::optional<Stage> m_keyboardStage;
};

} // namespace Kindred
