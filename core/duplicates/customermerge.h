// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"

#include <QList>
#include <QString>

namespace Kindred {

/// One field a person chooses between when two customers are merged: an
/// editable field of the customer, or one of their own fields by name.
struct MergeField
{
    CustomerField field = CustomerField::Name;
    QString ownField; ///< the own field's name when field is OwnFields

    /// The field's name for people ("Email", or the own field's name).
    QString label() const;
    /// The field's name for scripts: "email", "postal_code"..., an own
    /// field's name as it is.
    QString key() const;
    /// The value as the customer holds it, as text; empty when not filled.
    QString value(const Customer &customer) const;
    /// Sets the field of to from from.
    void copy(const Customer &from, Customer &to) const;
    bool operator==(const MergeField &other) const { return field == other.field && ownField == other.ownField; }
};

/// How two customers who are one person become one record: the kept
/// customer with, per field, the value the person chose; their tags
/// together, both notes, pinned when either was. Pure: the store's
/// CustomerStore::mergeCustomers() writes the result.
class CustomerMerge
{
public:
    /// When both customers fill a field: which one wins unless a person
    /// chooses otherwise.
    enum class Tie {
        MoreRecent, ///< the one saved last (the window's preselection)
        Kept,       ///< the kept customer's (kindred-cli merge)
    };

    CustomerMerge(Customer kept, Customer other);

    /// The fields in which the two hold different values, in the order a
    /// form shows them (own fields last, by name). Tags, notes and the pin
    /// are not among them: both are kept.
    QList<MergeField> differingFields() const;
    /// Whether the other customer's value wins by default: the filled value,
    /// else as tie says.
    bool otherWinsByDefault(const MergeField &field, Tie tie) const;
    /// The kept customer with the other's value of the given fields.
    Customer merged(const QList<MergeField> &fromOther) const;
    /// merged() with every default (otherWinsByDefault()).
    Customer mergedByDefault(Tie tie) const;

    const Customer &kept() const { return m_kept; }
    const Customer &other() const { return m_other; }

private:
    Customer m_kept;
    Customer m_other;
};

} // namespace Kindred
