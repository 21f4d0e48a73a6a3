// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimporter.h"

#include "csvwriter.h"
#include "store/customerstore.h"
#include "hashindex.h"
#include "orderaggregator.h"
#include "quickhash.h"
#include "stage.h"
#include "valuematrix.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QSaveFile>
#include <QScopeGuard>

#include <array>
#include <cmath>

namespace Kindred {

namespace {

// Gives lupdate and the running program the same context for these texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::CsvImporter)
};

// How often (in rows) progress is reported and cancellation checked.
constexpr qint64 kProgressRows = 4096;

// Positions by a text key, without allocating: a lookup reads the slot of
// its hash, then the key where it is kept, after its position and length,
// with the other keys in one buffer. Two reads of memory that is most often
// not in the cache, for a million rows of an import; keeping the positions
// and lengths apart from the keys was a third.
class TextIndex
{
public:
    qsizetype size() const { return m_index.size(); }
    /// Room for this many keys more.
    void reserve(qsizetype keys)
    {
        m_index.reserve(m_index.size() + keys);
        m_text.reserve(m_text.size() + keys * (kHeader + 16));
    }
    void clear()
    {
        m_index.clear();
        m_text.clear();
    }
    /// The position of key, or -1.
    qsizetype find(QStringView key, size_t hash) const
    {
        qsizetype position = -1;
        m_index.find(hash, [&](qsizetype at) {
            const auto *entry = reinterpret_cast<const char16_t *>(m_text.constData()) + at;
            if (number(entry + 2) != key.size() || QStringView(entry + kHeader, key.size()) != key)
                return false;
            position = number(entry);
            return true;
        });
        return position;
    }
    /// Adds a key that is not in the index yet.
    void insert(QStringView key, size_t hash, qsizetype position)
    {
        const qsizetype at = m_text.size();
        const char16_t header[kHeader] = {char16_t(position), char16_t(position >> 16), char16_t(key.size()),
                                          char16_t(key.size() >> 16)};
        m_text.append(reinterpret_cast<const QChar *>(header), kHeader);
        m_text.append(key);
        m_index.insert(hash, at);
    }

private:
    static constexpr qsizetype kHeader = 4; // the position and the length, 32 bits each
    static qsizetype number(const char16_t *at) { return qsizetype(at[0]) | qsizetype(at[1]) << 16; }
    HashIndex m_index; // where each key's entry starts in m_text
    QString m_text;
};

bool hasUpper(QStringView text)
{
    for (QChar c : text) {
        if (c.isUpper())
            return true;
    }
    return false;
}

// Spreadsheets often have rows above the table: a title, an export date, an
// empty line, a row that groups the columns (注文情報, 顧客情報). The header
// is the first of the first rows that holds two fields' names; when none
// does, the first with two filled cells or one that is a field's name; when
// none does, the first row.
constexpr int kMaxTitleRows = 10;

int titleRows(const RowFile &file)
{
    auto opened = file.reader();
    if (!opened)
        return 0;
    RowSource &reader = *opened.value();
    int plausible = -1;
    for (int row = 0; row <= kMaxTitleRows && reader.next(); ++row) {
        int filled = 0;
        int fieldNames = 0;
        for (qsizetype i = 0; i < reader.size(); ++i) {
            const QStringView cell = reader.field(i).trimmed();
            if (!cell.isEmpty()) {
                ++filled;
                fieldNames += ColumnMapping::isFieldName(cell.toString());
            }
        }
        if (fieldNames >= 2)
            return row;
        if (plausible < 0 && (filled >= 2 || fieldNames == 1))
            plausible = row;
    }
    return std::max(plausible, 0);
}

// Sums of amounts keep no floating-point dust (0.1 + 0.2); amounts too
// large for six decimals have none to lose.
double rounded(double amount)
{
    const double millionths = amount * 1e6;
    return std::isfinite(millionths) ? std::round(millionths) / 1e6 : amount;
}

// Text is kept as written; what is matched or parsed is read without the
// spaces around it (" C1 " is C1, " 2024-01-02" a date).
bool keepsSpaces(ImportField field)
{
    switch (field) {
    case ImportField::Name:
    case ImportField::GivenName:
    case ImportField::Company:
    case ImportField::Tags:
    case ImportField::Notes:
    case ImportField::Reading:
    case ImportField::Address:
        return true;
    default:
        return false;
    }
}

} // namespace

struct CsvImporter::Private
{
    QString storePath;
    QString csvPath;
    ImportOptions options;
    std::function<void(const ImportProgress &)> progress;
    std::atomic_bool cancelled{false};
    bool dateOrderNeeded = false;
    bool unclosedQuote = false;
    bool currencyDiffers = false;

