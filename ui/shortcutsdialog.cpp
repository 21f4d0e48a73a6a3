// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Kindred {

namespace {
// Where an action lives: its menu's title, else the name of the widget it serves.
QString placeOf(const QAction *action)
{
    const QList<QObject *> owners = action->associatedObjects();
    for (const QObject *owner : owners) {
        if (const auto *menu = qobject_cast<const QMenu *>(owner))
            return ShortcutsDialog::plainText(menu->title());
    }
    for (const QObject *owner : owners) {
        if (const auto *widget = qobject_cast<const QWidget *>(owner); widget && !widget->accessibleName().isEmpty())
            return widget->accessibleName();
    }
    return {};
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QWidget &window, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    const QList<Entry> rows = entries(window);
    m_table = new QTableWidget(int(rows.size()), 3, this);
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("Command"), tr("Shortcut")});
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    for (int i = 0; i < rows.size(); ++i) {
        const Entry &entry = rows.at(i);
        const QStringList cells{entry.place, entry.command, entry.keys};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(i, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(std::max(560, m_table->horizontalHeader()->length() + 60), 600);
}

QString ShortcutsDialog::plainText(const QString &text)
{
    static const QRegularExpression mnemonicInParentheses(QStringLiteral("\\(&[^)]\\)"));
    QString plain = text;
    plain.remove(mnemonicInParentheses);
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    plain.remove(QLatin1Char('&'));
    plain.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return plain.trimmed();
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(const QWidget &window)
{
    QList<Entry> result;
    QList<const QAction *> seen;
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.append(action);
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        result.append({placeOf(action), plainText(action->text()), keys.join(tr(", "))});
    }
    // In the menu bar's order, then the panels'.
    QStringList places;
    if (const auto *menuBar = window.findChild<QMenuBar *>()) {
        for (const QAction *menu : menuBar->actions())
            places.append(plainText(menu->text()));
    }
    auto rank = [&places](const Entry &entry) {
        const qsizetype at = places.indexOf(entry.place);
        return at < 0 ? places.size() : at;
    };
    std::stable_sort(result.begin(), result.end(),
                     [&rank](const Entry &a, const Entry &b) { return rank(a) < rank(b); });
    return result;
}

} // namespace Kindred
