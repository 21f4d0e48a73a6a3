// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortlistmodel.h"

#include "commands/editcustomers.h"
#include "commands/pincustomers.h"
#include "commands/reordershortlist.h"
#include "store/customerstore.h"
#include "customertablemodel.h"

#include <QColor>
#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QUndoStack>

#include <algorithm>

namespace Kindred {

namespace {
const QString idsMimeType = QStringLiteral("application/x-kindred-customer-ids");
} // namespace

ShortlistModel::ShortlistModel(CustomerStore &store, CustomerTableModel &customers, QUndoStack &undoStack,
                               QObject *parent)
    : QAbstractTableModel(parent),
      m_store(store),
      m_customers(customers),
      m_undoStack(undoStack),
      m_source(ShortlistSource::quadrant(Quadrant::I))
{
    // The table follows customers and settings first, then says so once.
    connect(&customers, &CustomerTableModel::customersUpdated, this, &ShortlistModel::followCustomers);
    connect(&store, &CustomerStore::shortlistChanged, this, &ShortlistModel::followMarks);
    // The last contacts are read apart, not on every edit of a customer: when
    // contacts change, and when customers come back with theirs (an undo).
    connect(&store, &CustomerStore::contactsChanged, this, &ShortlistModel::followContacts);
    connect(&store, &CustomerStore::customersReset, this, &ShortlistModel::followContacts);
    connect(&store, &CustomerStore::customersAdded, this, &ShortlistModel::followContacts);
    reloadOrReport();
    followContacts();
}

void ShortlistModel::setSource(const ShortlistSource &source)
{
    m_source = source;
    reloadOrReport();
}

QList<CustomerId> ShortlistModel::excludedIds() const
{
    QList<CustomerId> ids;
    for (const ShortlistMark &m : m_marks) {
        if (m.excluded)
            ids.append(m.customerId);
    }
    return ids;
}

QDate ShortlistModel::day() const
{
    return m_customers.asOf();
}

ShortlistModel::DueState ShortlistModel::dueState(const Customer &customer) const
{
    if (!customer.nextActionDue.isValid() || customer.nextActionDue > day())
        return NotDue;
    return customer.nextActionDue == day() ? DueToday : Overdue;
}

int ShortlistModel::dueCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [this](const ShortlistEntry &e) { return dueState(e.customer) != NotDue; }));
}

void ShortlistModel::followContacts()
{
    if (!m_store.isOpen())
        return;
    auto last = m_store.lastContacts();
    if (!last) {
        emit loadFailed(last.error());
        return;
    }
    m_lastContacts = last.value();
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, LastContact), index(rowCount() - 1, DaysSinceContact));
}

void ShortlistModel::reloadOrReport()
{
    if (Status error = reload())
        emit loadFailed(*error);
}

