// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QToolBar>

class QLabel;
class QPushButton;
class QUndoStack;

namespace Kindred {

class CustomerStore;
class CustomerTableModel;

/// A bar under the toolbar, shown when a store's last order is long past
/// (see offeredAsOf()): as of today everyone who bought looks Dormant, so it
/// offers to look from the last order date instead, or to keep today. Either
/// answer is kept in the workspace settings (one undo step), so the offer is
/// made once per store. It never blocks the window.
class AsOfNotice : public QToolBar
{
    Q_OBJECT

public:
    AsOfNotice(CustomerStore &store, const CustomerTableModel &customers, QUndoStack &undoStack,
               QWidget *parent = nullptr);

    /// The day offered; invalid when the bar is not shown.
    QDate offered() const { return m_offered; }
    QPushButton &useButton() { return *m_use; }
    QPushButton &keepButton() { return *m_keep; }

private:
    void update();
    void answer(const QDate &day);

    CustomerStore &m_store;
    const CustomerTableModel &m_customers;
    QUndoStack &m_undoStack;
    QLabel *m_text;
    QPushButton *m_use;
    QPushButton *m_keep;
    QDate m_offered;
};

} // namespace Kindred
