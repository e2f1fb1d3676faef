#pragma once

#include "catalogentry.h"

#include <QFuture>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace LogSage {

class Catalog;
class MessageRecordSource;

/// What one message type of a log amounts to.
struct MessageTypeStats {
    quint16 messageType = 0;   ///< the document's interned id
    QString id;                ///< MODULE/SEVERITY/BRIEF as printed
    QString module;
    int severity = -1;         ///< as printed, -1 when it is not a number
    QString brief;
    quint64 count = 0;         ///< records (continuation lines are not counted)
    quint64 firstLine = 0;     ///< 0-based line of the first record
    qint64 firstMsecs = -1;    ///< earliest time (wall clock as printed, msecs), -1 without times
    qint64 lastMsecs = -1;     ///< latest time, -1 without times
    int hostCount = 0;         ///< distinct hosts that printed it
    const CatalogEntry *entry = nullptr; ///< the catalog's entry, null for an unknown message

    bool isRecognized() const { return entry != nullptr; }
};

/// Counts per message type of one log: module, severity, brief, count, first and last time, hosts,
/// and whether the catalog knows it. Computed in one pass over the line records, with no allocation
/// per line, so it suits 10 M lines; run it on a worker with start().
class MessageStats
{
public:
    /// Counts synchronously. `cancelled` is polled now and then; when it returns true the result is
    /// empty and wasCancelled() is set. `progress` receives 0..1000.
    static MessageStats compute(const MessageRecordSource &source, const Catalog *catalog,
                                const std::function<bool()> &cancelled = {},
                                const std::function<void(int)> &progress = {});
    /// Counts on a worker of the global thread pool; cancel with QFuture::cancel(), progress 0..1000.
    /// `source` and `catalog` must outlive the future.
    static QFuture<MessageStats> start(std::shared_ptr<const MessageRecordSource> source, const Catalog *catalog);

    const QList<MessageTypeStats> &types() const { return m_types; } ///< ordered by message type id
    const MessageTypeStats *find(quint16 messageType) const;
    quint64 lineCount() const { return m_lineCount; }   ///< lines read
    quint64 recordCount() const { return m_recordCount; } ///< records with a message type
    bool wasCancelled() const { return m_cancelled; }

private:
    QList<MessageTypeStats> m_types;
    quint64 m_lineCount = 0;
    quint64 m_recordCount = 0;
    bool m_cancelled = false;
};

} // namespace LogSage
