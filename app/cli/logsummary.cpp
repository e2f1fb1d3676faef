#include "logsummary.h"

#include "catalog.h"

namespace LogSage::Cli {

LogSummary::LogSummary(const Catalog &catalog)
    : m_catalog(catalog)
{
}

const CatalogEntry *LogSummary::entry(QByteArrayView messageId, QByteArrayView module, QByteArrayView brief)
{
    // Catalog look-ups build a key string; a log repeats few distinct messages many times.
    const QByteArray key = messageId.toByteArray();
    const auto it = m_entries.constFind(key);
    if (it != m_entries.constEnd())
        return it.value();
    const CatalogEntry *found = m_catalog.find(module, brief);
    m_entries.insert(key, found);
    return found;
}

void LogSummary::add(const VrpLine &parsed)
{
    ++m_total.lines;
    if (parsed.isRecord) {
        const bool known = isKnown(parsed.messageId, parsed.module, parsed.brief);
        addRecord(m_total, parsed, known);
        addTime(m_total, parsed);
        SummaryCounts &host = m_hosts[parsed.host.toByteArray()];
        ++host.lines;
        addRecord(host, parsed, known);
        addTime(host, parsed);
        m_currentHost = &host;
    } else if (parsed.isContinuation && m_currentHost) {
        ++m_total.continuations;
        ++m_currentHost->lines;
        ++m_currentHost->continuations;
    } else {
        // Buffer headers and foreign lines still bound the file's time span when they print a time.
        ++m_total.otherLines;
        addTime(m_total, parsed);
        m_currentHost = nullptr;
    }
}

void LogSummary::addRecord(SummaryCounts &counts, const VrpLine &parsed, bool known)
{
    ++counts.records;
    if (known)
        ++counts.recognized;
    if (parsed.severity >= 0 && parsed.severity < int(counts.bySeverity.size()))
        ++counts.bySeverity[size_t(parsed.severity)];
    ++counts.byModule[parsed.module.toByteArray()];
    ++counts.byMessage[parsed.messageId.toByteArray()];
}

void LogSummary::addTime(SummaryCounts &counts, const VrpLine &parsed)
{
    const VrpTimestamp &time = parsed.time;
    if (time.kind == VrpTimestamp::Kind::Boot) {
        ++counts.bootTimes;
        return;
    }
    if (time.kind != VrpTimestamp::Kind::Absolute)
        return;
    const SummaryTime point{parsed.timestampText.toByteArray(), time};
    if (!time.hasYear) {
        if (!counts.hasYearlessTime)
            counts.firstYearless = point;
        counts.lastYearless = point;
        counts.hasYearlessTime = true;
        return;
    }
    // Printed clocks are compared as printed: offsets are labels, never applied silently.
    if (!counts.hasDatedTime || time.wallMsecs < counts.earliest.time.wallMsecs)
        counts.earliest = point;
    if (!counts.hasDatedTime || time.wallMsecs >= counts.latest.time.wallMsecs)
        counts.latest = point;
    counts.hasDatedTime = true;
}

} // namespace LogSage::Cli
