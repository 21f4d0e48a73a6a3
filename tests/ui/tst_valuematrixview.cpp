// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/customerstore.h"
#include "customertablemodel.h"
#include "matrixchart.h"
#include "matrixfilterbar.h"
#include "unplacedpanel.h"
#include "valuematrixview.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QToolButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

using namespace Kindred;

// Drives the value matrix as a marketer does, with real mouse and key events,
// and checks what the store holds afterwards.
class TestValueMatrixView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dragOneCustomer();
    void dragSelectionIsOneStep();
    void clickSelectsAndCtrlClickToggles();
    void rubberBandSelects();
    void shiftDragBandsEvenFromAPoint();
    void arrowKeysNudgeAndMerge();
    void dropFromUnplacedListPlaces();
    void clearPlacementSendsBack();
    void dragIsClampedToTheMatrix();
    void dragsAndDropsStoreWholeScores();
    void nudgesKeepWholeScores();
    void toolTipShowsScoresAsStored();
    void movesSinceCountsTransitions();
    void exportsPngAndPdf();
    void ghostsShowSuggestedPlaces();
    void unplacedListCountsAndSorts();
    void placeInQuadrantIsOneStep_data();
    void placeInQuadrantIsOneStep();
    void wheelZoomsAndDragsStillHitTheRightCustomer();
    void panningMovesTheViewNotTheCustomers();
    void stackedCustomersShareOneLabel();
    void densityAboveTheThresholdPointsBelow();
    void editsMoveTheirPointsAsAWholeDrawingWould();

private:
    CustomerId add(const QString &name, std::optional<double> fit, std::optional<double> awareness);
    Customer stored(CustomerId id) const { return m_store->customer(id).value(); }
    QPoint at(CustomerId id) const
    {
        const Customer c = stored(id);
        return m_view->chart().positionOf(*c.valueFit, *c.valueAwareness);
    }
    void drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = {},
              Qt::MouseButton button = Qt::LeftButton);
    void wheel(const QPoint &at, int notches);
    void addOrder(CustomerId id, double amount);
    QStringList unplacedNames();
    void chooseUnplaced(const QStringList &names);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CustomerStore> m_store;
    std::unique_ptr<CustomerTableModel> m_model;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ValueMatrixView> m_view;
    CustomerId m_ann = 0, m_bob = 0, m_cho = 0, m_dan = 0;
};

CustomerId TestValueMatrixView::add(const QString &name, std::optional<double> fit,
                                    std::optional<double> awareness)
{
    Customer c;
    c.name = name;
    c.valueFit = fit;
    c.valueAwareness = awareness;
    return m_store->addCustomer(c).value();
}

