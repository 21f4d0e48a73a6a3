// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paretochart.h"

#include <QKeyEvent>
#include <QLocale>
#include <QToolTip>

#include <cmath>

namespace Kindred {

namespace {
QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

// Revenue ticks in the workspace's currency: whole units unless the step is smaller.
class MoneyTicker : public QCPAxisTicker
{
public:
    Money money;

protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        return tick == std::round(tick) ? money.formatWhole(tick) : money.format(tick);
    }
};
} // namespace

ParetoChart::ParetoChart(QWidget *parent) : QCustomPlot(parent)
{
    setMinimumSize(400, 300);
    plotLayout()->insertRow(0);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title = new QCPTextElement(this, QString(), titleFont);
    plotLayout()->addElement(0, 0, m_title);

    xAxis->setLabel(tr("Customers, ranked by revenue (%)"));
    xAxis->setRange(0, 100);
    yAxis->setLabel(tr("Revenue"));
    yAxis->setTicker(QSharedPointer<MoneyTicker>::create());
    yAxis2->setVisible(true);
    yAxis2->setRange(0, 100);
    yAxis2->setLabel(tr("Cumulative share of revenue (%)"));

    // A, B and C zones behind everything else.
    const QList<QColor> zoneColors{QColor(46, 160, 67, 40), QColor(240, 180, 0, 40), QColor(120, 120, 120, 30)};
    const QStringList zoneNames{tr("A"), tr("B"), tr("C")};
    for (int i = 0; i < 3; ++i) {
        auto *zone = new QCPItemRect(this);
        zone->setLayer(QStringLiteral("background"));
        zone->topLeft->setAxes(xAxis, yAxis2);
        zone->bottomRight->setAxes(xAxis, yAxis2);
        zone->setPen(Qt::NoPen);
        zone->setBrush(zoneColors.at(i));
        m_zones.append(zone);
        auto *label = new QCPItemText(this);
        label->position->setAxes(xAxis, yAxis2);
        label->setPositionAlignment(Qt::AlignTop | Qt::AlignHCenter);
        label->setText(zoneNames.at(i));
        label->setFont(titleFont);
        QColor labelColor = zoneColors.at(i).darker(200);
        labelColor.setAlpha(255);
        label->setColor(labelColor);
        m_zoneLabels.append(label);
    }

    m_bars = new QCPBars(xAxis, yAxis);
    m_bars->setWidthType(QCPBars::wtPlotCoords);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(QColor(0x3b, 0x7d, 0xc4));
    m_cumulative = addGraph(xAxis, yAxis2);
    m_cumulative->setPen(QPen(QColor(0xe0, 0x6c, 0x00), 2));
    m_eightyLine = new QCPItemStraightLine(this);
    m_eightyLine->point1->setAxes(xAxis, yAxis2);
    m_eightyLine->point2->setAxes(xAxis, yAxis2);
    m_eightyLine->point1->setCoords(0, 80);
    m_eightyLine->point2->setCoords(100, 80);
    m_eightyLine->setPen(QPen(QColor(0xc0, 0x20, 0x20), 1, Qt::DashLine));

    m_keyboardMark = new QCPItemRect(this);
    m_keyboardMark->setPen(QPen(palette().highlight(), 2));
    m_keyboardMark->setVisible(false);

    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Pareto chart"));
    setMouseTracking(true);
    connect(this, &QCustomPlot::mouseMove, this, &ParetoChart::showTooltip);
    connect(this, &QCustomPlot::mouseRelease, this, &ParetoChart::emitClicked);
    setPareto(ParetoAnalysis(), {});
}

void ParetoChart::setPareto(const ParetoAnalysis &pareto, const QHash<CustomerId, QString> &names)
{
    m_pareto = pareto;
    m_names = names;
    m_barData = pareto.chartBars();
    const double n = pareto.customerCount();

    QVector<double> keys, values, lineKeys{0.0}, lineValues{0.0};
    keys.reserve(m_barData.size());
    values.reserve(m_barData.size());
    double highest = 0.0;
    for (const ParetoBar &bar : std::as_const(m_barData)) {
        keys.append((bar.firstRank + bar.count / 2.0) / n * 100.0);
        values.append(bar.revenue);
        highest = std::max(highest, bar.revenue);
        lineKeys.append((bar.firstRank + bar.count) / n * 100.0);
        lineValues.append(bar.cumulativeShare * 100.0);
    }
    m_bars->setWidth(m_barData.isEmpty() ? 1.0 : 100.0 / m_barData.size());
    m_bars->setData(keys, values, true);
    m_cumulative->setData(lineKeys, lineValues, true);
    yAxis->setRange(0, highest > 0 ? highest * 1.05 : 1.0);
    const bool grouped = m_barData.size() < pareto.customerCount();
    yAxis->setLabel(grouped ? tr("Revenue per percentile of customers") : tr("Revenue per customer"));

    const double aEnd = n > 0 ? pareto.classCount(AbcClass::A) / n * 100.0 : 0.0;
    const double bEnd = n > 0 ? aEnd + pareto.classCount(AbcClass::B) / n * 100.0 : 0.0;
    const double edges[] = {0.0, aEnd, bEnd, n > 0 ? 100.0 : 0.0};
    for (int i = 0; i < 3; ++i) {
        m_zones.at(i)->topLeft->setCoords(edges[i], 100);
        m_zones.at(i)->bottomRight->setCoords(edges[i + 1], 0);
        m_zoneLabels.at(i)->position->setCoords((edges[i] + edges[i + 1]) / 2, 99);
        m_zoneLabels.at(i)->setVisible(edges[i + 1] - edges[i] >= 3.0); // room for the letter
    }
    m_title->setText(pareto.headline());
    setAccessibleDescription(pareto.headline() + QLatin1Char(' ')
                             + tr("Customers ranked by revenue as bars, with the cumulative share of revenue as a "
                                  "line. Arrow keys choose a bar; Enter selects its customers."));
    m_keyboardBar = -1;
    m_keyboardMark->setVisible(false);
    replot();
}

