#include "tunneltimeline.h"

#include <algorithm>
#include <memory>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

void countInto(TunnelBucket &bucket, TunnelEvent::Kind kind)
{
    switch (kind) {
    case TunnelEvent::Kind::Established:
        ++bucket.established;
        break;
    case TunnelEvent::Kind::TornDown:
        ++bucket.tornDown;
        break;
    case TunnelEvent::Kind::NegotiationFailed:
        ++bucket.negotiationFailed;
        break;
    }
}

constexpr QChar keySeparator = QChar(0x1f); // cannot occur in a decoded log field we keep

qint64 floorTo(qint64 msecs, qint64 size)
{
    qint64 q = msecs / size;
    if (msecs % size != 0 && msecs < 0)
        --q;
    return q * size;
}

QString topOf(const QMap<QString, int> &a, const QMap<QString, int> &b)
{
    QString best;
    int bestCount = 0;
    for (const auto *map : {&a, &b}) {
        for (auto it = map->cbegin(); it != map->cend(); ++it) {
            if (it.value() > bestCount) {
                best = it.key();
                bestCount = it.value();
            }
        }
    }
    return best;
}

struct TunnelId {
    QString host;
    QString policy;
    QString seq;
    QString peer;
    bool operator==(const TunnelId &) const = default;
};

size_t qHash(const TunnelId &id, size_t seed = 0)
{
    return qHashMulti(seed, id.host, id.policy, id.seq, id.peer);
}

struct PeerId {
    QString host;
    QString seq;
    QString peer;
    bool operator==(const PeerId &) const = default;
};

size_t qHash(const PeerId &id, size_t seed = 0)
{
    return qHashMulti(seed, id.host, id.seq, id.peer);
}

// Follows one tunnel through its events in time order.
class TunnelStateMachine
{
public:
    TunnelStateMachine(TunnelSummary &tunnel, qint64 hostStart) : m_tunnel(tunnel), m_hostStart(hostStart) {}

    void add(const TunnelEvent &event, qsizetype index)
    {
        m_tunnel.events.append(index);
        if (!event.state.isEmpty())
            m_tunnel.lastLabel = event.state;
        switch (event.kind) {
        case TunnelEvent::Kind::Established:
            established(event);
            break;
        case TunnelEvent::Kind::TornDown:
            tornDown(event);
            break;
        case TunnelEvent::Kind::NegotiationFailed:
            ++m_tunnel.negotiationFailures;
            ++m_tunnel.failureReasons[event.reason];
            if (TunnelSummary::isRekeyReason(event.reason)) {
                ++m_tunnel.rekeyFailures;
                // A rekey needs an SA: the tunnel was up before, so a failing start was not one.
                if (m_tunnel.lastState == State::Unknown) {
                    m_tunnel.intervals.clear();
                    m_open = false;
                }
            } else if (m_tunnel.lastState == State::Unknown && m_tunnel.intervals.isEmpty()
                       && m_tunnel.rekeyFailures == 0) {
                // Failing before the tunnel was ever seen up or down: it is not up from here on.
                open(TunnelInterval::State::Failing, event);
            }
            if (m_open && m_tunnel.intervals.constLast().state != TunnelInterval::State::Up)
                ++m_tunnel.intervals.last().failureReasons[event.reason];
            break;
        }
    }

    void finish(qint64 hostEnd)
    {
        if (!m_tunnel.intervals.isEmpty() && m_open) {
            auto &last = m_tunnel.intervals.last();
            last.toMsecs = std::max(hostEnd, last.fromMsecs);
            last.openEnd = true;
        }
        for (const auto &interval : std::as_const(m_tunnel.intervals)) {
            switch (interval.state) {
            case TunnelInterval::State::Up:
                m_tunnel.upMsecs += interval.durationMsecs();
                break;
            case TunnelInterval::State::Down:
                m_tunnel.downMsecs += interval.durationMsecs();
                break;
            case TunnelInterval::State::Failing:
                m_tunnel.failingMsecs += interval.durationMsecs();
                break;
            }
        }
    }

private:
    using State = TunnelSummary::State;

