// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "movecustomers.h"

#include "commandids.h"

#include <QCoreApplication>

namespace Kindred {

MoveCustomers::MoveCustomers(CustomerStore &store, QList<Customer> before, QList<Customer> after, Kind kind)
    : EditCustomers(store, before, after, describe(kind, before.size())), m_kind(kind)
{
}

QString MoveCustomers::describe(Kind kind, qsizetype count)
{
    const int n = int(count);
    switch (kind) {
    case Kind::Drag: return QCoreApplication::translate("Kindred::MoveCustomers", "Move %n customer(s)", nullptr, n);
    case Kind::Nudge: return QCoreApplication::translate("Kindred::MoveCustomers", "Nudge %n customer(s)", nullptr, n);
    case Kind::Place: return QCoreApplication::translate("Kindred::MoveCustomers", "Place %n customer(s)", nullptr, n);
    case Kind::Unplace:
        return QCoreApplication::translate("Kindred::MoveCustomers", "Clear placement of %n customer(s)", nullptr, n);
    }
    return {};
}

int MoveCustomers::id() const
{
    return m_kind == Kind::Nudge ? MoveCustomersId : -1;
}

bool MoveCustomers::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const MoveCustomers *>(other);
    if (next->m_kind != Kind::Nudge || next->m_after.size() != m_after.size())
        return false;
    for (qsizetype i = 0; i < m_after.size(); ++i) {
        if (m_after.at(i).id != next->m_after.at(i).id)
            return false;
    }
    m_after = next->m_after;
    takeRevisionsAfterRedo(*next);
    return true;
}

} // namespace Kindred
