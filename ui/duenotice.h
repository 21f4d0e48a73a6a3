// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolBar>

class QLabel;
class QPushButton;

namespace Kindred {

class CustomerStore;
class ShortlistModel;

/// A quiet bar under the toolbar, offered when a store is opened whose
/// shortlist holds next actions due today or before (see
/// ShortlistModel::dueCount()): it says how many, and leads to the
/// shortlist. Its count follows the list while it is shown; it goes when
/// none is due any more or when dismissed, until another store is opened.
/// It never blocks the window.
class DueNotice : public QToolBar
{
    Q_OBJECT

public:
    DueNotice(CustomerStore &store, const ShortlistModel &shortlist, QWidget *parent = nullptr);

    /// The number of next actions due that the bar shows; 0 when hidden.
    int count() const { return m_count; }
    QLabel &text() { return *m_text; }
    QPushButton &showButton() { return *m_show; }
    QPushButton &dismissButton() { return *m_dismiss; }

signals:
    void showShortlistRequested();

private:
    void update();
    void dismiss();

    CustomerStore &m_store;
    const ShortlistModel &m_shortlist;
    QLabel *m_text;
    QPushButton *m_show;
    QPushButton *m_dismiss;
    QString m_storeSeen; ///< the store the offer was made (or not) for
    bool m_offered = false;
    int m_count = 0;
};

} // namespace Kindred
