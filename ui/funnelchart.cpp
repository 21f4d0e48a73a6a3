// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "funnelchart.h"

#include "stagepalette.h"

#include <QFileInfo>
#include <QImage>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPdfWriter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Kindred {

namespace {

// The market is not a stage: a pale colour of its own beside the stages'.
QColor rowColor(std::optional<Stage> stage)
{
    return stage ? stageColor(*stage) : QColor(0xdf, 0xe6, 0xee);
}

QString percent(double share)
{
    // Small shares are the point of the method: keep their digits.
    return QLocale().toString(share * 100.0, 'f', share < 0.01 ? 3 : 1) + QLatin1Char('%');
}

} // namespace

FunnelChart::FunnelChart(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(360, 300);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Funnel"));
    setAccessibleDescription(tr("Customers per stage, from the market to Core, with the conversion from each stage "
                                "to the next. Arrow keys choose a stage; Enter shows its customers in the table."));
}

void FunnelChart::setFunnel(const FunnelAnalysis &now, const std::optional<FunnelAnalysis> &then)
{
    m_now = now;
    m_then = then;
    // Two funnels side by side need room for their labels, in Japanese too.
    setMinimumWidth(then ? 560 : 360);
    update();
}

void FunnelChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    Layout layout;
    renderAll(painter, rect().adjusted(8, 8, -8, -8), &layout);
    m_hits = layout.hits;
    m_labels = layout.labels;
    if (!hasFocus() || !m_keyboardStage)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().highlight(), 3));
    painter.setBrush(Qt::NoBrush);
    for (const HitArea &hit : std::as_const(m_hits)) {
        if (hit.stage == *m_keyboardStage)
            painter.drawPath(hit.path);
    }
}

void FunnelChart::keyPressEvent(QKeyEvent *event)
{
    const int at = m_keyboardStage ? int(std::find(allStages.cbegin(), allStages.cend(), *m_keyboardStage)
                                         - allStages.cbegin())
                                   : -1;
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Right:
        m_keyboardStage = allStages.at(std::min<int>(at + 1, int(allStages.size()) - 1));
        break;
    case Qt::Key_Up:
    case Qt::Key_Left:
        m_keyboardStage = allStages.at(std::max(at - 1, 0));
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_keyboardStage)
            emit stageClicked(*m_keyboardStage);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    update();
}

void FunnelChart::render(QPainter &painter, const QRect &rect) const
{
    painter.fillRect(rect, Qt::white);
    renderAll(painter, rect, nullptr);
}

void FunnelChart::renderAll(QPainter &painter, const QRectF &rect, Layout *layout) const
{
    const QLocale locale;
    if (!m_then) {
        renderFunnel(painter, rect, m_now, tr("Funnel on %1").arg(locale.toString(m_now.date(), QLocale::ShortFormat)),
                     layout);
        return;
    }
    const qreal half = rect.width() / 2;
    renderFunnel(painter, QRectF(rect.left(), rect.top(), half - 6, rect.height()), *m_then,
                 tr("As of %1").arg(locale.toString(m_then->date(), QLocale::ShortFormat)), layout);
    renderFunnel(painter, QRectF(rect.left() + half + 6, rect.top(), half - 6, rect.height()), m_now,
                 tr("Now (%1)").arg(locale.toString(m_now.date(), QLocale::ShortFormat)), layout);
}

