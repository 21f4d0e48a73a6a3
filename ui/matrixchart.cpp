// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixchart.h"

#include "customertablemodel.h"
#include "stagepalette.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QRubberBand>
#include <QToolTip>

#include <cmath>
#include <limits>

namespace Kindred {

namespace {
constexpr double hitRadius = 8.0;
constexpr int dragThreshold = 4;
constexpr int labelledPoints = 60;
constexpr int densityCellPixels = 8;
constexpr int maxNamesInToolTip = 8;
// A little room beyond 0 and 100 so that points on the edges show whole.
constexpr double rangeFrom = -2;
constexpr double rangeTo = 102;
// Zoomed in this far, ten whole scores fill the plot: customers can be told apart.
constexpr double minimumSpan = 10;

// The band between two corners, both inside it: QRect::normalized() leaves out
// the corner where a band drawn up or to the left started.
QRect bandBetween(const QPoint &a, const QPoint &b)
{
    return QRect(QPoint(std::min(a.x(), b.x()), std::min(a.y(), b.y())),
                 QPoint(std::max(a.x(), b.x()), std::max(a.y(), b.y())));
}

// Indexed by int(Stage), as MatrixPoints::Point::colorIndex is.
QVector<QColor> stageColors()
{
    QVector<QColor> colors(qsizetype(allStages.size()));
    for (Stage stage : allStages)
        colors[int(stage)] = stageColor(stage);
    return colors;
}

// Whether [from, to) (or [from, to] when the end is closed) meets [lower, upper].
bool meets(double from, double to, bool closedEnd, double lower, double upper)
{
    return (closedEnd ? lower <= to : lower < to) && upper >= from;
}
} // namespace

MatrixChart::MatrixChart(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("valueMatrixPlot"));
    setAccessibleName(tr("Value matrix"));
    setAccessibleDescription(
        tr("Customers by value awareness (across) and value fit (up). Drag customers to move them; "
           "Shift+drag selects with a band, Ctrl+Shift+drag adds to the selection; "
           "arrow keys nudge the selection, Shift+arrow by 10. The mouse wheel zooms; "
           "a middle drag, or a drag on empty space when zoomed in, moves the view."));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setMinimumSize(420, 360);
    setNoAntialiasingOnDrag(true);
    setAutoAddPlottableToLegend(false);

    addLayer(QStringLiteral("quadrants"), layer(QStringLiteral("background")), QCustomPlot::limAbove);
    // The split lines stay visible above a density grid.
    addLayer(QStringLiteral("splits"), layer(QStringLiteral("main")), QCustomPlot::limAbove);
    addLayer(QStringLiteral("selection"), layer(QStringLiteral("splits")), QCustomPlot::limAbove);
    m_selectionLayer = layer(QStringLiteral("selection"));
    // The dragged points live on their own buffered layer: a drag step
    // repaints that layer only, however many customers the plot holds.
    m_selectionLayer->setMode(QCPLayer::lmBuffered);

    xAxis->setRange(rangeFrom, rangeTo);
    yAxis->setRange(rangeFrom, rangeTo);
    xAxis->setLabel(tr("Value awareness →"));
    yAxis->setLabel(tr("Value fit →"));
    xAxis->grid()->setVisible(false);
    yAxis->grid()->setVisible(false);
    axisRect()->setMinimumMargins(QMargins(10, 10, 10, 10));
    createQuadrantItems();

    m_densityMap = new QCPColorMap(xAxis, yAxis);
    QCPColorGradient gradient;
    gradient.setColorStopAt(0, QColor(150, 170, 205, 150));
    gradient.setColorStopAt(0.5, QColor(60, 90, 160, 210));
    gradient.setColorStopAt(1, QColor(15, 25, 80, 240));
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    m_densityMap->setGradient(gradient);
    m_densityMap->setDataScaleType(QCPAxis::stLogarithmic);
    m_densityMap->setInterpolate(false);
    m_densityMap->setVisible(false);

    const QVector<QColor> colors = stageColors();
    m_points = new MatrixPoints(xAxis, yAxis);
    m_points->setColors(colors);
    QVector<QColor> ghostColors;
    for (QColor color : colors) {
        color.setAlpha(70);
        ghostColors.append(color);
    }
    m_ghostPoints = new MatrixPoints(xAxis, yAxis);
    m_ghostPoints->setColors(ghostColors);
    m_selectedPoints = new MatrixPoints(xAxis, yAxis);
    m_selectedPoints->setColors(colors);
    m_selectedPoints->setRinged(true);
    m_selectedPoints->setLayer(m_selectionLayer);

