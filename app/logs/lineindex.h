#pragma once

#include "linetypes.h"

#include <QByteArrayView>
#include <QReadWriteLock>

#include <atomic>
#include <memory>
#include <vector>

namespace LogSage {

/// A run of consecutive lines: 32-bit start offsets above one 64-bit base, and a record per
/// line. 16 bytes per line; a block never spans more than 4 GiB of text.
struct LineBlock {
    static constexpr quint32 DefaultCapacity = 65536;

    explicit LineBlock(quint32 capacity = DefaultCapacity);

    quint64 firstLine = 0; ///< line number of the block's first line, set when published
    quint64 base = 0;      ///< file offset the 32-bit offsets count from
    quint32 count = 0;
    quint32 capacity = 0;
    std::unique_ptr<quint32[]> offsets;
    std::unique_ptr<LineRecord[]> records;

    quint64 lineStart(quint32 i) const { return base + offsets[i]; }
    /// True when a line starting at `offset` can still be added.
    bool canAppend(quint64 offset) const
    {
        return count < capacity && (count == 0 || offset - base <= 0xffffffffULL);
    }
    void append(quint64 offset, const LineRecord &record)
    {
        if (count == 0)
            base = offset;
        offsets[count] = quint32(offset - base);
        records[count] = record;
        ++count;
    }
    /// A copy holding exactly `lines` lines (the first ones), with no spare capacity.
    std::shared_ptr<LineBlock> copy(quint32 lines, quint32 extraCapacity = 0) const;
    qint64 heapBytes() const;
};

using BlockList = std::vector<std::shared_ptr<const LineBlock>>;

/// A consistent view of the index at one moment; safe to use on any thread without locks.
struct IndexSnapshot {
    BlockList blocks;
    const char *data = nullptr; ///< the document's bytes, kept alive by `owner`
    std::shared_ptr<const void> owner;
    quint64 indexedEnd = 0;     ///< bytes [0, indexedEnd) are indexed
    quint64 lineCount = 0;

    /// Block and position of `line`; false when out of range.
    bool locate(quint64 line, qsizetype &block, quint32 &pos) const;
    quint64 lineStart(qsizetype block, quint32 pos) const { return blocks[block]->lineStart(pos); }
    /// Offset where the line ends, line end characters excluded.
    quint64 lineEnd(qsizetype block, quint32 pos) const;
    QByteArrayView lineBytes(quint64 line) const;
};

/// The line index of one document: blocks of offsets and records, published by the indexing
/// workers and read from any thread through short locked accessors.
class LineIndex
{
public:
    /// Forgets every line and points at new bytes, which `owner` keeps alive for snapshots.
    void reset(const char *data, quint64 size, std::shared_ptr<const void> owner = {});
    /// The bytes grew or were mapped again; lines indexed so far stay.
    void setData(const char *data, quint64 size);

    /// Replaces lines >= fromLine (normally lineCount()) with `blocks`; indexedEnd becomes `end`.
    /// Small trailing blocks are merged so that following a file keeps 16 bytes per line.
    void publish(quint64 fromLine, std::vector<std::shared_ptr<LineBlock>> blocks, quint64 end);

    LineCount lineCount() const { return LineCount(m_lineCount.load(std::memory_order_acquire)); }
    quint64 indexedEnd() const;
    quint64 dataSize() const;
    const char *data() const;
    LineRecord record(LineNumber line) const;     ///< a default record when out of range
    QByteArrayView lineBytes(LineNumber line) const;
    quint64 lineStart(LineNumber line) const;     ///< 0 when out of range
    LineRecord lastRecord() const;
    IndexSnapshot snapshot() const;
    qint64 heapBytes() const; ///< memory held by blocks, their list included

private:
    mutable QReadWriteLock m_lock;
    BlockList m_blocks;
    const char *m_data = nullptr;
    std::shared_ptr<const void> m_owner;
    quint64 m_dataSize = 0;
    quint64 m_indexedEnd = 0;
    std::atomic<quint64> m_lineCount{0};
};

} // namespace LogSage