    // One run.
    ImportSummary summary;
    ColumnMapping mapping;
    // Columns without a header that no field reads and in which no data has
    // been seen yet: one that holds data is named in the summary.
    QList<int> unnamedColumns;
    // Columns kept as the customers' own fields. A field the workspace does
    // not define yet has no type until the file's values have been seen:
    // its values are then kept as written, and the file is read again with
    // the type found when that is not text.
    struct OwnColumn
    {
        int column = -1;
        QString name;
        std::optional<OwnFieldType> type;
        OwnFieldTypeDetector detector;
    };
    QList<OwnColumn> ownColumns;
    Status assignUnmappedColumns(const QStringList &headers, const QList<OwnFieldDefinition> &definitions);
    void readOwnFields(RowSource &reader, Customer &c);
    bool decideOwnFieldTypes();
    qint64 fileSize = 0;
    QList<Customer> customers; // those in the store, then the new ones
    qsizetype existing = 0;
    // The fields the file changes of each customer in the store: only those
    // are written, so that what others save meanwhile is kept.
    QList<CustomerFields> changed;
    // Customers by external id and by email (lower case): positions in
    // customers. The first customer with an address keeps it.
    const size_t seed = QHashSeed::globalSeed();
    TextIndex byExternalId;
    TextIndex byEmail;
    // A file with neither customer ids nor emails (a shop's own sheet: date,
    // customer, amount) tells its customers apart by their names.
    bool byName = false;
    QHash<QString, qsizetype> byNameKey;
    static QString nameKey(QStringView name) { return name.toString().simplified().toCaseFolded(); }
    QList<ImportOrder> orders;
    OrderAggregator *aggregator = nullptr; // while a file is read
    const RowSource *reading = nullptr;    // the same
    std::optional<RowFile> rows;           // the file, opened once a run
    // Every sum of the file's amounts (an order's, a customer's, the
    // store's) stays finite while the sum of their sizes does: two amounts
    // of 1e308 are each finite, their sum is not.
    double amountSizes = 0;
    bool addsUp(double amount)
    {
        const double sizes = amountSizes + std::abs(amount);
        if (!std::isfinite(sizes))
            return false;
        amountSizes = sizes;
        return true;
    }
    Status tooLarge(qint64 row, QStringView amountText)
    {
        return issue(row, mapping.column(ImportField::Amount), amountText,
                     Text::tr("With this amount the file's amounts add up to more than a number can hold."));
    }
    // Lines of one order follow each other in most exports: the previous
    // line's customer and order are tried before the hash tables.
    struct
    {
        QString externalId;
        QString email;
        QString name;
        qsizetype customer = -1;
        QString orderId;
        bool order = false; // the line made or added to an order with an id
    } previous;

    // While the date order or decimal separator is not known, rows are read
    // as if they did not matter and the columns watched; only when the
    // column's verdict changes how some value reads is the file read again.
    bool detecting = false;
    DateOrderDetector dates;
    DecimalSeparatorDetector numbers;
    CurrencyDetector currencies;
    Status firstStrictError;

    Result<std::unique_ptr<RowSource>> openReader(QStringList *headers);
    // Where reading stopped early, and whether at a quote never closed.
    Status stopped(const RowSource &reader)
    {
        unclosedQuote = reader.stoppedAtQuote();
        return reader.error();
    }
    CsvReadOptions readOptions(const ImportPreset &settings) const
    {
        return {settings.encoding, settings.delimiter, options.literalQuotes, options.sheet};
    }
    Status readFile();
    Status read(RowSource &reader);
    void reset();
    void report(ImportProgress::Phase phase, qint64 done, qint64 total) const
    {
        if (progress)
            progress({phase, done, total, summary.rows});
    }
    Status loadCustomers(CustomerStore &store);
    // The customers the file adds, moved out of customers: a copy of a
    // hundred thousand was tens of megabytes to fault in.
    QList<Customer> takeNewCustomers()
    {
        if (existing == 0)
            return std::exchange(customers, {});
        QList<Customer> created(std::make_move_iterator(customers.begin() + existing),
                                std::make_move_iterator(customers.end()));
        customers.resize(existing);
        return created;
    }
    // Growing a hash table of a million entries rehashes it again and again.
    void reserve(qint64 rows)
    {
        // Order lines are most often several to an order; more orders grow the tables.
        aggregator->reserve(rows / 2);
        const qint64 newCustomers = rows / 8;
        customers.reserve(customers.size() + newCustomers);
        byExternalId.reserve(newCustomers);
        byEmail.reserve(newCustomers);
    }
    qsizetype customerFor(QStringView externalId, QStringView email, QStringView name);
    void markChanged(qsizetype index, CustomerFields fields)
    {
        if (index < existing)
            changed[index] |= fields;
    }
    // Records an unusable row: an error when strict, else an issue and a skipped row.
    Status issue(qint64 row, int column, QStringView value, const QString &reason);
    bool namesCustomer(QStringView externalId, QStringView email, QStringView name) const
    {
        return !externalId.isEmpty() || !email.isEmpty() || (byName && !name.isEmpty());
    }
    Status noCustomer(qint64 row)
    {
        if (byName)
            return issue(row, mapping.column(ImportField::Name), QString(), Text::tr("No customer name."));
        const int column = std::max(mapping.column(ImportField::CustomerId), mapping.column(ImportField::Email));
        return issue(row, column, QString(), Text::tr("No customer ID or email."));
    }
    QList<LookAlike> lookAlikes(const QList<Customer> &created) const;
    Status readCustomerRow(RowSource &reader);
    void noteUnnamedData(RowSource &reader);
    Status readOrderRow(RowSource &reader);
    Status readMoreOfOrder(RowSource &reader);
    std::array<int, kImportFieldCount> columns{}; // mapping.column() per field, looked up once
    // The current row's fields, taken from the reader once a row (takeRow):
    // every mapped field is then decoded before the row is used, so that
    // bytes that do not decode in any of them are reported. Text keeps its
    // spaces (a cell of spaces only is empty); the rest is trimmed.
    std::array<QStringView, kImportFieldCount> rowFields{};
    bool takeRow(RowSource &reader, const QList<ImportField> &fieldsOfKind)
    {
        for (size_t f = 0; f < columns.size(); ++f) {
            const int column = columns[f];
            const QStringView value = column >= 0 && column < reader.size() ? reader.field(column) : QStringView();
            // Most values have no spaces around them: trimmed(), a call into Qt, only for those that may.
            const bool spaced = !value.isEmpty() && (value.front().isSpace() || value.back().isSpace());
            const QStringView trimmed = spaced ? value.trimmed() : value;
            rowFields[f] = keepsSpaces(ImportField(f)) && !trimmed.isEmpty() ? value : trimmed;
        }
        return std::any_of(fieldsOfKind.cbegin(), fieldsOfKind.cend(),
                           [this](ImportField f) { return !rowFields[size_t(f)].isEmpty(); });
    }
    QStringView text(ImportField field) const
    {
        const QStringView value = rowFields[size_t(field)];
        // ="00123": a spreadsheet's way to keep leading zeros when the file is opened again.
        if (value.size() >= 3 && value.front() == u'=' && value[1] == u'"' && value.back() == u'"')
            return value.sliced(2, value.size() - 3);
        return value;
    }
    // Shops write 0 or a dash where a guest has no account (WooCommerce's
    // "Customer User ID"): that is no id, and the email tells who it is.
    QStringView customerId() const
    {
        const QStringView id = text(ImportField::CustomerId);
        if (id.size() > 5 && id.front() != u'0')
            return id; // the common case, checked first: no such word is longer
        static const QStringList none = {QStringLiteral("-"), QStringLiteral("guest"), QStringLiteral("n/a"),
                                         QStringLiteral("null"), QStringLiteral("none")};
        const bool zeros = !id.isEmpty() && std::all_of(id.begin(), id.end(), [](QChar c) { return c == u'0'; });
        return zeros || none.contains(id, Qt::CaseInsensitive) ? QStringView() : id;
    }
    // The Name column, and the GivenName column joined to it in the file's
    // column order: "Ann Lee" from First Name, Last Name; 山田 太郎 from 姓, 名.
    QString joinedName;
    QStringView name()
    {
        const QStringView name = text(ImportField::Name);
        const QStringView given = text(ImportField::GivenName);
        if (given.isEmpty() || name.isEmpty())
            return given.isEmpty() ? name : given;
        const bool givenFirst = columns[size_t(ImportField::GivenName)] < columns[size_t(ImportField::Name)];
        joinedName = (givenFirst ? given : name).toString();
        joinedName += QLatin1Char(' ');
        joinedName += givenFirst ? name : given;
        return joinedName;
    }
};