    void established(const TunnelEvent &event)
    {
        if (m_tunnel.lastState == State::Up) {
            if (m_lastStateEvent && m_lastStateEvent->kind == TunnelEvent::Kind::Established
                && m_lastStateEvent->wallMsecs == event.wallMsecs) {
                ++m_tunnel.duplicates;
                m_tunnel.events.removeLast();
                return;
            }
            // The teardown was not logged: the tunnel went down at an unknown moment.
            ++m_tunnel.missingTeardowns;
            ++m_tunnel.flaps;
            closeAt(event.wallMsecs).inferredEnd = true;
        } else if (m_tunnel.lastState == State::Down || m_open) {
            closeAt(event.wallMsecs); // the outage or the failing start ends
        }
        ++m_tunnel.established;
        open(TunnelInterval::State::Up, event);
        m_tunnel.lastState = State::Up;
        m_lastStateEvent = &event;
    }

    void tornDown(const TunnelEvent &event)
    {
        if (m_tunnel.lastState == State::Down) {
            if (m_lastStateEvent && m_lastStateEvent->kind == TunnelEvent::Kind::TornDown
                && m_lastStateEvent->wallMsecs == event.wallMsecs && m_lastStateEvent->reason == event.reason) {
                ++m_tunnel.duplicates;
                m_tunnel.events.removeLast();
                return;
            }
            // The re-establishment was not logged, so this is a new outage.
            ++m_tunnel.missingEstablishes;
            closeAt(event.wallMsecs);
        } else if (m_tunnel.lastState == State::Up) {
            closeAt(event.wallMsecs);
        } else {
            // A teardown means it was up: failures before it were rekeys of a live tunnel, not
            // a failing start.
            m_tunnel.intervals.clear();
            m_open = false;
            // The log starts with this tunnel already up.
            TunnelInterval up;
            up.state = TunnelInterval::State::Up;
            up.fromMsecs = std::min(m_hostStart, event.wallMsecs);
            up.toMsecs = event.wallMsecs;
            up.openStart = true;
            up.label = event.state;
            m_tunnel.intervals.append(up);
        }
        ++m_tunnel.flaps;
        ++m_tunnel.tornDown;
        ++m_tunnel.teardownReasons[event.reason];
        open(TunnelInterval::State::Down, event);
        m_tunnel.lastState = State::Down;
        m_lastStateEvent = &event;
    }

    TunnelInterval &closeAt(qint64 msecs)
    {
        auto &last = m_tunnel.intervals.last();
        last.toMsecs = msecs;
        m_open = false;
        return last;
    }

    void open(TunnelInterval::State state, const TunnelEvent &event)
    {
        TunnelInterval interval;
        interval.state = state;
        interval.fromMsecs = event.wallMsecs;
        interval.toMsecs = event.wallMsecs;
        interval.fromLine = event.lineNumber;
        interval.fromSource = event.source;
        if (state == TunnelInterval::State::Up)
            interval.label = event.state;
        else
            interval.reason = event.reason;
        m_tunnel.intervals.append(interval);
        m_open = true;
    }

    TunnelSummary &m_tunnel;
    qint64 m_hostStart;
    const TunnelEvent *m_lastStateEvent = nullptr;
    bool m_open = false;
};

} // namespace

double TunnelSummary::availabilityPercent() const
{
    const qint64 known = upMsecs + downMsecs;
    if (known <= 0)
        return neverUp() ? 0.0 : lastState == State::Up ? 100.0 : (lastState == State::Down ? 0.0 : -1.0);
    return 100.0 * double(upMsecs) / double(known);
}

bool TunnelSummary::isRekeyReason(const QString &reason)
{
    return reason.trimmed().startsWith(u"rekey"_s, Qt::CaseInsensitive);
}

QString TunnelSummary::topReason() const
{
    return topOf(teardownReasons, failureReasons);
}

QString TunnelSummary::topTeardownReason() const
{
    return topOf(teardownReasons, {});
}

QString TunnelSummary::topFailureReason() const
{
    return topOf(failureReasons, {});
}

QString TunnelSummary::displayName() const
{
    QString name = host;
    if (!policy.isEmpty() || !seq.isEmpty())
        name += u' ' + (policy.isEmpty() ? u"?"_s : policy) + u'/' + seq;
    if (!peer.isEmpty())
        name += u" \u2192 "_s + peer;
    return name;
}

QString TunnelTimeline::tunnelKey(const QString &host, const QString &policy, const QString &seq,
                                  const QString &peer)
{
    return host + keySeparator + policy + keySeparator + seq + keySeparator + peer;
}

