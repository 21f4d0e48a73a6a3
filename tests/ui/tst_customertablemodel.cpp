// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerfilterproxymodel.h"
#include "store/customerstore.h"
#include "customertablemodel.h"
#include "unplacedcustomersmodel.h"
#include "demogenerator.h"
#include "nameorder.h"
#include "excellencerule.h"
#include "ownfieldcolumns.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

class TestCustomerTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void passesModelTester();
    void followsStoreChanges();
    void rowsStandOnTheAsOfDay();
    void showsDerivedStageAndQuadrant();
    void filterMatchesNameEmailAndTags_data();
    void filterMatchesNameEmailAndTags();
    void coreByTheRule();
    void ruleFollowsOtherCustomersRevenue();
    void anEditDerivesTheEditedRowsAlone();
    void stageFilter();
    void funnelFilter();
    void sortsByRawValues();
    void namesSortByTheirReading();
    void nameOrderFollowsAddsRenamesAndRemovals_data();
    void nameOrderFollowsAddsRenamesAndRemovals();
    void revenueOrderFollowsNewOrders();
    void shownScoresAgreeWithTheQuadrant();
    void ownFieldColumns();
    void ownFieldColumnsSortByType();
    void ownFieldColumnsFollowTheDefinitions();
    void ownFieldColumnsHiddenUntilChosen();

private:
    /// Customers with points, a birthday, a rank and whether they take mail.
    void addMembers();
    int ownColumn(const CustomerTableModel &model, const QString &name) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CustomerStore> m_store;
    CustomerId add(const QString &name, const QString &email, const QStringList &tags = {})
    {
        Customer c;
        c.name = name;
        c.email = email;
        c.tags = tags;
        return m_store->addCustomer(c).value();
    }
};

void TestCustomerTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<CustomerStore>();
    QCOMPARE(m_store->open(m_dir->filePath(QStringLiteral("t.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
}

void TestCustomerTableModel::addMembers()
{
    WorkspaceSettings settings = m_store->settings();
    settings.ownFields = {{QStringLiteral("ポイント"), OwnFieldType::Number},
                          {QStringLiteral("誕生日"), OwnFieldType::Date},
                          {QStringLiteral("会員ランク"), OwnFieldType::Text},
                          {QStringLiteral("DM可"), OwnFieldType::YesNo}};
    QCOMPARE(m_store->setSettings(settings), std::nullopt);
    const QList<QStringList> members{
        {QStringLiteral("Ann"), QStringLiteral("1500.5"), QStringLiteral("1990-06-10"), QStringLiteral("ゴールド"),
         QStringLiteral("yes")},
        {QStringLiteral("Ben"), QStringLiteral("200"), QStringLiteral("1985-12-02"), QStringLiteral("シルバー"),
         QStringLiteral("no")},
        {QStringLiteral("Cho"), QStringLiteral("1000"), QStringLiteral("1985-01-20"), QString(), QString()},
        {QStringLiteral("Dai"), QString(), QString(), QString(), QString()},
    };
    for (const QStringList &m : members) {
        Customer c;
        c.name = m.at(0);
        for (int i = 0; i < settings.ownFields.size(); ++i) {
            if (!m.at(i + 1).isEmpty())
                c.ownFields.insert(settings.ownFields.at(i).name, m.at(i + 1));
        }
        QVERIFY(m_store->addCustomer(c).ok());
    }
}

int TestCustomerTableModel::ownColumn(const CustomerTableModel &model, const QString &name) const
{
    for (int column = 0; column < model.columnCount(); ++column) {
        if (model.headerData(column, Qt::Horizontal).toString() == name)
            return column;
    }
    return -1;
}

void TestCustomerTableModel::ownFieldColumns()
{
    addMembers();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CustomerTableModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.reload(), std::nullopt);
    // After the built-in columns, in the order of the definitions.
    QCOMPARE(model.columnCount(), CustomerTableModel::ColumnCount + 4);
    QCOMPARE(ownColumn(model, QStringLiteral("ポイント")), int(CustomerTableModel::ColumnCount));
    QCOMPARE(ownColumn(model, QStringLiteral("DM可")), CustomerTableModel::ColumnCount + 3);
    QVERIFY(model.headerData(CustomerTableModel::ColumnCount, Qt::Horizontal, Qt::ToolTipRole)
                .toString().contains(QStringLiteral("Number")));
    const int ann = model.rowOf(m_store->customers().value().at(0).id);
    auto shown = [&model, ann](int column) { return model.index(ann, column).data().toString(); };
    QCOMPARE(shown(CustomerTableModel::ColumnCount), QStringLiteral("1,500.5"));
    QCOMPARE(shown(CustomerTableModel::ColumnCount + 1),
             QLocale().toString(QDate(1990, 6, 10), QLocale::ShortFormat));
    QCOMPARE(shown(CustomerTableModel::ColumnCount + 2), QStringLiteral("ゴールド"));
    QCOMPARE(shown(CustomerTableModel::ColumnCount + 3), QStringLiteral("Yes"));
    QCOMPARE(model.index(ann, CustomerTableModel::ColumnCount).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QLocale::setDefault(QLocale::c());
}

void TestCustomerTableModel::ownFieldColumnsSortByType()
{
    addMembers();
    CustomerTableModel model(*m_store);
    QCOMPARE(model.reload(), std::nullopt);
    CustomerFilterProxyModel proxy(&model);
    auto names = [&proxy] {
        QStringList result;
        for (int row = 0; row < proxy.rowCount(); ++row)
            result.append(proxy.index(row, CustomerTableModel::Name).data().toString());
        return result;
    };
    // As text "1000" would come before "200"; a missing value comes last.
    proxy.sort(CustomerTableModel::ColumnCount, Qt::AscendingOrder);
    QCOMPARE(names(), (QStringList{QStringLiteral("Ben"), QStringLiteral("Cho"), QStringLiteral("Ann"),
                                   QStringLiteral("Dai")}));
    proxy.sort(CustomerTableModel::ColumnCount + 1, Qt::AscendingOrder);
    QCOMPARE(names(), (QStringList{QStringLiteral("Cho"), QStringLiteral("Ben"), QStringLiteral("Ann"),
                                   QStringLiteral("Dai")}));
    proxy.sort(CustomerTableModel::ColumnCount + 1, Qt::DescendingOrder);
    // As the built-in dates: an empty value comes after all others in ascending order only.
    QCOMPARE(names(), (QStringList{QStringLiteral("Dai"), QStringLiteral("Ann"), QStringLiteral("Ben"),
                                   QStringLiteral("Cho")}));
}

void TestCustomerTableModel::ownFieldColumnsFollowTheDefinitions()
{
    addMembers();
    CustomerTableModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.reload(), std::nullopt);
    QSignalSpy removed(&model, &QAbstractItemModel::columnsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::columnsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    WorkspaceSettings settings = m_store->settings();
    settings.ownFields.removeFirst();
    QCOMPARE(m_store->setSettings(settings), std::nullopt);
    QCOMPARE(model.columnCount(), CustomerTableModel::ColumnCount + 3);
    QCOMPARE(ownColumn(model, QStringLiteral("ポイント")), -1);
    QCOMPARE(ownColumn(model, QStringLiteral("誕生日")), int(CustomerTableModel::ColumnCount));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0); // the rows, and a view's other columns, stay as they are
    // Other settings leave the columns alone.
    settings.dormantDays = 100;
    QCOMPARE(m_store->setSettings(settings), std::nullopt);
    QCOMPARE(removed.size(), 1);
}

void TestCustomerTableModel::ownFieldColumnsHiddenUntilChosen()
{
    QTemporaryDir settingsDir;
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("KindredTest"));
    addMembers();
    CustomerTableModel model(*m_store);
    QCOMPARE(model.reload(), std::nullopt);
    CustomerFilterProxyModel proxy(&model);
    QTableView table;
    table.setModel(&proxy);
    OwnFieldColumns columns(&table, &model, *m_store);
    const int points = CustomerTableModel::ColumnCount;
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(table.isColumnHidden(column), column >= points);

    // The header's menu lists the own fields, none checked; checking one shows its column.
    QCOMPARE(table.horizontalHeader()->contextMenuPolicy(), Qt::CustomContextMenu);
    std::unique_ptr<QMenu> menu(columns.createMenu(&table));
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), 4);
    QCOMPARE(actions.at(1)->text(), QStringLiteral("誕生日"));
    QVERIFY(actions.at(1)->isCheckable());
    QVERIFY(!actions.at(1)->isChecked());
    actions.at(1)->trigger();
    QVERIFY(!table.isColumnHidden(points + 1));
    QVERIFY(table.isColumnHidden(points));
    QCOMPARE(columns.shown(), QStringList{QStringLiteral("誕生日")});

    // Remembered for this store; the column stays shown when the definitions change.
    WorkspaceSettings settings = m_store->settings();
    settings.ownFields.removeFirst();
    QCOMPARE(m_store->setSettings(settings), std::nullopt);
    QVERIFY(!table.isColumnHidden(points)); // 誕生日 is first now
    QVERIFY(table.isColumnHidden(points + 1));
    QTableView again;
    again.setModel(&proxy);
    OwnFieldColumns remembered(&again, &model, *m_store);
    QVERIFY(!again.isColumnHidden(points));
    std::unique_ptr<QMenu> second(remembered.createMenu(&again));
    QVERIFY(second->actions().at(0)->isChecked());
    second->actions().at(0)->trigger(); // unchecked: hidden again
    QVERIFY(again.isColumnHidden(points));
    QVERIFY(remembered.shown().isEmpty());

    // Another store remembers its own choice.
    CustomerStore other;
    QCOMPARE(other.open(m_dir->filePath(QStringLiteral("other.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    QTableView third;
    third.setModel(&proxy);
    columns.setShown(QStringLiteral("会員ランク"), true);
    QCOMPARE(OwnFieldColumns(&third, &model, other).shown(), QStringList());
}

void TestCustomerTableModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestCustomerTableModel::rowsStandOnTheAsOfDay()
{
    QList<Customer> customers(2);
    customers[0].name = QStringLiteral("Ann");
    customers[0].created = QDateTime(QDate(2016, 1, 1), QTime(9, 0), Qt::UTC);
    customers[1].name = QStringLiteral("Ben"); // created now
    QCOMPARE(m_store->addCustomers(customers), std::nullopt);
    QList<Order> orders{{0, customers[0].id, {}, QDate(2017, 5, 1), 100.0},
                        {0, customers[0].id, {}, QDate(2017, 6, 1), 50.0},
                        {0, customers[1].id, {}, QDate(2018, 3, 1), 70.0}};
    QCOMPARE(m_store->addOrders(orders), std::nullopt);
    CustomerTableModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.reload(), std::nullopt);
    QCOMPARE(model.rowCount(), 2);

    WorkspaceSettings settings = m_store->settings();
    settings.asOf = QDate(2017, 12, 31);
    settings.asOfChosen = true;
    QCOMPARE(m_store->setSettings(settings), std::nullopt);
    // Ben had not bought by then and was created later: not a row.
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.asOf(), QDate(2017, 12, 31));
    QCOMPARE(model.customerAt(0).revenue, 150.0);
    QCOMPARE(model.stageAt(0), Stage::Regular);
    QCOMPARE(model.lastOrderDate(), QDate(2018, 3, 1)); // the store's, whatever the day
    QVERIFY(model.headerData(CustomerTableModel::Revenue, Qt::Horizontal, Qt::ToolTipRole).toString().contains(
        QStringLiteral("do not count")));

    // Kept current: an order after the day changes nothing shown, one before it does.
    QList<Order> more{{0, customers[0].id, {}, QDate(2019, 1, 1), 999.0}};
    QCOMPARE(m_store->addOrders(more), std::nullopt);
    QCOMPARE(model.customerAt(0).revenue, 150.0);
    QCOMPARE(model.orderHistory().value()->figures(customers[0].id, {}, {}).orderCount, 3);
    QList<Order> earlier{{0, customers[1].id, {}, QDate(2017, 7, 1), 20.0}};
    QCOMPARE(m_store->addOrders(earlier), std::nullopt);
    QCOMPARE(model.rowCount(), 2); // Ben had bought by then after all
    QCOMPARE(model.customerAt(model.rowOf(customers[1].id)).revenue, 20.0);
    QCOMPARE(model.stageAt(model.rowOf(customers[1].id)), Stage::FirstTime);

    // Back to today: the store's own figures.
    settings.asOf = QDate();
    QCOMPARE(m_store->setSettings(settings), std::nullopt);
    QCOMPARE(model.customerAt(model.rowOf(customers[0].id)).revenue, 1149.0);
    QCOMPARE(model.asOf(), QDate::currentDate());
}

void TestCustomerTableModel::passesModelTester()
{
    DemoGenerator::Options options;
    options.customers = 200;
    QCOMPARE(DemoGenerator(options).fill(*m_store), std::nullopt);
    CustomerTableModel model(*m_store);
    CustomerFilterProxyModel proxy(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.reload(), std::nullopt);
    QCOMPARE(model.rowCount(), 200);
    proxy.sort(CustomerTableModel::Revenue, Qt::DescendingOrder);
    proxy.setSearchText(QStringLiteral("example.jp"));
    QVERIFY(proxy.rowCount() > 0);
    QVERIFY(proxy.rowCount() < 200);
    // Changes while the testers watch.
    const CustomerId id = add(QStringLiteral("Zed"), QStringLiteral("zed@example.jp"));
    QVERIFY(m_store->removeCustomers({id}).ok());
}

void TestCustomerTableModel::followsStoreChanges()
{
    CustomerTableModel model(*m_store);
    QCOMPARE(model.reload(), std::nullopt);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    const CustomerId ann = add(QStringLiteral("Ann"), QStringLiteral("ann@example.com"));
    const CustomerId bob = add(QStringLiteral("Bob"), QStringLiteral("bob@example.com"));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(bob), 1);

    Customer c = m_store->customer(ann).value();
    c.name = QStringLiteral("Ann Lee");
    QCOMPARE(m_store->updateCustomer(c), std::nullopt);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(model.rowOf(ann), CustomerTableModel::Name).data().toString(), QStringLiteral("Ann Lee"));

    QVERIFY(m_store->removeCustomers({ann}).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(ann), -1);
    QCOMPARE(model.rowOf(bob), 0);
    QCOMPARE(model.index(0, CustomerTableModel::Name).data().toString(), QStringLiteral("Bob"));
}

