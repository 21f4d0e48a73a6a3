// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "quadrant.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QTimer;
class QToolButton;

namespace Kindred {

class CustomerTableModel;
class UnplacedCustomersModel;

/// The customers waiting beside the value matrix without scores: how many,
/// searchable, the most valuable first or by name. They are placed by
/// dragging them onto the matrix or with "Place in Quadrant", which puts the
/// chosen ones in the middle of a quadrant.
class UnplacedPanel : public QWidget
{
    Q_OBJECT

public:
    explicit UnplacedPanel(CustomerTableModel &model, QWidget *parent = nullptr);

    /// "Unplaced (123)", or "Unplaced (3 of 123)" while searching.
    QString title() const;
    QListView &list() { return *m_list; }
    UnplacedCustomersModel &unplaced() { return *m_unplaced; }
    QComboBox &order() { return *m_order; }
    QMenu &placeMenu() { return *m_placeMenu; }
    QList<CustomerId> chosenIds() const;

signals:
    void placeInQuadrantRequested(const QList<Kindred::CustomerId> &ids, Kindred::Quadrant quadrant);
    void clearPlacementRequested();

private:
    void updateTitle();

    UnplacedCustomersModel *m_unplaced;
    QLabel *m_title;
    QLineEdit *m_search;
    QComboBox *m_order;
    QListView *m_list;
    QToolButton *m_place;
    QMenu *m_placeMenu;
    QTimer *m_titleTimer;
};

} // namespace Kindred
