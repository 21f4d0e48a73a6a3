// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Kindred {

WelcomePage::WelcomePage(QAction *importAction, QAction *addCustomerAction, QAction *demoAction, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("WelcomePage"));
    auto *title = new QLabel(tr("This store has no customers yet"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *purpose = new QLabel(tr("Kindred helps you find the few customers who share your values, and serve them "
                                  "one-to-one. Start with the customers you already have."),
                               this);
    purpose->setWordWrap(true);

    auto linkButton = [this](const QString &text, const QString &description, QAction *action) {
        auto *button = new QCommandLinkButton(text, description, this);
        button->setAccessibleDescription(description);
        connect(button, &QCommandLinkButton::clicked, action, &QAction::trigger);
        return button;
    };
    m_import = linkButton(tr("Import a customer list or order export (CSV or Excel)…"),
                          tr("From a web shop, a point-of-sale system or a spreadsheet. You can also drop the file "
                             "on this window."),
                          importAction);
    m_addCustomer = linkButton(tr("Add a customer"), tr("Type in a first customer by hand."), addCustomerAction);
    m_demo = linkButton(tr("Open the demo store"),
                        tr("500 generated customers with their orders, to see how Kindred works first."), demoAction);
    // The first step is the keyboard's first stop.
    setFocusProxy(m_import);

    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(title);
    column->addWidget(purpose);
    column->addSpacing(12);
    column->addWidget(m_import);
    column->addWidget(m_addCustomer);
    column->addWidget(m_demo);
    // A readable column in the middle; the link buttons wrap their descriptions to its width.
    auto *centred = new QWidget(this);
    centred->setLayout(column);
    centred->setMinimumWidth(360);
    centred->setMaximumWidth(620);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(centred, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

} // namespace Kindred
