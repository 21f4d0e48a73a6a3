// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ownfieldedit.h"
#include "store/storetypes.h"
#include "workspacesettings.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace Kindred {

class StoreTransaction;
struct StoreLocation;
struct WorkspaceContent;

/// What a committed change touched: announced to the store's listeners by
/// its signals and, on a team store, to the other clients.
enum class StoreChange { CustomersAdded, CustomersChanged, CustomersRemoved, CustomersReset, Shortlist, Settings,
                         Contacts };

/// One Kindred workspace: customers, their orders, the history of their
/// scores and the workspace settings, in a single SQLite file (one person) or
/// in a PostgreSQL database (a team store, see StoreLocation).
///
/// This class owns all SQL in Kindred. Both engines share the schema and its
/// numbered migrations (recorded in PRAGMA user_version, or in the kindred_meta
/// table on PostgreSQL) and the same statements, except in the few places
/// marked where they must differ. Every change runs in one transaction and is
/// announced by a signal after it is committed; on PostgreSQL it is also
/// announced to the other clients (NOTIFY), whose stores emit the same
/// signals. A store that is not Kindred's, comes from a newer version, is
/// damaged or (a file) is in use by another process is refused with a
/// message and left untouched.
class CustomerStore : public QObject
{
    Q_OBJECT

public:
    enum class OpenMode {
        OpenExisting,    ///< an existing store, to read and write
        CreateIfMissing, ///< as OpenExisting; a missing or empty file becomes a new store
        ReadOnly,        ///< an existing, up-to-date store, to read only: nothing is written or locked
    };

    explicit CustomerStore(QObject *parent = nullptr);
    ~CustomerStore() override;

    /// The schema version this build writes and the newest it can read.
    static int latestSchemaVersion();
    /// SQLite's application_id that marks a file as a Kindred store ("KNDR").
    static quint32 applicationId();
    /// File suffix for stores, without the dot.
    static QString fileSuffix();

    /// Opens a store: a file path or a postgresql:// URL (StoreLocation::parse).
    /// On success announces customersReset() and settingsChanged() so that
    /// every view follows the new store.
    [[nodiscard]] Status open(const QString &location, OpenMode mode = OpenMode::OpenExisting);
    /// Opens the store only up to the given schema version: for tests of upgrades.
    [[nodiscard]] Status openAtVersion(const QString &location, int schemaVersion);
    void close();
    bool isOpen() const;
    /// The location as given to open(), to open it again (another thread);
    /// it holds the password of a team store when one was given: never show it.
    QString path() const;
    /// The location to show: the file path, or the URL without a password.
    QString locationText() const;
    /// The file name, or "database on host" for a team store.
    QString displayName() const;
    /// Whether this is a team store on a PostgreSQL server.
    bool isTeamStore() const;
    int schemaVersion() const;

    /// How long open() waits for a kindred-cli command that writes the store
    /// file to finish before it refuses (default: not at all). A window
    /// holding the store is never waited for. A read-only store waits as long
    /// (at least 5 s) for a write that keeps readers out.
    void setWaitForOtherCommands(std::chrono::milliseconds wait);

    /// The name recorded with every edit and score change; the login name
    /// unless set.
    QString userName() const;
    void setUserName(const QString &name);

