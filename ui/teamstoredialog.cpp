// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamstoredialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Kindred {

TeamStoreDialog::TeamStoreDialog(const StoreLocation &initial, QWidget *parent)
    : QDialog(parent), m_initial(initial)
{
    setWindowTitle(tr("Open Team Store"));
    auto *intro = new QLabel(tr("A team store is a PostgreSQL database that several people work on at once. "
                                "Changes made by others show up here as they are saved."),
                             this);
    intro->setWordWrap(true);

    m_host = new QLineEdit(initial.host, this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("localhost"));
    m_host->setToolTip(tr("The server's name or address, or the folder of its socket (starting with /)."));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(initial.port);
    m_database = new QLineEdit(initial.database, this);
    m_database->setObjectName(QStringLiteral("database"));
    m_user = new QLineEdit(initial.user, this);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("your login name"));
    m_askPassword = new QCheckBox(tr("Ask for a &password"), this);
    m_askPassword->setObjectName(QStringLiteral("askPassword"));
    m_askPassword->setToolTip(tr("The password is used for this connection only and never saved. Without it, "
                                 "Kindred asks when the server wants one."));
    m_url = new QLabel(this);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(QString(), m_askPassword);
    form->addRow(tr("Address:"), m_url);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &TeamStoreDialog::update);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamStoreDialog::update);
    update();
    (initial.database.isEmpty() && !initial.host.isEmpty() ? m_database : m_host)->setFocus();
    resize(460, sizeHint().height());
}

StoreLocation TeamStoreDialog::location() const
{
    StoreLocation location;
    location.engine = StoreLocation::Engine::Postgres;
    location.host = m_host->text().trimmed();
    location.port = m_port->value();
    location.database = m_database->text().trimmed();
    location.user = m_user->text().trimmed();
    // Connect options (sslmode...) of a location opened before are kept, its secrets not.
    location.options = m_initial.withoutSecrets().options;
    return location;
}

bool TeamStoreDialog::askForPassword() const
{
    return m_askPassword->isChecked();
}

void TeamStoreDialog::update()
{
    const StoreLocation location = this->location();
    const bool complete = !location.database.isEmpty();
    m_url->setText(complete ? location.toString() : tr("Name the database."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

std::optional<QString> TeamStoreDialog::askPassword(const StoreLocation &location, const QString &problem,
                                                    QWidget *parent)
{
    const QString user = location.user.isEmpty() ? tr("your login name") : location.user;
    QString label = tr("Password for %1 on %2:").arg(user, location.displayName());
    if (!problem.isEmpty())
        label = problem.trimmed() + QStringLiteral("\n\n") + label;
    bool ok = false;
    const QString password = QInputDialog::getText(parent, tr("Team Store Password"), label, QLineEdit::Password,
                                                   QString(), &ok);
    return ok ? std::optional<QString>(password) : std::nullopt;
}

} // namespace Kindred
