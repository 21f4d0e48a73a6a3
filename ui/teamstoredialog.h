// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storelocation.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Kindred {

/// Asks where a team store (a PostgreSQL database) is: host or socket
/// folder, port, database and user. It never asks for a password: that is
/// asked when connecting (askPassword), only for that connection.
class TeamStoreDialog : public QDialog
{
    Q_OBJECT

public:
    /// Starts from a location given before (its password and other secrets are not used).
    explicit TeamStoreDialog(const StoreLocation &initial = {}, QWidget *parent = nullptr);

    /// The location the fields describe, without a password.
    StoreLocation location() const;
    /// Whether the user wants to give a password before connecting.
    bool askForPassword() const;

    /// Asks for the password of a team store, saying why when problem is not
    /// empty (the server refused the last one); nullopt when cancelled.
    static std::optional<QString> askPassword(const StoreLocation &location, const QString &problem,
                                              QWidget *parent);

private:
    void update();

    StoreLocation m_initial;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QCheckBox *m_askPassword;
    QLabel *m_url;
    QDialogButtonBox *m_buttons;
};

} // namespace Kindred
