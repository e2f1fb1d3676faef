#include "summarywriter.h"

#include "catalogentry.h"
#include "isotime.h"
#include "linedecoder.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LogSage::Cli {

SummaryWriter::SummaryWriter(LogSummary &summary, LineDecoder &decode)
    : m_summary(summary)
    , m_decode(decode)
{
}

QString SummaryWriter::text(QByteArrayView bytes)
{
    // Log content is untrusted: no control character (terminal escape) reaches the terminal.
    QString decoded = m_decode(bytes);
    for (QChar &c : decoded) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QChar::ReplacementCharacter;
    }
    return decoded;
}

QString SummaryWriter::severityName(int severity)
{
    static const char16_t *const names[] = {u"emergency", u"alert",  u"critical",      u"error",
                                            u"warning",   u"notice", u"informational", u"debugging"};
    return severity >= 0 && severity < 8 ? QString::fromUtf16(names[severity]) : QString();
}

QList<SummaryWriter::Count> SummaryWriter::sorted(const QHash<QByteArray, qint64> &counts)
{
    QList<Count> list;
    list.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const Count &a, const Count &b) {
        return a.count != b.count ? a.count > b.count : a.name < b.name;
    });
    return list;
}

const CatalogEntry *SummaryWriter::entry(const QByteArray &messageId)
{
    const qsizetype first = messageId.indexOf('/');
    const qsizetype second = messageId.indexOf('/', first + 1);
    if (first < 0 || second < 0)
        return nullptr;
    return m_summary.entry(messageId, QByteArrayView(messageId).first(first), QByteArrayView(messageId).sliced(second + 1));
}

int SummaryWriter::printedSeverity(const QByteArray &messageId)
{
    const qsizetype first = messageId.indexOf('/');
    return first >= 0 && first + 1 < messageId.size() ? messageId.at(first + 1) - '0' : -1;
}

QList<SummaryWriter::Count> SummaryWriter::unknownMessages(const SummaryCounts &counts)
{
    QList<Count> unknown;
    for (const Count &message : sorted(counts.byMessage)) {
        if (!isKnown(message.name))
            unknown.append(message);
    }
    return unknown;
}

qint64 SummaryWriter::spanDays(const SummaryCounts &counts)
{
    return counts.hasDatedTime ? (counts.latest.time.wallMsecs - counts.earliest.time.wallMsecs) / (24 * 3600 * 1000) : 0;
}

QString SummaryWriter::knownText(const QByteArray &messageId)
{
    const CatalogEntry *known = entry(messageId);
    if (!known)
        return u"  (unknown)"_s;
    // Another product or version may print the same message with another severity.
    if (known->severity >= 0 && known->severity != printedSeverity(messageId))
        return u"  (catalog: %1 %2)"_s.arg(known->id, severityName(known->severity));
    return {};
}

QString SummaryWriter::timeSpanText(const SummaryCounts &counts)
{
    QStringList parts;
    if (counts.hasDatedTime) {
        QString span = text(counts.earliest.printed) + u" .. "_s + text(counts.latest.printed);
        // Device clocks are often wrong (years 2000 or 2062); a span beyond a year says so.
        if (const qint64 days = spanDays(counts); days > 366)
            span += u" (%1 days apart: check the device clocks)"_s.arg(days);
        parts << span;
    }
    if (counts.hasYearlessTime)
        parts << text(counts.firstYearless.printed) + u" .. "_s + text(counts.lastYearless.printed)
                     + u" (no year printed; first and last in file order)"_s;
    if (counts.bootTimes > 0)
        parts << u"%1 lines stamped with time since boot"_s.arg(counts.bootTimes);
    return parts.isEmpty() ? u"no time printed"_s : parts.join(u"; "_s);
}

void SummaryWriter::writeScopeText(QTextStream &out, const SummaryCounts &counts, const QString &indent)
{
    out << indent << "Lines: " << counts.lines << " (" << counts.records << " records, " << counts.continuations
        << " continuation lines, " << counts.otherLines << " other lines)\n";
    out << indent << "Time span: " << timeSpanText(counts) << '\n';

    QStringList severities;
    for (int severity = 0; severity < 8; ++severity) {
        if (counts.bySeverity[size_t(severity)] > 0)
            severities << u"%1 %2 %3"_s.arg(severity).arg(severityName(severity)).arg(counts.bySeverity[size_t(severity)]);
    }
    out << indent << "Severity: " << (severities.isEmpty() ? u"none"_s : severities.join(u", "_s)) << '\n';

    const QList<Count> messages = sorted(counts.byMessage);
    const QList<Count> unknown = unknownMessages(counts);
    out << indent << "Recognized: " << counts.recognized << " records of " << messages.size() - unknown.size()
        << " messages; unknown: " << counts.unknown() << " records of " << unknown.size() << " messages\n";

    const QList<Count> modules = sorted(counts.byModule);
    QStringList moduleTexts;
    for (const Count &module : modules.first(qMin(modules.size(), TextListLimit)))
        moduleTexts << text(module.name) + u' ' + QString::number(module.count);
    if (modules.size() > TextListLimit)
        moduleTexts << u"and %1 more"_s.arg(modules.size() - TextListLimit);
    out << indent << "Modules: " << (moduleTexts.isEmpty() ? u"none"_s : moduleTexts.join(u", "_s)) << '\n';

    if (!messages.isEmpty()) {
        out << indent << "Messages:\n";
        for (const Count &message : messages.first(qMin(messages.size(), TextListLimit))) {
            out << indent << "  " << qSetFieldWidth(8) << Qt::right << message.count << qSetFieldWidth(0) << Qt::left
                << "  " << text(message.name) << knownText(message.name) << '\n';
        }
        if (messages.size() > TextListLimit)
            out << indent << "  and " << messages.size() - TextListLimit << " more messages\n";
    }
    if (!unknown.isEmpty()) {
        out << indent << "Top unknown messages:\n";
        for (const Count &message : unknown.first(qMin(unknown.size(), TopUnknownLimit))) {
            out << indent << "  " << qSetFieldWidth(8) << Qt::right << message.count << qSetFieldWidth(0) << Qt::left
                << "  " << text(message.name) << '\n';
        }
    }
}

