#pragma once

#include "tunnelevent.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace LogSage {

/// A period in which a tunnel was up, down, or failing to come up. Time outside every interval
/// (before the first event, when it is not known to be up) has an unknown state.
struct TunnelInterval {
    /// Failing: not yet up, from the first failed negotiation of a tunnel whose state was unknown
    /// (not proven down: the log never showed it up). A rekey failure never opens one.
    enum class State : quint8 { Up, Down, Failing };
    State state = State::Up;
    qint64 fromMsecs = 0;
    qint64 toMsecs = 0;
    bool openStart = false;  ///< began before the first event of the log (the log started mid-period)
    bool openEnd = false;    ///< still lasting at the end of the log
    bool inferredEnd = false;///< ended by a second "established" without a teardown in between
    qint64 fromLine = -1;    ///< line of the event that began it, -1 when openStart
    int fromSource = 0;
    QString reason;          ///< for Down: the teardown's OfflineReason; for Failing: the first Reason
    QString label;           ///< for Up: the State parameter ("Normal", "Backup")
    QMap<QString, int> failureReasons; ///< for Down and Failing: negotiation failures inside it, by Reason

    qint64 durationMsecs() const { return toMsecs - fromMsecs; }
};

/// What the timeline knows about one tunnel (host + policy + seq + peer).
struct TunnelSummary {
    enum class State : quint8 { Unknown, Up, Down };

    QString key;     ///< TunnelTimeline::tunnelKey(host, policy, seq, peer)
    QString host;
    QString policy;
    QString seq;
    QString peer;
    QList<TunnelInterval> intervals;  ///< in time order, without gaps after the first event
    QList<qsizetype> events;          ///< indexes into TunnelTimeline::events()
    int established = 0;              ///< establish events that counted (duplicates excluded)
    int tornDown = 0;
    int negotiationFailures = 0;
    int rekeyFailures = 0;            ///< failures whose Reason shows an SA existed ("rekey ...")
    int flaps = 0;                    ///< up -> down transitions (known or inferred)
    int duplicates = 0;               ///< repeated lines of the same event, ignored
    int missingTeardowns = 0;         ///< "established" while already up
    int missingEstablishes = 0;       ///< "torn down" while already down
    qint64 upMsecs = 0;
    qint64 downMsecs = 0;             ///< proven downtime: Down intervals (after a teardown) only
    qint64 failingMsecs = 0;          ///< Failing intervals: failing to come up, never seen up before
    State lastState = State::Unknown;
    QString lastLabel;                ///< last State parameter seen ("Normal", "Backup")
    QMap<QString, int> teardownReasons;
    QMap<QString, int> failureReasons;

    /// True for a tunnel that only failed to negotiate: never established nor torn down, and no
    /// failure was a rekey (which shows an SA existed).
    bool neverUp() const
    {
        return established == 0 && tornDown == 0 && negotiationFailures > 0 && rekeyFailures == 0;
    }
    /// True when a negotiation failure's Reason shows an SA existed: "rekey fail", "rekey no find old sa".
    static bool isRekeyReason(const QString &reason);
    /// Proven up time as a share of proven up + down time, 0..100 (failing time is not counted);
    /// 0 for a tunnel that never came up; -1 when nothing is known.
    double availabilityPercent() const;
    /// The most frequent teardown or failure reason, empty when there is none. Mixes two kinds
    /// of count: prefer topTeardownReason() and topFailureReason().
    QString topReason() const;
    /// The most frequent OfflineReason of its teardowns, empty when there is none.
    QString topTeardownReason() const;
    /// The most frequent Reason of its failed negotiations, empty when there is none.
    QString topFailureReason() const;
    /// A short human label: "host policy/seq -> peer".
    QString displayName() const;
};

/// Counts of events in one time bucket.
struct TunnelBucket {
    qint64 fromMsecs = 0;
    qint64 toMsecs = 0; ///< exclusive
    int established = 0;
    int tornDown = 0;
    int negotiationFailed = 0;
    int total() const { return established + tornDown + negotiationFailed; }
};

/// Per device and tunnel up/down intervals, downtime, flaps and reasons, built from tunnel
/// events in any order. A value type; copies share their data.
class TunnelTimeline
{
public:
    /// Chart bucket widths, finest first.
    enum class BucketSize : quint8 { Second, TenSeconds, ThirtySeconds, Minute, FiveMinutes, FifteenMinutes, Hour, Day };
    static constexpr BucketSize allBucketSizes[] = {BucketSize::Second,      BucketSize::TenSeconds,
                                                    BucketSize::ThirtySeconds, BucketSize::Minute,
                                                    BucketSize::FiveMinutes, BucketSize::FifteenMinutes,
                                                    BucketSize::Hour,        BucketSize::Day};

