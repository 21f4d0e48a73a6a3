// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuematrixview.h"

#include "commands/movecustomers.h"
#include "contactlog.h"
#include "customertablemodel.h"
#include "matrixchart.h"
#include "matrixfilterbar.h"
#include "store/customerstore.h"
#include "unplacedpanel.h"
#include "valuematrix.h"

#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace Kindred {

namespace {
constexpr int maxMoveArrows = 400;

// Revenue size classes: the top half, top 10% and top 1% of placed customers
// grow; from their revenues in ascending order.
QVector<double> revenueThresholds(const QVector<double> &revenues)
{
    QVector<double> thresholds;
    if (revenues.isEmpty())
        return thresholds;
    for (double quantile : {0.5, 0.9, 0.99})
        thresholds.append(revenues.at(qsizetype(quantile * double(revenues.size() - 1))));
    return thresholds;
}

// The point a row draws, if any: placed, and shown under the filter. Sizes
// by revenue class when given the thresholds of the classes.
std::optional<MatrixChart::ChartPoint> chartPoint(const CustomerTableModel &model, int row,
                                                  const CustomerFilter &filter, bool hideFiltered,
                                                  const QVector<double> *sizeThresholds)
{
    const Customer &c = model.customerAt(row);
    if (!c.isPlaced())
        return std::nullopt;
    const Stage stage = model.stageAt(row);
    const bool passes = filter.isEmpty() || filter.matches(c, stage);
    if (!passes && hideFiltered)
        return std::nullopt;
    int sizeClass = 1;
    if (sizeThresholds) {
        sizeClass = 0;
        for (double threshold : *sizeThresholds)
            sizeClass += c.revenue > threshold;
    }
    return MatrixChart::ChartPoint{c.id, *c.valueAwareness, *c.valueFit, int(stage), sizeClass, !passes, c.revenue,
                                   c.name};
}
} // namespace

ValueMatrixView::ValueMatrixView(CustomerStore &store, CustomerTableModel &model, QUndoStack &undoStack,
                                 QWidget *parent)
    : QWidget(parent), m_store(store), m_model(model), m_undoStack(undoStack),
      m_filterBar(new MatrixFilterBar(this)), m_chart(new MatrixChart(this)),
      m_unplaced(new UnplacedPanel(model, this)), m_rebuildTimer(new QTimer(this))
{
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &ValueMatrixView::updateIfDue);

    // One line kept under the plot whatever it says, so that zooming into or
    // out of density never changes the plot's size under the mouse.
    m_densityNote = new QLabel(this);
    m_densityNote->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_densityNote->setFixedHeight(m_densityNote->fontMetrics().height() + 4);
    m_movesLabel = new QLabel(this);
    m_movesLabel->setWordWrap(true);
    m_movesLabel->hide();

    auto *plotArea = new QWidget(this);
    auto *plotLayout = new QVBoxLayout(plotArea);
    plotLayout->setContentsMargins(0, 0, 0, 0);
    plotLayout->addWidget(m_filterBar);
    plotLayout->addWidget(m_chart, 1);
    plotLayout->addWidget(m_densityNote);
    plotLayout->addWidget(m_movesLabel);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(plotArea);
    splitter->addWidget(m_unplaced);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_chart->setDescriber([this](CustomerId id) { return describe(id); });
    m_chart->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_chart, &QWidget::customContextMenuRequested, this, &ValueMatrixView::showContextMenu);
    connect(m_chart, &MatrixChart::selectionChanged, this, &ValueMatrixView::selectionChanged);
    connect(m_chart, &MatrixChart::moveRequested, this,
            [this](const QList<CustomerId> &, double dFit, double dAwareness) {
                moveSelection(dFit, dAwareness, int(MoveCustomers::Kind::Drag));
            });
    connect(m_chart, &MatrixChart::nudgeRequested, this, &ValueMatrixView::nudgeSelection);
    connect(m_chart, &MatrixChart::placeRequested, this, &ValueMatrixView::placeCustomers);
    connect(m_chart, &MatrixChart::zoomChanged, m_filterBar, &MatrixFilterBar::setZoomed);
    connect(m_chart, &QCustomPlot::afterReplot, this, [this] {
        m_densityNote->setText(m_chart->isDensityShown()
                                   ? tr("%Ln customer(s) in view, shown as density: darker cells hold more. "
                                        "Zoom in to see each one.",
                                        nullptr, m_chart->density().total)
                                   : QString());
    });

    connect(m_filterBar, &MatrixFilterBar::filterChanged, this, [this](const CustomerFilter &filter) {
        m_filter = filter;
        scheduleRebuild();
    });
    connect(m_filterBar, &MatrixFilterBar::displayChanged, this, &ValueMatrixView::scheduleRebuild);
    connect(m_filterBar, &MatrixFilterBar::movesSinceChanged, this, &ValueMatrixView::showMovesSince);
    connect(m_filterBar, &MatrixFilterBar::resetZoomRequested, m_chart, &MatrixChart::resetZoom);
    connect(m_filterBar, &MatrixFilterBar::exportRequested, this, &ValueMatrixView::exportDialog);

    connect(m_unplaced, &UnplacedPanel::placeInQuadrantRequested, this, &ValueMatrixView::placeInQuadrant);
    connect(m_unplaced, &UnplacedPanel::clearPlacementRequested, this, &ValueMatrixView::clearPlacementOfSelection);

    connect(&m_model, &CustomerTableModel::customersUpdated, this, &ValueMatrixView::followCustomers);
    connect(&m_store, &CustomerStore::settingsChanged, this, &ValueMatrixView::scheduleRebuild);
    rebuild();
}

