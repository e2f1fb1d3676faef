#pragma once

#include "lineindex.h"
#include "linetypes.h"
#include "logdocument.h"

#include <QByteArray>

#include <algorithm>

namespace LogSage {

/// What MessageStats reads: the line records of one log and the names of their message types.
/// Called from a worker thread; implementations must be safe to read there.
class MessageRecordSource
{
public:
    virtual ~MessageRecordSource() = default;
    virtual quint64 lineCount() const = 0;
    /// Copies the records of up to `max` lines from line `first` on into `out`; returns how many
    /// (at least 1 while `first` < lineCount()), so a source can hand over whole runs it holds.
    virtual qsizetype readRecords(quint64 first, LineRecord *out, qsizetype max) const = 0;
    virtual int messageTypeCount() const = 0;                  ///< ids are 1..count
    virtual QByteArray messageTypeName(quint16 type) const = 0; ///< "MODULE/SEV/BRIEF"
    virtual qint64 timeBase() const = 0;                       ///< msecs that LineRecord::time counts seconds from
};

/// The lines of a LogDocument indexed when this is made, read from a lock-free snapshot of its
/// index. The document must outlive the computation (message type names are read from it).
class LogDocumentRecords final : public MessageRecordSource
{
public:
    explicit LogDocumentRecords(const LogDocument &document)
        : m_document(document)
        , m_snapshot(document.snapshot())
    {
    }
    quint64 lineCount() const override { return m_snapshot.lineCount; }
    qsizetype readRecords(quint64 first, LineRecord *out, qsizetype max) const override
    {
        qsizetype block = 0;
        quint32 pos = 0;
        if (max <= 0 || !m_snapshot.locate(first, block, pos))
            return 0;
        const LineBlock &lines = *m_snapshot.blocks[std::size_t(block)];
        const qsizetype n = std::min<qsizetype>(max, qsizetype(lines.count - pos));
        std::copy_n(lines.records.get() + pos, n, out);
        return n;
    }
    int messageTypeCount() const override { return m_document.messageTypeCount(); }
    QByteArray messageTypeName(quint16 type) const override { return m_document.messageTypeName(type); }
    qint64 timeBase() const override { return m_document.timeBase(); }

private:
    const LogDocument &m_document;
    IndexSnapshot m_snapshot;
};

} // namespace LogSage
