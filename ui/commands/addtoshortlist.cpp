// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addtoshortlist.h"

#include "shortlist.h"

#include <QCoreApplication>

namespace Kindred {

AddToShortlist::AddToShortlist(CustomerStore &store, const QList<CustomerId> &ids, QUndoCommand *parent)
    : ChangeShortlist(store,
                      QCoreApplication::translate("Kindred::AddToShortlist", "Add %n customer(s) to the shortlist",
                                                  nullptr, int(ids.size())),
                      parent)
{
    setPinned(ids, true);
    m_marksAfter = marksWithExcluded(m_marksAfter, ids, false);
}

} // namespace Kindred
