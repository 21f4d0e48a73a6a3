// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customertablemodel.h"

#include "ownfields.h"
#include "quadrant.h"
#include "store/customerstore.h"

#include <QLocale>
#include <QMimeData>
#include <QSet>

namespace Kindred {

CustomerTableModel::CustomerTableModel(CustomerStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_today(QDate::currentDate())
{
    connect(&store, &CustomerStore::customersReset, this, [this] { reload(); });
    connect(&store, &CustomerStore::customersAdded, this, &CustomerTableModel::onCustomersAdded);
    connect(&store, &CustomerStore::customersChanged, this, &CustomerTableModel::onCustomersChanged);
    connect(&store, &CustomerStore::customersRemoved, this, &CustomerTableModel::onCustomersRemoved);
    connect(&store, &CustomerStore::settingsChanged, this, &CustomerTableModel::onSettingsChanged);
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_customers.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + int(m_ownFields.size());
}

const OwnFieldDefinition *CustomerTableModel::ownFieldAt(int column) const
{
    const int index = column - ColumnCount;
    return index >= 0 && index < m_ownFields.size() ? &m_ownFields.at(index) : nullptr;
}

QVariant CustomerTableModel::ownFieldData(const Customer &c, const OwnFieldDefinition &field, int role) const
{
    const QString value = c.ownFields.value(field.name);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return OwnFields::displayed(field.type, value, QLocale());
    case SortRole:
        if (field.type == OwnFieldType::Number) {
            bool ok = false;
            const double number = value.toDouble(&ok);
            return ok ? QVariant(number) : QVariant();
        }
        if (field.type == OwnFieldType::Date)
            return QDate::fromString(value, Qt::ISODate);
        return value;
    case Qt::TextAlignmentRole:
        return field.type == OwnFieldType::Number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Customer &c = m_customers.at(index.row());
    if (role == CustomerIdRole)
        return c.id;
    if (const OwnFieldDefinition *field = ownFieldAt(index.column()))
        return ownFieldData(c, *field, role);

    auto score = [role](const std::optional<double> &value) -> QVariant {
        if (!value)
            return {};
        return role == SortRole ? QVariant(*value) : QVariant(formatScore(*value));
    };
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Revenue: case Orders: case ValueFit: case ValueAwareness:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Quadrant:
            return Qt::AlignCenter;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};

    switch (index.column()) {
    case Name:
        return c.name;
    case Email:
        return c.email;
    case Company:
        return c.company;
    case Stage: {
        const Kindred::Stage stage = stageAt(index.row());
        return role == SortRole ? QVariant(int(stage)) : QVariant(stageName(stage));
    }
    case Revenue:
        return role == SortRole ? QVariant(c.revenue) : QVariant(m_money.format(c.revenue));
    case Orders:
        return c.orderCount;
    case LastOrder:
        if (role == SortRole)
            return c.lastOrder;
        if (role == Qt::ToolTipRole)
            return c.lastOrder.isValid() ? tr("%n day(s) before %1", nullptr, int(c.lastOrder.daysTo(asOf())))
                                               .arg(QLocale().toString(asOf(), QLocale::ShortFormat))
                                         : QString();
        return c.lastOrder.isValid() ? QLocale().toString(c.lastOrder, QLocale::ShortFormat) : QString();
    case ValueFit:
        return score(c.valueFit);
    case ValueAwareness:
        return score(c.valueAwareness);
    case Quadrant: {
        const Kindred::Quadrant q = quadrantAt(index.row());
        if (role == SortRole)
            return int(q);
        return role == Qt::ToolTipRole ? quadrantMeaning(q) : quadrantNumeral(q);
    }
    case Tags:
        return joinTags(c.tags);
    }
    return {};
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && m_asOf.isValid()
        && (section == Stage || section == Revenue || section == Orders || section == LastOrder))
        return tr("As of %1: orders after it do not count").arg(QLocale().toString(m_asOf, QLocale::ShortFormat));
    if (const OwnFieldDefinition *field = orientation == Qt::Horizontal ? ownFieldAt(section) : nullptr) {
        if (role == Qt::ToolTipRole)
            return tr("Your own field (%1)").arg(ownFieldTypeName(field->type));
        if (role == Qt::DisplayRole)
            return field->name;
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Email: return tr("Email");
    case Company: return tr("Company");
    case Stage: return tr("Stage");
    case Revenue: return tr("Revenue");
    case Orders: return tr("Orders");
    case LastOrder: return tr("Last order");
    case ValueFit: return tr("Value fit");
    case ValueAwareness: return tr("Value awareness");
    case Quadrant: return tr("Quadrant");
    case Tags: return tr("Tags");
    }
    return {};
}