void ShortlistModel::followCustomers(const QList<CustomerId> &edited, CustomerFields fields)
{
    // What puts someone on the list and ranks them: scores, a pin, and what
    // their stage and the excellent-customer rule read. An edit of other
    // fields (a note) leaves the list as it is and shows in its own row.
    if (edited.isEmpty()) {
        m_rowsChanged = true;
        reloadOrReport();
        return;
    }
    if (fields & (CustomerTableModel::derivingFields() | CustomerField::Pinned)) {
        if (m_rowsChanged) {
            reloadOrReport();
            return;
        }
        for (CustomerId id : edited) {
            const int row = m_customers.rowOf(id);
            m_scores[row] = valueScore(m_customers.customerAt(row).valueFit, m_percentiles.at(row));
        }
        if (std::any_of(edited.cbegin(), edited.cend(), [this](CustomerId id) { return canChangeTheList(id); }))
            reloadOrReport();
        return;
    }
    for (CustomerId id : edited) {
        const auto entry = std::find_if(m_entries.begin(), m_entries.end(),
                                        [id](const ShortlistEntry &e) { return e.customer.id == id; });
        if (entry == m_entries.end())
            continue;
        entry->customer = m_customers.customerAt(m_customers.rowOf(id));
        const int row = int(entry - m_entries.begin());
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

// Whether the customer, edited in what places and ranks people on the
// list, can be on it now or could have been before: on it, pinned, or taken
// by the source and ranking before the last one ranked in (or there is room).
bool ShortlistModel::canChangeTheList(CustomerId id) const
{
    const Customer &c = m_customers.customerAt(m_customers.rowOf(id));
    const auto onTheList = [id](const ShortlistEntry &e) { return e.customer.id == id; };
    if (c.pinned || std::any_of(m_entries.cbegin(), m_entries.cend(), onTheList))
        return true;
    const bool excluded = std::any_of(m_marks.cbegin(), m_marks.cend(), [id](const ShortlistMark &m) {
        return m.customerId == id && m.excluded;
    });
    if (excluded || !m_source.accepts || !m_source.accepts(c, CustomerContext(m_customers.analysis())))
        return false;
    const ShortlistEntry *last = nullptr; // the weakest of those ranked in
    qsizetype ranked = 0;
    for (const ShortlistEntry &e : m_entries) {
        if (e.customer.pinned)
            continue;
        ++ranked;
        if (!last || ranksBefore(last->valueScore, last->customer, e.valueScore, e.customer))
            last = &e;
    }
    const qsizetype pinned = m_entries.size() - ranked;
    return ranked < m_capacity - pinned || !last
           || ranksBefore(m_scores.at(m_customers.rowOf(id)), c, last->valueScore, last->customer);
}

void ShortlistModel::followMarks()
{
    // A pin saves the customer, then the marks as they were: the list has
    // followed the customer already.
    auto marks = m_store.shortlistMarks();
    if (marks && marks.value() == m_marks && !m_rowsChanged)
        return;
    reloadOrReport();
}

Status ShortlistModel::reload()
{
    if (!m_store.isOpen()) {
        beginResetModel();
        m_entries.clear();
        m_marks.clear();
        m_lastContacts.clear();
        endResetModel();
        return std::nullopt;
    }
    auto marks = m_store.shortlistMarks();
    if (!marks)
        return marks.error();
    const WorkspaceSettings settings = m_store.settings();
    const QList<Customer> &customers = m_customers.customers();
    if (m_rowsChanged) {
        m_percentiles = revenuePercentiles(customers);
        m_scores.clear();
        m_scores.reserve(customers.size());
        for (qsizetype row = 0; row < customers.size(); ++row)
            m_scores.append(valueScore(customers.at(row).valueFit, m_percentiles.at(row)));
        m_rowsChanged = false;
    }
    QList<ShortlistEntry> entries = buildShortlist(customers, m_scores, m_source, marks.value(),
                                                   settings.oneToOneCapacity,
                                                   CustomerContext(m_customers.analysis()));

    m_marks = marks.value();
    m_capacity = settings.oneToOneCapacity;
    // The same people in the same order: update in place, so selection and
    // scroll position survive an edit of a note.
    const bool sameRows = std::equal(entries.cbegin(), entries.cend(), m_entries.cbegin(), m_entries.cend(),
                                     [](const ShortlistEntry &a, const ShortlistEntry &b) {
                                         return a.customer.id == b.customer.id;
                                     });
    if (sameRows) {
        m_entries = entries;
        if (!m_entries.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return std::nullopt;
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
    return std::nullopt;
}

int ShortlistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ShortlistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShortlistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ShortlistEntry &e = m_entries.at(index.row());
    const Customer &c = e.customer;
    if (role == CustomerIdRole)
        return c.id;
    if (role == Qt::CheckStateRole && index.column() == Pin)
        return c.pinned ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::FontRole && !e.inSource) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    const bool dueColumn = index.column() == NextAction || index.column() == Due;
    if (dueColumn && (role == Qt::BackgroundRole || role == Qt::ForegroundRole)) {
        // The notice bar's amber for today, a red for what is late.
        switch (dueState(c)) {
        case DueToday: return QColor(role == Qt::BackgroundRole ? 0xfff4ce : 0x4a3b00);
        case Overdue: return QColor(role == Qt::BackgroundRole ? 0xf8d7da : 0x721c24);
        case NotDue: return {};
        }
    }
    if (role == DueRole)
        return dueState(c);
    if (role == Qt::TextAlignmentRole && index.column() == DaysSinceContact)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (dueColumn && dueState(c) == DueToday)
            return tr("Due today");
        if (dueColumn && dueState(c) == Overdue)
            return tr("Overdue by %n day(s)", nullptr, int(c.nextActionDue.daysTo(day())));
        if (!e.inSource)
            return tr("Pinned; not in %1").arg(m_source.name);
        return tr("Value score %1").arg(QLocale().toString(e.valueScore, 'f', 1));
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Note: return c.notes;
        case NextAction: return c.nextAction;
        case Due: return c.nextActionDue.toString(Qt::ISODate);
        default: break;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Pin: return QString();
    case Name: return c.name;
    case Email: return c.email;
    case Phone: return c.phone;
    case Company: return c.company;
    case Quadrant: return quadrantNumeral(e.quadrant);
    case Stage: return stageName(e.stage);
    case Revenue: return m_customers.money().format(c.revenue);
    case LastOrder: return c.lastOrder.isValid() ? QLocale().toString(c.lastOrder, QLocale::ShortFormat) : QString();
    case Note: return c.notes.section(QLatin1Char('\n'), 0, 0);
    case NextAction: return c.nextAction;
    case Due: return c.nextActionDue.isValid() ? c.nextActionDue.toString(Qt::ISODate) : QString();
    case LastContact: {
        const QDateTime last = m_lastContacts.value(c.id);
        return last.isValid() ? QLocale().toString(last.toLocalTime().date(), QLocale::ShortFormat) : QString();
    }
    case DaysSinceContact: {
        // Counted to the table's day; a contact after it (an "as of" day in the past) has no days since.
        const QDateTime last = m_lastContacts.value(c.id);
        const qint64 days = last.isValid() ? last.toLocalTime().date().daysTo(day()) : -1;
        return days >= 0 ? QVariant(days) : QVariant(QString());
    }
    }
    return {};
}

bool ShortlistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return false;
    const Customer &before = m_entries.at(index.row()).customer;
    if (index.column() == Pin && role == Qt::CheckStateRole) {
        const bool pinned = value.toInt() == Qt::Checked;
        if (pinned != before.pinned)
            m_undoStack.push(new PinCustomers(m_store, {before.id}, pinned));
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    Customer after = before;
    QString text;
    switch (index.column()) {
    case Note:
        after.notes = value.toString();
        text = tr("Edit the note of %1").arg(before.name);
        break;
    case NextAction:
        after.nextAction = value.toString().trimmed();
        text = tr("Edit the next action of %1").arg(before.name);
        break;
    case Due: {
        const QString iso = value.toString().trimmed();
        after.nextActionDue = value.userType() == QMetaType::QDate ? value.toDate()
                                                                  : QDate::fromString(iso, Qt::ISODate);
        if (!iso.isEmpty() && !after.nextActionDue.isValid())
            return false; // not a date: the editor keeps the old value
        text = tr("Edit the due date of %1").arg(before.name);
        break;
    }
    default:
        return false;
    }
    if (after.sameEditableFields(before))
        return true;
    m_undoStack.push(new EditCustomers(m_store, {before}, {after}, text));
    return true;
}

QVariant ShortlistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Pin: return tr("Pin");
    case Name: return tr("Name");
    case Email: return tr("Email");
    case Phone: return tr("Phone");
    case Company: return tr("Company");
    case Quadrant: return tr("Quadrant");
    case Stage: return tr("Stage");
    case Revenue: return tr("Revenue");
    case LastOrder: return tr("Last order");
    case Note: return tr("Note");
    case NextAction: return tr("Next action");
    case Due: return tr("Due");
    case LastContact: return tr("Last contact");
    case DaysSinceContact: return tr("Days since");
    }
    return {};
}