TunnelTimeline TunnelTimeline::build(QList<TunnelEvent> events, TunnelHostSpans hostSpans)
{
    TunnelTimeline timeline;
    if (events.isEmpty())
        return timeline;

    const auto earlier = [](const TunnelEvent &a, const TunnelEvent &b) { return a.wallMsecs < b.wallMsecs; };
    if (std::is_sorted(events.cbegin(), events.cend(), earlier)) {
        timeline.m_events = std::move(events);
    } else {
        std::vector<qsizetype> order(size_t(events.size()));
        std::iota(order.begin(), order.end(), qsizetype(0));
        std::stable_sort(order.begin(), order.end(), [&events](qsizetype a, qsizetype b) {
            return events.at(a).wallMsecs < events.at(b).wallMsecs;
        });
        timeline.m_events.reserve(events.size());
        for (qsizetype i : order)
            timeline.m_events.append(std::move(events[i]));
        events.clear();
    }

    const auto &sorted = timeline.m_events;
    timeline.m_start = sorted.first().wallMsecs;
    timeline.m_end = sorted.last().wallMsecs;
    // A host's span covers at least its own events (spans may be missing or from another source).
    {
        TunnelHostSpans ofTunnelHosts;
        for (const auto &event : sorted) {
            const TunnelHostSpan own{event.wallMsecs, event.wallMsecs};
            auto found = ofTunnelHosts.find(event.host);
            if (found == ofTunnelHosts.end()) {
                auto given = hostSpans.constFind(event.host);
                found = ofTunnelHosts.insert(event.host, given == hostSpans.cend() ? own : *given);
            }
            found->include(own);
        }
        hostSpans = std::move(ofTunnelHosts);
    }
    timeline.m_observedStart = timeline.m_start;
    timeline.m_observedEnd = timeline.m_end;
    for (auto it = hostSpans.cbegin(); it != hostSpans.cend(); ++it) {
        timeline.m_observedStart = std::min(timeline.m_observedStart, it->firstMsecs);
        timeline.m_observedEnd = std::max(timeline.m_observedEnd, it->lastMsecs);
    }

    QHash<TunnelId, int> byId;
    QHash<PeerId, int> byPeer; // the first tunnel with a policy for host + seq + peer
    QList<int> eventTunnel(sorted.size(), -1);
    // Machines hold references to their summaries, so those live on the heap until the end.
    std::vector<std::unique_ptr<TunnelSummary>> owned;
    std::vector<std::unique_ptr<TunnelStateMachine>> machineOf;

    const TunnelEvent *previous = nullptr;
    int previousTunnel = -1;
    auto tunnelFor = [&](const TunnelEvent &event, const QString &policy) {
        // Runs of events of one tunnel are common: skip the hash for them.
        if (previous && previous->host == event.host && previous->seq == event.seq && previous->peer == event.peer
            && previous->policy == policy)
            return previousTunnel;
        TunnelId id{event.host, policy, event.seq, event.peer};
        auto it = byId.constFind(id);
        int index;
        if (it != byId.cend()) {
            index = it.value();
        } else {
            index = int(owned.size());
            auto summary = std::make_unique<TunnelSummary>();
            summary->key = tunnelKey(event.host, policy, event.seq, event.peer);
            summary->host = event.host;
            summary->policy = policy;
            summary->seq = event.seq;
            summary->peer = event.peer;
            machineOf.push_back(std::make_unique<TunnelStateMachine>(*summary, hostSpans.value(event.host).firstMsecs));
            owned.push_back(std::move(summary));
            byId.insert(std::move(id), index);
            if (PeerId peer{event.host, event.seq, event.peer}; !policy.isEmpty() && !byPeer.contains(peer))
                byPeer.insert(std::move(peer), index);
        }
        previous = &event;
        previousTunnel = index;
        return index;
    };

    // IKE failures carry no policy name: they belong to the first tunnel seen with a policy for
    // the same host, seq and peer, even one established later; so they are placed second.
    bool policyLess = false;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const auto &event = sorted.at(i);
        if (event.policy.isEmpty() && event.kind == TunnelEvent::Kind::NegotiationFailed)
            policyLess = true;
        else
            eventTunnel[i] = tunnelFor(event, event.policy);
    }
    if (policyLess) {
        previous = nullptr;
        for (qsizetype i = 0; i < sorted.size(); ++i) {
            if (eventTunnel.at(i) >= 0)
                continue;
            const auto &event = sorted.at(i);
            const int known = byPeer.value(PeerId{event.host, event.seq, event.peer}, -1);
            eventTunnel[i] = known >= 0 ? known : tunnelFor(event, event.policy);
        }
    }
    for (qsizetype i = 0; i < sorted.size(); ++i)
        machineOf[size_t(eventTunnel.at(i))]->add(sorted.at(i), i);

    for (size_t i = 0; i < machineOf.size(); ++i)
        machineOf[i]->finish(hostSpans.value(owned[i]->host).lastMsecs);

    // Present tunnels in a stable order: host, policy, seq, peer.
    std::vector<int> byName(owned.size());
    std::iota(byName.begin(), byName.end(), 0);
    std::sort(byName.begin(), byName.end(), [&owned](int a, int b) {
        const auto &x = *owned[size_t(a)];
        const auto &y = *owned[size_t(b)];
        return std::tie(x.host, x.policy, x.seq, x.peer) < std::tie(y.host, y.policy, y.seq, y.peer);
    });
    std::vector<int> newIndex(owned.size());
    timeline.m_tunnels.reserve(qsizetype(owned.size()));
    for (size_t n = 0; n < byName.size(); ++n) {
        newIndex[size_t(byName[n])] = int(n);
        timeline.m_tunnelByKey.insert(owned[size_t(byName[n])]->key, int(n));
        timeline.m_tunnels.append(std::move(*owned[size_t(byName[n])]));
    }
    for (int &t : eventTunnel)
        t = newIndex[size_t(t)];
    timeline.m_eventTunnel = std::move(eventTunnel);
    timeline.m_hostSpans = std::move(hostSpans);
    return timeline;
}