CsvImporter::CsvImporter(const QString &storePath, const QString &csvPath, const ImportOptions &options)
    : d(std::make_unique<Private>())
{
    d->storePath = storePath;
    d->csvPath = csvPath;
    d->options = options;
}

CsvImporter::~CsvImporter() = default;

void CsvImporter::setProgressCallback(std::function<void(const ImportProgress &)> callback)
{
    d->progress = std::move(callback);
}

void CsvImporter::cancel()
{
    d->cancelled = true;
}

bool CsvImporter::dateOrderNeeded() const
{
    return d->dateOrderNeeded;
}

bool CsvImporter::unclosedQuote() const
{
    return d->unclosedQuote;
}

bool CsvImporter::currencyDiffers() const
{
    return d->currencyDiffers;
}

Result<std::unique_ptr<RowSource>> CsvImporter::Private::openReader(QStringList *headers)
{
    auto opened = rows->reader();
    if (!opened)
        return opened;
    RowSource &reader = *opened.value();
    const int titles = titleRows(*rows);
    for (int row = 0; row <= titles; ++row) {
        if (!reader.next())
            return reader.error() ? *stopped(reader) : Error{Text::tr("The file is empty."), csvPath};
    }
    if (titles > 0)
        reader.takeAsHeader();
    if (headers) {
        *headers = reader.fields();
        for (QString &header : *headers)
            header = header.trimmed();
    }
    return opened;
}

Result<CsvPreview> CsvImporter::preview(const QString &csvPath, const CsvReadOptions &options, int rows)
{
    Private p;
    p.csvPath = csvPath;
    p.options.literalQuotes = options.literalQuotes;
    auto file = RowFile::open(csvPath, options);
    if (!file)
        return file.error();
    p.rows = file.value();
    CsvPreview preview;
    auto opened = p.openReader(&preview.headers);
    if (!opened)
        return opened.error();
    RowSource &reader = *opened.value();
    preview.format = p.rows->format();
    preview.formatName = p.rows->formatName();
    preview.sheets = p.rows->sheets();
    preview.sheet = p.rows->sheet();
    if (!p.rows->isWorkbook()) {
        preview.encoding = CsvReader::displayName(p.rows->csvOptions().encoding);
        preview.encodingGuessed = p.rows->encodingGuessed();
        preview.delimiter = p.rows->csvOptions().delimiter;
    }
    while (preview.rows.size() < rows && reader.next())
        preview.rows.append(reader.fields());
    preview.error = reader.error();
    preview.stoppedAtQuote = reader.stoppedAtQuote();
    return preview;
}

