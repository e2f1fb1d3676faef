#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QReadWriteLock>

#include <vector>

namespace LogSage {

/// Thread-safe table of interned names (message types, hosts): each distinct name gets a
/// 16-bit id starting at 1; 0 stands for "none" and for names beyond the 65535th.
class NameTable
{
public:
    /// Returns the id of `name`, adding it when new (0 when the table is full).
    quint16 intern(QByteArrayView name);
    QByteArray name(quint16 id) const; ///< empty for 0 or unknown ids
    int count() const;                 ///< ids are 1..count()
    std::vector<QByteArray> names() const; ///< names()[id - 1] is the name of id
    qint64 heapBytes() const;          ///< approximate memory held
    void clear();

private:
    mutable QReadWriteLock m_lock;
    QHash<QByteArray, quint16> m_ids;
    std::vector<QByteArray> m_names;
};

} // namespace LogSage
