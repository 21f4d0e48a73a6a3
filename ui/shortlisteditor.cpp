// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortlisteditor.h"

#include "shortlistmodel.h"

#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>

namespace Kindred {

namespace {
// QDateEdit has no empty value: its minimum stands for "no date".
const QDate noDate(2000, 1, 1);
} // namespace

ShortlistEditor::ShortlistEditor(ShortlistModel &model, QWidget *parent) : QWidget(parent), m_model(model)
{
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("ShortlistEditorName"));
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_nextAction = new QLineEdit(this);
    m_nextAction->setPlaceholderText(tr("e.g. call to ask how the first order went"));
    m_done = new QPushButton(tr("&Done…"), this);
    m_done->setToolTip(tr("Log the contact that did this next action, and plan the next one"));
    m_due = new QDateEdit(this);
    m_due->setCalendarPopup(true);
    m_due->setMinimumDate(noDate);
    m_due->setSpecialValueText(tr("No date"));
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_clearDue = new QToolButton(this);
    m_clearDue->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    m_clearDue->setToolTip(tr("No due date"));
    m_clearDue->setAccessibleName(tr("Clear the due date"));
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What you know about them, what you talked about"));
    // A few lines: the list above keeps the room.
    m_note->setMinimumHeight(m_note->fontMetrics().height() * 3);
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 6);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *nextActionRow = new QHBoxLayout;
    nextActionRow->addWidget(m_nextAction, 1);
    nextActionRow->addWidget(m_done);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_due, 1);
    dueRow->addWidget(m_clearDue);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_name);
    form->addRow(tr("Next &action:"), nextActionRow);
    form->addRow(tr("D&ue:"), dueRow);
    form->addRow(tr("N&ote:"), m_note);
    qobject_cast<QLabel *>(form->labelForField(nextActionRow))->setBuddy(m_nextAction);
    qobject_cast<QLabel *>(form->labelForField(dueRow))->setBuddy(m_due);

    connect(m_nextAction, &QLineEdit::editingFinished, this, &ShortlistEditor::commit);
    connect(m_due, &QDateEdit::editingFinished, this, &ShortlistEditor::commit);
    connect(m_clearDue, &QToolButton::clicked, this, [this] {
        m_due->setDate(noDate);
        commit();
    });
    connect(m_due, &QDateEdit::dateChanged, this, [this] { m_dueModified = !m_loading; });
    connect(m_done, &QPushButton::clicked, this, [this] {
        commit();
        if (m_id != 0)
            emit doneRequested(m_id);
    });
    m_note->installEventFilter(this);
    m_due->installEventFilter(this);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &ShortlistEditor::refresh);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &ShortlistEditor::refresh);
    refresh();
}

bool ShortlistEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && (watched == m_note || watched == m_due))
        commit();
    // Ctrl+Enter saves the note; Enter alone starts a new line.
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ControlModifier) {
            commit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ShortlistEditor::setRow(int row)
{
    commit();
    m_id = row >= 0 && row < m_model.rowCount() ? m_model.entries().at(row).customer.id : 0;
    refresh();
}

int ShortlistEditor::row() const
{
    const QList<ShortlistEntry> &entries = m_model.entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).customer.id == m_id)
            return i;
    }
    return -1;
}

QDate ShortlistEditor::due() const
{
    return m_due->date() == noDate ? QDate() : m_due->date();
}

void ShortlistEditor::refresh()
{
    const int at = row();
    setEnabled(at >= 0);
    const Customer customer = at >= 0 ? m_model.entries().at(at).customer : Customer();
    if (at < 0)
        m_id = 0;
    m_name->setText(at < 0 ? tr("Choose a customer in the list to plan their next action.")
                           : customer.name.isEmpty() ? tr("(no name)") : customer.name);
    // A field typed in and not saved yet keeps what was typed (an undo saved nothing of it).
    m_loading = true;
    if (!m_nextAction->isModified() || at < 0)
        m_nextAction->setText(customer.nextAction);
    if (!m_dueModified || at < 0) {
        m_due->setDate(customer.nextActionDue.isValid() ? customer.nextActionDue : noDate);
        m_dueModified = false;
    }
    if (!m_note->document()->isModified() || at < 0) {
        if (m_note->toPlainText() != customer.notes)
            m_note->setPlainText(customer.notes);
        m_note->document()->setModified(false);
    }
    m_loading = false;
}

void ShortlistEditor::write(int column, const QVariant &value)
{
    const int at = row();
    if (at < 0)
        return;
    const QModelIndex index = m_model.index(at, column);
    if (index.data(Qt::EditRole) != value)
        m_model.setData(index, value);
}

void ShortlistEditor::commit()
{
    if (row() < 0)
        return;
    // Only what was typed; each write rebuilds the list, so read and clear every field's state first.
    const bool nextActionTyped = m_nextAction->isModified();
    const bool dueTyped = m_dueModified;
    const bool noteTyped = m_note->document()->isModified();
    const QString nextAction = m_nextAction->text().trimmed();
    const QString dueDate = due().isValid() ? due().toString(Qt::ISODate) : QString();
    const QString note = m_note->toPlainText();
    m_nextAction->setModified(false);
    m_dueModified = false;
    m_note->document()->setModified(false);
    if (nextActionTyped)
        write(ShortlistModel::NextAction, nextAction);
    if (dueTyped)
        write(ShortlistModel::Due, dueDate);
    if (noteTyped)
        write(ShortlistModel::Note, note);
}

} // namespace Kindred
