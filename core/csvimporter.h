// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columnmapping.h"
#include "csvreader.h"
#include "duplicates/duplicatefinder.h"
#include "rowfile.h"
#include "store/storetypes.h"
#include "error.h"
#include "importpreset.h"
#include "ownfields.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>

#include <atomic>
#include <functional>
#include <memory>

namespace Kindred {

/// How to run one import.
struct ImportOptions
{
    /// Kind, encoding, delimiter, date order, decimal separator and column
    /// choices over the automatic matching; what is empty is detected.
    ImportPreset settings;
    /// Take the kind from the headers instead of settings.kind.
    bool guessKind = false;
    /// Stop at the first unusable row instead of skipping and reporting it.
    bool strict = false;
    /// Read '"' as a plain character (CsvReadOptions::literalQuotes): for a
    /// file whose stray quote is never closed.
    bool literalQuotes = false;
    /// For a workbook: the sheet to import; empty: the first that holds a table.
    QString sheet;
    /// The workspace's currency (ISO 4217): amounts written in another make
    /// run() fail with nothing written (currencyDiffers()). Empty: any.
    QString expectedCurrency;
    /// Customer lists: keep every column that no field reads, named by its
    /// header, as the customers' own fields (see ownfields.h).
    bool keepUnmapped = false;
    /// Customer lists: own fields to keep, as (field name, header) pairs.
    QList<std::pair<QString, QString>> ownFieldColumns;
    /// How long the import's connections wait for a kindred-cli command that
    /// holds the store (CustomerStore::setWaitForOtherCommands()).
    std::chrono::milliseconds waitForOtherCommands{0};
    /// Keep what undoing the import needs (ImportSummary::undo).
    bool recordUndo = false;
    /// After a successful import, read every customer back on the import's
    /// own connection and thread (ImportSummary::customersAfter).
    bool readCustomersAfter = false;
    /// Tests only: make the store's write fail after this many rows.
    qint64 failAfterRows = -1;
};

/// A row that could not be used, and why.
struct ImportIssue
{
    qint64 row = 0;  ///< spreadsheet row (the header is row 1)
    int column = 0;  ///< 1-based, 0 for the whole row
    QString header;  ///< the column's header
    QString value;
    QString reason;
};

/// A customer an import created who looks like one already there: the same
/// email, phone or name read as DuplicateFinder::findLookAlikes() reads them.
struct ImportLookAlike
{
    Customer created;  ///< with the id the import gave them
    Customer existing; ///< as the import left them
    QList<MatchReason> reasons; ///< strongest first
};

/// What an import did.
struct ImportSummary
{
    QString file;
    ImportKind kind = ImportKind::Orders;
    RowFileFormat format = RowFileFormat::Csv;
    QString sheet; ///< the workbook's sheet read; empty for CSV
    /// How the file was read, for people: "UTF-8, delimiter ;" or "Excel
    /// workbook, sheet "Orders"".
    QString readAs;
    QByteArray encoding; ///< as users know it (CsvReader::displayName()); empty for a workbook
    /// The file is not Unicode: its encoding was taken as the likeliest.
    bool encodingGuessed = false;
    char delimiter = ','; ///< 0 for a workbook
    DateOrder dateOrder = DateOrder::Unknown;
    DecimalSeparator decimalSeparator = DecimalSeparator::Unknown;
    /// The currency the amounts are written in (ISO 4217, the one most name);
    /// empty when they name none.
    QString currency;
    qint64 rows = 0; ///< data rows read (the header not counted)
    qint64 rowsSkipped = 0;
    qint64 linesNotRead = 0; ///< lines of the file the skipped rows span
    qint64 customersCreated = 0;
    qint64 customersUpdated = 0;
    qint64 ordersAdded = 0;
    qint64 ordersUpdated = 0;
    qint64 ordersUnchanged = 0;
    QList<ImportIssue> issues;
    /// The columns no field reads: their headers in the file's order, then
    /// "column N" for each column without a header in which data was found.
    QStringList columnsNotImported;
    /// Own fields the import kept that the workspace did not define yet, with
    /// the type their values showed: for the caller to add to the settings.
    QList<OwnFieldDefinition> newOwnFields;
    /// New customers who look like existing ones, for the user to review:
    /// they were created by the same rules as ever, only named here.
    QList<ImportLookAlike> lookAlikes;
    bool cancelled = false;
    /// With ImportOptions::recordUndo: the customers as they were before and
    /// those created, for CustomerStore::replaceCustomers().
    std::shared_ptr<const ImportUndo> undo;
    /// With ImportOptions::readCustomersAfter: every customer of the store as
    /// the import left it, for CustomerStore::announceExternalChange(); unset
    /// when they could not be read (the window then reads them itself).
    std::optional<QList<Customer>> customersAfter;

