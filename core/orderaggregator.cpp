// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderaggregator.h"

#include "batchqueue.h"
#include "hashindex.h"
#include "quickhash.h"

#include <QHash>

#include <thread>
#include <utility>
#include <vector>

namespace Kindred {

namespace {

struct ContentKey
{
    qsizetype customer;
    QString content;
    bool operator==(const ContentKey &other) const { return customer == other.customer && content == other.content; }
};

size_t qHash(const ContentKey &k, size_t seed = 0)
{
    return quickHash(k.content, seed ^ size_t(k.customer));
}

struct Line
{
    OrderAggregator::Customer customer;
    QDate date;
    double amount = 0;
    qsizetype idBegin = 0; // the order id, in Batch::text
    qsizetype idSize = 0;
    bool more = false; // a further line of the order before
};

struct Batch
{
    static constexpr size_t kLines = 4096;
    std::vector<Line> lines;
    QString text;
    qsizetype reserve = 0; // orders to make room for first
    bool last = false;
};

} // namespace

class OrderAggregator::Private
{
public:
    Private() : m_thread([this] { run(); }) {}
    ~Private()
    {
        if (!m_thread.joinable())
            return;
        m_queue.stop();
        m_thread.join();
    }

    std::unique_ptr<Batch> filling = newBatch(); // not emptyBatch(): m_queue, below, is made after it
    qsizetype reserve = 0;

    void handOver(bool last)
    {
        filling->last = last;
        filling->reserve = std::exchange(reserve, 0);
        m_queue.push(std::move(filling));
        if (!last)
            filling = emptyBatch();
    }

    QList<ImportOrder> finish()
    {
        handOver(true);
        m_thread.join();
        return std::move(m_orders);
    }

private:
    static std::unique_ptr<Batch> newBatch()
    {
        auto batch = std::make_unique<Batch>();
        batch->lines.reserve(Batch::kLines);
        return batch;
    }
    // One summed before, its buffers kept, or a new one.
    std::unique_ptr<Batch> emptyBatch()
    {
        std::unique_ptr<Batch> batch = m_queue.spare();
        if (!batch)
            return newBatch();
        batch->lines.clear();
        batch->text.resize(0);
        batch->reserve = 0;
        batch->last = false;
        return batch;
    }

    void run()
    {
        while (std::unique_ptr<Batch> batch = m_queue.take()) {
            if (batch->reserve > 0) {
                m_orders.reserve(m_orders.size() + batch->reserve);
                m_index.reserve(m_index.size() + batch->reserve);
            }
            for (const Line &line : batch->lines)
                add(line, QStringView(batch->text).sliced(line.idBegin, line.idSize));
            if (batch->last)
                return;
            m_queue.giveBack(std::move(batch));
        }
    }

    static bool isOf(const ImportOrder &order, const Customer &customer)
    {
        return customer.newCustomer >= 0 ? order.newCustomer == customer.newCustomer
                                         : order.newCustomer < 0 && order.customerId == customer.storeId;
    }

    void add(const Line &line, QStringView orderId)
    {
        if (line.more) {
            ImportOrder &order = m_orders[m_last];
            if (line.date.isValid())
                order.date = std::min(order.date, line.date);
            order.amount += line.amount;
            return;
        }
        const size_t hash = quickHash(orderId, m_seed ^ (size_t(line.customer.customer) * 0x9E3779B97F4A7C15ULL));
        if (!orderId.isEmpty()) {
            const qsizetype found = m_index.find(hash, [&](qsizetype i) {
                return m_orders.at(i).externalOrderId == orderId && isOf(m_orders.at(i), line.customer);
            });
            if (found >= 0) {
                m_last = found;
                ImportOrder &order = m_orders[found];
                order.amount += line.amount;
                order.date = std::min(order.date, line.date);
                return;
            }
        }
        ImportOrder order;
        order.customerId = line.customer.storeId;
        order.newCustomer = line.customer.newCustomer;
        order.externalOrderId = orderId.toString();
        order.date = line.date;
        order.amount = line.amount;
        if (orderId.isEmpty()) {
            // The same line twice in a file is two orders; numbering keeps them apart.
            const QString content = line.date.toString(Qt::ISODate) + QLatin1Char('|')
                + QString::number(line.amount, 'g', 17);
            const int occurrence = ++m_contentCount[ContentKey{line.customer.customer, content}];
            order.contentKey = content + QLatin1Char('|') + QString::number(occurrence);
        }
        m_orders.append(std::move(order));
        m_last = m_orders.size() - 1;
        if (!orderId.isEmpty())
            m_index.insert(hash, m_last);
    }

    // The thread's own until finish().
    QList<ImportOrder> m_orders;
    HashIndex m_index; // orders with an id, by customer and id
    QHash<ContentKey, int> m_contentCount;
    qsizetype m_last = -1;
    const size_t m_seed = QHashSeed::globalSeed();

    BatchQueue<Batch> m_queue{4}; // batches of lines given and not yet summed
    std::thread m_thread; // last: it starts once the rest is there
};

OrderAggregator::OrderAggregator() : d(std::make_unique<Private>()) {}

OrderAggregator::~OrderAggregator() = default;

void OrderAggregator::reserve(qsizetype orders)
{
    d->reserve += orders;
}

void OrderAggregator::addLine(const Customer &customer, QStringView orderId, const QDate &date, double amount)
{
    Batch &batch = *d->filling;
    batch.lines.push_back({customer, date, amount, batch.text.size(), orderId.size(), false});
    batch.text.append(orderId);
    if (batch.lines.size() == Batch::kLines)
        d->handOver(false);
}

void OrderAggregator::addToPrevious(const QDate &date, double amount)
{
    Batch &batch = *d->filling;
    batch.lines.push_back({{}, date, amount, batch.text.size(), 0, true});
    if (batch.lines.size() == Batch::kLines)
        d->handOver(false);
}

QList<ImportOrder> OrderAggregator::finish()
{
    return d->finish();
}

} // namespace Kindred