Qt::ItemFlags CustomerTableModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QString CustomerTableModel::customerIdsMimeType()
{
    return QStringLiteral("application/x-kindred-customer-ids");
}

QStringList CustomerTableModel::mimeTypes() const
{
    return {customerIdsMimeType()};
}

QMimeData *CustomerTableModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = QString::number(m_customers.at(index.row()).id);
        if (!ids.contains(id))
            ids.append(id);
    }
    auto *data = new QMimeData;
    data->setData(customerIdsMimeType(), ids.join(QLatin1Char(',')).toLatin1());
    return data;
}

QList<CustomerId> CustomerTableModel::customerIds(const QMimeData *data)
{
    QList<CustomerId> ids;
    for (const QByteArray &part : data->data(customerIdsMimeType()).split(',')) {
        bool ok = false;
        const CustomerId id = part.toLongLong(&ok);
        if (ok)
            ids.append(id);
    }
    return ids;
}

void CustomerTableModel::setToday(const QDate &today)
{
    m_today = today;
    onSettingsChanged();
}

QDate CustomerTableModel::lastOrderDate() const
{
    QDate last;
    for (const Customer &c : m_stored) {
        if (c.lastOrder.isValid() && (!last.isValid() || c.lastOrder > last))
            last = c.lastOrder;
    }
    return last;
}

Result<const OrderHistory *> CustomerTableModel::orderHistory() const
{
    if (!m_history) {
        auto loaded = OrderHistory::load(m_store);
        if (!loaded)
            return loaded.error();
        m_history = std::move(loaded.value());
    }
    return &*m_history;
}

std::optional<Customer> CustomerTableModel::rowCustomer(const Customer &stored) const
{
    if (!m_asOf.isValid())
        return stored;
    const auto history = orderHistory();
    if (!history) // a failed read was reported when the history was dropped
        return stored;
    return customerAsOf(stored, history.value()->figures(stored.id, QDate(), m_asOf), m_asOf);
}

void CustomerTableModel::followOrders(const QList<Customer> &stored)
{
    if (!m_history)
        return;
    QList<CustomerId> changed;
    for (const Customer &c : stored) {
        if (!m_history->agreesWith(c))
            changed.append(c.id);
    }
    if (Status error = m_history->reload(m_store, changed)) {
        m_history.reset(); // read whole again when next asked for
        emit loadFailed(*error);
    }
}

std::pair<int, int> CustomerTableModel::rederive(int compared)
{
    m_analysis = CustomerAnalysis(m_customers, m_store.settings(), m_asOf.isValid() ? m_asOf : m_today);
    std::pair<int, int> changed{-1, -1};
    for (int row = 0; row < compared; ++row) {
        const DerivedCustomer &before = m_derived.at(row);
        const DerivedCustomer &after = m_analysis.at(row);
        if (before.stage != after.stage || before.quadrant != after.quadrant) {
            if (changed.first < 0)
                changed.first = row;
            changed.second = row;
        }
    }
    m_derived = m_analysis.customers();
    return changed;
}

