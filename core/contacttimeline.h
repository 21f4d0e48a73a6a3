// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quadrant.h"
#include "store/storetypes.h"

#include <QList>

namespace Kindred {

/// One line of a customer's one-to-one time line: a contact logged, or a
/// change of their place on the value matrix, so that the marketer reads
/// "called" and "moved I → II two weeks later" together.
struct TimelineEvent
{
    enum class Kind { Contact, Move };
    Kind kind = Kind::Contact;
    QDateTime at;
    Contact contact;    ///< a Contact event's contact
    ScoreChange change; ///< a Move event's change of scores
    Quadrant from = Quadrant::Unplaced; ///< where a Move started, under the workspace's split
    Quadrant to = Quadrant::Unplaced;   ///< where it ended
};

/// A customer's contacts and score history on one time line, newest first.
/// At the same moment a move is listed above (after) a contact, since a
/// contact is logged before the judgement it leads to; contacts at the same
/// moment are in the order they were logged, the latest on top.
QList<TimelineEvent> contactTimeline(const QList<Contact> &contacts, const QList<ScoreChange> &history,
                                     const QuadrantSplit &split);

} // namespace Kindred
