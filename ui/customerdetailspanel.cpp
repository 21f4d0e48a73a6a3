// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerdetailspanel.h"

#include "commands/editcustomers.h"
#include "contactchannels.h"
#include "contactlog.h"
#include "contacttimeline.h"
#include "customertablemodel.h"
#include "store/customerstore.h"
#include "money.h"
#include "ownfieldseditor.h"
#include "quadrant.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Kindred {

namespace {
QString scoreText(const std::optional<double> &value)
{
    return value ? formatScore(*value) : QStringLiteral("–");
}

// Time line items carry their contact's id; moves carry none.
constexpr int ContactIdRole = Qt::UserRole;
} // namespace

CustomerDetailsPanel::CustomerDetailsPanel(CustomerStore &store, const CustomerTableModel &customers,
                                           QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent), m_store(store), m_customers(customers), m_undoStack(undoStack)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(m_form);
    m_reading = new QLineEdit(m_form);
    m_reading->setToolTip(tr("How the name is read, e.g. in katakana: sorting by name follows it."));
    m_externalId = new QLineEdit(m_form);
    m_email = new QLineEdit(m_form);
    m_phone = new QLineEdit(m_form);
    m_company = new QLineEdit(m_form);
    m_postalCode = new QLineEdit(m_form);
    // Japanese addresses are one text; others take a line each for the street and the town.
    m_address = new QPlainTextEdit(m_form);
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(70);
    m_address->installEventFilter(this);
    m_tags = new QLineEdit(m_form);
    m_tags->setPlaceholderText(tr("Separate tags with commas"));
    m_stage = new QComboBox(m_form);
    m_stage->addItem(tr("From orders and the rule"));
    for (Stage stage : allStages)
        m_stage->addItem(stageName(stage), int(stage));
    m_stage->setToolTip(tr("A stage set by hand is kept until you set it back to \"From orders and the rule\"."));
    m_notes = new QPlainTextEdit(m_form);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    m_notes->installEventFilter(this);
    m_nextAction = new QLineEdit(m_form);
    m_hasDue = new QCheckBox(tr("Due"), m_form);
    m_due = new QDateEdit(m_form);
    m_due->setCalendarPopup(true);
    m_due->setAccessibleName(tr("Due date of the next action"));
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    m_figures = new QLabel(m_form);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setWordWrap(true); // long figures never widen the panel
    // The contact log with the moves on the matrix, on one time line.
    m_timeline = new QListWidget(m_form);
    m_timeline->setMaximumHeight(150);
    m_timeline->setAccessibleName(tr("Contacts and moves"));
    m_logContact = new QPushButton(tr("Lo&g Contact…"), m_form);
    m_editContact = new QPushButton(tr("Edit…"), m_form);
    m_deleteContact = new QPushButton(tr("Delete"), m_form);
    m_deleteContact->setToolTip(tr("Delete the chosen contact from the log"));
    auto *contactsRow = new QHBoxLayout;
    auto *contactsLabel = new QLabel(tr("Contacts:"), m_form);
    contactsLabel->setBuddy(m_timeline);
    contactsRow->addWidget(contactsLabel, 1);
    contactsRow->addWidget(m_logContact);
    contactsRow->addWidget(m_editContact);
    contactsRow->addWidget(m_deleteContact);

    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Reading:"), m_reading);
    form->addRow(tr("Customer &ID:"), m_externalId);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("Posta&l code:"), m_postalCode);
    form->addRow(tr("A&ddress:"), m_address);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(tr("Next &action:"), m_nextAction);
    form->addRow(QString(), dueRow);
    m_ownFields = new OwnFieldsEditor(form, form->rowCount(), this);
    form->addRow(m_figures);
    form->addRow(contactsRow);
    form->addRow(m_timeline);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_form);
    layout->addStretch();

    struct Field { QLineEdit *edit; const char *what; };
    for (const Field &field : {Field{m_name, QT_TR_NOOP("Edit name")}, Field{m_reading, QT_TR_NOOP("Edit reading")},
                               Field{m_externalId, QT_TR_NOOP("Edit customer ID")},
                               Field{m_email, QT_TR_NOOP("Edit email")}, Field{m_phone, QT_TR_NOOP("Edit phone")},
                               Field{m_company, QT_TR_NOOP("Edit company")},
                               Field{m_postalCode, QT_TR_NOOP("Edit postal code")},
                               Field{m_tags, QT_TR_NOOP("Edit tags")},
                               Field{m_nextAction, QT_TR_NOOP("Edit next action")}}) {
        const char *what = field.what;
        connect(field.edit, &QLineEdit::editingFinished, this, [this, what] { commit(tr(what)); });
    }
    connect(m_stage, &QComboBox::activated, this, [this] { commit(tr("Set stage")); });
    connect(m_hasDue, &QCheckBox::toggled, this, [this](bool on) {
        m_due->setEnabled(on);
        commit(tr("Edit due date"));
    });
    connect(m_due, &QDateEdit::editingFinished, this, [this] { commit(tr("Edit due date")); });
    connect(m_ownFields, &OwnFieldsEditor::edited, this, [this] { commit(tr("Edit own field")); });
    connect(m_logContact, &QPushButton::clicked, this,
            [this] { ContactLog(m_store, m_undoStack).logContact(m_customer.id, this); });
    connect(m_editContact, &QPushButton::clicked, this, &CustomerDetailsPanel::editChosenContact);
    connect(m_timeline, &QListWidget::itemActivated, this, &CustomerDetailsPanel::editChosenContact);
    connect(m_deleteContact, &QPushButton::clicked, this, &CustomerDetailsPanel::deleteChosenContact);
    auto *deleteKey = new QAction(m_timeline);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &CustomerDetailsPanel::deleteChosenContact);
    m_timeline->addAction(deleteKey);
    connect(m_timeline, &QListWidget::currentRowChanged, this, &CustomerDetailsPanel::updateContactButtons);

    auto follow = [this](const QList<CustomerId> &ids) {
        if (ids.contains(m_customer.id))
            refresh();
    };
    connect(&store, &CustomerStore::customersChanged, this, follow);
    connect(&store, &CustomerStore::customersAdded, this, follow);
    connect(&store, &CustomerStore::contactsChanged, this, [this](const QList<CustomerId> &ids) {
        if (ids.contains(m_customer.id))
            showTimeline();
    });
    connect(&store, &CustomerStore::customersReset, this, &CustomerDetailsPanel::refresh);
    connect(&store, &CustomerStore::settingsChanged, this, &CustomerDetailsPanel::refresh); // currency, quadrant split
    // The stage and the figures follow the table: another "as of" day, a new rule.
    connect(&customers, &CustomerTableModel::customersUpdated, this, &CustomerDetailsPanel::showFigures);
    connect(&store, &CustomerStore::customersRemoved, this, [this](const QList<CustomerId> &ids) {
        if (ids.contains(m_customer.id))
            showCustomer(0);
    });
    showCustomer(0);
}

