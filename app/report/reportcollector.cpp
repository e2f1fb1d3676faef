#include "reportcollector.h"

#include "catalog.h"
#include "lineexplanation.h"
#include "tunnelextractor.h"
#include "vrpline.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

constexpr int exampleLength = 160;
constexpr int worstSeverityThatMatters = 4; // warning

// Looks a byte view up without copying it; the key is copied only when it is new.
template<typename T>
T *findRaw(QHash<QByteArray, T> &hash, QByteArrayView key)
{
    const auto it = hash.find(QByteArray::fromRawData(key.data(), key.size()));
    return it == hash.end() ? nullptr : &it.value();
}

QList<ReportCount> sortedCounts(const QHash<QByteArray, qint64> &counts)
{
    QList<ReportCount> result;
    result.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result.append({QString::fromUtf8(it.key()), it.value()});
    std::sort(result.begin(), result.end(), [](const ReportCount &a, const ReportCount &b) {
        return a.count != b.count ? a.count > b.count : a.name < b.name;
    });
    return result;
}

} // namespace

ReportCollector::ReportCollector(const Catalog &catalog, Language language, int unknownLimit)
    : m_catalog(catalog), m_language(language), m_unknownLimit(unknownLimit)
{
}

// Host names are decoded with their own file's decoder: the spans of the file read so far.
TunnelHostSpans ReportCollector::decodedHostSpans() const
{
    TunnelHostSpans spans;
    for (auto it = m_fileHostSpans.cbegin(); it != m_fileHostSpans.cend(); ++it)
        mergeTunnelHostSpans(spans, {{m_decode ? m_decode(it.key()) : QString::fromUtf8(it.key()), it.value()}});
    return spans;
}

void ReportCollector::beginFile(const ReportFile &file, Decoder decode)
{
    mergeTunnelHostSpans(m_hostSpans, decodedHostSpans());
    m_fileHostSpans.clear();
    m_files.append(file);
    m_decode = std::move(decode);
    ++m_source;
}

void ReportCollector::setCurrentFileLines(qint64 lines)
{
    if (!m_files.isEmpty())
        m_files.last().lines = lines;
}

void ReportCollector::widen(qint64 &first, qint64 &last, qint64 msecs)
{
    if (msecs < 0)
        return;
    if (first < 0 || msecs < first)
        first = msecs;
    if (last < 0 || msecs > last)
        last = msecs;
}

void ReportCollector::count(QHash<QByteArray, qint64> &counts, QByteArrayView key)
{
    if (qint64 *value = findRaw(counts, key))
        ++*value;
    else
        counts.insert(key.toByteArray(), 1);
}

ReportCollector::TypeStat &ReportCollector::typeStat(QByteArrayView id, const VrpLine &line)
{
    if (const qsizetype *index = findRaw(m_typeIndex, id))
        return m_types[*index];
    TypeStat stat;
    stat.id = m_decode(id);
    stat.severity = line.severity;
    stat.entry = m_catalog.find(line.module, line.brief);
    if (const auto rule = tunnelEventRule(line.module, line.brief, &m_catalog)) {
        stat.tunnelKind = rule->kind;
        stat.tunnelParameters = rule->parameters;
    }
    stat.tunnel = stat.tunnelKind.has_value() || (stat.entry && stat.entry->tags.contains(u"tunnel"_s));
    // Unknown messages of severity warning or worse matter too: the headline counts them.
    stat.matters = (stat.entry && stat.tunnel) || (line.severity >= 0 && line.severity <= worstSeverityThatMatters);
    if (!stat.entry) {
        QString example = m_decode(line.description).simplified();
        if (example.size() > exampleLength)
            example = example.left(exampleLength - 1) + QChar(0x2026);
        stat.example = example;
    }
    m_typeIndex.insert(id.toByteArray(), m_types.size());
    m_types.append(std::move(stat));
    return m_types.last();
}

