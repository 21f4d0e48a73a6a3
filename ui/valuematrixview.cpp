// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuematrixview.h"

#include "commands/movecustomers.h"
#include "store/customerstore.h"
#include "customertablemodel.h"
#include "matrixpoints.h"
#include "stagepalette.h"
#include "valuematrix.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRubberBand>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Kindred {

namespace {
constexpr double hitRadius = 8.0;
constexpr int dragThreshold = 4;
constexpr int maxLabelledPoints = 60;
constexpr int maxMoveArrows = 400;

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
} // namespace

/// The customers without scores, searchable, for the list beside the matrix.
class UnplacedCustomersModel : public QSortFilterProxyModel
{
public:
    explicit UnplacedCustomersModel(CustomerTableModel *source, QObject *parent)
        : QSortFilterProxyModel(parent), m_source(source)
    {
        setSourceModel(source);
        setFilterKeyColumn(CustomerTableModel::Name);
        setFilterCaseSensitivity(Qt::CaseInsensitive);
        setDynamicSortFilter(true);
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        return !m_source->customerAt(sourceRow).isPlaced()
            && QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }

private:
    CustomerTableModel *m_source;
};

ValueMatrixView::ValueMatrixView(CustomerStore &store, CustomerTableModel &model, QUndoStack &undoStack,
                                 QWidget *parent)
    : QWidget(parent), m_store(store), m_model(model), m_undoStack(undoStack)
{
    m_rebuildTimer = new QTimer(this);
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &ValueMatrixView::rebuild);

    createPlot();
    auto *plotArea = new QWidget(this);
    auto *plotLayout = new QVBoxLayout(plotArea);
    plotLayout->setContentsMargins(0, 0, 0, 0);
    plotLayout->addWidget(createFilterBar());
    plotLayout->addWidget(m_plot, 1);
    m_movesLabel = new QLabel(plotArea);
    m_movesLabel->setWordWrap(true);
    m_movesLabel->hide();
    plotLayout->addWidget(m_movesLabel);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(plotArea);
    splitter->addWidget(createUnplacedPanel());
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(&m_model, &QAbstractItemModel::modelReset, this, &ValueMatrixView::scheduleRebuild);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &ValueMatrixView::scheduleRebuild);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &ValueMatrixView::scheduleRebuild);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &ValueMatrixView::scheduleRebuild);
    connect(&m_store, &CustomerStore::settingsChanged, this, &ValueMatrixView::scheduleRebuild);
    rebuild();
}

ValueMatrixView::~ValueMatrixView() = default;

