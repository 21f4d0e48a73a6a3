// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The plain data that goes in and out of the store (see CustomerStore), for
// code that handles it without opening a store.

#include "customer.h"
#include "error.h"
#include "valuematrix.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace Kindred {

/// A customer and everything the store holds about them, so that a deletion
/// can be undone exactly (same id, same orders, same history).
struct CustomerSnapshot;

/// One change of a customer's place on the value matrix.
struct ScoreChange
{
    CustomerId customerId = 0;
    std::optional<double> oldFit;
    std::optional<double> oldAwareness;
    std::optional<double> newFit;
    std::optional<double> newAwareness;
    QDateTime changedAt;
    QString source; ///< "hand", a survey name, a behaviour rule...
    QString changedBy; ///< the user name of whoever made the change
};

/// What the user changed by hand about one customer on the one-to-one
/// shortlist: a place in the manual order, or their exclusion. Pins are
/// Customer::pinned.
struct ShortlistMark
{
    CustomerId customerId = 0;
    std::optional<int> position; ///< place in the manual order; nullopt: ranked by value
    bool excluded = false;

    bool operator==(const ShortlistMark &other) const
    {
        return customerId == other.customerId && position == other.position && excluded == other.excluded;
    }
};

/// One contact with a customer in the one-to-one work: a call, a visit...
struct Contact
{
    qint64 id = 0; ///< 0 until stored
    CustomerId customerId = 0;
    QDateTime contactedAt;
    /// A built-in channel's key (see ContactChannels) or a channel the user
    /// added, as they wrote it.
    QString channel;
    QString note;
    QString madeBy; ///< the user name of whoever logged it

    bool operator==(const Contact &other) const
    {
        return id == other.id && customerId == other.customerId && contactedAt == other.contactedAt
            && channel == other.channel && note == other.note && madeBy == other.madeBy;
    }
};

struct CustomerSnapshot
{
    Customer customer;
    QList<Order> orders;
    QList<ScoreChange> history;
    QList<Contact> contacts;
    std::optional<ShortlistMark> shortlistMark; ///< the user's place for them on the shortlist, if any
};

/// A customer's order figures over a range of dates (see CustomerStore::orderFigures).
struct OrderFigures
{
    double revenue = 0.0; ///< net: refunds (negative amounts) are subtracted
    int orderCount = 0;
    QDate firstOrder;
    QDate lastOrder;
};

/// One order as the analyses keep it in memory (see OrderHistory).
struct OrderLine
{
    CustomerId customerId = 0;
    QDate date;
    double amount = 0.0;
};

/// Where each of a customer's current scores came from: the source of the
/// latest score-history entry that changed that axis ("hand", "survey: ...",
/// "behaviour rule", "import"...); empty when the history never changed it.
struct ScoreSources
{
    QString valueFit;
    QString valueAwareness;
};

/// What merging two customers did, so that it can be undone exactly (see
/// CustomerStore::mergeCustomers()).
struct MergeUndo
{
    Customer kept;                 ///< the kept customer's row before the merge
    CustomerSnapshot other;        ///< the absorbed customer as they were, with everything they held
    QList<qint64> movedOrders;     ///< ids of the other's orders that became the kept customer's
    QList<qint64> movedHistory;    ///< ids of the other's score-history rows that did
    QList<qint64> addedHistory;    ///< ids of the rows the merge added (a changed place)
    QList<qint64> movedContacts;   ///< ids of the other's contacts that became the kept customer's
    /// The other's orders the kept customer already held (the same order id,
    /// or the same date and amount of an order without an id, as an import
    /// tells them apart): counted once, as the kept customer's.
    QList<Order> ordersHeldByBoth;
    bool movedShortlistMark = false; ///< the other's mark became the kept customer's, who had none
};

/// Counts and sums over the whole store.
struct StoreTotals
{
    qint64 customers = 0;
    qint64 orders = 0;
    double revenue = 0.0;
};

/// One order as an import writes it: for an existing customer (customerId)
/// or for the new customer at index newCustomer of ImportBatch::newCustomers.
/// It is identified by its external order id, else by its content key.
struct ImportOrder
{
    CustomerId customerId = 0;
    qsizetype newCustomer = -1;
    QString externalOrderId;
    QString contentKey;
    QDate date;
    double amount = 0.0;
};

} // namespace Kindred
// Moved by memcpy when a million of them grow a list.
Q_DECLARE_TYPEINFO(Kindred::ImportOrder, Q_RELOCATABLE_TYPE);
namespace Kindred {

/// Everything one import writes, prepared in memory (see CsvImporter).
struct ImportBatch
{
    QList<Customer> newCustomers;     ///< ids are filled in when written
    QList<Customer> changedCustomers; ///< saved as updateCustomers() does
    QList<ImportOrder> orders;
    /// The fields the import changes of each of changedCustomers, in the same
    /// order; one entry applies to all.
    QList<CustomerFields> changedFields{CustomerField::All};
};

/// What an import did to the orders: an order already in the store with the
/// same id (or content) and the same date and amount is left unchanged.
struct ImportWriteCounts
{
    qint64 ordersAdded = 0;
    qint64 ordersUpdated = 0;
    qint64 ordersUnchanged = 0;
};

/// What undoing an import puts back (see CustomerStore::replaceCustomers()):
/// the ids of the customers it created, of those whose fields or orders it
/// changed, and the latter as they were before.
struct ImportUndo
{
    QList<CustomerId> created;
    QList<CustomerId> changed;
    QList<CustomerSnapshot> before;
    /// Reads customers as they were before the import, from a connection
    /// that still sees the store that way (see beginReading()); called just
    /// before the import commits, which fails if it does.
    std::function<Result<QList<CustomerSnapshot>>(const QList<CustomerId> &)> readBefore;
};

/// How a long write reports progress and is stopped from another thread.
struct WriteControl
{
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool *cancel = nullptr;
    /// When set, an import fills it in.
    ImportUndo *undo = nullptr;
    /// Tests only: fail like a full disk after writing this many rows.
    qint64 failAfterRows = -1;
};

} // namespace Kindred
