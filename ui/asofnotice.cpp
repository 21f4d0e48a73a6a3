// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "asofnotice.h"

#include "commands/changesettings.h"
#include "customeranalysis.h"
#include "customertablemodel.h"
#include "store/customerstore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>

namespace Kindred {

AsOfNotice::AsOfNotice(CustomerStore &store, const CustomerTableModel &customers, QUndoStack &undoStack,
                       QWidget *parent)
    : QToolBar(tr("Old store"), parent), m_store(store), m_customers(customers), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("AsOfNotice"));
    setMovable(false);
    setFloatable(false);
    toggleViewAction()->setVisible(false);
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("AsOfNoticeBar"));
    bar->setStyleSheet(QStringLiteral("#AsOfNoticeBar { background: #fff4ce; border: 1px solid #e5cf7a;"
                                      " border-radius: 4px; } QLabel { color: #4a3b00; }"));
    m_text = new QLabel(bar);
    m_text->setWordWrap(true);
    m_use = new QPushButton(bar);
    m_keep = new QPushButton(tr("Keep Today"), bar);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_use);
    layout->addWidget(m_keep);
    addWidget(bar);

    connect(m_use, &QPushButton::clicked, this, [this] { answer(m_offered); });
    connect(m_keep, &QPushButton::clicked, this, [this] { answer(QDate()); });
    // An edit leaves every order, and so the last order date, as it was.
    connect(&customers, &CustomerTableModel::customersUpdated, this, [this](const QList<CustomerId> &edited) {
        if (edited.isEmpty())
            update();
    });
    update();
}

void AsOfNotice::update()
{
    const QDate today = QDate::currentDate();
    m_offered = m_store.isOpen() ? offeredAsOf(m_customers.lastOrderDate(), m_store.settings(), today) : QDate();
    setVisible(m_offered.isValid());
    if (!m_offered.isValid())
        return;
    const QString day = QLocale().toString(m_offered, QLocale::ShortFormat);
    m_text->setText(tr("The last order in this store is from %1, %n day(s) ago: as of today, everyone who bought "
                       "looks Dormant. Look at the customers as they stood on that day instead?",
                       nullptr, int(m_offered.daysTo(today)))
                        .arg(day));
    m_use->setText(tr("Use %1").arg(day));
}

void AsOfNotice::answer(const QDate &day)
{
    WorkspaceSettings settings = m_store.settings();
    settings.asOf = day;
    settings.asOfChosen = true;
    m_undoStack.push(new ChangeSettings(m_store, settings,
                                        day.isValid() ? tr("Look as of the Last Order Date")
                                                      : tr("Keep Looking as of Today")));
}

} // namespace Kindred
