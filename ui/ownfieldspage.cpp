// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownfieldspage.h"

#include "commands/changeownfield.h"
#include "commands/changesettings.h"
#include "store/customerstore.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Kindred {

namespace {
enum Column { NameColumn, TypeColumn, CountColumn };
}

OwnFieldsPage::OwnFieldsPage(CustomerStore &store, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent), m_store(store), m_undoStack(undoStack)
{
    setEnabled(store.isOpen());
    auto *empty = new QLabel(tr("This workspace has no own fields yet.\n\n"
                                "Own fields are the columns of your customer lists that Kindred has no field "
                                "for: a membership rank, a birthday, points. To keep them, import a customer "
                                "list with File ▸ Import…: its columns under “Keep as your own fields” become own fields."),
                             this);
    empty->setObjectName(QStringLiteral("ownFieldsEmpty"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("ownFields"));
    m_list->setHeaderLabels({tr("Name"), tr("Type"), tr("Customers")});
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->headerItem()->setToolTip(CountColumn, tr("How many customers have a value of the field."));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("ownFieldType"));
    for (OwnFieldType type : {OwnFieldType::Text, OwnFieldType::Number, OwnFieldType::Date, OwnFieldType::YesNo})
        m_type->addItem(ownFieldTypeName(type), int(type));
    m_type->setToolTip(tr("Values that read as the new type take its form; the others are kept as written."));
    auto button = [this](const char *name, const QString &text) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_rename = button("renameOwnField", tr("&Rename…"));
    m_delete = button("deleteOwnField", tr("De&lete…"));
    m_up = button("moveOwnFieldUp", tr("Move &Up"));
    m_down = button("moveOwnFieldDown", tr("Move Do&wn"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("ownFieldsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_problem->hide();
    auto *note = new QLabel(tr("Each change here is saved at once, as one step that Edit ▸ Undo takes back."), this);
    note->setWordWrap(true);

    auto *typeRow = new QFormLayout;
    typeRow->addRow(tr("T&ype:"), m_type);
    auto *side = new QVBoxLayout;
    side->addLayout(typeRow);
    for (QPushButton *b : {m_rename, m_delete, m_up, m_down})
        side->addWidget(b);
    side->addStretch();
    auto *listAndButtons = new QHBoxLayout;
    listAndButtons->addWidget(m_list, 1);
    listAndButtons->addLayout(side);
    auto *fields = new QWidget(this);
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins({});
    fieldsLayout->addLayout(listAndButtons, 1);
    fieldsLayout->addWidget(note);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(empty);
    m_pages->addWidget(fields);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_problem);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &OwnFieldsPage::showSelected);
    connect(m_type, &QComboBox::currentIndexChanged, this, &OwnFieldsPage::retype);
    connect(m_rename, &QPushButton::clicked, this, &OwnFieldsPage::rename);
    connect(m_delete, &QPushButton::clicked, this, &OwnFieldsPage::remove);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    // Own changes, their undo, and a colleague's on a team store.
    connect(&store, &CustomerStore::settingsChanged, this, &OwnFieldsPage::reload);
    reload();
}

void OwnFieldsPage::reload()
{
    const QString selected = selectedName();
    m_fields = m_store.isOpen() ? m_store.settings().ownFields : QList<OwnFieldDefinition>();
    auto counts = m_fields.isEmpty() ? QHash<QString, qint64>() : m_store.ownFieldCounts();
    if (!counts)
        showProblem(counts.error().message);
    m_counts = counts ? counts.value() : QHash<QString, qint64>();

    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const OwnFieldDefinition &field : std::as_const(m_fields)) {
        auto *item = new QTreeWidgetItem(m_list, {field.name, ownFieldTypeName(field.type),
                                                  QLocale().toString(m_counts.value(field.name))});
        item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_list->resizeColumnToContents(TypeColumn);
    m_list->resizeColumnToContents(CountColumn);
    m_pages->setCurrentIndex(m_fields.isEmpty() ? 0 : 1);
    select(selected);
}

QString OwnFieldsPage::selectedName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(NameColumn) : QString();
}

void OwnFieldsPage::select(const QString &name)
{
    const QList<QTreeWidgetItem *> found = m_list->findItems(name, Qt::MatchExactly, NameColumn);
    m_list->setCurrentItem(found.isEmpty() ? m_list->topLevelItem(0) : found.constFirst());
    showSelected();
}

void OwnFieldsPage::showSelected()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    const bool selected = row >= 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_type, m_rename, m_delete})
        w->setEnabled(selected);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(selected && row < m_fields.size() - 1);
    if (selected) {
        const QSignalBlocker blocker(m_type);
        m_type->setCurrentIndex(m_type->findData(int(m_fields.at(row).type)));
    }
}

void OwnFieldsPage::rename()
{
    const QString name = selectedName();
    bool ok = false;
    const QString newName = QInputDialog::getText(this, tr("Rename Own Field"), tr("New name of “%1”:").arg(name),
                                                  QLineEdit::Normal, name, &ok)
                                .trimmed();
    if (ok && newName != name)
        apply(OwnFieldEdit::rename(name, newName), newName);
}

void OwnFieldsPage::remove()
{
    const QString name = selectedName();
    const qint64 count = m_counts.value(name);
    QMessageBox box(QMessageBox::Warning, tr("Delete Own Field"),
                    count > 0 ? tr("Delete the own field “%1” and its value in %n customer(s)?", nullptr, int(count))
                                    .arg(name)
                              : tr("Delete the own field “%1”? No customer has a value in it.").arg(name),
                    QMessageBox::Cancel, this);
    box.setInformativeText(tr("Edit ▸ Undo brings it back with every value."));
    const QPushButton *confirm = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == confirm)
        apply(OwnFieldEdit::remove(name), QString());
}

void OwnFieldsPage::retype()
{
    const QString name = selectedName();
    apply(OwnFieldEdit::retype(name, OwnFieldType(m_type->currentData().toInt())), name);
}

void OwnFieldsPage::move(int by)
{
    const QString name = selectedName();
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    WorkspaceSettings settings = m_store.settings();
    settings.ownFields.move(row, row + by);
    m_undoStack.push(new ChangeSettings(m_store, settings, tr("Move Own Field “%1”").arg(name)));
    select(name);
}

void OwnFieldsPage::apply(const OwnFieldEdit &edit, const QString &selectAfter)
{
    showProblem({});
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto before = m_store.changeOwnField(edit);
    QApplication::restoreOverrideCursor();
    if (!before) {
        showProblem(before.error().message);
        showSelected(); // the type box back to the field's type
        return;
    }
    m_undoStack.push(new ChangeOwnField(m_store, edit, before.value()));
    select(selectAfter);
}

void OwnFieldsPage::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace Kindred
