// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customeranalysis.h"
#include "customertablemodel.h"
#include "funnelchart.h"
#include "store/customerstore.h"
#include "valuematrixview.h"

#include <qcustomplot.h>

#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Kindred;

// A stage has one colour wherever it is drawn: checked on the widgets
// themselves, the matrix's legend against the pixels of the funnel.
class TestStagePalette : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matrixAndFunnelAgree_data();
    void matrixAndFunnelAgree();

private:
    QTemporaryDir m_dir;
    CustomerStore m_store;
    std::unique_ptr<CustomerTableModel> m_model;
    QUndoStack m_undo;
    std::unique_ptr<ValueMatrixView> m_matrix;
    FunnelChart m_funnel;
    QImage m_funnelImage;
};

void TestStagePalette::initTestCase()
{
    QCOMPARE(m_store.open(m_dir.filePath(QStringLiteral("p.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    m_model = std::make_unique<CustomerTableModel>(m_store);
    QCOMPARE(m_model->reload(), std::nullopt);
    m_matrix = std::make_unique<ValueMatrixView>(m_store, *m_model, m_undo);

    QList<Customer> customers;
    for (int orders : {0, 1, 2, 3}) {
        Customer c;
        c.id = customers.size() + 1;
        c.orderCount = orders;
        c.lastOrder = QDate(2026, 5, 1);
        customers.append(c);
    }
    m_funnel.setFunnel(FunnelAnalysis(CustomerAnalysis(customers, WorkspaceSettings(), QDate(2026, 6, 1)), 1000));
    m_funnel.resize(900, 600);
    m_funnelImage = m_funnel.grab().toImage();
}

void TestStagePalette::matrixAndFunnelAgree_data()
{
    QTest::addColumn<int>("stage");
    for (Stage stage : allStages)
        QTest::newRow(qPrintable(stageKey(stage))) << int(stage);
}

void TestStagePalette::matrixAndFunnelAgree()
{
    QFETCH(int, stage);
    const QCustomPlot &plot = m_matrix->plot();
    QColor matrixColor;
    for (int i = 0; i < plot.graphCount(); ++i) {
        if (plot.graph(i)->name() == stageName(Stage(stage)))
            matrixColor = plot.graph(i)->scatterStyle().brush().color();
    }
    QVERIFY2(matrixColor.isValid(), "the matrix's legend names every stage");

    // Most of the funnel's area for the stage is filled with that colour
    // (the rest is its label and its antialiased edge).
    int inside = 0, sameColor = 0;
    for (int y = 0; y < m_funnel.height(); y += 2) {
        for (int x = 0; x < m_funnel.width(); x += 2) {
            if (m_funnel.stageAt({x, y}) != Stage(stage))
                continue;
            ++inside;
            sameColor += m_funnelImage.pixelColor(x, y).rgb() == matrixColor.rgb();
        }
    }
    QVERIFY(inside > 0);
    QVERIFY2(sameColor > inside / 2, qPrintable(QStringLiteral("%1 of %2 pixels in %3")
                                                    .arg(sameColor).arg(inside).arg(matrixColor.name())));
}

QTEST_MAIN(TestStagePalette)
#include "tst_stagepalette.moc"