ValueMatrixView::~ValueMatrixView() = default;

QCustomPlot &ValueMatrixView::plot()
{
    return *m_chart;
}

void ValueMatrixView::scheduleRebuild()
{
    m_rebuildAll = true;
    scheduleUpdate();
}

void ValueMatrixView::followCustomers(const QList<CustomerId> &edited)
{
    if (edited.isEmpty())
        m_rebuildAll = true;
    for (CustomerId id : edited)
        m_edited.insert(id);
    scheduleUpdate();
}

void ValueMatrixView::scheduleUpdate()
{
    // Changes in a burst are drawn once, on the next turn of the event loop;
    // a hidden matrix draws them when it is shown.
    if (isVisible())
        m_rebuildTimer->start();
}

bool ValueMatrixView::updateIfDue()
{
    if (m_rebuildAll)
        rebuild();
    else if (!m_edited.isEmpty())
        applyEdits();
    else
        return false;
    return true;
}

void ValueMatrixView::showEvent(QShowEvent *event)
{
    updateIfDue();
    QWidget::showEvent(event);
}

void ValueMatrixView::rebuild()
{
    m_rebuildTimer->stop();
    m_rebuildAll = false;
    m_edited.clear();
    const QList<Customer> &customers = m_model.customers();
    const QuadrantSplit split = m_store.settings().quadrantSplit;
    m_counts = {};
    m_quadrants.clear();
    m_quadrants.reserve(customers.size());
    m_placedRevenues.clear();
    for (const Customer &c : customers) {
        m_quadrants.append(quadrantOf(c.valueFit, c.valueAwareness, split));
        ++m_counts[int(m_quadrants.constLast())];
        if (c.isPlaced())
            m_placedRevenues.append(c.revenue);
    }
    std::sort(m_placedRevenues.begin(), m_placedRevenues.end());
    m_thresholds = revenueThresholds(m_placedRevenues);

    QVector<MatrixChart::ChartPoint> points;
    points.reserve(m_placedRevenues.size());
    const bool hideFiltered = m_filterBar->hideFiltered();
    const QVector<double> *sizes = m_filterBar->sizeByRevenue() ? &m_thresholds : nullptr;
    for (int row = 0; row < customers.size(); ++row) {
        if (auto point = chartPoint(m_model, row, m_filter, hideFiltered, sizes))
            points.append(std::move(*point));
    }
    m_chart->setQuadrants(split, m_counts);
    m_chart->setMoves(moves(customers));
    m_chart->setLabelsWanted(m_filterBar->namesShown());
    m_chart->setPoints(std::move(points));
}

