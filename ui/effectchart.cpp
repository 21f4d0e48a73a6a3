// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "effectchart.h"

#include <QLocale>

namespace Kindred {

namespace {
// Shares in percent; the room above 100 is for the labels, not a share.
class ShareTicker : public QCPAxisTicker
{
protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar, int) override
    {
        return tick > 100.0 ? QString() : locale.toString(tick, 'f', 0);
    }
};

QString movedText(const EffectGroup &group)
{
    const std::optional<double> share = group.movedShare();
    if (!share)
        return EffectChart::tr("no customers");
    return EffectChart::tr("%1% (%2 of %3)")
        .arg(QLocale().toString(*share * 100.0, 'f', 0))
        .arg(QLocale().toString(group.movedIToII), QLocale().toString(group.customers));
}
} // namespace

EffectChart::EffectChart(QWidget *parent) : QCustomPlot(parent)
{
    setMinimumSize(320, 220);
    // One bar object per group, so that each keeps its own colour.
    const QList<QColor> colours{QColor(0x3b, 0x7d, 0xc4), QColor(0x9a, 0x9a, 0x9a)};
    m_contacted = new QCPBars(xAxis, yAxis);
    m_notContacted = new QCPBars(xAxis, yAxis);
    const QList<QCPBars *> bars{m_contacted, m_notContacted};
    for (int i = 0; i < 2; ++i) {
        bars.at(i)->setWidth(0.6);
        bars.at(i)->setPen(Qt::NoPen);
        bars.at(i)->setBrush(colours.at(i));
        auto *label = new QCPItemText(this);
        label->position->setAxes(xAxis, yAxis);
        label->setPositionAlignment(Qt::AlignBottom | Qt::AlignHCenter);
        label->setPadding(QMargins(0, 0, 0, 4));
        m_labels.append(label);
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTick(1, tr("Contacted in quadrant I"));
    ticker->addTick(2, tr("Not contacted"));
    xAxis->setTicker(ticker);
    xAxis->setRange(0.4, 2.6);
    xAxis->grid()->setVisible(false);
    yAxis->setLabel(tr("Moved from I to II (%)"));
    yAxis->setTicker(QSharedPointer<ShareTicker>::create());
    setAccessibleName(tr("One-to-one effect chart"));
    setSummary({});
}

void EffectChart::setSummary(const EffectSummary &summary)
{
    m_summary = summary;
    const QList<const EffectGroup *> groups{&summary.contacted, &summary.notContacted};
    const QList<QCPBars *> bars{m_contacted, m_notContacted};
    double highest = 0.0;
    for (int i = 0; i < 2; ++i) {
        const double share = groups.at(i)->movedShare().value_or(0.0) * 100.0;
        highest = std::max(highest, share);
        bars.at(i)->setData({double(i + 1)}, {share}, true);
        m_labels.at(i)->position->setCoords(i + 1, share);
        m_labels.at(i)->setText(movedText(*groups.at(i)));
    }
    // Room above the taller bar for its label; small shares are not stretched to look large.
    yAxis->setRange(0, std::max(20.0, highest * 1.15 + 10.0));
    setAccessibleDescription(tr("Moved from quadrant I to II: contacted %1, not contacted %2.")
                                 .arg(movedText(summary.contacted), movedText(summary.notContacted)));
    replot();
}

QStringList EffectChart::barLabels() const
{
    return {m_labels.at(0)->text(), m_labels.at(1)->text()};
}

} // namespace Kindred
