// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortlistpanel.h"

#include "commands/addtoshortlist.h"
#include "commands/excludefromshortlist.h"
#include "commands/reordershortlist.h"
#include "contactlog.h"
#include "store/customerstore.h"
#include "exportcolumns.h"
#include "exportdialog.h"
#include "shortlisteditor.h"
#include "shortlistmodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Kindred {

namespace {
// Source picker entries: the four quadrants, the rule, the given customers.
enum SourceKind { QuadrantSource, RuleSource, CustomersSource };
} // namespace

ShortlistPanel::ShortlistPanel(CustomerStore &store, CustomerTableModel &customers, QUndoStack &undoStack,
                               QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_undoStack(undoStack),
      m_model(new ShortlistModel(store, customers, undoStack, this))
{
    m_source = new QComboBox(this);
    for (Quadrant q : {Quadrant::I, Quadrant::II, Quadrant::III, Quadrant::IV}) {
        m_source->addItem(tr("Quadrant %1: %2").arg(quadrantNumeral(q), quadrantMeaning(q)),
                          QVariantList{QuadrantSource, int(q)});
    }
    m_source->addItem(QString(), QVariantList{RuleSource, 0});
    updateRuleSource();
    m_source->setToolTip(tr("Where the shortlist draws from; pinned customers are always on it."));
    connect(m_source, &QComboBox::currentIndexChanged, this, &ShortlistPanel::applySource);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDropIndicatorShown(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ShortlistModel::Pin, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(ShortlistModel::Name, 160);
    m_view->setColumnWidth(ShortlistModel::Note, 200);
    m_view->setColumnWidth(ShortlistModel::Quadrant, m_view->horizontalHeader()->sectionSizeHint(ShortlistModel::Quadrant));
    // What a marketer plans with comes first; contact details after it.
    QHeaderView *header = m_view->horizontalHeader();
    for (int column : {ShortlistModel::Email, ShortlistModel::Phone, ShortlistModel::Company, ShortlistModel::LastOrder})
        header->moveSection(header->visualIndex(column), ShortlistModel::ColumnCount - 1);

    m_view->setAccessibleName(tr("One-to-one shortlist"));
    m_view->setAccessibleDescription(tr("The customers to serve one-to-one now, in order. Ctrl+Up and Ctrl+Down "
                                        "move the selected customers; Delete excludes them; F2 edits a note."));
    m_source->setAccessibleName(tr("Shortlist source"));
    // Keyboard equivalents of dragging rows, also in the view's context menu.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    const struct { const char *text; QKeySequence key; int step; } moves[] = {
        {QT_TR_NOOP("Move Up"), QKeySequence(Qt::CTRL | Qt::Key_Up), -1},
        {QT_TR_NOOP("Move Down"), QKeySequence(Qt::CTRL | Qt::Key_Down), 1},
    };
    for (const auto &move : moves) {
        auto *action = new QAction(tr(move.text), m_view);
        action->setShortcut(move.key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const int step = move.step;
        connect(action, &QAction::triggered, this, [this, step] { moveSelection(step); });
        m_view->addAction(action);
    }
    auto *excludeAction = new QAction(tr("Exclude"), m_view);
    excludeAction->setShortcut(QKeySequence::Delete);
    excludeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(excludeAction, &QAction::triggered, this, &ShortlistPanel::excludeSelected);
    m_view->addAction(excludeAction);
    // The contact log of the chosen customer (the editor's).
    auto *logAction = new QAction(tr("Log Contact…"), m_view);
    connect(logAction, &QAction::triggered, this, [this] {
        if (m_editor->customerId() != 0)
            ContactLog(m_store, m_undoStack).logContact(m_editor->customerId(), this);
    });
    m_view->addAction(logAction);
    auto *doneAction = new QAction(tr("Next Action Done…"), m_view);
    connect(doneAction, &QAction::triggered, this, [this] { m_editor->doneButton().click(); });
    m_view->addAction(doneAction);

    m_summary = new QLabel(this);
    m_exclude = new QPushButton(tr("E&xclude"), this);
    m_exclude->setToolTip(tr("Take the selected customers off the shortlist; the next in line moves up."));
    m_letBack = new QPushButton(this);
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    connect(m_exclude, &QPushButton::clicked, this, &ShortlistPanel::excludeSelected);
    connect(m_letBack, &QPushButton::clicked, this, &ShortlistPanel::letExcludedBack);
    connect(exportButton, &QPushButton::clicked, this, &ShortlistPanel::exportShortlist);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_exclude);
    buttons->addWidget(m_letBack);
    buttons->addWidget(exportButton);
    // The chosen customer's name, next action, due date and note, whatever the table's scroll.
    m_editor = new ShortlistEditor(*m_model, this);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_editor->setRow(current.isValid() ? current.row() : -1); });
    connect(m_editor, &ShortlistEditor::doneRequested, this,
            [this](CustomerId id) { ContactLog(m_store, m_undoStack).markNextActionDone(id, this); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_editor);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ShortlistPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ShortlistPanel::updateSummary);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ShortlistPanel::updateSummary);
    connect(m_model, &ShortlistModel::loadFailed, this, [this](const Error &error) {
        QMessageBox::warning(this, tr("Cannot read the shortlist"), error.toString());
    });
    connect(&m_store, &CustomerStore::settingsChanged, this, &ShortlistPanel::updateRuleSource);
    updateSummary();
}

