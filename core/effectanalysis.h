// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "error.h"
#include "store/storetypes.h"
#include "workspacesettings.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace Kindred {

class CustomerStore;
class OrderHistory;

/// The figures of one group of the one-to-one effect (see EffectSummary).
struct EffectGroup
{
    qint64 customers = 0;
    /// Moved from quadrant I to II: the contacted after their first contact
    /// in I, the others during the period.
    qint64 movedIToII = 0;
    /// The median change of value awareness over the period; none without customers.
    std::optional<double> awarenessChangeMedian;
    qint64 orders = 0;   ///< orders in the period
    double revenue = 0.0; ///< net revenue in the period
    qint64 becameCore = 0; ///< Core at the period's end, not at its start

    /// movedIToII / customers; none without customers.
    std::optional<double> movedShare() const;
};

/// Whether one-to-one work moves quadrant I customers toward II: the
/// customers who stood in quadrant I at some moment of the period (at its
/// start, or placed there during it), split into those contacted while they
/// stood in I and the others. The groups were not chosen at random, so the
/// comparison shows a tendency, not a cause.
struct EffectSummary
{
    QDate since; ///< the period's first day
    QDate until; ///< its last day (the workspace's as-of day)
    EffectGroup contacted;
    EffectGroup notContacted;
};

/// Computes the one-to-one effect (EffectSummary) from plain data, so that
/// the window, kindred-cli and the report show the same figures:
///
///     auto input = EffectAnalysis::load(store, since);
///     auto orders = OrderHistory::load(store);
///     const EffectSummary summary = EffectAnalysis::compute(input.value(), orders.value());
///
/// The period runs from the start of `since` to the end of `until`, in local
/// time. Customers are followed through it by their score history: where
/// they stood at its start is where the first change after it came from (or
/// where they stand now, when nothing changed since). A customer is in one of
/// the groups when they stood in quadrant I at the start or a change during
/// the period put them there; they count as contacted when a contact was
/// logged during the period while they stood in I (a change at the very time
/// of a contact came before it). Moved to II: a change during the period put
/// them in II after their first contact in I (contacted) or after they first
/// stood in I in the period (the others), wherever they went afterwards. The
/// change of value awareness runs from the period's start, or from when they
/// were first placed in it, to its end; customers unplaced at the end have
/// none and are left out of the median. Orders and revenue are those dated
/// in the period. Became Core: Core at the end of `until` and not at the end
/// of the day before `since`, the stages derived as the funnel derives them
/// on a past day, with the scores the customers had then.
namespace EffectAnalysis {

/// Everything the effect is computed from.
struct Input
{
    QDate since;
    QDate until;
    QList<Customer> customers;        ///< as they stand now
    QList<ScoreChange> scoreChanges;  ///< every change from the period's start on, in any order
    QList<Contact> contacts;          ///< at least those logged during the period, in any order
    WorkspaceSettings settings;
};

/// The period's first and last moment.
QDateTime periodStart(const QDate &since);
QDateTime periodEnd(const QDate &until);

/// Reads the inputs from a store: its customers, the score changes and the
/// contacts from the start of `since` on, and its settings. `until` invalid:
/// the workspace's as-of day, else today.
Result<Input> load(const CustomerStore &store, const QDate &since, const QDate &until = QDate());

/// The effect over the period; orders holds the store's orders.
EffectSummary compute(const Input &input, const OrderHistory &orders);

/// load() and compute() with the store's orders: for kindred-cli and the report.
Result<EffectSummary> fromStore(const CustomerStore &store, const QDate &since, const QDate &until = QDate());

} // namespace EffectAnalysis
} // namespace Kindred
