// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include "atomicwrite.h"
#include "funnelchart.h"
#include "matrixchart.h"
#include "money.h"
#include "paretochart.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPdfWriter>
#include <QScreen>

#include <algorithm>

namespace Kindred {

namespace {

const QColor textColor(0x20, 0x20, 0x20);
const QColor quietColor(0x60, 0x60, 0x60);
const QColor ruleColor(0xc8, 0xc8, 0xc8);
const QColor stripeColor(0xf3, 0xf5, 0xf8);
const QColor overdueColor(0xb0, 0x20, 0x20);

QFont sized(QFont font, qreal points, bool bold = false)
{
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// The page's fonts: DejaVu Sans, then VL PGothic for Japanese. Qt 6.4 tells a
// PDF reader which character a glyph is by the lowest code point its font maps
// to it, and Noto Sans CJK and IPAex map the Kangxi radicals (U+2F00...) to the
// glyphs of the ideographs: their 月 would be searched and copied as ⽉. VL
// Gothic keeps them apart. The interface's own font comes last, for what
// neither holds.
QFont pageFont()
{
    QFont font = QGuiApplication::font();
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("VL PGothic"), font.family()});
    return font;
}

QString day(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

// One column of a table: its heading, how its cells align and its share of
// the width left once the columns of weight 0 are as wide as their text.
struct Column
{
    QString heading;
    qreal weight = 0;
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct Cell
{
    QString text;
    QColor color = textColor;
    bool bold = false;
};

struct TableDrawn
{
    int rows = 0;
    qreal bottom = 0;
};

// Draws a table with a heading row and striped rows, each cell elided to its
// column; rows that do not fit are left out. Columns of weight 0 (numbers,
// dates) take the width of their text, in any language; the others share the rest.
TableDrawn drawTable(QPainter &painter, const QRectF &area, const QList<Column> &columns, const QList<QList<Cell>> &rows)
{
    const QFont font = painter.font();
    const qreal rowHeight = painter.fontMetrics().height() * 1.45;
    const qreal padding = painter.fontMetrics().averageCharWidth() * 0.6;
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF plainMetrics(font, painter.device());
    const QFontMetricsF boldMetrics(bold, painter.device());
    QList<qreal> widths;
    qreal fixed = 0;
    qreal weights = 0;
    for (int i = 0; i < columns.size(); ++i) {
        qreal width = 0;
        if (columns.at(i).weight == 0) {
            width = boldMetrics.horizontalAdvance(columns.at(i).heading);
            for (const QList<Cell> &row : rows) {
                const Cell cell = row.value(i);
                width = std::max(width, (cell.bold ? boldMetrics : plainMetrics).horizontalAdvance(cell.text));
            }
            width += 2 * padding + 1;
            fixed += width;
        }
        weights += columns.at(i).weight;
        widths.append(width);
    }
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).weight > 0)
            widths[i] = std::max(0.0, area.width() - fixed) * columns.at(i).weight / weights;
    }
    auto drawRow = [&](qreal top, const QList<Cell> &cells, bool heading) {
        qreal left = area.left();
        for (int i = 0; i < columns.size(); ++i) {
            const Column &column = columns.at(i);
            const qreal width = widths.at(i);
            const Cell cell = cells.value(i);
            QFont cellFont = font;
            cellFont.setBold(heading || cell.bold);
            painter.setFont(cellFont);
            painter.setPen(heading ? quietColor : cell.color);
            const QRectF box(left + padding, top, width - 2 * padding, rowHeight);
            painter.drawText(box, int(column.alignment | Qt::AlignVCenter),
                             painter.fontMetrics().elidedText(cell.text, Qt::ElideRight, int(box.width())));
            left += width;
        }
        painter.setFont(font);
    };
    QList<Cell> headings;
    for (const Column &column : columns)
        headings.append({column.heading});
    drawRow(area.top(), headings, true);
    painter.setPen(QPen(ruleColor, 1));
    painter.drawLine(QPointF(area.left(), area.top() + rowHeight), QPointF(area.right(), area.top() + rowHeight));
    const int fitting = std::max(0, int((area.height() - rowHeight) / rowHeight));
    const int drawn = std::min(fitting, int(rows.size()));
    for (int i = 0; i < drawn; ++i) {
        const qreal top = area.top() + (i + 1) * rowHeight;
        if (i % 2 == 1)
            painter.fillRect(QRectF(area.left(), top, area.width(), rowHeight), stripeColor);
        drawRow(top, rows.at(i), false);
    }
    return {drawn, area.top() + (drawn + 1) * rowHeight};
}

} // namespace

