#pragma once

#include "linetypes.h"
#include "logdocument.h"

#include <QByteArray>

namespace LogSage {

/// What MessageStats reads: the line records of one log and the names of their message types.
/// Called from a worker thread; implementations must be safe to read there.
class MessageRecordSource
{
public:
    virtual ~MessageRecordSource() = default;
    virtual quint64 lineCount() const = 0;
    virtual LineRecord record(quint64 line) const = 0;
    virtual int messageTypeCount() const = 0;                  ///< ids are 1..count
    virtual QByteArray messageTypeName(quint16 type) const = 0; ///< "MODULE/SEV/BRIEF"
    virtual qint64 timeBase() const = 0;                       ///< msecs that LineRecord::time counts seconds from
};

/// A LogDocument as a MessageRecordSource. The document must outlive the computation.
class LogDocumentRecords final : public MessageRecordSource
{
public:
    explicit LogDocumentRecords(const LogDocument &document) : m_document(document) {}
    quint64 lineCount() const override { return m_document.lineCount().value; }
    LineRecord record(quint64 line) const override { return m_document.record(LineNumber(line)); }
    int messageTypeCount() const override { return m_document.messageTypeCount(); }
    QByteArray messageTypeName(quint16 type) const override { return m_document.messageTypeName(type); }
    qint64 timeBase() const override { return m_document.timeBase(); }

private:
    const LogDocument &m_document;
};

} // namespace LogSage
