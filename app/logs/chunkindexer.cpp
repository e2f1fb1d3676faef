#include "chunkindexer.h"

#include "encodingdetector.h"
#include "vrpline.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstring>

namespace LogSage {

int YearTracker::yearFor(int month)
{
    if (m_firstMonth == 0) {
        m_firstMonth = m_lastMonth = month;
        return m_startYear;
    }
    if (month + 6 < m_lastMonth) {
        ++m_rollovers;
        m_lastMonth = month;
    } else if (month > m_lastMonth + 6) {
        return currentYear() - 1;
    } else {
        m_lastMonth = month;
    }
    return currentYear();
}

namespace {

void setTime(LineRecord &record, qint64 wallMsecs)
{
    const qint64 secs = wallMsecs >= 0 ? wallMsecs / 1000 : -1;
    if (secs < 0 || secs > qint64(0xffffffffLL))
        return; // before 1970 or after 2106: keep the line, without a time
    record.time = quint32(secs);
    record.flags |= HasTime;
}

std::shared_ptr<LineBlock> finished(std::shared_ptr<LineBlock> block)
{
    if (block->count == block->capacity)
        return block;
    return block->copy(block->count);
}

std::vector<QByteArray> copyNames(const ViewInterner &interner)
{
    std::vector<QByteArray> names;
    names.reserve(interner.names().size());
    for (const QByteArrayView v : interner.names())
        names.push_back(v.toByteArray());
    return names;
}

} // namespace

IndexedChunk indexChunk(const char *data, quint64 size, quint64 begin, quint64 end, int startYear,
                        LogDocument::Encoding encoding, const std::atomic<bool> &cancel)
{
    IndexedChunk chunk;
    chunk.years = YearTracker(startYear);
    ViewInterner types;
    ViewInterner hosts;

    quint64 pos = begin;
    if (pos > 0 && pos < size && data[pos - 1] != '\n') {
        const void *nl = std::memchr(data + pos, '\n', size - pos);
        pos = nl ? quint64(static_cast<const char *>(nl) - data) + 1 : size;
    }
    auto block = std::make_shared<LineBlock>();
    LineRecord previous;
    bool havePrevious = false;
    bool leading = true;
    quint32 sinceCancelCheck = 0;

    while (pos < end && pos < size) {
        if (++sinceCancelCheck == 4096) {
            sinceCancelCheck = 0;
            if (cancel.load(std::memory_order_relaxed)) {
                chunk.cancelled = true;
                break;
            }
        }
        const void *nl = std::memchr(data + pos, '\n', size - pos);
        const quint64 lineEnd = nl ? quint64(static_cast<const char *>(nl) - data) : size;
        const quint64 next = nl ? lineEnd + 1 : size;
        quint64 textEnd = lineEnd;
        if (textEnd > pos && data[textEnd - 1] == '\r')
            --textEnd;

        const QByteArrayView text(data + pos, qsizetype(textEnd - pos));
        const VrpLine line = VrpLineParser::parseHeader(text);
        LineRecord record;
        if (line.isContinuation && !line.isRecord) {
            if (havePrevious) {
                record = previous;
                record.flags = quint8((previous.flags & (HasTime | YearInferred | LeapDay | Trap)) | Continuation);
            } else {
                record.flags = Continuation;
                if (leading)
                    ++chunk.leadingContinuations;
            }
        } else {
            leading = false;
            if (line.isRecord) {
                record.messageType = types.intern(line.messageId);
                if (line.severity >= 0 && line.severity <= 7)
                    record.severity = quint8(line.severity);
                if (line.flag == 't' || line.formatVersion.isEmpty())
                    record.flags |= Trap;
            }
            record.host = hosts.intern(line.host);
            if (line.time.kind == VrpTimestamp::Kind::Absolute) {
                if (line.time.hasYear) {
                    setTime(record, line.time.wallMsecs);
                } else if (line.time.month >= 1 && line.time.month <= 12) {
                    const int year = chunk.years.yearFor(line.time.month);
                    const qint64 wall = VrpLineParser::withYear(line.time, year);
                    setTime(record, wall);
                    if (record.flags & HasTime) {
                        record.flags |= YearInferred;
                        // Feb 29 in a year that is not leap comes out as Mar 1: mark it, so that
                        // moving it to its real year (see shiftInferredYears) makes it Feb 29 again.
                        const QDate date = QDateTime::fromMSecsSinceEpoch(wall, QTimeZone::UTC).date();
                        if (line.time.month == 2 && (date.month() == 3 || date.day() == 29))
                            record.flags |= LeapDay;
                    }
                }
            }
            previous = record;
            havePrevious = true;
        }

        if (!EncodingDetector::isValidLine(text, encoding))
            record.flags |= InvalidBytes;

        if (!block->canAppend(pos)) {
            chunk.blocks.push_back(finished(std::move(block)));
            block = std::make_shared<LineBlock>();
        }
        block->append(pos, record);
        ++chunk.lineCount;
        pos = next;
    }
    if (block->count > 0)
        chunk.blocks.push_back(finished(std::move(block)));
    chunk.end = pos;
    chunk.messageTypes = copyNames(types);
    chunk.hosts = copyNames(hosts);
    return chunk;
}

void shiftInferredYears(LineBlock &block, int years)
{
    if (years == 0)
        return;
    for (quint32 i = 0; i < block.count; ++i) {
        LineRecord &r = block.records[i];
        if (!(r.flags & YearInferred))
            continue;
        const QDateTime placed = QDateTime::fromSecsSinceEpoch(r.time, QTimeZone::UTC);
        qint64 secs = placed.addYears(years).toSecsSinceEpoch();
        if (r.flags & LeapDay) {
            const int year = placed.date().year() + years;
            const QDate day = QDate::isLeapYear(year) ? QDate(year, 2, 29) : QDate(year, 3, 1);
            secs = QDateTime(day, placed.time(), QTimeZone::UTC).toSecsSinceEpoch();
        }
        if (secs < 0 || secs > qint64(0xffffffffLL)) {
            r.time = 0;
            r.flags &= quint8(~(HasTime | YearInferred | LeapDay));
        } else {
            r.time = quint32(secs);
        }
    }
}

void remapIds(LineBlock &block, const std::vector<quint16> &types, const std::vector<quint16> &hosts)
{
    for (quint32 i = 0; i < block.count; ++i) {
        LineRecord &r = block.records[i];
        if (r.messageType < types.size())
            r.messageType = types[r.messageType];
        if (r.host < hosts.size())
            r.host = hosts[r.host];
    }
}

} // namespace LogSage
