// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "unplacedpanel.h"

#include "customertablemodel.h"
#include "unplacedcustomersmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kindred {

namespace {
// With uniform item sizes the list measures its first row for all of them: a
// row of Latin names would cut the Japanese ones below. Measure each row as if
// it also held both scripts.
class MixedScriptRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize own = QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem sample(option);
        initStyleOption(&sample, index);
        sample.text = QStringLiteral("Ág 高橋");
        const QStyle *style = sample.widget ? sample.widget->style() : QApplication::style();
        own.setHeight(std::max(own.height(), style->sizeFromContents(QStyle::CT_ItemViewItem, &sample, QSize(),
                                                                     sample.widget).height()));
        return own;
    }
};
} // namespace

UnplacedPanel::UnplacedPanel(CustomerTableModel &model, QWidget *parent)
    : QWidget(parent), m_unplaced(new UnplacedCustomersModel(model, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("unplacedTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *hint = new QLabel(tr("<small>Drag onto the matrix to place.</small>"), this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search unplaced"));
    m_search->setClearButtonEnabled(true);
    m_order = new QComboBox(this);
    m_order->setAccessibleName(tr("Order of the unplaced customers"));
    m_order->addItem(tr("Most valuable first"), int(UnplacedCustomersModel::Order::Revenue));
    m_order->addItem(tr("By name"), int(UnplacedCustomersModel::Order::Name));
    m_list = new QListView(this);
    m_list->setAccessibleName(tr("Unplaced customers"));
    m_list->setModel(m_unplaced);
    m_list->setModelColumn(CustomerTableModel::Name);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setUniformItemSizes(true);
    m_list->setItemDelegate(new MixedScriptRowDelegate(m_list));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);

    // A place that says which quadrant: the middle of the matrix is quadrant II,
    // the core, since a score on the split counts as high.
    m_place = new QToolButton(this);
    m_place->setText(tr("Place in Quadrant"));
    m_place->setToolTip(tr("Place the chosen customers in the middle of a quadrant, to move them on from there."));
    m_place->setPopupMode(QToolButton::InstantPopup);
    m_place->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_placeMenu = new QMenu(m_place);
    for (Quadrant quadrant : {Quadrant::I, Quadrant::II, Quadrant::III, Quadrant::IV}) {
        m_placeMenu->addAction(QStringLiteral("%1 — %2").arg(quadrantNumeral(quadrant), quadrantMeaning(quadrant)), this,
                               [this, quadrant] { emit placeInQuadrantRequested(chosenIds(), quadrant); });
    }
    m_place->setMenu(m_placeMenu);
    m_place->setEnabled(false);
    auto *clearButton = new QPushButton(tr("Clear placement"), this);
    clearButton->setToolTip(tr("Send the customers selected on the matrix back to this list."));

    layout->addWidget(m_title);
    layout->addWidget(hint);
    layout->addWidget(m_search);
    layout->addWidget(m_order);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_place);
    layout->addWidget(clearButton);

    connect(m_search, &QLineEdit::textChanged, m_unplaced, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_order, &QComboBox::currentIndexChanged, this, [this] {
        m_unplaced->setOrder(UnplacedCustomersModel::Order(m_order->currentData().toInt()));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_place->setEnabled(m_list->selectionModel()->hasSelection()); });
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        if (m_list->selectionModel()->hasSelection())
            m_placeMenu->exec(m_list->viewport()->mapToGlobal(position));
    });
    connect(clearButton, &QPushButton::clicked, this, &UnplacedPanel::clearPlacementRequested);
    // Counted once after a burst of changes: placing 1,000 customers removes many ranges of rows.
    m_titleTimer = new QTimer(this);
    m_titleTimer->setSingleShot(true);
    m_titleTimer->setInterval(0);
    connect(m_titleTimer, &QTimer::timeout, this, &UnplacedPanel::updateTitle);
    auto countLater = [this] { m_titleTimer->start(); };
    connect(m_unplaced, &QAbstractItemModel::modelReset, this, countLater);
    connect(m_unplaced, &QAbstractItemModel::layoutChanged, this, countLater);
    connect(m_unplaced, &QAbstractItemModel::rowsInserted, this, countLater);
    connect(m_unplaced, &QAbstractItemModel::rowsRemoved, this, countLater);
    updateTitle();
}

QString UnplacedPanel::title() const
{
    return m_title->text();
}

QList<CustomerId> UnplacedPanel::chosenIds() const
{
    QList<CustomerId> ids;
    for (const QModelIndex &index : m_list->selectionModel()->selectedIndexes())
        ids.append(index.data(CustomerTableModel::CustomerIdRole).toLongLong());
    return ids;
}

void UnplacedPanel::updateTitle()
{
    m_titleTimer->stop();
    const int all = m_unplaced->unplacedCount();
    const int listed = m_unplaced->rowCount();
    m_title->setText(listed == all ? tr("Unplaced (%1)").arg(QLocale().toString(all))
                                   : tr("Unplaced (%1 of %2)").arg(QLocale().toString(listed), QLocale().toString(all)));
}

} // namespace Kindred