    // Customers
    Result<QList<Customer>> customers() const;
    Result<Customer> customer(CustomerId id) const;
    /// A customer by external id, else by Kindred's own numeric id.
    Result<Customer> findCustomer(const QString &key) const;
    /// Adds customers in one transaction and fills in their ids. Nothing is
    /// added when one of them fails (for example a duplicate external id).
    [[nodiscard]] Status addCustomers(QList<Customer> &customers);
    Result<CustomerId> addCustomer(const Customer &customer);
    /// Saves the given editable fields of the customers, in one transaction;
    /// the others keep what the store holds, whoever saved them meanwhile.
    /// Changes of scores are recorded in the score history with the given source.
    [[nodiscard]] Status updateCustomers(const QList<Customer> &customers,
                                         const QString &scoreSource = QStringLiteral("hand"),
                                         CustomerFields fields = CustomerField::All);
    [[nodiscard]] Status updateCustomer(const Customer &customer, CustomerFields fields = CustomerField::All);
    /// Removes customers with their orders; returns what was removed.
    Result<QList<CustomerSnapshot>> removeCustomers(const QList<CustomerId> &ids);
    /// Puts removed customers back with their ids and orders (undo of a removal).
    [[nodiscard]] Status restoreCustomers(const QList<CustomerSnapshot> &snapshots);
    /// Takes out the customers with these ids that exist (with their orders,
    /// score history and shortlist marks) and puts the snapshots in with
    /// their ids, in one transaction; returns what it took out. A customer
    /// both taken out and put in keeps the contacts the store holds. Undoing and
    /// redoing an import swap the customers it touched this way. Announced
    /// as customersReset().
    Result<QList<CustomerSnapshot>> replaceCustomers(const QList<CustomerId> &ids,
                                                     const QList<CustomerSnapshot> &snapshots);
    /// The customers with these ids that exist, each with its orders, score
    /// history and shortlist mark, ordered by id.
    Result<QList<CustomerSnapshot>> snapshots(const QList<CustomerId> &ids) const;
    /// Starts a read-only transaction that goes on seeing the store as it is
    /// now, whatever other connections commit, until endReading(): an import
    /// reads what it changed as it was before through such a connection.
    [[nodiscard]] Status beginReading();
    void endReading();

    /// Makes two customers who are one person one record, in one
    /// transaction: merged (whose id is the customer to keep) is saved as
    /// given, a revision later; the other's orders, score history and
    /// contacts become the kept customer's, and their shortlist mark when the kept customer
    /// has none; an order both hold (see MergeUndo::ordersHeldByBoth) is
    /// counted once; the other is removed and the kept customer's revenue and
    /// order figures are computed again. Announced as the other's removal and
    /// the kept customer's change. Returns what unmergeCustomers() needs.
    Result<MergeUndo> mergeCustomers(const Customer &merged, CustomerId other);
    /// Undoes a merge exactly, in one transaction: both customers as they
    /// were, with their ids, rows, orders, history and marks.
    [[nodiscard]] Status unmergeCustomers(const MergeUndo &undo);

    // Orders
    /// Adds orders in one transaction, fills in their ids and updates the
    /// derived figures of the customers concerned.
    [[nodiscard]] Status addOrders(QList<Order> &orders);
    Result<QList<Order>> orders(CustomerId customerId) const;
    /// Revenue, order count, first and last order date of each customer over the
    /// orders dated from..until, both inclusive; an invalid date leaves that end
    /// open. Customers without orders in the range are absent. Used for Pareto
    /// over a period and for the funnel as it stood on a past date; it reads the
    /// (customer_id, order_date, amount) index only.
    Result<QHash<CustomerId, OrderFigures>> orderFigures(const QDate &from, const QDate &until) const;
    /// Every customer's id and all-time revenue, by id: what the Pareto curve
    /// needs, without reading whole customers (kindred-cli pareto).
    Result<QList<CustomerRevenue>> customerRevenues() const;
    /// Every order's customer, date and amount, ordered by customer and date;
    /// only the given customers' orders when ids is not empty. What
    /// OrderHistory keeps in memory; it reads the (customer_id, order_date,
    /// amount) index only.
    Result<QList<OrderLine>> orderLines(const QList<CustomerId> &ids = {}) const;

    // Import
    /// Writes an import in one transaction: new customers, changed customers
    /// (score changes recorded with source "import"), and orders added or
    /// updated by their id or content key; then refreshes the derived figures.
    /// Cancelled (control.cancel) or failed, it leaves the store as it was.
    /// Emits customersReset after the commit. The batch's new customers are
    /// given their ids and figures in place (whether or not it succeeds).
    Result<ImportWriteCounts> importBatch(ImportBatch &batch, const WriteControl &control = {});
    /// Tells this store's listeners that another connection (an import on a
    /// worker thread) changed the customers: emits customersReset.
    void announceExternalChange();
    /// The same, with every customer as that connection read them after its
    /// change: while customersReset is emitted, customers() returns them
    /// instead of reading the store again on this thread (at 200,000
    /// customers, most of a second the window stood still after an import).
    void announceExternalChange(const QList<Customer> &customersNow);