Result<ImportSummary> CsvImporter::run()
{
    d->dateOrderNeeded = false;
    d->unclosedQuote = false;
    d->currencyDiffers = false;
    d->summary = ImportSummary();
    ImportSummary &summary = d->summary;
    summary.file = d->csvPath;

    ImportPreset settings = d->options.settings;
    QStringList headers;
    {
        auto file = RowFile::open(d->csvPath, d->readOptions(settings));
        if (!file)
            return file.error();
        d->rows = file.value();
        const RowFile &rows = *d->rows;
        auto opened = d->openReader(&headers);
        if (!opened)
            return opened.error();
        d->fileSize = rows.size();
        summary.format = rows.format();
        if (rows.isWorkbook()) {
            summary.sheet = rows.sheet();
            summary.delimiter = 0;
            summary.readAs = Text::tr("%1, sheet \"%2\"").arg(rows.formatName(), rows.sheet());
            // Number cells are written with a point (CellValue::number()).
            settings.decimalSeparator = DecimalSeparator::Point;
        } else {
            summary.delimiter = rows.csvOptions().delimiter;
            summary.encoding = CsvReader::displayName(rows.csvOptions().encoding);
            summary.encodingGuessed = rows.encodingGuessed();
            summary.readAs = Text::tr("%1, delimiter %2")
                                 .arg(QString::fromLatin1(summary.encoding),
                                      summary.delimiter == '\t' ? Text::tr("tab") : QString(QLatin1Char(summary.delimiter)));
        }
    }
    if (d->options.guessKind)
        settings.kind = ColumnMapping::guessKind(headers);
    summary.kind = settings.kind;
    auto mapping = settings.mappingFor(headers);
    if (!mapping)
        return Error{mapping.error().message, d->csvPath};
    if (Status error = mapping.value().validate())
        return Error{error->message, d->csvPath};
    d->mapping = mapping.value();
    for (size_t f = 0; f < d->columns.size(); ++f)
        d->columns[f] = d->mapping.column(ImportField(f));
    d->byName = d->mapping.column(ImportField::CustomerId) < 0 && d->mapping.column(ImportField::Email) < 0;
    summary.dateOrder = settings.dateOrder;
    summary.decimalSeparator = settings.decimalSeparator;

    CustomerStore store;
    store.setWaitForOtherCommands(d->options.waitForOtherCommands);
    if (Status error = store.open(d->storePath))
        return *error;
    if (Status error = d->assignUnmappedColumns(headers, store.settings().ownFields))
        return *error;
    d->detecting = (summary.kind == ImportKind::Orders && summary.dateOrder == DateOrder::Unknown)
        || summary.decimalSeparator == DecimalSeparator::Unknown
        || std::any_of(d->ownColumns.cbegin(), d->ownColumns.cend(), [](const auto &o) { return !o.type; });
    if (Status error = d->loadCustomers(store))
        return *error;
    if (Status error = d->readFile())
        return *error;
    if (d->detecting && !d->cancelled) {
        if (summary.kind == ImportKind::Orders && summary.dateOrder == DateOrder::Unknown && d->dates.isAmbiguous()) {
            d->dateOrderNeeded = true;
            const int column = d->mapping.column(ImportField::OrderDate);
            QStringList readings;
            for (const QDate &date : ValueParser::dateReadings(d->dates.ambiguousExample()))
                readings.append(date.toString(Qt::ISODate));
            return Error{Text::tr("The dates in column \"%1\" can be read in more than one way (\"%2\" can be %3), "
                                  "and no date in the file tells which. Choose how the dates are written.")
                             .arg(d->mapping.header(ImportField::OrderDate), d->dates.ambiguousExample(),
                                  readings.join(QStringLiteral(" / "))),
                         d->csvPath, d->dates.ambiguousExampleRow(), column + 1};
        }
        const DateOrder order = summary.dateOrder == DateOrder::Unknown ? d->dates.order() : summary.dateOrder;
        const DecimalSeparator separator = summary.decimalSeparator == DecimalSeparator::Unknown
            ? d->numbers.separator()
            : summary.decimalSeparator;
        const bool typedOwnFields = d->decideOwnFieldTypes();
        const bool again = !d->dates.readsAsUnknown(order) || !d->numbers.readsAsUnknown(separator) || typedOwnFields;
        summary.dateOrder = order;
        summary.decimalSeparator = separator;
        d->detecting = false;
        if (again) {
            d->reset();
            if (Status error = d->loadCustomers(store))
                return *error;
            if (Status error = d->readFile())
                return *error;
        } else if (d->firstStrictError) {
            return *d->firstStrictError;
        }
    }
    if (d->cancelled) {
        summary.cancelled = true;
        return summary;
    }
    summary.currency = d->currencies.currency();
    const QString &expected = d->options.expectedCurrency;
    if (!expected.isEmpty() && !summary.currency.isEmpty() && summary.currency.compare(expected, Qt::CaseInsensitive) != 0) {
        d->currencyDiffers = true;
        return Error{Text::tr("The amounts are in %1, but the workspace's currency is %2. Nothing was imported.")
                         .arg(summary.currency, expected.toUpper()),
                     d->csvPath};
    }

    ImportBatch batch;
    batch.newCustomers = d->takeNewCustomers();
    const QList<LookAlike> lookAlikes = d->lookAlikes(batch.newCustomers);
    QList<Customer> lookedLike;
    for (const LookAlike &l : lookAlikes)
        lookedLike.append(d->customers.at(l.existing));
    batch.changedFields.clear();
    for (qsizetype i = 0; i < d->existing; ++i) {
        if (d->changed.at(i)) {
            batch.changedCustomers.append(d->customers.at(i));
            batch.changedFields.append(d->changed.at(i));
        }
    }
    d->customers.clear();
    d->byExternalId.clear();
    d->byEmail.clear();
    for (ImportOrder &order : d->orders)
        order.amount = rounded(order.amount);
    batch.orders = std::move(d->orders);
    d->orders.clear();
    summary.customersCreated = batch.newCustomers.size();
    summary.customersUpdated = batch.changedCustomers.size();

    WriteControl control;
    control.cancel = &d->cancelled;
    control.failAfterRows = d->options.failAfterRows;
    control.progress = [this](qint64 done, qint64 total) { d->report(ImportProgress::Phase::Writing, done, total); };
    // A second connection keeps seeing the store as it was before the
    // import, so that the customers it changed can be read for its undo
    // once they are known: only those, however many the file names.
    auto undo = d->options.recordUndo ? std::make_shared<ImportUndo>() : nullptr;
    CustomerStore before;
    if (undo) {
        Status error = before.open(d->storePath);
        if (!error)
            error = before.beginReading();
        if (error)
            return *error;
        undo->readBefore = [&before](const QList<CustomerId> &ids) {
            auto snapshots = before.snapshots(ids);
            before.endReading(); // the commit that follows may then fold the log into the file
            return snapshots;
        };
    }
    control.undo = undo.get();
    auto written = store.importBatch(batch, control);
    if (!written) {
        if (d->cancelled) {
            summary.cancelled = true;
            return summary;
        }
        // The batch is one transaction: whatever failed, none of it was saved.
        Error error = written.error();
        error.message = Text::tr("%1\nNothing was imported; the store is as it was.").arg(error.message);
        return error;
    }
    summary.ordersAdded = written.value().ordersAdded;
    summary.ordersUpdated = written.value().ordersUpdated;
    summary.ordersUnchanged = written.value().ordersUnchanged;
    for (qsizetype i = 0; i < lookAlikes.size(); ++i) // the new customers now have their ids
        summary.lookAlikes.append({batch.newCustomers.at(lookAlikes.at(i).incoming), lookedLike.at(i), lookAlikes.at(i).reasons});
    if (undo) {
        undo->readBefore = nullptr;
        summary.undo = std::move(undo);
    }
    if (d->options.readCustomersAfter) {
        if (auto all = store.customers())
            summary.customersAfter = std::move(all.value());
    }
    return summary;
}