void FunnelChart::renderFunnel(QPainter &painter, const QRectF &rect, const FunnelAnalysis &funnel,
                               const QString &title, Layout *layout) const
{
    const QLocale locale;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont titleFont = painter.font();
    titleFont.setBold(true);
    const QFont plainFont = painter.font();
    const QColor textColor(0x20, 0x20, 0x20);

    const qreal titleHeight = painter.fontMetrics().height() * 2.0;
    const qreal footerHeight = painter.fontMetrics().height() * 2.5;
    painter.setFont(titleFont);
    painter.setPen(textColor);
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width() * 0.74, titleHeight), Qt::AlignCenter, title);
    painter.setFont(plainFont);

    // The steps drawn: Market when it is set, then Prospect to Core.
    struct Row
    {
        std::optional<Stage> stage;
        qint64 value;
    };
    QList<Row> rows;
    if (funnel.marketSize() > 0)
        rows.append({std::nullopt, funnel.marketSize()});
    for (Stage step : FunnelAnalysis::steps)
        rows.append({step, funnel.reached(step)});
    qint64 largest = 1;
    for (const Row &row : rows)
        largest = std::max(largest, row.value);

    const QRectF body(rect.left(), rect.top() + titleHeight, rect.width() * 0.74,
                      rect.height() - titleHeight - footerHeight);
    const qreal rowHeight = body.height() / rows.size();
    auto widthOf = [&](qint64 value) {
        const double scale = std::log10(1.0 + double(value)) / std::log10(1.0 + double(largest));
        return body.width() * (0.14 + 0.86 * scale);
    };

    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        const qreal top = body.top() + i * rowHeight;
        const qreal gap = rowHeight * 0.12;
        const qreal topWidth = widthOf(row.value);
        const qreal bottomWidth = i + 1 < rows.size() ? widthOf(rows.at(i + 1).value) : topWidth * 0.8;
        const qreal centre = body.center().x();
        QPainterPath path;
        path.moveTo(centre - topWidth / 2, top);
        path.lineTo(centre + topWidth / 2, top);
        path.lineTo(centre + bottomWidth / 2, top + rowHeight - gap);
        path.lineTo(centre - bottomWidth / 2, top + rowHeight - gap);
        path.closeSubpath();
        painter.setPen(QPen(rowColor(row.stage).darker(130), 1));
        painter.setBrush(rowColor(row.stage));
        painter.drawPath(path);
        if (layout && row.stage)
            layout->hits.append({path, *row.stage});

        const QString name = row.stage ? stageName(*row.stage) : tr("Market");
        const QString count = locale.toString(row.value);
        QString now;
        if (row.stage && *row.stage != Stage::Prospect && funnel.count(*row.stage) != row.value)
            now = tr("(now %1)").arg(locale.toString(funnel.count(*row.stage)));
        const QString twoLines = QStringLiteral("%1\n%2").arg(name, (count + QLatin1Char(' ') + now).trimmed());
        const QString oneLine = QStringLiteral("%1  %2").arg(name, (count + QLatin1Char(' ') + now).trimmed());
        const QString threeLines = now.isEmpty() ? twoLines : QStringLiteral("%1\n%2\n%3").arg(name, count, now);
        // Inside the bar when it fits there: its middle is wider than its narrow end. Else
        // beside it on the left, which is free.
        const qreal barHeight = rowHeight - gap;
        auto widthAt = [&](qreal share) { return topWidth + (bottomWidth - topWidth) * share - 8; };
        const qreal middleWidth = std::min(widthAt(0.2), widthAt(0.8));
        const QRectF middle(centre - middleWidth / 2, top + barHeight * 0.2, middleWidth, barHeight * 0.6);
        const qreal inner = std::min(topWidth, bottomWidth) - 8;
        const QRectF inside(centre - inner / 2, top, inner, barHeight);
        const QRectF beside(body.left(), top, centre - std::max(topWidth, bottomWidth) / 2 - 6 - body.left(), barHeight);
        const int right = Qt::AlignRight | Qt::AlignVCenter;
        painter.setPen(textColor);
        drawLabel(painter,
                  {{twoLines, middle, Qt::AlignCenter}, {oneLine, middle, Qt::AlignCenter},
                   {twoLines, inside, Qt::AlignCenter}, {threeLines, inside, Qt::AlignCenter},
                   {twoLines, beside, right}, {oneLine, beside, right}, {threeLines, beside, right}},
                  path, layout);

        if (row.stage) {
            if (const auto conversion = funnel.conversion(*row.stage)) {
                painter.setPen(QColor(0x55, 0x55, 0x55));
                // Beside the junction with the step before, as high as a line needs.
                const qreal left = centre + topWidth / 2 + 10;
                const qreal height = std::max(gap * 2 + 4, painter.fontMetrics().height() + 2.0);
                drawLabel(painter,
                          {{QStringLiteral("↓ ") + percent(*conversion),
                            QRectF(left, top - height / 2, rect.right() - left, height),
                            Qt::AlignLeft | Qt::AlignVCenter}},
                          {}, layout);
            }
        }
    }

    // Dormant: a leak beside the funnel, level with Regular.
    const qreal dormantTop = body.top() + (rows.size() - 2) * rowHeight;
    const QRectF dormant(body.right() + 4, dormantTop + rowHeight * 0.1, rect.right() - body.right() - 8,
                         rowHeight * 0.7);
    QPainterPath dormantPath;
    dormantPath.addRoundedRect(dormant, 6, 6);
    painter.setPen(QPen(stageColor(Stage::Dormant).darker(130), 1));
    painter.setBrush(stageColor(Stage::Dormant));
    painter.drawPath(dormantPath);
    painter.setPen(textColor);
    const QString dormantCount = locale.toString(funnel.count(Stage::Dormant));
    const QRectF dormantInside = dormant.adjusted(4, 0, -4, 0);
    drawLabel(painter,
              {{QStringLiteral("%1\n%2").arg(stageName(Stage::Dormant), dormantCount), dormantInside,
                Qt::AlignCenter | Qt::TextWordWrap},
               {QStringLiteral("%1 %2").arg(stageName(Stage::Dormant), dormantCount), dormantInside,
                Qt::AlignCenter | Qt::TextWordWrap}},
              dormantPath, layout);
    if (layout)
        layout->hits.append({dormantPath, Stage::Dormant});

    const QRectF footer(rect.left(), rect.bottom() - footerHeight, rect.width(), footerHeight);
    const auto share = funnel.coreShareOfMarket();
    const QString footerText =
        share ? tr("Core customers: %1, %2 of the market.")
                    .arg(locale.toString(funnel.count(Stage::Core)), percent(*share))
              : tr("Core customers: %1. Set the market size to see their share of it.")
                    .arg(locale.toString(funnel.count(Stage::Core)));
    painter.setFont(titleFont);
    painter.drawText(footer, Qt::AlignCenter | Qt::TextWordWrap, footerText);
    painter.restore();
}

