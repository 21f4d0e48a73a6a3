// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "reportdata.h"

#include <QCoreApplication>
#include <QRectF>

class QCPPainter;
class QPainter;

namespace Kindred {

/// Writes the one-page report (an A4 landscape PDF in the interface language)
/// from figures core computed: the funnel, the value matrix and the Pareto
/// curve drawn by the views' own chart classes, the shortlist with next
/// actions and due dates, the one-to-one effect when it is given, and a footer
/// with the store, the day and the period. The window (File ▸ Export Report…)
/// and `kindred-cli report` share it; it needs a QApplication, not a display.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::ReportWriter)

public:
    explicit ReportWriter(ReportData data);

    /// Writes the PDF, replacing the file.
    Status write(const QString &path) const;

private:
    void paint(QCPPainter &painter, const QRectF &page) const;
    qreal drawHeader(QPainter &painter, const QRectF &area) const;
    void drawFooter(QPainter &painter, const QRectF &area) const;
    void drawCharts(QCPPainter &painter, const QRectF &area) const;
    void drawShortlist(QPainter &painter, const QRectF &area) const;
    void drawEffect(QPainter &painter, const QRectF &area) const;
    /// A section's heading; returns the area below it.
    QRectF drawHeading(QPainter &painter, const QRectF &area, const QString &text) const;

    ReportData m_data;
};

} // namespace Kindred