Status CsvImporter::Private::readFile()
{
    auto reader = openReader(nullptr);
    if (!reader)
        return reader.error();
    return read(*reader.value());
}

void CsvImporter::Private::reset()
{
    const QString file = summary.file;
    const ImportSummary kept = summary;
    summary = ImportSummary();
    summary.file = kept.file;
    summary.kind = kept.kind;
    summary.format = kept.format;
    summary.sheet = kept.sheet;
    summary.readAs = kept.readAs;
    summary.encoding = kept.encoding;
    summary.encodingGuessed = kept.encodingGuessed;
    summary.delimiter = kept.delimiter;
    summary.dateOrder = kept.dateOrder;
    summary.decimalSeparator = kept.decimalSeparator;
    summary.columnsNotImported = kept.columnsNotImported;
    summary.newOwnFields = kept.newOwnFields;
    customers.clear();
    changed.clear();
    byExternalId.clear();
    byEmail.clear();
    byNameKey.clear();
    orders.clear();
    currencies = CurrencyDetector();
    amountSizes = 0;
    previous.customer = -1;
    previous.order = false;
    firstStrictError.reset();
}

Status CsvImporter::Private::loadCustomers(CustomerStore &store)
{
    auto all = store.customers();
    if (!all)
        return all.error();
    customers = std::move(all.value());
    existing = customers.size();
    changed.fill(CustomerFields(), existing);
    byExternalId.reserve(existing);
    byEmail.reserve(existing);
    for (qsizetype i = 0; i < existing; ++i) {
        const Customer &c = customers.at(i);
        if (!c.externalId.isEmpty())
            byExternalId.insert(c.externalId, quickHash(c.externalId, seed), i);
        const QString email = c.email.toLower();
        const size_t emailHash = quickHash(email, seed);
        if (!email.isEmpty() && byEmail.find(email, emailHash) < 0)
            byEmail.insert(email, emailHash, i);
        if (byName && !c.name.isEmpty() && !byNameKey.contains(nameKey(c.name)))
            byNameKey.insert(nameKey(c.name), i);
    }
    return std::nullopt;
}

qsizetype CsvImporter::Private::customerFor(QStringView externalId, QStringView email, QStringView name)
{
    const size_t idHash = quickHash(externalId, seed);
    if (!externalId.isEmpty()) {
        const qsizetype found = byExternalId.find(externalId, idHash);
        if (found >= 0)
            return found;
    }
    const QString lowered = hasUpper(email) ? email.toString().toLower() : QString();
    const QStringView emailKey = lowered.isNull() ? email : QStringView(lowered);
    const size_t emailHash = quickHash(emailKey, seed);
    bool emailKnown = false; // the first customer with an address keeps it
    if (!email.isEmpty()) {
        const qsizetype found = byEmail.find(emailKey, emailHash);
        emailKnown = found >= 0;
        // A customer known by another external id is someone else sharing the address.
        if (found >= 0 && (externalId.isEmpty() || customers.at(found).externalId.isEmpty())) {
            if (!externalId.isEmpty()) {
                customers[found].externalId = externalId.toString();
                byExternalId.insert(externalId, idHash, found);
                markChanged(found, CustomerField::ExternalId);
            }
            return found;
        }
    }
    if (byName) {
        const qsizetype found = byNameKey.value(nameKey(name), -1);
        if (found >= 0)
            return found;
    }
    Customer c;
    c.externalId = externalId.toString();
    c.email = email.toString();
    c.name = name.toString();
    const qsizetype index = customers.size();
    customers.append(std::move(c));
    if (byName)
        byNameKey.insert(nameKey(name), index);
    if (!externalId.isEmpty())
        byExternalId.insert(externalId, idHash, index);
    if (!email.isEmpty() && !emailKnown)
        byEmail.insert(emailKey, emailHash, index);
    return index;
}

// The new customers who share an email, a phone or a name (read as the
// duplicate finder reads them) with a customer already there: today's
// matching by id, email and exact name stays as it is; these are only told.
QList<LookAlike> CsvImporter::Private::lookAlikes(const QList<Customer> &created) const
{
    if (created.isEmpty() || existing == 0)
        return {};
    QList<DuplicateCandidate> there;
    there.reserve(existing);
    for (qsizetype i = 0; i < existing; ++i)
        there.append(DuplicateFinder::candidate(customers.at(i)));
    QList<DuplicateCandidate> arriving;
    arriving.reserve(created.size());
    for (const Customer &c : created)
        arriving.append(DuplicateFinder::candidate(c));
    return DuplicateFinder().findLookAlikes(there, arriving);
}

