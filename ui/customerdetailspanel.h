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
class CustomerTableModel;
class OwnFieldsEditor;

/// Shows one customer and edits their details. Each finished edit is one
/// undoable step, saved at once. The stage and the order figures are the
/// table's: as the customer stood on the workspace's "as of" day.
class CustomerDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    CustomerDetailsPanel(CustomerStore &store, const CustomerTableModel &customers, QUndoStack &undoStack,
                         QWidget *parent = nullptr);

    /// Shows a customer, or nothing for 0.
    void showCustomer(CustomerId id);
    CustomerId customerId() const { return m_customer.id; }
    /// The same whoever is shown: the dock follows its panel's size hint, and
    /// a hint that followed the text would move the views beside it.
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void showFigures();
    void commit(const QString &what);
    Customer edited() const;

    CustomerStore &m_store;
    const CustomerTableModel &m_customers;
    QUndoStack &m_undoStack;
    Customer m_customer;
    bool m_loading = false;

    QLabel *m_title;
    QWidget *m_form;
    QLineEdit *m_name;
    QLineEdit *m_reading;
    QLineEdit *m_externalId;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_company;
    QLineEdit *m_postalCode;
    QPlainTextEdit *m_address;
    QLineEdit *m_tags;
    QComboBox *m_stage;
    QPlainTextEdit *m_notes;
    QLineEdit *m_nextAction;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    OwnFieldsEditor *m_ownFields;
    QLabel *m_figures;
    QListWidget *m_history;
};

} // namespace Kindred
