// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duenotice.h"

#include "shortlistmodel.h"
#include "store/customerstore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Kindred {

DueNotice::DueNotice(CustomerStore &store, const ShortlistModel &shortlist, QWidget *parent)
    : QToolBar(tr("Next actions due"), parent), m_store(store), m_shortlist(shortlist)
{
    setObjectName(QStringLiteral("DueNotice"));
    setMovable(false);
    setFloatable(false);
    toggleViewAction()->setVisible(false);
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("DueNoticeBar"));
    // The colours of the "as of" notice: one kind of quiet bar.
    bar->setStyleSheet(QStringLiteral("#DueNoticeBar { background: #fff4ce; border: 1px solid #e5cf7a;"
                                      " border-radius: 4px; } QLabel { color: #4a3b00; }"));
    m_text = new QLabel(bar);
    m_text->setWordWrap(true);
    m_show = new QPushButton(tr("Show Shortlist"), bar);
    m_dismiss = new QPushButton(tr("Dismiss"), bar);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show);
    layout->addWidget(m_dismiss);
    addWidget(bar);

    connect(m_show, &QPushButton::clicked, this, [this] {
        emit showShortlistRequested();
        dismiss();
    });
    connect(m_dismiss, &QPushButton::clicked, this, &DueNotice::dismiss);
    // However the list follows the store, in place or anew.
    connect(&shortlist, &QAbstractItemModel::modelReset, this, &DueNotice::update);
    connect(&shortlist, &QAbstractItemModel::layoutChanged, this, &DueNotice::update);
    connect(&shortlist, &QAbstractItemModel::dataChanged, this, &DueNotice::update);
    connect(&shortlist, &QAbstractItemModel::rowsInserted, this, &DueNotice::update);
    connect(&shortlist, &QAbstractItemModel::rowsRemoved, this, &DueNotice::update);
    update();
}

void DueNotice::update()
{
    const int due = m_store.isOpen() ? m_shortlist.dueCount() : 0;
    // Offered once, as the store opens; later it only counts down.
    if (m_store.path() != m_storeSeen) {
        m_storeSeen = m_store.path();
        m_offered = due > 0;
    }
    m_offered = m_offered && due > 0;
    m_count = m_offered ? due : 0;
    setVisible(m_offered);
    if (m_offered)
        m_text->setText(tr("%n next action(s) on the shortlist are due today or overdue.", nullptr, due));
}

void DueNotice::dismiss()
{
    m_offered = false;
    m_count = 0;
    hide();
}

} // namespace Kindred
