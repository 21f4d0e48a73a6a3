// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/customerstore.h"
#include "customertablemodel.h"
#include "valuematrixview.h"

#include <qcustomplot.h>

#include <QMimeData>
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

private:
    CustomerId add(const QString &name, std::optional<double> fit, std::optional<double> awareness);
    Customer stored(CustomerId id) const { return m_store->customer(id).value(); }
    QPoint at(CustomerId id) const
    {
        const Customer c = stored(id);
        return m_view->positionOf(*c.valueFit, *c.valueAwareness);
    }
    void drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = {});

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

void TestValueMatrixView::drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers)
{
    QCustomPlot *plot = &m_view->plot();
    QTest::mousePress(plot, Qt::LeftButton, modifiers, from);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(plot, from + (to - from) * step / 5);
    QTest::mouseRelease(plot, Qt::LeftButton, modifiers, to);
    QCoreApplication::processEvents();
}

void TestValueMatrixView::dragOneCustomer()
{
    drag(at(m_ann), m_view->positionOf(85, 70));
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
    drag(at(m_bob), at(m_bob) + (m_view->positionOf(40, 50) - m_view->positionOf(30, 30)));
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
    drag(m_view->positionOf(100, 0), m_view->positionOf(0, 45));
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
    drag(at(m_bob), m_view->positionOf(90, 0), Qt::ShiftModifier);
    QCOMPARE(m_view->selectedIds(), (QList<CustomerId>{m_ann, m_bob}));

    // Ctrl+Shift adds a band to the selection.
    m_view->setSelectedIds({m_cho});
    drag(at(m_bob), m_view->positionOf(25, 35), Qt::ControlModifier | Qt::ShiftModifier);
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
    const QPoint target = m_view->positionOf(75, 25);
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
    drag(at(m_cho), m_view->positionOf(101.5, 101.5));
    QCOMPARE(*stored(m_cho).valueFit, 100.0);
    QCOMPARE(*stored(m_cho).valueAwareness, 100.0);
}

void TestValueMatrixView::dragsAndDropsStoreWholeScores()
{
    // The pixel under the mouse is never exactly 10.2: without snapping a
    // drop stores tenths (10.1, 9.9) that no marketer meant.
    drag(at(m_ann), m_view->positionOf(10.2, 70.2));
    QCOMPARE(*stored(m_ann).valueFit, 10.0);
    QCOMPARE(*stored(m_ann).valueAwareness, 70.0);

    QModelIndexList dragged{m_model->index(m_model->rowOf(m_dan), CustomerTableModel::Name)};
    std::unique_ptr<QMimeData> data(m_model->mimeData(dragged));
    const QPoint target = m_view->positionOf(49.8, 50.2);
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
    drag(at(m_ann), m_view->positionOf(85, 70)); // I -> II
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

QTEST_MAIN(TestValueMatrixView)
#include "tst_valuematrixview.moc"
