// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customercontext.h"
#include "error.h"
#include "exporttable.h"
#include "paretoanalysis.h"
#include "shortlist.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace Kindred {

/// One column a table can be exported with. Its cells are typed (text,
/// number, money, date): the CSV writer writes them for the spreadsheet's
/// locale, the workbook writer as numbers and dates with formats.
template<typename Row>
struct ExportColumn
{
    QString key;   ///< stable: used by the CLI and saved choices ("name", "revenue")
    QString title; ///< translated header, in the marketer's words ("Customer ID")
    std::function<ExportCell(const Row &)> cell;
};

/// The columns with the given keys, in that order; all of them when keys is
/// empty. An unknown or repeated key is an error that names it.
template<typename Row>
Result<QList<ExportColumn<Row>>> pickColumns(const QList<ExportColumn<Row>> &all, const QStringList &keys)
{
    if (keys.isEmpty())
        return all;
    QList<ExportColumn<Row>> picked;
    for (const QString &key : keys) {
        auto it = std::find_if(all.cbegin(), all.cend(), [&key](const ExportColumn<Row> &c) { return c.key == key; });
        if (it == all.cend()) {
            QStringList known;
            for (const ExportColumn<Row> &c : all)
                known.append(c.key);
            return Error{QCoreApplication::translate("Kindred::ExportColumns", "Unknown column \"%1\"; known: %2")
                             .arg(key, known.join(QStringLiteral(", "))),
                         QString()};
        }
        if (keys.count(key) > 1) {
            return Error{QCoreApplication::translate("Kindred::ExportColumns", "Column \"%1\" is chosen twice").arg(key),
                         QString()};
        }
        picked.append(*it);
    }
    return picked;
}

/// The rows as a typed table under the columns' titles, its money in `currency`.
template<typename Row>
ExportTable exportTable(const QList<ExportColumn<Row>> &columns, const QList<Row> &rows,
                        const QString &currency = QString())
{
    ExportTable table;
    table.currency = currency;
    for (const ExportColumn<Row> &c : columns)
        table.header.append(c.title);
    table.rows.reserve(rows.size());
    for (const Row &row : rows) {
        QList<ExportCell> cells;
        cells.reserve(columns.size());
        for (const ExportColumn<Row> &c : columns)
            cells.append(c.cell(row));
        table.rows.append(cells);
    }
    return table;
}

/// Every column of the customer table, by key (stable; the CLI's --columns):
/// id (Kindred's own number), external_id (the customer's own id, "Customer
/// ID"), name, email, company, phone, reading, postal_code, address, tags,
/// stage, quadrant, value_fit,
/// value_awareness, revenue, orders, first_order, last_order, notes,
/// next_action, next_action_due, pinned, updated; then field:NAME for each
/// own field, typed as its field.
QList<ExportColumn<Customer>> customerColumns(const CustomerContext &context,
                                              const QList<OwnFieldDefinition> &ownFields = {});
/// A call sheet: name, external_id, email, company, stage, quadrant, revenue,
/// last_order, notes, next_action, next_action_due.
QStringList defaultCustomerColumnKeys();

/// place, the customer columns, value_score, and the own fields.
/// Shortlist rows carry their own quadrant and stage.
QList<ExportColumn<ShortlistEntry>> shortlistColumns(const QList<OwnFieldDefinition> &ownFields = {});
/// What a shortlist export holds unless the user picks, a call sheet: place,
/// name, external_id, email, phone, company, quadrant, stage, value_score, revenue,
/// last_order, notes, next_action, next_action_due.
QStringList defaultShortlistColumnKeys();

/// One row of the Pareto table: a customer on the revenue curve.
struct ParetoExportRow
{
    int rank = 0; ///< 1-based, by revenue, descending
    CustomerId id = 0;
    QString customer;
    double revenue = 0.0;
    double share = 0.0;           ///< of the curve's revenue, 0-1
    double cumulativeShare = 0.0; ///< 0-1
    AbcClass abcClass = AbcClass::None;
};
/// The curve's customers in its order, named from `names` (by id).
QList<ParetoExportRow> paretoExportRows(const ParetoAnalysis &pareto, const QHash<CustomerId, QString> &names);
/// rank, id, customer, revenue, share_percent, cumulative_share_percent, class.
QList<ExportColumn<ParetoExportRow>> paretoColumns();

} // namespace Kindred
