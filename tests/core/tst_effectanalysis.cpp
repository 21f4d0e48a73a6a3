// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "effectanalysis.h"
#include "excellencerule.h"
#include "orderhistory.h"
#include "store/customerstore.h"

#include <QTemporaryDir>
#include <QTest>

#include "../common/teststore.h"

using namespace Kindred;

class TestEffectAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void groupsOfAPeriod();
    void becameCoreSeesTheScoresOfThen();
    void emptyPeriod();
    void medianOfAnEvenCount();
    void loadsFromAStore();
};

namespace {
// The period: March 2026.
const QDate since(2026, 3, 1);
const QDate until(2026, 3, 31);

QDateTime at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0));
}

enum Id : CustomerId { Ann = 1, Ben, Cleo, Dan, Eve, Finn, Gus, Hana, Ivan, Kai };

struct Shop
{
    EffectAnalysis::Input input;
    OrderHistory orders;
};

Customer customer(CustomerId id, std::optional<double> fit, std::optional<double> awareness,
                  const QDate &created = QDate(2026, 1, 1))
{
    Customer c;
    c.id = id;
    c.name = QStringLiteral("customer %1").arg(id);
    c.valueFit = fit;
    c.valueAwareness = awareness;
    c.created = QDateTime(created, QTime(9, 0));
    return c;
}

ScoreChange change(CustomerId id, const QDateTime &when, std::optional<double> oldFit,
                   std::optional<double> oldAwareness, double newFit, double newAwareness)
{
    return {id, oldFit, oldAwareness, newFit, newAwareness, when, QStringLiteral("hand"), QStringLiteral("mika")};
}

Contact contact(CustomerId id, const QDateTime &when)
{
    return {0, id, when, QStringLiteral("call"), QString(), QStringLiteral("mika")};
}

WorkspaceSettings ruled(const RuleCondition &condition)
{
    WorkspaceSettings s;
    s.excellenceRule = ExcellenceRule(ExcellenceRule::Combinator::All, {condition}).toJson();
    return s;
}

// Customers now, their score history, contacts and orders; split 50/50.
// Each one's story, in March unless said otherwise:
//  Ann   I at the start, called on the 5th, moved to II on the 10th          contacted, moved, +40
//  Ben   I at the start, called on the 3rd and 20th, II on the 15th          contacted (once), moved, +25
//  Cleo  I at the start, to IV on the 4th, called there on the 8th,
//        to II on the 25th                                                   not contacted, moved, +50
//  Dan   unplaced at the start, placed in I on the 12th, called on the 13th  contacted, stayed, 0
//  Eve   unplaced at the start, placed in I on the 2nd, nudged on the 20th   not contacted, stayed, +5
//  Finn  II all along, called                                                 neither group
//  Gus   moved I → II in February, called then                               neither group
//  Hana  I all March; called on 5 April and moved to II on 6 April           not contacted, stayed, 0
//  Ivan  I at the start, to II on the 18th (exactly 50), back to I on the 25th  not contacted, moved, +25
//  Kai   in I, but created in April                                           neither group
Shop shop(const WorkspaceSettings &settings)
{
    Shop shop;
    EffectAnalysis::Input &in = shop.input;
    in.since = since;
    in.until = until;
    in.settings = settings;
    in.customers = {
        customer(Ann, 70, 60),  customer(Ben, 60, 55),  customer(Cleo, 70, 70), customer(Dan, 80, 10),
        customer(Eve, 55, 45),  customer(Finn, 80, 80), customer(Gus, 70, 70),  customer(Hana, 70, 60),
        customer(Ivan, 70, 45), customer(Kai, 70, 10, QDate(2026, 4, 10)),
    };
    in.scoreChanges = {
        change(Gus, at(2, 10), 70, 20, 70, 70),
        change(Ann, at(3, 10), 70, 20, 70, 60),
        change(Ben, at(3, 15), 60, 30, 60, 55),
        change(Cleo, at(3, 4), 65, 20, 40, 20),
        change(Cleo, at(3, 25), 40, 20, 70, 70),
        change(Dan, at(3, 12), {}, {}, 80, 10),
        change(Eve, at(3, 20), 55, 40, 55, 45), // given out of order: the analysis sorts
        change(Eve, at(3, 2), {}, {}, 55, 40),
        change(Hana, at(4, 6), 70, 20, 70, 60),
        change(Ivan, at(3, 18), 70, 20, 70, 50),
        change(Ivan, at(3, 25), 70, 50, 70, 45),
    };
    in.contacts = {
        contact(Ann, at(3, 5)),  contact(Ben, at(3, 20)), contact(Ben, at(3, 3)),  contact(Cleo, at(3, 8)),
        contact(Dan, at(3, 13)), contact(Finn, at(3, 6)), contact(Gus, at(2, 5)), contact(Hana, at(4, 5)),
    };
    for (qsizetype i = 0; i < in.contacts.size(); ++i)
        in.contacts[i].id = i + 1; // as stored
    shop.orders = OrderHistory({
        {Ann, QDate(2026, 2, 10), 100.0},  {Ann, QDate(2026, 3, 15), 200.0},
        {Ben, QDate(2026, 3, 5), 50.0},    {Ben, QDate(2026, 3, 6), -20.0}, // a refund
        {Cleo, QDate(2026, 1, 15), 80.0},  {Cleo, QDate(2026, 2, 1), 80.0}, {Cleo, QDate(2026, 3, 10), 120.0},
        {Dan, QDate(2026, 4, 2), 500.0},   // after the period
        {Hana, QDate(2026, 3, 31), 40.0},  // its last day
        {Ivan, QDate(2026, 1, 5), 30.0},   {Ivan, QDate(2026, 3, 1), 10.0}, // its first day
        {Finn, QDate(2026, 3, 3), 999.0},
    });
    return shop;
}

