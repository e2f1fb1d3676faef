#include "viewinterner.h"

namespace LogSage {

namespace {
quint32 hashBytes(QByteArrayView bytes)
{
    quint32 h = 2166136261u; // FNV-1a: short keys, no allocation, good enough spread
    for (const char c : bytes) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return h;
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
