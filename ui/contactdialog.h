// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storetypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace Kindred {

struct WorkspaceSettings;

/// Asks for one contact with a customer: when, through which channel, and a
/// note. The channels offered are the workspace's (ContactChannels::all); a
/// channel typed that is not among them is kept as typed. Used to log a
/// contact, to edit one, and to mark a next action done, when it also asks
/// for the next action and its due date.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    /// A new contact when contact.id is 0 (its time then defaults to now), else an edit of it.
    ContactDialog(const Contact &contact, const QString &customerName, const WorkspaceSettings &settings,
                  QWidget *parent = nullptr);

    /// Also asks for the next action and its due date (empty, none at first).
    void askNextAction();

    /// The contact as entered: its time, the stored form of its channel, its note.
    Contact contact() const;
    QString nextAction() const;
    /// Invalid when no due date is set.
    QDate due() const;

    QDateTimeEdit &timeEdit() { return *m_when; }
    QComboBox &channelBox() { return *m_channel; }
    QPlainTextEdit &noteEdit() { return *m_note; }
    QLineEdit &nextActionEdit() { return *m_nextAction; }
    QCheckBox &hasDueBox() { return *m_hasDue; }
    QDateEdit &dueEdit() { return *m_due; }

private:
    void validate();

    Contact m_contact;
    QString m_name;
    QDateTimeEdit *m_when;
    QComboBox *m_channel;
    QPlainTextEdit *m_note;
    QWidget *m_next;
    QLineEdit *m_nextAction;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    QPushButton *m_ok;
};

} // namespace Kindred