// An edit leaves every row where it was and every revenue as it was: the
// edited customers' points move, and the quadrant counts and revenue size
// classes follow them, without a pass over everyone.
void ValueMatrixView::applyEdits()
{
    m_rebuildTimer->stop();
    if (m_movesSince) {
        rebuild(); // the arrows and their summary come from the score history
        return;
    }
    const QuadrantSplit split = m_store.settings().quadrantSplit;
    const QList<CustomerId> ids(m_edited.cbegin(), m_edited.cend());
    m_edited.clear();
    const ValueMatrix::QuadrantCounts countsBefore = m_counts;
    QVector<MatrixChart::ChartPoint> points;
    for (CustomerId id : ids) {
        const int row = m_model.rowOf(id);
        const Customer &c = m_model.customerAt(row);
        const Quadrant now = quadrantOf(c.valueFit, c.valueAwareness, split);
        Quadrant &drawn = m_quadrants[row];
        if ((drawn == Quadrant::Unplaced) != (now == Quadrant::Unplaced)) {
            const auto at = std::lower_bound(m_placedRevenues.begin(), m_placedRevenues.end(), c.revenue);
            if (now == Quadrant::Unplaced)
                m_placedRevenues.erase(at);
            else
                m_placedRevenues.insert(at, c.revenue);
        }
        --m_counts[int(drawn)];
        ++m_counts[int(now)];
        drawn = now;
    }
    const QVector<double> thresholds = revenueThresholds(m_placedRevenues);
    if (thresholds != m_thresholds && m_filterBar->sizeByRevenue()) {
        rebuild(); // everyone's size class may follow
        return;
    }
    m_thresholds = thresholds;
    const bool hideFiltered = m_filterBar->hideFiltered();
    const QVector<double> *sizes = m_filterBar->sizeByRevenue() ? &m_thresholds : nullptr;
    for (CustomerId id : ids) {
        if (auto point = chartPoint(m_model, m_model.rowOf(id), m_filter, hideFiltered, sizes))
            points.append(std::move(*point));
    }
    // A note changes no point and no count: nothing is drawn again.
    const bool countsChanged = m_counts != countsBefore;
    if (countsChanged)
        m_chart->setQuadrants(split, m_counts);
    const bool drawn = m_chart->updatePoints(ids, points, [this](CustomerId a, CustomerId b) {
        return m_model.rowOf(a) < m_model.rowOf(b);
    });
    if (countsChanged && !drawn)
        m_chart->replot();
}

void ValueMatrixView::showMovesSince(std::optional<QDateTime> since)
{
    m_movesSince = since;
    scheduleRebuild();
}

QString ValueMatrixView::movesSummary() const
{
    return m_movesText;
}

// The arrows of "moves since", and the summary of transitions beneath the plot.
QList<QLineF> ValueMatrixView::moves(const QList<Customer> &customers)
{
    m_movesText.clear();
    m_movesLabel->setVisible(m_movesSince.has_value());
    if (!m_movesSince)
        return {};
    auto then = m_store.placementsAt(*m_movesSince);
    if (!then) {
        m_movesLabel->setText(then.error().toString());
        return {};
    }
    const auto transitions = ValueMatrix::transitions(customers, then.value(), m_store.settings().quadrantSplit);
    QStringList parts;
    for (int from = 0; from < 5; ++from) {
        for (int to = 0; to < 5; ++to) {
            if (from == to || transitions[from][to] == 0)
                continue;
            auto name = [](int q) { return q == 0 ? tr("unplaced") : quadrantNumeral(Quadrant(q)); };
            parts.append(QStringLiteral("%1 → %2: %3").arg(name(from), name(to)).arg(transitions[from][to]));
        }
    }
    m_movesText = parts.join(QStringLiteral(", "));
    const QString date = QLocale().toString(m_movesSince->date(), QLocale::ShortFormat);
    m_movesLabel->setText(parts.isEmpty() ? tr("No customer changed quadrant since %1.").arg(date)
                                          : tr("Since %1: %2").arg(date, m_movesText));
    QList<QLineF> arrows;
    for (const Customer &c : customers) {
        const auto past = then.value().constFind(c.id);
        if (past == then.value().constEnd() || !c.isPlaced() || !past->valueFit || !past->valueAwareness)
            continue;
        if (arrows.size() >= maxMoveArrows)
            break;
        arrows.append(QLineF(*past->valueAwareness, *past->valueFit, *c.valueAwareness, *c.valueFit));
    }
    return arrows;
}

void ValueMatrixView::setGhosts(const QList<Customer> &suggested)
{
    QVector<MatrixPoints::Point> points;
    for (const Customer &c : suggested) {
        const int row = m_model.rowOf(c.id);
        if (row >= 0 && c.isPlaced())
            points.append({*c.valueAwareness, *c.valueFit, int(m_model.stageAt(row)), 1, false, {}});
    }
    m_chart->setGhosts(std::move(points));
}

int ValueMatrixView::ghostCount() const
{
    return m_chart->ghostCount();
}

QList<CustomerId> ValueMatrixView::selectedIds() const
{
    return m_chart->selectedIds();
}

void ValueMatrixView::setSelectedIds(const QList<CustomerId> &ids)
{
    updateIfDue(); // customers just added or placed can be selected
    m_chart->setSelectedIds(ids);
}

void ValueMatrixView::moveSelection(double dFit, double dAwareness, int kind)
{
    QList<Customer> before;
    for (CustomerId id : selectedIds())
        before.append(m_model.customerAt(m_model.rowOf(id)));
    if (before.isEmpty())
        return;
    pushMove(before, ValueMatrix::movedBy(before, dFit, dAwareness), kind);
}

