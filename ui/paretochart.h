// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"
#include "paretoanalysis.h"

#include <qcustomplot.h>

#include <QHash>

namespace Kindred {

/// Draws the Pareto curve that core computed: revenue bars in descending
/// order (one per customer, or one per percentile beyond
/// ParetoAnalysis::groupingThreshold customers), the cumulative share as a
/// line on the right axis, the 80% line, the A/B/C zones shaded and the
/// headline as the title. The x axis is the share of customers, so the chart
/// reads the same whatever their number. Hovering names the customer under
/// the pointer; clicking a bar emits its customers. Export with savePng() and
/// savePdf().
class ParetoChart : public QCustomPlot
{
    Q_OBJECT

public:
    explicit ParetoChart(QWidget *parent = nullptr);

    /// names: display names by id, for the tooltips.
    void setPareto(const ParetoAnalysis &pareto, const QHash<CustomerId, QString> &names);
    /// How the revenue axis and the tooltips write money (the locale's currency
    /// by default); drawn at the next replot.
    void setMoney(const Money &money);
    /// Shows the headline above the plot (the default), or leaves it to the
    /// page around the chart, as the one-page report does.
    void setTitleVisible(bool visible);
    const ParetoAnalysis &pareto() const { return m_pareto; }
    const QList<ParetoBar> &bars() const { return m_barData; }

    /// The bar under a widget position, or -1.
    int barAt(const QPointF &position) const;
    /// The customers of a bar, best first.
    QList<CustomerId> customersOf(int bar) const;
    /// What the tooltip says at a widget position; empty off the bars.
    QString describe(const QPointF &position) const;
    /// The bar chosen with the keyboard (arrow keys, Home, End; Enter
    /// selects its customers), or -1.
    int keyboardBar() const { return m_keyboardBar; }

signals:
    void customersClicked(const QList<Kindred::CustomerId> &ids);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    /// Widget position over the middle of a bar.
    QPointF centreOf(int bar) const;
    void chooseBar(int bar);
    /// Rank (0-based) of the customer under a widget position, or -1.
    int rankAt(const QPointF &position) const;
    void showTooltip(QMouseEvent *event);
    void emitClicked(QMouseEvent *event);

    ParetoAnalysis m_pareto;
    QHash<CustomerId, QString> m_names;
    QList<ParetoBar> m_barData;
    QCPBars *m_bars;
    QCPGraph *m_cumulative;
    QCPItemStraightLine *m_eightyLine;
    QCPTextElement *m_title;
    QList<QCPItemRect *> m_zones;
    QList<QCPItemText *> m_zoneLabels;
    QCPItemRect *m_keyboardMark;
    int m_keyboardBar = -1;
    Money m_money;
};

} // namespace Kindred
