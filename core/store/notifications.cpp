// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Changes announced to this store's listeners and, on a team store, to the
// other clients (PostgreSQL's NOTIFY).
#include "storeprivate.h"

#include <QScopeGuard>

#include <algorithm>
#include <array>

namespace Kindred {

using namespace StoreDetail;

namespace {
// The names of the changes in the notifications between team-store clients:
// what every version of Kindred sends and understands.
const std::array<std::pair<StoreChange, const char *>, 7> &changeNames()
{
    static const std::array<std::pair<StoreChange, const char *>, 7> names{{
        {StoreChange::CustomersAdded, "customers-added"},
        {StoreChange::CustomersChanged, "customers-changed"},
        {StoreChange::CustomersRemoved, "customers-removed"},
        {StoreChange::CustomersReset, "customers-reset"},
        {StoreChange::Shortlist, "shortlist"},
        {StoreChange::Settings, "settings"},
        {StoreChange::Contacts, "contacts"},
    }};
    return names;
}
} // namespace

Status CustomerStore::commitChange(StoreTransaction &transaction, StoreChange change, const QList<CustomerId> &ids,
                                   const QString &failure, const std::function<void()> &committed)
{
    if (Status error = announce(change, ids))
        return error;
    if (!transaction.commit())
        return sqlError(failure, d->db.lastError().text());
    if (committed)
        committed();
    emitChange(change, ids);
    return std::nullopt;
}

void CustomerStore::emitChange(StoreChange change, const QList<CustomerId> &ids)
{
    switch (change) {
    case StoreChange::CustomersAdded:
        emit customersAdded(ids);
        break;
    case StoreChange::CustomersChanged:
        emit customersChanged(ids);
        break;
    case StoreChange::CustomersRemoved:
        emit customersRemoved(ids);
        break;
    case StoreChange::CustomersReset:
        emit customersReset();
        break;
    case StoreChange::Shortlist:
        emit shortlistChanged();
        break;
    case StoreChange::Settings:
        emit settingsChanged();
        break;
    case StoreChange::Contacts:
        emit contactsChanged(ids);
        break;
    }
}

Status CustomerStore::announce(StoreChange change, const QList<CustomerId> &ids)
{
    if (!d->location.isPostgres())
        return std::nullopt;
    const auto named = std::find_if(changeNames().cbegin(), changeNames().cend(),
                                    [change](const auto &entry) { return entry.first == change; });
    const QString name = QString::fromLatin1(named->second);
    QStringList numbers;
    numbers.reserve(ids.size());
    for (CustomerId id : ids)
        numbers.append(QString::number(id));
    QString payload = numbers.isEmpty() ? name : name + QLatin1Char(':') + numbers.join(QLatin1Char(','));
    // PostgreSQL carries up to 8000 bytes; beyond that everyone reloads.
    if (payload.size() > 7000)
        payload = QString::fromLatin1(changeNames().at(3).second);
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(QString::fromLatin1(kChannel));
    q.addBindValue(payload);
    if (!q.exec())
        return sqlError(tr("Cannot tell the other users of the team store"), q.lastError().text());
    return std::nullopt;
}

void CustomerStore::receiveAnnouncement(const QString &name, int source, const QVariant &payload)
{
    if (name != QLatin1String(kChannel) || source == int(QSqlDriver::SelfSource))
        return;
    const QString text = payload.toString();
    const QString changeName = text.section(QLatin1Char(':'), 0, 0);
    QList<CustomerId> ids;
    for (const QString &number : text.section(QLatin1Char(':'), 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(number.toLongLong());
    const auto named = std::find_if(changeNames().cbegin(), changeNames().cend(),
                                    [&changeName](const auto &entry) { return changeName == QLatin1String(entry.second); });
    // A change this version does not know (a newer client's): reload everything.
    const StoreChange change = named == changeNames().cend() ? StoreChange::CustomersReset : named->first;
    if (change == StoreChange::Settings && loadSettings())
        return;
    emitChange(change, ids);
}

// Rows put back with their own ids (undo of a removal) leave PostgreSQL's
// identity sequences behind; the next new row must not take one of them.
Status CustomerStore::syncIdSequences()
{
    if (!d->location.isPostgres())
        return std::nullopt;
    QSqlQuery q(d->db);
    for (const QString &table :
         {QStringLiteral("customers"), QStringLiteral("orders"), QStringLiteral("score_history"),
          QStringLiteral("contacts")}) {
        if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                   "(SELECT coalesce(max(id), 0) + 1 FROM %1), false)")
                        .arg(table)))
            return sqlError(tr("Cannot restore customers"), q.lastError().text());
    }
    return std::nullopt;
}

void CustomerStore::announceExternalChange()
{
    emitChange(StoreChange::CustomersReset, {});
}

void CustomerStore::announceExternalChange(const QList<Customer> &customersNow)
{
    d->announcedCustomers = customersNow;
    const auto forget = qScopeGuard([this] { d->announcedCustomers.reset(); });
    emitChange(StoreChange::CustomersReset, {});
}

} // namespace Kindred
