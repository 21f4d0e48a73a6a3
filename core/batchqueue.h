// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

namespace Kindred {

/// Batches handed from one thread to another, a few at most in between, so
/// that the faster side waits instead of filling memory. Either side may
/// stop it: then every wait ends and nothing more is handed over.
template <typename Batch>
class BatchQueue
{
public:
    explicit BatchQueue(size_t capacity) : m_capacity(capacity) {}

    /// Hands a batch over, waiting while the queue is full; false once stopped.
    bool push(std::unique_ptr<Batch> batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_queue.size() < m_capacity; });
        if (m_stopped)
            return false;
        m_queue.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    /// The next batch, waiting for one; null once stopped.
    std::unique_ptr<Batch> take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || !m_queue.empty(); });
        if (m_stopped)
            return nullptr;
        std::unique_ptr<Batch> batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_changed.notify_all();
        return batch;
    }
    /// Keeps a batch that was taken and used, for spare() to hand out again:
    /// a batch's buffers then stay allocated and in memory instead of being
    /// freed and faulted in anew for every batch (hundreds of a large file).
    void giveBack(std::unique_ptr<Batch> batch)
    {
        const std::lock_guard lock(m_mutex);
        if (m_spares.size() < m_capacity + 2)
            m_spares.push_back(std::move(batch));
    }
    /// A batch given back, or null when there is none.
    std::unique_ptr<Batch> spare()
    {
        const std::lock_guard lock(m_mutex);
        if (m_spares.empty())
            return nullptr;
        std::unique_ptr<Batch> batch = std::move(m_spares.back());
        m_spares.pop_back();
        return batch;
    }
    void stop()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
    }

private:
    const size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_queue;
    std::deque<std::unique_ptr<Batch>> m_spares;
    bool m_stopped = false;
};

} // namespace Kindred
