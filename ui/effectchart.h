// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "effectanalysis.h"

#include <qcustomplot.h>

namespace Kindred {

/// Draws the one-to-one effect that core computed: for the contacted and the
/// others, the share of the quadrant I customers who moved to II, as two
/// bars labelled with the count behind each share. Small on purpose: the
/// table beside it carries the other figures. Draws into a PDF page with
/// QCustomPlot's toPainter() or savePdf() as well as on screen.
class EffectChart : public QCustomPlot
{
    Q_OBJECT

public:
    explicit EffectChart(QWidget *parent = nullptr);

    void setSummary(const EffectSummary &summary);
    const EffectSummary &summary() const { return m_summary; }
    /// The text above each bar (contacted, then the others), as drawn.
    QStringList barLabels() const;

    QSize sizeHint() const override { return {420, 300}; }

private:
    EffectSummary m_summary;
    QCPBars *m_contacted;
    QCPBars *m_notContacted;
    QList<QCPItemText *> m_labels;
};

} // namespace Kindred