QSize CustomerDetailsPanel::sizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 42, QWidget::sizeHint().height());
}

void CustomerDetailsPanel::showCustomer(CustomerId id)
{
    m_customer = Customer();
    m_customer.id = id;
    refresh();
}

void CustomerDetailsPanel::refresh()
{
    auto customer = m_customer.id != 0 ? m_store.customer(m_customer.id) : Result<Customer>(Error{});
    m_form->setVisible(customer.ok());
    if (!customer.ok()) {
        m_customer = Customer();
        m_title->setText(tr("Select a customer to see and edit their details."));
        return;
    }
    m_loading = true;
    m_customer = customer.value();
    const Customer &c = m_customer;
    m_title->setText(c.name.isEmpty() ? tr("(no name)") : c.name);
    m_name->setText(c.name);
    m_reading->setText(c.reading);
    m_externalId->setText(c.externalId);
    m_email->setText(c.email);
    m_phone->setText(c.phone);
    m_company->setText(c.company);
    m_postalCode->setText(c.postalCode);
    if (m_address->toPlainText() != c.address)
        m_address->setPlainText(c.address);
    m_tags->setText(joinTags(c.tags));
    m_stage->setCurrentIndex(c.handSetStage ? m_stage->findData(int(*c.handSetStage)) : 0);
    if (m_notes->toPlainText() != c.notes)
        m_notes->setPlainText(c.notes);
    m_nextAction->setText(c.nextAction);
    m_hasDue->setChecked(c.nextActionDue.isValid());
    m_due->setEnabled(c.nextActionDue.isValid());
    m_due->setDate(c.nextActionDue.isValid() ? c.nextActionDue : QDate::currentDate());
    m_ownFields->setFields(m_store.settings().ownFields, c.ownFields);

    showFigures();
    showTimeline();
    m_loading = false;
}

