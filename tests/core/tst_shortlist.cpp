// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/customerstore.h"
#include "excellencerule.h"
#include "shortlist.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "../common/teststore.h"

using namespace Kindred;

namespace {

Customer person(CustomerId id, std::optional<double> fit, std::optional<double> awareness, double revenue,
                bool pinned = false)
{
    Customer c;
    c.id = id;
    c.name = QStringLiteral("Person %1").arg(id);
    c.valueFit = fit;
    c.valueAwareness = awareness;
    c.revenue = revenue;
    c.pinned = pinned;
    return c;
}

QList<CustomerId> ids(const QList<ShortlistEntry> &entries)
{
    QList<CustomerId> result;
    for (const ShortlistEntry &e : entries)
        result.append(e.customer.id);
    return result;
}

WorkspaceSettings withRule(const RuleCondition &condition)
{
    WorkspaceSettings settings;
    settings.excellenceRule = ExcellenceRule(ExcellenceRule::Combinator::All, {condition}).toJson();
    return settings;
}

const CustomerContext context;
const ShortlistSource quadrantI = ShortlistSource::quadrant(Quadrant::I);

} // namespace

class TestShortlist : public QObject
{
    Q_OBJECT

private slots:
    void valueScore_data();
    void valueScore();
    void revenuePercentiles();
    void defaultIsQuadrantIByValueCutAtCapacity();
    void pinsAlwaysStay();
    void exclusionsLetTheNextIn();
    void manualOrder();
    void otherSources();
    void entriesCarryQuadrantAndStage();
    void marksHelpers();
    void storeKeepsMarks();

private:
    QTemporaryDir m_dir;
};

void TestShortlist::valueScore_data()
{
    QTest::addColumn<std::optional<double>>("fit");
    QTest::addColumn<double>("percentile");
    QTest::addColumn<double>("score");
    QTest::newRow("top both") << std::optional<double>(100) << 1.0 << 100.0;
    QTest::newRow("fit only") << std::optional<double>(80) << 0.0 << 40.0;
    QTest::newRow("revenue only") << std::optional<double>(0) << 1.0 << 50.0;
    QTest::newRow("half and half") << std::optional<double>(60) << 0.5 << 55.0;
    QTest::newRow("unplaced") << std::optional<double>() << 0.5 << 25.0;
}

void TestShortlist::valueScore()
{
    QFETCH(std::optional<double>, fit);
    QFETCH(double, percentile);
    QFETCH(double, score);
    QCOMPARE(Kindred::valueScore(fit, percentile), score);
}

void TestShortlist::revenuePercentiles()
{
    // Revenues 0, 10, 10, 1,000,000 among four: percentiles 0, 1/3, 1/3, 1.
    const QList<Customer> customers{person(1, 0, 0, 0), person(2, 0, 0, 10), person(3, 0, 0, 10),
                                    person(4, 0, 0, 1000000)};
    const QHash<CustomerId, double> scores = valueScores(customers);
    QCOMPARE(scores.value(1), 0.0);
    QCOMPARE(scores.value(2), 50.0 / 3);
    QCOMPARE(scores.value(3), 50.0 / 3);
    QCOMPARE(scores.value(4), 50.0);
    QCOMPARE(valueScores({person(9, 40, 0, 500)}).value(9), 20.0);
    QCOMPARE(Kindred::revenuePercentiles(customers), (QList<double>{0.0, 1.0 / 3, 1.0 / 3, 1.0}));

    // Ranked by score, then revenue, then the lower id.
    QVERIFY(ranksBefore(20, customers.at(0), 10, customers.at(3)));
    QVERIFY(ranksBefore(10, customers.at(3), 10, customers.at(1)));
    QVERIFY(ranksBefore(10, customers.at(1), 10, customers.at(2)));
    QVERIFY(!ranksBefore(10, customers.at(2), 10, customers.at(1)));
}

void TestShortlist::defaultIsQuadrantIByValueCutAtCapacity()
{
    QList<Customer> customers;
    // Quadrant I (fit >= 50, awareness < 50): ids 1..15, fit rising with id, revenue falling.
    for (int i = 1; i <= 15; ++i)
        customers.append(person(i, 50 + i * 3, 10, 1000 - i * 10));
    // Higher value elsewhere must not get in.
    customers.append(person(100, 100, 90, 5000)); // II
    customers.append(person(101, 10, 10, 9000));  // IV
    customers.append(person(102, std::nullopt, std::nullopt, 9000));

    const QList<ShortlistEntry> list = buildShortlist(customers, quadrantI, {}, 10, context);
    QCOMPARE(list.size(), 10);
    const QHash<CustomerId, double> scores = valueScores(customers);
    for (qsizetype i = 0; i < list.size(); ++i) {
        QCOMPARE(list.at(i).quadrant, Quadrant::I);
        QCOMPARE(list.at(i).place, int(i + 1));
        QCOMPARE(list.at(i).valueScore, scores.value(list.at(i).customer.id));
        if (i > 0)
            QVERIFY(list.at(i - 1).valueScore >= list.at(i).valueScore);
    }
    // The five left out score below everyone on the list.
    const QList<CustomerId> in = ids(list);
    for (int i = 1; i <= 15; ++i) {
        if (!in.contains(i))
            QVERIFY(scores.value(i) <= list.constLast().valueScore);
    }
    QCOMPARE(buildShortlist(customers, quadrantI, {}, 3, context).size(), 3);
    QCOMPARE(buildShortlist(customers, quadrantI, {}, 100, context).size(), 15);
}