void SummaryWriter::writeText(QTextStream &out, const QString &file, const QString &encoding)
{
    out << "File: " << file << '\n';
    out << "  Encoding: " << encoding << '\n';
    if (m_summary.invalidLines() > 0)
        out << "  Lines with bytes invalid in " << encoding << ": " << m_summary.invalidLines()
            << " (shown with replacement characters; the file may be damaged or mix encodings)\n";
    writeScopeText(out, m_summary.total(), u"  "_s);
    const auto &hosts = m_summary.hosts();
    out << "  Hosts: " << hosts.size() << '\n';
    for (const auto &[host, counts] : hosts) {
        out << "  Host " << (host.isEmpty() ? u"(none printed)"_s : text(host)) << ":\n";
        writeScopeText(out, counts, u"    "_s);
    }
}

QJsonObject SummaryWriter::timeJson(const SummaryTime &time)
{
    const QString iso = isoTime(time.time);
    return QJsonObject{{u"printed"_s, m_decode(time.printed)},
                       {u"iso"_s, iso.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(iso)}};
}

QJsonObject SummaryWriter::scopeJson(const SummaryCounts &counts)
{
    QJsonObject span;
    span.insert(u"earliest"_s, counts.hasDatedTime ? QJsonValue(timeJson(counts.earliest)) : QJsonValue());
    span.insert(u"latest"_s, counts.hasDatedTime ? QJsonValue(timeJson(counts.latest)) : QJsonValue());
    span.insert(u"firstWithoutYear"_s, counts.hasYearlessTime ? QJsonValue(timeJson(counts.firstYearless)) : QJsonValue());
    span.insert(u"lastWithoutYear"_s, counts.hasYearlessTime ? QJsonValue(timeJson(counts.lastYearless)) : QJsonValue());
    span.insert(u"bootTimes"_s, counts.bootTimes);
    span.insert(u"days"_s, counts.hasDatedTime ? QJsonValue(spanDays(counts)) : QJsonValue());

    QJsonObject severity;
    for (int s = 0; s < 8; ++s)
        severity.insert(severityName(s), counts.bySeverity[size_t(s)]);

    QJsonArray modules;
    for (const Count &module : sorted(counts.byModule))
        modules.append(QJsonObject{{u"module"_s, m_decode(module.name)}, {u"count"_s, module.count}});

    QJsonArray messages;
    qint64 knownMessages = 0;
    for (const Count &message : sorted(counts.byMessage)) {
        const CatalogEntry *known = entry(message.name);
        knownMessages += known ? 1 : 0;
        messages.append(QJsonObject{{u"id"_s, m_decode(message.name)},
                                    {u"count"_s, message.count},
                                    {u"known"_s, known != nullptr},
                                    {u"catalogId"_s, known ? QJsonValue(known->id) : QJsonValue()}});
    }
    const QList<Count> unknown = unknownMessages(counts);
    QJsonArray topUnknown;
    for (const Count &message : unknown.first(qMin(unknown.size(), TopUnknownLimit)))
        topUnknown.append(QJsonObject{{u"id"_s, m_decode(message.name)}, {u"count"_s, message.count}});

    return QJsonObject{
        {u"lines"_s, counts.lines},
        {u"records"_s, counts.records},
        {u"continuationLines"_s, counts.continuations},
        {u"otherLines"_s, counts.otherLines},
        {u"timeSpan"_s, span},
        {u"severity"_s, severity},
        {u"recognized"_s, QJsonObject{{u"records"_s, counts.recognized}, {u"messages"_s, knownMessages}}},
        {u"unknown"_s, QJsonObject{{u"records"_s, counts.unknown()}, {u"messages"_s, unknown.size()}}},
        {u"modules"_s, modules},
        {u"messages"_s, messages},
        {u"topUnknownMessages"_s, topUnknown},
    };
}

QJsonObject SummaryWriter::toJson(const QString &file, const QString &encoding)
{
    QJsonObject object = scopeJson(m_summary.total());
    object.insert(u"file"_s, file);
    object.insert(u"encoding"_s, encoding);
    object.insert(u"invalidLines"_s, m_summary.invalidLines());
    QJsonArray hosts;
    for (const auto &[host, counts] : m_summary.hosts()) {
        QJsonObject hostObject = scopeJson(counts);
        hostObject.insert(u"host"_s, m_decode(host));
        hosts.append(hostObject);
    }
    object.insert(u"hosts"_s, hosts);
    return object;
}

} // namespace LogSage::Cli
