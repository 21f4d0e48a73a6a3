// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kindred {

/// What a file holds: one row per customer, or one row per order or order line.
enum class ImportKind { Customers, Orders };

/// A field of Kindred that a column of a file can fill.
enum class ImportField {
    CustomerId, ///< the customer's id in the shop or CRM (external id)
    Name,       ///< the full name, or the family name when GivenName has a column
    GivenName,  ///< joined to Name in the file's column order ("Ann" "Lee", "山田" "太郎")
    Email,
    Company,
    Tags,
    ValueFit,
    ValueAwareness,
    Stage,
    Notes,
    OrderId,
    OrderDate,
    Amount,
    Phone,
    Reading,    ///< the reading of the name (フリガナ)
    PostalCode,
    Address,
};
/// How many import fields there are.
constexpr int kImportFieldCount = int(ImportField::Address) + 1;

/// Stable keys for files, presets and the CLI: "customers", "orders".
QString importKindKey(ImportKind kind);
std::optional<ImportKind> importKindFromKey(const QString &key);
/// Stable keys: "customer_id", "name", "email", ..., "order_date", "amount".
QString importFieldKey(ImportField field);
std::optional<ImportField> importFieldFromKey(const QString &key);
/// Translated name for display.
QString importFieldName(ImportField field);
/// The fields a kind of file can fill, in display order.
QList<ImportField> importFields(ImportKind kind);

/// Which column of a file fills which field. Built automatically from the
/// headers (English, Japanese, German, French, Spanish, Italian and Dutch
/// names, full-width or half-width, any case, with units in brackets such as
/// "金額(税込)", or a field's word at the start or end of a longer header
/// such as "Billing Email Address", or in brackets for a name's reading:
/// "Name (kana)") and changed by the user. A column fills
/// at most one field.
class ColumnMapping
{
public:
    ColumnMapping() = default;
    /// An empty mapping for a file with these headers.
    ColumnMapping(ImportKind kind, const QStringList &headers);

    /// Matches the headers to the kind's fields by their names: a header
    /// that is a field's name beats one that holds a field's word, and
    /// among equals the leftmost column wins. A given name is matched only
    /// beside a family name ("First Name" with "Last Name", 名 with 姓).
    static ColumnMapping automatic(ImportKind kind, const QStringList &headers);
    /// Orders when a header is the name of an order id, order date or amount
    /// column, or holds the words of both an order date and an amount.
    static ImportKind guessKind(const QStringList &headers);
    /// Whether the header is a field's own name ("Email", "注文日"), not
    /// only holding a field's word.
    static bool isFieldName(const QString &header);
    /// The header reduced to what matching compares: NFKC, case-folded, no
    /// spaces or punctuation, no bracketed part.
    static QString normalisedHeader(const QString &header);

    ImportKind kind() const { return m_kind; }
    const QStringList &headers() const { return m_headers; }

    /// Column index (0-based) of the field, or -1.
    int column(ImportField field) const;
    /// Header of the field's column, or an empty string.
    QString header(ImportField field) const;
    /// The field a column fills, if any.
    std::optional<ImportField> field(int column) const;
    /// Sets the field's column (-1 to clear); another field on that column loses it.
    void setColumn(ImportField field, int column);
    /// Sets the field (by key) to the column with this header (exact, else
    /// normalised); an error names what was not found.
    [[nodiscard]] Status setColumn(const QString &fieldKey, const QString &header);

    /// Error when the mapping cannot identify customers (customer id, email
    /// or name needed) or, for orders, lacks the date or the amount.
    [[nodiscard]] Status validate() const;

    /// field key -> header, for presets.
    QHash<QString, QString> toHeaderMap() const;

private:
    ImportKind m_kind = ImportKind::Orders;
    QStringList m_headers;
    QHash<ImportField, int> m_columns;
};

} // namespace Kindred