void compareGroup(const EffectGroup &actual, qint64 customers, qint64 moved, std::optional<double> median,
                  qint64 orders, double revenue, qint64 becameCore)
{
    QCOMPARE(actual.customers, customers);
    QCOMPARE(actual.movedIToII, moved);
    QCOMPARE(actual.awarenessChangeMedian, median);
    QCOMPARE(actual.orders, orders);
    QCOMPARE(actual.revenue, revenue);
    QCOMPARE(actual.becameCore, becameCore);
}
} // namespace

void TestEffectAnalysis::groupsOfAPeriod()
{
    // Core: two orders or more.
    const Shop s = shop(ruled({RuleField::OrderCount, RuleOperator::AtLeast, 2, {}}));
    const EffectSummary summary = EffectAnalysis::compute(s.input, s.orders);
    QCOMPARE(summary.since, since);
    QCOMPARE(summary.until, until);
    // Ann, Ben, Dan; awareness +40, +25, 0; Ann and Ben reach two orders in March.
    compareGroup(summary.contacted, 3, 2, 25.0, 3, 230.0, 2);
    if (QTest::currentTestFailed())
        return;
    // Cleo, Eve, Hana, Ivan; +50, +5, 0, +25; Ivan reaches two orders, Cleo had them before.
    compareGroup(summary.notContacted, 4, 2, 15.0, 3, 170.0, 1);
    QCOMPARE(summary.contacted.movedShare(), 2.0 / 3.0);
    QCOMPARE(summary.notContacted.movedShare(), 0.5);
}

void TestEffectAnalysis::becameCoreSeesTheScoresOfThen()
{
    // Core: in quadrant II. Ann and Ben were in I on 28 February and in II on
    // 31 March; so was Cleo; Ivan was back in I, Hana still in I (she moved in April).
    const Shop s = shop(ruled({RuleField::Quadrant, RuleOperator::OneOf, 0, {QStringLiteral("II")}}));
    const EffectSummary summary = EffectAnalysis::compute(s.input, s.orders);
    QCOMPARE(summary.contacted.becameCore, 2);
    QCOMPARE(summary.notContacted.becameCore, 1);
}

void TestEffectAnalysis::emptyPeriod()
{
    Shop s = shop(ruled({RuleField::OrderCount, RuleOperator::AtLeast, 2, {}}));
    // Before any of the customers existed: nobody stood anywhere.
    s.input.since = QDate(2025, 6, 1);
    s.input.until = QDate(2025, 6, 30);
    EffectSummary summary = EffectAnalysis::compute(s.input, s.orders);
    QCOMPARE(summary.since, QDate(2025, 6, 1));
    compareGroup(summary.contacted, 0, 0, std::nullopt, 0, 0.0, 0);
    compareGroup(summary.notContacted, 0, 0, std::nullopt, 0, 0.0, 0);
    QCOMPARE(summary.contacted.movedShare(), std::nullopt);

    // A period that ends before it starts holds nothing either.
    s.input.since = until;
    s.input.until = since;
    summary = EffectAnalysis::compute(s.input, s.orders);
    compareGroup(summary.contacted, 0, 0, std::nullopt, 0, 0.0, 0);
    compareGroup(summary.notContacted, 0, 0, std::nullopt, 0, 0.0, 0);

    // One quiet day: those in I at its start are there, nobody moved or was called.
    s.input.since = s.input.until = QDate(2026, 3, 31);
    summary = EffectAnalysis::compute(s.input, s.orders);
    // Dan (called on the 13th), Eve, Hana and Ivan stood in I; Hana ordered that day.
    compareGroup(summary.contacted, 0, 0, std::nullopt, 0, 0.0, 0);
    compareGroup(summary.notContacted, 4, 0, 0.0, 1, 40.0, 0);
}

