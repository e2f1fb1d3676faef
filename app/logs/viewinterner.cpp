#include "viewinterner.h"

#include <cstring>

namespace LogSage {

namespace {
// Eight bytes per step: keys are host names and message IDs of 10 to 60 bytes, hashed for
// every line on the index path, so a byte-wise hash would cost more than the lookup.
quint32 hashBytes(QByteArrayView bytes)
{
    const char *p = bytes.data();
    qsizetype n = bytes.size();
    quint64 h = 0x9e3779b97f4a7c15ULL ^ quint64(n);
    while (n >= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    quint64 w = 0;
    std::memcpy(&w, p, std::size_t(n));
    h = (h ^ w) * 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return quint32(h ^ (h >> 32));
}
}

ViewInterner::ViewInterner()
    : m_slots(256)
{
}

quint16 ViewInterner::intern(QByteArrayView name)
{
    if (name.isEmpty())
        return 0;
    // Consecutive lines often repeat the host or the message: skip hashing then.
    if (m_lastId && name == m_last)
        return m_lastId;
    const quint32 h = hashBytes(name);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.id == 0) {
            if (m_names.size() >= 0xffff)
                return 0;
            m_names.push_back(name);
            slot.hash = h;
            slot.id = quint16(m_names.size());
            const quint16 id = slot.id;
            if (m_names.size() * 2 > m_slots.size())
                grow();
            m_last = name;
            m_lastId = id;
            return id;
        }
        if (slot.hash == h && m_names[slot.id - 1] == name) {
            m_last = name;
            m_lastId = slot.id;
            return slot.id;
        }
    }
}

void ViewInterner::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.id == 0)
            continue;
        std::size_t i = slot.hash & mask;
        while (m_slots[i].id != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

} // namespace LogSage