void TestValueMatrixView::initTestCase()
{
    // Names sort in a language's order; the C locale has none (code points).
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestValueMatrixView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<CustomerStore>();
    QCOMPARE(m_store->open(m_dir->filePath(QStringLiteral("m.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    m_ann = add(QStringLiteral("Ann"), 80, 20);  // I
    m_bob = add(QStringLiteral("Bob"), 30, 30);  // IV
    m_cho = add(QStringLiteral("千代"), 70, 80); // II
    m_dan = add(QStringLiteral("Dan"), std::nullopt, std::nullopt);
    m_model = std::make_unique<CustomerTableModel>(*m_store);
    QCOMPARE(m_model->reload(), std::nullopt);
    m_undo = std::make_unique<QUndoStack>();
    m_view = std::make_unique<ValueMatrixView>(*m_store, *m_model, *m_undo);
    m_view->resize(1000, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->plot().replot();
}

void TestValueMatrixView::cleanup()
{
    m_view.reset();
    m_undo.reset();
    m_model.reset();
    m_store.reset();
}

void TestValueMatrixView::drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers,
                               Qt::MouseButton button)
{
    QCustomPlot *plot = &m_view->plot();
    QTest::mousePress(plot, button, modifiers, from);
    for (int step = 1; step <= 5; ++step) {
        // QTest::mouseMove() carries no buttons: a middle drag needs them said.
        QMouseEvent move(QEvent::MouseMove, QPointF(from + (to - from) * step / 5),
                         plot->mapToGlobal(QPointF(from + (to - from) * step / 5)), Qt::NoButton, button, modifiers);
        QCoreApplication::sendEvent(plot, &move);
    }
    QTest::mouseRelease(plot, button, modifiers, to);
    QCoreApplication::processEvents();
}

void TestValueMatrixView::wheel(const QPoint &at, int notches)
{
    QCustomPlot *plot = &m_view->plot();
    QWheelEvent event(QPointF(at), plot->mapToGlobal(QPointF(at)), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(plot, &event);
    QCoreApplication::processEvents();
}

void TestValueMatrixView::addOrder(CustomerId id, double amount)
{
    QList<Order> orders{{0, id, QString(), QDate(2026, 1, 10), amount}};
    QCOMPARE(m_store->addOrders(orders), std::nullopt);
}

QStringList TestValueMatrixView::unplacedNames()
{
    QCoreApplication::processEvents();
    QStringList names;
    const QAbstractItemModel *model = m_view->unplacedPanel().list().model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, CustomerTableModel::Name).data().toString());
    return names;
}

// Clicks the first name, Ctrl+clicks the others, as in the list on screen.
void TestValueMatrixView::chooseUnplaced(const QStringList &names)
{
    QListView &list = m_view->unplacedPanel().list();
    for (const QString &name : names) {
        const QModelIndexList found = list.model()->match(list.model()->index(0, CustomerTableModel::Name),
                                                          Qt::DisplayRole, name, 1, Qt::MatchExactly);
        QVERIFY2(!found.isEmpty(), qPrintable(name));
        QTest::mouseClick(list.viewport(), Qt::LeftButton, name == names.constFirst() ? Qt::NoModifier : Qt::ControlModifier,
                          list.visualRect(found.constFirst()).center());
    }
}

void TestValueMatrixView::dragOneCustomer()
{
    drag(at(m_ann), m_view->chart().positionOf(85, 70));
    const Customer ann = stored(m_ann);
    QVERIFY2(qAbs(*ann.valueFit - 85) < 1.0 && qAbs(*ann.valueAwareness - 70) < 1.0,
             qPrintable(QStringLiteral("%1, %2").arg(*ann.valueFit).arg(*ann.valueAwareness)));
    QCOMPARE(quadrantOf(ann.valueFit, ann.valueAwareness, {}), Quadrant::II); // I -> II: the success story
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_store->scoreHistory(m_ann).value().size(), 1);
    m_undo->undo();
    QCOMPARE(stored(m_ann).valueFit, 80.0);
    QCOMPARE(stored(m_ann).valueAwareness, 20.0);
    m_undo->redo();
    QVERIFY(qAbs(*stored(m_ann).valueAwareness - 70) < 1.0);
}

void TestValueMatrixView::dragSelectionIsOneStep()
{
    m_view->setSelectedIds({m_ann, m_bob});
    drag(at(m_bob), at(m_bob) + (m_view->chart().positionOf(40, 50) - m_view->chart().positionOf(30, 30)));
    QCOMPARE(m_undo->count(), 1);
    // Both moved by the same (+10 fit, +20 awareness), within a pixel.
    QVERIFY(qAbs(*stored(m_bob).valueFit - 40) < 1.0);
    QVERIFY(qAbs(*stored(m_bob).valueAwareness - 50) < 1.0);
    QVERIFY(qAbs(*stored(m_ann).valueFit - 90) < 1.0);
    QVERIFY(qAbs(*stored(m_ann).valueAwareness - 40) < 1.0);
    QCOMPARE(*stored(m_cho).valueFit, 70.0); // not selected: not moved
    m_undo->undo();
    QCOMPARE(*stored(m_ann).valueFit, 80.0);
    QCOMPARE(*stored(m_bob).valueAwareness, 30.0);
}

void TestValueMatrixView::clickSelectsAndCtrlClickToggles()
{
    QSignalSpy selection(m_view.get(), &ValueMatrixView::selectionChanged);
    QTest::mouseClick(&m_view->plot(), Qt::LeftButton, {}, at(m_ann));
    QCOMPARE(m_view->selectedIds(), QList<CustomerId>{m_ann});
    QTest::mouseClick(&m_view->plot(), Qt::LeftButton, Qt::ControlModifier, at(m_cho));
    QCOMPARE(m_view->selectedIds(), (QList<CustomerId>{m_ann, m_cho}));
    QTest::mouseClick(&m_view->plot(), Qt::LeftButton, Qt::ControlModifier, at(m_ann));
    QCOMPARE(m_view->selectedIds(), QList<CustomerId>{m_cho});
    QVERIFY(selection.count() >= 3);
    QCOMPARE(selection.constLast().at(0).value<QList<CustomerId>>(), QList<CustomerId>{m_cho});
    QCOMPARE(m_undo->count(), 0); // selecting changes nothing
}

void TestValueMatrixView::rubberBandSelects()
{
    // A band around the left half catches Ann (I) and Bob (IV), not 千代 (II).
    drag(m_view->chart().positionOf(100, 0), m_view->chart().positionOf(0, 45));
    QCOMPARE(m_view->selectedIds(), (QList<CustomerId>{m_ann, m_bob}));
    QCOMPARE(m_undo->count(), 0);
}

void TestValueMatrixView::shiftDragBandsEvenFromAPoint()
{
    // On a dense matrix every press lands on a point: Shift makes it a band,
    // which holds the point it started on, whichever way it is drawn.
    QList<Customer> before;
    for (CustomerId id : {m_ann, m_bob, m_cho})
        before.append(stored(id));
    drag(at(m_bob), m_view->chart().positionOf(90, 0), Qt::ShiftModifier);
    QCOMPARE(m_view->selectedIds(), (QList<CustomerId>{m_ann, m_bob}));

    // Ctrl+Shift adds a band to the selection.
    m_view->setSelectedIds({m_cho});
    drag(at(m_bob), m_view->chart().positionOf(25, 35), Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_view->selectedIds(), (QList<CustomerId>{m_bob, m_cho}));

    for (const Customer &c : std::as_const(before)) {
        QCOMPARE(stored(c.id).valueFit, c.valueFit);
        QCOMPARE(stored(c.id).valueAwareness, c.valueAwareness);
    }
    QCOMPARE(m_undo->count(), 0);
}

void TestValueMatrixView::arrowKeysNudgeAndMerge()
{
    m_view->setSelectedIds({m_ann});
    m_view->plot().setFocus();
    QTest::keyClick(&m_view->plot(), Qt::Key_Right);
    QCOMPARE(*stored(m_ann).valueAwareness, 21.0);
    QTest::keyClick(&m_view->plot(), Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(*stored(m_ann).valueFit, 90.0);
    QTest::keyClick(&m_view->plot(), Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(*stored(m_ann).valueFit, 100.0);
    QTest::keyClick(&m_view->plot(), Qt::Key_Up); // clamped at 100
    QCOMPARE(*stored(m_ann).valueFit, 100.0);
    QCOMPARE(m_undo->count(), 1); // a run of nudges is one step
    m_undo->undo();
    QCOMPARE(*stored(m_ann).valueFit, 80.0);
    QCOMPARE(*stored(m_ann).valueAwareness, 20.0);
}

void TestValueMatrixView::dropFromUnplacedListPlaces()
{
    QModelIndexList dragged{m_model->index(m_model->rowOf(m_dan), CustomerTableModel::Name)};
    std::unique_ptr<QMimeData> data(m_model->mimeData(dragged));
    const QPoint target = m_view->chart().positionOf(75, 25);
    QDragEnterEvent enter(target, Qt::MoveAction, data.get(), Qt::LeftButton, {});
    QCoreApplication::sendEvent(&m_view->plot(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(target), Qt::MoveAction, data.get(), Qt::LeftButton, {});
    QCoreApplication::sendEvent(&m_view->plot(), &drop);
    const Customer dan = stored(m_dan);
    QVERIFY(dan.isPlaced());
    QVERIFY(qAbs(*dan.valueFit - 75) < 1.0);
    QVERIFY(qAbs(*dan.valueAwareness - 25) < 1.0);
    QCOMPARE(m_view->selectedIds(), QList<CustomerId>{m_dan});
    m_undo->undo();
    QVERIFY(!stored(m_dan).isPlaced());
}

void TestValueMatrixView::clearPlacementSendsBack()
{
    m_view->setSelectedIds({m_cho});
    m_view->clearPlacementOfSelection();
    QVERIFY(!stored(m_cho).isPlaced());
    QVERIFY(m_view->selectedIds().isEmpty());
    m_undo->undo();
    QCOMPARE(*stored(m_cho).valueFit, 70.0);
}

void TestValueMatrixView::dragIsClampedToTheMatrix()
{
    drag(at(m_cho), m_view->chart().positionOf(101.5, 101.5));
    QCOMPARE(*stored(m_cho).valueFit, 100.0);
    QCOMPARE(*stored(m_cho).valueAwareness, 100.0);
}

void TestValueMatrixView::dragsAndDropsStoreWholeScores()
{
    // The pixel under the mouse is never exactly 10.2: without snapping a
    // drop stores tenths (10.1, 9.9) that no marketer meant.
    drag(at(m_ann), m_view->chart().positionOf(10.2, 70.2));
    QCOMPARE(*stored(m_ann).valueFit, 10.0);
    QCOMPARE(*stored(m_ann).valueAwareness, 70.0);

    QModelIndexList dragged{m_model->index(m_model->rowOf(m_dan), CustomerTableModel::Name)};
    std::unique_ptr<QMimeData> data(m_model->mimeData(dragged));
    const QPoint target = m_view->chart().positionOf(49.8, 50.2);
    QDragEnterEvent enter(target, Qt::MoveAction, data.get(), Qt::LeftButton, {});
    QCoreApplication::sendEvent(&m_view->plot(), &enter);
    QDropEvent drop(QPointF(target), Qt::MoveAction, data.get(), Qt::LeftButton, {});
    QCoreApplication::sendEvent(&m_view->plot(), &drop);
    QVERIFY2(stored(m_dan).isPlaced(), "dropped");
    QCOMPARE(*stored(m_dan).valueFit, 50.0);
    QCOMPARE(*stored(m_dan).valueAwareness, 50.0);
    QCOMPARE(m_undo->count(), 2);
}

void TestValueMatrixView::nudgesKeepWholeScores()
{
    const CustomerId eve = add(QStringLiteral("Eve"), 49, 49);
    const CustomerId fay = add(QStringLiteral("Fay"), 49.9, 48.6); // from an import
    QCOMPARE(m_model->reload(), std::nullopt);
    m_view->setSelectedIds({eve});
    m_view->plot().setFocus();
    QTest::keyClick(&m_view->plot(), Qt::Key_Up);
    QTest::keyClick(&m_view->plot(), Qt::Key_Right);
    QCOMPARE(*stored(eve).valueFit, 50.0);
    QCOMPARE(*stored(eve).valueAwareness, 50.0);
    QCOMPARE(quadrantOf(stored(eve).valueFit, stored(eve).valueAwareness, {}), Quadrant::II);

    m_view->setSelectedIds({fay});
    QTest::keyClick(&m_view->plot(), Qt::Key_Up);
    QTest::keyClick(&m_view->plot(), Qt::Key_Left);
    QCOMPARE(*stored(fay).valueFit, 51.0);
    QCOMPARE(*stored(fay).valueAwareness, 48.0);
}

void TestValueMatrixView::toolTipShowsScoresAsStored()
{
    const CustomerId eve = add(QStringLiteral("Eve"), 60, 49.9);
    QCOMPARE(m_model->reload(), std::nullopt);
    QCoreApplication::processEvents();
    QTest::mouseMove(&m_view->plot(), at(m_ann));
    QTRY_VERIFY2(QToolTip::text().contains(QStringLiteral("Value fit 80, value awareness 20")), qPrintable(QToolTip::text()));
    QTest::mouseMove(&m_view->plot(), at(eve));
    QTRY_VERIFY(QToolTip::text().contains(QStringLiteral("Value fit 60, value awareness 49.9")));
}

void TestValueMatrixView::movesSinceCountsTransitions()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    drag(at(m_ann), m_view->chart().positionOf(85, 70)); // I -> II
    m_view->showMovesSince(before);
    QCoreApplication::processEvents();
    QCOMPARE(m_view->movesSummary(), QStringLiteral("I → II: 1"));
}

void TestValueMatrixView::exportsPngAndPdf()
{
    for (const QString &name : {QStringLiteral("matrix.png"), QStringLiteral("matrix.pdf")}) {
        const QString file = m_dir->filePath(name);
        QCOMPARE(m_view->exportImage(file), std::nullopt);
        QVERIFY(QFileInfo(file).size() > 1000);
    }
    QVERIFY(m_view->exportImage(m_dir->filePath(QStringLiteral("missing/dir/m.png"))));
}

void TestValueMatrixView::ghostsShowSuggestedPlaces()
{
    Customer ann = stored(m_ann);
    ann.valueAwareness = 75;
    Customer dan = stored(m_dan); // unplaced now, suggested a place
    dan.valueFit = 60;
    dan.valueAwareness = 40;
    m_view->setGhosts({ann, dan});
    QCOMPARE(m_view->ghostCount(), 2);
    QCOMPARE(*stored(m_ann).valueAwareness, 20.0); // showing changes nothing
    QVERIFY(!stored(m_dan).isPlaced());
    QCOMPARE(m_undo->count(), 0);
    m_view->setGhosts({});
    QCOMPARE(m_view->ghostCount(), 0);
}

void TestValueMatrixView::unplacedListCountsAndSorts()
{
    const CustomerId emile = add(QStringLiteral("Émile"), std::nullopt, std::nullopt);
    const CustomerId zoe = add(QStringLiteral("zoe"), std::nullopt, std::nullopt);
    add(QStringLiteral("Customer 10"), std::nullopt, std::nullopt);
    add(QStringLiteral("Customer 9"), std::nullopt, std::nullopt);
    addOrder(emile, 300);
    addOrder(zoe, 50);
    addOrder(m_dan, 20);
    QCOMPARE(m_model->reload(), std::nullopt);
    UnplacedPanel &panel = m_view->unplacedPanel();
    QTRY_COMPARE(panel.title(), QStringLiteral("Unplaced (5)"));
    // The most valuable first, by default.
    QCOMPARE(unplacedNames().mid(0, 3), (QStringList{QStringLiteral("Émile"), QStringLiteral("zoe"), QStringLiteral("Dan")}));
    // By name in the language's order: É beside E, case ignored, 9 before 10.
    panel.order().setCurrentIndex(panel.order().findText(QStringLiteral("By name")));
    QCOMPARE(unplacedNames(), (QStringList{QStringLiteral("Customer 9"), QStringLiteral("Customer 10"),
                                           QStringLiteral("Dan"), QStringLiteral("Émile"), QStringLiteral("zoe")}));
    // Placing one counts down; searching says how many of all are listed.
    m_view->placeCustomers({zoe}, 60, 60);
    QTRY_COMPARE(panel.title(), QStringLiteral("Unplaced (4)"));
    QTest::keyClicks(panel.findChild<QLineEdit *>(), QStringLiteral("customer"));
    QTRY_COMPARE(panel.title(), QStringLiteral("Unplaced (2 of 4)"));
}

void TestValueMatrixView::placeInQuadrantIsOneStep_data()
{
    QTest::addColumn<int>("quadrant");
    QTest::addColumn<double>("fitSplit");
    QTest::addColumn<double>("fit");
    QTest::addColumn<double>("awareness");
    QTest::newRow("I") << int(Quadrant::I) << 50.0 << 75.0 << 25.0;
    QTest::newRow("II") << int(Quadrant::II) << 50.0 << 75.0 << 75.0;
    QTest::newRow("III") << int(Quadrant::III) << 50.0 << 25.0 << 75.0;
    QTest::newRow("IV") << int(Quadrant::IV) << 50.0 << 25.0 << 25.0;
    QTest::newRow("I, high fit from 80") << int(Quadrant::I) << 80.0 << 90.0 << 25.0;
}

void TestValueMatrixView::placeInQuadrantIsOneStep()
{
    QFETCH(int, quadrant);
    QFETCH(double, fitSplit);
    QFETCH(double, fit);
    QFETCH(double, awareness);
    WorkspaceSettings settings = m_store->settings();
    settings.quadrantSplit.valueFit = fitSplit;
    QCOMPARE(m_store->setSettings(settings), std::nullopt);
    const CustomerId eve = add(QStringLiteral("Eve"), std::nullopt, std::nullopt);
    QCOMPARE(m_model->reload(), std::nullopt);
    chooseUnplaced({QStringLiteral("Dan"), QStringLiteral("Eve")});
    QMenu &menu = m_view->unplacedPanel().placeMenu();
    QCOMPARE(menu.actions().size(), 4);
    QAction *action = menu.actions().at(quadrant - 1);
    QVERIFY(action->text().startsWith(quadrantNumeral(Quadrant(quadrant)) + QLatin1Char(' ')));
    action->trigger();
    for (CustomerId id : {m_dan, eve}) {
        const Customer c = stored(id);
        QCOMPARE(c.valueFit, fit);
        QCOMPARE(c.valueAwareness, awareness);
        QCOMPARE(quadrantOf(c.valueFit, c.valueAwareness, m_store->settings().quadrantSplit), Quadrant(quadrant));
    }
    QCOMPARE(m_view->selectedIds(), (QList<CustomerId>{m_dan, eve}));
    QCOMPARE(m_undo->count(), 1);
    m_undo->undo();
    QVERIFY(!stored(m_dan).isPlaced());
    QVERIFY(!stored(eve).isPlaced());
}

void TestValueMatrixView::wheelZoomsAndDragsStillHitTheRightCustomer()
{
    MatrixChart &chart = m_view->chart();
    QToolButton &reset = m_view->filterBar().resetZoomButton();
    QVERIFY(!chart.isZoomed());
    QVERIFY(!reset.isEnabled());
    const QPoint ann = at(m_ann);
    wheel(ann, 3);
    QVERIFY(chart.isZoomed());
    QVERIFY(reset.isEnabled());
    QVERIFY2(chart.xAxis->range().size() < 60, qPrintable(QString::number(chart.xAxis->range().size())));
    QVERIFY(chart.yAxis->range().size() < 60);
    // Zoomed about the pointer: Ann is still under it.
    QVERIFY((at(m_ann) - ann).manhattanLength() <= 2);
    QVERIFY(chart.xAxis->range().contains(20) && chart.yAxis->range().contains(80));

    // A few pixels now span fewer scores: the drop lands on the score under the pointer.
    drag(at(m_ann), chart.positionOf(84, 27));
    QCOMPARE(*stored(m_ann).valueFit, 84.0);
    QCOMPARE(*stored(m_ann).valueAwareness, 27.0);
    QCOMPARE(*stored(m_bob).valueFit, 30.0);
    QCOMPARE(m_undo->count(), 1);

    QTest::mouseClick(&reset, Qt::LeftButton);
    QVERIFY(!chart.isZoomed());
    QCOMPARE(chart.xAxis->range().lower, -2.0);
    QCOMPARE(chart.xAxis->range().upper, 102.0);
    wheel(ann, -5); // no further out than the whole matrix
    QCOMPARE(chart.xAxis->range().size(), 104.0);
}

void TestValueMatrixView::panningMovesTheViewNotTheCustomers()
{
    MatrixChart &chart = m_view->chart();
    // Unzoomed, a drag on empty space is a band (rubberBandSelects); zoomed, it pans.
    wheel(chart.positionOf(50, 50), 4);
    const QCPRange before = chart.xAxis->range();
    const QPoint empty = chart.positionOf(50, 50);
    drag(empty, empty + QPoint(-100, 0));
    QVERIFY2(chart.xAxis->range().lower > before.lower + 1,
             qPrintable(QStringLiteral("%1 → %2").arg(before.lower).arg(chart.xAxis->range().lower)));
    const QCPRange afterLeftDrag = chart.xAxis->range();
    drag(empty, empty + QPoint(60, 0), {}, Qt::MiddleButton);
    QVERIFY(chart.xAxis->range().lower < afterLeftDrag.lower - 1);
    QVERIFY(m_view->selectedIds().isEmpty());
    QCOMPARE(m_undo->count(), 0);
    QCOMPARE(*stored(m_ann).valueFit, 80.0);
}

void TestValueMatrixView::stackedCustomersShareOneLabel()
{
    const CustomerId eve = add(QStringLiteral("Eve"), 80, 20);
    const CustomerId fay = add(QStringLiteral("Fay"), 80, 20);
    addOrder(fay, 500); // the most valuable of the three gives the stack its name
    addOrder(eve, 100);
    QCOMPARE(m_model->reload(), std::nullopt);
    QCoreApplication::processEvents();
    QStringList labels = m_view->chart().shownLabels();
    labels.sort();
    QCOMPARE(labels, (QStringList{QStringLiteral("Bob"), QStringLiteral("Fay +2"), QStringLiteral("千代")}));
    const QString tip = m_view->chart().describeAt(at(m_ann));
    for (const QString &name : {QStringLiteral("Ann"), QStringLiteral("Eve"), QStringLiteral("Fay")})
        QVERIFY2(tip.contains(name), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("3 customer")));
    // A click takes the one named; a drag moves it off the stack.
    drag(at(m_ann), m_view->chart().positionOf(60, 20));
    QCOMPARE(*stored(fay).valueFit, 60.0);
    QCOMPARE(*stored(eve).valueFit, 80.0);
    labels = m_view->chart().shownLabels();
    labels.sort();
    QCOMPARE(labels, (QStringList{QStringLiteral("Bob"), QStringLiteral("Eve +1"), QStringLiteral("Fay"),
                                  QStringLiteral("千代")}));
}

void TestValueMatrixView::densityAboveTheThresholdPointsBelow()
{
    MatrixChart &chart = m_view->chart();
    QVERIFY(!chart.isDensityShown());
    QCOMPARE(chart.shownLabels().size(), 3);
    chart.setDensityThreshold(2); // three customers in view are "too many"
    QVERIFY(chart.isDensityShown());
    QCOMPARE(chart.density().total, 3);
    QVERIFY(chart.shownLabels().isEmpty());
    QVERIFY(chart.stackAt(at(m_ann)).isEmpty()); // nothing drawn there to grab
    QVERIFY(chart.describeAt(at(m_ann)).startsWith(QStringLiteral("1 customer")));
    const QImage dense = chart.toPixmap().toImage();

    // Zoomed in on Ann alone: points again, and she can be dragged.
    wheel(at(m_ann), 8);
    QVERIFY(!chart.isDensityShown());
    QCOMPARE(chart.shownLabels(), QStringList{QStringLiteral("Ann")});
    QCOMPARE(chart.stackAt(at(m_ann)), QList<CustomerId>{m_ann});
    chart.resetZoom();
    QVERIFY(chart.isDensityShown());
    QCOMPARE(chart.density().total, 3);
    chart.setDensityThreshold(3);
    QVERIFY(!chart.isDensityShown());
    QVERIFY(chart.toPixmap().toImage() != dense);
}

QTEST_MAIN(TestValueMatrixView)
// An edit of a few customers moves their points alone; what the chart then
// holds is what drawing everyone anew gives: the same points in the same
// order (the one drawn last is on top), sizes and quadrant counts.
void TestValueMatrixView::editsMoveTheirPointsAsAWholeDrawingWould()
{
    addOrder(m_ann, 500); // sizes by revenue differ
    addOrder(m_cho, 50);
    const auto drawnAsAWhole = [this] {
        QCoreApplication::processEvents();
        ValueMatrixView whole(*m_store, *m_model, *m_undo);
        const QVector<MatrixChart::ChartPoint> &expected = whole.chart().points();
        const QVector<MatrixChart::ChartPoint> &points = m_view->chart().points();
        QCOMPARE(points.size(), expected.size());
        for (qsizetype i = 0; i < points.size(); ++i) {
            QCOMPARE(points.at(i).id, expected.at(i).id);
            QCOMPARE(points.at(i).awareness, expected.at(i).awareness);
            QCOMPARE(points.at(i).fit, expected.at(i).fit);
            QCOMPARE(points.at(i).colorIndex, expected.at(i).colorIndex);
            QCOMPARE(points.at(i).sizeClass, expected.at(i).sizeClass);
            QCOMPARE(points.at(i).dimmed, expected.at(i).dimmed);
            QCOMPARE(points.at(i).name, expected.at(i).name);
        }
        QCOMPARE(m_view->chart().quadrantCounts(), whole.chart().quadrantCounts());
    };
    const auto place = [this](CustomerId id, std::optional<double> fit, std::optional<double> awareness) {
        Customer c = stored(id);
        c.valueFit = fit;
        c.valueAwareness = awareness;
        QCOMPARE(m_store->updateCustomer(c), std::nullopt);
    };
    drawnAsAWhole();

    // A note changes nothing drawn: no replot.
    QSignalSpy replotted(&m_view->chart(), &QCustomPlot::afterReplot);
    Customer ann = stored(m_ann);
    ann.notes = QStringLiteral("Called back");
    QCOMPARE(m_store->updateCustomer(ann), std::nullopt);
    QCoreApplication::processEvents();
    QCOMPARE(replotted.count(), 0);
    ann = stored(m_ann);
    ann.name = QStringLiteral("Ann Lee");
    QCOMPARE(m_store->updateCustomer(ann), std::nullopt);
    QCoreApplication::processEvents();
    QCOMPARE(replotted.count(), 1);
    drawnAsAWhole();

    place(m_bob, 70, 80); // IV to II
    QCoreApplication::processEvents();
    QCOMPARE(m_view->chart().quadrantCounts()[int(Quadrant::II)], 2);
    QCOMPARE(m_view->chart().quadrantCounts()[int(Quadrant::IV)], 0);
    drawnAsAWhole();

    place(m_dan, 60, 20); // from the unplaced list
    QCoreApplication::processEvents();
    QCOMPARE(m_view->chart().quadrantCounts()[int(Quadrant::Unplaced)], 0);
    drawnAsAWhole();

    // Ann, the first row, leaves the matrix and comes back first in the drawing order.
    m_view->setSelectedIds({m_ann});
    QSignalSpy selection(&m_view->chart(), &MatrixChart::selectionChanged);
    place(m_ann, std::nullopt, std::nullopt);
    QCoreApplication::processEvents();
    QCOMPARE(selection.count(), 1);
    drawnAsAWhole();
    place(m_ann, 90, 10);
    QCoreApplication::processEvents();
    QCOMPARE(m_view->chart().points().constFirst().id, m_ann);
    drawnAsAWhole();

    // Hidden, the matrix draws nothing until it is shown, then what changed.
    m_view->hide();
    place(m_cho, 10, 10);
    QCoreApplication::processEvents();
    m_view->show();
    drawnAsAWhole();

    // Customers added and removed.
    add(QStringLiteral("Eve"), 95, 95);
    QVERIFY(m_store->removeCustomers({m_bob}).ok());
    drawnAsAWhole();
}

#include "tst_valuematrixview.moc"
