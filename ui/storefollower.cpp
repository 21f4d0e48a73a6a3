// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storefollower.h"

#include "customertablemodel.h"
#include "store/customerstore.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace Kindred {

StoreFollower::StoreFollower(CustomerStore &store, const CustomerTableModel &customers, QWidget *view,
                             std::function<void()> reload, CustomerFields readFields)
    : QObject(view), m_view(view), m_reload(std::move(reload))
{
    connect(&customers, &CustomerTableModel::customersUpdated, this,
            [this, readFields](const QList<CustomerId> &changed, CustomerFields fields) {
                if (changed.isEmpty() || (fields & readFields))
                    invalidate();
            });
    connect(&store, &CustomerStore::settingsChanged, this, &StoreFollower::invalidate);
    view->installEventFilter(this);
}

void StoreFollower::invalidate()
{
    m_dirty = true;
    if (!m_queued && m_view->isVisible()) {
        m_queued = true;
        QTimer::singleShot(0, this, [this] {
            m_queued = false;
            reloadIfDue();
        });
    }
}

bool StoreFollower::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show)
        reloadIfDue();
    return QObject::eventFilter(watched, event);
}

void StoreFollower::reloadIfDue()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    m_reload();
}

} // namespace Kindred