ReportWriter::ReportWriter(ReportData data) : m_data(std::move(data)) {}

Status ReportWriter::write(const QString &path) const
{
    // Atomically, as every export: a failed report leaves an old file as it was.
    return writeFileAtomically(path, [&](QIODevice &device) -> Status {
        QPdfWriter writer(&device);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        // The charts lay their text out with the screen's font metrics, as
        // QCustomPlot's own PDF export does: the page must count in the same dots.
        const QScreen *screen = QGuiApplication::primaryScreen();
        writer.setResolution(screen ? qRound(screen->logicalDotsPerInchY()) : 96);
        writer.setTitle(tr("Kindred report: %1").arg(m_data.storeName));
        writer.setCreator(QStringLiteral("Kindred %1").arg(QCoreApplication::applicationVersion()));

        QCPPainter painter;
        if (!painter.begin(&writer))
            return Error{tr("Cannot write the report to %1.").arg(path), path};
        // As QCustomPlot::savePdf() does: text as text and lines as lines, nothing cached as pixels.
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        paint(painter, QRectF(0, 0, writer.width(), writer.height()));
        if (!painter.end())
            return Error{tr("Cannot write the report to %1.").arg(path), path};
        return std::nullopt;
    });
}

void ReportWriter::paint(QCPPainter &painter, const QRectF &page) const
{
    painter.fillRect(page, Qt::white);
    const qreal dpi = painter.device()->logicalDpiY();
    const QRectF area = page.adjusted(dpi * 0.4, dpi * 0.35, -dpi * 0.4, -dpi * 0.3);
    painter.setFont(sized(pageFont(), 8.5));

    const qreal headerHeight = drawHeader(painter, area);
    const qreal footerHeight = painter.fontMetrics().height() * 1.8;
    drawFooter(painter, QRectF(area.left(), area.bottom() - footerHeight, area.width(), footerHeight));

    const qreal gap = dpi * 0.15;
    const QRectF body(area.left(), area.top() + headerHeight + gap, area.width(),
                      area.height() - headerHeight - footerHeight - 2 * gap);
    const qreal chartsHeight = body.height() * 0.56;
    drawCharts(painter, QRectF(body.left(), body.top(), body.width(), chartsHeight));
    const QRectF lower(body.left(), body.top() + chartsHeight + gap, body.width(), body.height() - chartsHeight - gap);
    if (!m_data.effect) {
        drawShortlist(painter, lower);
        return;
    }
    const qreal shortlistWidth = lower.width() * 0.64;
    drawShortlist(painter, QRectF(lower.left(), lower.top(), shortlistWidth - gap / 2, lower.height()));
    drawEffect(painter, QRectF(lower.left() + shortlistWidth + gap / 2, lower.top(),
                               lower.width() - shortlistWidth - gap / 2, lower.height()));
}

qreal ReportWriter::drawHeader(QPainter &painter, const QRectF &area) const
{
    const QFont base = painter.font();
    painter.setFont(sized(base, 15, true));
    painter.setPen(textColor);
    const qreal height = painter.fontMetrics().height() * 1.3;
    const QRectF line(area.left(), area.top(), area.width(), height);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, tr("One-to-one report: %1").arg(m_data.storeName));
    painter.setFont(sized(base, 10));
    painter.setPen(quietColor);
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                     tr("As of %1").arg(QLocale().toString(m_data.asOf, QLocale::LongFormat)));
    painter.setPen(QPen(ruleColor, 1));
    painter.drawLine(QPointF(area.left(), area.top() + height), QPointF(area.right(), area.top() + height));
    painter.setFont(base);
    return height;
}

