// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Two customers who are one person made one record, and that undone.
#include "storeprivate.h"

#include <QSet>

namespace Kindred {

using namespace StoreDetail;

namespace {

// Every column of a customer's row but its id, as unmerging writes the kept
// customer back exactly: revision, times and derived figures included.
const QString kRowAssignments = QStringLiteral(
    "external_id = ?, name = ?, email = ?, company = ?, phone = ?, reading = ?, postal_code = ?, address = ?, "
    "tags = ?, notes = ?, next_action = ?, next_action_due = ?, value_fit = ?, value_awareness = ?, "
    "hand_stage = ?, pinned = ?, created_at = ?, updated_at = ?, updated_by = ?, revision = ?, own_fields = ?, "
    "revenue = ?, order_count = ?, first_order = ?, last_order = ?");

QVariantList rowValues(const Customer &c)
{
    return {nullable(c.externalId), plain(c.name), plain(c.email), plain(c.company), plain(c.phone),
            plain(c.reading), plain(c.postalCode), plain(c.address), plain(joinTags(c.tags)), plain(c.notes),
            plain(c.nextAction), nullable(c.nextActionDue), nullable(c.valueFit), nullable(c.valueAwareness),
            c.handSetStage ? QVariant(stageKey(*c.handSetStage)) : QVariant(QMetaType::fromType<QString>()),
            QVariant(int(c.pinned)), QVariant(timestamp(c.created)), QVariant(timestamp(c.updated)),
            plain(c.updatedBy), QVariant(c.revision), plain(ownFieldValuesToJson(c.ownFields)),
            QVariant(c.revenue), QVariant(c.orderCount), nullable(c.firstOrder), nullable(c.lastOrder)};
}

// Runs a statement of two placeholders for each id: (value, id).
std::optional<QString> execForIds(const QSqlDatabase &db, const QString &sql, const QVariant &value,
                                  const QList<qint64> &ids)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return q.lastError().text();
    for (qint64 id : ids) {
        if (value.isValid())
            q.addBindValue(value);
        q.addBindValue(id);
        if (!q.exec())
            return q.lastError().text();
    }
    return std::nullopt;
}

std::optional<QString> historyIds(const QSqlDatabase &db, CustomerId customer, QList<qint64> &ids)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM score_history WHERE customer_id = ? ORDER BY id"));
    q.addBindValue(customer);
    if (!q.exec())
        return q.lastError().text();
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return std::nullopt;
}

} // namespace

// Besides the removed or restored customer (announced by the commit): the
// kept customer's change and, when contacts moved, both customers' logs.
Status CustomerStore::announceMerge(CustomerId keptId, CustomerId otherId, bool contactsMoved)
{
    if (Status error = announce(StoreChange::CustomersChanged, {keptId}))
        return error;
    return contactsMoved ? announce(StoreChange::Contacts, {keptId, otherId}) : std::nullopt;
}

void CustomerStore::emitMerge(CustomerId keptId, const MergeUndo &undo)
{
    emitChange(StoreChange::CustomersChanged, {keptId});
    if (undo.other.shortlistMark)
        emit shortlistChanged();
    if (!undo.movedContacts.isEmpty())
        emit contactsChanged({keptId, undo.other.customer.id});
}

