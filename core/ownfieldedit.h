// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "ownfields.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Kindred {

/// One customer's own-field values as the store keeps them: the JSON text
/// of ownFieldValuesToJson().
struct OwnFieldsText
{
    CustomerId customer = 0;
    QString json;
    bool operator==(const OwnFieldsText &other) const { return customer == other.customer && json == other.json; }
};

/// What a change of own fields replaced, so that an undo puts it back
/// exactly: the definitions before, and the text before of each customer
/// the change rewrote (values kept as written included).
struct OwnFieldsBefore
{
    QList<OwnFieldDefinition> definitions;
    QList<OwnFieldsText> customers;
    /// The excellent-customer rule's text before a rename made its
    /// conditions on the field follow; nullopt when it was left as it was.
    std::optional<QString> excellenceRule;
};

/// One change of an own field made in Preferences: renamed, deleted or
/// given another type. It applies both to the definitions and to every
/// customer's values, so that the store writes the two in one transaction;
/// it needs no store, so that it is tested alone.
class OwnFieldEdit
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::OwnFieldEdit)

public:
    enum class Kind { Rename, Delete, Retype };

    static OwnFieldEdit rename(const QString &name, const QString &newName);
    static OwnFieldEdit remove(const QString &name);
    static OwnFieldEdit retype(const QString &name, OwnFieldType type);

    Kind kind() const { return m_kind; }
    /// The field the edit changes.
    const QString &name() const { return m_name; }
    /// The name after a rename.
    const QString &newName() const { return m_newName; }
    /// The type after a re-type.
    OwnFieldType type() const { return m_type; }

    /// Why the edit cannot be made to these definitions: no field of that
    /// name, or a new name that is not valid or is another field's. Empty
    /// when it can.
    QString problem(const QList<OwnFieldDefinition> &definitions) const;
    /// The definitions after the edit, in their order: a renamed or
    /// re-typed field keeps its place.
    QList<OwnFieldDefinition> applied(const QList<OwnFieldDefinition> &definitions) const;
    /// The customers whose text the edit changes, with their new text;
    /// customers is every customer that may hold the field (others are
    /// passed over). A rename moves the value to the new name, a deletion
    /// drops it. A re-type gives the values that read as the new type its
    /// form and keeps the others as they are: nothing is lost. It reads the
    /// field's values as an import reads a column, its decimal separator and
    /// date order decided from all of them. A rename is refused when a
    /// customer already holds a value under the new name.
    Result<QList<OwnFieldsText>> rewritten(const QList<OwnFieldsText> &customers) const;

private:
    OwnFieldEdit(Kind kind, const QString &name) : m_kind(kind), m_name(name) {}

    Kind m_kind;
    QString m_name;
    QString m_newName;
    OwnFieldType m_type = OwnFieldType::Text;
};

} // namespace Kindred