    QJsonObject toJson() const;
    /// Writes the issues as CSV (row, column, value, reason), UTF-8 with a
    /// BOM so that Excel opens Japanese text correctly.
    [[nodiscard]] Status saveIssues(const QString &path) const;
};

/// Where an import is, for a progress bar.
struct ImportProgress
{
    enum class Phase { Scanning, Reading, Writing } phase = Phase::Reading;
    qint64 done = 0;  ///< bytes while scanning and reading, rows while writing
    qint64 total = 0; ///< the file size (a workbook's sheet unpacked), or the rows to write
    qint64 rows = 0;  ///< data rows read so far
};

/// The first rows of a file as the importer will read them, for a preview.
struct CsvPreview
{
    RowFileFormat format = RowFileFormat::Csv;
    QString formatName;  ///< "Excel workbook", "LibreOffice workbook"; empty for CSV
    QStringList sheets;  ///< a workbook's sheets
    QString sheet;       ///< the one shown
    QByteArray encoding; ///< as users know it (CsvReader::displayName()); empty for a workbook
    bool encodingGuessed = false;
    char delimiter = ',';
    QStringList headers;
    QList<QStringList> rows;
    Status error; ///< why the rows end early
    bool stoppedAtQuote = false; ///< error is a quote never closed (CsvReader::stoppedAtQuote())
};

/// Imports a customer list or order lines from a CSV file, or a sheet of an
/// Excel or LibreOffice workbook (RowFile), into a store.
///
/// Customers are matched by external id, else by email (case-insensitive),
/// else created; in a file with neither column, by name (spaces and case
/// aside). New customers who look like existing ones (an email, phone or name
/// written another way) are still created, and named in the summary. Order lines with the same order id for the same customer are one
/// order, amounts summed, dated by the earliest line; further lines of the
/// order on the line before may leave the date and amount empty (a shop's
/// item lines). A line without an order id is one order, known again on
/// re-import by its content. An order already in the store is updated only
/// if its date or amount changed, so importing the same file twice changes
/// nothing the second time.
///
/// The file is read once to decide the date order and decimal separator of
/// its columns (unless given) and once to import; everything is gathered in
/// memory and written in one transaction, so that a cancelled or failed
/// import leaves the store exactly as it was. While run() matches rows, the
/// file is parsed on a thread of its own and the order lines summed on
/// another (CsvReader::readAhead, OrderAggregator). run() opens its own
/// connection to the store and may be called on a worker thread; cancel()
/// may be called from any thread. After a successful run, tell other CustomerStore objects
/// on the same file with announceExternalChange().
class CsvImporter
{
public:
    CsvImporter(const QString &storePath, const QString &csvPath, const ImportOptions &options);
    ~CsvImporter();

    void setProgressCallback(std::function<void(const ImportProgress &)> callback);
    /// Stops a running import; it then writes nothing.
    void cancel();

    /// Runs the import. A cancelled import returns a summary with cancelled set.
    Result<ImportSummary> run();
    /// True after run() failed because dates can be read day-first or
    /// month-first: ask the user and run again with settings.dateOrder set.
    bool dateOrderNeeded() const;
    /// True after run() failed because a quote is never closed: the user
    /// may run again with literalQuotes set.
    bool unclosedQuote() const;
    /// True after run() failed because the amounts are in another currency
    /// than ImportOptions::expectedCurrency: ask, and run again without it.
    bool currencyDiffers() const;

    /// Reads the header and the first rows of a file (options.sheet: of a
    /// workbook's sheet).
    static Result<CsvPreview> preview(const QString &csvPath, const CsvReadOptions &options, int rows);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Kindred
