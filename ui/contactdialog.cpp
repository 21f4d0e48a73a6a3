// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactdialog.h"

#include "contactchannels.h"
#include "workspacesettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kindred {

ContactDialog::ContactDialog(const Contact &contact, const QString &customerName, const WorkspaceSettings &settings,
                             QWidget *parent)
    : QDialog(parent), m_contact(contact)
{
    m_name = customerName.isEmpty() ? tr("(no name)") : customerName;
    setWindowTitle(contact.id == 0 ? tr("Log Contact with %1").arg(m_name) : tr("Edit Contact with %1").arg(m_name));

    m_when = new QDateTimeEdit(this);
    m_when->setCalendarPopup(true);
    // The locale's short form, to the minute, with the century: a two-digit year reads back as 19xx.
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    m_when->setDisplayFormat(format + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat));
    // Now, to the minute: nobody logs the seconds of a call.
    QDateTime now = QDateTime::currentDateTime();
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    // A contact is logged once it happened (as kindred-cli contact says); what is planned is a next action.
    m_when->setMaximumDateTime(QDateTime(now.date(), QTime(23, 59)));
    m_when->setDateTime(contact.contactedAt.isValid() ? contact.contactedAt.toLocalTime() : now);

    m_channel = new QComboBox(this);
    m_channel->setEditable(true);
    m_channel->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &channel : ContactChannels::all(settings))
        m_channel->addItem(ContactChannels::displayText(channel), channel);
    m_channel->setToolTip(tr("Choose a channel or type a new one: it is offered next time."));
    const int current = m_channel->findData(contact.channel);
    if (current >= 0)
        m_channel->setCurrentIndex(current);
    else if (!contact.channel.isEmpty())
        m_channel->setEditText(ContactChannels::displayText(contact.channel));

    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What you talked about, what they said"));
    m_note->setPlainText(contact.note);
    m_note->moveCursor(QTextCursor::End);

    // What comes next, asked only when a next action is marked done.
    m_next = new QWidget(this);
    m_nextAction = new QLineEdit(m_next);
    m_nextAction->setPlaceholderText(tr("e.g. call to ask how the first order went"));
    m_hasDue = new QCheckBox(tr("D&ue"), m_next);
    m_due = new QDateEdit(QDate::currentDate().addDays(7), m_next);
    m_due->setCalendarPopup(true);
    m_due->setEnabled(false);
    m_due->setAccessibleName(tr("Due date of the next action"));
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    auto *nextForm = new QFormLayout(m_next);
    nextForm->setContentsMargins(0, 0, 0, 0);
    nextForm->addRow(tr("Next &action:"), m_nextAction);
    nextForm->addRow(QString(), dueRow);
    m_next->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_channel, &QComboBox::editTextChanged, this, &ContactDialog::validate);

    auto *form = new QFormLayout;
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("N&ote:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_next);
    layout->addWidget(buttons);
    m_note->setFocus();
    validate();
}

void ContactDialog::askNextAction()
{
    setWindowTitle(tr("Next Action Done: %1").arg(m_name));
    m_next->show();
}

Contact ContactDialog::contact() const
{
    Contact contact = m_contact;
    contact.contactedAt = m_when->dateTime();
    contact.channel = ContactChannels::fromText(m_channel->currentText());
    contact.note = m_note->toPlainText().trimmed();
    return contact;
}

QString ContactDialog::nextAction() const
{
    return m_nextAction->text().trimmed();
}

QDate ContactDialog::due() const
{
    return m_hasDue->isChecked() ? m_due->date() : QDate();
}

void ContactDialog::validate()
{
    m_ok->setEnabled(!m_channel->currentText().trimmed().isEmpty());
}

} // namespace Kindred
