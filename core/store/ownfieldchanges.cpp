// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Own fields renamed, deleted and re-typed in every customer at once, and
// put back by undo. What changes is decided by OwnFieldEdit; here the rows
// are read, locked and written, the same way on both engines.
#include "storeprivate.h"

#include "excellencerule.h"

namespace Kindred {

using namespace StoreDetail;

namespace {

const QString ownFieldsKey = QStringLiteral("own_fields");
const QString ruleKey = QStringLiteral("excellence_rule");

// The rule with its conditions on a renamed field following it; nullopt
// when none names the field (or the rule cannot be read, and is left alone).
std::optional<QString> ruleAfterRename(const QString &ruleJson, const QString &from, const QString &to)
{
    const auto rule = ExcellenceRule::fromJson(ruleJson);
    if (!rule)
        return std::nullopt;
    QList<RuleCondition> conditions = rule.value().conditions();
    bool named = false;
    for (RuleCondition &c : conditions) {
        if (c.field == RuleField::OwnField && c.ownField == from) {
            c.ownField = to;
            named = true;
        }
    }
    if (!named)
        return std::nullopt;
    return ExcellenceRule(rule.value().combinator(), conditions).toJson();
}

// A LIKE pattern that every customer's own_fields text holding a value of
// the field matches: its name as the JSON text writes a key. Others may
// match too (the name inside a value, or another case in SQLite), which
// OwnFieldEdit passes over; it only spares reading every customer.
QString holdingPattern(const QString &name)
{
    const QString object = ownFieldValuesToJson({{name, QString()}}); // {"name":""}
    QString key = object.mid(1, object.size() - 5);
    for (const QChar special : {u'\\', u'%', u'_'})
        key.replace(special, QString(u'\\').append(special));
    return QLatin1Char('%') + key + QLatin1Char('%');
}

} // namespace

Result<QHash<QString, qint64>> CustomerStore::ownFieldCounts() const
{
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT own_fields FROM customers WHERE own_fields <> ''")))
        return sqlError(tr("Cannot read the own fields"), q.lastError().text());
    QHash<QString, qint64> counts;
    while (q.next()) {
        const OwnFieldValues values = ownFieldValuesFromJson(q.value(0).toString());
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (!it.value().isEmpty())
                ++counts[it.key()];
        }
    }
    if (q.lastError().isValid())
        return sqlError(tr("Cannot read the own fields"), q.lastError().text());
    return counts;
}

// The definitions as the store holds them now, not as this connection last
// loaded them: on PostgreSQL another client may have changed them, and the
// row is locked until the change commits.
Result<QList<OwnFieldDefinition>> CustomerStore::lockOwnFieldDefinitions()
{
    auto json = lockSetting(ownFieldsKey);
    if (!json)
        return json.error();
    return ownFieldDefinitionsFromJson(json.value());
}

Result<QString> CustomerStore::lockSetting(const QString &key)
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?%1")
                  .arg(d->location.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(tr("Cannot read the own fields"), q.lastError().text());
    return q.next() ? q.value(0).toString() : QString();
}

// The customers that may hold a value of the field, in id order; on
// PostgreSQL locked in that order, so that another client saving one of
// them waits for this change.
Result<QList<OwnFieldsText>> CustomerStore::lockOwnFieldsHolding(const QString &name)
{
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, own_fields FROM customers WHERE own_fields LIKE ? ESCAPE '\\' ORDER BY id%1")
                  .arg(d->location.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()));
    q.addBindValue(holdingPattern(name));
    if (!q.exec())
        return sqlError(tr("Cannot read the own fields"), q.lastError().text());
    QList<OwnFieldsText> customers;
    while (q.next())
        customers.append({q.value(0).toLongLong(), q.value(1).toString()});
    if (q.lastError().isValid())
        return sqlError(tr("Cannot read the own fields"), q.lastError().text());
    return customers;
}