void CustomerDetailsPanel::showTimeline()
{
    const qint64 chosen = chosenContact().id;
    m_timeline->clear();
    m_contacts.clear();
    if (m_customer.id == 0)
        return;
    auto contacts = m_store.contacts(m_customer.id);
    auto history = m_store.scoreHistory(m_customer.id);
    if (!contacts || !history) {
        const Error error = contacts ? history.error() : contacts.error();
        new QListWidgetItem(error.toString(), m_timeline);
        updateContactButtons();
        return;
    }
    const QLocale locale;
    for (const TimelineEvent &event :
         contactTimeline(contacts.value(), history.value(), m_store.settings().quadrantSplit)) {
        const QDateTime at = event.at.toLocalTime();
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(locale.toString(at.date(), QLocale::ShortFormat),
                                                           timelineText(event)),
                                         m_timeline);
        const QString when = locale.toString(at, QLocale::ShortFormat);
        if (event.kind == TimelineEvent::Kind::Contact) {
            item->setData(ContactIdRole, event.contact.id);
            item->setToolTip(event.contact.note.isEmpty() ? when : when + QLatin1Char('\n') + event.contact.note);
            m_contacts.insert(event.contact.id, event.contact);
            if (event.contact.id == chosen)
                m_timeline->setCurrentItem(item);
        } else {
            const ScoreChange &c = event.change;
            item->setToolTip(tr("%1: value fit, value awareness (%2, %3) → (%4, %5)")
                                 .arg(when, scoreText(c.oldFit), scoreText(c.oldAwareness), scoreText(c.newFit),
                                      scoreText(c.newAwareness)));
            // The contacts are what one edits here; the moves are their outcome.
            QFont italic = item->font();
            italic.setItalic(true);
            item->setFont(italic);
        }
    }
    updateContactButtons();
}

QString CustomerDetailsPanel::timelineText(const TimelineEvent &event)
{
    if (event.kind == TimelineEvent::Kind::Contact) {
        const Contact &c = event.contact;
        QString text = ContactChannels::displayText(c.channel);
        if (!c.madeBy.isEmpty())
            text = tr("%1 (%2)").arg(text, c.madeBy);
        const QString note = c.note.section(QLatin1Char('\n'), 0, 0);
        return note.isEmpty() ? text : tr("%1: %2").arg(text, note);
    }
    QString move;
    if (event.from == Quadrant::Unplaced && event.to == Quadrant::Unplaced)
        move = tr("scores changed");
    else if (event.from == Quadrant::Unplaced)
        move = tr("placed in %1").arg(quadrantNumeral(event.to));
    else if (event.to == Quadrant::Unplaced)
        move = tr("placement cleared");
    else if (event.from == event.to)
        move = tr("moved within %1").arg(quadrantNumeral(event.to));
    else
        move = tr("moved %1 → %2").arg(quadrantNumeral(event.from), quadrantNumeral(event.to));
    const ScoreChange &c = event.change;
    QString how = c.source;
    if (!c.changedBy.isEmpty())
        how = how.isEmpty() ? c.changedBy : tr("%1, %2").arg(how, c.changedBy);
    return how.isEmpty() ? move : tr("%1 (%2)").arg(move, how);
}

Contact CustomerDetailsPanel::chosenContact() const
{
    const QListWidgetItem *item = m_timeline->currentItem();
    return item ? m_contacts.value(item->data(ContactIdRole).toLongLong()) : Contact();
}

void CustomerDetailsPanel::updateContactButtons()
{
    const bool contact = chosenContact().id != 0;
    m_editContact->setEnabled(contact);
    m_deleteContact->setEnabled(contact);
}

