// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacttimeline.h"

#include <QTest>

using namespace Kindred;

class TestContactTimeline : public QObject
{
    Q_OBJECT

private slots:
    void newestFirstWithMovesAfterContacts();
    void quadrantsFollowTheSplit();
};

namespace {
const QDateTime t0(QDate(2026, 3, 12), QTime(10, 0), Qt::UTC);

Contact contact(qint64 id, const QDateTime &at)
{
    Contact c;
    c.id = id;
    c.customerId = 1;
    c.contactedAt = at;
    c.channel = QStringLiteral("call");
    return c;
}

ScoreChange change(const QDateTime &at, std::optional<double> oldAwareness, std::optional<double> newAwareness)
{
    ScoreChange s;
    s.customerId = 1;
    s.oldFit = oldAwareness ? std::optional<double>(80) : std::nullopt;
    s.oldAwareness = oldAwareness;
    s.newFit = newAwareness ? std::optional<double>(80) : std::nullopt;
    s.newAwareness = newAwareness;
    s.changedAt = at;
    return s;
}

QStringList shape(const QList<TimelineEvent> &events)
{
    QStringList kinds;
    for (const TimelineEvent &e : events) {
        kinds.append(e.kind == TimelineEvent::Kind::Contact ? QStringLiteral("contact %1").arg(e.contact.id)
                                                            : QStringLiteral("move %1→%2").arg(quadrantNumeral(e.from),
                                                                                               quadrantNumeral(e.to)));
    }
    return kinds;
}
} // namespace

void TestContactTimeline::newestFirstWithMovesAfterContacts()
{
    // Placed in I, called twice (the second time at the very moment of the move), moved to II.
    const QList<Contact> contacts{contact(1, t0.addDays(1)), contact(2, t0.addDays(14)), contact(3, t0.addDays(14))};
    const QList<ScoreChange> history{change(t0, std::nullopt, 20), change(t0.addDays(14), 20, 70)};
    const QList<TimelineEvent> events = contactTimeline(contacts, history, QuadrantSplit());
    QCOMPARE(shape(events), (QStringList{QStringLiteral("move I→II"), QStringLiteral("contact 3"),
                                         QStringLiteral("contact 2"), QStringLiteral("contact 1"),
                                         QStringLiteral("move →I")}));
    QCOMPARE(events.constFirst().at, t0.addDays(14));
    QCOMPARE(events.at(3).contact, contacts.constFirst());
    QVERIFY(contactTimeline({}, {}, QuadrantSplit()).isEmpty());
}

void TestContactTimeline::quadrantsFollowTheSplit()
{
    const QList<ScoreChange> history{change(t0, 20, 60)};
    QCOMPARE(shape(contactTimeline({}, history, QuadrantSplit())), QStringList{QStringLiteral("move I→II")});
    // With awareness high from 70, 60 is still low: a move within I.
    QCOMPARE(shape(contactTimeline({}, history, QuadrantSplit{50, 70})), QStringList{QStringLiteral("move I→I")});
}

QTEST_GUILESS_MAIN(TestContactTimeline)
#include "tst_contacttimeline.moc"
