// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QToolButton>

class QCalendarWidget;
class QUndoStack;

namespace Kindred {

class CustomerStore;
class CustomerTableModel;

/// The workspace's "as of" day in the toolbar: "As of today", or highlighted
/// "As of 2017-12-31" when the views look from another day. Its menu holds a
/// calendar, Today and the store's last order date; a choice is one undo step
/// on the workspace settings, so colleagues on a team store see it too.
class AsOfChip : public QToolButton
{
    Q_OBJECT

public:
    AsOfChip(CustomerStore &store, const CustomerTableModel &customers, QUndoStack &undoStack,
             QWidget *parent = nullptr);

    /// Looks from this day (invalid: today), as one undo step.
    void setAsOf(const QDate &day);
    QCalendarWidget &calendar() { return *m_calendar; }

private:
    void updateText();

    CustomerStore &m_store;
    const CustomerTableModel &m_customers;
    QUndoStack &m_undoStack;
    QCalendarWidget *m_calendar;
    QAction *m_lastOrder;
};

} // namespace Kindred