void CustomerDetailsPanel::editChosenContact()
{
    const Contact contact = chosenContact();
    if (contact.id != 0)
        ContactLog(m_store, m_undoStack).editContact(contact, this);
}

void CustomerDetailsPanel::deleteChosenContact()
{
    const Contact contact = chosenContact();
    if (contact.id != 0)
        ContactLog(m_store, m_undoStack).remove(contact);
}

void CustomerDetailsPanel::showFigures()
{
    if (m_customer.id == 0)
        return;
    const QLocale locale;
    const int row = m_customers.rowOf(m_customer.id);
    // The table's row is the customer as they stood on the "as of" day.
    const Customer &c = row >= 0 ? m_customers.customerAt(row) : m_customer;
    const QString day = locale.toString(m_customers.asOf(), QLocale::ShortFormat);
    const bool asOfSet = m_store.settings().asOf.isValid();
    QString standing;
    if (row < 0)
        standing = asOfSet ? tr("Not a customer yet on %1").arg(day) : QString();
    else
        standing = asOfSet ? tr("As of %1: %2").arg(day, stageName(m_customers.stageAt(row)))
                           : tr("Stage: %1").arg(stageName(m_customers.stageAt(row)));
    const Quadrant quadrant = quadrantOf(c.valueFit, c.valueAwareness, m_store.settings().quadrantSplit);
    m_figures->setText(
        (standing.isEmpty() ? QString() : standing + QLatin1Char('\n'))
        + tr("Revenue %1 from %n order(s)", nullptr, c.orderCount).arg(Money(m_store.settings().currency).format(c.revenue))
        + QLatin1Char('\n')
        + (c.orderCount > 0 ? tr("First order %1, last order %2")
                                  .arg(locale.toString(c.firstOrder, QLocale::ShortFormat),
                                       locale.toString(c.lastOrder, QLocale::ShortFormat))
                                + QLatin1Char('\n')
                            : QString())
        + tr("Value fit %1, value awareness %2").arg(scoreText(c.valueFit), scoreText(c.valueAwareness))
        + QLatin1Char('\n')
        + (quadrant == Quadrant::Unplaced ? tr("Not placed on the matrix yet")
                                          : tr("Quadrant %1: %2").arg(quadrantNumeral(quadrant), quadrantMeaning(quadrant)))
        + (c.updatedBy.isEmpty() ? QString() : QLatin1Char('\n') + tr("Last saved by %1").arg(c.updatedBy)));
}

Customer CustomerDetailsPanel::edited() const
{
    Customer c = m_customer;
    c.name = m_name->text().trimmed();
    c.reading = m_reading->text().trimmed();
    c.externalId = m_externalId->text().trimmed();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.company = m_company->text().trimmed();
    c.postalCode = m_postalCode->text().trimmed();
    c.address = m_address->toPlainText();
    c.tags = parseTags(m_tags->text());
    c.handSetStage = m_stage->currentIndex() > 0 ? std::optional<Stage>(Stage(m_stage->currentData().toInt()))
                                                 : std::nullopt;
    c.notes = m_notes->toPlainText();
    c.nextAction = m_nextAction->text().trimmed();
    c.nextActionDue = m_hasDue->isChecked() ? m_due->date() : QDate();
    c.ownFields = m_ownFields->values();
    return c;
}

void CustomerDetailsPanel::commit(const QString &what)
{
    if (m_loading || m_customer.id == 0)
        return;
    const Customer after = edited();
    if (after.sameEditableFields(m_customer))
        return;
    m_undoStack.push(new EditCustomers(m_store, {m_customer}, {after}, what));
    refresh();
    if (!after.sameEditableFields(m_customer)) {
        QMessageBox::warning(this, tr("Not saved"),
                             tr("The change could not be saved. Another customer may already have this "
                                "customer ID."));
    }
}

bool CustomerDetailsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        commit(tr("Edit notes"));
    if (watched == m_address && event->type() == QEvent::FocusOut)
        commit(tr("Edit address"));
    return QWidget::eventFilter(watched, event);
}

} // namespace Kindred
