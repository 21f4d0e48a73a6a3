// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A workspace with something in every table and values that a copy between
// engines could spoil: awkward doubles, text of every kind, gaps in the ids.

#include "store/customerstore.h"
#include "demogenerator.h"
#include "trickyvalues.h"

#include <QTest>

#include <cmath>

/// What fillTrickyWorkspace() wrote that a test looks for in a copy.
struct TrickyWorkspace
{
    Kindred::CustomerId special = 0; ///< a customer with awkward scores, a hand-set stage, a pin
    Kindred::CustomerId moved = 0; ///< a customer with several score changes
    Kindred::ShortlistMark mark;   ///< one of the shortlist marks
    Kindred::WorkspaceSettings settings;
};

/// Fills an empty, open store: demo customers with orders, customers named
/// after KindredTest::trickyValues(), score changes, shortlist marks and
/// settings; then removes a customer, so that the ids have a gap.
inline TrickyWorkspace fillTrickyWorkspace(Kindred::CustomerStore &store, int demoCustomers = 40)
{
    using namespace Kindred;
    TrickyWorkspace result;
    DemoGenerator::Options options;
    options.customers = demoCustomers;
    options.seed = 11;
    options.until = QDate(2026, 5, 31);
    if (Status error = DemoGenerator(options).fill(store))
        qFatal("demo: %s", qPrintable(error->toString()));

    QList<Customer> tricky;
    int index = 0;
    for (const KindredTest::TrickyValue &value : KindredTest::trickyValues()) {
        Customer c;
        c.externalId = value.value.isEmpty() ? QString() : QStringLiteral("T%1").arg(++index);
        c.name = value.value;
        c.email = value.value;
        c.company = value.value;
        c.phone = value.value;
        c.reading = value.value;
        c.postalCode = value.value;
        c.address = value.value;
        c.notes = value.value;
        c.nextAction = value.value;
        c.tags = {QStringLiteral("vip"), QStringLiteral("東京")};
        tricky.append(c);
    }
    Customer &special = tricky.first();
    special.valueFit = 0.1 + 0.2;           // 0.30000000000000004
    special.valueAwareness = 100.0 / 3.0;
    special.handSetStage = Stage::Regular;
    special.pinned = true;
    special.nextActionDue = QDate(2026, 7, 1);
    if (Status error = store.addCustomers(tricky))
        qFatal("customers: %s", qPrintable(error->toString()));
    result.special = tricky.first().id;

    QList<Order> orders;
    const QList<double> amounts{0.1 + 0.2, 123456789.12345679, -19.99, 1e-300, std::nextafter(1.0, 2.0)};
    for (qsizetype i = 0; i < amounts.size(); ++i) {
        Order order;
        order.customerId = tricky.at(i).id;
        order.date = QDate(2025, 1, 1).addDays(i * 40);
        order.amount = amounts.at(i);
        if (i % 2)
            order.externalOrderId = QStringLiteral("SO-%1 \"x\",y").arg(i);
        else
            order.contentKey = QStringLiteral("key|%1|é").arg(i);
        orders.append(order);
    }
    if (Status error = store.addOrders(orders))
        qFatal("orders: %s", qPrintable(error->toString()));

    // Score changes from several sources; the first customer moves thrice.
    Customer moved = store.customer(tricky.at(1).id).value();
    result.moved = moved.id;
    for (const auto &[fit, awareness, source] : {std::tuple{12.5, 87.25, QStringLiteral("hand")},
                                                 std::tuple{1.0 / 7.0, 99.9, QStringLiteral("survey: 調査.csv")},
                                                 std::tuple{64.0, 2.0 / 3.0, QStringLiteral("behaviour rule")}}) {
        moved.valueFit = fit;
        moved.valueAwareness = awareness;
        if (Status error = store.updateCustomers({moved}, source))
            qFatal("move: %s", qPrintable(error->toString()));
    }

    result.mark = {tricky.at(2).id, 3, false};
    if (Status error = store.setShortlistMarks({result.mark, {tricky.at(3).id, std::nullopt, true},
                                                {tricky.at(4).id, 0, true}}))
        qFatal("shortlist: %s", qPrintable(error->toString()));

    result.settings = store.settings();
    result.settings.marketSize = 123456;
    result.settings.quadrantSplit = {42.5, 70.0};
    result.settings.oneToOneCapacity = 7;
    result.settings.currency = QStringLiteral("JPY");
    result.settings.excellenceRule = QStringLiteral(R"({"combine":"all","conditions":[]})");
    if (Status error = store.setSettings(result.settings))
        qFatal("settings: %s", qPrintable(error->toString()));

    // A gap in the customers', orders' and history's ids.
    if (auto removed = store.removeCustomers({tricky.at(5).id}); !removed)
        qFatal("remove: %s", qPrintable(removed.error().toString()));
    return result;
}