void TestCustomerTableModel::showsDerivedStageAndQuadrant()
{
    const CustomerId ann = add(QStringLiteral("Ann"), QStringLiteral("ann@example.com"));
    QList<Order> orders{{0, ann, QStringLiteral("1"), QDate(2026, 1, 10), 50.0},
                        {0, ann, QStringLiteral("2"), QDate(2026, 3, 10), 70.0}};
    QCOMPARE(m_store->addOrders(orders), std::nullopt);
    Customer c = m_store->customer(ann).value();
    c.valueFit = 80;
    c.valueAwareness = 20;
    QCOMPARE(m_store->updateCustomer(c), std::nullopt);

    CustomerTableModel model(*m_store);
    model.setToday(QDate(2026, 6, 1));
    QCOMPARE(model.reload(), std::nullopt);
    QCOMPARE(model.stageAt(0), Stage::Regular);
    QCOMPARE(model.index(0, CustomerTableModel::Quadrant).data().toString(), QStringLiteral("I"));
    QCOMPARE(model.index(0, CustomerTableModel::Revenue).data(CustomerTableModel::SortRole).toDouble(), 120.0);
    QCOMPARE(model.index(0, CustomerTableModel::Orders).data().toInt(), 2);

    model.setToday(QDate(2027, 6, 1)); // more than 365 days since the last order
    QCOMPARE(model.stageAt(0), Stage::Dormant);

    WorkspaceSettings settings = m_store->settings();
    settings.quadrantSplit.valueFit = 90;
    QCOMPARE(m_store->setSettings(settings), std::nullopt);
    QCOMPARE(model.quadrantAt(0), Quadrant::IV);
}

