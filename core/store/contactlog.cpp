// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The contact log of the one-to-one work.
#include "storeprivate.h"

namespace Kindred {

using namespace StoreDetail;

Result<QList<Contact>> CustomerStore::contacts(CustomerId customerId, const QDateTime &since) const
{
    QStringList conditions;
    QVariantList values;
    if (customerId != 0) {
        conditions.append(QStringLiteral("customer_id = ?"));
        values.append(customerId);
    }
    if (since.isValid()) {
        // Stored times are all UTC in one fixed-width form: they compare as text.
        conditions.append(QStringLiteral("contacted_at >= ?"));
        values.append(timestamp(since));
    }
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM contacts %2 ORDER BY contacted_at, id")
                  .arg(contactColumns, conditions.isEmpty() ? QString()
                                                            : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "))));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec())
        return sqlError(tr("Cannot read the contact log"), q.lastError().text());
    QList<Contact> result;
    while (q.next())
        result.append(contactFrom(QueryRow{q}));
    if (q.lastError().isValid())
        return sqlError(tr("Cannot read the contact log"), q.lastError().text());
    return result;
}

Result<QHash<CustomerId, QDateTime>> CustomerStore::lastContacts() const
{
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT customer_id, max(contacted_at) FROM contacts GROUP BY customer_id")))
        return sqlError(tr("Cannot read the contact log"), q.lastError().text());
    QHash<CustomerId, QDateTime> result;
    while (q.next())
        result.insert(q.value(0).toLongLong(), parseTimestamp(q.value(1).toString()));
    return result;
}

namespace {

// Why a contact cannot be stored as it is; empty when it can.
QString invalidContact(const Contact &contact)
{
    if (!contact.contactedAt.isValid())
        return QCoreApplication::translate("Kindred::CustomerStore", "A contact needs a date and time.");
    if (contact.channel.trimmed().isEmpty())
        return QCoreApplication::translate("Kindred::CustomerStore", "A contact needs a channel.");
    return {};
}

} // namespace

Status CustomerStore::addContact(Contact &contact)
{
    if (const QString invalid = invalidContact(contact); !invalid.isEmpty())
        return Error{invalid, locationText()};
    StoreTransaction transaction(d->db);
    if (!transaction.active())
        return notBegun(transaction);
    Contact stored = contact;
    if (stored.madeBy.isEmpty())
        stored.madeBy = userName();
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("INSERT INTO contacts (customer_id, contacted_at, channel, note, made_by) "
                             "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant &value : {QVariant(stored.customerId), QVariant(timestamp(stored.contactedAt)),
                                  plain(stored.channel.trimmed()), plain(stored.note), plain(stored.madeBy)})
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return sqlError(tr("Cannot log the contact with customer %1").arg(stored.customerId), q.lastError().text());
    stored.id = q.value(0).toLongLong();
    stored.channel = stored.channel.trimmed();
    q.finish();
    if (Status error = commitChange(transaction, StoreChange::Contacts, {stored.customerId},
                                    tr("Cannot log the contact with customer %1").arg(stored.customerId)))
        return error;
    contact = stored;
    return std::nullopt;
}

Status CustomerStore::updateContact(const Contact &contact)
{
    if (const QString invalid = invalidContact(contact); !invalid.isEmpty())
        return Error{invalid, locationText()};
    StoreTransaction transaction(d->db);
    if (!transaction.active())
        return notBegun(transaction);
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("UPDATE contacts SET contacted_at = ?, channel = ?, note = ? WHERE id = ? "
                             "RETURNING customer_id"));
    for (const QVariant &value : {QVariant(timestamp(contact.contactedAt)), plain(contact.channel.trimmed()),
                                  plain(contact.note), QVariant(contact.id)})
        q.addBindValue(value);
    if (!q.exec())
        return sqlError(tr("Cannot save the contact"), q.lastError().text());
    if (!q.next())
        return Error{tr("The contact is no longer in the log: someone removed it."), locationText()};
    const CustomerId customerId = q.value(0).toLongLong();
    q.finish();
    return commitChange(transaction, StoreChange::Contacts, {customerId}, tr("Cannot save the contact"));
}

Result<Contact> CustomerStore::removeContact(qint64 id)
{
    StoreTransaction transaction(d->db);
    if (!transaction.active())
        return notBegun(transaction);
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("DELETE FROM contacts WHERE id = ? RETURNING %1").arg(contactColumns));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("Cannot remove the contact"), q.lastError().text());
    if (!q.next())
        return Error{tr("The contact is no longer in the log: someone removed it."), locationText()};
    const Contact removed = contactFrom(QueryRow{q});
    q.finish();
    if (Status error = commitChange(transaction, StoreChange::Contacts, {removed.customerId},
                                    tr("Cannot remove the contact")))
        return *error;
    return removed;
}

Status CustomerStore::restoreContact(const Contact &contact)
{
    StoreTransaction transaction(d->db);
    if (!transaction.active())
        return notBegun(transaction);
    if (Status error = insertContacts({contact}))
        return error;
    if (Status error = syncIdSequences())
        return error;
    return commitChange(transaction, StoreChange::Contacts, {contact.customerId},
                        tr("Cannot log the contact with customer %1").arg(contact.customerId));
}

Status CustomerStore::insertContacts(const QList<Contact> &contacts)
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("INSERT INTO contacts (%1) VALUES (?, ?, ?, ?, ?, ?)").arg(contactColumns));
    for (const Contact &contact : contacts) {
        for (const QVariant &value : {QVariant(contact.id), QVariant(contact.customerId),
                                      QVariant(timestamp(contact.contactedAt)), plain(contact.channel),
                                      plain(contact.note), plain(contact.madeBy)})
            q.addBindValue(value);
        if (!q.exec())
            return sqlError(tr("Cannot log the contact with customer %1").arg(contact.customerId),
                            q.lastError().text());
    }
    return std::nullopt;
}

} // namespace Kindred