QList<qsizetype> TunnelTimeline::eventsIn(qint64 fromMsecs, qint64 toMsecs, const QString &key) const
{
    QList<qsizetype> result;
    const auto before = [this](qsizetype index, qint64 msecs) { return m_events.at(index).wallMsecs < msecs; };
    if (key.isEmpty()) {
        auto first = std::lower_bound(m_events.cbegin(), m_events.cend(), fromMsecs,
                                      [](const TunnelEvent &event, qint64 msecs) { return event.wallMsecs < msecs; });
        for (auto it = first; it != m_events.cend() && it->wallMsecs < toMsecs; ++it)
            result.append(it - m_events.cbegin());
        return result;
    }
    const int tunnel = tunnelIndex(key);
    if (tunnel < 0)
        return result;
    const auto &indexes = m_tunnels.at(tunnel).events;
    for (auto it = std::lower_bound(indexes.cbegin(), indexes.cend(), fromMsecs, before);
         it != indexes.cend() && m_events.at(*it).wallMsecs < toMsecs; ++it)
        result.append(*it);
    return result;
}

QMap<QString, int> TunnelTimeline::teardownReasons(const QString &key) const
{
    if (!key.isEmpty()) {
        const int index = tunnelIndex(key);
        return index < 0 ? QMap<QString, int>() : m_tunnels.at(index).teardownReasons;
    }
    QMap<QString, int> all;
    for (const auto &tunnel : m_tunnels)
        for (auto it = tunnel.teardownReasons.cbegin(); it != tunnel.teardownReasons.cend(); ++it)
            all[it.key()] += it.value();
    return all;
}

QMap<QString, int> TunnelTimeline::failureReasons(const QString &key) const
{
    if (!key.isEmpty()) {
        const int index = tunnelIndex(key);
        return index < 0 ? QMap<QString, int>() : m_tunnels.at(index).failureReasons;
    }
    QMap<QString, int> all;
    for (const auto &tunnel : m_tunnels)
        for (auto it = tunnel.failureReasons.cbegin(); it != tunnel.failureReasons.cend(); ++it)
            all[it.key()] += it.value();
    return all;
}

TunnelTimeline::BucketSize TunnelTimeline::suggestedBucketSize(qint64 spanMsecs)
{
    // Aim for at most a few hundred bars: minutes up to 6 h, hours up to 15 days.
    if (spanMsecs <= 6 * 3600 * 1000LL)
        return BucketSize::Minute;
    if (spanMsecs <= 15 * 24 * 3600 * 1000LL)
        return BucketSize::Hour;
    return BucketSize::Day;
}

