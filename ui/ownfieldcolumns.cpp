// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownfieldcolumns.h"

#include "customertablemodel.h"
#include "store/customerstore.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QUrl>

namespace Kindred {

OwnFieldColumns::OwnFieldColumns(QTableView *table, CustomerTableModel *model, const CustomerStore &store)
    : QObject(table), m_table(table), m_model(model), m_store(store)
{
    QHeaderView *header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu *menu = createMenu(header);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header->mapToGlobal(pos));
    });
    // The view's model, to which its header connected first: the header
    // has its new sections when these run.
    connect(table->model(), &QAbstractItemModel::modelReset, this, &OwnFieldColumns::apply);
    connect(table->model(), &QAbstractItemModel::columnsInserted, this, &OwnFieldColumns::apply);
    apply();
}

QString OwnFieldColumns::settingsKey() const
{
    // Percent-encoded so that the slashes of a path make no groups.
    return QStringLiteral("table/ownFieldColumns/")
           + QString::fromLatin1(QUrl::toPercentEncoding(m_store.isOpen() ? m_store.locationText() : QString()));
}

QStringList OwnFieldColumns::shown() const
{
    return QSettings().value(settingsKey()).toStringList();
}

void OwnFieldColumns::setShown(const QString &field, bool show)
{
    QStringList fields = shown();
    fields.removeAll(field);
    if (show)
        fields.append(field);
    QSettings().setValue(settingsKey(), fields);
    apply();
}

void OwnFieldColumns::apply()
{
    const QStringList fields = shown();
    for (int column = CustomerTableModel::ColumnCount; column < m_model->columnCount(); ++column)
        m_table->setColumnHidden(column, !fields.contains(m_model->ownFieldAt(column)->name));
}

QMenu *OwnFieldColumns::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const QStringList fields = shown();
    for (int column = CustomerTableModel::ColumnCount; column < m_model->columnCount(); ++column) {
        const QString name = m_model->ownFieldAt(column)->name;
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(fields.contains(name));
        connect(action, &QAction::toggled, this,
                [this, name](bool checked) { setShown(name, checked); });
    }
    if (menu->isEmpty())
        menu->addAction(tr("No own fields: keep a list's other columns when you import it"))->setEnabled(false);
    return menu;
}

} // namespace Kindred