Result<MergeUndo> CustomerStore::mergeCustomers(const Customer &merged, CustomerId otherId)
{
    const CustomerId keptId = merged.id;
    const QString failure = tr("Cannot merge the customers");
    if (keptId == otherId)
        return Error{tr("A customer cannot be merged with themselves."), locationText()};
    StoreTransaction transaction(d->db);
    if (!transaction.active())
        return notBegun(transaction);
    // On a team store both rows are locked first, in id order, so that no
    // other client gives the other customer an order that would go with them.
    if (d->location.isPostgres()) {
        QSqlQuery lock(d->db);
        lock.prepare(QStringLiteral("SELECT id FROM customers WHERE id IN (?, ?) ORDER BY id FOR UPDATE"));
        lock.addBindValue(keptId);
        lock.addBindValue(otherId);
        if (!lock.exec())
            return sqlError(failure, lock.lastError().text());
    }
    auto before = snapshots({keptId, otherId});
    if (!before)
        return before.error();
    for (CustomerId id : {keptId, otherId}) {
        if (std::none_of(before.value().cbegin(), before.value().cend(),
                         [id](const CustomerSnapshot &s) { return s.customer.id == id; }))
            return Error{tr("No customer with id %1.").arg(id), locationText()};
    }
    const bool keptFirst = before.value().constFirst().customer.id == keptId;
    const CustomerSnapshot &kept = before.value().at(keptFirst ? 0 : 1);
    MergeUndo undo;
    undo.kept = kept.customer;
    undo.other = before.value().at(keptFirst ? 1 : 0);

    // An order is known by its id, else by its content (date, amount and
    // occurrence), once per customer: the other's copy of an order the kept
    // customer holds is the same order recorded twice, and goes with them.
    QSet<QString> keptOrderIds, keptContents;
    for (const Order &order : kept.orders) {
        if (!order.externalOrderId.isEmpty())
            keptOrderIds.insert(order.externalOrderId);
        if (!order.contentKey.isEmpty())
            keptContents.insert(order.contentKey);
    }
    for (const Order &order : std::as_const(undo.other.orders)) {
        if (keptOrderIds.contains(order.externalOrderId) || keptContents.contains(order.contentKey))
            undo.ordersHeldByBoth.append(order);
        else
            undo.movedOrders.append(order.id);
    }
    if (auto error = execForIds(d->db, QStringLiteral("UPDATE orders SET customer_id = ? WHERE id = ?"),
                                QVariant(keptId), undo.movedOrders))
        return sqlError(failure, *error);

    QList<qint64> keptHistory;
    if (auto error = historyIds(d->db, keptId, keptHistory))
        return sqlError(failure, *error);
    if (auto error = historyIds(d->db, otherId, undo.movedHistory))
        return sqlError(failure, *error);
    if (auto error = execForIds(d->db, QStringLiteral("UPDATE score_history SET customer_id = ? WHERE id = ?"),
                                QVariant(keptId), undo.movedHistory))
        return sqlError(failure, *error);

    for (const Contact &contact : std::as_const(undo.other.contacts))
        undo.movedContacts.append(contact.id);
    if (auto error = execForIds(d->db, QStringLiteral("UPDATE contacts SET customer_id = ? WHERE id = ?"),
                                QVariant(keptId), undo.movedContacts))
        return sqlError(failure, *error);

    undo.movedShortlistMark = undo.other.shortlistMark && !kept.shortlistMark;
    if (undo.movedShortlistMark) {
        if (auto error = execForIds(d->db, QStringLiteral("UPDATE shortlist SET customer_id = ? WHERE customer_id = ?"),
                                    QVariant(keptId), {otherId}))
            return sqlError(failure, *error);
    }

    // The other goes first: the kept customer may take their external id.
    if (Status error = deleteCustomers({otherId}))
        return *error;
    QList<CustomerId> changed;
    if (Status error = writeCustomerUpdates({merged}, QStringLiteral("merge"), {CustomerField::All}, changed))
        return *error;
    QList<qint64> historyNow;
    if (auto error = historyIds(d->db, keptId, historyNow))
        return sqlError(failure, *error);
    for (qint64 id : std::as_const(historyNow)) {
        if (!keptHistory.contains(id) && !undo.movedHistory.contains(id))
            undo.addedHistory.append(id);
    }
    if (Status error = refreshDerivedFigures({keptId}))
        return *error;

    if (Status error = announceMerge(keptId, otherId, !undo.movedContacts.isEmpty()))
        return *error;
    if (Status error = commitChange(transaction, StoreChange::CustomersRemoved, {otherId}, failure))
        return *error;
    emitMerge(keptId, undo);
    return undo;
}

Status CustomerStore::unmergeCustomers(const MergeUndo &undo)
{
    const CustomerId keptId = undo.kept.id;
    const CustomerId otherId = undo.other.customer.id;
    const QString failure = tr("Cannot undo the merge");
    StoreTransaction transaction(d->db);
    if (!transaction.active())
        return notBegun(transaction);

    // The kept customer first: they may hold the other's external id.
    QSqlQuery restore(d->db);
    restore.prepare(QStringLiteral("UPDATE customers SET %1 WHERE id = ?").arg(kRowAssignments));
    for (const QVariant &value : rowValues(undo.kept))
        restore.addBindValue(value);
    restore.addBindValue(keptId);
    if (!restore.exec())
        return sqlError(failure, restore.lastError().text());
    if (restore.numRowsAffected() != 1)
        return Error{tr("The merged customer %1 no longer exists.").arg(keptId), locationText()};

    QList<Customer> other{undo.other.customer};
    if (Status error = insertCustomers(other, true))
        return error;
    if (auto error = execForIds(d->db, QStringLiteral("UPDATE orders SET customer_id = ? WHERE id = ?"),
                                QVariant(otherId), undo.movedOrders))
        return sqlError(failure, *error);
    QList<Order> heldByBoth = undo.ordersHeldByBoth;
    if (Status error = insertOrders(heldByBoth, true))
        return error;
    if (auto error = execForIds(d->db, QStringLiteral("UPDATE score_history SET customer_id = ? WHERE id = ?"),
                                QVariant(otherId), undo.movedHistory))
        return sqlError(failure, *error);
    if (auto error = execForIds(d->db, QStringLiteral("DELETE FROM score_history WHERE id = ?"), QVariant(),
                                undo.addedHistory))
        return sqlError(failure, *error);
    if (auto error = execForIds(d->db, QStringLiteral("UPDATE contacts SET customer_id = ? WHERE id = ?"),
                                QVariant(otherId), undo.movedContacts))
        return sqlError(failure, *error);
    if (undo.movedShortlistMark) {
        if (auto error = execForIds(d->db, QStringLiteral("UPDATE shortlist SET customer_id = ? WHERE customer_id = ?"),
                                    QVariant(otherId), {keptId}))
            return sqlError(failure, *error);
    } else if (undo.other.shortlistMark) {
        if (Status error = insertShortlistMarks({*undo.other.shortlistMark}))
            return error;
    }
    if (Status error = syncIdSequences())
        return error;

    if (Status error = announceMerge(keptId, otherId, !undo.movedContacts.isEmpty()))
        return error;
    if (Status error = commitChange(transaction, StoreChange::CustomersAdded, {otherId}, failure))
        return error;
    emitMerge(keptId, undo);
    return std::nullopt;
}

} // namespace Kindred