    // The legend: one empty graph per stage, below the plot.
    legend->setVisible(true);
    for (Stage stage : allStages) {
        const QColor color = stageColor(stage);
        QCPGraph *graph = addGraph();
        graph->setName(stageName(stage));
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color.darker(140), color, 9));
        graph->addToLegend();
    }
    axisRect()->insetLayout()->take(legend);
    plotLayout()->addElement(1, 0, legend);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    createQuadrantLabels();

    m_rubberBand = new QRubberBand(QRubberBand::Rectangle, this);
}

void MatrixChart::createQuadrantItems()
{
    for (int quadrant = 0; quadrant < 4; ++quadrant) {
        auto *rect = new QCPItemRect(this);
        rect->setLayer(QStringLiteral("quadrants"));
        rect->setPen(Qt::NoPen);
        m_quadrantRects.append(rect);
    }
    m_quadrantRects[0]->setPen(QPen(QColor(230, 160, 0), 2)); // quadrant I stands out
    const QPen splitPen(QColor(90, 90, 90), 1.5, Qt::DashLine);
    m_fitSplitLine = new QCPItemStraightLine(this);
    m_awarenessSplitLine = new QCPItemStraightLine(this);
    for (QCPItemStraightLine *line : {m_fitSplitLine, m_awarenessSplitLine}) {
        line->setLayer(QStringLiteral("splits"));
        line->setPen(splitPen);
    }
}

// The quadrants' names and counts sit in the margins, I and II above the plot,
// IV and III below it, lined up with its edges: inside it they would hide points.
void MatrixChart::createQuadrantLabels()
{
    QCPLayoutGrid *layout = plotLayout();
    layout->insertRow(0);
    layout->insertRow(2);
    auto *edges = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msLeft | QCP::msRight, edges);
    const struct { int row, column; Qt::Alignment alignment; } places[] = {
        {0, 0, Qt::AlignLeft | Qt::AlignBottom}, // I
        {0, 1, Qt::AlignRight | Qt::AlignBottom}, // II
        {2, 1, Qt::AlignRight | Qt::AlignTop}, // III
        {2, 0, Qt::AlignLeft | Qt::AlignTop}, // IV
    };
    for (const auto &place : places) {
        auto *row = layout->hasElement(place.row, 0) ? qobject_cast<QCPLayoutGrid *>(layout->element(place.row, 0))
                                                     : nullptr;
        if (!row) {
            row = new QCPLayoutGrid;
            layout->addElement(place.row, 0, row);
            layout->setRowStretchFactor(place.row, 0.001);
        }
        auto *label = new QCPTextElement(this);
        label->setTextFlags(int(place.alignment));
        label->setSelectable(false);
        label->setMarginGroup(place.alignment & Qt::AlignLeft ? QCP::msLeft : QCP::msRight, edges);
        row->addElement(0, place.column, label);
        m_quadrantLabels.append(label);
    }
    layout->setRowStretchFactor(3, 0.001); // the legend
}

void MatrixChart::setQuadrants(const QuadrantSplit &split, const ValueMatrix::QuadrantCounts &counts)
{
    m_split = split;
    m_counts = counts;
    struct Area { Quadrant quadrant; double left, top, right, bottom; QColor color; };
    const Area areas[] = {
        {Quadrant::I, 0, 100, split.valueAwareness, split.valueFit, QColor(255, 236, 179)},
        {Quadrant::II, split.valueAwareness, 100, 100, split.valueFit, QColor(220, 237, 200)},
        {Quadrant::III, split.valueAwareness, split.valueFit, 100, 0, QColor(236, 239, 241)},
        {Quadrant::IV, 0, split.valueFit, split.valueAwareness, 0, QColor(245, 245, 245)},
    };
    for (int i = 0; i < 4; ++i) {
        const Area &area = areas[i];
        m_quadrantRects[i]->topLeft->setCoords(area.left, area.top);
        m_quadrantRects[i]->bottomRight->setCoords(area.right, area.bottom);
        m_quadrantRects[i]->setBrush(area.color);
        QCPTextElement *label = m_quadrantLabels[i];
        QString text = QStringLiteral("%1  %2\n%3").arg(quadrantNumeral(area.quadrant), quadrantMeaning(area.quadrant),
                                                         tr("%n customer(s)", nullptr, int(counts[int(area.quadrant)])));
        if (area.quadrant == Quadrant::I)
            text += (m_priorityOnOwnLine ? QStringLiteral("\n") : QStringLiteral(" · "))
                    + tr("Priority: one-to-one support");
        label->setText(text);
        QFont labelFont = font();
        labelFont.setBold(area.quadrant == Quadrant::I);
        label->setFont(labelFont);
        label->setTextColor(area.quadrant == Quadrant::I ? QColor(140, 80, 0) : QColor(70, 70, 70));
    }
    m_fitSplitLine->point1->setCoords(0, split.valueFit);
    m_fitSplitLine->point2->setCoords(100, split.valueFit);
    m_awarenessSplitLine->point1->setCoords(split.valueAwareness, 0);
    m_awarenessSplitLine->point2->setCoords(split.valueAwareness, 100);
}

