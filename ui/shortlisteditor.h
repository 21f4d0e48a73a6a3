// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace Kindred {

class ShortlistModel;

/// The form below the shortlist for the chosen customer: their name stays in
/// sight while the next action, its due date and the note are edited, however
/// narrow the panel. A field is saved when it loses focus (or on Enter), through
/// the model, so each edit is one undo step, as in the table. "Done…" asks
/// for the next action to be marked done (see ContactLog::markNextActionDone).
class ShortlistEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ShortlistEditor(ShortlistModel &model, QWidget *parent = nullptr);

    /// Edits the customer at this row of the model (-1: nobody), saving
    /// what was typed for the previous one first.
    void setRow(int row);
    CustomerId customerId() const { return m_id; }
    /// Saves the fields that differ from the model.
    void commit();

    QLabel &nameLabel() { return *m_name; }
    QLineEdit &nextActionEdit() { return *m_nextAction; }
    QDateEdit &dueEdit() { return *m_due; }
    QPlainTextEdit &noteEdit() { return *m_note; }
    QPushButton &doneButton() { return *m_done; }

signals:
    /// "Done…": the customer's next action is done; what was typed is saved first.
    void doneRequested(Kindred::CustomerId id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int row() const;
    /// Shows the model's values, except in a field typed in and not saved yet.
    void refresh();
    void write(int column, const QVariant &value);
    QDate due() const;

    ShortlistModel &m_model;
    CustomerId m_id = 0;
    QLabel *m_name;
    QLineEdit *m_nextAction;
    QPushButton *m_done;
    QDateEdit *m_due;
    QToolButton *m_clearDue;
    QPlainTextEdit *m_note;
    bool m_dueModified = false; ///< a date chosen and not saved yet
    bool m_loading = false;
};

} // namespace Kindred
