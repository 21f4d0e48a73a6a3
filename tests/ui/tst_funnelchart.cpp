// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customeranalysis.h"
#include "store/customerstore.h"
#include "customertablemodel.h"
#include "funnelchart.h"
#include "funnelview.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QScopeGuard>
#include <QTranslator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

namespace {
const QDate today(2026, 6, 1);

// 3 prospects, 2 first-time, 2 regular, 1 core (by hand), 1 dormant.
QList<Customer> sample()
{
    QList<Customer> customers;
    auto add = [&](int orders, int daysAgo, std::optional<Stage> handSet = {}) {
        Customer c;
        c.id = customers.size() + 1;
        c.orderCount = orders;
        c.revenue = 10.0 * orders;
        if (orders > 0)
            c.lastOrder = today.addDays(-daysAgo);
        c.handSetStage = handSet;
        customers.append(c);
    };
    add(0, 0), add(0, 0), add(0, 0), add(1, 5), add(1, 9), add(2, 3), add(3, 3), add(4, 2, Stage::Core),
        add(2, 900);
    return customers;
}

FunnelAnalysis funnelOf(const QDate &date)
{
    return FunnelAnalysis(CustomerAnalysis(sample(), WorkspaceSettings(), date), 5000);
}

// The first point of the widget where the chart draws the stage.
std::optional<QPoint> pointOf(const FunnelChart &chart, Stage stage)
{
    for (int y = 0; y < chart.height(); y += 3) {
        for (int x = 0; x < chart.width(); x += 3) {
            if (chart.stageAt({x, y}) == stage)
                return QPoint(x, y);
        }
    }
    return std::nullopt;
}
} // namespace

class TestFunnelChart : public QObject
{
    Q_OBJECT

private slots:
    void clickingAStageEmitsIt_data();
    void clickingAStageEmitsIt();
    void keyboardChoosesAStage();
    void comparisonDrawsBothFunnels();
    void exportsPngAndPdf();
    void viewFollowsTheStore();
    void viewFollowsAnEditThatMovesAStage();
    void labelsFitInJapanese_data();
    void labelsFitInJapanese();
};

void TestFunnelChart::clickingAStageEmitsIt_data()
{
    QTest::addColumn<int>("stage");
    for (Stage stage : allStages)
        QTest::newRow(qPrintable(stageKey(stage))) << int(stage);
}

void TestFunnelChart::clickingAStageEmitsIt()
{
    QFETCH(int, stage);
    FunnelChart chart;
    chart.resize(900, 600);
    chart.setFunnel(funnelOf(today));
    chart.grab(); // paints, which lays out the stages
    const auto point = pointOf(chart, Stage(stage));
    QVERIFY(point);
    QSignalSpy clicked(&chart, &FunnelChart::stageClicked);
    QTest::mouseClick(&chart, Qt::LeftButton, {}, *point);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).value<Stage>(), Stage(stage));
    // Nothing outside the funnel.
    QCOMPARE(chart.stageAt({1, 1}), std::nullopt);
}

void TestFunnelChart::keyboardChoosesAStage()
{
    FunnelChart chart;
    chart.setFunnel(funnelOf(today));
    QVERIFY(!chart.accessibleName().isEmpty());
    QVERIFY(!chart.accessibleDescription().isEmpty());
    QCOMPARE(chart.focusPolicy(), Qt::StrongFocus);
    QSignalSpy clicked(&chart, &FunnelChart::stageClicked);
    QTest::keyClick(&chart, Qt::Key_Return); // nothing chosen yet
    QCOMPARE(clicked.count(), 0);
    QTest::keyClick(&chart, Qt::Key_Down);
    QCOMPARE(chart.keyboardStage(), Stage::Prospect);
    QTest::keyClick(&chart, Qt::Key_Down);
    QTest::keyClick(&chart, Qt::Key_Down);
    QTest::keyClick(&chart, Qt::Key_Up);
    QCOMPARE(chart.keyboardStage(), Stage::FirstTime);
    for (int i = 0; i < 9; ++i)
        QTest::keyClick(&chart, Qt::Key_Down);
    QCOMPARE(chart.keyboardStage(), Stage::Dormant); // stops at the last
    QTest::keyClick(&chart, Qt::Key_Return);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).value<Stage>(), Stage::Dormant);
}

void TestFunnelChart::comparisonDrawsBothFunnels()
{
    FunnelChart chart;
    chart.resize(1000, 600);
    chart.setFunnel(funnelOf(today), funnelOf(today.addYears(-1)));
    chart.grab();
    // Core appears in both halves.
    const auto left = pointOf(chart, Stage::Core);
    QVERIFY(left && left->x() < 500);
    bool right = false;
    for (int x = 500; x < 1000 && !right; x += 2) {
        for (int y = 0; y < 600 && !right; y += 2)
            right = chart.stageAt({x, y}) == Stage::Core;
    }
    QVERIFY(right);
}

void TestFunnelChart::exportsPngAndPdf()
{
    QTemporaryDir dir;
    FunnelChart chart;
    chart.setFunnel(funnelOf(today), funnelOf(today.addYears(-1)));
    const QString png = dir.filePath(QStringLiteral("funnel.png"));
    const QString pdf = dir.filePath(QStringLiteral("funnel.pdf"));
    QVERIFY(chart.save(png, QSize(1200, 800)));
    QVERIFY(chart.save(pdf));
    QCOMPARE(QImage(png).size(), QSize(1200, 800));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    if (qEnvironmentVariableIsSet("KINDRED_KEEP_CHARTS"))
        QFile::copy(png, qEnvironmentVariable("KINDRED_KEEP_CHARTS") + QStringLiteral("/funnel.png"));
}