    /// Builds the timeline. Events are ordered by time (file order breaks ties); IKE failures
    /// without a policy are attributed to the known tunnel with the same host, seq and peer.
    /// A tunnel up before its first event counts from its host's first line, and a period still
    /// open counts to its host's last line, as `hostSpans` says (widened to the host's events;
    /// a host missing there spans only its own tunnel events).
    static TunnelTimeline build(QList<TunnelEvent> events, TunnelHostSpans hostSpans = {});

    /// The key that identifies a tunnel.
    static QString tunnelKey(const QString &host, const QString &policy, const QString &seq,
                             const QString &peer);

    bool isEmpty() const { return m_events.isEmpty(); }
    const QList<TunnelEvent> &events() const { return m_events; }        ///< in time order
    const QList<TunnelSummary> &tunnels() const { return m_tunnels; }     ///< by host, policy, seq, peer
    int tunnelIndex(const QString &key) const { return m_tunnelByKey.value(key, -1); }
    /// Calls `visit` for every event in time order, or only those of tunnel `key` when it is not empty.
    void visitEvents(const QString &key, const std::function<void(const TunnelEvent &)> &visit) const;
    int tunnelOfEvent(qsizetype event) const { return m_eventTunnel.value(event, -1); }
    qint64 startMsecs() const { return m_start; } ///< time of the first event
    qint64 endMsecs() const { return m_end; }     ///< time of the last event
    /// The first and last line of the hosts that have tunnels (covers startMsecs()..endMsecs()).
    qint64 observedStartMsecs() const { return m_observedStart; }
    qint64 observedEndMsecs() const { return m_observedEnd; }
    /// The span of one host's lines; zeros for a host without tunnel events.
    TunnelHostSpan hostSpan(const QString &host) const { return m_hostSpans.value(host); }

    /// Indexes into events() of the events in [fromMsecs, toMsecs) of one tunnel (key), or of
    /// all tunnels when the key is empty: the lines behind a chart click or selection.
    QList<qsizetype> eventsIn(qint64 fromMsecs, qint64 toMsecs, const QString &key = {}) const;

    /// Teardown or failure reasons over all tunnels, or over one (key) when given.
    QMap<QString, int> teardownReasons(const QString &key = {}) const;
    QMap<QString, int> failureReasons(const QString &key = {}) const;

    /// Minute, hour or day, whichever gives a readable number of buckets for the span (the
    /// sizes that reports and the command line print).
    static BucketSize suggestedBucketSize(qint64 spanMsecs);
    BucketSize suggestedBucketSize() const { return suggestedBucketSize(m_end - m_start); }
    static qint64 bucketMsecs(BucketSize size);
    /// How many buckets the span needs at this size (to refuse sizes too fine to draw).
    qsizetype bucketCount(BucketSize size) const;
    /// Contiguous buckets from the first to the last event (empty ones included), aligned to
    /// whole minutes/hours/days; only the tunnel `key` when given.
    QList<TunnelBucket> buckets(BucketSize size, const QString &key = {}) const;
    /// Index of the bucket that holds `msecs` in buckets(size), -1 when outside.
    qsizetype bucketIndexAt(BucketSize size, qint64 msecs) const;
    /// The finest size of allBucketSizes that splits the span into at most `maximumBuckets`
    /// buckets (Day when none does): seconds for spans of a few minutes.
    static BucketSize finestBucketSizeFor(qint64 spanMsecs, qsizetype maximumBuckets);
    /// Only the buckets that hold an event, in time order, aligned like buckets(): memory
    /// grows with the events, not with the span, so one-second buckets over a year are fine.
    QList<TunnelBucket> nonEmptyBuckets(BucketSize size, const QString &key = {}) const;

private:
    QList<TunnelEvent> m_events;
    QList<int> m_eventTunnel;
    QList<TunnelSummary> m_tunnels;
    QHash<QString, int> m_tunnelByKey;
    qint64 m_start = 0;
    qint64 m_end = 0;
    qint64 m_observedStart = 0;
    qint64 m_observedEnd = 0;
    TunnelHostSpans m_hostSpans;
};

/// "2 d 3 h", "1 h 05 min", "4 min 10 s", "12 s": a duration for people.
QString formatTunnelDuration(qint64 msecs);

} // namespace LogSage