    // Score history
    Result<QList<ScoreChange>> scoreHistory(CustomerId customerId) const;
    /// Where customers whose scores changed after `since` stood at that time.
    Result<QHash<CustomerId, Placement>> placementsAt(const QDateTime &since) const;
    /// Every customer's changes of scores at or after `from`, oldest first (by
    /// id on a tie): what the one-to-one effect follows customers through a period with.
    Result<QList<ScoreChange>> scoreChanges(const QDateTime &from) const;
    /// The source of each customer's current scores, per axis, so that
    /// suggestions can leave scores set by hand alone. Customers whose scores
    /// never changed are absent.
    Result<QHash<CustomerId, ScoreSources>> latestScoreSources() const;

    // Contact log
    /// The contacts of one customer (all customers when 0) logged at or
    /// after `since` (any time when invalid), oldest first, by id on a tie.
    Result<QList<Contact>> contacts(CustomerId customerId = 0, const QDateTime &since = {}) const;
    /// The time of each customer's latest contact; customers never contacted are absent.
    Result<QHash<CustomerId, QDateTime>> lastContacts() const;
    /// Logs a contact and fills in its id; madeBy is the user name when empty.
    /// Announced by contactsChanged().
    [[nodiscard]] Status addContact(Contact &contact);
    /// Saves a contact's time, channel and note (by its id).
    [[nodiscard]] Status updateContact(const Contact &contact);
    /// Removes a contact; returns it as it was, for restoreContact().
    Result<Contact> removeContact(qint64 id);
    /// Puts a removed contact back with its id (undo of a removal).
    [[nodiscard]] Status restoreContact(const Contact &contact);

    // Shortlist
    /// Every shortlist mark, by customer id. Marks of removed customers go with them.
    Result<QList<ShortlistMark>> shortlistMarks() const;
    /// Replaces all shortlist marks at once, so that an undo can put back the
    /// previous set exactly. Announced by shortlistChanged().
    [[nodiscard]] Status setShortlistMarks(const QList<ShortlistMark> &marks);

    // Settings
    WorkspaceSettings settings() const;
    [[nodiscard]] Status setSettings(const WorkspaceSettings &settings);

    // Own fields (their definitions are in settings())
    /// How many customers hold a value of each own field, by name.
    Result<QHash<QString, qint64>> ownFieldCounts() const;
    /// Renames, deletes or re-types an own field (OwnFieldEdit) in its
    /// definition and in every customer that holds a value of it, in one
    /// transaction; only those customers are rewritten. Returns what it
    /// replaced, for restoreOwnFields(). A rename takes the excellent-customer
    /// rule's conditions on the field along. Refused with nothing changed when
    /// the edit does not fit the definitions as the store holds them.
    /// Announced as customersReset() (when customers changed) and
    /// settingsChanged().
    Result<OwnFieldsBefore> changeOwnField(const OwnFieldEdit &edit);
    /// Puts back what changeOwnField() replaced (its undo), in one
    /// transaction, announced as changeOwnField() is.
    [[nodiscard]] Status restoreOwnFields(const OwnFieldsBefore &before);

    Result<StoreTotals> totals() const;

    // The whole workspace (kindred-cli copy)
    /// Whether the store holds nothing at all: no customers, orders, score
    /// history, shortlist marks or settings.
    Result<bool> isEmpty() const;
    /// Everything the store holds, table by table in id order (see
    /// WorkspaceContent), read as one snapshot: another client's changes
    /// meanwhile are either all in it or not at all.
    Result<WorkspaceContent> content() const;
    /// Writes a whole workspace into this store, which must be empty
    /// (isEmpty()), keeping every id, in one transaction: when it fails, the
    /// store is left empty. New rows afterwards take ids after the copied
    /// ones. Announced as customersReset(), settingsChanged() and
    /// shortlistChanged().
    [[nodiscard]] Status writeContent(const WorkspaceContent &content);

signals:
    /// Many customers changed at once (an import, generated data): reload all.
    void customersReset();
    void customersAdded(const QList<Kindred::CustomerId> &ids);
    void customersChanged(const QList<Kindred::CustomerId> &ids);
    void customersRemoved(const QList<Kindred::CustomerId> &ids);
    void settingsChanged();
    void shortlistChanged();
    /// Contacts of these customers were logged, changed or removed.
    void contactsChanged(const QList<Kindred::CustomerId> &ids);

private:
    friend class StoreTransaction;
    class Private;
    std::unique_ptr<Private> d;