void CustomerTableModel::announceDerived(std::pair<int, int> rows)
{
    if (rows.first >= 0)
        emit dataChanged(index(rows.first, Stage), index(rows.second, Quadrant));
}

Status CustomerTableModel::reload()
{
    auto customers = m_store.isOpen() ? m_store.customers() : Result<QList<Customer>>(QList<Customer>());
    if (!customers) {
        emit loadFailed(customers.error());
        return customers.error();
    }
    m_history.reset(); // any order may have changed
    m_stored = std::move(customers.value());
    rebuildStoredIndex();
    resetRows();
    return std::nullopt;
}

void CustomerTableModel::resetRows()
{
    m_asOf = m_store.isOpen() ? m_store.settings().asOf : QDate();
    if (m_asOf.isValid()) {
        const auto history = orderHistory();
        if (!history) {
            emit loadFailed(history.error());
            m_asOf = QDate(); // shows today's figures rather than none
        }
    }
    beginResetModel();
    m_money = Money(m_store.settings().currency);
    m_ownFields = m_store.isOpen() ? m_store.settings().ownFields : QList<OwnFieldDefinition>();
    if (m_asOf.isValid()) {
        m_customers.clear();
        m_customers.reserve(m_stored.size());
        for (const Customer &c : std::as_const(m_stored)) {
            if (auto row = rowCustomer(c))
                m_customers.append(std::move(*row));
        }
    } else {
        m_customers = m_stored;
    }
    rederive(0);
    rebuildRowIndex();
    m_sortKeys.clear();
    m_sortKeys.reserve(m_customers.size());
    for (const Customer &c : std::as_const(m_customers))
        m_sortKeys.append(sortKeysOf(c));
    endResetModel();
    emit customersUpdated({}, {});
}

void CustomerTableModel::rebuildRowIndex()
{
    m_rows.clear();
    m_rows.reserve(m_customers.size());
    for (int row = 0; row < m_customers.size(); ++row)
        m_rows.insert(m_customers.at(row).id, row);
}

void CustomerTableModel::rebuildStoredIndex()
{
    m_storedIndex.clear();
    m_storedIndex.reserve(m_stored.size());
    for (qsizetype i = 0; i < m_stored.size(); ++i)
        m_storedIndex.insert(m_stored.at(i).id, i);
}