void TestShortlist::pinsAlwaysStay()
{
    QList<Customer> customers;
    for (int i = 1; i <= 5; ++i)
        customers.append(person(i, 90, 10, 100 * i));
    customers.append(person(20, 10, 10, 0, true));  // pinned, quadrant IV, lowest value
    customers.append(person(21, std::nullopt, std::nullopt, 0, true)); // pinned, unplaced

    QList<ShortlistEntry> list = buildShortlist(customers, quadrantI, {}, 3, context);
    QCOMPARE(list.size(), 3);
    QVERIFY(ids(list).contains(20));
    QVERIFY(ids(list).contains(21));
    QCOMPARE(ids(list).count(5), 1); // the one free place goes to the best of quadrant I
    for (const ShortlistEntry &e : list)
        QCOMPARE(e.inSource, e.customer.id < 20);

    // Beyond capacity: all pins stay, nobody else.
    list = buildShortlist(customers, quadrantI, {}, 1, context);
    QCOMPARE(ids(list), (QList<CustomerId>{20, 21}));
    QCOMPARE(buildShortlist(customers, quadrantI, {}, 0, context).size(), 2);

    // A pin wins over an exclusion.
    list = buildShortlist(customers, quadrantI, {{20, std::nullopt, true}}, 3, context);
    QVERIFY(ids(list).contains(20));
}

void TestShortlist::exclusionsLetTheNextIn()
{
    const QList<Customer> customers{person(1, 90, 10, 300), person(2, 90, 10, 200), person(3, 90, 10, 100)};
    QCOMPARE(ids(buildShortlist(customers, quadrantI, {}, 2, context)), (QList<CustomerId>{1, 2}));
    const QList<ShortlistMark> marks = marksWithExcluded({}, {1}, true);
    QCOMPARE(ids(buildShortlist(customers, quadrantI, marks, 2, context)), (QList<CustomerId>{2, 3}));
    QCOMPARE(ids(buildShortlist(customers, quadrantI, marksWithExcluded(marks, {1}, false), 2, context)),
             (QList<CustomerId>{1, 2}));
}

void TestShortlist::manualOrder()
{
    QList<Customer> customers{person(1, 90, 10, 400), person(2, 90, 10, 300), person(3, 90, 10, 200),
                              person(4, 90, 10, 100)};
    QCOMPARE(ids(buildShortlist(customers, quadrantI, {}, 3, context)), (QList<CustomerId>{1, 2, 3}));
    // Dragged: 3 on top, then 1, then 2.
    QList<ShortlistMark> marks = marksWithOrder({}, {3, 1, 2});
    QCOMPARE(ids(buildShortlist(customers, quadrantI, marks, 3, context)), (QList<CustomerId>{3, 1, 2}));
    // Someone new comes in (1 excluded): after the ordered ones, by value.
    marks = marksWithExcluded(marks, {1}, true);
    QCOMPARE(ids(buildShortlist(customers, quadrantI, marks, 3, context)), (QList<CustomerId>{3, 2, 4}));
    // Order marks do not decide who is in: capacity and value still do.
    marks = marksWithOrder({}, {4, 3, 2, 1});
    QCOMPARE(ids(buildShortlist(customers, quadrantI, marks, 2, context)), (QList<CustomerId>{2, 1}));
}

