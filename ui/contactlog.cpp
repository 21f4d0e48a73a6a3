// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactlog.h"

#include "commands/addcontact.h"
#include "commands/changesettings.h"
#include "commands/deletecontact.h"
#include "commands/editcontact.h"
#include "commands/editcustomers.h"
#include "contactchannels.h"
#include "contactdialog.h"
#include "store/customerstore.h"

#include <QUndoStack>

namespace Kindred {

ContactLog::ContactLog(CustomerStore &store, QUndoStack &undoStack) : m_store(store), m_undoStack(undoStack)
{
}

QString ContactLog::nameOf(CustomerId id) const
{
    auto customer = m_store.customer(id);
    const QString name = customer ? customer.value().name : QString();
    return name.isEmpty() ? tr("(no name)") : name;
}

bool ContactLog::logContact(CustomerId id, QWidget *parent)
{
    Contact contact;
    contact.customerId = id;
    contact.channel = ContactChannels::builtIn().constFirst();
    ContactDialog dialog(contact, nameOf(id), m_store.settings(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    log(dialog.contact());
    return true;
}

bool ContactLog::editContact(const Contact &contact, QWidget *parent)
{
    ContactDialog dialog(contact, nameOf(contact.customerId), m_store.settings(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    edit(contact, dialog.contact());
    return true;
}

bool ContactLog::markNextActionDone(CustomerId id, QWidget *parent)
{
    auto customer = m_store.customer(id);
    if (!customer)
        return false;
    Contact contact;
    contact.customerId = id;
    contact.channel = ContactChannels::builtIn().constFirst();
    contact.note = customer.value().nextAction;
    ContactDialog dialog(contact, nameOf(id), m_store.settings(), parent);
    dialog.askNextAction();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    done(dialog.contact(), dialog.nextAction(), dialog.due());
    return true;
}

void ContactLog::offerChannel(const QString &channel)
{
    WorkspaceSettings settings = m_store.settings();
    if (ContactChannels::all(settings).contains(channel))
        return;
    settings.contactChannels.append(channel);
    m_undoStack.push(new ChangeSettings(m_store, settings, tr("Add the Channel %1").arg(channel)));
}

void ContactLog::log(const Contact &contact)
{
    const QString text = tr("Log Contact with %1").arg(nameOf(contact.customerId));
    m_undoStack.beginMacro(text);
    offerChannel(contact.channel);
    m_undoStack.push(new AddContact(m_store, contact, text));
    m_undoStack.endMacro();
}

void ContactLog::edit(const Contact &before, const Contact &after)
{
    if (after == before)
        return;
    const QString text = tr("Edit Contact with %1").arg(nameOf(after.customerId));
    m_undoStack.beginMacro(text);
    offerChannel(after.channel);
    m_undoStack.push(new EditContact(m_store, before, after, text));
    m_undoStack.endMacro();
}

void ContactLog::remove(const Contact &contact)
{
    m_undoStack.push(new DeleteContact(m_store, contact.id,
                                       tr("Delete Contact with %1").arg(nameOf(contact.customerId))));
}

void ContactLog::done(const Contact &contact, const QString &nextAction, const QDate &due)
{
    auto customer = m_store.customer(contact.customerId);
    if (!customer)
        return;
    const Customer &before = customer.value();
    Customer after = before;
    after.nextAction = nextAction;
    after.nextActionDue = due;
    const QString text = tr("Mark the Next Action of %1 Done").arg(nameOf(contact.customerId));
    m_undoStack.beginMacro(text);
    offerChannel(contact.channel);
    m_undoStack.push(new AddContact(m_store, contact, text));
    if (!after.sameEditableFields(before))
        m_undoStack.push(new EditCustomers(m_store, {before}, {after}, text));
    m_undoStack.endMacro();
}

} // namespace Kindred
