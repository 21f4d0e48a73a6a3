// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatesdialog.h"

#include "commands/changesettings.h"
#include "commands/mergecustomers.h"
#include "mergecustomersdialog.h"
#include "money.h"
#include "store/customerstore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Kindred {

DuplicatesDialog::DuplicatesDialog(CustomerStore &store, QUndoStack &undoStack, QWidget *parent)
    : QDialog(parent), m_store(store), m_undoStack(undoStack), m_stack(new QStackedWidget(this)),
      m_status(new QLabel(this)), m_count(new QLabel(this)), m_notice(new QLabel(this)), m_list(new QTableWidget(0, 4, this)), m_compare(new QTableWidget(10, 2, this)),
      m_merge(new QPushButton(tr("&Merge…"), this)), m_notDuplicate(new QPushButton(tr("&Not a Duplicate"), this))
{
    setWindowTitle(tr("Find Duplicates"));
    resize(900, 600);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setObjectName(QStringLiteral("DuplicatesStatus"));
    m_list->setObjectName(QStringLiteral("DuplicatePairs"));
    m_list->setHorizontalHeaderLabels({tr("Score"), tr("Customer"), tr("Customer"), tr("Why")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_compare->setObjectName(QStringLiteral("DuplicateFigures"));
    m_compare->setVerticalHeaderLabels({tr("Name"), tr("Reading"), tr("Email"), tr("Phone"), tr("Company"),
                                        tr("Postal code"), tr("Address"), tr("Revenue"), tr("Orders"),
                                        tr("Last order")});
    m_compare->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_compare->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins({});
    auto *splitter = new QSplitter(Qt::Vertical, listPage);
    splitter->addWidget(m_list);
    splitter->addWidget(m_compare);
    m_count->setObjectName(QStringLiteral("DuplicatesCount"));
    listLayout->addWidget(m_count);
    listLayout->addWidget(splitter, 1);
    m_stack->addWidget(m_status);
    m_stack->addWidget(listPage);

    m_merge->setObjectName(QStringLiteral("MergeButton"));
    m_notDuplicate->setObjectName(QStringLiteral("NotDuplicateButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    buttons->addButton(m_notDuplicate, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeSelected);
    connect(m_notDuplicate, &QPushButton::clicked, this, &DuplicatesDialog::markNotDuplicate);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &DuplicatesDialog::showSelected);

    m_notice->setObjectName(QStringLiteral("DuplicatesNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_notice);
    layout->addWidget(buttons);

    // A merge, its undo, a pair marked, another client's change: find again.
    connect(&m_store, &CustomerStore::customersReset, this, &DuplicatesDialog::scheduleFind);
    connect(&m_store, &CustomerStore::customersAdded, this, &DuplicatesDialog::scheduleFind);
    connect(&m_store, &CustomerStore::customersChanged, this, &DuplicatesDialog::scheduleFind);
    connect(&m_store, &CustomerStore::customersRemoved, this, &DuplicatesDialog::scheduleFind);
    connect(&m_store, &CustomerStore::settingsChanged, this, &DuplicatesDialog::scheduleFind);
    find();
}

DuplicatesDialog::~DuplicatesDialog() = default;

void DuplicatesDialog::scheduleFind()
{
    // Several signals of one change find once.
    if (m_findScheduled)
        return;
    m_findScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_findScheduled = false;
        find();
    });
}

void DuplicatesDialog::find()
{
    if (m_finding) {
        m_findAgain = true;
        return;
    }
    auto customers = m_store.customers();
    if (!customers) {
        m_status->setText(customers.error().toString());
        m_stack->setCurrentIndex(0);
        return;
    }
    m_customers.clear();
    QList<DuplicateCandidate> candidates;
    candidates.reserve(customers.value().size());
    for (const Customer &c : std::as_const(customers.value())) {
        m_customers.insert(c.id, c);
        candidates.append(DuplicateFinder::candidate(c));
    }
    DuplicateOptions options;
    options.notDuplicates = m_store.settings().notDuplicates;

    m_finding = true;
    m_merge->setEnabled(false);
    m_notDuplicate->setEnabled(false);
    if (m_pairs.isEmpty()) {
        m_status->setText(tr("Looking for duplicates…"));
        m_stack->setCurrentIndex(0);
    }
    // The finder is pure: it runs on a copy of the candidates.
    QPointer<DuplicatesDialog> self(this);
    QThread *worker = QThread::create([self, candidates = std::move(candidates), options] {
        const QList<DuplicatePair> pairs = DuplicateFinder(options).findPairs(candidates);
        QMetaObject::invokeMethod(
            self,
            [self, pairs] {
                if (self)
                    self->showPairs(pairs);
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void DuplicatesDialog::showPairs(const QList<DuplicatePair> &pairs)
{
    m_finding = false;
    if (m_findAgain) {
        m_findAgain = false;
        find();
        return;
    }
    const qsizetype previousRow = m_list->currentRow();
    m_pairs = pairs.mid(0, shownLimit);
    m_count->setText(pairs.size() > shownLimit
                         ? tr("The %L1 strongest of %L2 likely pairs.").arg(shownLimit).arg(pairs.size())
                         : tr("%Ln likely pair(s).", nullptr, int(pairs.size())));
    m_list->setRowCount(int(m_pairs.size()));
    auto nameOf = [this](CustomerId id) {
        const Customer c = m_customers.value(id);
        return c.externalId.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.externalId);
    };
    for (int row = 0; row < m_pairs.size(); ++row) {
        const DuplicatePair &pair = m_pairs.at(row);
        QStringList reasons;
        for (const MatchReason &reason : pair.reasons)
            reasons.append(reason.text());
        auto *score = new QTableWidgetItem;
        score->setData(Qt::DisplayRole, pair.score);
        m_list->setItem(row, 0, score);
        m_list->setItem(row, 1, new QTableWidgetItem(nameOf(pair.a)));
        m_list->setItem(row, 2, new QTableWidgetItem(nameOf(pair.b)));
        m_list->setItem(row, 3, new QTableWidgetItem(reasons.join(tr(", "))));
    }
    m_list->resizeColumnsToContents();
    if (m_pairs.isEmpty()) {
        m_status->setText(tr("No likely duplicates."));
        m_stack->setCurrentIndex(0);
    } else {
        m_stack->setCurrentIndex(1);
        selectPair(std::clamp<qsizetype>(previousRow, 0, m_pairs.size() - 1));
    }
    showSelected();
    emit pairsShown();
}

void DuplicatesDialog::selectPair(qsizetype row)
{
    m_list->selectRow(int(row));
}

const DuplicatePair *DuplicatesDialog::selected() const
{
    const QList<QTableWidgetItem *> items = m_list->selectedItems();
    if (items.isEmpty() || items.constFirst()->row() >= m_pairs.size())
        return nullptr;
    return &m_pairs.at(items.constFirst()->row());
}

void DuplicatesDialog::showSelected()
{
    const DuplicatePair *pair = selected();
    m_merge->setEnabled(pair && !m_finding);
    m_notDuplicate->setEnabled(pair && !m_finding);
    m_compare->clearContents();
    if (!pair)
        return;
    const Money money(m_store.settings().currency);
    const QLocale locale;
    int column = 0;
    for (CustomerId id : {pair->a, pair->b}) {
        const Customer c = m_customers.value(id);
        const QStringList values{c.name,
                                 c.reading,
                                 c.email,
                                 c.phone,
                                 c.company,
                                 c.postalCode,
                                 c.address,
                                 money.format(c.revenue),
                                 locale.toString(c.orderCount),
                                 locale.toString(c.lastOrder, QLocale::ShortFormat)};
        for (int row = 0; row < values.size(); ++row)
            m_compare->setItem(row, column, new QTableWidgetItem(values.at(row)));
        ++column;
    }
    // Who is who: their own customer ID where they have one, as the list shows them.
    auto header = [this](CustomerId id) {
        const QString external = m_customers.value(id).externalId;
        return external.isEmpty() ? tr("Kindred ID %1").arg(id) : external;
    };
    m_compare->setHorizontalHeaderLabels({header(pair->a), header(pair->b)});
}

void DuplicatesDialog::mergeSelected()
{
    const DuplicatePair *pair = selected();
    if (!pair)
        return;
    MergeCustomersDialog dialog(m_customers.value(pair->a), m_customers.value(pair->b), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new MergeCustomers(m_store, dialog.merged(), dialog.other());
    m_undoStack.push(command);
    // The stack keeps the step, or has deleted it when the store refused.
    if (m_undoStack.command(m_undoStack.index() - 1) != command) {
        m_notice->setText(tr("The customers could not be merged; nothing was changed."));
    } else {
        const qsizetype both = command->lastMerge().ordersHeldByBoth.size();
        m_notice->setText(both == 0 ? QString()
                                    : tr("%n order(s) both customers held (the same order id, or the same date and "
                                         "amount) counted once.",
                                         nullptr, int(both)));
    }
    m_notice->setVisible(!m_notice->text().isEmpty());
}

void DuplicatesDialog::markNotDuplicate()
{
    const DuplicatePair *pair = selected();
    if (!pair)
        return;
    WorkspaceSettings settings = m_store.settings();
    settings.notDuplicates.insert(DuplicateOptions::pairKey(pair->a, pair->b));
    m_undoStack.push(new ChangeSettings(m_store, settings, tr("Mark \"%1\" and \"%2\" as Not a Duplicate")
                                                               .arg(m_customers.value(pair->a).name,
                                                                    m_customers.value(pair->b).name)));
}

} // namespace Kindred
