// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QTableWidget;

namespace Kindred {

/// Help ▸ Keyboard Shortcuts: every action of a window that has keys, read
/// from the actions themselves when the dialog opens, so that the list
/// cannot fall behind the menus.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString place;   ///< the menu or panel the action belongs to
        QString command; ///< the action's text without its mnemonic
        QString keys;    ///< in the platform's native notation
    };

    explicit ShortcutsDialog(const QWidget &window, QWidget *parent = nullptr);

    /// The actions of a window and its children that have a shortcut, by place.
    static QList<Entry> entries(const QWidget &window);
    /// An action's text as a person reads it: "&File" → "File", "ファイル(&F)" → "ファイル".
    static QString plainText(const QString &text);

    QTableWidget &table() { return *m_table; }

private:
    QTableWidget *m_table;
};

} // namespace Kindred