void ValueMatrixView::createPlot()
{
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("valueMatrixPlot"));
    m_plot->setAccessibleName(tr("Value matrix"));
    m_plot->setAccessibleDescription(
        tr("Customers by value awareness (across) and value fit (up). Drag customers to move them; "
           "Shift+drag selects with a band, Ctrl+Shift+drag adds to the selection; "
           "arrow keys nudge the selection, Shift+arrow by 10."));
    m_plot->setMouseTracking(true);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->setAcceptDrops(true);
    m_plot->setMinimumSize(420, 360);
    m_plot->installEventFilter(this);
    m_plot->setNoAntialiasingOnDrag(true);

    m_plot->addLayer(QStringLiteral("quadrants"), m_plot->layer(QStringLiteral("background")), QCustomPlot::limAbove);
    m_plot->addLayer(QStringLiteral("selection"), m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_selectionLayer = m_plot->layer(QStringLiteral("selection"));
    // The dragged points live on their own buffered layer: a drag step
    // repaints that layer only, however many customers the plot holds.
    m_selectionLayer->setMode(QCPLayer::lmBuffered);

    // A little room beyond 0 and 100 so that points on the edges show whole.
    m_plot->xAxis->setRange(-2, 102);
    m_plot->yAxis->setRange(-2, 102);
    m_plot->xAxis->setLabel(tr("Value awareness →"));
    m_plot->yAxis->setLabel(tr("Value fit →"));
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->axisRect()->setMinimumMargins(QMargins(10, 10, 10, 10));

    const QVector<QColor> colors = stageColors();
    for (int quadrant = 0; quadrant < 4; ++quadrant) {
        auto *rect = new QCPItemRect(m_plot);
        rect->setLayer(QStringLiteral("quadrants"));
        rect->setPen(Qt::NoPen);
        m_quadrantRects.append(rect);
    }
    const QPen splitPen(QColor(90, 90, 90), 1.5, Qt::DashLine);
    m_fitSplitLine = new QCPItemStraightLine(m_plot);
    m_awarenessSplitLine = new QCPItemStraightLine(m_plot);
    for (QCPItemStraightLine *line : {m_fitSplitLine, m_awarenessSplitLine}) {
        line->setLayer(QStringLiteral("quadrants"));
        line->setPen(splitPen);
    }

    m_points = new MatrixPoints(m_plot->xAxis, m_plot->yAxis);
    m_points->setColors(colors);
    QVector<QColor> ghostColors;
    for (QColor color : colors) {
        color.setAlpha(70);
        ghostColors.append(color);
    }
    m_ghostPoints = new MatrixPoints(m_plot->xAxis, m_plot->yAxis);
    m_ghostPoints->setColors(ghostColors);
    m_selectedPoints = new MatrixPoints(m_plot->xAxis, m_plot->yAxis);
    m_selectedPoints->setColors(colors);
    m_selectedPoints->setRinged(true);
    m_selectedPoints->setLayer(m_selectionLayer);

    // The legend: one empty graph per stage, below the plot.
    m_plot->legend->setVisible(true);
    for (Stage stage : allStages) {
        const QColor color = stageColor(stage);
        QCPGraph *graph = m_plot->addGraph();
        graph->setName(stageName(stage));
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color.darker(140), color, 9));
    }
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setBorderPen(Qt::NoPen);
    createQuadrantLabels();

    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_plot, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        if (m_selected.isEmpty())
            return;
        QMenu menu(this);
        menu.addAction(tr("Add to Shortlist"), this, [this] { emit addToShortlistRequested(selectedIds()); });
        menu.addAction(tr("Clear Placement"), this, &ValueMatrixView::clearPlacementOfSelection);
        menu.exec(m_plot->mapToGlobal(position));
    });
    m_rubberBand = new QRubberBand(QRubberBand::Rectangle, m_plot);
    connect(m_plot, &QCustomPlot::mousePress, this, &ValueMatrixView::onMousePress);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ValueMatrixView::onMouseMove);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &ValueMatrixView::onMouseRelease);
}

// The quadrants' names and counts sit in the margins, I and II above the plot,
// IV and III below it, lined up with its edges: inside it they would hide points.
void ValueMatrixView::createQuadrantLabels()
{
    QCPLayoutGrid *layout = m_plot->plotLayout();
    layout->insertRow(0);
    layout->insertRow(2);
    auto *edges = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msLeft | QCP::msRight, edges);
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
        auto *label = new QCPTextElement(m_plot);
        label->setTextFlags(int(place.alignment));
        label->setSelectable(false);
        label->setMarginGroup(place.alignment & Qt::AlignLeft ? QCP::msLeft : QCP::msRight, edges);
        row->addElement(0, place.column, label);
        m_quadrantLabels.append(label);
    }
    layout->setRowStretchFactor(3, 0.001); // the legend
}

