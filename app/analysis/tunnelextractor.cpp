#include "tunnelextractor.h"

#include "catalog.h"
#include "encodingdetector.h"
#include "logdocument.h"
#include "tunnelyearplacer.h"
#include "vrpline.h"

#include <QDateTime>
#include <QFileInfo>
#include <QStringDecoder>

#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

bool equalsIgnoringCase(QByteArrayView a, QLatin1StringView b)
{
    return QLatin1StringView(a).compare(b, Qt::CaseInsensitive) == 0;
}

std::optional<TunnelEvent::Kind> kindFromMark(TunnelEventMark mark)
{
    switch (mark) {
    case TunnelEventMark::None:
        return std::nullopt;
    case TunnelEventMark::Up:
        return TunnelEvent::Kind::Established;
    case TunnelEventMark::Down:
        return TunnelEvent::Kind::TornDown;
    case TunnelEventMark::Failure:
        return TunnelEvent::Kind::NegotiationFailed;
    }
    return std::nullopt;
}

int fileYear(const QString &path)
{
    const QDateTime modified = QFileInfo(path).lastModified();
    return modified.isValid() ? modified.date().year() : QDate::currentDate().year();
}

} // namespace

std::optional<TunnelEventRule> tunnelEventRule(QByteArrayView module, QByteArrayView brief, const Catalog *catalog)
{
    if (catalog) {
        if (const CatalogEntry *entry = catalog->find(module, brief); entry && entry->tunnelEvent != TunnelEventMark::None)
            return TunnelEventRule{*kindFromMark(entry->tunnelEvent), entry->tunnelParameters};
    }
    // The bundled catalog marks these three too; they are known here as well so that the timeline
    // works without any catalog (e.g. `logsage analyze --tunnels` before a catalog is loaded).
    if (equalsIgnoringCase(module, "IPSEC"_L1)) {
        if (brief == "IPSEC_TUNNEL_ESTABLISHED")
            return TunnelEventRule{TunnelEvent::Kind::Established, {}};
        if (brief == "IPSEC_TUNNEL_TEARED_DOWN")
            return TunnelEventRule{TunnelEvent::Kind::TornDown, {}};
    }
    if (equalsIgnoringCase(module, "IKE"_L1) && brief == "IKE_NEGO_FAIL")
        return TunnelEventRule{TunnelEvent::Kind::NegotiationFailed, {}};
    return std::nullopt;
}

std::optional<TunnelEvent::Kind> tunnelEventKind(QByteArrayView module, QByteArrayView brief, const Catalog *catalog)
{
    const auto rule = tunnelEventRule(module, brief, catalog);
    return rule ? std::optional(rule->kind) : std::nullopt;
}

TunnelEvent tunnelEventFromLine(const VrpLine &line, TunnelEvent::Kind kind,
                                const std::function<QString(QByteArrayView)> &decode, const TunnelEventParameters &names)
{
    if (!names.isEmpty()) {
        // The catalog names the parameters: read those, and the built-in names only for the rest.
        TunnelEvent event = tunnelEventFromLine(line, kind, decode);
        const auto valueOf = [&](const QString &name) {
            for (const VrpParameter &parameter : line.parameters) {
                if (QLatin1StringView(parameter.key.trimmed()).compare(name, Qt::CaseInsensitive) == 0)
                    return decode(parameter.value.trimmed());
            }
            return QString();
        };
        for (const auto &[name, field] : {std::pair(&names.policy, &event.policy), std::pair(&names.seq, &event.seq),
                                          std::pair(&names.peer, &event.peer), std::pair(&names.reason, &event.reason)}) {
            if (!name->isEmpty())
                *field = valueOf(*name);
        }
        return event;
    }

    TunnelEvent event;
    event.kind = kind;
    event.host = decode(line.host);
    QString dstIp;
    QString peerAddress;
    QString offlineReason;
    QString reason;
    for (const VrpParameter &parameter : line.parameters) {
        const QByteArrayView key = parameter.key.trimmed();
        const auto value = [&] { return decode(parameter.value.trimmed()); };
        if (equalsIgnoringCase(key, "PolicyName"_L1))
            event.policy = value();
        else if (equalsIgnoringCase(key, "SeqNum"_L1))
            event.seq = value();
        else if (equalsIgnoringCase(key, "DstIP"_L1))
            dstIp = value();
        else if (equalsIgnoringCase(key, "PeerAddress"_L1) || equalsIgnoringCase(key, "RemoteAddress"_L1))
            peerAddress = value();
        else if (equalsIgnoringCase(key, "OfflineReason"_L1))
            offlineReason = value();
        else if (equalsIgnoringCase(key, "Reason"_L1))
            reason = value();
        else if (equalsIgnoringCase(key, "State"_L1))
            event.state = value();
    }
    event.peer = dstIp.isEmpty() ? peerAddress : dstIp;
    event.reason = offlineReason.isEmpty() ? reason : offlineReason;
    return event;
}