Status CsvImporter::Private::issue(qint64 row, int column, QStringView value, const QString &reason)
{
    const QString header = column >= 0 ? mapping.headers().value(column) : QString();
    if (options.strict) {
        const QString message = header.isEmpty() ? reason : QStringLiteral("%1: %2").arg(header, reason);
        const Error error{message, csvPath, row, column + 1};
        if (!detecting)
            return error;
        // The row may read well once the column's date order or separator is known.
        if (!firstStrictError)
            firstStrictError = error;
    }
    summary.issues.append({row, column + 1, header, value.toString(), reason});
    ++summary.rowsSkipped;
    summary.linesNotRead += reading ? reading->lines() : 1;
    return std::nullopt;
}

Status CsvImporter::Private::read(RowSource &reader)
{
    QList<qsizetype> used;
    for (int column : columns) {
        if (column >= 0)
            used.append(column);
    }
    for (int column : std::as_const(unnamedColumns))
        used.append(column); // only to see whether they hold data
    for (const OwnColumn &own : std::as_const(ownColumns))
        used.append(own.column);
    reader.readAhead(used);
    OrderAggregator lines;
    aggregator = &lines;
    reading = &reader;
    const auto forget = qScopeGuard([this] {
        aggregator = nullptr;
        reading = nullptr;
    });
    const QList<ImportField> fieldsOfKind = importFields(mapping.kind());
    const int dateColumn = mapping.column(ImportField::OrderDate);
    QList<int> numberColumns;
    for (ImportField f : {ImportField::Amount, ImportField::ValueFit, ImportField::ValueAwareness}) {
        if (mapping.column(f) >= 0)
            numberColumns.append(mapping.column(f));
    }
    while (reader.next()) {
        if (++summary.rows % kProgressRows == 0) {
            if (cancelled)
                return std::nullopt;
            report(ImportProgress::Phase::Reading, reader.bytesRead(), fileSize);
            if (summary.rows == kProgressRows)
                reserve(fileSize * kProgressRows / std::max<qint64>(1, reader.bytesRead()));
        }
        if (!reader.problems().isEmpty()) {
            const Error &problem = reader.problems().constFirst();
            if (Status error = issue(reader.row(), problem.column - 1, QStringView(), problem.message))
                return error;
            continue;
        }
        // Spreadsheets export empty rows as ",,,": nothing to import, nothing to report.
        if (!takeRow(reader, fieldsOfKind)) {
            --summary.rows;
            continue;
        }
        if (!reader.problems().isEmpty()) { // undecodable bytes in a mapped field
            const Error &problem = reader.problems().constFirst();
            if (Status error = issue(reader.row(), problem.column - 1, reader.field(problem.column - 1), problem.message))
                return error;
            continue;
        }
        noteUnnamedData(reader);
        if (detecting) {
            if (dateColumn >= 0)
                dates.add(rowFields[size_t(ImportField::OrderDate)], reader.row());
            for (int column : std::as_const(numberColumns))
                numbers.add(reader.field(column));
        }
        Status error = mapping.kind() == ImportKind::Orders ? readOrderRow(reader) : readCustomerRow(reader);
        if (error)
            return error;
    }
    if (reader.error())
        return stopped(reader);
    orders = lines.finish();
    report(ImportProgress::Phase::Reading, fileSize, fileSize);
    return std::nullopt;
}

Status CsvImporter::Private::assignUnmappedColumns(const QStringList &headers,
                                                 const QList<OwnFieldDefinition> &definitions)
{
    unnamedColumns.clear();
    ownColumns.clear();
    const bool keepsOwnFields = options.keepUnmapped || !options.ownFieldColumns.isEmpty();
    if (keepsOwnFields && summary.kind != ImportKind::Customers) {
        return Error{Text::tr("Own fields are kept from customer lists (one row a customer), not from order lines: "
                              "import the customer list with --kind customers."),
                     csvPath};
    }
    auto keep = [&](int column, const QString &name) {
        const auto defined = std::find_if(definitions.cbegin(), definitions.cend(),
                                          [&name](const OwnFieldDefinition &d) { return d.name == name; });
        OwnColumn own{column, name, std::nullopt, {}};
        if (defined != definitions.cend())
            own.type = defined->type;
        ownColumns.append(own);
    };
    for (const auto &[name, header] : options.ownFieldColumns) {
        if (!OwnFields::isValidName(name))
            return Error{Text::tr("\"%1\" cannot name a field: give 1 to 100 characters without spaces around them.")
                             .arg(name),
                         csvPath};
        const int column = int(headers.indexOf(header));
        if (column < 0 || mapping.field(column)) {
            return Error{Text::tr("No column \"%1\" is left for the field \"%2\". The columns are: %3.")
                             .arg(header, name, headers.join(QStringLiteral(", "))),
                         csvPath};
        }
        keep(column, name);
    }
    for (int column = 0; column < headers.size(); ++column) {
        if (mapping.field(column)
            || std::any_of(ownColumns.cbegin(), ownColumns.cend(), [column](const auto &o) { return o.column == column; }))
            continue;
        const QString header = headers.at(column).trimmed();
        if (header.isEmpty())
            unnamedColumns.append(column);
        else if (options.keepUnmapped && OwnFields::isValidName(header.left(100)))
            keep(column, header.left(100));
        else
            summary.columnsNotImported.append(header);
    }
    return std::nullopt;
}

