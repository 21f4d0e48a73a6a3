// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pincustomers.h"

#include <QCoreApplication>

namespace Kindred {

PinCustomers::PinCustomers(CustomerStore &store, const QList<CustomerId> &ids, bool pinned, QUndoCommand *parent)
    : ChangeShortlist(store,
                      pinned ? QCoreApplication::translate("Kindred::PinCustomers", "Pin %n customer(s)", nullptr,
                                                           int(ids.size()))
                             : QCoreApplication::translate("Kindred::PinCustomers", "Unpin %n customer(s)", nullptr,
                                                           int(ids.size())),
                      parent)
{
    setPinned(ids, pinned);
}

} // namespace Kindred