void FunnelChart::drawLabel(QPainter &painter, const QList<Placement> &placements, const QPainterPath &bar,
                            Layout *layout) const
{
    // The first placement that fits whole, at the painter's size, then smaller down to
    // about 70%; at the smallest, the first placement drawn whole, past its rect if must be.
    const QFont base = painter.font();
    const qreal baseSize = base.pointSizeF() > 0 ? base.pointSizeF() : base.pixelSize() * 0.75;
    const qreal smallest = std::max(6.0, baseSize * 0.7);
    for (qreal size = baseSize;; size = std::max(smallest, size - 0.5)) {
        QFont font = base;
        font.setPointSizeF(size);
        const QFontMetricsF metrics(font);
        for (const Placement &placement : placements) {
            const QRectF needed = metrics.boundingRect(placement.rect, placement.flags, placement.text);
            const bool fits = placement.rect.width() > 0 && needed.width() <= placement.rect.width() + 0.5
                && needed.height() <= placement.rect.height() + 0.5;
            if (fits || size <= smallest) {
                const Placement &chosen = fits ? placement : placements.constFirst();
                painter.setFont(font);
                painter.drawText(chosen.rect, chosen.flags | (fits ? 0 : int(Qt::TextDontClip)), chosen.text);
                painter.setFont(base);
                if (layout)
                    layout->labels.append({chosen.text, chosen.rect, font, chosen.flags, bar});
                return;
            }
        }
    }
}

std::optional<Stage> FunnelChart::stageAt(const QPoint &point) const
{
    for (const HitArea &hit : m_hits) {
        if (hit.path.contains(point))
            return hit.stage;
    }
    return std::nullopt;
}

void FunnelChart::mouseMoveEvent(QMouseEvent *event)
{
    const auto stage = stageAt(event->position().toPoint());
    setCursor(stage ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (stage)
        QToolTip::showText(event->globalPosition().toPoint(),
                           (*stage == Stage::Dormant ? tr("Show the customers who are %1 now in the table")
                                                     : tr("Show the customers who reached %1 in the table"))
                               .arg(stageName(*stage)),
                           this);
    else
        QToolTip::hideText();
}

void FunnelChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (const auto stage = stageAt(event->position().toPoint()))
        emit stageClicked(*stage);
}

bool FunnelChart::save(const QString &path, const QSize &size) const
{
    if (QFileInfo(path).suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0) {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        QPainter painter;
        if (!painter.begin(&writer))
            return false;
        render(painter, QRect(QPoint(0, 0), size));
        return painter.end();
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    render(painter, image.rect());
    painter.end();
    return image.save(path, "PNG");
}

} // namespace Kindred