QWidget *ValueMatrixView::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(4, 4, 4, 0);

    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Search name, email, tag"));
    m_search->setClearButtonEnabled(true);
    m_stage = new QComboBox(bar);
    m_stage->setAccessibleName(tr("Stage filter"));
    m_stage->addItem(tr("All stages"));
    for (Stage stage : allStages)
        m_stage->addItem(stageName(stage), int(stage));
    m_tags = new QLineEdit(bar);
    m_tags->setPlaceholderText(tr("Tags"));
    m_tags->setClearButtonEnabled(true);
    m_minRevenue = new QDoubleSpinBox(bar);
    m_maxRevenue = new QDoubleSpinBox(bar);
    for (QDoubleSpinBox *box : {m_minRevenue, m_maxRevenue}) {
        box->setRange(0, 1e12);
        box->setDecimals(0);
        box->setSpecialValueText(tr("any"));
        box->setGroupSeparatorShown(true);
    }
    m_minRevenue->setAccessibleName(tr("Minimum revenue"));
    m_maxRevenue->setAccessibleName(tr("Maximum revenue"));
    m_filteredMode = new QComboBox(bar);
    m_filteredMode->addItems({tr("Dim others"), tr("Hide others")});
    m_filteredMode->setAccessibleName(tr("Customers outside the filter"));
    m_sizeByRevenue = new QCheckBox(tr("Size by revenue"), bar);
    m_sizeByRevenue->setChecked(m_sizeByRevenueOn);
    m_names = new QCheckBox(tr("Names"), bar);
    m_names->setChecked(true);
    m_names->setToolTip(tr("Show names beside the points when at most %1 are shown.").arg(maxLabelledPoints));
    m_moves = new QCheckBox(tr("Moves since"), bar);
    m_movesSince = new QDateEdit(QDate::currentDate().addMonths(-3), bar);
    m_movesSince->setCalendarPopup(true);
    m_movesSince->setAccessibleName(tr("Show moves since this date"));
    m_movesSince->setEnabled(false);
    auto *exportButton = new QToolButton(bar);
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Save the matrix as PNG or PDF"));

    // Two rows: what to show, then how to show it.
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_stage);
    filters->addWidget(m_tags, 1);
    filters->addWidget(new QLabel(tr("Revenue"), bar));
    filters->addWidget(m_minRevenue);
    filters->addWidget(new QLabel(QStringLiteral("–"), bar));
    filters->addWidget(m_maxRevenue);
    auto *display = new QHBoxLayout;
    display->addWidget(m_filteredMode);
    display->addWidget(m_sizeByRevenue);
    display->addWidget(m_names);
    display->addWidget(m_moves);
    display->addWidget(m_movesSince);
    display->addStretch();
    display->addWidget(exportButton);
    layout->addLayout(filters);
    layout->addLayout(display);

    connect(m_search, &QLineEdit::textChanged, this, &ValueMatrixView::applyFilterControls);
    connect(m_tags, &QLineEdit::textChanged, this, &ValueMatrixView::applyFilterControls);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &ValueMatrixView::applyFilterControls);
    connect(m_minRevenue, &QDoubleSpinBox::valueChanged, this, &ValueMatrixView::applyFilterControls);
    connect(m_maxRevenue, &QDoubleSpinBox::valueChanged, this, &ValueMatrixView::applyFilterControls);
    connect(m_filteredMode, &QComboBox::currentIndexChanged, this, [this](int index) { setHideFiltered(index == 1); });
    connect(m_sizeByRevenue, &QCheckBox::toggled, this, &ValueMatrixView::setSizeByRevenue);
    connect(m_names, &QCheckBox::toggled, this, &ValueMatrixView::scheduleRebuild);
    auto movesChanged = [this] {
        m_movesSince->setEnabled(m_moves->isChecked());
        showMovesSince(m_moves->isChecked() ? std::optional<QDateTime>(m_movesSince->date().startOfDay())
                                            : std::nullopt);
    };
    connect(m_moves, &QCheckBox::toggled, this, movesChanged);
    connect(m_movesSince, &QDateEdit::dateChanged, this, movesChanged);
    connect(exportButton, &QToolButton::clicked, this, &ValueMatrixView::exportDialog);
    return bar;
}

QWidget *ValueMatrixView::createUnplacedPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *title = new QLabel(tr("<b>Unplaced</b><br><small>Drag onto the matrix to place.</small>"), panel);
    m_unplacedSearch = new QLineEdit(panel);
    m_unplacedSearch->setPlaceholderText(tr("Search unplaced"));
    m_unplacedSearch->setClearButtonEnabled(true);
    m_unplaced = new UnplacedCustomersModel(&m_model, this);
    m_unplacedList = new QListView(panel);
    m_unplacedList->setAccessibleName(tr("Unplaced customers"));
    m_unplacedList->setModel(m_unplaced);
    m_unplacedList->setModelColumn(CustomerTableModel::Name);
    m_unplacedList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_unplacedList->setDragEnabled(true);
    m_unplacedList->setDragDropMode(QAbstractItemView::DragOnly);
    m_unplacedList->setUniformItemSizes(true);
    auto *placeButton = new QPushButton(tr("Place in the middle"), panel);
    placeButton->setToolTip(tr("Place the chosen customers at the centre of the matrix, to move them from there."));
    auto *clearButton = new QPushButton(tr("Clear placement"), panel);
    clearButton->setToolTip(tr("Send the customers selected on the matrix back to this list."));
    connect(m_unplacedSearch, &QLineEdit::textChanged, m_unplaced, &QSortFilterProxyModel::setFilterFixedString);
    connect(placeButton, &QPushButton::clicked, this, [this] {
        QList<CustomerId> ids;
        for (const QModelIndex &index : m_unplacedList->selectionModel()->selectedIndexes())
            ids.append(index.data(CustomerTableModel::CustomerIdRole).toLongLong());
        const QuadrantSplit split = m_store.settings().quadrantSplit;
        placeCustomers(ids, split.valueFit, split.valueAwareness);
    });
    connect(clearButton, &QPushButton::clicked, this, &ValueMatrixView::clearPlacementOfSelection);
    layout->addWidget(title);
    layout->addWidget(m_unplacedSearch);
    layout->addWidget(m_unplacedList, 1);
    layout->addWidget(placeButton);
    layout->addWidget(clearButton);
    return panel;
}