void ShortlistPanel::addCustomers(const QList<CustomerId> &ids)
{
    if (!ids.isEmpty())
        m_undoStack.push(new AddToShortlist(m_store, ids));
}

void ShortlistPanel::setCustomerSource(const QString &name, const QList<CustomerId> &ids)
{
    m_customerSourceIds = ids;
    const int index = m_source->findData(QVariantList{CustomersSource, 0});
    const QString label = tr("%1 (%n customer(s))", nullptr, int(ids.size())).arg(name);
    if (index >= 0) {
        m_source->setItemText(index, label);
        if (index == m_source->currentIndex())
            applySource();
    } else {
        m_source->addItem(label, QVariantList{CustomersSource, 0});
    }
}

// The rule source is offered once the workspace has a rule.
void ShortlistPanel::updateRuleSource()
{
    const bool hasRule = !m_store.settings().excellenceRule.isEmpty();
    const int index = m_source->findData(QVariantList{RuleSource, 0});
    m_source->setItemText(index, hasRule ? tr("Excellent customers (the rule)")
                                         : tr("Excellent customers (no rule yet)"));
    qobject_cast<QStandardItemModel *>(m_source->model())->item(index)->setEnabled(hasRule);
    if (!hasRule && index == m_source->currentIndex())
        m_source->setCurrentIndex(0);
}

void ShortlistPanel::reload()
{
    updateRuleSource();
    applySource();
}

void ShortlistPanel::applySource()
{
    const QVariantList data = m_source->currentData().toList();
    switch (data.value(0).toInt()) {
    case RuleSource:
        m_model->setSource(ShortlistSource::excellentCustomers());
        break;
    case CustomersSource:
        m_model->setSource(ShortlistSource::customers(m_source->currentText(), m_customerSourceIds));
        break;
    default:
        m_model->setSource(ShortlistSource::quadrant(data.isEmpty() ? Quadrant::I : Quadrant(data.value(1).toInt())));
        break;
    }
}

QList<CustomerId> ShortlistPanel::selectedIds() const
{
    QList<CustomerId> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(ShortlistModel::CustomerIdRole).value<CustomerId>());
    return ids;
}

void ShortlistPanel::moveSelection(int step)
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() || step == 0)
        return;
    std::sort(rows.begin(), rows.end());
    QList<CustomerId> moved;
    for (int row : std::as_const(rows))
        moved.append(m_model->entries().at(row).customer.id);
    // Before the row above the first, or after the row below the last.
    const int target = std::clamp(step < 0 ? rows.constFirst() + step : rows.constLast() + 1 + step, 0,
                                  m_model->rowCount());
    const QList<CustomerId> order = m_model->orderAfterMove(moved, target);
    QList<CustomerId> current;
    for (const ShortlistEntry &e : m_model->entries())
        current.append(e.customer.id);
    if (order == current)
        return;
    m_undoStack.push(new ReorderShortlist(m_store, order));
    // The list was rebuilt: keep the moved customers selected for the next step.
    QItemSelection selection;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (moved.contains(m_model->entries().at(row).customer.id))
            selection.select(m_model->index(row, 0), m_model->index(row, ShortlistModel::ColumnCount - 1));
    }
    if (!selection.isEmpty())
        m_view->selectionModel()->setCurrentIndex(selection.constFirst().topLeft(), QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void ShortlistPanel::excludeSelected()
{
    const QList<CustomerId> ids = selectedIds();
    if (!ids.isEmpty())
        m_undoStack.push(new ExcludeFromShortlist(m_store, ids, true));
}

void ShortlistPanel::letExcludedBack()
{
    const QList<CustomerId> ids = m_model->excludedIds();
    if (!ids.isEmpty())
        m_undoStack.push(new ExcludeFromShortlist(m_store, ids, false));
}

void ShortlistPanel::updateSummary()
{
    const int count = m_model->rowCount();
    m_summary->setText(tr("%1 of %2 places").arg(count).arg(m_model->capacity()));
    m_summary->setToolTip(count > m_model->capacity() ? tr("More pinned customers than the one-to-one capacity.")
                                                      : QString());
    m_exclude->setEnabled(m_view->selectionModel()->hasSelection());
    const qsizetype excluded = m_model->excludedIds().size();
    m_letBack->setText(tr("Let back (%1)").arg(excluded));
    m_letBack->setToolTip(tr("Let every excluded customer back on the shortlist."));
    m_letBack->setEnabled(excluded > 0);
}

void ShortlistPanel::exportShortlist()
{
    const QList<ShortlistEntry> entries = m_model->entries();
    const QList<ExportColumn<ShortlistEntry>> columns = shortlistColumns(m_store.settings().ownFields);
    ExportDialog dialog(QStringLiteral("shortlist"), ExportDialog::columnsOf(columns), defaultShortlistColumnKeys(),
                        ExportDialog::builderFor(columns, entries, m_store.settings().currency), tr("shortlist.csv"),
                        this);
    dialog.exec();
}

} // namespace Kindred