void CsvImporter::Private::readOwnFields(RowSource &reader, Customer &c)
{
    for (OwnColumn &own : ownColumns) {
        const QStringView value = own.column < reader.size() ? reader.field(own.column).trimmed() : QStringView();
        if (value.isEmpty())
            continue; // as for the other fields, an empty cell keeps what the store has
        if (!own.type) {
            own.detector.add(value);
            c.ownFields.insert(own.name, value.toString());
            continue;
        }
        // The file's own verdict where it has one, else what this column's values show.
        const DecimalSeparator separator = summary.decimalSeparator != DecimalSeparator::Unknown
            ? summary.decimalSeparator
            : own.detector.separator();
        const DateOrder order = own.detector.dateOrder() != DateOrder::Unknown ? own.detector.dateOrder()
                                                                               : summary.dateOrder;
        c.ownFields.insert(own.name,
                           OwnFields::normalised(*own.type, value, separator, order).value_or(value.toString()));
    }
}

bool CsvImporter::Private::decideOwnFieldTypes()
{
    bool typed = false;
    for (OwnColumn &own : ownColumns) {
        if (own.type)
            continue;
        own.type = own.detector.type();
        summary.newOwnFields.append({own.name, *own.type});
        typed = typed || *own.type != OwnFieldType::Text;
    }
    return typed;
}

void CsvImporter::Private::noteUnnamedData(RowSource &reader)
{
    for (qsizetype i = 0; i < unnamedColumns.size(); ++i) {
        const int column = unnamedColumns.at(i);
        if (column < reader.size() && !reader.field(column).trimmed().isEmpty()) {
            summary.columnsNotImported.append(Text::tr("column %1").arg(column + 1));
            unnamedColumns.removeAt(i--);
        }
    }
}

Status CsvImporter::Private::readOrderRow(RowSource &reader)
{
    const qint64 row = reader.row();
    const QStringView externalId = customerId();
    const QStringView email = text(ImportField::Email);
    const QStringView orderId = text(ImportField::OrderId);
    // Shops write an order's items as lines of their own, the customer,
    // date and total on the first only (Shopify): a line of the order on the
    // line before needs to say nothing more.
    const bool moreOfOrder = previous.order && !orderId.isEmpty() && orderId == previous.orderId
        && (externalId.isEmpty() || externalId == previous.externalId) && (email.isEmpty() || email == previous.email);
    if (moreOfOrder)
        return readMoreOfOrder(reader);
    const QStringView name = this->name();
    if (!namesCustomer(externalId, email, name))
        return noCustomer(row);
    const int dateColumn = mapping.column(ImportField::OrderDate);
    const QStringView dateText = text(ImportField::OrderDate);
    const auto date = ValueParser::parseDate(dateText, summary.dateOrder);
    if (!date) {
        return issue(row, dateColumn, dateText,
                     dateText.isEmpty() ? Text::tr("No order date.") : Text::tr("Not a date (or not one of the forms Kindred reads)."));
    }
    const int amountColumn = mapping.column(ImportField::Amount);
    const QStringView amountText = text(ImportField::Amount);
    const auto amount = ValueParser::parseNumber(amountText, summary.decimalSeparator);
    if (!amount)
        return issue(row, amountColumn, amountText, amountText.isEmpty() ? Text::tr("No amount.") : Text::tr("Not an amount."));
    if (!addsUp(*amount))
        return tooLarge(row, amountText);
    currencies.add(amountText);

    // The same ID and email (or name) find the same customer again.
    if (previous.customer < 0 || externalId != previous.externalId || email != previous.email
        || (byName && name != previous.name)) {
        previous.customer = customerFor(externalId, email, name);
        previous.externalId.resize(0);
        previous.externalId.append(externalId);
        previous.email.resize(0);
        previous.email.append(email);
        previous.name.resize(0);
        previous.name.append(name);
    }
    const qsizetype customer = previous.customer;
    if (customer < existing) {
        // Order lines fill in what the store does not know yet about a customer.
        Customer &c = customers[customer];
        if (c.name.isEmpty() && !name.isEmpty()) {
            c.name = name.toString();
            markChanged(customer, CustomerField::Name);
        }
        if (c.email.isEmpty() && !email.isEmpty()) {
            c.email = email.toString();
            markChanged(customer, CustomerField::Email);
        }
    }

    const OrderAggregator::Customer owner{customer, customer < existing ? customers.at(customer).id : 0,
                                          customer < existing ? -1 : customer - existing};
    aggregator->addLine(owner, orderId, *date, *amount);
    previous.order = !orderId.isEmpty();
    if (previous.order) {
        previous.orderId.resize(0);
        previous.orderId.append(orderId);
    }
    return std::nullopt;
}

// A further line of the order on the line before: its amount adds to the
// order's, its date may be earlier; either may be empty.
Status CsvImporter::Private::readMoreOfOrder(RowSource &reader)
{
    QDate date;
    const QStringView dateText = text(ImportField::OrderDate);
    if (!dateText.isEmpty()) {
        const auto parsed = ValueParser::parseDate(dateText, summary.dateOrder);
        if (!parsed) {
            return issue(reader.row(), mapping.column(ImportField::OrderDate), dateText,
                         Text::tr("Not a date (or not one of the forms Kindred reads)."));
        }
        date = *parsed;
    }
    const QStringView amountText = text(ImportField::Amount);
    const auto amount = amountText.isEmpty() ? std::optional<double>(0.0)
                                             : ValueParser::parseNumber(amountText, summary.decimalSeparator);
    if (!amount)
        return issue(reader.row(), mapping.column(ImportField::Amount), amountText, Text::tr("Not an amount."));
    if (!addsUp(*amount))
        return tooLarge(reader.row(), amountText);
    currencies.add(amountText);
    aggregator->addToPrevious(date, *amount);
    return std::nullopt;
}

