// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacttimeline.h"

#include <algorithm>

namespace Kindred {

QList<TimelineEvent> contactTimeline(const QList<Contact> &contacts, const QList<ScoreChange> &history,
                                     const QuadrantSplit &split)
{
    QList<TimelineEvent> events;
    events.reserve(contacts.size() + history.size());
    for (const Contact &contact : contacts) {
        TimelineEvent event;
        event.kind = TimelineEvent::Kind::Contact;
        event.at = contact.contactedAt;
        event.contact = contact;
        events.append(event);
    }
    for (const ScoreChange &change : history) {
        TimelineEvent event;
        event.kind = TimelineEvent::Kind::Move;
        event.at = change.changedAt;
        event.change = change;
        event.from = quadrantOf(change.oldFit, change.oldAwareness, split);
        event.to = quadrantOf(change.newFit, change.newAwareness, split);
        events.append(event);
    }
    // Oldest first with contacts before moves at the same moment, each list in
    // its own order (the store's, oldest first); then reversed.
    std::stable_sort(events.begin(), events.end(), [](const TimelineEvent &a, const TimelineEvent &b) {
        if (a.at != b.at)
            return a.at < b.at;
        return a.kind == TimelineEvent::Kind::Contact && b.kind == TimelineEvent::Kind::Move;
    });
    std::reverse(events.begin(), events.end());
    return events;
}

} // namespace Kindred