TunnelExtractionJob prepareTunnelExtraction(const LogDocument &document, const Catalog *catalog,
                                            const TunnelExtractionOptions &options)
{
    TunnelExtractionJob job;
    job.index = document.snapshot();
    job.encoding = document.encoding();
    job.timeBase = document.timeBase();
    job.source = options.source;
    job.lastYear = options.lastYear > 0 ? options.lastYear : fileYear(document.path());

    job.hostNames.append(QByteArray());
    for (int host = 1; host <= document.hostCount(); ++host)
        job.hostNames.append(document.hostName(quint16(host)));

    // Classify each interned message type once; lines are then matched by id alone.
    const int typeCount = document.messageTypeCount();
    job.kindOfType = QList<qint8>(typeCount + 1, qint8(-1));
    for (int type = 1; type <= typeCount; ++type) {
        const QByteArray name = document.messageTypeName(quint16(type));
        const qsizetype first = name.indexOf('/');
        const qsizetype last = name.lastIndexOf('/');
        if (first <= 0 || last <= first)
            continue;
        const QByteArrayView view(name);
        if (const auto rule = tunnelEventRule(view.first(first), view.sliced(last + 1), catalog)) {
            job.kindOfType[type] = qint8(rule->kind);
            if (!rule->parameters.isEmpty())
                job.namesOfType.insert(type, rule->parameters);
            job.anyTunnelType = true;
        }
    }
    return job;
}

TunnelExtraction extractTunnelEvents(const TunnelExtractionJob &job, std::stop_token stop)
{
    TunnelExtraction result;
    if (!job.anyTunnelType)
        return result;

    QStringDecoder decoder = EncodingDetector::decoder(job.encoding);
    const auto decode = [&decoder](QByteArrayView bytes) { return decoder.decode(bytes); };
    const qsizetype typeCount = job.kindOfType.size() - 1;
    TunnelYearPlacer years;
    QList<qsizetype> stampOf;
    bool yearless = false;
    // Per host id: the first and last time of its lines, in index seconds.
    QList<quint32> hostFirst(job.hostNames.size(), std::numeric_limits<quint32>::max());
    QList<quint32> hostLast(job.hostNames.size(), 0);
    for (const auto &block : job.index.blocks) {
        if (stop.stop_requested())
            return result;
        for (quint32 pos = 0; pos < block->count; ++pos) {
            const quint64 n = block->firstLine + pos;
            if (n >= job.index.lineCount)
                break;
            const LineRecord &record = block->records[pos];
            if ((record.flags & (HasTime | Continuation)) == HasTime && record.host != 0
                && record.host < hostFirst.size()) {
                hostFirst[record.host] = std::min(hostFirst.at(record.host), record.time);
                hostLast[record.host] = std::max(hostLast.at(record.host), record.time);
            }
            // Continuation lines repeat the type of their record; the record itself is enough.
            if (record.messageType == 0 || record.messageType > typeCount || (record.flags & Continuation)
                || job.kindOfType.at(record.messageType) < 0)
                continue;
            ++result.tunnelLines;
            const VrpLine parsed = VrpLineParser::parse(job.index.lineBytes(n));
            if (!parsed.isRecord || parsed.time.kind != VrpTimestamp::Kind::Absolute) {
                ++result.linesWithoutTime;
                continue;
            }
            TunnelEvent event = tunnelEventFromLine(parsed, TunnelEvent::Kind(job.kindOfType.at(record.messageType)), decode,
                                                    job.namesOfType.value(record.messageType));
            event.lineNumber = qint64(n);
            event.source = job.source;
            if (record.flags & HasTime) {
                // The index's time (its year included) is what the log view filters on: use the same.
                const qint64 fraction = parsed.time.hasMilliseconds ? ((parsed.time.wallMsecs % 1000) + 1000) % 1000 : 0;
                event.wallMsecs = job.timeBase + qint64(record.time) * 1000 + fraction;
                stampOf.append(-1);
            } else {
                yearless = yearless || !parsed.time.hasYear;
                stampOf.append(years.add(event.host, parsed.time));
            }
            result.events.append(std::move(event));
        }
    }

    for (qsizetype host = 1; host < hostFirst.size(); ++host) {
        if (hostFirst.at(host) > hostLast.at(host))
            continue;
        const TunnelHostSpan span{job.timeBase + qint64(hostFirst.at(host)) * 1000,
                                  job.timeBase + qint64(hostLast.at(host)) * 1000};
        mergeTunnelHostSpans(result.hostSpans, {{decode(job.hostNames.at(host)), span}});
    }

    years.place(job.lastYear);
    for (qsizetype i = 0; i < result.events.size(); ++i) {
        if (stampOf.at(i) >= 0)
            result.events[i].wallMsecs = years.wallMsecs(stampOf.at(i));
    }
    if (yearless)
        result.placedYear = job.lastYear;
    return result;
}

TunnelExtraction extractTunnelEvents(const LogDocument &document, const Catalog *catalog,
                                     const TunnelExtractionOptions &options)
{
    return extractTunnelEvents(prepareTunnelExtraction(document, catalog, options));
}

} // namespace LogSage