void TestFunnelChart::viewFollowsTheStore()
{
    QTemporaryDir dir;
    CustomerStore store;
    QCOMPARE(store.open(dir.filePath(QStringLiteral("v.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    CustomerTableModel table(store);
    QCOMPARE(table.reload(), std::nullopt);
    FunnelView view(store, table);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QList<Customer> customers(2);
    customers[1].handSetStage = Stage::Core;
    QCOMPARE(store.addCustomers(customers), std::nullopt);
    QTRY_COMPARE(view.chart().funnel().customers(), 2); // the reload is queued
    QCOMPARE(view.chart().funnel().count(Stage::Core), 1);
    QVERIFY(!view.chart().comparison());
    view.setComparisonDate(QDate(2020, 1, 1));
    QTRY_VERIFY(view.chart().comparison());
    view.chart().grab();
    const auto core = pointOf(view.chart(), Stage::Core);
    QVERIFY(core);
    QSignalSpy clicked(&view, &FunnelView::stageClicked);
    QTest::mouseClick(&view.chart(), Qt::LeftButton, {}, *core);
    QCOMPARE(clicked.count(), 1);
}

// A stage set by hand moves a customer between the funnel's stages; an edit
// that moves no stage, removed and added customers: the counts follow.
void TestFunnelChart::viewFollowsAnEditThatMovesAStage()
{
    QTemporaryDir dir;
    CustomerStore store;
    QCOMPARE(store.open(dir.filePath(QStringLiteral("e.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    QList<Customer> customers(3);
    QCOMPARE(store.addCustomers(customers), std::nullopt);
    CustomerTableModel table(store);
    QCOMPARE(table.reload(), std::nullopt);
    FunnelView view(store, table);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(view.chart().funnel().customers(), 3);
    QCOMPARE(view.chart().funnel().count(Stage::Prospect), 3);

    Customer c = store.customer(customers[1].id).value();
    c.handSetStage = Stage::Core;
    QCOMPARE(store.updateCustomer(c), std::nullopt);
    QTRY_COMPARE(view.chart().funnel().count(Stage::Core), 1);
    QCOMPARE(view.chart().funnel().count(Stage::Prospect), 2);

    c = store.customer(customers[1].id).value();
    c.notes = QStringLiteral("Called back");
    QCOMPARE(store.updateCustomer(c), std::nullopt);
    QCoreApplication::processEvents();
    QCOMPARE(view.chart().funnel().count(Stage::Core), 1);

    QVERIFY(store.removeCustomers({customers[1].id}).ok());
    QTRY_COMPARE(view.chart().funnel().count(Stage::Core), 0);
    QCOMPARE(view.chart().funnel().customers(), 2);
    QVERIFY(store.addCustomer(Customer()).ok());
    QTRY_COMPARE(view.chart().funnel().customers(), 3);
}

void TestFunnelChart::labelsFitInJapanese_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("compare");
    for (const QSize &size : {QSize(900, 600), QSize(560, 420), QSize(360, 300)}) {
        const QString name = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        QTest::newRow(qPrintable(name)) << size << false;
        QTest::newRow(qPrintable(name + QStringLiteral(" compared"))) << size << true;
    }
}

// Every label's text, measured in its font, fits its rect (初回購入者 with
// "345 (現在 69)" was cut), and sits wholly inside its bar or wholly beside it.
void TestFunnelChart::labelsFitInJapanese()
{
    QFETCH(QSize, size);
    QFETCH(bool, compare);
    QTranslator translator;
    const QString qm = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/kindred_ja.qm");
    QVERIFY2(translator.load(qm), qPrintable(qm));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto removeTranslator = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    QCOMPARE(stageName(Stage::FirstTime), QStringLiteral("初回購入者"));

    FunnelChart chart;
    // A market of millions beside a handful of Core customers: the narrowest bars.
    const FunnelAnalysis now(CustomerAnalysis(sample(), WorkspaceSettings(), today), 12345678);
    chart.setFunnel(now, compare ? std::optional<FunnelAnalysis>(funnelOf(today.addDays(-400))) : std::nullopt);
    chart.resize(size);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.repaint();
    const QList<FunnelChart::Label> labels = chart.labels();
    QVERIFY(labels.size() >= (compare ? 2 : 1) * 10); // market, 4 steps, 4 conversions, Dormant
    bool namedFirstTime = false;
    for (const FunnelChart::Label &label : labels) {
        const QRectF needed = QFontMetricsF(label.font).boundingRect(label.rect, label.flags, label.text);
        const QString what = QStringLiteral("%1: needs %2x%3 in %4x%5")
                                 .arg(label.text)
                                 .arg(needed.width())
                                 .arg(needed.height())
                                 .arg(label.rect.width())
                                 .arg(label.rect.height());
        QVERIFY2(needed.width() <= label.rect.width() + 0.5, qPrintable(what));
        QVERIFY2(needed.height() <= label.rect.height() + 0.5, qPrintable(what));
        QVERIFY2(QRectF(chart.rect()).contains(label.rect), qPrintable(what));
        QVERIFY2(label.bar.isEmpty() || label.bar.contains(needed) || !label.bar.intersects(needed), qPrintable(what));
        namedFirstTime = namedFirstTime || label.text.startsWith(QStringLiteral("初回購入者"));
    }
    QVERIFY(namedFirstTime);
}

QTEST_MAIN(TestFunnelChart)
#include "tst_funnelchart.moc"