void ReportWriter::drawFooter(QPainter &painter, const QRectF &area) const
{
    painter.setPen(QPen(ruleColor, 1));
    painter.drawLine(area.topLeft(), area.topRight());
    const QLocale locale;
    const QString period = tr("Period: %1 – %2").arg(day(m_data.period.from), day(m_data.period.until));
    const QString text = QStringLiteral("%1 · %2 · %3")
                             .arg(tr("Store: %1").arg(m_data.storeName),
                                  tr("As of %1").arg(day(m_data.asOf)), period);
    painter.setPen(quietColor);
    painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, text);
    painter.drawText(area, Qt::AlignRight | Qt::AlignVCenter,
                     tr("Made %1 with Kindred").arg(locale.toString(m_data.made, QLocale::ShortFormat)));
}

QRectF ReportWriter::drawHeading(QPainter &painter, const QRectF &area, const QString &text) const
{
    const QFont base = painter.font();
    painter.setFont(sized(base, 10.5, true));
    painter.setPen(textColor);
    const qreal height = painter.fontMetrics().height() * 1.4;
    painter.drawText(QRectF(area.left(), area.top(), area.width(), height), Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(text, Qt::ElideRight, int(area.width())));
    painter.setFont(base);
    return area.adjusted(0, height, 0, 0);
}

void ReportWriter::drawCharts(QCPPainter &painter, const QRectF &area) const
{
    // The charts are the views' own widgets, never shown: they take their
    // fonts from this holder, smaller than on screen, as print wants.
    QWidget holder;
    holder.setFont(sized(painter.font(), 7.5));
    holder.setAttribute(Qt::WA_DontShowOnScreen);

    const qreal gap = painter.device()->logicalDpiX() * 0.15;
    const qreal funnelWidth = area.width() * 0.23;
    const qreal matrixWidth = area.width() * 0.43;
    const QRectF funnelArea(area.left(), area.top(), funnelWidth, area.height());
    const QRectF matrixArea(funnelArea.right() + gap, area.top(), matrixWidth, area.height());
    const QRectF paretoArea(matrixArea.right() + gap, area.top(), area.right() - matrixArea.right() - gap,
                            area.height());

    // The funnel says the Core share of the market beneath itself.
    const QRectF funnelRect = drawHeading(painter, funnelArea, tr("Funnel"));
    FunnelChart funnel(&holder);
    funnel.setFunnel(m_data.funnel);
    painter.save();
    painter.setFont(holder.font());
    funnel.render(painter, funnelRect.toRect());
    painter.restore();

    const QRectF matrixRect = drawHeading(painter, matrixArea, tr("Value matrix: %Ln customer(s) placed", nullptr,
                                                                  int(m_data.placements.size())));
    MatrixChart matrix(&holder);
    // The stages in two rows: one is too wide for the page's column.
    matrix.legend->setWrap(3);
    matrix.legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    // Laid out at the page's size first: the density grid's cells are counted in its pixels.
    matrix.setViewport(QRect(QPoint(0, 0), matrixRect.size().toSize()));
    matrix.replot();
    matrix.setPriorityOnOwnLine(true);
    matrix.setQuadrants(m_data.split, m_data.quadrantCounts);
    QVector<MatrixChart::ChartPoint> points;
    points.reserve(m_data.placements.size());
    for (const ReportPlacement &p : m_data.placements)
        points.append({p.id, p.valueAwareness, p.valueFit, int(p.stage), 0, false, p.revenue, p.name});
    matrix.setPoints(std::move(points));

    const QRectF paretoRect = drawHeading(painter, paretoArea, tr("Pareto: revenue %1 – %2")
                                                                   .arg(day(m_data.period.from), day(m_data.period.until)));
    painter.setPen(textColor);
    const qreal headlineHeight = painter.fontMetrics().height() * 2.2;
    painter.drawText(QRectF(paretoRect.left(), paretoRect.top(), paretoRect.width(), headlineHeight),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_data.pareto.headline());
    ParetoChart pareto(&holder);
    pareto.setTitleVisible(false); // the headline stands above it, wrapped to the column
    pareto.setMoney(Money(m_data.currency));
    pareto.setPareto(m_data.pareto, {});

    const QList<std::pair<QCustomPlot *, QRectF>> plots{{&matrix, matrixRect},
                                                         {&pareto, paretoRect.adjusted(0, headlineHeight, 0, 0)}};
    for (const auto &[plot, rect] : plots) {
        painter.save();
        painter.translate(rect.topLeft());
        plot->toPainter(&painter, int(rect.width()), int(rect.height()));
        painter.restore();
    }
}