void ValueMatrixView::applyFilterControls()
{
    CustomerFilter filter;
    filter.text = m_search->text().trimmed();
    if (m_stage->currentIndex() > 0)
        filter.stages.insert(Stage(m_stage->currentData().toInt()));
    filter.tags = parseTags(m_tags->text());
    if (m_minRevenue->value() > 0)
        filter.minRevenue = m_minRevenue->value();
    if (m_maxRevenue->value() > 0)
        filter.maxRevenue = m_maxRevenue->value();
    setFilter(filter);
}

void ValueMatrixView::setFilter(const CustomerFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    scheduleRebuild();
}

void ValueMatrixView::setHideFiltered(bool hide)
{
    m_hideFiltered = hide;
    scheduleRebuild();
}

void ValueMatrixView::setSizeByRevenue(bool on)
{
    m_sizeByRevenueOn = on;
    scheduleRebuild();
}

void ValueMatrixView::scheduleRebuild()
{
    m_rebuildTimer->start();
}

bool ValueMatrixView::passesFilter(int row) const
{
    return m_filter.isEmpty() || m_filter.matches(m_model.customerAt(row), m_model.stageAt(row));
}

int ValueMatrixView::sizeClass(double revenue) const
{
    if (!m_sizeByRevenueOn)
        return 1;
    int size = 0;
    for (double threshold : m_revenueThresholds)
        size += revenue > threshold;
    return size;
}

void ValueMatrixView::rebuild()
{
    m_rebuildTimer->stop();
    const int rows = m_model.rowCount();
    // Revenue size classes: the top half, top 10% and top 1% of placed customers grow.
    QVector<double> revenues;
    revenues.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        if (m_model.customerAt(row).isPlaced())
            revenues.append(m_model.customerAt(row).revenue);
    }
    m_revenueThresholds.clear();
    if (!revenues.isEmpty()) {
        std::sort(revenues.begin(), revenues.end());
        for (double quantile : {0.5, 0.9, 0.99})
            m_revenueThresholds.append(revenues.at(qsizetype(quantile * double(revenues.size() - 1))));
    }

    QSet<CustomerId> stillThere;
    m_shownRows.clear();
    QVector<MatrixPoints::Point> points;
    points.reserve(rows);
    int matching = 0;
    for (int row = 0; row < rows; ++row) {
        const Customer &c = m_model.customerAt(row);
        if (!c.isPlaced())
            continue;
        const bool passes = passesFilter(row);
        if (!passes && m_hideFiltered)
            continue;
        matching += passes;
        m_shownRows.append(row);
        if (m_selected.contains(c.id)) {
            stillThere.insert(c.id);
            continue;
        }
        points.append({*c.valueAwareness, *c.valueFit, int(m_model.stageAt(row)), sizeClass(c.revenue), !passes,
                       c.name});
    }
    const bool selectionShrank = stillThere.size() != m_selected.size();
    m_selected = stillThere;
    m_points->setPoints(std::move(points));
    const bool labels = m_names->isChecked() && matching <= maxLabelledPoints;
    m_points->setLabelsVisible(labels);
    m_selectedPoints->setLabelsVisible(labels);
    rebuildQuadrants();
    rebuildSelection();
    rebuildMoves();
    m_plot->replot();
    if (selectionShrank)
        emit selectionChanged(selectedIds());
}

