// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeownfield.h"

#include <QCoreApplication>

namespace Kindred {

namespace {
QString textOf(const OwnFieldEdit &edit)
{
    switch (edit.kind()) {
    case OwnFieldEdit::Kind::Rename:
        return QCoreApplication::translate("Kindred::ChangeOwnField", "Rename Own Field “%1” to “%2”")
            .arg(edit.name(), edit.newName());
    case OwnFieldEdit::Kind::Delete:
        return QCoreApplication::translate("Kindred::ChangeOwnField", "Delete Own Field “%1”").arg(edit.name());
    case OwnFieldEdit::Kind::Retype:
        return QCoreApplication::translate("Kindred::ChangeOwnField", "Change Type of Own Field “%1” to %2")
            .arg(edit.name(), ownFieldTypeName(edit.type()));
    }
    return {};
}
} // namespace

ChangeOwnField::ChangeOwnField(CustomerStore &store, const OwnFieldEdit &edit, OwnFieldsBefore before,
                               QUndoCommand *parent)
    : CustomerCommand(store, textOf(edit), parent), m_edit(edit), m_before(std::move(before))
{
}

QList<CustomerId> ChangeOwnField::customers() const
{
    QList<CustomerId> ids;
    ids.reserve(m_before.customers.size());
    for (const OwnFieldsText &c : m_before.customers)
        ids.append(c.customer);
    return ids;
}

void ChangeOwnField::undoChanges()
{
    if (Status error = m_store.restoreOwnFields(m_before)) {
        qWarning("%s", qPrintable(error->toString()));
        setObsolete(true);
    }
}

void ChangeOwnField::redoChanges()
{
    if (std::exchange(m_done, false))
        return;
    // Made again on what the store holds now: after the undo, that is what
    // the first change was made on.
    auto before = m_store.changeOwnField(m_edit);
    if (!before) {
        qWarning("%s", qPrintable(before.error().toString()));
        setObsolete(true);
        return;
    }
    m_before = before.value();
}

} // namespace Kindred
