// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace Kindred {

class CustomerStore;

/// Keeps a view in step with the store without wasting work on hidden views:
/// after any change of customers, orders or settings the view's reload
/// function runs once (changes in a burst are merged), at once when the view
/// is visible, otherwise the next time it is shown.
class StoreFollower : public QObject
{
    Q_OBJECT

public:
    StoreFollower(CustomerStore &store, QWidget *view, std::function<void()> reload);

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
