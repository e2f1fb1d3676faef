#include "lineindex.h"

#include <algorithm>
#include <cstring>

namespace LogSage {

namespace {
// Trailing blocks smaller than this are merged with new lines instead of kept apart, so that
// following a file that grows a line at a time does not cost a block per line.
constexpr quint32 MergeBelow = 8192;
}

LineBlock::LineBlock(quint32 cap)
    : capacity(cap)
    , offsets(new quint32[cap])
    , records(new LineRecord[cap])
{
}

std::shared_ptr<LineBlock> LineBlock::copy(quint32 lines, quint32 extraCapacity) const
{
    lines = std::min(lines, count);
    auto result = std::make_shared<LineBlock>(lines + extraCapacity);
    result->firstLine = firstLine;
    result->base = base;
    result->count = lines;
    std::memcpy(result->offsets.get(), offsets.get(), lines * sizeof(quint32));
    std::memcpy(static_cast<void *>(result->records.get()), records.get(), lines * sizeof(LineRecord));
    return result;
}

qint64 LineBlock::heapBytes() const
{
    return qint64(sizeof(LineBlock)) + qint64(capacity) * qint64(sizeof(quint32) + sizeof(LineRecord));
}

bool IndexSnapshot::locate(quint64 line, qsizetype &block, quint32 &pos) const
{
    if (line >= lineCount || blocks.empty())
        return false;
    const auto it = std::upper_bound(blocks.cbegin(), blocks.cend(), line,
                                     [](quint64 l, const auto &b) { return l < b->firstLine; });
    block = qsizetype(it - blocks.cbegin()) - 1;
    pos = quint32(line - blocks[block]->firstLine);
    return pos < blocks[block]->count;
}

quint64 IndexSnapshot::lineEnd(qsizetype block, quint32 pos) const
{
    const LineBlock &b = *blocks[block];
    quint64 end = indexedEnd;
    if (pos + 1 < b.count)
        end = b.lineStart(pos + 1);
    else if (block + 1 < qsizetype(blocks.size()))
        end = blocks[block + 1]->lineStart(0);
    const quint64 start = b.lineStart(pos);
    if (end > start && data[end - 1] == '\n')
        --end;
    if (end > start && data[end - 1] == '\r')
        --end;
    return end;
}

QByteArrayView IndexSnapshot::lineBytes(quint64 line) const
{
    qsizetype block = 0;
    quint32 pos = 0;
    if (!locate(line, block, pos))
        return {};
    const quint64 start = lineStart(block, pos);
    return QByteArrayView(data + start, qsizetype(lineEnd(block, pos) - start));
}

void LineIndex::reset(const char *data, quint64 size, std::shared_ptr<const void> owner)
{
    QWriteLocker locker(&m_lock);
    m_blocks.clear();
    m_owner = std::move(owner);
    m_data = data;
    m_dataSize = size;
    m_indexedEnd = 0;
    m_lineCount.store(0, std::memory_order_release);
}

void LineIndex::setData(const char *data, quint64 size)
{
    QWriteLocker locker(&m_lock);
    m_data = data;
    m_dataSize = size;
}

void LineIndex::publish(quint64 fromLine, std::vector<std::shared_ptr<LineBlock>> blocks, quint64 end)
{
    QWriteLocker locker(&m_lock);
    // Drop lines >= fromLine (a line that was still growing is indexed again).
    while (!m_blocks.empty() && m_blocks.back()->firstLine >= fromLine)
        m_blocks.pop_back();
    std::shared_ptr<LineBlock> tail;
    if (!m_blocks.empty()) {
        const LineBlock &last = *m_blocks.back();
        const quint64 lastEnd = last.firstLine + last.count;
        if (lastEnd > fromLine || (last.count < MergeBelow && !blocks.empty())) {
            quint32 keep = quint32(std::min(lastEnd, fromLine) - last.firstLine);
            quint32 extra = 0;
            if (!blocks.empty() && keep < MergeBelow)
                extra = blocks.front()->count;
            tail = last.copy(keep, extra);
            m_blocks.pop_back();
        }
    }
    quint64 next = m_blocks.empty() ? 0 : m_blocks.back()->firstLine + m_blocks.back()->count;
    auto add = [&](std::shared_ptr<LineBlock> b) {
        if (b->count == 0)
            return;
        b->firstLine = next;
        next += b->count;
        m_blocks.push_back(std::move(b));
    };
    std::size_t i = 0;
    if (tail) {
        if (!blocks.empty() && tail->capacity > tail->count) {
            // Merge the first new block into the copied tail when its offsets fit.
            const LineBlock &first = *blocks.front();
            bool fits = tail->count == 0
                || first.lineStart(first.count - 1) - tail->base <= 0xffffffffULL;
            if (fits) {
                for (quint32 k = 0; k < first.count; ++k)
                    tail->append(first.lineStart(k), first.records[k]);
                i = 1;
            }
        }
        add(std::move(tail));
    }
    for (; i < blocks.size(); ++i)
        add(std::move(blocks[i]));
    m_indexedEnd = end;
    m_lineCount.store(next, std::memory_order_release);
}

quint64 LineIndex::indexedEnd() const
{
    QReadLocker locker(&m_lock);
    return m_indexedEnd;
}

quint64 LineIndex::dataSize() const
{
    QReadLocker locker(&m_lock);
    return m_dataSize;
}

const char *LineIndex::data() const
{
    QReadLocker locker(&m_lock);
    return m_data;
}

LineRecord LineIndex::record(LineNumber line) const
{
    QReadLocker locker(&m_lock);
    const quint64 count = m_lineCount.load(std::memory_order_acquire);
    if (line.value >= count || m_blocks.empty())
        return {};
    const auto it = std::upper_bound(m_blocks.cbegin(), m_blocks.cend(), line.value,
                                     [](quint64 l, const auto &b) { return l < b->firstLine; });
    const LineBlock &b = **(it - 1);
    const quint64 pos = line.value - b.firstLine;
    return pos < b.count ? b.records[pos] : LineRecord{};
}

LineRecord LineIndex::lastRecord() const
{
    QReadLocker locker(&m_lock);
    if (m_blocks.empty())
        return {};
    const LineBlock &b = *m_blocks.back();
    return b.records[b.count - 1];
}

quint64 LineIndex::lineStart(LineNumber line) const
{
    QReadLocker locker(&m_lock);
    if (line.value >= m_lineCount.load(std::memory_order_acquire) || m_blocks.empty())
        return 0;
    const auto it = std::upper_bound(m_blocks.cbegin(), m_blocks.cend(), line.value,
                                     [](quint64 l, const auto &b) { return l < b->firstLine; });
    const LineBlock &b = **(it - 1);
    return b.lineStart(quint32(line.value - b.firstLine));
}

QByteArrayView LineIndex::lineBytes(LineNumber line) const
{
    QReadLocker locker(&m_lock);
    if (line.value >= m_lineCount.load(std::memory_order_acquire) || m_blocks.empty())
        return {};
    const auto it = std::upper_bound(m_blocks.cbegin(), m_blocks.cend(), line.value,
                                     [](quint64 l, const auto &b) { return l < b->firstLine; });
    const qsizetype block = qsizetype(it - m_blocks.cbegin()) - 1;
    const LineBlock &b = *m_blocks[block];
    const auto pos = quint32(line.value - b.firstLine);
    const quint64 start = b.lineStart(pos);
    quint64 end = m_indexedEnd;
    if (pos + 1 < b.count)
        end = b.lineStart(pos + 1);
    else if (block + 1 < qsizetype(m_blocks.size()))
        end = m_blocks[block + 1]->lineStart(0);
    if (end > start && m_data[end - 1] == '\n')
        --end;
    if (end > start && m_data[end - 1] == '\r')
        --end;
    return QByteArrayView(m_data + start, qsizetype(end - start));
}

IndexSnapshot LineIndex::snapshot() const
{
    QReadLocker locker(&m_lock);
    IndexSnapshot s;
    s.blocks = m_blocks;
    s.data = m_data;
    s.owner = m_owner;
    s.indexedEnd = m_indexedEnd;
    s.lineCount = m_lineCount.load(std::memory_order_acquire);
    return s;
}

qint64 LineIndex::heapBytes() const
{
    QReadLocker locker(&m_lock);
    qint64 bytes = qint64(m_blocks.capacity() * sizeof(BlockList::value_type));
    for (const auto &b : m_blocks)
        bytes += b->heapBytes() + 32; // shared_ptr control block
    return bytes;
}

} // namespace LogSage
