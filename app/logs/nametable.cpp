#include "nametable.h"

namespace LogSage {

quint16 NameTable::intern(QByteArrayView name)
{
    const QByteArray key = name.toByteArray();
    {
        QReadLocker locker(&m_lock);
        const auto it = m_ids.constFind(key);
        if (it != m_ids.cend())
            return it.value();
    }
    QWriteLocker locker(&m_lock);
    const auto it = m_ids.constFind(key);
    if (it != m_ids.cend())
        return it.value();
    if (m_names.size() >= 0xffff)
        return 0;
    m_names.push_back(key);
    const auto id = quint16(m_names.size());
    m_ids.insert(key, id);
    return id;
}

QByteArray NameTable::name(quint16 id) const
{
    QReadLocker locker(&m_lock);
    if (id == 0 || id > m_names.size())
        return {};
    return m_names[id - 1];
}

int NameTable::count() const
{
    QReadLocker locker(&m_lock);
    return int(m_names.size());
}

std::vector<QByteArray> NameTable::names() const
{
    QReadLocker locker(&m_lock);
    return m_names;
}

qint64 NameTable::heapBytes() const
{
    QReadLocker locker(&m_lock);
    qint64 bytes = qint64(m_names.capacity() * sizeof(QByteArray));
    for (const QByteArray &n : m_names)
        bytes += 2 * (n.capacity() + 24); // stored once in the list, once as the hash key
    return bytes + qint64(m_ids.capacity()) * 16;
}

void NameTable::clear()
{
    QWriteLocker locker(&m_lock);
    m_ids.clear();
    m_names.clear();
}

} // namespace LogSage
