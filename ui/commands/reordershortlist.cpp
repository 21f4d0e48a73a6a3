// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reordershortlist.h"

#include "shortlist.h"

#include <QCoreApplication>

namespace Kindred {

ReorderShortlist::ReorderShortlist(CustomerStore &store, const QList<CustomerId> &order, QUndoCommand *parent)
    : ChangeShortlist(store, QCoreApplication::translate("Kindred::ReorderShortlist", "Reorder the shortlist"), parent)
{
    m_marksAfter = marksWithOrder(m_marksAfter, order);
}

} // namespace Kindred
