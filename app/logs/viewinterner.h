#pragma once

#include <QByteArrayView>

#include <vector>

namespace LogSage {

/// Gives byte strings ids 1, 2, ... in first-seen order without copying them: the views must
/// outlive the interner. Allocates only when a new string is seen, never per lookup. One
/// thread at a time; the line index uses one per chunk and merges the names afterwards.
class ViewInterner
{
public:
    ViewInterner();

    /// The id of `name`; 0 for an empty name or beyond 65535 names.
    quint16 intern(QByteArrayView name);
    /// names()[id - 1] is the string of id.
    const std::vector<QByteArrayView> &names() const { return m_names; }

private:
    struct Slot {
        quint32 hash = 0;
        quint16 id = 0; ///< 0: empty slot
    };
    void grow();

    std::vector<Slot> m_slots; ///< open addressing, size a power of two
    std::vector<QByteArrayView> m_names;
    QByteArrayView m_last;
    quint16 m_lastId = 0;
};

} // namespace LogSage