void TestCustomerTableModel::filterMatchesNameEmailAndTags_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty shows all") << QString() << QStringList{QStringLiteral("Ann Lee"), QStringLiteral("佐藤　花子"),
                                                                 QStringLiteral("Bob")};
    QTest::newRow("name, any case") << QStringLiteral("ann") << QStringList{QStringLiteral("Ann Lee")};
    QTest::newRow("japanese name") << QStringLiteral("佐藤") << QStringList{QStringLiteral("佐藤　花子")};
    QTest::newRow("email") << QStringLiteral("@shop.jp") << QStringList{QStringLiteral("佐藤　花子")};
    QTest::newRow("tag") << QStringLiteral("vip") << QStringList{QStringLiteral("Ann Lee"), QStringLiteral("Bob")};
    QTest::newRow("japanese tag") << QStringLiteral("イベント") << QStringList{QStringLiteral("佐藤　花子")};
    QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList{};
}

void TestCustomerTableModel::filterMatchesNameEmailAndTags()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    add(QStringLiteral("Ann Lee"), QStringLiteral("ann@example.com"), {QStringLiteral("VIP")});
    add(QStringLiteral("佐藤　花子"), QStringLiteral("hanako@shop.jp"), {QStringLiteral("イベント参加")});
    add(QStringLiteral("Bob"), QStringLiteral("bob@example.com"), {QStringLiteral("newsletter"), QStringLiteral("vip")});
    CustomerTableModel model(*m_store);
    QCOMPARE(model.reload(), std::nullopt);
    CustomerFilterProxyModel proxy(&model);
    proxy.setSearchText(search);
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names.append(proxy.index(row, CustomerTableModel::Name).data().toString());
    QCOMPARE(names, expected);
}

namespace {
QString ruleJson(RuleField field, double number)
{
    return ExcellenceRule(ExcellenceRule::Combinator::All, {{field, RuleOperator::AtLeast, number, {}}}).toJson();
}
} // namespace

void TestCustomerTableModel::coreByTheRule()
{
    const CustomerId ann = add(QStringLiteral("Ann"), QStringLiteral("ann@example.com"));
    const CustomerId bob = add(QStringLiteral("Bob"), QStringLiteral("bob@example.com"));
    QList<Order> orders{{0, ann, QStringLiteral("1"), QDate(2026, 5, 1), 500.0},
                        {0, bob, QStringLiteral("2"), QDate(2026, 5, 1), 50.0},
                        {0, bob, QStringLiteral("3"), QDate(2026, 5, 2), 50.0}};
    QCOMPARE(m_store->addOrders(orders), std::nullopt);
    WorkspaceSettings settings = m_store->settings();
    settings.excellenceRule = ruleJson(RuleField::Revenue, 300);
    QCOMPARE(m_store->setSettings(settings), std::nullopt);

    CustomerTableModel model(*m_store);
    model.setToday(QDate(2026, 6, 1));
    QCOMPARE(model.reload(), std::nullopt);
    CustomerFilterProxyModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int annRow = model.rowOf(ann), bobRow = model.rowOf(bob);
    QCOMPARE(model.stageAt(annRow), Stage::Core);
    QCOMPARE(model.index(annRow, CustomerTableModel::Stage).data().toString(), stageName(Stage::Core));
    QCOMPARE(model.stageAt(bobRow), Stage::Regular);
    proxy.setStageFilter(Stage::Core);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, CustomerTableModel::Name).data().toString(), QStringLiteral("Ann"));

    // A new rule: the rows' stages and the filtered table follow, announced for the stage column.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    settings.excellenceRule = ruleJson(RuleField::OrderCount, 2);
    QCOMPARE(m_store->setSettings(settings), std::nullopt);
    QCOMPARE(model.stageAt(annRow), Stage::FirstTime);
    QCOMPARE(model.stageAt(bobRow), Stage::Core);
    QCOMPARE(changed.count(), 1);
    const QModelIndex first = changed.at(0).at(0).toModelIndex(), last = changed.at(0).at(1).toModelIndex();
    QVERIFY(first.column() <= CustomerTableModel::Stage && last.column() >= CustomerTableModel::Stage);
    QCOMPARE(first.row(), std::min(annRow, bobRow));
    QCOMPARE(last.row(), std::max(annRow, bobRow));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, CustomerTableModel::Name).data().toString(), QStringLiteral("Bob"));

    // No rule: nobody is Core; a hand-set stage still wins.
    settings.excellenceRule.clear();
    QCOMPARE(m_store->setSettings(settings), std::nullopt);
    QCOMPARE(proxy.rowCount(), 0);
    Customer c = m_store->customer(ann).value();
    c.handSetStage = Stage::Core;
    QCOMPARE(m_store->updateCustomer(c), std::nullopt);
    QCOMPARE(model.stageAt(annRow), Stage::Core);
    QCOMPARE(proxy.rowCount(), 1);
}

