// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stage.h"

#include <QDate>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kindred {

using CustomerId = qint64;

/// A customer's values of the user's own fields (see ownfields.h), by field
/// name. Values are kept in one form whatever the file wrote: a number as
/// 1625.5, a date as 2024-03-05, yes/no as "yes" or "no", text as written.
/// A value that does not read as its field's type is kept as written.
using OwnFieldValues = QMap<QString, QString>;

/// One customer record as kept in the store, with the figures derived from
/// their orders (revenue, order count, first and last order), which the store
/// keeps up to date whenever orders change.
struct Customer
{
    CustomerId id = 0;
    QString externalId;
    QString name;
    QString email;
    QString company;
    QString phone;
    QString reading;    ///< how the name is read (フリガナ), what sorting by name follows
    QString postalCode;
    QString address;    ///< one text, lines separated by \n, as Japanese addresses are written
    QStringList tags;
    QString notes;
    QString nextAction;
    QDate nextActionDue;
    std::optional<double> valueFit;       ///< 0-100, nullopt when not placed
    std::optional<double> valueAwareness; ///< 0-100, nullopt when not placed
    std::optional<Stage> handSetStage;
    bool pinned = false;
    OwnFieldValues ownFields;
    QDateTime created;
    QDateTime updated;
    QString updatedBy;  ///< who saved the customer last (user name)
    qint64 revision = 0; ///< raised by every save, so a stale undo can be told apart

    // Derived from orders; read-only for callers.
    double revenue = 0.0;
    int orderCount = 0;
    QDate firstOrder;
    QDate lastOrder;

    bool isPlaced() const { return valueFit.has_value() && valueAwareness.has_value(); }
    /// The fields a person edits, compared for change detection.
    bool sameEditableFields(const Customer &other) const;
};

/// The fields of a customer that a person edits, as a change names them: a
/// save writes only the fields it changes, so that two people changing
/// different fields of one customer at once keep both changes.
enum class CustomerField {
    ExternalId = 0x1,
    Name = 0x2,
    Email = 0x4,
    Company = 0x8,
    Tags = 0x10,
    Notes = 0x20,
    NextAction = 0x40, ///< the action and its due date
    Scores = 0x80,     ///< value fit and value awareness: a place on the matrix
    Stage = 0x100,     ///< the stage set by hand
    Pinned = 0x200,
    // One flag each, so that two people editing the phone and the address
    // of one customer at once keep both.
    Phone = 0x400,
    Reading = 0x800,
    PostalCode = 0x1000,
    Address = 0x2000,
    OwnFields = 0x4000, ///< every value of the user's own fields
    All = 0x7fff,
};
Q_DECLARE_FLAGS(CustomerFields, CustomerField)

/// The editable fields in which two versions of a customer differ.
CustomerFields differingFields(const Customer &a, const Customer &b);
/// The same over two lists of the same customers in the same order.
CustomerFields differingFields(const QList<Customer> &a, const QList<Customer> &b);

/// One order. Several import lines with the same external order id make one order.
struct Order
{
    qint64 id = 0;
    CustomerId customerId = 0;
    QString externalOrderId;
    QDate date;
    double amount = 0.0;
    /// For an imported line without an order id: what identifies it on re-import.
    QString contentKey = QString();
};

/// Tags as the user types them: separated by commas (also 、 and ，), trimmed,
/// empty ones dropped, duplicates removed in order of appearance.
QStringList parseTags(const QString &text);
QString joinTags(const QStringList &tags);

} // namespace Kindred

// At global scope: inside the namespace they would hide the operators of other flags.
Q_DECLARE_OPERATORS_FOR_FLAGS(Kindred::CustomerFields)
