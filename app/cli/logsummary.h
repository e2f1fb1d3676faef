#pragma once

#include "vrpline.h"

#include <QByteArray>
#include <QHash>

#include <array>
#include <map>

namespace LogSage {

class Catalog;
struct CatalogEntry;

namespace Cli {

/// One end of a time span: the time as printed and what the parser made of it.
struct SummaryTime {
    QByteArray printed;
    VrpTimestamp time;
};

/// Counts for one scope of a log: a whole file, or the lines of one host in it.
struct SummaryCounts {
    qint64 lines = 0;         ///< records, their continuation lines and (file scope) other lines
    qint64 records = 0;       ///< lines with a message ID
    qint64 continuations = 0; ///< wrapped tails of a record
    qint64 otherLines = 0;    ///< neither (buffer headers, blank lines, foreign text)
    qint64 recognized = 0;    ///< records whose message is in the catalog
    std::array<qint64, 8> bySeverity{};
    QHash<QByteArray, qint64> byModule;  ///< as printed
    QHash<QByteArray, qint64> byMessage; ///< MODULE/SEVERITY/BRIEF as printed

    /// Time span. Lines that print a year give the earliest and latest time; when no line
    /// prints one, the first and last time in file order are used (a year-less log may cross
    /// New Year, so its times cannot be ordered).
    bool hasDatedTime = false;
    SummaryTime earliest;
    SummaryTime latest;
    bool hasYearlessTime = false;
    SummaryTime firstYearless;
    SummaryTime lastYearless;
    qint64 bootTimes = 0; ///< lines stamped with time since boot, not counted in the span

    qint64 unknown() const { return records - recognized; }
};

/// Accumulates the statistics `logsage analyze` prints for one file: totals, and the same
/// counts per host. Feed it every line in order.
class LogSummary
{
public:
    explicit LogSummary(const Catalog &catalog);

    /// Counts one line; `parsed` is VrpLineParser's result for it (header or full parse).
    void add(const VrpLine &parsed);
    /// Counts a line with bytes that are invalid in the file's encoding (shown as replacement characters).
    void addInvalidLine() { ++m_invalidLines; }
    qint64 invalidLines() const { return m_invalidLines; }

    const SummaryCounts &total() const { return m_total; }
    const std::map<QByteArray, SummaryCounts> &hosts() const { return m_hosts; } ///< by name; "" = no host

    /// The catalog's entry for a message (module case-insensitive, brief exact), or null; cached.
    const CatalogEntry *entry(QByteArrayView messageId, QByteArrayView module, QByteArrayView brief);
    bool isKnown(QByteArrayView messageId, QByteArrayView module, QByteArrayView brief)
    {
        return entry(messageId, module, brief) != nullptr;
    }

private:
    static void addTime(SummaryCounts &counts, const VrpLine &parsed);
    static void addRecord(SummaryCounts &counts, const VrpLine &parsed, bool known);

    const Catalog &m_catalog;
    SummaryCounts m_total;
    std::map<QByteArray, SummaryCounts> m_hosts;
    SummaryCounts *m_currentHost = nullptr; ///< host of the last record, for its continuation lines
    QHash<QByteArray, const CatalogEntry *> m_entries;
    qint64 m_invalidLines = 0;
};

} // namespace Cli
} // namespace LogSage