void TestCustomerTableModel::ruleFollowsOtherCustomersRevenue()
{
    // Class A (the customers up to 80% of revenue) is Core. A large new
    // order from one customer pushes the other out of class A: one change
    // moves another row's stage.
    const CustomerId ann = add(QStringLiteral("Ann"), QStringLiteral("ann@example.com"));
    const CustomerId bob = add(QStringLiteral("Bob"), QStringLiteral("bob@example.com"));
    QList<Order> orders{{0, ann, QStringLiteral("1"), QDate(2026, 5, 1), 100.0},
                        {0, bob, QStringLiteral("2"), QDate(2026, 5, 1), 100.0}};
    QCOMPARE(m_store->addOrders(orders), std::nullopt);
    WorkspaceSettings settings = m_store->settings();
    settings.excellenceRule = ExcellenceRule(ExcellenceRule::Combinator::All,
                                             {{RuleField::AbcClass, RuleOperator::OneOf, 0, {QStringLiteral("A")}}})
                                  .toJson();
    QCOMPARE(m_store->setSettings(settings), std::nullopt);
    CustomerTableModel model(*m_store);
    model.setToday(QDate(2026, 6, 1));
    QCOMPARE(model.reload(), std::nullopt);
    QCOMPARE(model.stageAt(model.rowOf(ann)), Stage::Core);
    QCOMPARE(model.stageAt(model.rowOf(bob)), Stage::Core);

    QList<Order> big{{0, bob, QStringLiteral("3"), QDate(2026, 5, 3), 10000.0}};
    QCOMPARE(m_store->addOrders(big), std::nullopt);
    QCOMPARE(model.stageAt(model.rowOf(bob)), Stage::Core);
    QCOMPARE(model.stageAt(model.rowOf(ann)), Stage::FirstTime);

    // A customer added later is derived by the same rule; removing Bob gives Ann class A back.
    const CustomerId cid = add(QStringLiteral("Cid"), QString());
    QCOMPARE(model.stageAt(model.rowOf(cid)), Stage::Prospect);
    QVERIFY(m_store->removeCustomers({bob}).ok());
    QCOMPARE(model.stageAt(model.rowOf(ann)), Stage::Core);
    QCOMPARE(model.analysis().size(), model.rowCount());
}

namespace {
// Every cell and derived figure of a model that followed changes one by one
// equals that of a model read whole from the store.
void compareWithReloaded(const CustomerTableModel &followed, CustomerStore &store)
{
    CustomerTableModel reloaded(store);
    reloaded.setToday(QDate(2026, 6, 1));
    QCOMPARE(reloaded.reload(), std::nullopt);
    QCOMPARE(followed.rowCount(), reloaded.rowCount());
    for (int row = 0; row < reloaded.rowCount(); ++row) {
        QCOMPARE(followed.customerAt(row).id, reloaded.customerAt(row).id);
        const DerivedCustomer &a = followed.analysis().at(row), &b = reloaded.analysis().at(row);
        QCOMPARE(a.stage, b.stage);
        QCOMPARE(a.quadrant, b.quadrant);
        QCOMPARE(a.abcClass, b.abcClass);
        QCOMPARE(a.meetsExcellenceRule, b.meetsExcellenceRule);
        for (int column = 0; column < reloaded.columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(CustomerTableModel::SortRole)})
                QCOMPARE(followed.index(row, column).data(role), reloaded.index(row, column).data(role));
        }
    }
}
} // namespace