Result<OwnFieldsBefore> CustomerStore::changeOwnField(const OwnFieldEdit &edit)
{
    StoreTransaction transaction(d->db);
    if (!transaction.active())
        return notBegun(transaction);
    auto definitions = lockOwnFieldDefinitions();
    if (!definitions)
        return definitions.error();
    if (const QString problem = edit.problem(definitions.value()); !problem.isEmpty())
        return Error{problem, locationText()};
    auto holding = lockOwnFieldsHolding(edit.name());
    if (!holding)
        return holding.error();
    auto after = edit.rewritten(holding.value());
    if (!after)
        return Error{after.error().message, locationText()};

    OwnFieldsBefore before{definitions.value(), {}, std::nullopt};
    QHash<CustomerId, qsizetype> held;
    for (qsizetype i = 0; i < holding.value().size(); ++i)
        held.insert(holding.value().at(i).customer, i);
    for (const OwnFieldsText &changed : after.value())
        before.customers.append(holding.value().at(held.value(changed.customer)));
    std::optional<QString> rule;
    if (edit.kind() == OwnFieldEdit::Kind::Rename) {
        auto ruleBefore = lockSetting(ruleKey);
        if (!ruleBefore)
            return ruleBefore.error();
        rule = ruleAfterRename(ruleBefore.value(), edit.name(), edit.newName());
        if (rule)
            before.excellenceRule = ruleBefore.value();
    }
    if (Status error = writeOwnFields(transaction, after.value(), edit.applied(definitions.value()), rule))
        return *error;
    return before;
}

Status CustomerStore::restoreOwnFields(const OwnFieldsBefore &before)
{
    StoreTransaction transaction(d->db);
    if (!transaction.active())
        return notBegun(transaction);
    return writeOwnFields(transaction, before.customers, before.definitions, before.excellenceRule);
}

// Writes the customers' texts and the definitions, commits and announces.
// Rewriting a customer's values is a save like any other: it raises the
// revision, so that an older undo step sees that the customer changed.
Status CustomerStore::writeOwnFields(StoreTransaction &transaction, const QList<OwnFieldsText> &customers,
                                     const QList<OwnFieldDefinition> &definitions,
                                     const std::optional<QString> &excellenceRule)
{
    const QString failure = tr("Cannot save the own fields");
    const QString now = timestamp(QDateTime::currentDateTimeUtc());
    if (d->location.isPostgres()) {
        // A statement per customer costs a round trip to the server each:
        // 100,000 customers took 4-11 s that way. Arrays take ArrayStatement::kRows a statement.
        ArrayStatement write(d->db,
                             QStringLiteral("UPDATE customers SET own_fields = v.own_fields, updated_at = v.updated_at, "
                                            "updated_by = v.updated_by, revision = customers.revision + 1 FROM ("),
                             {QStringLiteral("BIGINT"), QStringLiteral("TEXT"), QStringLiteral("TEXT"),
                              QStringLiteral("TEXT")},
                             QStringLiteral(") AS v (id, own_fields, updated_at, updated_by) WHERE customers.id = v.id"));
        for (qsizetype i = 0; i < customers.size(); ++i) {
            const OwnFieldsText &c = customers.at(i);
            write.add({c.customer, plain(c.json), now, plain(d->userName)});
            if ((write.rows() == ArrayStatement::kRows || i == customers.size() - 1) && !write.run())
                return sqlError(failure, write.query().lastError().text());
        }
    } else {
        QSqlQuery write(d->db);
        write.prepare(QStringLiteral("UPDATE customers SET own_fields = ?, updated_at = ?, updated_by = ?, "
                                     "revision = revision + 1 WHERE id = ?"));
        for (const OwnFieldsText &c : customers) {
            write.bindValue(0, plain(c.json));
            write.bindValue(1, now);
            write.bindValue(2, plain(d->userName));
            write.bindValue(3, c.customer);
            if (!write.exec())
                return sqlError(failure, write.lastError().text());
        }
    }
    QList<std::pair<QString, QString>> settings{{ownFieldsKey, ownFieldDefinitionsToJson(definitions)}};
    if (excellenceRule)
        settings.append({ruleKey, *excellenceRule});
    if (Status error = writeSettings(settings, failure))
        return error;

    auto committed = [this, &definitions, &excellenceRule] {
        d->settings.ownFields = definitions;
        if (excellenceRule)
            d->settings.excellenceRule = *excellenceRule;
    };
    if (customers.isEmpty())
        return commitChange(transaction, StoreChange::Settings, {}, failure, committed);
    // Both are committed, and settings() is up to date, before either
    // signal: views that reload the customers find the new definitions.
    if (Status error = announce(StoreChange::Settings, {}))
        return error;
    if (Status error = commitChange(transaction, StoreChange::CustomersReset, {}, failure, committed))
        return error;
    emitChange(StoreChange::Settings, {});
    return std::nullopt;
}

} // namespace Kindred
