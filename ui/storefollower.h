// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"

#include <QObject>

#include <functional>

class QWidget;

namespace Kindred {

class CustomerStore;
class CustomerTableModel;

/// Keeps a view in step with the store without wasting work on hidden views:
/// after a change of settings, or of the customers as the customer table
/// follows them, the view's reload function runs once (changes in a burst
/// are merged), on the next turn of the event loop when the view is
/// visible, otherwise the next time it is shown. An edit of customers that
/// leaves their orders and the fields the view reads (`readFields`) alone
/// does not reload it: a note changes nothing a chart shows.
class StoreFollower : public QObject
{
    Q_OBJECT

public:
    StoreFollower(CustomerStore &store, const CustomerTableModel &customers, QWidget *view,
                  std::function<void()> reload, CustomerFields readFields);

    /// Asks for a reload as if the store had changed.
    void invalidate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadIfDue();

    QWidget *m_view;
    std::function<void()> m_reload;
    bool m_dirty = true;
    bool m_queued = false;
};

} // namespace Kindred
