// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QTableView;
class QWidget;

namespace Kindred {

class CustomerStore;
class CustomerTableModel;

/// The customer table's optional columns, one per own field: hidden until
/// the user shows them from the header's context menu, the choice
/// remembered per store (by its location, never a password) in QSettings,
/// and kept as the definitions change.
class OwnFieldColumns : public QObject
{
    Q_OBJECT

public:
    /// The table shows the model, directly or through a proxy that keeps its
    /// columns, already.
    OwnFieldColumns(QTableView *table, CustomerTableModel *model, const CustomerStore &store);

    /// The own fields whose columns this store shows.
    QStringList shown() const;
    void setShown(const QString &field, bool shown);
    /// Hides and shows the own columns as remembered, e.g. after the
    /// header's state was restored.
    void apply();
    /// The header's context menu: a checkable entry per own field.
    QMenu *createMenu(QWidget *parent);

private:
    QString settingsKey() const;

    QTableView *m_table;
    CustomerTableModel *m_model;
    const CustomerStore &m_store;
};

} // namespace Kindred