void ReportCollector::addLine(QByteArrayView bytes, qint64 lineNumber, qint64 wallMsecs)
{
    if (m_source < 0)
        return;
    ++m_totalLines;
    ++m_files.last().lines;
    widen(m_first, m_last, wallMsecs);
    const VrpLine line = VrpLineParser::parse(bytes);
    if (!line.isRecord || line.isContinuation)
        return;
    if (wallMsecs >= 0) {
        const auto found = m_fileHostSpans.find(line.host.toByteArray());
        if (found == m_fileHostSpans.end())
            m_fileHostSpans.insert(line.host.toByteArray(), {wallMsecs, wallMsecs});
        else
            found->include({wallMsecs, wallMsecs});
    }
    ++m_records;
    if (line.severity >= 0 && line.severity < 8)
        ++m_severity[size_t(line.severity)];
    if (!line.host.isEmpty())
        count(m_hosts, line.host);
    count(m_modules, line.module);

    TypeStat &stat = typeStat(line.messageId, line);
    ++stat.count;
    if (stat.matters) {
        int cause = -1;
        QString otherValue;
        if (!stat.entry) {
            // not in the catalogs: no cause to find
        } else if (stat.entry->causes.size() == 1 && !stat.entry->causes.first().condition) {
            cause = 0; // the only cause the reference gives needs no parameter to pick it
        } else if (!stat.entry->causes.isEmpty()) {
            const LineExplanation explanation = explainLine(line, m_catalog, m_decode);
            cause = explanation.matchedCause;
            if (cause >= 0) {
                const std::optional<CauseCondition> &condition = stat.entry->causes.at(cause).condition;
                if (condition && condition->fallback)
                    otherValue = fallbackValue(explanation, condition->parameter);
            }
        }
        CauseStat &causeStat = stat.causes[{cause, otherValue}];
        ++causeStat.count;
        widen(causeStat.first, causeStat.last, wallMsecs);
    }
    if (stat.tunnelKind && wallMsecs >= 0) {
        TunnelEvent event = tunnelEventFromLine(line, *stat.tunnelKind, m_decode, stat.tunnelParameters);
        event.lineNumber = lineNumber;
        event.wallMsecs = wallMsecs;
        event.source = m_source;
        m_tunnelEvents.append(std::move(event));
    }
}

QString ReportCollector::fallbackValue(const LineExplanation &explanation, const QString &parameter)
{
    for (const ExplainedParameter &p : explanation.parameters)
        if (p.name.compare(parameter, Qt::CaseInsensitive) == 0 && !p.value.isEmpty())
            return p.name + u'=' + p.value.simplified().left(exampleLength);
    return parameter + u'=';
}

void ReportCollector::finish(ReportModel &model) const
{
    model.files = m_files;
    model.hosts = sortedCounts(m_hosts);
    model.modules = sortedCounts(m_modules);
    model.firstMsecs = m_first;
    model.lastMsecs = m_last;
    model.totalLines = m_totalLines;
    model.records = m_records;
    model.severityCounts = m_severity;
    model.recognizedRecords = 0;
    model.messages.clear();
    model.unknown.clear();
    model.unknownTypes = 0;
    model.unknownRecords = 0;

    model.messageCounts.clear();
    for (const TypeStat &stat : m_types) {
        model.messageCounts.append({stat.id, stat.severity, stat.count, stat.entry != nullptr});
        if (!stat.entry) {
            ++model.unknownTypes;
            model.unknownRecords += stat.count;
            model.unknown.append({stat.id, stat.severity, stat.count, stat.example});
            if (stat.matters) {
                const CauseStat &all = stat.causes.value({-1, QString()});
                ReportMessage message;
                message.id = stat.id;
                message.severity = stat.severity;
                message.count = all.count;
                message.firstMsecs = all.first;
                message.lastMsecs = all.last;
                message.tunnel = stat.tunnel;
                message.inCatalog = false;
                message.meaning = stat.example;
                model.messages.append(message);
            }
            continue;
        }
        model.recognizedRecords += stat.count;
        if (!stat.matters)
            continue;
        for (auto it = stat.causes.cbegin(); it != stat.causes.cend(); ++it) {
            ReportMessage message;
            message.id = stat.id;
            message.severity = stat.severity;
            message.count = it->count;
            message.firstMsecs = it->first;
            message.lastMsecs = it->last;
            message.tunnel = stat.tunnel;
            message.meaning = stat.entry->meaning.text(m_language);
            const int cause = it.key().first;
            if (cause >= 0 && cause < stat.entry->causes.size()) {
                const CatalogCause &catalogCause = stat.entry->causes.at(cause);
                message.cause = catalogCause.text.text(m_language);
                message.causeIndex = cause;
                message.otherCause = catalogCause.condition && catalogCause.condition->fallback;
                message.otherValue = it.key().second;
            }
            message.catalog = stat.entry->catalogName;
            message.entryId = stat.entry->id;
            model.messages.append(message);
        }
    }
    std::sort(model.messages.begin(), model.messages.end(), [](const ReportMessage &a, const ReportMessage &b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.count != b.count)
            return a.count > b.count;
        if (a.id != b.id)
            return a.id < b.id;
        return a.cause != b.cause ? a.cause < b.cause : a.otherValue < b.otherValue;
    });
    std::sort(model.messageCounts.begin(), model.messageCounts.end(), [](const ReportMessageCount &a, const ReportMessageCount &b) {
        return a.count != b.count ? a.count > b.count : a.id < b.id;
    });
    std::sort(model.unknown.begin(), model.unknown.end(), [](const ReportUnknown &a, const ReportUnknown &b) {
        return a.count != b.count ? a.count > b.count : a.id < b.id;
    });
    if (m_unknownLimit >= 0 && model.unknown.size() > m_unknownLimit)
        model.unknown.resize(m_unknownLimit);
    TunnelHostSpans spans = m_hostSpans;
    mergeTunnelHostSpans(spans, decodedHostSpans());
    model.tunnels = TunnelTimeline::build(m_tunnelEvents, spans);
}

} // namespace LogSage
