// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's one "as of" day: the offer for an old store, and every view
// following the day chosen.
#include "asofchip.h"
#include "asofnotice.h"
#include "customerdetailspanel.h"
#include "customertablemodel.h"
#include "excellencerule.h"
#include "funnelchart.h"
#include "funnelview.h"
#include "mainwindow.h"
#include "paretochart.h"
#include "paretoview.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Kindred;

class TestAsOf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void noticeOffersTheLastOrderDateOnce();
    void everyViewLooksFromTheDay();
    void calendarSetsTheDay();

private:
    AsOfNotice &notice() { return *m_window->findChild<AsOfNotice *>(); }
    AsOfChip &chip() { return *m_window->findChild<AsOfChip *>(); }
    QString stageShown(const QString &name) const;
    void showTab(QWidget *page) { m_window->findChild<QTabWidget *>()->setCurrentWidget(page); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestAsOf::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("KindredTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_asof"));
}

void TestAsOf::init()
{
    // A retail export that ends on 2017-12-31, with the rule "revenue at least 5000".
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("old.kindred"));
    {
        CustomerStore store;
        QCOMPARE(store.open(path, CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
        QList<Customer> customers(3);
        customers[0].name = QStringLiteral("Ann");
        customers[1].name = QStringLiteral("Ben");
        customers[2].name = QStringLiteral("Cho");
        QCOMPARE(store.addCustomers(customers), std::nullopt);
        QList<Order> orders{
            {0, customers[0].id, {}, QDate(2016, 5, 1), 3000.0}, {0, customers[0].id, {}, QDate(2017, 11, 1), 2500.0},
            {0, customers[1].id, {}, QDate(2017, 3, 1), 100.0},  {0, customers[1].id, {}, QDate(2017, 12, 20), 60.0},
            {0, customers[2].id, {}, QDate(2017, 12, 31), 40.0},
        };
        QCOMPARE(store.addOrders(orders), std::nullopt);
        WorkspaceSettings settings;
        settings.excellenceRule = ExcellenceRule(ExcellenceRule::Combinator::All,
                                                 {{RuleField::Revenue, RuleOperator::AtLeast, 5000, {}}})
                                      .toJson();
        QCOMPARE(store.setSettings(settings), std::nullopt);
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    QVERIFY(m_window->openStore(path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAsOf::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QString TestAsOf::stageShown(const QString &name) const
{
    const QAbstractItemModel *model = m_window->customerTable().model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, CustomerTableModel::Name).data().toString() == name)
            return model->index(row, CustomerTableModel::Stage).data().toString();
    }
    return {};
}

void TestAsOf::noticeOffersTheLastOrderDateOnce()
{
    QVERIFY(notice().isVisible());
    QCOMPARE(notice().offered(), QDate(2017, 12, 31));
    QVERIFY(notice().useButton().text().contains(QLocale().toString(QDate(2017, 12, 31), QLocale::ShortFormat)));
    QCOMPARE(chip().text(), QStringLiteral("As of today"));
    QCOMPARE(stageShown(QStringLiteral("Ben")), QStringLiteral("Dormant"));

    QTest::mouseClick(&notice().useButton(), Qt::LeftButton);
    QCOMPARE(m_window->store().settings().asOf, QDate(2017, 12, 31));
    QVERIFY(m_window->store().settings().asOfChosen);
    QVERIFY(!notice().isVisible());
    QCOMPARE(chip().text(), QStringLiteral("As of %1").arg(QLocale().toString(QDate(2017, 12, 31), QLocale::ShortFormat)));
    QCOMPARE(stageShown(QStringLiteral("Ben")), QStringLiteral("Regular"));

    // One undo step: the offer comes back with today.
    m_window->undo();
    QVERIFY(!m_window->store().settings().asOf.isValid());
    QVERIFY(notice().isVisible());
    QCOMPARE(stageShown(QStringLiteral("Ben")), QStringLiteral("Dormant"));

    // Keeping today is an answer too: kept in the store, not offered again.
    QTest::mouseClick(&notice().keepButton(), Qt::LeftButton);
    QVERIFY(!notice().isVisible());
    QVERIFY(m_window->store().settings().asOfChosen);
    const QString path = m_window->store().path();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openStore(path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!notice().isVisible());
    QCOMPARE(notice().offered(), QDate());
}

void TestAsOf::everyViewLooksFromTheDay()
{
    FunnelView &funnel = m_window->funnel();
    ParetoView &pareto = m_window->pareto();
    showTab(&funnel);
    QTRY_COMPARE(funnel.chart().funnel().customers(), 3);
    QCOMPARE(funnel.chart().funnel().count(Stage::Dormant), 2);
    QCOMPARE(funnel.chart().funnel().count(Stage::Core), 1); // Ann, by the rule, nine years on
    showTab(&pareto);
    auto *period = pareto.findChild<QComboBox *>();
    period->setCurrentIndex(1); // the last twelve months
    QTRY_COMPARE(pareto.chart().pareto().customerCount(), 0);

    QTest::mouseClick(&notice().useButton(), Qt::LeftButton);

    // The Pareto period ends at the day: all three bought in 2017.
    QTRY_COMPARE(pareto.chart().pareto().customerCount(), 3);
    QCOMPARE(pareto.period().until, QDate(2017, 12, 31));
    QCOMPARE(pareto.chart().pareto().revenue(), 2700.0);
    showTab(&funnel);
    QTRY_COMPARE(funnel.chart().funnel().count(Stage::Dormant), 0);
    QCOMPARE(funnel.chart().funnel().date(), QDate(2017, 12, 31));
    QCOMPARE(funnel.chart().funnel().count(Stage::Core), 1);
    QCOMPARE(funnel.chart().funnel().count(Stage::Regular), 1);
    QCOMPARE(funnel.chart().funnel().count(Stage::FirstTime), 1);
    QCOMPARE(funnel.chart().funnel().reached(Stage::Regular), 2);
    QCOMPARE(stageShown(QStringLiteral("Ann")), QStringLiteral("Core"));
    QCOMPARE(stageShown(QStringLiteral("Ben")), QStringLiteral("Regular"));
    QCOMPARE(stageShown(QStringLiteral("Cho")), QStringLiteral("First-time buyer"));

    // The details panel says from which day it looks.
    m_window->showCustomers({m_window->store().findCustomer(QStringLiteral("2")).value().id});
    auto *details = m_window->findChild<CustomerDetailsPanel *>();
    QString figures;
    for (QLabel *label : details->findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("Revenue")))
            figures = label->text();
    }
    QVERIFY2(figures.startsWith(QStringLiteral("As of %1: Regular")
                                    .arg(QLocale().toString(QDate(2017, 12, 31), QLocale::ShortFormat))),
             qPrintable(figures));
}

