// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <limits>
#include <vector>

namespace Kindred {

/// Positions in the caller's own list, found by a hash of their key: the
/// import's tables of customers and orders, up to millions of entries.
///
/// A slot holds 32 bits of the hash beside the position, so a probe compares
/// those and asks the caller to compare keys only when they match: a lookup
/// touches one slot of eight bytes, where QHash compares the key of every
/// entry it probes, and the keys lie scattered over memory.
class HashIndex
{
public:
    /// Room for this many entries without growing.
    void reserve(qsizetype entries)
    {
        if (entries * 2 > qsizetype(m_slots.size()))
            rehash(entries * 2);
    }
    qsizetype size() const { return m_size; }
    void clear()
    {
        m_slots.clear();
        m_size = 0;
    }

    /// The position whose key `matches(position)` confirms, or -1.
    template <typename Matches>
    qsizetype find(size_t hash, Matches &&matches) const
    {
        if (m_slots.empty())
            return -1;
        const quint32 tag = tagOf(hash);
        for (size_t i = tag & mask();; i = (i + 1) & mask()) {
            const Slot &slot = m_slots[i];
            if (slot.position < 0)
                return -1;
            if (slot.tag == tag && matches(qsizetype(slot.position)))
                return slot.position;
        }
    }

    /// Adds a position whose key is not in the index yet.
    void insert(size_t hash, qsizetype position)
    {
        Q_ASSERT(position >= 0 && position <= std::numeric_limits<qint32>::max());
        if ((m_size + 1) * 2 > qsizetype(m_slots.size()))
            rehash(std::max<qsizetype>(64, qsizetype(m_slots.size()) * 2));
        place({tagOf(hash), qint32(position)});
        ++m_size;
    }

private:
    struct Slot
    {
        quint32 tag; // the hash's high half: its low bits pick the slot, the rest tell keys apart
        qint32 position; // -1: empty
    };

    size_t mask() const { return m_slots.size() - 1; }
    static quint32 tagOf(size_t hash) { return quint32(quint64(hash) >> 32); }

    void place(Slot slot)
    {
        size_t i = slot.tag & mask();
        while (m_slots[i].position >= 0)
            i = (i + 1) & mask();
        m_slots[i] = slot;
    }

    void rehash(qsizetype minimumSlots)
    {
        size_t count = 64;
        while (count < size_t(minimumSlots))
            count *= 2;
        std::vector<Slot> old(count, Slot{0, -1});
        old.swap(m_slots);
        for (const Slot &slot : old) {
            if (slot.position >= 0)
                place(slot);
        }
    }

    std::vector<Slot> m_slots; // a power of two, at most half full
    qsizetype m_size = 0;
};

} // namespace Kindred
