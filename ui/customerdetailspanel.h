// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "store/storetypes.h"

#include <QHash>

#include <QWidget>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

namespace Kindred {

class CustomerStore;
class CustomerTableModel;
class OwnFieldsEditor;
struct TimelineEvent;

/// Shows one customer and edits their details. Each finished edit is one
/// undoable step, saved at once. The stage and the order figures are the
/// table's: as the customer stood on the workspace's "as of" day. Below them
/// the contact log and the moves on the value matrix share one time line,
/// newest first; contacts are logged, edited and deleted there, undoably.
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
    /// A line of the time line without its date, e.g. "Call (sato): talked
    /// about the new line" or "moved I → II (hand, sato)".
    static QString timelineText(const TimelineEvent &event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void showFigures();
    void showTimeline();
    /// The contact chosen in the time line; id 0 when a move or nothing is.
    Contact chosenContact() const;
    void updateContactButtons();
    void editChosenContact();
    void deleteChosenContact();
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
    QListWidget *m_timeline;
    QPushButton *m_logContact;
    QPushButton *m_editContact;
    QPushButton *m_deleteContact;
    QHash<qint64, Contact> m_contacts; ///< the contacts in the time line, by id
};

} // namespace Kindred
