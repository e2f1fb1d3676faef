#include "tunnelscommand.h"

#include "catalog.h"
#include "logdocument.h"
#include "tunnelextractor.h"
#include "tunneltimeline.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace LogSage::Cli {

namespace {

struct FileResult {
    QString path;
    qint64 tunnelLines = 0;
    qint64 linesWithoutTime = 0;
};

// Printed wall-clock time, ISO 8601 without a zone: it is the device's clock as printed.
QString printedTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC).toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

QString intervalStateName(TunnelInterval::State state)
{
    switch (state) {
    case TunnelInterval::State::Up:
        return u"up"_s;
    case TunnelInterval::State::Down:
        break;
    case TunnelInterval::State::Failing:
        return u"failing"_s;
    }
    return u"down"_s;
}

// "never up" is the report's wording for a tunnel that only failed to negotiate.
QString stateName(const TunnelSummary &tunnel)
{
    if (tunnel.neverUp())
        return u"never up"_s;
    switch (tunnel.lastState) {
    case TunnelSummary::State::Up:
        return u"up"_s;
    case TunnelSummary::State::Down:
        return u"down"_s;
    case TunnelSummary::State::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString bucketName(TunnelTimeline::BucketSize size)
{
    switch (size) {
    case TunnelTimeline::BucketSize::Second:
        return u"second"_s;
    case TunnelTimeline::BucketSize::TenSeconds:
        return u"10 seconds"_s;
    case TunnelTimeline::BucketSize::ThirtySeconds:
        return u"30 seconds"_s;
    case TunnelTimeline::BucketSize::Minute:
        return u"minute"_s;
    case TunnelTimeline::BucketSize::FiveMinutes:
        return u"5 minutes"_s;
    case TunnelTimeline::BucketSize::FifteenMinutes:
        return u"15 minutes"_s;
    case TunnelTimeline::BucketSize::Hour:
        return u"hour"_s;
    case TunnelTimeline::BucketSize::Day:
        break;
    }
    return u"day"_s;
}

// Opens and indexes one file; an empty string when done, else the sentence to show.
QString indexFile(LogDocument &document, const QString &path)
{
    QString failure;
    QEventLoop loop;
    QObject::connect(&document, &LogDocument::indexingFinished, &loop, &QEventLoop::quit);
    QObject::connect(&document, &LogDocument::failed, &loop, [&](const QString &message) {
        failure = message;
        loop.quit();
    });
    if (!document.open(path))
        return document.errorString();
    if (document.isIndexing())
        loop.exec();
    return failure;
}

QJsonObject reasonsJson(const QMap<QString, int> &reasons)
{
    QJsonObject object;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject tunnelJson(const TunnelSummary &tunnel)
{
    QJsonArray intervals;
    for (const TunnelInterval &interval : tunnel.intervals) {
        QJsonObject item{{u"state"_s, intervalStateName(interval.state)},
                         {u"from"_s, printedTime(interval.fromMsecs)},
                         {u"to"_s, printedTime(interval.toMsecs)},
                         {u"seconds"_s, double(interval.durationMsecs()) / 1000.0}};
        if (interval.openStart)
            item.insert(u"beforeLog"_s, true);
        if (interval.openEnd)
            item.insert(u"untilEndOfLog"_s, true);
        if (interval.inferredEnd)
            item.insert(u"teardownNotLogged"_s, true);
        if (!interval.reason.isEmpty())
            item.insert(u"reason"_s, interval.reason);
        if (!interval.label.isEmpty())
            item.insert(u"tunnelState"_s, interval.label);
        if (!interval.failureReasons.isEmpty()) {
            int count = 0;
            for (int n : interval.failureReasons)
                count += n;
            item.insert(u"negotiationFailures"_s, count);
            item.insert(u"failureReasons"_s, reasonsJson(interval.failureReasons));
        }
        if (interval.fromLine >= 0) {
            item.insert(u"line"_s, double(interval.fromLine + 1));
            item.insert(u"file"_s, interval.fromSource);
        }
        intervals.append(item);
    }
    const double availability = tunnel.availabilityPercent();
    return QJsonObject{
        {u"device"_s, tunnel.host},
        {u"policy"_s, tunnel.policy},
        {u"seq"_s, tunnel.seq},
        {u"peer"_s, tunnel.peer},
        {u"established"_s, tunnel.established},
        {u"tornDown"_s, tunnel.tornDown},
        {u"negotiationFailures"_s, tunnel.negotiationFailures},
        {u"flaps"_s, tunnel.flaps},
        {u"downtimeSeconds"_s, double(tunnel.downMsecs) / 1000.0},
        {u"failingSeconds"_s, double(tunnel.failingMsecs) / 1000.0},
        {u"uptimeSeconds"_s, double(tunnel.upMsecs) / 1000.0},
        {u"availabilityPercent"_s, availability < 0 ? QJsonValue() : QJsonValue(std::round(availability * 100) / 100)},
        {u"lastState"_s, stateName(tunnel)},
        {u"neverUp"_s, tunnel.neverUp()},
        {u"lastTunnelState"_s, tunnel.lastLabel},
        {u"topTeardownReason"_s, tunnel.topTeardownReason()},
        {u"topFailureReason"_s, tunnel.topFailureReason()},
        {u"teardownReasons"_s, reasonsJson(tunnel.teardownReasons)},
        {u"failureReasons"_s, reasonsJson(tunnel.failureReasons)},
        {u"repeatedLinesIgnored"_s, tunnel.duplicates},
        {u"intervals"_s, intervals},
    };
}

void writeJson(const TunnelTimeline &timeline, const QList<FileResult> &files, QTextStream &out)
{
    QJsonArray fileArray;
    for (const FileResult &file : files)
        fileArray.append(QJsonObject{{u"file"_s, file.path},
                                     {u"tunnelLines"_s, double(file.tunnelLines)},
                                     {u"linesWithoutDate"_s, double(file.linesWithoutTime)}});
    QJsonArray tunnels;
    for (const TunnelSummary &tunnel : timeline.tunnels())
        tunnels.append(tunnelJson(tunnel));
    QJsonObject root{{u"files"_s, fileArray}, {u"tunnels"_s, tunnels},
                     {u"teardownReasons"_s, reasonsJson(timeline.teardownReasons())},
                     {u"failureReasons"_s, reasonsJson(timeline.failureReasons())}};
    if (!timeline.isEmpty()) {
        root.insert(u"from"_s, printedTime(timeline.observedStartMsecs()));
        root.insert(u"to"_s, printedTime(timeline.observedEndMsecs()));
        const auto size = timeline.suggestedBucketSize();
        QJsonArray buckets;
        for (const TunnelBucket &bucket : timeline.buckets(size)) {
            if (bucket.total() == 0)
                continue;
            buckets.append(QJsonObject{{u"from"_s, printedTime(bucket.fromMsecs)},
                                       {u"established"_s, bucket.established},
                                       {u"tornDown"_s, bucket.tornDown},
                                       {u"negotiationFailed"_s, bucket.negotiationFailed}});
        }
        root.insert(u"buckets"_s, QJsonObject{{u"size"_s, bucketName(size)}, {u"nonEmpty"_s, buckets}});
    }
    out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

void writeReasons(const QString &title, const QMap<QString, int> &reasons, QTextStream &out)
{
    if (reasons.isEmpty())
        return;
    QList<std::pair<QString, int>> sorted;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        sorted.append({it.key().isEmpty() ? u"(none given)"_s : it.key(), it.value()});
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    out << '\n' << title << '\n';
    for (const auto &[reason, count] : sorted)
        out << "  " << QString::number(count).rightJustified(6) << "  " << reason << '\n';
}

// When each tunnel was down or failing to come up: from, to, how long, why, and the line it began on.
void writeOutages(const TunnelTimeline &timeline, const QList<FileResult> &files, QTextStream &out)
{
    bool any = false;
    for (const TunnelSummary &tunnel : timeline.tunnels()) {
        for (const TunnelInterval &interval : tunnel.intervals) {
            if (interval.state == TunnelInterval::State::Up)
                continue;
            if (!any)
                out << "\nOutages (down, or failing to come up):\n";
            any = true;
            QString why = interval.reason.isEmpty() ? u"-"_s : interval.reason;
            if (interval.state == TunnelInterval::State::Failing)
                why = u"never up yet: "_s + why;
            QString where;
            if (interval.fromLine >= 0) {
                const QString file = interval.fromSource >= 0 && interval.fromSource < files.size()
                    ? QFileInfo(files.at(interval.fromSource).path).fileName()
                    : QString();
                where = u"  ("_s + file + u':' + QString::number(interval.fromLine + 1) + u')';
            }
            out << "  " << tunnel.host << ' ' << (tunnel.policy.isEmpty() ? u"?"_s : tunnel.policy) << '/' << tunnel.seq << ' '
                << tunnel.peer << ": " << printedTime(interval.fromMsecs) << " to " << printedTime(interval.toMsecs)
                << (interval.openEnd ? " (still at the end of the log)" : "") << ", "
                << formatTunnelDuration(interval.durationMsecs()) << ", " << why << where << '\n';
        }
    }
}

void writeText(const TunnelTimeline &timeline, const QList<FileResult> &files, QTextStream &out)
{
    qint64 skipped = 0;
    for (const FileResult &file : files)
        skipped += file.linesWithoutTime;
    if (timeline.isEmpty()) {
        out << "No IPSec tunnel events (IPSEC_TUNNEL_ESTABLISHED, IPSEC_TUNNEL_TEARED_DOWN, IKE_NEGO_FAIL) in "
            << files.size() << (files.size() == 1 ? " file.\n" : " files.\n");
        if (skipped > 0)
            out << skipped << " tunnel lines carry no date and were left out.\n";
        return;
    }
    QSet<QString> hosts;
    int established = 0, tornDown = 0, failed = 0;
    for (const TunnelSummary &tunnel : timeline.tunnels()) {
        hosts.insert(tunnel.host);
        established += tunnel.established;
        tornDown += tunnel.tornDown;
        failed += tunnel.negotiationFailures;
    }
    out << "IPSec tunnels: " << timeline.tunnels().size() << " on " << hosts.size()
        << (hosts.size() == 1 ? " device" : " devices") << ", from " << printedTime(timeline.observedStartMsecs())
        << " to " << printedTime(timeline.observedEndMsecs()) << " (their logs' span, device time as printed)\n";
    out << "Events: " << established << " established, " << tornDown << " torn down, " << failed
        << " negotiation failures\n";
    if (skipped > 0)
        out << skipped << " tunnel lines carry no date and were left out.\n";
    out << "Downtime is proven (after a teardown); Failing is time failing to come up before the tunnel was\n"
           "ever seen up; Avail. counts proven up and down time only.\n";

    const QStringList header{u"Device"_s, u"Policy"_s, u"Seq"_s, u"Peer"_s, u"Flaps"_s, u"Downtime"_s,
                             u"Failing"_s, u"Avail."_s, u"Last state"_s, u"Top teardown reason"_s,
                             u"Top failure reason"_s};
    QList<QStringList> rows{header};
    for (const TunnelSummary &tunnel : timeline.tunnels()) {
        const double availability = tunnel.availabilityPercent();
        QString state = stateName(tunnel);
        if (!tunnel.lastLabel.isEmpty())
            state += u" (" + tunnel.lastLabel + u')';
        rows.append({tunnel.host, tunnel.policy.isEmpty() ? u"-"_s : tunnel.policy, tunnel.seq, tunnel.peer,
                     QString::number(tunnel.flaps), formatTunnelDuration(tunnel.downMsecs),
                     tunnel.failingMsecs > 0 ? formatTunnelDuration(tunnel.failingMsecs) : u"-"_s,
                     availability < 0 ? u"-"_s : QString::number(availability, 'f', 1) + u'%', state,
                     tunnel.topTeardownReason().isEmpty() ? u"-"_s : tunnel.topTeardownReason(),
                     tunnel.topFailureReason().isEmpty() ? u"-"_s : tunnel.topFailureReason()});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    out << '\n';
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const bool number = c >= 4 && c <= 7;
            const QString cell = number ? row.at(c).rightJustified(widths.at(c)) : row.at(c).leftJustified(widths.at(c));
            line += (c == 0 ? QString() : u"  "_s) + cell;
        }
        out << line.trimmed() << '\n';
    }
    writeOutages(timeline, files, out);
    writeReasons(u"Teardown reasons (OfflineReason):"_s, timeline.teardownReasons(), out);
    writeReasons(u"Negotiation failure reasons (Reason):"_s, timeline.failureReasons(), out);
}

} // namespace

int runTunnelsAnalysis(const QStringList &files, const Catalog &catalog, bool json, QTextStream &out, QTextStream &err)
{
    if (files.isEmpty()) {
        err << "logsage analyze --tunnels: name at least one log file.\n";
        return 2;
    }
    QList<TunnelEvent> events;
    QList<FileResult> results;
    TunnelHostSpans hostSpans;
    for (qsizetype i = 0; i < files.size(); ++i) {
        LogDocument document;
        const QString failure = indexFile(document, files.at(i));
        if (!failure.isEmpty()) {
            err << "logsage analyze: " << failure << '\n';
            return 1;
        }
        TunnelExtractionOptions options;
        options.source = int(i);
        TunnelExtraction extraction = extractTunnelEvents(document, &catalog, options);
        results.append({files.at(i), extraction.tunnelLines, extraction.linesWithoutTime});
        events.append(std::move(extraction.events));
        mergeTunnelHostSpans(hostSpans, extraction.hostSpans);
    }
    const TunnelTimeline timeline = TunnelTimeline::build(std::move(events), std::move(hostSpans));
    if (json)
        writeJson(timeline, results, out);
    else
        writeText(timeline, results, out);
    out.flush();
    return 0;
}

} // namespace LogSage::Cli
