// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergecustomersdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Kindred {

namespace {

QString describe(const Customer &c)
{
    const QString orders = MergeCustomersDialog::tr("%n order(s)", nullptr, c.orderCount);
    return c.externalId.isEmpty() ? MergeCustomersDialog::tr("%1 (%2)").arg(c.name, orders)
                                  : MergeCustomersDialog::tr("%1, %2 (%3)").arg(c.name, c.externalId, orders);
}

} // namespace

MergeCustomersDialog::MergeCustomersDialog(const Customer &a, const Customer &b, QWidget *parent)
    : QDialog(parent), m_a(a), m_b(b),
      // Keep the one with more orders: fewer rows change their customer.
      m_merge(b.orderCount > a.orderCount ? CustomerMerge(b, a) : CustomerMerge(a, b)),
      m_keep(new QButtonGroup(this)), m_grid(new QGridLayout)
{
    setWindowTitle(tr("Merge Customers"));
    auto *layout = new QVBoxLayout(this);
    auto *keepBox = new QGroupBox(tr("Customer to keep"), this);
    auto *keepLayout = new QVBoxLayout(keepBox);
    for (const Customer *c : {&m_a, &m_b}) {
        auto *button = new QRadioButton(describe(*c), keepBox);
        button->setObjectName(QStringLiteral("Keep%1").arg(c->id));
        m_keep->addButton(button);
        keepLayout->addWidget(button);
        if (c->id == m_merge.kept().id)
            button->setChecked(true);
        connect(button, &QRadioButton::toggled, this, [this, id = c->id](bool on) {
            if (on)
                setKept(id);
        });
    }
    layout->addWidget(keepBox);

    auto *note = new QLabel(tr("The other customer's orders, score history, tags and notes go to the one kept; "
                               "for each field below, choose the value that stays."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *fieldsWidget = new QWidget(this);
    fieldsWidget->setLayout(m_grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(fieldsWidget);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Merge"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    rebuildFields();
}

void MergeCustomersDialog::setKept(CustomerId id)
{
    if (id == m_merge.kept().id || (id != m_a.id && id != m_b.id))
        return;
    m_merge = id == m_a.id ? CustomerMerge(m_a, m_b) : CustomerMerge(m_b, m_a);
    for (QAbstractButton *button : m_keep->buttons())
        button->setChecked(button->objectName() == QStringLiteral("Keep%1").arg(id));
    rebuildFields();
}

void MergeCustomersDialog::setOtherWins(const MergeField &field, bool otherWins)
{
    const qsizetype row = m_fields.indexOf(field);
    if (row >= 0)
        m_choices.at(row)->button(otherWins ? 1 : 0)->setChecked(true);
}

Customer MergeCustomersDialog::merged() const
{
    QList<MergeField> fromOther;
    for (qsizetype row = 0; row < m_fields.size(); ++row) {
        if (m_choices.at(row)->checkedId() == 1)
            fromOther.append(m_fields.at(row));
    }
    return m_merge.merged(fromOther);
}

void MergeCustomersDialog::rebuildFields()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    qDeleteAll(m_choices);
    m_choices.clear();
    m_fields = m_merge.differingFields();
    m_grid->addWidget(new QLabel(tr("<b>Kept</b>")), 0, 1);
    m_grid->addWidget(new QLabel(tr("<b>Absorbed</b>")), 0, 2);
    if (m_fields.isEmpty())
        m_grid->addWidget(new QLabel(tr("Both hold the same values.")), 1, 0, 1, 3);
    for (qsizetype row = 0; row < m_fields.size(); ++row) {
        const MergeField &field = m_fields.at(row);
        auto *group = new QButtonGroup(this);
        m_grid->addWidget(new QLabel(field.label()), int(row) + 1, 0);
        const bool otherWins = m_merge.otherWinsByDefault(field, CustomerMerge::Tie::MoreRecent);
        int column = 1;
        for (const Customer *c : {&m_merge.kept(), &m_merge.other()}) {
            const QString value = field.value(*c);
            auto *button = new QRadioButton(value.isEmpty() ? tr("(empty)") : value);
            button->setToolTip(value);
            group->addButton(button, column - 1);
            m_grid->addWidget(button, int(row) + 1, column++);
        }
        group->button(otherWins ? 1 : 0)->setChecked(true);
        m_choices.append(group);
    }
    m_grid->setRowStretch(int(m_fields.size()) + 1, 1);
}

} // namespace Kindred