Qt::ItemFlags ShortlistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == Pin)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == Note || index.column() == NextAction || index.column() == Due)
        f |= Qt::ItemIsEditable;
    return f;
}

Qt::DropActions ShortlistModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList ShortlistModel::mimeTypes() const
{
    return {idsMimeType};
}

QMimeData *ShortlistModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && !rows.contains(i.row()))
            rows.append(i.row());
    }
    std::sort(rows.begin(), rows.end());
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    for (int row : std::as_const(rows))
        stream << m_entries.at(row).customer.id;
    auto *data = new QMimeData;
    data->setData(idsMimeType, bytes);
    return data;
}

QList<CustomerId> ShortlistModel::orderAfterMove(const QList<CustomerId> &moved, int row) const
{
    QList<CustomerId> order;
    int insertAt = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        const CustomerId id = m_entries.at(i).customer.id;
        if (i < row && !moved.contains(id))
            ++insertAt;
        if (!moved.contains(id))
            order.append(id);
    }
    for (qsizetype i = 0; i < moved.size(); ++i)
        order.insert(insertAt + i, moved.at(i));
    return order;
}

bool ShortlistModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(idsMimeType))
        return false;
    QList<CustomerId> moved;
    QDataStream stream(data->data(idsMimeType));
    while (!stream.atEnd()) {
        CustomerId id = 0;
        stream >> id;
        moved.append(id);
    }
    // Dropped on a row: before it; between rows: at row; elsewhere: at the end.
    const int target = row >= 0 ? row : parent.isValid() ? parent.row() : rowCount();
    QList<CustomerId> current;
    for (const ShortlistEntry &e : std::as_const(m_entries))
        current.append(e.customer.id);
    const QList<CustomerId> order = orderAfterMove(moved, target);
    if (order != current)
        m_undoStack.push(new ReorderShortlist(m_store, order));
    // The store's signal reloads the list; the view must not remove rows itself.
    return false;
}

} // namespace Kindred
