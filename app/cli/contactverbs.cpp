// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Verbs of the contact log: log a contact, list the log.
#include "cli.h"

#include "contactchannels.h"
#include "store/customerstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Kindred::Cli {

namespace {

/// Reads --date: a day (its start) or a day and a time, in local time
/// unless an offset is given; nullopt after saying why.
std::optional<QDateTime> contactTime(Context &context, const QString &text)
{
    const QString trimmed = text.trimmed();
    // QDate reads the day of "YYYY-MM-DD HH:MM" and would drop the time.
    const QDateTime time = trimmed.size() == 10
        ? QDate::fromString(trimmed, Qt::ISODate).startOfDay()
        : QDateTime::fromString(QString(trimmed).replace(QLatin1Char(' '), QLatin1Char('T')), Qt::ISODate);
    if (!time.isValid()) {
        context.fail(tr("--date needs a day as YYYY-MM-DD or a time as \"YYYY-MM-DD HH:MM\", not \"%1\"").arg(text));
        return std::nullopt;
    }
    // A contact is logged once it happened; one planned is a next action.
    if (time.date() > QDate::currentDate()) {
        context.fail(tr("%1 is in the future: log a contact once it happened, and plan one as the customer's "
                        "next action").arg(text));
        return std::nullopt;
    }
    return time;
}

// In local time with its offset from UTC, so that a script reads the moment
// exactly and a person the clock time.
QString localTimeText(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QJsonObject contactJson(const Contact &contact, const Customer &customer)
{
    return {
        {QStringLiteral("id"), contact.id},
        {QStringLiteral("customer"), customer.externalId.isEmpty() ? QString::number(customer.id) : customer.externalId},
        {QStringLiteral("name"), customer.name},
        {QStringLiteral("contacted_at"), localTimeText(contact.contactedAt)},
        {QStringLiteral("channel"), contact.channel},
        {QStringLiteral("note"), contact.note},
        {QStringLiteral("made_by"), contact.madeBy},
    };
}

} // namespace

int contactVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Log a contact with a customer: a call, a visit, an email..."));
    context.addCommonOptions(parser);
    const QCommandLineOption channelOption(
        QStringLiteral("channel"),
        tr("How: %1, or a channel of your own.").arg(ContactChannels::builtIn().join(QStringLiteral(", "))),
        QStringLiteral("CHANNEL"));
    const QCommandLineOption noteOption(QStringLiteral("note"), tr("What was said or done."), QStringLiteral("TEXT"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        tr("When: YYYY-MM-DD or \"YYYY-MM-DD HH:MM\" (default: now)."),
                                        QStringLiteral("DATE"));
    parser.addOptions({channelOption, noteOption, dateOption});
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The customer's ID (theirs, or Kindred's number)."));
    int exitCode = 0;
    if (!context.parse(parser, arguments, exitCode))
        return exitCode;
    Contact contact;
    contact.channel = ContactChannels::fromText(parser.value(channelOption));
    if (contact.channel.isEmpty())
        return context.fail(tr("contact needs --channel (%1, or your own)")
                                .arg(ContactChannels::builtIn().join(QStringLiteral(", "))));
    contact.note = parser.value(noteOption);
    contact.contactedAt = QDateTime::currentDateTime();
    if (parser.isSet(dateOption)) {
        const auto time = contactTime(context, parser.value(dateOption));
        if (!time)
            return 1;
        contact.contactedAt = *time;
    }
    CustomerStore store;
    Customer customer;
    if (!findCustomer(context, parser, store, customer))
        return 1;
    contact.customerId = customer.id;
    if (Status error = store.addContact(contact))
        return context.fail(error->toString());
    context.err << tr("Logged: %1 with %2 on %3")
                       .arg(ContactChannels::displayText(contact.channel), customer.name,
                            contact.contactedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                << Qt::endl;
    return 0;
}

int contactsVerb(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the contact log, oldest first: of one customer, or of all."));
    context.addCommonOptions(parser);
    const QCommandLineOption sinceOption(QStringLiteral("since"), tr("Only contacts from this day on."),
                                         QStringLiteral("DATE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({sinceOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("ID"), tr("A customer (their ID, or Kindred's number)."),
                                 QStringLiteral("[ID]"));
    int exitCode = 0;
    if (!context.parse(parser, arguments, exitCode))
        return exitCode;
    QDate since;
    if (!context.readDate(parser, sinceOption, since))
        return 1;
    CustomerStore store;
    Customer one;
    if (parser.positionalArguments().isEmpty() ? !context.openStore(store)
                                               : !findCustomer(context, parser, store, one))
        return 1;
    const auto contacts = store.contacts(one.id, since.isValid() ? since.startOfDay() : QDateTime());
    if (!contacts)
        return context.fail(contacts.error().toString());
    QList<CustomerId> ids;
    for (const Contact &contact : contacts.value())
        ids.append(contact.customerId);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    const auto customers = store.customers(ids);
    if (!customers)
        return context.fail(customers.error().toString());
    QHash<CustomerId, Customer> byId;
    for (const Customer &c : customers.value())
        byId.insert(c.id, c);

    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const Contact &contact : contacts.value())
            list.append(contactJson(contact, byId.value(contact.customerId)));
        return context.printJson(list);
    }
    for (const Contact &contact : contacts.value()) {
        const Customer customer = byId.value(contact.customerId);
        context.out << contact.contactedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
                    << (customer.externalId.isEmpty() ? QString::number(customer.id) : customer.externalId) << '\t'
                    << customer.name << '\t' << ContactChannels::displayText(contact.channel) << '\t'
                    << contact.madeBy << '\t' << QString(contact.note).replace(QLatin1Char('\n'), QLatin1Char(' '))
                    << '\n';
    }
    if (contacts.value().isEmpty())
        context.err << tr("No contacts logged.") << Qt::endl;
    return 0;
}

} // namespace Kindred::Cli