void MatrixChart::setMoves(const QList<QLineF> &moves)
{
    for (QCPAbstractItem *item : std::as_const(m_moveArrows))
        removeItem(item);
    m_moveArrows.clear();
    for (const QLineF &move : moves) {
        auto *arrow = new QCPItemLine(this);
        arrow->setLayer(QStringLiteral("main"));
        arrow->setPen(QPen(QColor(120, 60, 160, 160), 1.2));
        arrow->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 7, 9));
        arrow->start->setCoords(move.p1());
        arrow->end->setCoords(move.p2());
        m_moveArrows.append(arrow);
    }
}

void MatrixChart::setGhosts(QVector<MatrixPoints::Point> ghosts)
{
    m_ghostPoints->setPoints(std::move(ghosts));
    replot();
}

void MatrixChart::setLabelsWanted(bool wanted)
{
    if (wanted == m_labelsWanted)
        return;
    m_labelsWanted = wanted;
    refresh();
}

void MatrixChart::setDensityThreshold(int customers)
{
    m_densityThreshold = customers;
    refresh();
}

int MatrixChart::maxLabelledPoints()
{
    return labelledPoints;
}

void MatrixChart::setPoints(QVector<ChartPoint> points)
{
    m_all = std::move(points);
    rebuildIndex();
    QSet<CustomerId> stillThere;
    for (const ChartPoint &point : std::as_const(m_all)) {
        if (m_selected.contains(point.id))
            stillThere.insert(point.id);
    }
    const bool selectionShrank = stillThere.size() != m_selected.size();
    m_selected = stillThere;
    refresh();
    if (selectionShrank)
        emit selectionChanged(selectedIds());
}

bool MatrixChart::updatePoints(const QList<CustomerId> &ids, const QVector<ChartPoint> &points,
                               const std::function<bool(CustomerId, CustomerId)> &drawsBefore)
{
    QHash<CustomerId, const ChartPoint *> given;
    for (const ChartPoint &point : points)
        given.insert(point.id, &point);
    bool changed = false;
    bool selectionShrank = false;
    for (CustomerId id : ids) {
        bool shifted = false; // a point came or went: those after it moved
        const auto found = m_index.constFind(id);
        const ChartPoint *point = given.value(id);
        if (found != m_index.cend() && point) {
            changed = changed || !(m_all.at(*found) == *point);
            m_all[*found] = *point;
        } else if (found != m_index.cend()) {
            m_all.removeAt(*found);
            selectionShrank = m_selected.remove(id) || selectionShrank;
            shifted = true;
        } else if (point) {
            const auto place = std::lower_bound(m_all.begin(), m_all.end(), id,
                                                [&](const ChartPoint &p, CustomerId other) {
                                                    return drawsBefore(p.id, other);
                                                });
            m_all.insert(place, *point);
            shifted = true;
        }
        if (shifted)
            rebuildIndex();
        changed = changed || shifted;
    }
    if (!changed)
        return false;
    refresh();
    if (selectionShrank)
        emit selectionChanged(selectedIds());
    return true;
}

void MatrixChart::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_all.size());
    for (int i = 0; i < m_all.size(); ++i)
        m_index.insert(m_all.at(i).id, i);
}