void TestEffectAnalysis::medianOfAnEvenCount()
{
    // Two customers in I, neither contacted: awareness -10 and +30 over the period.
    EffectAnalysis::Input in;
    in.since = since;
    in.until = until;
    in.customers = {customer(1, 60, 10), customer(2, 60, 60)};
    in.scoreChanges = {change(1, at(3, 9), 60, 20, 60, 10), change(2, at(3, 9), 60, 30, 60, 60)};
    const EffectSummary summary = EffectAnalysis::compute(in, OrderHistory());
    compareGroup(summary.notContacted, 2, 1, 10.0, 0, 0.0, 0);
    compareGroup(summary.contacted, 0, 0, std::nullopt, 0, 0.0, 0);
}

void TestEffectAnalysis::loadsFromAStore()
{
    const Shop s = shop(ruled({RuleField::OrderCount, RuleOperator::AtLeast, 2, {}}));
    QTemporaryDir dir;
    CustomerStore store;
    QCOMPARE(store.open(testStoreLocation(dir, QStringLiteral("e.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    QList<CustomerSnapshot> snapshots;
    for (const Customer &c : s.input.customers) {
        CustomerSnapshot snapshot{c, {}, {}, {}, std::nullopt};
        for (const ScoreChange &change : s.input.scoreChanges) {
            if (change.customerId == c.id)
                snapshot.history.append(change);
        }
        for (const Contact &logged : s.input.contacts) {
            if (logged.customerId == c.id)
                snapshot.contacts.append(logged);
        }
        snapshots.append(snapshot);
    }
    const Status restored = store.restoreCustomers(snapshots);
    QVERIFY2(!restored, restored ? qPrintable(restored->toString()) : "");
    QList<Order> orders;
    for (const auto &[id, date, amount] : QList<OrderLine>{{Ann, QDate(2026, 2, 10), 100.0},
                                                            {Ann, QDate(2026, 3, 15), 200.0},
                                                            {Ben, QDate(2026, 3, 5), 50.0},
                                                            {Ben, QDate(2026, 3, 6), -20.0},
                                                            {Cleo, QDate(2026, 1, 15), 80.0},
                                                            {Cleo, QDate(2026, 2, 1), 80.0},
                                                            {Cleo, QDate(2026, 3, 10), 120.0},
                                                            {Dan, QDate(2026, 4, 2), 500.0},
                                                            {Hana, QDate(2026, 3, 31), 40.0},
                                                            {Ivan, QDate(2026, 1, 5), 30.0},
                                                            {Ivan, QDate(2026, 3, 1), 10.0},
                                                            {Finn, QDate(2026, 3, 3), 999.0}})
        orders.append({0, id, {}, date, amount});
    QCOMPARE(store.addOrders(orders), std::nullopt);
    QCOMPARE(store.setSettings(s.input.settings), std::nullopt);

    // What happened before the period is not read: Gus's move and call in February.
    const auto input = EffectAnalysis::load(store, since, until);
    QVERIFY(input);
    QCOMPARE(input.value().scoreChanges.size(), s.input.scoreChanges.size() - 1);
    QVERIFY(std::is_sorted(input.value().scoreChanges.cbegin(), input.value().scoreChanges.cend(),
                           [](const ScoreChange &a, const ScoreChange &b) { return a.changedAt < b.changedAt; }));
    QCOMPARE(input.value().contacts.size(), s.input.contacts.size() - 1);
    QCOMPARE(input.value().customers.size(), s.input.customers.size());

    const auto summary = EffectAnalysis::fromStore(store, since, until);
    QVERIFY(summary);
    compareGroup(summary.value().contacted, 3, 2, 25.0, 3, 230.0, 2);
    compareGroup(summary.value().notContacted, 4, 2, 15.0, 3, 170.0, 1);

    // Without a last day: the workspace's as-of day.
    WorkspaceSettings settings = store.settings();
    settings.asOf = QDate(2026, 3, 9);
    QCOMPARE(store.setSettings(settings), std::nullopt);
    const auto toTheNinth = EffectAnalysis::fromStore(store, since);
    QVERIFY(toTheNinth);
    QCOMPARE(toTheNinth.value().until, QDate(2026, 3, 9));
    // Ann and Ben called, neither moved yet; Cleo, Eve, Hana and Ivan not.
    compareGroup(toTheNinth.value().contacted, 2, 0, 0.0, 2, 30.0, 1);
    compareGroup(toTheNinth.value().notContacted, 4, 0, 0.0, 1, 10.0, 1);
}

QTEST_GUILESS_MAIN(TestEffectAnalysis)
#include "tst_effectanalysis.moc"
