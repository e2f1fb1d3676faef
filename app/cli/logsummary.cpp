#include "logsummary.h"

#include "catalog.h"

namespace LogSage::Cli {

namespace {

// Looks keys up without copying them: a key is copied only the first time it is seen, so
// counting a multi-gigabyte log allocates per distinct message, not per line.
QByteArray borrowed(QByteArrayView bytes)
{
    return QByteArray::fromRawData(bytes.data(), bytes.size());
}

void bump(QHash<QByteArray, qint64> &counts, QByteArrayView key)
{
    const auto it = counts.find(borrowed(key));
    if (it != counts.end())
        ++it.value();
    else
        counts.insert(key.toByteArray(), 1);
}

} // namespace

LogSummary::LogSummary(const Catalog &catalog)
    : m_catalog(catalog)
{
}

const CatalogEntry *LogSummary::entry(QByteArrayView messageId, QByteArrayView module, QByteArrayView brief)
{
    // Catalog look-ups build a key string; a log repeats few distinct messages many times.
    const auto it = m_entries.constFind(borrowed(messageId));
    if (it != m_entries.constEnd())
        return it.value();
    const CatalogEntry *found = m_catalog.find(module, brief);
    m_entries.insert(messageId.toByteArray(), found);
    return found;
}

void LogSummary::add(const VrpLine &parsed)
{
    ++m_total.lines;
    if (parsed.isRecord) {
        const bool known = isKnown(parsed.messageId, parsed.module, parsed.brief);
        addRecord(m_total, parsed, known);
        addTime(m_total, parsed);
        auto hostIt = m_hosts.find(borrowed(parsed.host));
        if (hostIt == m_hosts.end())
            hostIt = m_hosts.emplace(parsed.host.toByteArray(), SummaryCounts()).first;
        SummaryCounts &host = hostIt->second;
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
    bump(counts.byModule, parsed.module);
    bump(counts.byMessage, parsed.messageId);
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