void ValueMatrixView::rebuildQuadrants()
{
    const QuadrantSplit split = m_store.settings().quadrantSplit;
    const auto counts = ValueMatrix::countQuadrants(m_model.customers(), split);

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
            text += QStringLiteral(" · ") + tr("Priority: one-to-one support");
        label->setText(text);
        QFont font = m_plot->font();
        font.setBold(area.quadrant == Quadrant::I);
        label->setFont(font);
        label->setTextColor(area.quadrant == Quadrant::I ? QColor(140, 80, 0) : QColor(70, 70, 70));
    }
    m_quadrantRects[0]->setPen(QPen(QColor(230, 160, 0), 2)); // quadrant I stands out
    m_fitSplitLine->point1->setCoords(0, split.valueFit);
    m_fitSplitLine->point2->setCoords(100, split.valueFit);
    m_awarenessSplitLine->point1->setCoords(split.valueAwareness, 0);
    m_awarenessSplitLine->point2->setCoords(split.valueAwareness, 100);
}

void ValueMatrixView::rebuildSelection()
{
    QVector<MatrixPoints::Point> points;
    for (int row : std::as_const(m_shownRows)) {
        const Customer &c = m_model.customerAt(row);
        if (m_selected.contains(c.id))
            points.append({*c.valueAwareness, *c.valueFit, int(m_model.stageAt(row)), sizeClass(c.revenue), false, c.name});
    }
    m_selectedPoints->setPoints(std::move(points));
    m_selectedPoints->setOffset(0, 0);
}

void ValueMatrixView::showMovesSince(std::optional<QDateTime> since)
{
    m_movesSinceTime = since;
    scheduleRebuild();
}

void ValueMatrixView::rebuildMoves()
{
    for (QCPAbstractItem *item : std::as_const(m_moveArrows))
        m_plot->removeItem(item);
    m_moveArrows.clear();
    m_movesText.clear();
    m_movesLabel->setVisible(m_movesSinceTime.has_value());
    if (!m_movesSinceTime)
        return;
    auto then = m_store.placementsAt(*m_movesSinceTime);
    if (!then) {
        m_movesLabel->setText(then.error().toString());
        return;
    }
    QList<Customer> customers;
    for (int row = 0; row < m_model.rowCount(); ++row)
        customers.append(m_model.customerAt(row));
    const QuadrantSplit split = m_store.settings().quadrantSplit;
    const auto transitions = ValueMatrix::transitions(customers, then.value(), split);
    QStringList parts;
    for (int from = 0; from < 5; ++from) {
        for (int to = 0; to < 5; ++to) {
            if (from == to || transitions[from][to] == 0)
                continue;
            auto name = [](int q) {
                return q == 0 ? tr("unplaced") : quadrantNumeral(Quadrant(q));
            };
            parts.append(QStringLiteral("%1 → %2: %3").arg(name(from), name(to)).arg(transitions[from][to]));
        }
    }
    m_movesText = parts.join(QStringLiteral(", "));
    m_movesLabel->setText(parts.isEmpty() ? tr("No customer changed quadrant since %1.")
                                                .arg(QLocale().toString(m_movesSinceTime->date(), QLocale::ShortFormat))
                                          : tr("Since %1: %2")
                                                .arg(QLocale().toString(m_movesSinceTime->date(), QLocale::ShortFormat),
                                                     m_movesText));
    for (const Customer &c : std::as_const(customers)) {
        const auto past = then.value().constFind(c.id);
        if (past == then.value().constEnd() || !c.isPlaced() || !past->valueFit || !past->valueAwareness)
            continue;
        if (m_moveArrows.size() >= maxMoveArrows)
            break;
        auto *arrow = new QCPItemLine(m_plot);
        arrow->setLayer(QStringLiteral("main"));
        arrow->setPen(QPen(QColor(120, 60, 160, 160), 1.2));
        arrow->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 7, 9));
        arrow->start->setCoords(*past->valueAwareness, *past->valueFit);
        arrow->end->setCoords(*c.valueAwareness, *c.valueFit);
        m_moveArrows.append(arrow);
    }
}

void ValueMatrixView::setGhosts(const QList<Customer> &suggested)
{
    QVector<MatrixPoints::Point> points;
    for (const Customer &c : suggested) {
        const int row = m_model.rowOf(c.id);
        if (row >= 0 && c.isPlaced())
            points.append({*c.valueAwareness, *c.valueFit, int(m_model.stageAt(row)), sizeClass(c.revenue), false, {}});
    }
    m_ghostPoints->setPoints(std::move(points));
    m_plot->replot();
}