Status CsvImporter::Private::readCustomerRow(RowSource &reader)
{
    const qint64 row = reader.row();
    const QStringView externalId = customerId();
    const QStringView email = text(ImportField::Email);
    const QStringView name = this->name();
    if (!namesCustomer(externalId, email, name))
        return noCustomer(row);
    std::optional<double> scores[2];
    const ImportField scoreFields[2] = {ImportField::ValueFit, ImportField::ValueAwareness};
    for (int i = 0; i < 2; ++i) {
        const QStringView value = text(scoreFields[i]);
        if (value.isEmpty())
            continue;
        scores[i] = ValueMatrix::parseScore(value, summary.decimalSeparator);
        if (!scores[i])
            return issue(row, mapping.column(scoreFields[i]), value, Text::tr("Not a score from 0 to 100."));
    }
    const QStringView stageText = text(ImportField::Stage);
    std::optional<Stage> stage;
    if (!stageText.isEmpty()) {
        stage = stageFromString(stageText.toString());
        if (!stage)
            return issue(row, mapping.column(ImportField::Stage), stageText, Text::tr("Not a stage."));
    }

    const qsizetype index = customerFor(externalId, email, name);
    Customer c = customers.at(index);
    // A filled cell sets the field; an empty one keeps what the store has.
    auto set = [](QString &field, QStringView value) {
        if (!value.isEmpty())
            field = value.toString();
    };
    set(c.name, name);
    set(c.email, email);
    set(c.company, text(ImportField::Company));
    set(c.phone, text(ImportField::Phone));
    set(c.reading, text(ImportField::Reading));
    set(c.postalCode, text(ImportField::PostalCode));
    set(c.address, text(ImportField::Address));
    set(c.notes, text(ImportField::Notes));
    readOwnFields(reader, c);
    for (const QString &tag : parseTags(text(ImportField::Tags).toString())) {
        if (!c.tags.contains(tag))
            c.tags.append(tag);
    }
    if (scores[0])
        c.valueFit = scores[0];
    if (scores[1])
        c.valueAwareness = scores[1];
    if (stage)
        c.handSetStage = stage;
    if (const CustomerFields fields = differingFields(c, customers.at(index))) {
        customers[index] = c;
        markChanged(index, fields);
    }
    return std::nullopt;
}

namespace {

// [{"new": {"id", "external_id", "name"}, "existing": {…}, "reasons":
// [{"reason": "same_email", "text": "same email"}]}]
QJsonArray lookAlikesJson(const QList<ImportLookAlike> &lookAlikes)
{
    const auto customer = [](const Customer &c) {
        return QJsonObject{{QStringLiteral("id"), c.id},
                           {QStringLiteral("external_id"), c.externalId},
                           {QStringLiteral("name"), c.name}};
    };
    QJsonArray array;
    for (const ImportLookAlike &l : lookAlikes) {
        QJsonArray reasons;
        for (const MatchReason &r : l.reasons)
            reasons.append(QJsonObject{{QStringLiteral("reason"), r.key()}, {QStringLiteral("text"), r.text()}});
        array.append(QJsonObject{{QStringLiteral("new"), customer(l.created)},
                                 {QStringLiteral("existing"), customer(l.existing)},
                                 {QStringLiteral("reasons"), reasons}});
    }
    return array;
}

} // namespace

QJsonObject ImportSummary::toJson() const
{
    QJsonArray newOwnFieldsJson;
    for (const OwnFieldDefinition &d : newOwnFields)
        newOwnFieldsJson.append(QJsonObject{{QStringLiteral("name"), d.name}, {QStringLiteral("type"), ownFieldTypeKey(d.type)}});
    QJsonArray issueArray;
    for (const ImportIssue &i : issues) {
        issueArray.append(QJsonObject{{QStringLiteral("row"), i.row},
                                      {QStringLiteral("column"), i.column},
                                      {QStringLiteral("header"), i.header},
                                      {QStringLiteral("value"), i.value},
                                      {QStringLiteral("reason"), i.reason}});
    }
    return {
        {QStringLiteral("file"), file},
        {QStringLiteral("kind"), importKindKey(kind)},
        {QStringLiteral("format"), rowFileFormatKey(format)},
        {QStringLiteral("sheet"), sheet},
        {QStringLiteral("encoding"), QString::fromLatin1(encoding)},
        {QStringLiteral("encoding_guessed"), encodingGuessed},
        {QStringLiteral("delimiter"), delimiter ? QString(QLatin1Char(delimiter)) : QString()},
        {QStringLiteral("date_order"), ValueParser::dateOrderKey(dateOrder, QStringLiteral("not_needed"))},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("rows_skipped"), rowsSkipped},
        {QStringLiteral("lines_not_read"), linesNotRead},
        {QStringLiteral("customers_created"), customersCreated},
        {QStringLiteral("customers_updated"), customersUpdated},
        {QStringLiteral("orders_added"), ordersAdded},
        {QStringLiteral("orders_updated"), ordersUpdated},
        {QStringLiteral("orders_unchanged"), ordersUnchanged},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("issues"), issueArray},
        {QStringLiteral("columns_not_imported"), QJsonArray::fromStringList(columnsNotImported)},
        {QStringLiteral("new_own_fields"), newOwnFieldsJson},
        {QStringLiteral("customers_like_existing"), lookAlikes.size()},
        {QStringLiteral("look_alikes"), lookAlikesJson(lookAlikes)},
    };
}

Status ImportSummary::saveIssues(const QString &path) const
{
    CsvTable table;
    table.header = {Text::tr("row"), Text::tr("column"), Text::tr("value"), Text::tr("reason")};
    for (const ImportIssue &i : issues)
        table.rows.append({QString::number(i.row), i.header, i.value, i.reason});
    return CsvWriter().writeFile(path, table);
}

} // namespace Kindred