QList<CustomerId> MatrixChart::selectedIds() const
{
    QList<CustomerId> ids(m_selected.cbegin(), m_selected.cend());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void MatrixChart::setSelectedIds(const QList<CustomerId> &ids)
{
    QSet<CustomerId> wanted;
    for (CustomerId id : ids) {
        if (m_index.contains(id))
            wanted.insert(id);
    }
    if (wanted == m_selected)
        return;
    m_selected = wanted;
    refresh();
}

void MatrixChart::select(QSet<CustomerId> ids)
{
    m_selected = std::move(ids);
    refresh();
    emit selectionChanged(selectedIds());
}

MatrixArea MatrixChart::viewArea() const
{
    return MatrixArea{std::max(0.0, xAxis->range().lower), std::min(100.0, xAxis->range().upper),
                      std::max(0.0, yAxis->range().lower), std::min(100.0, yAxis->range().upper)};
}

bool MatrixChart::inView(const ChartPoint &point) const
{
    return xAxis->range().contains(point.awareness) && yAxis->range().contains(point.fit);
}

MatrixPoints::Point MatrixChart::pointOf(const ChartPoint &point) const
{
    return {point.awareness, point.fit, point.colorIndex, point.sizeClass, point.dimmed, {}};
}

bool MatrixChart::isDensityShown() const
{
    return m_density;
}

void MatrixChart::refresh()
{
    int inView = 0;
    for (const ChartPoint &point : std::as_const(m_all))
        inView += this->inView(point);
    m_density = inView > m_densityThreshold;

    // Labels name the matching customers in view, one per place: the most valuable there.
    struct Labelled { bool selected; int shownIndex; int pointIndex; };
    QVector<Labelled> labelled;
    QVector<MatrixPoints::Point> shown, selected;
    QVector<QPointF> densityPlaces;
    for (int i = 0; i < m_all.size(); ++i) {
        const ChartPoint &point = m_all.at(i);
        const bool isSelected = m_selected.contains(point.id);
        if (m_density && !isSelected) {
            if (!point.dimmed)
                densityPlaces.append(QPointF(point.awareness, point.fit));
            continue;
        }
        QVector<MatrixPoints::Point> &target = isSelected ? selected : shown;
        if (!point.dimmed && this->inView(point))
            labelled.append({isSelected, int(target.size()), i});
        target.append(pointOf(point));
    }
    const bool labels = m_labelsWanted && !m_density && labelled.size() <= labelledPoints;
    if (labels) {
        QVector<QPointF> places;
        for (const Labelled &l : std::as_const(labelled))
            places.append(QPointF(m_all.at(l.pointIndex).awareness, m_all.at(l.pointIndex).fit));
        for (const QList<int> &stack : MatrixDensity::stacks(places)) {
            int top = stack.constFirst();
            for (int member : stack) {
                if (m_all.at(labelled.at(member).pointIndex).revenue > m_all.at(labelled.at(top).pointIndex).revenue)
                    top = member;
            }
            const Labelled &l = labelled.at(top);
            const QString name = m_all.at(l.pointIndex).name;
            (l.selected ? selected : shown)[l.shownIndex].label =
                stack.size() == 1 ? name
                                  : tr("%1 +%n", "a name and how many more customers stand at the same place",
                                       int(stack.size() - 1))
                                        .arg(name);
        }
    }
    m_points->setPoints(std::move(shown));
    m_selectedPoints->setPoints(std::move(selected));
    m_selectedPoints->setOffset(0, 0);
    m_points->setLabelsVisible(labels);
    m_selectedPoints->setLabelsVisible(labels);
    m_densityMap->setVisible(m_density);
    if (m_density)
        refreshDensity(densityPlaces);
    else
        m_grid = DensityGrid();

    // A quadrant's label stays in its corner while some of the quadrant is in view.
    const QCPRange x = xAxis->range();
    const QCPRange y = yAxis->range();
    const bool lowAwareness = meets(0, m_split.valueAwareness, false, x.lower, x.upper);
    const bool highAwareness = meets(m_split.valueAwareness, 100, true, x.lower, x.upper);
    const bool lowFit = meets(0, m_split.valueFit, false, y.lower, y.upper);
    const bool highFit = meets(m_split.valueFit, 100, true, y.lower, y.upper);
    m_quadrantLabels[0]->setVisible(highFit && lowAwareness);
    m_quadrantLabels[1]->setVisible(highFit && highAwareness);
    m_quadrantLabels[2]->setVisible(lowFit && highAwareness);
    m_quadrantLabels[3]->setVisible(lowFit && lowAwareness);
    replot();
}

void MatrixChart::refreshDensity(const QVector<QPointF> &places)
{
    const MatrixArea area = viewArea();
    const QRect plotArea = axisRect()->rect();
    const double width = std::abs(xAxis->coordToPixel(area.awarenessTo) - xAxis->coordToPixel(area.awarenessFrom));
    const double height = std::abs(yAxis->coordToPixel(area.fitTo) - yAxis->coordToPixel(area.fitFrom));
    const int columns = std::max(2, int(std::min<double>(width, plotArea.width()) / densityCellPixels));
    const int rows = std::max(2, int(std::min<double>(height, plotArea.height()) / densityCellPixels));
    m_grid = MatrixDensity::bin(places, area, columns, rows);
    QCPColorMapData *data = m_densityMap->data();
    data->setSize(m_grid.columns, m_grid.rows);
    const double cellWidth = (area.awarenessTo - area.awarenessFrom) / m_grid.columns;
    const double cellHeight = (area.fitTo - area.fitFrom) / m_grid.rows;
    // The map's range runs from the centre of the first cell to that of the last.
    data->setRange(QCPRange(area.awarenessFrom + cellWidth / 2, area.awarenessTo - cellWidth / 2),
                   QCPRange(area.fitFrom + cellHeight / 2, area.fitTo - cellHeight / 2));
    for (int row = 0; row < m_grid.rows; ++row) {
        for (int column = 0; column < m_grid.columns; ++column) {
            const int count = m_grid.count(column, row);
            data->setCell(column, row, count > 0 ? double(count) : std::numeric_limits<double>::quiet_NaN());
        }
    }
    m_densityMap->setDataRange(QCPRange(1, std::max(2, m_grid.maximum)));
}

QStringList MatrixChart::shownLabels() const
{
    QStringList labels;
    for (const MatrixPoints *points : {m_points, m_selectedPoints}) {
        if (!points->labelsVisible())
            continue;
        for (const MatrixPoints::Point &point : points->points()) {
            if (!point.label.isEmpty() && !point.dimmed)
                labels.append(point.label);
        }
    }
    return labels;
}

void MatrixChart::previewMove(double dFit, double dAwareness)
{
    m_selectedPoints->setOffset(dAwareness, dFit);
    m_selectionLayer->replot();
}

QPoint MatrixChart::positionOf(double fit, double awareness) const
{
    return QPoint(qRound(xAxis->coordToPixel(awareness)), qRound(yAxis->coordToPixel(fit)));
}

QPointF MatrixChart::scoresAt(const QPoint &position) const
{
    return QPointF(yAxis->pixelToCoord(position.y()), xAxis->pixelToCoord(position.x()));
}

QList<CustomerId> MatrixChart::stackAt(const QPoint &position) const
{
    // Only what is drawn can be hit: in density mode, the selection alone.
    auto hittable = [this](const ChartPoint &point) { return !m_density || m_selected.contains(point.id); };
    const ChartPoint *nearest = nullptr;
    double bestDistance = hitRadius * hitRadius;
    for (const ChartPoint &point : std::as_const(m_all)) {
        if (!hittable(point))
            continue;
        const double dx = xAxis->coordToPixel(point.awareness) - position.x();
        const double dy = yAxis->coordToPixel(point.fit) - position.y();
        const double distance = dx * dx + dy * dy;
        if (distance < bestDistance) {
            nearest = &point;
            bestDistance = distance;
        }
    }
    if (!nearest)
        return {};
    QVector<const ChartPoint *> stack;
    for (const ChartPoint &point : std::as_const(m_all)) {
        if (hittable(point) && point.awareness == nearest->awareness && point.fit == nearest->fit)
            stack.append(&point);
    }
    // Matching customers before dimmed ones, then the most valuable first.
    std::stable_sort(stack.begin(), stack.end(), [](const ChartPoint *a, const ChartPoint *b) {
        if (a->dimmed != b->dimmed)
            return !a->dimmed;
        return a->revenue > b->revenue;
    });
    QList<CustomerId> ids;
    for (const ChartPoint *point : std::as_const(stack))
        ids.append(point->id);
    return ids;
}

QString MatrixChart::describeAt(const QPoint &position) const
{
    const QList<CustomerId> stack = stackAt(position);
    if (stack.isEmpty()) {
        if (!m_density || m_grid.total == 0)
            return {};
        const QPointF scores = scoresAt(position);
        const MatrixArea &area = m_grid.area;
        if (!area.contains(scores.y(), scores.x()))
            return {};
        const int column = std::min(m_grid.columns - 1, int((scores.y() - area.awarenessFrom)
                                                            / (area.awarenessTo - area.awarenessFrom) * m_grid.columns));
        const int row = std::min(m_grid.rows - 1,
                                 int((scores.x() - area.fitFrom) / (area.fitTo - area.fitFrom) * m_grid.rows));
        const int count = m_grid.count(column, row);
        if (count == 0)
            return {};
        return tr("%Ln customer(s) here. Zoom in with the mouse wheel to see them one by one.", nullptr, count);
    }
    const QString first = m_describe ? m_describe(stack.constFirst()) : QString();
    if (stack.size() == 1)
        return first;
    QStringList names;
    for (qsizetype i = 0; i < std::min<qsizetype>(stack.size(), maxNamesInToolTip); ++i)
        names.append(m_all.at(m_index.value(stack.at(i))).name.toHtmlEscaped());
    QString text = tr("<b>%n customer(s) at this place:</b>", nullptr, int(stack.size())) + QStringLiteral("<br>")
                   + names.join(QStringLiteral("<br>"));
    if (stack.size() > maxNamesInToolTip)
        text += QStringLiteral("<br>") + tr("and %n more", nullptr, int(stack.size() - maxNamesInToolTip));
    return text + QStringLiteral("<hr>") + first;
}

bool MatrixChart::isZoomed() const
{
    constexpr double fullSpan = rangeTo - rangeFrom;
    return xAxis->range().size() < fullSpan - 1e-6 || yAxis->range().size() < fullSpan - 1e-6;
}

void MatrixChart::keepRangesInside()
{
    for (QCPAxis *axis : {xAxis, yAxis}) {
        const double span = std::clamp(axis->range().size(), minimumSpan, rangeTo - rangeFrom);
        const double lower = std::clamp(axis->range().lower, rangeFrom, rangeTo - span);
        axis->setRange(lower, lower + span);
    }
}

void MatrixChart::zoomAt(const QPoint &position, double factor)
{
    xAxis->scaleRange(factor, xAxis->pixelToCoord(position.x()));
    yAxis->scaleRange(factor, yAxis->pixelToCoord(position.y()));
    keepRangesInside();
    refresh();
    emit zoomChanged(isZoomed());
}

void MatrixChart::resetZoom()
{
    xAxis->setRange(rangeFrom, rangeTo);
    yAxis->setRange(rangeFrom, rangeTo);
    refresh();
    emit zoomChanged(false);
}

void MatrixChart::mousePressEvent(QMouseEvent *event)
{
    QCustomPlot::mousePressEvent(event);
    m_pressPosition = event->pos();
    m_panFrom = event->pos();
    if (event->button() == Qt::MiddleButton) {
        m_gesture = Gesture::Panning;
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    setFocus();
    const bool toggle = event->modifiers() & (Qt::ControlModifier | Qt::MetaModifier);
    // Shift always starts a band: on a dense matrix there is no empty space to start one.
    const QList<CustomerId> stack = event->modifiers() & Qt::ShiftModifier ? QList<CustomerId>()
                                                                           : stackAt(event->pos());
    if (stack.isEmpty()) {
        if (event->modifiers() == Qt::NoModifier && isZoomed()) {
            m_gesture = Gesture::Panning;
            return;
        }
        if (!toggle && !m_selected.isEmpty())
            select({});
        m_gesture = Gesture::RubberBand;
        m_rubberBand->setGeometry(QRect(m_pressPosition, QSize()));
        m_rubberBand->show();
        return;
    }
    const CustomerId id = stack.constFirst();
    QSet<CustomerId> selection = m_selected;
    if (toggle) {
        if (!selection.remove(id))
            selection.insert(id);
        m_gesture = Gesture::None;
    } else {
        if (!selection.contains(id))
            selection = {id};
        m_gesture = Gesture::Pressed;
    }
    select(selection);
}

void MatrixChart::mouseMoveEvent(QMouseEvent *event)
{
    QCustomPlot::mouseMoveEvent(event);
    switch (m_gesture) {
    case Gesture::None: {
        const QString text = describeAt(event->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(mapToGlobal(event->pos()), text, this);
        return;
    }
    case Gesture::Panning:
        xAxis->moveRange(xAxis->pixelToCoord(m_panFrom.x()) - xAxis->pixelToCoord(event->pos().x()));
        yAxis->moveRange(yAxis->pixelToCoord(m_panFrom.y()) - yAxis->pixelToCoord(event->pos().y()));
        m_panFrom = event->pos();
        keepRangesInside();
        refresh();
        return;
    case Gesture::RubberBand:
        m_rubberBand->setGeometry(bandBetween(m_pressPosition, event->pos()));
        return;
    case Gesture::Pressed:
        if ((event->pos() - m_pressPosition).manhattanLength() < dragThreshold)
            return;
        m_gesture = Gesture::Dragging;
        QToolTip::hideText();
        [[fallthrough]];
    case Gesture::Dragging: {
        const QPointF from = scoresAt(m_pressPosition);
        const QPointF to = scoresAt(event->pos());
        previewMove(to.x() - from.x(), to.y() - from.y());
        return;
    }
    }
}

void MatrixChart::mouseReleaseEvent(QMouseEvent *event)
{
    QCustomPlot::mouseReleaseEvent(event);
    const Gesture gesture = m_gesture;
    m_gesture = Gesture::None;
    switch (gesture) {
    case Gesture::Dragging: {
        const QPointF from = scoresAt(m_pressPosition);
        const QPointF to = scoresAt(event->pos());
        emit moveRequested(selectedIds(), to.x() - from.x(), to.y() - from.y());
        previewMove(0, 0);
        return;
    }
    case Gesture::RubberBand:
        endRubberBand(event->pos(), event->modifiers() & (Qt::ControlModifier | Qt::MetaModifier));
        return;
    case Gesture::Panning:
        // A click on empty space of a zoomed matrix clears the selection, as it does unzoomed.
        if (event->button() == Qt::LeftButton
            && (event->pos() - m_pressPosition).manhattanLength() < dragThreshold && !m_selected.isEmpty())
            select({});
        return;
    case Gesture::None:
    case Gesture::Pressed:
        return;
    }
}

void MatrixChart::endRubberBand(const QPoint &position, bool add)
{
    m_rubberBand->hide();
    const QRect band = bandBetween(m_pressPosition, position);
    if (band.width() < 3 && band.height() < 3)
        return;
    QSet<CustomerId> selection = add ? m_selected : QSet<CustomerId>();
    for (const ChartPoint &point : std::as_const(m_all)) {
        if (!point.dimmed && band.contains(positionOf(point.fit, point.awareness)))
            selection.insert(point.id);
    }
    select(selection);
}

void MatrixChart::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0) {
        event->ignore();
        return;
    }
    zoomAt(event->position().toPoint(), std::pow(0.8, notches));
    event->accept();
}

void MatrixChart::keyPressEvent(QKeyEvent *event)
{
    const double step = event->modifiers() & Qt::ShiftModifier ? 10.0 : 1.0;
    switch (event->key()) {
    case Qt::Key_Left: emit nudgeRequested(0, -step); return;
    case Qt::Key_Right: emit nudgeRequested(0, step); return;
    case Qt::Key_Up: emit nudgeRequested(step, 0); return;
    case Qt::Key_Down: emit nudgeRequested(-step, 0); return;
    case Qt::Key_Escape:
        if (m_gesture == Gesture::Dragging) {
            m_gesture = Gesture::None;
            previewMove(0, 0);
            return;
        }
        break;
    default:
        break;
    }
    QCustomPlot::keyPressEvent(event);
}

void MatrixChart::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(CustomerTableModel::customerIdsMimeType()))
        event->acceptProposedAction();
}

void MatrixChart::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(CustomerTableModel::customerIdsMimeType()))
        event->acceptProposedAction();
}

void MatrixChart::dropEvent(QDropEvent *event)
{
    const QList<CustomerId> ids = CustomerTableModel::customerIds(event->mimeData());
    if (ids.isEmpty())
        return;
    const QPointF scores = scoresAt(event->position().toPoint());
    emit placeRequested(ids, ValueMatrix::snapScore(scores.x()), ValueMatrix::snapScore(scores.y()));
    event->acceptProposedAction();
}

} // namespace Kindred
