// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customercontext.h"
#include "store/customerstore.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace Kindred {

/// Where the one-to-one shortlist draws its candidates from: quadrant I by
/// default, another quadrant, the customers who meet the excellent-customer
/// rule, or a given set of customers (the table's current filter or
/// selection). Quadrant and rule are read from the shortlist's context, so
/// they agree with the rest of Kindred.
struct ShortlistSource
{
    QString name; ///< for display, e.g. "Quadrant I"
    std::function<bool(const Customer &, const CustomerContext &)> accepts;

    static ShortlistSource quadrant(Quadrant quadrant);
    static ShortlistSource excellentCustomers();
    static ShortlistSource customers(const QString &name, const QList<CustomerId> &ids);
};

/// One person on the shortlist with what the list shows about them.
struct ShortlistEntry
{
    int place = 0; ///< 1-based, in the list's order
    Customer customer;
    Quadrant quadrant = Quadrant::Unplaced;
    Stage stage = Stage::Prospect;
    double valueScore = 0.0;
    bool inSource = true; ///< false for a pinned customer from outside the source
};

/// The value score that ranks candidates, from 0 to 100:
///
///     valueScore = 0.5 × valueFit + 50 × revenuePercentile
///
/// where valueFit is the 0-100 score (0 when not placed) and
/// revenuePercentile is the share of the other customers whose revenue is
/// strictly lower (0 for the lowest, 1 for the highest; equal revenues get
/// equal percentiles; 0 when there is a single customer). Percentiles are
/// taken over all the given customers, so a customer's score does not change
/// with the source. A percentile rather than revenue over the maximum, because
/// revenue follows a Pareto curve: one large account would push everyone else
/// near zero and leave fit alone to decide.
double valueScore(std::optional<double> valueFit, double revenuePercentile);
/// Value scores of all the customers, by id.
QHash<CustomerId, double> valueScores(const QList<Customer> &customers);
/// Whether a customer of the given value score ranks before another on the
/// shortlist: a higher score, then a higher revenue, then the lower id.
bool ranksBefore(double score, const Customer &customer, double otherScore, const Customer &other);
/// The revenue percentile of each customer valueScore() takes, in the order given.
QList<double> revenuePercentiles(const QList<Customer> &customers);

/// The one-to-one shortlist (DOMAIN.md section 5), from the whole customer list:
/// - every pinned customer is on it, even beyond the capacity, outside the
///   source or excluded;
/// - then the source's customers that are neither pinned nor excluded, by
///   value score (ties: higher revenue, then lower id), until the list holds
///   `capacity` people;
/// - in the manual order: customers with a position first by position, the
///   others after them by value score.
/// The context gives quadrant, stage and the rule; build it over the same
/// customers (CustomerContext::forCustomers).
QList<ShortlistEntry> buildShortlist(const QList<Customer> &customers, const ShortlistSource &source,
                                     const QList<ShortlistMark> &marks, int capacity,
                                     const CustomerContext &context);
/// The same with each customer's value score given, in the order of the
/// customers: a list that follows edits keeps the scores and computes again
/// only those an edit changed (revenue percentiles stay while revenues do).
QList<ShortlistEntry> buildShortlist(const QList<Customer> &customers, const QList<double> &valueScores,
                                     const ShortlistSource &source, const QList<ShortlistMark> &marks, int capacity,
                                     const CustomerContext &context);

/// The marks after excluding (or including back) customers.
QList<ShortlistMark> marksWithExcluded(QList<ShortlistMark> marks, const QList<CustomerId> &ids, bool excluded);
/// The marks after the user put the shortlist in this order (a drag): every
/// listed customer gets its place, nobody else keeps one.
QList<ShortlistMark> marksWithOrder(QList<ShortlistMark> marks, const QList<CustomerId> &order);

} // namespace Kindred
