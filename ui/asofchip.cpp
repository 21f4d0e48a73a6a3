// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "asofchip.h"

#include "commands/changesettings.h"
#include "customertablemodel.h"
#include "store/customerstore.h"

#include <QCalendarWidget>
#include <QLocale>
#include <QMenu>
#include <QUndoStack>
#include <QWidgetAction>

namespace Kindred {

AsOfChip::AsOfChip(CustomerStore &store, const CustomerTableModel &customers, QUndoStack &undoStack, QWidget *parent)
    : QToolButton(parent), m_store(store), m_customers(customers), m_undoStack(undoStack),
      m_calendar(new QCalendarWidget(this))
{
    setObjectName(QStringLiteral("AsOfChip"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(this);
    auto *calendarAction = new QWidgetAction(menu);
    calendarAction->setDefaultWidget(m_calendar);
    menu->addAction(calendarAction);
    menu->addSeparator();
    menu->addAction(tr("&Today"), this, [this] { setAsOf(QDate()); });
    m_lastOrder = menu->addAction(QString(), this, [this] { setAsOf(m_customers.lastOrderDate()); });
    setMenu(menu);
    const auto pick = [this, menu](QDate day) {
        menu->close();
        setAsOf(day);
    };
    connect(m_calendar, &QCalendarWidget::clicked, this, pick);
    connect(m_calendar, &QCalendarWidget::activated, this, pick);
    connect(menu, &QMenu::aboutToShow, this, [this] {
        m_calendar->setSelectedDate(m_customers.asOf());
        const QDate last = m_customers.lastOrderDate();
        m_lastOrder->setVisible(last.isValid());
        m_lastOrder->setText(tr("&Last Order Date (%1)").arg(QLocale().toString(last, QLocale::ShortFormat)));
    });
    connect(&store, &CustomerStore::settingsChanged, this, &AsOfChip::updateText);
    updateText();
}

void AsOfChip::setAsOf(const QDate &day)
{
    // Today is "no day": it moves on by itself.
    const QDate chosen = day == QDate::currentDate() ? QDate() : day;
    WorkspaceSettings settings = m_store.settings();
    if (!m_store.isOpen() || (settings.asOf == chosen && settings.asOfChosen))
        return;
    settings.asOf = chosen;
    settings.asOfChosen = true;
    const QString text = chosen.isValid()
                             ? tr("Look as of %1").arg(QLocale().toString(chosen, QLocale::ShortFormat))
                             : tr("Look as of Today");
    m_undoStack.push(new ChangeSettings(m_store, settings, text));
}

void AsOfChip::updateText()
{
    const QDate day = m_store.isOpen() ? m_store.settings().asOf : QDate();
    if (!day.isValid()) {
        setText(tr("As of today"));
        setToolTip(tr("Stages, the funnel and Pareto look from today. Choose another day to see the customers "
                      "as they stood then."));
        setStyleSheet(QString());
        return;
    }
    setText(tr("As of %1").arg(QLocale().toString(day, QLocale::ShortFormat)));
    setToolTip(tr("Stages, the funnel, Pareto and the shortlist look from %1: orders after it do not count.")
                   .arg(QLocale().toString(day, QLocale::LongFormat)));
    setStyleSheet(QStringLiteral("QToolButton { background: #fff4ce; color: #4a3b00; border: 1px solid #e0b400;"
                                 " border-radius: 10px; padding: 2px 10px; font-weight: bold; }"));
}

} // namespace Kindred
