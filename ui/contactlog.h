// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storetypes.h"

#include <QCoreApplication>

class QUndoStack;
class QWidget;

namespace Kindred {

class CustomerStore;

/// The acts on the contact log, each one undo step on the window's stack,
/// for every place that offers them (details, shortlist, matrix, table). A
/// channel the workspace does not offer yet joins its channels
/// (WorkspaceSettings::contactChannels) in the same step, so that an undo
/// takes both back.
class ContactLog
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::ContactLog)

public:
    ContactLog(CustomerStore &store, QUndoStack &undoStack);

    /// Asks for a contact with the customer (now, by default) and logs it;
    /// false when cancelled.
    bool logContact(CustomerId id, QWidget *parent);
    /// Asks for changes to a logged contact and saves them; false when cancelled.
    bool editContact(const Contact &contact, QWidget *parent);
    /// Marks the customer's next action done: asks for the contact that did
    /// it (its note starts as the action) and for the next action and its
    /// due date; false when cancelled.
    bool markNextActionDone(CustomerId id, QWidget *parent);

    // The steps, as the dialogs push them.
    void log(const Contact &contact);
    void edit(const Contact &before, const Contact &after);
    void remove(const Contact &contact);
    /// Logs the contact and sets the customer's next action and due date, as one step.
    void done(const Contact &contact, const QString &nextAction, const QDate &due);

private:
    QString nameOf(CustomerId id) const;
    /// Within a macro: adds the channel to the workspace's when it is new.
    void offerChannel(const QString &channel);

    CustomerStore &m_store;
    QUndoStack &m_undoStack;
};

} // namespace Kindred
