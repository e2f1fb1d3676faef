#pragma once

#include "lineindex.h"
#include "logdocument.h"
#include "viewinterner.h"

#include <QByteArray>

#include <atomic>
#include <memory>
#include <vector>

namespace LogSage {

/// Places year-less timestamps in years while reading forward: a month that falls more than
/// six months behind the previous one starts a new year (December, then January); one more
/// than six months ahead is a late line of the previous year. Years never go backwards.
class YearTracker
{
public:
    explicit YearTracker(int startYear = 1970) : m_startYear(startYear) {}
    int yearFor(int month);
    int startYear() const { return m_startYear; }
    int currentYear() const { return m_startYear + m_rollovers; }
    int firstMonth() const { return m_firstMonth; } ///< 0 when no year-less time was seen
    int lastMonth() const { return m_lastMonth; }

private:
    int m_startYear;
    int m_rollovers = 0;
    int m_firstMonth = 0;
    int m_lastMonth = 0;
};

/// The lines of one chunk of bytes, indexed with ids local to the chunk.
struct IndexedChunk {
    std::vector<std::shared_ptr<LineBlock>> blocks;
    std::vector<QByteArray> messageTypes; ///< local id - 1 -> MODULE/SEV/BRIEF
    std::vector<QByteArray> hosts;        ///< local id - 1 -> host name
    quint64 lineCount = 0;
    quint64 end = 0;                 ///< offset just after the chunk's last line
    quint64 leadingContinuations = 0; ///< lines at the start that continue the previous chunk
    YearTracker years;
    bool cancelled = false;
};

/// Indexes the lines that start in [begin, end) of `data` (size `size`); a line that starts
/// inside reaches past `end` to its line end. Year-less times are placed from `startYear` on;
/// lines with bytes that are invalid in `encoding` get the InvalidBytes flag.
/// Allocates per block and per distinct name, never per line.
IndexedChunk indexChunk(const char *data, quint64 size, quint64 begin, quint64 end, int startYear,
                        LogDocument::Encoding encoding, const std::atomic<bool> &cancel);

/// Moves every YearInferred time in `block` by `years` (after the chunk's real start year is known).
void shiftInferredYears(LineBlock &block, int years);

/// Replaces ids local to a chunk by global ones (index = local id, value = global id).
void remapIds(LineBlock &block, const std::vector<quint16> &types, const std::vector<quint16> &hosts);

} // namespace LogSage
