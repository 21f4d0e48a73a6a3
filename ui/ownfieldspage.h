// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ownfields.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QUndoStack;

namespace Kindred {

class CustomerStore;
class OwnFieldEdit;

/// The Own Fields page of Preferences: the workspace's own fields with how
/// many customers have a value of each, renamed, deleted, re-typed and
/// ordered. Each change is saved at once as one undo step.
class OwnFieldsPage : public QWidget
{
    Q_OBJECT

public:
    OwnFieldsPage(CustomerStore &store, QUndoStack &undoStack, QWidget *parent = nullptr);

private:
    void reload();
    void showSelected();
    QString selectedName() const;
    void select(const QString &name);
    void rename();
    void remove();
    void retype();
    void move(int by);
    void apply(const OwnFieldEdit &edit, const QString &selectAfter);
    void showProblem(const QString &problem);

    CustomerStore &m_store;
    QUndoStack &m_undoStack;
    QList<OwnFieldDefinition> m_fields;
    QHash<QString, qint64> m_counts;
    QStackedWidget *m_pages;
    QTreeWidget *m_list;
    QComboBox *m_type;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_problem;
};

} // namespace Kindred
