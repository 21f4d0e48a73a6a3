// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QCommandLinkButton;

namespace Kindred {

/// What a store with no customers shows instead of empty charts: one line on
/// what Kindred is for and the three ways to begin. Each button triggers the
/// window's own action, so the page does what the menus do.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    WelcomePage(QAction *importAction, QAction *addCustomerAction, QAction *demoAction, QWidget *parent = nullptr);

    QCommandLinkButton &importButton() { return *m_import; }
    QCommandLinkButton &addCustomerButton() { return *m_addCustomer; }
    QCommandLinkButton &demoButton() { return *m_demo; }

private:
    QCommandLinkButton *m_import;
    QCommandLinkButton *m_addCustomer;
    QCommandLinkButton *m_demo;
};

} // namespace Kindred