void TestCustomerTableModel::anEditDerivesTheEditedRowsAlone()
{
    DemoGenerator::Options options;
    options.customers = 300;
    options.until = QDate(2026, 6, 1);
    QCOMPARE(DemoGenerator(options).fill(*m_store), std::nullopt);
    WorkspaceSettings settings = m_store->settings();
    // Core: in class A and tagged "fan", so that an edit of tags moves a stage.
    settings.excellenceRule = ExcellenceRule(ExcellenceRule::Combinator::All,
                                             {{RuleField::AbcClass, RuleOperator::OneOf, 0, {QStringLiteral("A")}},
                                              {RuleField::Tags, RuleOperator::OneOf, 0, {QStringLiteral("fan")}}})
                                  .toJson();
    QCOMPARE(m_store->setSettings(settings), std::nullopt);
    CustomerTableModel model(*m_store);
    model.setToday(QDate(2026, 6, 1));
    QCOMPARE(model.reload(), std::nullopt);
    QSignalSpy updated(&model, &CustomerTableModel::customersUpdated);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // The customer with the most revenue is in class A.
    int top = 0;
    for (int row = 1; row < model.rowCount(); ++row) {
        if (model.customerAt(row).revenue > model.customerAt(top).revenue)
            top = row;
    }
    Customer c = m_store->customer(model.customerAt(top).id).value();
    QCOMPARE(model.analysis().at(top).abcClass, AbcClass::A);

    // A note: that row alone, announced as an edit of notes.
    c.notes = QStringLiteral("Called back");
    QCOMPARE(m_store->updateCustomer(c), std::nullopt);
    QCOMPARE(updated.count(), 1);
    QCOMPARE(updated.at(0).at(0).value<QList<CustomerId>>(), QList<CustomerId>{c.id});
    QCOMPARE(updated.at(0).at(1).value<CustomerFields>(), CustomerFields(CustomerField::Notes));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), top);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), top);
    compareWithReloaded(model, *m_store);

    // Across quadrants, and Core by the rule once tagged "fan".
    for (const auto &[fit, awareness] : {std::pair{80.0, 20.0}, std::pair{20.0, 80.0}}) {
        c = m_store->customer(c.id).value();
        c.valueFit = fit;
        c.valueAwareness = awareness;
        QCOMPARE(m_store->updateCustomer(c), std::nullopt);
        QCOMPARE(model.quadrantAt(top), fit > 50 ? Quadrant::I : Quadrant::III);
        compareWithReloaded(model, *m_store);
    }
    c = m_store->customer(c.id).value();
    c.tags = {QStringLiteral("fan")};
    QCOMPARE(m_store->updateCustomer(c), std::nullopt);
    QCOMPARE(model.stageAt(top), Stage::Core);
    QCOMPARE(updated.constLast().at(1).value<CustomerFields>(), CustomerFields(CustomerField::Tags));
    compareWithReloaded(model, *m_store);

    // An order moves everyone on the revenue curve: any row may have changed.
    const CustomerId other = model.customerAt(top == 0 ? 1 : 0).id;
    QList<Order> big{{0, other, QStringLiteral("big"), QDate(2026, 5, 30), 1e7}};
    QCOMPARE(m_store->addOrders(big), std::nullopt);
    QVERIFY(updated.constLast().at(0).value<QList<CustomerId>>().isEmpty());
    compareWithReloaded(model, *m_store);

    // Added and removed customers: the same.
    const CustomerId added = add(QStringLiteral("Eve"), QString(), {QStringLiteral("fan")});
    QVERIFY(updated.constLast().at(0).value<QList<CustomerId>>().isEmpty());
    compareWithReloaded(model, *m_store);
    QVERIFY(m_store->removeCustomers({added, c.id}).ok());
    QVERIFY(updated.constLast().at(0).value<QList<CustomerId>>().isEmpty());
    compareWithReloaded(model, *m_store);
}

void TestCustomerTableModel::stageFilter()
{
    const CustomerId ann = add(QStringLiteral("Ann"), QStringLiteral("ann@example.com"));
    add(QStringLiteral("Bob"), QStringLiteral("bob@example.com"));
    QList<Order> orders{{0, ann, QStringLiteral("1"), QDate::currentDate(), 10.0}};
    QCOMPARE(m_store->addOrders(orders), std::nullopt);
    CustomerTableModel model(*m_store);
    QCOMPARE(model.reload(), std::nullopt);
    CustomerFilterProxyModel proxy(&model);
    proxy.setStageFilter(Stage::FirstTime);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, CustomerTableModel::Name).data().toString(), QStringLiteral("Ann"));
    proxy.setStageFilter(Stage::Prospect);
    QCOMPARE(proxy.index(0, CustomerTableModel::Name).data().toString(), QStringLiteral("Bob"));
    proxy.setStageFilter(std::nullopt);
    QCOMPARE(proxy.rowCount(), 2);
}

