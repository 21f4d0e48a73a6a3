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
    update();
}

void FunnelChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    m_hits.clear();
    renderAll(painter, rect().adjusted(8, 8, -8, -8), &m_hits);
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

void FunnelChart::renderAll(QPainter &painter, const QRectF &rect, QList<HitArea> *hits) const
{
    const QLocale locale;
    if (!m_then) {
        renderFunnel(painter, rect, m_now, tr("Funnel on %1").arg(locale.toString(m_now.date(), QLocale::ShortFormat)),
                     hits);
        return;
    }
    const qreal half = rect.width() / 2;
    renderFunnel(painter, QRectF(rect.left(), rect.top(), half - 6, rect.height()), *m_then,
                 tr("As of %1").arg(locale.toString(m_then->date(), QLocale::ShortFormat)), hits);
    renderFunnel(painter, QRectF(rect.left() + half + 6, rect.top(), half - 6, rect.height()), m_now,
                 tr("Now (%1)").arg(locale.toString(m_now.date(), QLocale::ShortFormat)), hits);
}

void FunnelChart::renderFunnel(QPainter &painter, const QRectF &rect, const FunnelAnalysis &funnel,
                               const QString &title, QList<HitArea> *hits) const
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
        if (hits && row.stage)
            hits->append({path, *row.stage});

        const QString name = row.stage ? stageName(*row.stage) : tr("Market");
        QString label = QStringLiteral("%1\n%2").arg(name, locale.toString(row.value));
        if (row.stage && *row.stage != Stage::Prospect && funnel.count(*row.stage) != row.value)
            label += QLatin1Char(' ') + tr("(now %1)").arg(locale.toString(funnel.count(*row.stage)));
        painter.setPen(textColor);
        painter.drawText(QRectF(body.left(), top, body.width(), rowHeight - gap), Qt::AlignCenter, label);

        if (row.stage) {
            if (const auto conversion = funnel.conversion(*row.stage)) {
                painter.setPen(QColor(0x55, 0x55, 0x55));
                // Beside the junction with the step before.
                const qreal left = centre + topWidth / 2 + 10;
                painter.drawText(QRectF(left, top - gap, rect.right() - left, gap * 2 + 4),
                                 Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("↓ ") + percent(*conversion));
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
    painter.drawText(dormant, Qt::AlignCenter | Qt::TextWordWrap,
                     QStringLiteral("%1\n%2").arg(stageName(Stage::Dormant), locale.toString(funnel.count(Stage::Dormant))));
    if (hits)
        hits->append({dormantPath, Stage::Dormant});

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
