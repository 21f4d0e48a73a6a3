// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacecontent.h"

#include "ownfields.h"

#include <QCryptographicHash>
#include <QLocale>

#include <algorithm>

namespace Kindred {

namespace {

// Writes rows in the canonical form into a table's hash and the whole
// content's hash at once.
class CanonicalWriter
{
public:
    explicit CanonicalWriter(QCryptographicHash &all) : m_all(all) {}

    CanonicalWriter &integer(qint64 value) { return field(QByteArray::number(value)); }
    // Shortest round-trip form: the same double always gives the same text,
    // and the text reads back to exactly that double.
    CanonicalWriter &real(double value) { return field(QByteArray::number(value, 'g', QLocale::FloatingPointShortest)); }
    CanonicalWriter &real(const std::optional<double> &value) { return value ? real(*value) : null(); }
    CanonicalWriter &integer(const std::optional<int> &value) { return value ? integer(*value) : null(); }
    // Never mistaken for a text, which always starts with its length.
    CanonicalWriter &null() { return field(QByteArrayLiteral("null")); }
    // Length-prefixed, so that no text can look like a field boundary.
    CanonicalWriter &text(const QString &value)
    {
        const QByteArray utf8 = value.toUtf8();
        return field(QByteArray::number(utf8.size()) + ':' + utf8);
    }
    CanonicalWriter &date(const QDate &value) { return text(value.isValid() ? value.toString(Qt::ISODate) : QString()); }
    CanonicalWriter &time(const QDateTime &value)
    {
        return text(value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : QString());
    }
    void beginTable(const QString &name)
    {
        // The name goes into the whole content's hash, so that rows cannot move between tables unseen.
        m_all.addData(name.toUtf8() + '\n');
    }
    void endRow()
    {
        add(QByteArrayLiteral("\n"));
        ++m_rows;
        m_first = true;
    }
    /// Ends a table: returns its checksum and starts the next.
    TableChecksum endTable(const QString &name)
    {
        TableChecksum result{name, m_rows, m_table.result().toHex()};
        m_table.reset();
        m_rows = 0;
        return result;
    }

private:
    CanonicalWriter &field(const QByteArray &bytes)
    {
        if (!m_first)
            add(QByteArrayLiteral(","));
        m_first = false;
        add(bytes);
        return *this;
    }
    void add(const QByteArray &bytes)
    {
        m_table.addData(bytes);
        m_all.addData(bytes);
    }

    QCryptographicHash &m_all;
    QCryptographicHash m_table{QCryptographicHash::Sha256};
    qint64 m_rows = 0;
    bool m_first = true;
};

// The rows of a list in the order of key(row), without copying them.
template<typename T, typename Key>
QList<const T *> sortedBy(const QList<T> &rows, Key key)
{
    QList<const T *> sorted;
    sorted.reserve(rows.size());
    for (const T &row : rows)
        sorted.append(&row);
    std::stable_sort(sorted.begin(), sorted.end(), [&key](const T *a, const T *b) { return key(*a) < key(*b); });
    return sorted;
}

QList<TableChecksum> writeAll(const WorkspaceContent &content, QCryptographicHash &all)
{
    QList<TableChecksum> tables;
    CanonicalWriter w(all);
    w.beginTable(QStringLiteral("customers"));
    for (const Customer *c : sortedBy(content.customers, [](const Customer &c) { return c.id; })) {
        w.integer(c->id).text(c->externalId).text(c->name).text(c->email).text(c->company).text(joinTags(c->tags));
        w.text(c->notes).text(c->nextAction).date(c->nextActionDue).real(c->valueFit).real(c->valueAwareness);
        if (c->handSetStage)
            w.text(stageKey(*c->handSetStage));
        else
            w.null();
        w.integer(c->pinned);
        w.time(c->created).time(c->updated).text(c->updatedBy).integer(c->revision);
        w.real(c->revenue).integer(c->orderCount).date(c->firstOrder).date(c->lastOrder);
        // Columns of schema version 6, written only when one is filled: a
        // customer without them keeps the checksum earlier versions gave it.
        if (!c->phone.isEmpty() || !c->reading.isEmpty() || !c->postalCode.isEmpty() || !c->address.isEmpty())
            w.text(c->phone).text(c->reading).text(c->postalCode).text(c->address);
        // Own fields came later: a customer without them reads as before, so
        // that checksums of older versions still compare.
        if (!c->ownFields.isEmpty())
            w.text(ownFieldValuesToJson(c->ownFields));
        w.endRow();
    }
    tables.append(w.endTable(QStringLiteral("customers")));

    w.beginTable(QStringLiteral("orders"));
    for (const Order *o : sortedBy(content.orders, [](const Order &o) { return o.id; })) {
        w.integer(o->id).integer(o->customerId).text(o->externalOrderId).date(o->date).real(o->amount);
        w.text(o->contentKey).endRow();
    }
    tables.append(w.endTable(QStringLiteral("orders")));

    w.beginTable(QStringLiteral("score_history"));
    for (const HistoryEntry *h : sortedBy(content.history, [](const HistoryEntry &h) { return h.id; })) {
        const ScoreChange &s = h->change;
        w.integer(h->id).integer(s.customerId).real(s.oldFit).real(s.oldAwareness).real(s.newFit);
        w.real(s.newAwareness).time(s.changedAt).text(s.source).text(s.changedBy).endRow();
    }
    tables.append(w.endTable(QStringLiteral("score_history")));

    w.beginTable(QStringLiteral("shortlist"));
    for (const ShortlistMark *m : sortedBy(content.shortlist, [](const ShortlistMark &m) { return m.customerId; })) {
        w.integer(m->customerId).integer(m->position).integer(m->excluded).endRow();
    }
    tables.append(w.endTable(QStringLiteral("shortlist")));

    w.beginTable(QStringLiteral("settings"));
    using Setting = std::pair<QString, QString>;
    for (const Setting *s : sortedBy(content.settings, [](const Setting &s) { return s.first; }))
        w.text(s->first).text(s->second).endRow();
    tables.append(w.endTable(QStringLiteral("settings")));

    // The contact log came later: a workspace without one has the checksum
    // earlier versions gave it.
    if (!content.contacts.isEmpty()) {
        w.beginTable(QStringLiteral("contacts"));
        for (const Contact *c : sortedBy(content.contacts, [](const Contact &c) { return c.id; })) {
            w.integer(c->id).integer(c->customerId).time(c->contactedAt).text(c->channel).text(c->note);
            w.text(c->madeBy).endRow();
        }
        tables.append(w.endTable(QStringLiteral("contacts")));
    }
    return tables;
}

} // namespace

QList<TableChecksum> tableChecksums(const WorkspaceContent &content)
{
    QCryptographicHash all(QCryptographicHash::Sha256);
    return writeAll(content, all);
}

QByteArray checksum(const WorkspaceContent &content)
{
    QCryptographicHash all(QCryptographicHash::Sha256);
    writeAll(content, all);
    return all.result().toHex();
}

} // namespace Kindred