void TestAsOf::calendarSetsTheDay()
{
    // Mid 2017: Ann had one order, over a year old (Dormant); Ben had one; Cho
    // had not bought and is not a customer yet.
    FunnelView &funnel = m_window->funnel();
    showTab(&funnel);
    QTRY_COMPARE(funnel.chart().funnel().customers(), 3);
    chip().menu()->popup(chip().mapToGlobal(QPoint(0, chip().height()))); // showMenu() would wait for it
    QCalendarWidget &calendar = chip().calendar();
    QTRY_VERIFY(calendar.isVisible());
    calendar.setSelectedDate(QDate(2017, 6, 30));
    QWidget *days = calendar.findChild<QWidget *>(QStringLiteral("qt_calendar_calendarview"));
    QVERIFY(days);
    QTest::keyClick(days, Qt::Key_Return);
    QCOMPARE(m_window->store().settings().asOf, QDate(2017, 6, 30));
    QVERIFY(!chip().menu()->isVisible());
    QTRY_COMPARE(funnel.chart().funnel().customers(), 2);
    QCOMPARE(funnel.chart().funnel().count(Stage::Dormant), 1);
    QCOMPARE(funnel.chart().funnel().count(Stage::FirstTime), 1);
    QCOMPARE(m_window->customerTable().model()->rowCount(), 2);
    QCOMPARE(stageShown(QStringLiteral("Ann")), QStringLiteral("Dormant"));

    // Today again, from the same menu.
    chip().menu()->popup(chip().mapToGlobal(QPoint(0, chip().height())));
    QAction *today = chip().menu()->actions().at(2);
    QCOMPARE(today->text(), QStringLiteral("&Today"));
    today->trigger();
    QVERIFY(!m_window->store().settings().asOf.isValid());
    QTRY_COMPARE(funnel.chart().funnel().count(Stage::Dormant), 2);
    QCOMPARE(m_window->customerTable().model()->rowCount(), 3);
}

QTEST_MAIN(TestAsOf)
#include "tst_asof.moc"
