// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QUndoStack;

namespace Kindred {

class CustomerStore;

/// Shows one customer and edits their details. Each finished edit is one
/// undoable step, saved at once.
class CustomerDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    CustomerDetailsPanel(CustomerStore &store, QUndoStack &undoStack, QWidget *parent = nullptr);

    /// Shows a customer, or nothing for 0.
    void showCustomer(CustomerId id);
    CustomerId customerId() const { return m_customer.id; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void commit(const QString &what);
    Customer edited() const;

    CustomerStore &m_store;
    QUndoStack &m_undoStack;
    Customer m_customer;
    bool m_loading = false;

    QLabel *m_title;
    QWidget *m_form;
    QLineEdit *m_name;
    QLineEdit *m_externalId;
    QLineEdit *m_email;
    QLineEdit *m_company;
    QLineEdit *m_tags;
    QComboBox *m_stage;
    QPlainTextEdit *m_notes;
    QLineEdit *m_nextAction;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    QLabel *m_figures;
    QListWidget *m_history;
};

} // namespace Kindred