int ValueMatrixView::ghostCount() const
{
    return int(m_ghostPoints->points().size());
}

QString ValueMatrixView::movesSummary() const
{
    return m_movesText;
}

QList<CustomerId> ValueMatrixView::selectedIds() const
{
    QList<CustomerId> ids(m_selected.cbegin(), m_selected.cend());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ValueMatrixView::setSelectedIds(const QList<CustomerId> &ids)
{
    QSet<CustomerId> wanted;
    for (CustomerId id : ids) {
        const int row = m_model.rowOf(id);
        if (row >= 0 && m_model.customerAt(row).isPlaced())
            wanted.insert(id);
    }
    if (wanted == m_selected)
        return;
    m_selected = wanted;
    rebuild();
}

QPoint ValueMatrixView::positionOf(double fit, double awareness) const
{
    return QPoint(qRound(m_plot->xAxis->coordToPixel(awareness)), qRound(m_plot->yAxis->coordToPixel(fit)));
}

QPointF ValueMatrixView::scoresAt(const QPoint &position) const
{
    return QPointF(m_plot->yAxis->pixelToCoord(position.y()), m_plot->xAxis->pixelToCoord(position.x()));
}

int ValueMatrixView::rowAt(const QPoint &position) const
{
    int best = -1;
    double bestDistance = hitRadius * hitRadius;
    for (int row : std::as_const(m_shownRows)) {
        const Customer &c = m_model.customerAt(row);
        const double dx = m_plot->xAxis->coordToPixel(*c.valueAwareness) - position.x();
        const double dy = m_plot->yAxis->coordToPixel(*c.valueFit) - position.y();
        const double distance = dx * dx + dy * dy;
        // Matching points win over dimmed ones at the same place.
        if (distance < bestDistance || (distance == bestDistance && best >= 0 && passesFilter(row))) {
            best = row;
            bestDistance = distance;
        }
    }
    return best;
}

void ValueMatrixView::onMousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_plot->setFocus();
    m_pressPosition = event->pos();
    const int row = rowAt(event->pos());
    const bool toggle = event->modifiers() & (Qt::ControlModifier | Qt::MetaModifier);
    // Shift always starts a band: on a dense matrix there is no empty space to start one.
    if (row < 0 || event->modifiers() & Qt::ShiftModifier) {
        if (!toggle && !m_selected.isEmpty()) {
            m_selected.clear();
            rebuild();
            emit selectionChanged({});
        }
        m_gesture = Gesture::RubberBand;
        m_rubberBand->setGeometry(QRect(m_pressPosition, QSize()));
        m_rubberBand->show();
        return;
    }
    const CustomerId id = m_model.customerAt(row).id;
    if (toggle) {
        if (!m_selected.remove(id))
            m_selected.insert(id);
        m_gesture = Gesture::None;
    } else {
        if (!m_selected.contains(id))
            m_selected = {id};
        m_gesture = Gesture::Pressed;
    }
    rebuild();
    emit selectionChanged(selectedIds());
}

