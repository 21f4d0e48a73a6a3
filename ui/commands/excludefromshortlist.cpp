// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "excludefromshortlist.h"

#include "shortlist.h"

#include <QCoreApplication>

namespace Kindred {

ExcludeFromShortlist::ExcludeFromShortlist(CustomerStore &store, const QList<CustomerId> &ids, bool excluded,
                                           QUndoCommand *parent)
    : ChangeShortlist(store,
                      excluded ? QCoreApplication::translate("Kindred::ExcludeFromShortlist",
                                                             "Exclude %n customer(s) from the shortlist", nullptr,
                                                             int(ids.size()))
                               : QCoreApplication::translate("Kindred::ExcludeFromShortlist",
                                                             "Let %n customer(s) back on the shortlist", nullptr,
                                                             int(ids.size())),
                      parent)
{
    if (excluded)
        setPinned(ids, false);
    m_marksAfter = marksWithExcluded(m_marksAfter, ids, excluded);
}

} // namespace Kindred