void ParetoChart::setMoney(const Money &money)
{
    m_money = money;
    static_cast<MoneyTicker *>(yAxis->ticker().data())->money = money;
}

void ParetoChart::setTitleVisible(bool visible)
{
    if (visible == (m_title->layout() != nullptr))
        return;
    if (visible) {
        plotLayout()->insertRow(0);
        plotLayout()->addElement(0, 0, m_title);
    } else {
        plotLayout()->take(m_title);
        plotLayout()->simplify();
    }
    replot();
}

int ParetoChart::rankAt(const QPointF &position) const
{
    const int n = m_pareto.customerCount();
    if (n == 0 || !axisRect()->rect().contains(position.toPoint()))
        return -1;
    const double x = xAxis->pixelToCoord(position.x());
    if (x < 0.0 || x >= 100.0)
        return -1;
    return std::min(n - 1, int(x / 100.0 * n));
}

int ParetoChart::barAt(const QPointF &position) const
{
    const int rank = rankAt(position);
    if (rank < 0)
        return -1;
    const auto after = std::upper_bound(m_barData.cbegin(), m_barData.cend(), rank,
                                        [](int r, const ParetoBar &bar) { return r < bar.firstRank; });
    return int(after - m_barData.cbegin()) - 1;
}

QList<CustomerId> ParetoChart::customersOf(int bar) const
{
    QList<CustomerId> ids;
    if (bar < 0 || bar >= m_barData.size())
        return ids;
    const ParetoBar &b = m_barData.at(bar);
    ids.reserve(b.count);
    for (int i = b.firstRank; i < b.firstRank + b.count; ++i)
        ids.append(m_pareto.entries().at(i).id);
    return ids;
}

QString ParetoChart::describe(const QPointF &position) const
{
    const int rank = rankAt(position);
    if (rank < 0)
        return {};
    const QLocale locale;
    const ParetoEntry &e = m_pareto.entries().at(rank);
    const QString name = m_names.value(e.id, tr("Customer %1").arg(e.id));
    QString text = tr("#%1 %2: revenue %3 (%4 of the total), cumulative %5, class %6")
                       .arg(locale.toString(rank + 1), name, m_money.format(e.revenue), percent(e.share),
                            percent(e.cumulativeShare), abcClassKey(e.abcClass));
    const ParetoBar &bar = m_barData.at(barAt(position));
    if (bar.count > 1) {
        text = tr("Customers #%1–#%2: revenue %3, cumulative %4. Click to select them.")
                   .arg(locale.toString(bar.firstRank + 1), locale.toString(bar.firstRank + bar.count),
                        m_money.format(bar.revenue), percent(bar.cumulativeShare))
            + QLatin1Char('\n') + text;
    }
    return text;
}

QPointF ParetoChart::centreOf(int bar) const
{
    const ParetoBar &b = m_barData.at(bar);
    const double x = (b.firstRank + b.count / 2.0) / m_pareto.customerCount() * 100.0;
    return {xAxis->coordToPixel(x), double(axisRect()->center().y())};
}

void ParetoChart::chooseBar(int bar)
{
    m_keyboardBar = bar;
    const ParetoBar &b = m_barData.at(bar);
    const double n = m_pareto.customerCount();
    m_keyboardMark->topLeft->setCoords(b.firstRank / n * 100.0, b.revenue);
    m_keyboardMark->bottomRight->setCoords((b.firstRank + b.count) / n * 100.0, 0);
    m_keyboardMark->setVisible(true);
    replot();
    const QPointF centre = centreOf(bar);
    QToolTip::showText(mapToGlobal(centre.toPoint()), describe(centre), this);
}

void ParetoChart::keyPressEvent(QKeyEvent *event)
{
    const int last = int(m_barData.size()) - 1;
    if (last < 0) {
        QCustomPlot::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Right: chooseBar(std::min(m_keyboardBar + 1, last)); break;
    case Qt::Key_Left: chooseBar(std::max(m_keyboardBar - 1, 0)); break;
    case Qt::Key_Home: chooseBar(0); break;
    case Qt::Key_End: chooseBar(last); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_keyboardBar >= 0)
            emit customersClicked(customersOf(m_keyboardBar));
        break;
    default:
        QCustomPlot::keyPressEvent(event);
    }
}

void ParetoChart::showTooltip(QMouseEvent *event)
{
    const QString text = describe(event->position());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void ParetoChart::emitClicked(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int bar = barAt(event->position());
    if (bar >= 0)
        emit customersClicked(customersOf(bar));
}

} // namespace Kindred