void TestCustomerTableModel::funnelFilter()
{
    // Ann bought twice long ago: Dormant now, she reached Regular. Bob bought once; Cid never.
    const CustomerId ann = add(QStringLiteral("Ann"), QString());
    const CustomerId bob = add(QStringLiteral("Bob"), QString());
    add(QStringLiteral("Cid"), QString());
    const QDate today = QDate::currentDate();
    QList<Order> orders{{0, ann, QStringLiteral("1"), today.addYears(-3), 10.0},
                        {0, ann, QStringLiteral("2"), today.addYears(-3), 10.0},
                        {0, bob, QStringLiteral("3"), today, 10.0}};
    QCOMPARE(m_store->addOrders(orders), std::nullopt);
    CustomerTableModel model(*m_store);
    QCOMPARE(model.reload(), std::nullopt);
    CustomerFilterProxyModel proxy(&model);
    auto shown = [&proxy] {
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names.append(proxy.index(row, CustomerTableModel::Name).data().toString());
        names.sort();
        return names;
    };
    proxy.setFunnelFilter(Stage::Regular);
    QCOMPARE(shown(), QStringList{QStringLiteral("Ann")});
    proxy.setFunnelFilter(Stage::FirstTime);
    QCOMPARE(shown(), (QStringList{QStringLiteral("Ann"), QStringLiteral("Bob")}));
    proxy.setFunnelFilter(Stage::Core);
    QCOMPARE(shown(), QStringList{});
    proxy.setFunnelFilter(Stage::Dormant);
    QCOMPARE(shown(), QStringList{QStringLiteral("Ann")});
    proxy.setFunnelFilter(Stage::Prospect);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setFunnelFilter(std::nullopt);
    QCOMPARE(proxy.rowCount(), 3);
    QVERIFY(proxy.filter().isEmpty());
}

void TestCustomerTableModel::sortsByRawValues()
{
    const CustomerId a = add(QStringLiteral("A"), QString());
    const CustomerId b = add(QStringLiteral("B"), QString());
    const CustomerId c = add(QStringLiteral("C"), QString());
    // Display text "900" sorts after "1,200" as text; as numbers it must not.
    QList<Order> orders{{0, a, QStringLiteral("1"), QDate(2026, 1, 1), 900.0},
                        {0, b, QStringLiteral("2"), QDate(2026, 1, 1), 1200.0},
                        {0, c, QStringLiteral("3"), QDate(2026, 1, 1), 15.0}};
    QCOMPARE(m_store->addOrders(orders), std::nullopt);
    CustomerTableModel model(*m_store);
    QCOMPARE(model.reload(), std::nullopt);
    CustomerFilterProxyModel proxy(&model);
    proxy.sort(CustomerTableModel::Revenue, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, CustomerTableModel::Name).data().toString(), QStringLiteral("B"));
    QCOMPARE(proxy.index(1, CustomerTableModel::Name).data().toString(), QStringLiteral("A"));
    QCOMPARE(proxy.index(2, CustomerTableModel::Name).data().toString(), QStringLiteral("C"));
}

// 佐藤 sorts before 糸井 by its characters; the table and the unplaced list
// follow the readings, as every Japanese customer list does.
void TestCustomerTableModel::namesSortByTheirReading()
{
    for (const auto &[name, reading] : {std::pair{QStringLiteral("佐藤"), QStringLiteral("サトウ")},
                                        std::pair{QStringLiteral("糸井"), QStringLiteral("イトイ")}}) {
        Customer c;
        c.name = name;
        c.reading = reading;
        QVERIFY(m_store->addCustomer(c).ok());
    }
    CustomerTableModel model(*m_store);
    QCOMPARE(model.reload(), std::nullopt);
    CustomerFilterProxyModel proxy(&model);
    proxy.sort(CustomerTableModel::Name, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, CustomerTableModel::Name).data().toString(), QStringLiteral("糸井"));
    QCOMPARE(proxy.index(1, CustomerTableModel::Name).data().toString(), QStringLiteral("佐藤"));
    UnplacedCustomersModel unplaced(model);
    unplaced.setOrder(UnplacedCustomersModel::Order::Name);
    QCOMPARE(unplaced.index(0, CustomerTableModel::Name).data().toString(), QStringLiteral("糸井"));
    QCOMPARE(unplaced.index(1, CustomerTableModel::Name).data().toString(), QStringLiteral("佐藤"));
}

// The views sort by keys the model keeps with its rows; after every change
// their order must still be the names' own (NameOrder), in the table and in
// the unplaced list, which re-sort as rows come, change and go.
void TestCustomerTableModel::nameOrderFollowsAddsRenamesAndRemovals_data()
{
    QTest::addColumn<QString>("locale");
    for (const char *locale : {"C", "en_US", "de_DE", "ja_JP"})
        QTest::newRow(locale) << QString::fromLatin1(locale);
}