void TestShortlist::otherSources()
{
    const QList<Customer> customers{person(1, 90, 10, 100), person(2, 90, 90, 50), person(3, 10, 90, 500),
                                    person(4, 20, 20, 10)};
    const ShortlistSource iii = ShortlistSource::quadrant(Quadrant::III);
    QCOMPARE(ids(buildShortlist(customers, iii, {}, 10, context)), QList<CustomerId>{3});
    QCOMPARE(iii.name, QStringLiteral("Quadrant III"));

    // The table's selection, in any order: ranked by value all the same.
    const ShortlistSource selection = ShortlistSource::customers(QStringLiteral("Selection"), {4, 2});
    QCOMPARE(ids(buildShortlist(customers, selection, {}, 10, context)), (QList<CustomerId>{2, 4}));

    // The excellent-customer rule stored in the settings.
    const auto excellent = CustomerContext::forCustomers(
        customers, withRule({RuleField::Revenue, RuleOperator::AtLeast, 100, {}}), QDate(2026, 2, 1));
    // 1: 45 + 50 × 2/3; 3: 5 + 50: fit outweighs the larger revenue.
    QCOMPARE(ids(buildShortlist(customers, ShortlistSource::excellentCustomers(), {}, 10, excellent)),
             (QList<CustomerId>{1, 3}));
    // No rule: nobody.
    QVERIFY(buildShortlist(customers, ShortlistSource::excellentCustomers(), {}, 10, context).isEmpty());

    // A different split moves people between quadrants.
    WorkspaceSettings settings;
    settings.quadrantSplit = {95, 50};
    const auto strict = CustomerContext::forCustomers(customers, settings, QDate(2026, 2, 1));
    QVERIFY(buildShortlist(customers, quadrantI, {}, 10, strict).isEmpty());
}

void TestShortlist::entriesCarryQuadrantAndStage()
{
    Customer c = person(1, 90, 10, 100);
    c.orderCount = 2;
    c.lastOrder = QDate(2026, 1, 10);
    QList<ShortlistEntry> list =
        buildShortlist({c}, quadrantI, {}, 10, CustomerContext::forCustomers({c}, WorkspaceSettings(), QDate(2026, 2, 1)));
    QCOMPARE(list.constFirst().stage, Stage::Regular);
    QCOMPARE(list.constFirst().quadrant, Quadrant::I);
    // Core by the stored rule, as everywhere else.
    const WorkspaceSettings settings = withRule({RuleField::OrderCount, RuleOperator::AtLeast, 2, {}});
    list = buildShortlist({c}, quadrantI, {}, 10, CustomerContext::forCustomers({c}, settings, QDate(2026, 2, 1)));
    QCOMPARE(list.constFirst().stage, Stage::Core);
    // A customer the context was not built over is derived on their own, by the same rule.
    list = buildShortlist({c}, quadrantI, {}, 10, CustomerContext::forCustomers({}, settings, QDate(2026, 2, 1)));
    QCOMPARE(list.constFirst().stage, Stage::Core);
}

void TestShortlist::marksHelpers()
{
    QList<ShortlistMark> marks = marksWithOrder({}, {5, 3});
    QCOMPARE(marks, (QList<ShortlistMark>{{3, 1, false}, {5, 0, false}}));
    marks = marksWithExcluded(marks, {7, 3}, true);
    QCOMPARE(marks, (QList<ShortlistMark>{{3, 1, true}, {5, 0, false}, {7, std::nullopt, true}}));
    // A new order drops old places; marks that say nothing go.
    marks = marksWithOrder(marks, {9});
    QCOMPARE(marks, (QList<ShortlistMark>{{3, std::nullopt, true}, {7, std::nullopt, true}, {9, 0, false}}));
    marks = marksWithExcluded(marks, {3, 7}, false);
    QCOMPARE(marks, (QList<ShortlistMark>{{9, 0, false}}));
}

void TestShortlist::storeKeepsMarks()
{
    const QString path = testStoreLocation(m_dir, QStringLiteral("marks.kindred"));
    QList<ShortlistMark> marks;
    {
        CustomerStore store;
        QCOMPARE(store.open(path, CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
        QList<Customer> customers{person(0, 90, 10, 0), person(0, 80, 10, 0), person(0, 70, 10, 0)};
        QCOMPARE(store.addCustomers(customers), std::nullopt);
        marks = marksWithExcluded(marksWithOrder({}, {customers[2].id, customers[0].id}), {customers[1].id}, true);
        QSignalSpy changed(&store, &CustomerStore::shortlistChanged);
        QCOMPARE(store.setShortlistMarks(marks), std::nullopt);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.shortlistMarks().value(), marks);

        // A mark for a customer that does not exist fails and changes nothing.
        QVERIFY(store.setShortlistMarks(marks + QList<ShortlistMark>{{999, 0, false}}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.shortlistMarks().value(), marks);
    }
    CustomerStore store;
    QCOMPARE(store.open(path), std::nullopt);
    QCOMPARE(store.shortlistMarks().value(), marks);
    // Removing a customer removes their mark.
    QVERIFY(store.removeCustomers({marks.constFirst().customerId}).ok());
    QCOMPARE(store.shortlistMarks().value(), marks.mid(1));
}

QTEST_GUILESS_MAIN(TestShortlist)
#include "tst_shortlist.moc"