    Status openImpl(const QString &location, OpenMode mode, int targetVersion);
    Status openSqlite(const QString &path, OpenMode mode);
    Status openPostgres(const StoreLocation &location, OpenMode mode);
    Status migrate(int targetVersion);
    Status writeSchemaVersion(int version);
    static Status checkIdentity(quint32 applicationId, qint64 schemaVersion, const QString &path,
                                bool readOnly = false);
    Status loadSettings();
    Status writeSettings(const QList<std::pair<QString, QString>> &settings, const QString &failure);
    Result<QString> lockSetting(const QString &key);
    Result<QList<OwnFieldDefinition>> lockOwnFieldDefinitions();
    Result<QList<OwnFieldsText>> lockOwnFieldsHolding(const QString &name);
    Status writeOwnFields(StoreTransaction &transaction, const QList<OwnFieldsText> &customers,
                          const QList<OwnFieldDefinition> &definitions, const std::optional<QString> &excellenceRule);
    Status insertCustomers(QList<Customer> &customers, bool keepId);
    Status insertOrders(QList<Order> &orders, bool keepIds);
    Status insertOrdersSqlite(const QList<Order> &orders);
    /// Inserts customers with their ids and every column as given, many
    /// rows a statement; wrote() is told of each statement's rows.
    Status insertCustomersSqlite(const QList<Customer> &customers, const std::function<Status(qint64)> &wrote = {});
    Status checkCustomersExist(const QList<std::pair<CustomerId, qsizetype>> &ordersByCustomer);
    Status writeCustomerUpdates(const QList<Customer> &customers, const QString &scoreSource,
                                const QList<CustomerFields> &fields, QList<CustomerId> &ids);
    Status insertHistory(const QList<ScoreChange> &changes);
    Status insertShortlistMarks(const QList<ShortlistMark> &marks);
    /// Inserts contacts with their ids.
    Status insertContacts(const QList<Contact> &contacts);
    Status deleteCustomers(const QList<CustomerId> &ids);
    Status insertSnapshots(const QList<CustomerSnapshot> &snapshots);
    Status refreshDerivedFigures(const QList<CustomerId> &ids);
    Result<QList<Customer>> selectCustomers(const QString &where, const QVariantList &values) const;
    Result<QList<Customer>> selectCustomersSqlite(const QString &sql, const QVariantList &values) const;
    Result<ImportWriteCounts> importBatchPostgres(ImportBatch &batch, const WriteControl &control);
    Result<ImportWriteCounts> finishImport(StoreTransaction &transaction, QList<CustomerId> orderCustomers,
                                           ImportBatch &batch, const QList<Customer> &added,
                                           const ImportWriteCounts &counts, const WriteControl &control);
    /// Announces the change to the other clients, commits, runs committed and
    /// emits the change's signal; the failure's text says what was not saved.
    Status commitChange(StoreTransaction &transaction, StoreChange change, const QList<CustomerId> &ids,
                        const QString &failure, const std::function<void()> &committed = {});
    void emitChange(StoreChange change, const QList<CustomerId> &ids);
    Status announceMerge(CustomerId keptId, CustomerId otherId, bool contactsMoved);
    void emitMerge(CustomerId keptId, const MergeUndo &undo);
    Status announce(StoreChange change, const QList<CustomerId> &ids);
    void receiveAnnouncement(const QString &name, int source, const QVariant &payload);
    Status syncIdSequences();
    Error sqlError(const QString &what, const QString &detail) const;
    Error notBegun(const StoreTransaction &transaction) const;
    Error busyError() const;

    // Added for the undo check of the team store GUI; may move up to "Customers".
public:
    /// The customers with these ids that still exist, ordered by id; read in
    /// a few queries (500 ids each) so that checking a large undo step stays cheap.
    Result<QList<Customer>> customers(const QList<CustomerId> &ids) const;
    /// The revisions of the customers with these ids that still exist, read
    /// alone: an undo step of an import notes those of 100,000 customers
    /// after each undo and redo, which whole customers made a third of a second.
    Result<QHash<CustomerId, qint64>> revisions(const QList<CustomerId> &ids) const;
};

} // namespace Kindred