void ReportWriter::drawShortlist(QPainter &painter, const QRectF &area) const
{
    const QLocale locale;
    const Money money(m_data.currency);
    const QRectF table = drawHeading(
        painter, area,
        tr("Shortlist: quadrant I, %1 of %2 places").arg(m_data.shortlist.size()).arg(m_data.capacity));
    const QList<Column> columns{{tr("#"), 0, Qt::AlignRight}, {tr("Customer"), 1.0},
                                {tr("Stage")},                   {tr("Revenue"), 0, Qt::AlignRight},
                                {tr("Next action"), 1.4},        {tr("Due")}};
    QList<QList<Cell>> rows;
    for (const ShortlistEntry &entry : m_data.shortlist) {
        const Customer &c = entry.customer;
        const bool overdue = c.nextActionDue.isValid() && c.nextActionDue < m_data.asOf;
        // Pinned customers may stand outside quadrant I: say where.
        const QString name = entry.quadrant == Quadrant::I
                                 ? c.name
                                 : tr("%1 (quadrant %2)").arg(c.name, quadrantNumeral(entry.quadrant));
        rows.append({{locale.toString(entry.place)},
                     {name},
                     {stageName(entry.stage)},
                     {money.format(c.revenue)},
                     {c.nextAction},
                     {overdue ? tr("%1 (overdue)").arg(day(c.nextActionDue)) : day(c.nextActionDue),
                      overdue ? overdueColor : textColor, overdue}});
    }
    if (rows.isEmpty()) {
        painter.setPen(quietColor);
        painter.drawText(table, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         tr("Nobody is on the shortlist: place customers in quadrant I of the value matrix."));
        return;
    }
    const qreal noteHeight = painter.fontMetrics().height() * 1.4;
    const int drawn = drawTable(painter, table.adjusted(0, 0, 0, -noteHeight), columns, rows).rows;
    if (drawn < rows.size()) {
        painter.setPen(quietColor);
        painter.drawText(QRectF(table.left(), table.bottom() - noteHeight, table.width(), noteHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         tr("… and %n more on the shortlist in Kindred.", nullptr, int(rows.size() - drawn)));
    }
}

void ReportWriter::drawEffect(QPainter &painter, const QRectF &area) const
{
    const EffectSummary &effect = *m_data.effect;
    const QLocale locale;
    const Money money(m_data.currency);
    const QRectF table = drawHeading(painter, area,
                                     tr("One-to-one effect: %1 – %2").arg(day(effect.since), day(effect.until)));
    auto median = [&](const EffectGroup &group) {
        return group.awarenessChangeMedian
                   ? (*group.awarenessChangeMedian > 0 ? QStringLiteral("+") : QString())
                         + locale.toString(*group.awarenessChangeMedian, 'f', 1)
                   : QStringLiteral("–");
    };
    auto row = [&](const QString &name, auto figure) {
        return QList<Cell>{{name}, {figure(effect.contacted)}, {figure(effect.notContacted)}};
    };
    const QList<QList<Cell>> rows{
        row(tr("Stood in quadrant I"), [&](const EffectGroup &g) { return locale.toString(g.customers); }),
        row(tr("Moved I → II"), [&](const EffectGroup &g) { return locale.toString(g.movedIToII); }),
        row(tr("Median change of value awareness"), median),
        row(tr("Orders"), [&](const EffectGroup &g) { return locale.toString(g.orders); }),
        row(tr("Revenue"), [&](const EffectGroup &g) { return money.format(g.revenue); }),
        row(tr("Became Core"), [&](const EffectGroup &g) { return locale.toString(g.becameCore); }),
    };
    const QString caveat =
        tr("The groups were not chosen at random: the figures show a tendency, not a cause.");
    const qreal caveatHeight =
        painter.fontMetrics().boundingRect(table.toRect(), Qt::TextWordWrap, caveat).height() + 4;
    const TableDrawn drawn = drawTable(
        painter, table.adjusted(0, 0, 0, -caveatHeight),
        {{QString(), 1.0}, {tr("Contacted"), 0, Qt::AlignRight}, {tr("Not contacted"), 0, Qt::AlignRight}},
        rows);
    painter.setPen(quietColor);
    painter.drawText(QRectF(table.left(), drawn.bottom + 4, table.width(), caveatHeight),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, caveat);
}

} // namespace Kindred