void ValueMatrixView::onMouseMove(QMouseEvent *event)
{
    switch (m_gesture) {
    case Gesture::None:
        showToolTip(event->pos());
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

void ValueMatrixView::previewMove(double dFit, double dAwareness)
{
    m_selectedPoints->setOffset(dAwareness, dFit);
    m_selectionLayer->replot();
}

void ValueMatrixView::onMouseRelease(QMouseEvent *event)
{
    const Gesture gesture = m_gesture;
    m_gesture = Gesture::None;
    if (gesture == Gesture::Dragging) {
        commitDrag(event->pos());
    } else if (gesture == Gesture::RubberBand) {
        m_rubberBand->hide();
        const QRect band = bandBetween(m_pressPosition, event->pos());
        if (band.width() < 3 && band.height() < 3)
            return;
        const bool add = event->modifiers() & (Qt::ControlModifier | Qt::MetaModifier);
        if (!add)
            m_selected.clear();
        for (int row : std::as_const(m_shownRows)) {
            const Customer &c = m_model.customerAt(row);
            if (band.contains(positionOf(*c.valueFit, *c.valueAwareness)) && passesFilter(row))
                m_selected.insert(c.id);
        }
        rebuild();
        emit selectionChanged(selectedIds());
    }
}

void ValueMatrixView::commitDrag(const QPoint &position)
{
    const QPointF from = scoresAt(m_pressPosition);
    const QPointF to = scoresAt(position);
    QList<Customer> before;
    for (CustomerId id : selectedIds())
        before.append(m_model.customerAt(m_model.rowOf(id)));
    pushMove(before, ValueMatrix::movedBy(before, to.x() - from.x(), to.y() - from.y()),
             int(MoveCustomers::Kind::Drag));
}

void ValueMatrixView::pushMove(const QList<Customer> &before, const QList<Customer> &after, int kind)
{
    bool changed = false;
    for (qsizetype i = 0; i < before.size() && !changed; ++i)
        changed = !before.at(i).sameEditableFields(after.at(i));
    if (!changed) {
        rebuild();
        return;
    }
    m_undoStack.push(new MoveCustomers(m_store, before, after, MoveCustomers::Kind(kind)));
    rebuild(); // at once, so the points never flash back to where they were
}

void ValueMatrixView::nudgeSelection(double dFit, double dAwareness)
{
    QList<Customer> before;
    for (CustomerId id : selectedIds())
        before.append(m_model.customerAt(m_model.rowOf(id)));
    if (before.isEmpty())
        return;
    pushMove(before, ValueMatrix::movedBy(before, dFit, dAwareness), int(MoveCustomers::Kind::Nudge));
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
    m_selected = QSet<CustomerId>(ids.cbegin(), ids.cend());
    rebuild();
    emit selectionChanged(selectedIds());
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

void ValueMatrixView::showToolTip(const QPoint &position)
{
    const int row = rowAt(position);
    if (row < 0) {
        QToolTip::hideText();
        return;
    }
    const Customer &c = m_model.customerAt(row);
    const QString text =
        tr("<b>%1</b><br>Revenue %2 from %n order(s)<br>Stage: %3<br>Value fit %4, value awareness %5", nullptr,
           c.orderCount)
            .arg(c.name.toHtmlEscaped(), m_model.money().format(c.revenue), stageName(m_model.stageAt(row)),
                 formatScore(*c.valueFit), formatScore(*c.valueAwareness));
    QToolTip::showText(m_plot->mapToGlobal(position), text, m_plot);
}

bool ValueMatrixView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_plot)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        const double step = key->modifiers() & Qt::ShiftModifier ? 10.0 : 1.0;
        switch (key->key()) {
        case Qt::Key_Left: nudgeSelection(0, -step); return true;
        case Qt::Key_Right: nudgeSelection(0, step); return true;
        case Qt::Key_Up: nudgeSelection(step, 0); return true;
        case Qt::Key_Down: nudgeSelection(-step, 0); return true;
        case Qt::Key_Escape:
            if (m_gesture == Gesture::Dragging) {
                m_gesture = Gesture::None;
                previewMove(0, 0);
                return true;
            }
            break;
        default:
            break;
        }
        break;
    }
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (drag->mimeData()->hasFormat(CustomerTableModel::customerIdsMimeType())) {
            drag->acceptProposedAction();
            return true;
        }
        break;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QList<CustomerId> ids = CustomerTableModel::customerIds(drop->mimeData());
        if (ids.isEmpty())
            break;
        const QPointF scores = scoresAt(drop->position().toPoint());
        placeCustomers(ids, ValueMatrix::snapScore(scores.x()), ValueMatrix::snapScore(scores.y()));
        drop->acceptProposedAction();
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

Status ValueMatrixView::exportImage(const QString &fileName)
{
    const bool pdf = fileName.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
    const bool ok = pdf ? m_plot->savePdf(fileName, 0, 0, QCP::epNoCosmetic, QStringLiteral("Kindred"),
                                          tr("Value matrix"))
                        : m_plot->savePng(fileName, 0, 0, 2.0);
    if (!ok)
        return Error{tr("Cannot write the image."), fileName};
    return std::nullopt;
}

void ValueMatrixView::exportDialog()
{
    QString selectedFilter;
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Value Matrix"), tr("value-matrix.png"),
                                                          tr("PNG image (*.png);;PDF document (*.pdf)"),
                                                          &selectedFilter);
    if (fileName.isEmpty())
        return;
    if (Status error = exportImage(fileName))
        QMessageBox::warning(this, tr("Export failed"), error->toString());
}

} // namespace Kindred