void ValueMatrixView::nudgeSelection(double dFit, double dAwareness)
{
    moveSelection(dFit, dAwareness, int(MoveCustomers::Kind::Nudge));
}

void ValueMatrixView::pushMove(const QList<Customer> &before, const QList<Customer> &after, int kind)
{
    bool changed = false;
    for (qsizetype i = 0; i < before.size() && !changed; ++i)
        changed = !before.at(i).sameEditableFields(after.at(i));
    if (changed)
        m_undoStack.push(new MoveCustomers(m_store, before, after, MoveCustomers::Kind(kind)));
    // At once, so the points never flash back to where they were; a drag
    // that saved nothing puts its preview back.
    if (!updateIfDue())
        rebuild();
}

void ValueMatrixView::placeCustomers(const QList<CustomerId> &ids, double fit, double awareness)
{
    QList<Customer> before, after;
    for (CustomerId id : ids) {
        const int row = m_model.rowOf(id);
        if (row < 0)
            continue;
        before.append(m_model.customerAt(row));
        Customer placed = before.constLast();
        placed.valueFit = ValueMatrix::clampScore(fit);
        placed.valueAwareness = ValueMatrix::clampScore(awareness);
        after.append(placed);
    }
    if (before.isEmpty())
        return;
    pushMove(before, after, int(MoveCustomers::Kind::Place));
    m_chart->setSelectedIds(ids);
    emit selectionChanged(selectedIds());
}

void ValueMatrixView::placeInQuadrant(const QList<CustomerId> &ids, Quadrant quadrant)
{
    const Placement centre = ValueMatrix::centreOf(quadrant, m_store.settings().quadrantSplit);
    if (centre.valueFit && centre.valueAwareness)
        placeCustomers(ids, *centre.valueFit, *centre.valueAwareness);
}

void ValueMatrixView::clearPlacementOfSelection()
{
    QList<Customer> before, after;
    for (CustomerId id : selectedIds()) {
        before.append(m_model.customerAt(m_model.rowOf(id)));
        Customer cleared = before.constLast();
        cleared.valueFit.reset();
        cleared.valueAwareness.reset();
        after.append(cleared);
    }
    if (!before.isEmpty())
        pushMove(before, after, int(MoveCustomers::Kind::Unplace));
}

QString ValueMatrixView::describe(CustomerId id) const
{
    const int row = m_model.rowOf(id);
    if (row < 0)
        return {};
    const Customer &c = m_model.customerAt(row);
    return tr("<b>%1</b><br>Revenue %2 from %n order(s)<br>Stage: %3<br>Value fit %4, value awareness %5", nullptr,
              c.orderCount)
        .arg(c.name.toHtmlEscaped(), m_model.money().format(c.revenue), stageName(m_model.stageAt(row)),
             formatScore(c.valueFit.value_or(0)), formatScore(c.valueAwareness.value_or(0)));
}

void ValueMatrixView::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    if (!m_chart->selectedIds().isEmpty()) {
        menu.addAction(tr("Add to Shortlist"), this, [this] { emit addToShortlistRequested(selectedIds()); });
        if (m_chart->selectedIds().size() == 1) {
            menu.addAction(tr("Log Contact…"), this, [this] {
                ContactLog(m_store, m_undoStack).logContact(m_chart->selectedIds().constFirst(), this);
            });
        }
        menu.addAction(tr("Clear Placement"), this, &ValueMatrixView::clearPlacementOfSelection);
        menu.addSeparator();
    }
    menu.addAction(tr("Reset Zoom"), m_chart, &MatrixChart::resetZoom)->setEnabled(m_chart->isZoomed());
    menu.exec(m_chart->mapToGlobal(position));
}

Status ValueMatrixView::exportImage(const QString &fileName)
{
    const bool pdf = fileName.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
    const bool ok = pdf ? m_chart->savePdf(fileName, 0, 0, QCP::epNoCosmetic, QStringLiteral("Kindred"),
                                           tr("Value matrix"))
                        : m_chart->savePng(fileName, 0, 0, 2.0);
    if (!ok)
        return Error{tr("Cannot write the image."), fileName};
    return std::nullopt;
}

void ValueMatrixView::exportDialog()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Value Matrix"), tr("value-matrix.png"),
                                                          tr("PNG image (*.png);;PDF document (*.pdf)"));
    if (fileName.isEmpty())
        return;
    if (Status error = exportImage(fileName))
        QMessageBox::warning(this, tr("Export failed"), error->toString());
}

} // namespace Kindred