void CustomerTableModel::onCustomersAdded(const QList<CustomerId> &ids)
{
    QList<Customer> added;
    for (CustomerId id : ids) {
        auto customer = m_store.customer(id);
        if (!customer) {
            emit loadFailed(customer.error());
            continue;
        }
        added.append(customer.value());
    }
    for (const Customer &c : std::as_const(added)) {
        m_storedIndex.insert(c.id, m_stored.size());
        m_stored.append(c);
    }
    followOrders(added);
    QList<Customer> rows; // those who existed on the "as of" day
    for (const Customer &c : std::as_const(added)) {
        if (auto row = rowCustomer(c))
            rows.append(std::move(*row));
    }
    if (rows.isEmpty())
        return;
    const int first = int(m_customers.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (const Customer &c : std::as_const(rows)) {
        m_rows.insert(c.id, int(m_customers.size()));
        m_customers.append(c);
        m_sortKeys.append(sortKeysOf(c));
    }
    const auto changed = rederive(first);
    endInsertRows();
    announceDerived(changed);
    emit customersUpdated({}, {});
}

namespace {
// Whether a row's revenue and order figures, which place everyone on the
// revenue curve and add up to the totals, stayed.
bool sameOrderFigures(const Customer &a, const Customer &b)
{
    return a.revenue == b.revenue && a.orderCount == b.orderCount && a.firstOrder == b.firstOrder
           && a.lastOrder == b.lastOrder;
}
} // namespace

void CustomerTableModel::onCustomersChanged(const QList<CustomerId> &ids)
{
    QList<Customer> changedCustomers;
    CustomerFields fields;
    for (CustomerId id : ids) {
        const qsizetype stored = m_storedIndex.value(id, -1);
        if (stored < 0)
            continue;
        auto customer = m_store.customer(id);
        if (!customer) {
            emit loadFailed(customer.error());
            continue;
        }
        fields |= differingFields(m_stored.at(stored), customer.value());
        m_stored[stored] = customer.value();
        changedCustomers.append(customer.value());
    }
    if (changedCustomers.isEmpty())
        return;
    followOrders(changedCustomers);
    QList<int> rows;
    bool sameFigures = true;
    for (const Customer &c : std::as_const(changedCustomers)) {
        const int row = rowOf(c.id);
        auto shown = rowCustomer(c);
        if ((row >= 0) != shown.has_value()) {
            // New orders before the "as of" day made them a customer then (or
            // the reverse): rows come and go, which a reset says simply.
            resetRows();
            return;
        }
        if (row >= 0) {
            sameFigures = sameFigures && sameOrderFigures(m_customers.at(row), *shown);
            m_customers[row] = std::move(*shown);
            m_sortKeys[row] = sortKeysOf(m_customers.at(row));
            rows.append(row);
        }
    }
    if (rows.isEmpty())
        return;
    if (sameFigures) {
        rederiveRows(rows, fields);
        return;
    }
    const auto changed = rederive(int(m_customers.size()));
    for (int row : std::as_const(rows))
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    announceDerived(changed);
    emit customersUpdated({}, {});
}

void CustomerTableModel::rederiveRows(const QList<int> &rows, CustomerFields fields)
{
    QList<CustomerId> ids;
    ids.reserve(rows.size());
    for (int row : rows) {
        m_analysis.rederive(row, m_customers.at(row));
        m_derived[row] = m_analysis.at(row);
        ids.append(m_customers.at(row).id);
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    emit customersUpdated(ids, fields);
}

void CustomerTableModel::onCustomersRemoved(const QList<CustomerId> &ids)
{
    const qsizetype before = m_stored.size();
    const QSet<CustomerId> removed(ids.cbegin(), ids.cend());
    m_stored.removeIf([&removed](const Customer &c) { return removed.contains(c.id); });
    if (m_stored.size() != before)
        rebuildStoredIndex();
    if (m_history)
        m_history->remove(ids);
    QList<int> rows;
    for (CustomerId id : ids) {
        const int row = rowOf(id);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows) {
        beginRemoveRows({}, row, row);
        m_customers.removeAt(row);
        m_derived.removeAt(row);
        m_sortKeys.removeAt(row);
        endRemoveRows();
    }
    rebuildRowIndex();
    announceDerived(rederive(int(m_customers.size())));
    emit customersUpdated({}, {});
}

void CustomerTableModel::onSettingsChanged()
{
    if (m_store.isOpen() && m_store.settings().asOf != m_asOf) {
        resetRows(); // another day: other figures, other rows
        return;
    }
    followOwnFields();
    const Money money(m_store.settings().currency);
    if (money != m_money) {
        m_money = money;
        if (!m_customers.isEmpty())
            emit dataChanged(index(0, Revenue), index(rowCount() - 1, Revenue), {Qt::DisplayRole});
    }
    announceDerived(rederive(int(m_customers.size())));
    emit customersUpdated({}, {});
}

void CustomerTableModel::followOwnFields()
{
    const QList<OwnFieldDefinition> &fields = m_store.settings().ownFields;
    if (fields == m_ownFields)
        return;
    // Removed and inserted whole: a view keeps its other columns' widths,
    // order and sorting, which a reset would not.
    if (!m_ownFields.isEmpty()) {
        beginRemoveColumns({}, ColumnCount, columnCount() - 1);
        m_ownFields.clear();
        endRemoveColumns();
    }
    if (!fields.isEmpty()) {
        beginInsertColumns({}, ColumnCount, ColumnCount + int(fields.size()) - 1);
        m_ownFields = fields;
        endInsertColumns();
    }
}

} // namespace Kindred