qint64 TunnelTimeline::bucketMsecs(BucketSize size)
{
    switch (size) {
    case BucketSize::Second:
        return 1000LL;
    case BucketSize::TenSeconds:
        return 10 * 1000LL;
    case BucketSize::ThirtySeconds:
        return 30 * 1000LL;
    case BucketSize::Minute:
        return 60 * 1000LL;
    case BucketSize::FiveMinutes:
        return 5 * 60 * 1000LL;
    case BucketSize::FifteenMinutes:
        return 15 * 60 * 1000LL;
    case BucketSize::Hour:
        return 3600 * 1000LL;
    case BucketSize::Day:
        return 24 * 3600 * 1000LL;
    }
    return 60 * 1000LL;
}

qsizetype TunnelTimeline::bucketCount(BucketSize size) const
{
    if (m_events.isEmpty())
        return 0;
    const qint64 width = bucketMsecs(size);
    return qsizetype((floorTo(m_end, width) - floorTo(m_start, width)) / width + 1);
}

qsizetype TunnelTimeline::bucketIndexAt(BucketSize size, qint64 msecs) const
{
    if (m_events.isEmpty())
        return -1;
    const qint64 width = bucketMsecs(size);
    const qint64 first = floorTo(m_start, width);
    if (msecs < first)
        return -1;
    const qsizetype index = qsizetype((msecs - first) / width);
    return index < bucketCount(size) ? index : -1;
}

TunnelTimeline::BucketSize TunnelTimeline::finestBucketSizeFor(qint64 spanMsecs, qsizetype maximumBuckets)
{
    for (BucketSize size : allBucketSizes) {
        // +1: a span that starts mid-bucket touches one more.
        if (spanMsecs / bucketMsecs(size) + 1 <= maximumBuckets)
            return size;
    }
    return BucketSize::Day;
}

QList<TunnelBucket> TunnelTimeline::nonEmptyBuckets(BucketSize size, const QString &key) const
{
    QList<TunnelBucket> result;
    const qint64 width = bucketMsecs(size);
    // Events are in time order, so each bucket's events are one run.
    auto countEvent = [&](const TunnelEvent &event) {
        const qint64 from = floorTo(event.wallMsecs, width);
        if (result.isEmpty() || result.constLast().fromMsecs != from)
            result.append(TunnelBucket{from, from + width, 0, 0, 0});
        TunnelBucket &bucket = result.last();
        countInto(bucket, event.kind);
    };
    visitEvents(key, countEvent);
    return result;
}

void TunnelTimeline::visitEvents(const QString &key, const std::function<void(const TunnelEvent &)> &visit) const
{
    if (key.isEmpty()) {
        for (const auto &event : m_events)
            visit(event);
    } else if (const int index = tunnelIndex(key); index >= 0) {
        for (qsizetype e : m_tunnels.at(index).events)
            visit(m_events.at(e));
    }
}

QList<TunnelBucket> TunnelTimeline::buckets(BucketSize size, const QString &key) const
{
    QList<TunnelBucket> result;
    const qsizetype count = bucketCount(size);
    if (count == 0)
        return result;
    const qint64 width = bucketMsecs(size);
    const qint64 first = floorTo(m_start, width);
    result.resize(count);
    for (qsizetype i = 0; i < count; ++i) {
        result[i].fromMsecs = first + i * width;
        result[i].toMsecs = first + (i + 1) * width;
    }
    auto countEvent = [&](const TunnelEvent &event) {
        auto &bucket = result[qsizetype((event.wallMsecs - first) / width)];
        countInto(bucket, event.kind);
    };
    visitEvents(key, countEvent);
    return result;
}

QString formatTunnelDuration(qint64 msecs)
{
    const qint64 s = msecs / 1000;
    if (s < 60)
        return u"%1 s"_s.arg(s);
    if (s < 3600)
        return u"%1 min %2 s"_s.arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
    if (s < 86400)
        return u"%1 h %2 min"_s.arg(s / 3600).arg((s % 3600) / 60, 2, 10, QChar(u'0'));
    return u"%1 d %2 h"_s.arg(s / 86400).arg((s % 86400) / 3600);
}

} // namespace LogSage