void TestCustomerTableModel::nameOrderFollowsAddsRenamesAndRemovals()
{
    QFETCH(QString, locale);
    const QLocale before;
    QLocale::setDefault(QLocale(locale));
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    for (const QString &name : {QStringLiteral("Customer 10"), QStringLiteral("Zoë"), QStringLiteral("ann")})
        add(name, QString());
    CustomerTableModel model(*m_store);
    QCOMPARE(model.reload(), std::nullopt);
    CustomerFilterProxyModel table(&model);
    table.sort(CustomerTableModel::Name, Qt::AscendingOrder);
    UnplacedCustomersModel unplaced(model);
    unplaced.setOrder(UnplacedCustomersModel::Order::Name);
    auto namesOf = [](const QAbstractItemModel &view) {
        QStringList names;
        for (int row = 0; row < view.rowCount(); ++row)
            names.append(view.index(row, CustomerTableModel::Name).data().toString());
        return names;
    };
    auto expected = [&model] {
        QList<Customer> customers = model.customers();
        std::sort(customers.begin(), customers.end(), NameOrder());
        QStringList names;
        for (const Customer &c : std::as_const(customers))
            names.append(c.name);
        return names;
    };
    QCOMPARE(namesOf(table), expected());
    QCOMPARE(namesOf(table).constFirst(), QStringLiteral("ann")); // capitals apart

    const CustomerId second = add(QStringLiteral("Customer 2"), QString());
    add(QStringLiteral("Émile"), QString());
    QCOMPARE(namesOf(table), expected());
    if (QLocale().language() != QLocale::C) // where numbers are read as numbers
        QCOMPARE(namesOf(table).indexOf(QStringLiteral("Customer 2")), 1);
    QCOMPARE(namesOf(unplaced), expected());

    Customer renamed = m_store->customer(second).value();
    renamed.name = QStringLiteral("Zachary");
    QCOMPARE(m_store->updateCustomer(renamed), std::nullopt);
    QCOMPARE(namesOf(table), expected());
    QVERIFY(namesOf(table).indexOf(QStringLiteral("Zachary")) < namesOf(table).indexOf(QStringLiteral("Zoë")));
    QCOMPARE(namesOf(unplaced), expected());

    QVERIFY(m_store->removeCustomers({model.customers().constFirst().id}).ok());
    QCOMPARE(namesOf(table), expected());
    QCOMPARE(namesOf(unplaced), expected());
    QCOMPARE(table.rowCount(), 4);
}

// Revenue is sorted from the model's compact keys: new orders must move a
// customer in the table and in the unplaced list at once; equal revenues keep
// the order of ids.
void TestCustomerTableModel::revenueOrderFollowsNewOrders()
{
    const CustomerId ann = add(QStringLiteral("Ann"), QString());
    const CustomerId ben = add(QStringLiteral("Ben"), QString());
    const CustomerId cho = add(QStringLiteral("Cho"), QString());
    QList<Order> first{{0, ben, QStringLiteral("1"), QDate(2026, 1, 10), 200.0}};
    QCOMPARE(m_store->addOrders(first), std::nullopt);
    CustomerTableModel model(*m_store);
    QCOMPARE(model.reload(), std::nullopt);
    CustomerFilterProxyModel table(&model);
    table.sort(CustomerTableModel::Revenue, Qt::DescendingOrder);
    UnplacedCustomersModel unplaced(model); // most valuable first
    auto idsOf = [](const QAbstractItemModel &view) {
        QList<CustomerId> ids;
        for (int row = 0; row < view.rowCount(); ++row)
            ids.append(view.index(row, 0).data(CustomerTableModel::CustomerIdRole).toLongLong());
        return ids;
    };
    QCOMPARE(idsOf(unplaced), (QList<CustomerId>{ben, ann, cho}));

    QList<Order> second{{0, cho, QStringLiteral("2"), QDate(2026, 2, 10), 300.0}};
    QCOMPARE(m_store->addOrders(second), std::nullopt);
    QCOMPARE(idsOf(unplaced), (QList<CustomerId>{cho, ben, ann}));
    QCOMPARE(table.index(0, CustomerTableModel::Name).data().toString(), QStringLiteral("Cho"));
    QCOMPARE(table.index(1, CustomerTableModel::Name).data().toString(), QStringLiteral("Ben"));
}

// An imported 49.9 showed as "50" beside quadrant I: a score on the split counts as high.
void TestCustomerTableModel::shownScoresAgreeWithTheQuadrant()
{
    const CustomerId ann = add(QStringLiteral("Ann"), QStringLiteral("ann@example.com"));
    Customer c = m_store->customer(ann).value();
    c.valueFit = 80;
    c.valueAwareness = 49.9;
    QCOMPARE(m_store->updateCustomer(c), std::nullopt);
    CustomerTableModel model(*m_store);
    QCOMPARE(model.reload(), std::nullopt);
    QCOMPARE(model.index(0, CustomerTableModel::ValueAwareness).data().toString(), QLocale().toString(49.9));
    QCOMPARE(model.index(0, CustomerTableModel::ValueFit).data().toString(), QStringLiteral("80"));
    QCOMPARE(model.index(0, CustomerTableModel::Quadrant).data().toString(), QStringLiteral("I"));
}

QTEST_MAIN(TestCustomerTableModel)
#include "tst_customertablemodel.moc"
