#include "tunneltimeline.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace LogSage;
using namespace Qt::StringLiterals;

namespace {

using Kind = TunnelEvent::Kind;

const qint64 base = QDateTime(QDate(2026, 12, 4), QTime(10, 0), QTimeZone::UTC).toMSecsSinceEpoch();

// An event `seconds` after 10:00 on tunnel host/to-hub/10/203.0.113.9 unless told otherwise.
TunnelEvent ev(Kind kind, qint64 seconds, const QString &host = u"AR-1"_s, const QString &reason = {},
               const QString &policy = u"to-hub"_s, const QString &peer = u"203.0.113.9"_s)
{
    TunnelEvent event;
    event.kind = kind;
    event.wallMsecs = base + seconds * 1000;
    event.host = host;
    event.policy = kind == Kind::NegotiationFailed ? QString() : policy;
    event.seq = u"10"_s;
    event.peer = peer;
    event.reason = reason;
    event.state = kind == Kind::NegotiationFailed ? QString() : u"Normal"_s;
    static qint64 line = 0;
    event.lineNumber = ++line;
    return event;
}

// The span of a host's lines, in seconds after 10:00.
TunnelHostSpan span(qint64 fromSeconds, qint64 toSeconds)
{
    return TunnelHostSpan{base + fromSeconds * 1000, base + toSeconds * 1000};
}

QString keyOf(const QString &host, const QString &policy = u"to-hub"_s, const QString &peer = u"203.0.113.9"_s)
{
    return TunnelTimeline::tunnelKey(host, policy, u"10"_s, peer);
}

} // namespace

class TestTunnelTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void summary_data();
    void summary();
    void intervals();
    void startsUp();
    void neverUp_data();
    void neverUp();
    void reasonsAreSeparate();
    void interleavedHostsAreIndependent();
    void negotiationFailureAttribution();
    void eventsAreOrderedByTime();
    void buckets_data();
    void buckets();
    void bucketsOfOneTunnel();
    void nonEmptyBucketsOverALongSpan();
    void finestBucketSizeFor_data();
    void finestBucketSizeFor();
    void suggestedBucketSize_data();
    void suggestedBucketSize();
    void emptyTimeline();
    void eventsIn_data();
    void eventsIn();
    void formatDuration_data();
    void formatDuration();
};

void TestTunnelTimeline::summary_data()
{
    QTest::addColumn<QList<TunnelEvent>>("events");
    QTest::addColumn<TunnelHostSpans>("spans");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("flaps");
    QTest::addColumn<qint64>("downSeconds");
    QTest::addColumn<qint64>("upSeconds");
    QTest::addColumn<int>("lastState");
    QTest::addColumn<int>("duplicates");
    QTest::addColumn<int>("missingTeardowns");
    QTest::addColumn<double>("availability");
    QTest::addColumn<QString>("topReason");

    const int up = int(TunnelSummary::State::Up);
    const int down = int(TunnelSummary::State::Down);
    const int unknown = int(TunnelSummary::State::Unknown);
    const QString a = keyOf(u"AR-1"_s);

    QTest::newRow("up, down, up")
        << QList{ev(Kind::Established, 0), ev(Kind::TornDown, 60, u"AR-1"_s, u"dpd timeout"_s),
                 ev(Kind::Established, 180), ev(Kind::NegotiationFailed, 240, u"AR-1"_s, u"rekey fail"_s)}
        << TunnelHostSpans{} << a << 1 << 120LL << 120LL << up << 0 << 0 << 50.0 << u"dpd timeout"_s;
    QTest::newRow("first event is a teardown")
        << QList{ev(Kind::Established, 0, u"AR-2"_s), ev(Kind::TornDown, 100, u"AR-1"_s, u"peer request"_s),
                 ev(Kind::Established, 400)}
        << TunnelHostSpans{{u"AR-1"_s, span(0, 400)}} << a << 1 << 300LL << 100LL << up << 0 << 0 << 25.0
        << u"peer request"_s;
    QTest::newRow("repeated lines are ignored")
        << QList{ev(Kind::Established, 0), ev(Kind::Established, 0), ev(Kind::TornDown, 60, u"AR-1"_s, u"hard expire"_s),
                 ev(Kind::TornDown, 60, u"AR-1"_s, u"hard expire"_s), ev(Kind::Established, 90)}
        << TunnelHostSpans{} << a << 1 << 30LL << 60LL << up << 2 << 0 << 200.0 / 3.0 << u"hard expire"_s;
    QTest::newRow("two established in a row")
        << QList{ev(Kind::Established, 0), ev(Kind::Established, 100), ev(Kind::TornDown, 200, u"AR-1"_s, u"dpd timeout"_s),
                 ev(Kind::Established, 250, u"AR-2"_s)}
        << TunnelHostSpans{{u"AR-1"_s, span(0, 250)}} << a << 2 << 50LL << 200LL << down << 0 << 1 << 80.0
        << u"dpd timeout"_s;
    QTest::newRow("two teardowns in a row")
        << QList{ev(Kind::Established, 0), ev(Kind::TornDown, 100, u"AR-1"_s, u"dpd timeout"_s),
                 ev(Kind::TornDown, 200, u"AR-1"_s, u"dpd timeout"_s), ev(Kind::Established, 300)}
        << TunnelHostSpans{} << a << 2 << 200LL << 100LL << up << 0 << 0 << 100.0 / 3.0 << u"dpd timeout"_s;
    QTest::newRow("still down at the end")
        << QList{ev(Kind::Established, 0), ev(Kind::TornDown, 30, u"AR-1"_s, u"heartbeat timeout"_s),
                 ev(Kind::Established, 500, u"AR-2"_s)}
        << TunnelHostSpans{{u"AR-1"_s, span(0, 500)}} << a << 1 << 470LL << 30LL << down << 0 << 0 << 6.0
        << u"heartbeat timeout"_s;
    QTest::newRow("another tunnel's later event does not end this one's outage")
        << QList{ev(Kind::Established, 0), ev(Kind::TornDown, 30, u"AR-1"_s, u"heartbeat timeout"_s),
                 ev(Kind::Established, 500, u"AR-2"_s)}
        << TunnelHostSpans{} << a << 1 << 0LL << 30LL << down << 0 << 0 << 100.0 << u"heartbeat timeout"_s;
    // A tunnel torn down at 10:00:05 in a log that runs from 09:00 to 23:59.
    QTest::newRow("down until the host's last line, not the last tunnel event")
        << QList{ev(Kind::Established, 0), ev(Kind::TornDown, 5, u"AR-1"_s, u"dpd timeout"_s)}
        << TunnelHostSpans{{u"AR-1"_s, span(-3600, 14 * 3600 - 60)}} << a << 1 << 14 * 3600LL - 65 << 5LL << down
        << 0 << 0 << 100.0 * 5.0 / (14 * 3600.0 - 60.0) << u"dpd timeout"_s;
    QTest::newRow("up since the host's first line")
        << QList{ev(Kind::Established, -4000, u"AR-2"_s), ev(Kind::TornDown, 100, u"AR-1"_s, u"dpd timeout"_s)}
        << TunnelHostSpans{{u"AR-1"_s, span(-500, 300)}, {u"AR-2"_s, span(-5000, 100)}} << a << 1 << 200LL << 600LL
        << down << 0 << 0 << 75.0 << u"dpd timeout"_s;
    QTest::newRow("two hosts with different spans: AR-1")
        << QList{ev(Kind::Established, 0), ev(Kind::TornDown, 100, u"AR-1"_s, u"dpd timeout"_s),
                 ev(Kind::Established, 0, u"AR-2"_s), ev(Kind::TornDown, 50, u"AR-2"_s, u"peer request"_s)}
        << TunnelHostSpans{{u"AR-1"_s, span(0, 1000)}, {u"AR-2"_s, span(0, 200)}} << a << 1 << 900LL << 100LL << down
        << 0 << 0 << 10.0 << u"dpd timeout"_s;
    QTest::newRow("two hosts with different spans: AR-2")
        << QList{ev(Kind::Established, 0), ev(Kind::TornDown, 100, u"AR-1"_s, u"dpd timeout"_s),
                 ev(Kind::Established, 0, u"AR-2"_s), ev(Kind::TornDown, 50, u"AR-2"_s, u"peer request"_s)}
        << TunnelHostSpans{{u"AR-1"_s, span(0, 1000)}, {u"AR-2"_s, span(0, 200)}} << keyOf(u"AR-2"_s) << 1 << 150LL
        << 50LL << down << 0 << 0 << 25.0 << u"peer request"_s;
    QTest::newRow("only negotiation failures")
        << QList{ev(Kind::NegotiationFailed, 0, u"AR-1"_s, u"phase1 proposal mismatch"_s),
                 ev(Kind::NegotiationFailed, 10, u"AR-1"_s, u"phase1 proposal mismatch"_s),
                 ev(Kind::NegotiationFailed, 20, u"AR-1"_s, u"authentication fail"_s)}
        << TunnelHostSpans{} << TunnelTimeline::tunnelKey(u"AR-1"_s, {}, u"10"_s, u"203.0.113.9"_s)
        << 0 << 0LL << 0LL << unknown << 0 << 0 << 0.0 << u"phase1 proposal mismatch"_s;
    // Failing from the first failure to the host's last line is not proven downtime.
    QTest::newRow("never up: failing, not proven down")
        << QList{ev(Kind::NegotiationFailed, 0, u"AR-1"_s, u"phase1 proposal mismatch"_s),
                 ev(Kind::NegotiationFailed, 10, u"AR-1"_s, u"phase1 proposal mismatch"_s)}
        << TunnelHostSpans{{u"AR-1"_s, span(-600, 3600)}} << TunnelTimeline::tunnelKey(u"AR-1"_s, {}, u"10"_s, u"203.0.113.9"_s)
        << 0 << 0LL << 0LL << unknown << 0 << 0 << 0.0 << u"phase1 proposal mismatch"_s;
    QTest::newRow("failing, then up: availability of proven time only")
        << QList{ev(Kind::NegotiationFailed, 0, u"AR-1"_s, u"phase1 proposal mismatch"_s),
                 ev(Kind::Established, 300), ev(Kind::NegotiationFailed, 400, u"AR-1"_s, u"rekey fail"_s)}
        << TunnelHostSpans{{u"AR-1"_s, span(-600, 600)}} << a << 0 << 0LL << 300LL << up << 0 << 0 << 100.0
        << u"phase1 proposal mismatch"_s;
}

void TestTunnelTimeline::summary()
{
    QFETCH(QList<TunnelEvent>, events);
    QFETCH(TunnelHostSpans, spans);
    QFETCH(QString, key);
    QFETCH(int, flaps);
    QFETCH(qint64, downSeconds);
    QFETCH(qint64, upSeconds);
    QFETCH(int, lastState);
    QFETCH(int, duplicates);
    QFETCH(int, missingTeardowns);
    QFETCH(double, availability);
    QFETCH(QString, topReason);

    const TunnelTimeline timeline = TunnelTimeline::build(events, spans);
    const int index = timeline.tunnelIndex(key);
    QVERIFY(index >= 0);
    const TunnelSummary &tunnel = timeline.tunnels().at(index);
    QCOMPARE(tunnel.flaps, flaps);
    QCOMPARE(tunnel.downMsecs, downSeconds * 1000);
    QCOMPARE(tunnel.upMsecs, upSeconds * 1000);
    QCOMPARE(int(tunnel.lastState), lastState);
    QCOMPARE(tunnel.duplicates, duplicates);
    QCOMPARE(tunnel.missingTeardowns, missingTeardowns);
    QCOMPARE(tunnel.availabilityPercent(), availability);
    QCOMPARE(tunnel.topReason(), topReason);
    QCOMPARE(tunnel.lastLabel, lastState == int(TunnelSummary::State::Unknown) ? QString() : u"Normal"_s);
}

void TestTunnelTimeline::intervals()
{
    // A missing teardown splits the up period and marks where the split was inferred.
    const TunnelTimeline timeline = TunnelTimeline::build(
        {ev(Kind::Established, 0), ev(Kind::Established, 100), ev(Kind::TornDown, 200, u"AR-1"_s, u"dpd timeout"_s),
         ev(Kind::Established, 260)});
    QCOMPARE(timeline.tunnels().size(), 1);
    const auto &intervals = timeline.tunnels().first().intervals;
    QCOMPARE(intervals.size(), 4);
    using S = TunnelInterval::State;
    const QList<std::tuple<S, qint64, qint64, bool>> expected{
        {S::Up, 0, 100, true}, {S::Up, 100, 200, false}, {S::Down, 200, 260, false}, {S::Up, 260, 260, false}};
    for (qsizetype i = 0; i < intervals.size(); ++i) {
        const auto &[state, from, to, inferred] = expected.at(i);
        QCOMPARE(intervals.at(i).state, state);
        QCOMPARE(intervals.at(i).fromMsecs, base + from * 1000);
        QCOMPARE(intervals.at(i).toMsecs, base + to * 1000);
        QCOMPARE(intervals.at(i).inferredEnd, inferred);
    }
    QCOMPARE(intervals.at(2).reason, u"dpd timeout"_s);
    QCOMPARE(intervals.at(1).label, u"Normal"_s);
    QVERIFY(intervals.last().openEnd);
    QVERIFY(!intervals.first().openStart);
}

void TestTunnelTimeline::startsUp()
{
    // AR-1's lines begin before AR-9's: the tunnel is up from AR-1's first line.
    const TunnelTimeline timeline = TunnelTimeline::build(
        {ev(Kind::NegotiationFailed, 0, u"AR-9"_s, u"rekey fail"_s), ev(Kind::TornDown, 50, u"AR-1"_s, u"hard expire"_s)},
        {{u"AR-1"_s, span(-600, 50)}, {u"AR-9"_s, span(0, 50)}});
    const auto &tunnel = timeline.tunnels().at(timeline.tunnelIndex(keyOf(u"AR-1"_s)));
    QCOMPARE(tunnel.intervals.size(), 2);
    QVERIFY(tunnel.intervals.first().openStart);
    QCOMPARE(tunnel.intervals.first().fromLine, -1);
    QCOMPARE(tunnel.intervals.first().fromMsecs, base - 600 * 1000);
    QCOMPARE(timeline.observedStartMsecs(), base - 600 * 1000);
    QCOMPARE(timeline.startMsecs(), base);
    QCOMPARE(tunnel.intervals.first().state, TunnelInterval::State::Up);
    QCOMPARE(tunnel.tornDown, 1);
    QCOMPARE(tunnel.established, 0);
}

void TestTunnelTimeline::neverUp_data()
{
    QTest::addColumn<QList<TunnelEvent>>("events");
    QTest::addColumn<bool>("neverUp");
    QTest::addColumn<QList<int>>("states"); // TunnelInterval::State of each interval
    QTest::addColumn<qint64>("failingSeconds");

    using S = TunnelInterval::State;
    QTest::newRow("only failures") << QList{ev(Kind::NegotiationFailed, 100, u"AR-1"_s, u"x"_s),
                                            ev(Kind::NegotiationFailed, 200, u"AR-1"_s, u"y"_s)}
                                   << true << QList<int>{int(S::Failing)} << 900LL;
    QTest::newRow("failures, then up") << QList{ev(Kind::NegotiationFailed, 100, u"AR-1"_s, u"x"_s), ev(Kind::Established, 250)}
                                       << false << QList<int>{int(S::Failing), int(S::Up)} << 150LL;
    // A teardown proves it was up: the failures were rekeys.
    QTest::newRow("failures, then torn down") << QList{ev(Kind::NegotiationFailed, 100, u"AR-1"_s, u"x"_s),
                                                       ev(Kind::TornDown, 250, u"AR-1"_s, u"dpd timeout"_s)}
                                              << false << QList<int>{int(S::Up), int(S::Down)} << 0LL;
    QTest::newRow("failure while up is no failing period")
        << QList{ev(Kind::Established, 0), ev(Kind::NegotiationFailed, 100, u"AR-1"_s, u"rekey fail"_s)}
        << false << QList<int>{int(S::Up)} << 0LL;
    // A rekey needs an SA: the tunnel was up before, so its state is unknown, not failing.
    QTest::newRow("rekey failure, then up") << QList{ev(Kind::NegotiationFailed, 100, u"AR-1"_s, u"rekey no find old sa"_s),
                                                     ev(Kind::Established, 225)}
                                            << false << QList<int>{int(S::Up)} << 0LL;
    QTest::newRow("only rekey failures") << QList{ev(Kind::NegotiationFailed, 100, u"AR-1"_s, u"Rekey fail"_s)}
                                         << false << QList<int>{} << 0LL;
    QTest::newRow("failures, a rekey among them") << QList{ev(Kind::NegotiationFailed, 100, u"AR-1"_s, u"x"_s),
                                                           ev(Kind::NegotiationFailed, 150, u"AR-1"_s, u"rekey fail"_s),
                                                           ev(Kind::NegotiationFailed, 200, u"AR-1"_s, u"y"_s)}
                                                  << false << QList<int>{} << 0LL;
}

void TestTunnelTimeline::neverUp()
{
    QFETCH(QList<TunnelEvent>, events);
    QFETCH(bool, neverUp);
    QFETCH(QList<int>, states);
    QFETCH(qint64, failingSeconds);

    const TunnelTimeline timeline = TunnelTimeline::build(events, {{u"AR-1"_s, span(-1000, 1000)}});
    QCOMPARE(timeline.tunnels().size(), 1);
    const TunnelSummary &tunnel = timeline.tunnels().first();
    QCOMPARE(tunnel.neverUp(), neverUp);
    QList<int> actual;
    qint64 failing = 0;
    for (const TunnelInterval &interval : tunnel.intervals) {
        actual.append(int(interval.state));
        if (interval.state == TunnelInterval::State::Failing)
            failing += interval.durationMsecs();
    }
    QCOMPARE(actual, states);
    QCOMPARE(failing, failingSeconds * 1000);
    // Failing time is apart from proven downtime, and availability counts proven time only.
    QCOMPARE(tunnel.failingMsecs, failingSeconds * 1000);
    qint64 down = 0;
    for (const TunnelInterval &interval : tunnel.intervals)
        down += interval.state == TunnelInterval::State::Down ? interval.durationMsecs() : 0;
    QCOMPARE(tunnel.downMsecs, down);
    if (!neverUp && tunnel.upMsecs > 0 && down == 0)
        QCOMPARE(tunnel.availabilityPercent(), 100.0);
    if (!tunnel.intervals.isEmpty() && tunnel.intervals.first().state == TunnelInterval::State::Failing)
        QCOMPARE(tunnel.intervals.first().fromLine, events.first().lineNumber);
    if (neverUp)
        QCOMPARE(tunnel.availabilityPercent(), 0.0);
}

void TestTunnelTimeline::reasonsAreSeparate()
{
    // Two teardowns and three failed negotiations: counting both kinds together would name the
    // failure as the top teardown.
    const TunnelTimeline timeline = TunnelTimeline::build(
        {ev(Kind::Established, 0), ev(Kind::TornDown, 100, u"AR-1"_s, u"peer request"_s),
         ev(Kind::NegotiationFailed, 150, u"AR-1"_s, u"phase1 proposal mismatch"_s),
         ev(Kind::NegotiationFailed, 160, u"AR-1"_s, u"phase1 proposal mismatch"_s),
         ev(Kind::NegotiationFailed, 170, u"AR-1"_s, u"authentication fail"_s), ev(Kind::Established, 200),
         ev(Kind::NegotiationFailed, 250, u"AR-1"_s, u"rekey fail"_s), ev(Kind::TornDown, 300, u"AR-1"_s, u"peer request"_s)},
        {{u"AR-1"_s, span(0, 400)}});
    const TunnelSummary &tunnel = timeline.tunnels().at(timeline.tunnelIndex(keyOf(u"AR-1"_s)));
    QCOMPARE(tunnel.topTeardownReason(), u"peer request"_s);
    QCOMPARE(tunnel.topFailureReason(), u"phase1 proposal mismatch"_s);
    QCOMPARE(tunnel.intervals.size(), 4);
    // Each outage holds the failures that fell inside it; a failure while up belongs to none.
    QCOMPARE(tunnel.intervals.at(1).state, TunnelInterval::State::Down);
    QCOMPARE(tunnel.intervals.at(1).failureReasons,
             (QMap<QString, int>{{u"phase1 proposal mismatch"_s, 2}, {u"authentication fail"_s, 1}}));
    QVERIFY(tunnel.intervals.at(2).failureReasons.isEmpty());
    QVERIFY(tunnel.intervals.at(3).failureReasons.isEmpty());
    QCOMPARE(TunnelSummary().topTeardownReason(), QString());
}

void TestTunnelTimeline::interleavedHostsAreIndependent()
{
    // Two devices with the same policy name log alternately, and the input is not in time order.
    const TunnelTimeline timeline = TunnelTimeline::build(
        {ev(Kind::TornDown, 300, u"AR-2"_s, u"peer request"_s), ev(Kind::Established, 0, u"AR-1"_s),
         ev(Kind::Established, 10, u"AR-2"_s), ev(Kind::TornDown, 20, u"AR-1"_s, u"dpd timeout"_s),
         ev(Kind::Established, 40, u"AR-1"_s), ev(Kind::TornDown, 50, u"AR-1"_s, u"dpd timeout"_s)},
        {{u"AR-1"_s, span(0, 300)}, {u"AR-2"_s, span(0, 300)}});
    QCOMPARE(timeline.tunnels().size(), 2);
    QCOMPARE(timeline.tunnels().at(0).host, u"AR-1"_s);
    QCOMPARE(timeline.tunnels().at(1).host, u"AR-2"_s);
    const auto &one = timeline.tunnels().at(0);
    const auto &two = timeline.tunnels().at(1);
    QCOMPARE(one.flaps, 2);
    QCOMPARE(one.upMsecs, 30 * 1000);
    QCOMPARE(one.downMsecs, (20 + 250) * 1000);
    QCOMPARE(two.flaps, 1);
    QCOMPARE(two.upMsecs, 290 * 1000);
    QCOMPARE(two.downMsecs, 0);
    QCOMPARE(two.teardownReasons, (QMap<QString, int>{{u"peer request"_s, 1}}));
    QCOMPARE(timeline.teardownReasons(), (QMap<QString, int>{{u"dpd timeout"_s, 2}, {u"peer request"_s, 1}}));
    for (qsizetype i = 0; i < timeline.events().size(); ++i)
        QCOMPARE(timeline.tunnels().at(timeline.tunnelOfEvent(i)).host, timeline.events().at(i).host);
}

void TestTunnelTimeline::negotiationFailureAttribution()
{
    const TunnelTimeline timeline = TunnelTimeline::build(
        {ev(Kind::NegotiationFailed, 0, u"AR-1"_s, u"phase2 proposal mismatch"_s),
         ev(Kind::Established, 30, u"AR-1"_s),
         ev(Kind::NegotiationFailed, 40, u"AR-1"_s, u"peer address mismatch"_s, {}, u"198.51.100.7"_s)});
    QCOMPARE(timeline.tunnels().size(), 2);
    const auto &known = timeline.tunnels().at(timeline.tunnelIndex(keyOf(u"AR-1"_s)));
    QCOMPARE(known.negotiationFailures, 1);
    QCOMPARE(known.failureReasons, (QMap<QString, int>{{u"phase2 proposal mismatch"_s, 1}}));
    const int own = timeline.tunnelIndex(TunnelTimeline::tunnelKey(u"AR-1"_s, {}, u"10"_s, u"198.51.100.7"_s));
    QVERIFY(own >= 0);
    QCOMPARE(timeline.tunnels().at(own).failureReasons, (QMap<QString, int>{{u"peer address mismatch"_s, 1}}));
}

void TestTunnelTimeline::eventsAreOrderedByTime()
{
    auto late = ev(Kind::TornDown, 90, u"AR-1"_s, u"dpd timeout"_s);
    auto early = ev(Kind::Established, 5);
    auto tieA = ev(Kind::NegotiationFailed, 50, u"AR-1"_s, u"a"_s);
    auto tieB = ev(Kind::NegotiationFailed, 50, u"AR-1"_s, u"b"_s);
    const TunnelTimeline timeline = TunnelTimeline::build({late, tieA, early, tieB});
    QCOMPARE(timeline.events().at(0).lineNumber, early.lineNumber);
    QCOMPARE(timeline.events().at(1).reason, u"a"_s); // ties keep their input order
    QCOMPARE(timeline.events().at(2).reason, u"b"_s);
    QCOMPARE(timeline.events().at(3).lineNumber, late.lineNumber);
    QCOMPARE(timeline.startMsecs(), base + 5000);
    QCOMPARE(timeline.endMsecs(), base + 90000);
}

void TestTunnelTimeline::buckets_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<int>>("established");
    QTest::addColumn<QList<int>>("tornDown");
    QTest::addColumn<QList<int>>("failed");
    QTest::addColumn<qint64>("firstFrom");
    QTest::addColumn<int>("indexOf70"); // the bucket of the event at 10:01:10

    // Events at 10:00:30, 10:01:10, 10:01:50, 10:03:00 and 11:00:00 (see buckets()).
    QTest::newRow("second") << int(TunnelTimeline::BucketSize::Second) << 3571 << QList<int>{1, 0} << QList<int>{0, 0}
                            << QList<int>{0, 0} << base + 30'000 << 40;
    QTest::newRow("10 seconds") << int(TunnelTimeline::BucketSize::TenSeconds) << 358 << QList<int>{1, 0, 0, 0, 0}
                                << QList<int>{0, 0, 0, 0, 1} << QList<int>{0, 0, 0, 0, 0} << base + 30'000 << 4;
    QTest::newRow("30 seconds") << int(TunnelTimeline::BucketSize::ThirtySeconds) << 120 << QList<int>{1, 0, 0, 0, 0, 1}
                                << QList<int>{0, 1, 0, 0, 0, 0} << QList<int>{0, 0, 1, 0, 0, 0} << base + 30'000 << 1;
    QTest::newRow("minute") << int(TunnelTimeline::BucketSize::Minute) << 61
                            << QList<int>{1, 0, 0, 1} << QList<int>{0, 1, 0, 0} << QList<int>{0, 1, 0, 0} << base << 1;
    QTest::newRow("5 minutes") << int(TunnelTimeline::BucketSize::FiveMinutes) << 13 << QList<int>{2} << QList<int>{1}
                               << QList<int>{1} << base << 0;
    QTest::newRow("15 minutes") << int(TunnelTimeline::BucketSize::FifteenMinutes) << 5 << QList<int>{2, 0, 0, 0, 1}
                                << QList<int>{1, 0, 0, 0, 0} << QList<int>{1, 0, 0, 0, 0} << base << 0;
    QTest::newRow("hour") << int(TunnelTimeline::BucketSize::Hour) << 2
                          << QList<int>{2, 1} << QList<int>{1, 0} << QList<int>{1, 0} << base << 0;
    QTest::newRow("day") << int(TunnelTimeline::BucketSize::Day) << 1 << QList<int>{3} << QList<int>{1}
                         << QList<int>{1} << QDateTime(QDate(2026, 12, 4), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch()
                         << 0;
}

void TestTunnelTimeline::buckets()
{
    QFETCH(int, size);
    QFETCH(int, count);
    QFETCH(QList<int>, established);
    QFETCH(QList<int>, tornDown);
    QFETCH(QList<int>, failed);
    QFETCH(qint64, firstFrom);
    QFETCH(int, indexOf70);

    const TunnelTimeline timeline = TunnelTimeline::build(
        {ev(Kind::Established, 30), ev(Kind::TornDown, 70, u"AR-1"_s, u"dpd timeout"_s),
         ev(Kind::NegotiationFailed, 110, u"AR-1"_s, u"rekey fail"_s), ev(Kind::Established, 180),
         ev(Kind::Established, 3600, u"AR-2"_s)});
    const auto bucketSize = TunnelTimeline::BucketSize(size);
    const auto buckets = timeline.buckets(bucketSize);
    QCOMPARE(buckets.size(), count);
    QCOMPARE(timeline.bucketCount(bucketSize), count);
    QCOMPARE(buckets.first().fromMsecs, firstFrom);
    const qint64 width = TunnelTimeline::bucketMsecs(bucketSize);
    int total = 0;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        QCOMPARE(buckets.at(i).toMsecs - buckets.at(i).fromMsecs, width);
        if (i > 0)
            QCOMPARE(buckets.at(i).fromMsecs, buckets.at(i - 1).toMsecs);
        if (i < established.size()) {
            QCOMPARE(buckets.at(i).established, established.at(i));
            QCOMPARE(buckets.at(i).tornDown, tornDown.at(i));
            QCOMPARE(buckets.at(i).negotiationFailed, failed.at(i));
        }
        total += buckets.at(i).total();
    }
    QCOMPARE(total, 5);
    QCOMPARE(timeline.bucketIndexAt(bucketSize, base + 70 * 1000), indexOf70);
    QCOMPARE(timeline.bucketIndexAt(bucketSize, firstFrom - 1), -1);

    // The sparse list holds exactly the buckets with events, equal to their dense twins.
    const auto nonEmpty = timeline.nonEmptyBuckets(bucketSize);
    qsizetype next = 0;
    for (const TunnelBucket &bucket : buckets) {
        if (bucket.total() == 0)
            continue;
        QVERIFY(next < nonEmpty.size());
        const TunnelBucket &sparse = nonEmpty.at(next++);
        QCOMPARE(sparse.fromMsecs, bucket.fromMsecs);
        QCOMPARE(sparse.toMsecs, bucket.toMsecs);
        QCOMPARE(sparse.established, bucket.established);
        QCOMPARE(sparse.tornDown, bucket.tornDown);
        QCOMPARE(sparse.negotiationFailed, bucket.negotiationFailed);
    }
    QCOMPARE(next, nonEmpty.size());
}

void TestTunnelTimeline::nonEmptyBucketsOverALongSpan()
{
    // One-second buckets over a year would be 31 million; only the two with events are made.
    const TunnelTimeline timeline = TunnelTimeline::build(
        {ev(Kind::Established, 0), ev(Kind::TornDown, 365 * 86'400LL + 0, u"AR-1"_s, u"x"_s),
         ev(Kind::Established, 365 * 86'400LL + 0, u"AR-2"_s)});
    const auto buckets = timeline.nonEmptyBuckets(TunnelTimeline::BucketSize::Second);
    QCOMPARE(buckets.size(), 2);
    QCOMPARE(buckets.at(0).established, 1);
    QCOMPARE(buckets.at(1).tornDown, 1);
    QCOMPARE(buckets.at(1).established, 1);
    QCOMPARE(timeline.bucketCount(TunnelTimeline::BucketSize::Second), 365 * 86'400LL + 1);
    const auto one = timeline.nonEmptyBuckets(TunnelTimeline::BucketSize::Second, keyOf(u"AR-2"_s));
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.at(0).fromMsecs, base + 365 * 86'400'000LL);
    QVERIFY(timeline.nonEmptyBuckets(TunnelTimeline::BucketSize::Second, u"nope"_s).isEmpty());
}

void TestTunnelTimeline::finestBucketSizeFor_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<int>("size");
    QTest::newRow("2 minutes") << 120'000LL << int(TunnelTimeline::BucketSize::Second);
    QTest::newRow("30 minutes") << 1'800'000LL << int(TunnelTimeline::BucketSize::TenSeconds);
    QTest::newRow("1 hour") << 3'600'000LL << int(TunnelTimeline::BucketSize::ThirtySeconds);
    QTest::newRow("3 hours") << 3 * 3'600'000LL << int(TunnelTimeline::BucketSize::Minute);
    QTest::newRow("12 hours") << 12 * 3'600'000LL << int(TunnelTimeline::BucketSize::FiveMinutes);
    QTest::newRow("2 days") << 48 * 3'600'000LL << int(TunnelTimeline::BucketSize::FifteenMinutes);
    QTest::newRow("9 days") << 9 * 86'400'000LL << int(TunnelTimeline::BucketSize::Hour);
    QTest::newRow("3 years") << 1000 * 86'400'000LL << int(TunnelTimeline::BucketSize::Day);
}

void TestTunnelTimeline::finestBucketSizeFor()
{
    QFETCH(qint64, span);
    QFETCH(int, size);
    QCOMPARE(int(TunnelTimeline::finestBucketSizeFor(span, 240)), size);
}

void TestTunnelTimeline::bucketsOfOneTunnel()
{
    const TunnelTimeline timeline = TunnelTimeline::build(
        {ev(Kind::Established, 0), ev(Kind::Established, 70, u"AR-2"_s), ev(Kind::TornDown, 130, u"AR-2"_s, u"x"_s)});
    const auto buckets = timeline.buckets(TunnelTimeline::BucketSize::Minute, keyOf(u"AR-2"_s));
    QCOMPARE(buckets.size(), 3); // the whole span, so that charts of one tunnel line up
    QCOMPARE(buckets.at(0).total(), 0);
    QCOMPARE(buckets.at(1).established, 1);
    QCOMPARE(buckets.at(2).tornDown, 1);
    QVERIFY(timeline.buckets(TunnelTimeline::BucketSize::Minute, u"nope"_s).at(0).total() == 0);
}

void TestTunnelTimeline::suggestedBucketSize_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<int>("size");
    QTest::newRow("10 minutes") << 600'000LL << int(TunnelTimeline::BucketSize::Minute);
    QTest::newRow("6 hours") << 6 * 3'600'000LL << int(TunnelTimeline::BucketSize::Minute);
    QTest::newRow("2 days") << 48 * 3'600'000LL << int(TunnelTimeline::BucketSize::Hour);
    QTest::newRow("3 months") << 90 * 86'400'000LL << int(TunnelTimeline::BucketSize::Day);
}

void TestTunnelTimeline::suggestedBucketSize()
{
    QFETCH(qint64, span);
    QFETCH(int, size);
    QCOMPARE(int(TunnelTimeline::suggestedBucketSize(span)), size);
}

void TestTunnelTimeline::emptyTimeline()
{
    const TunnelTimeline timeline = TunnelTimeline::build({});
    QVERIFY(timeline.isEmpty());
    QVERIFY(timeline.tunnels().isEmpty());
    QVERIFY(timeline.buckets(TunnelTimeline::BucketSize::Hour).isEmpty());
    QCOMPARE(timeline.bucketIndexAt(TunnelTimeline::BucketSize::Hour, base), -1);
    QCOMPARE(timeline.tunnelIndex(keyOf(u"AR-1"_s)), -1);
}

void TestTunnelTimeline::eventsIn_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QString>("host"); // empty: all tunnels
    QTest::addColumn<QList<qint64>>("seconds");
    QTest::newRow("all, whole span") << 0LL << 1000LL << QString() << QList<qint64>{0, 60, 60, 120, 300};
    QTest::newRow("all, end exclusive") << 60LL << 120LL << QString() << QList<qint64>{60, 60};
    QTest::newRow("one tunnel") << 0LL << 1000LL << u"AR-2"_s << QList<qint64>{60, 300};
    QTest::newRow("one tunnel, a window") << 61LL << 301LL << u"AR-2"_s << QList<qint64>{300};
    QTest::newRow("unknown tunnel") << 0LL << 1000LL << u"AR-9"_s << QList<qint64>{};
}

void TestTunnelTimeline::eventsIn()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QString, host);
    QFETCH(QList<qint64>, seconds);
    const TunnelTimeline timeline = TunnelTimeline::build(
        {ev(Kind::Established, 0), ev(Kind::Established, 60, u"AR-2"_s), ev(Kind::TornDown, 60, u"AR-1"_s, u"x"_s),
         ev(Kind::Established, 120), ev(Kind::TornDown, 300, u"AR-2"_s, u"y"_s)});
    const auto found = timeline.eventsIn(base + from * 1000, base + to * 1000, host.isEmpty() ? QString() : keyOf(host));
    QList<qint64> times;
    for (qsizetype index : found)
        times.append((timeline.events().at(index).wallMsecs - base) / 1000);
    QCOMPARE(times, seconds);
    for (qsizetype index : found)
        QVERIFY(host.isEmpty() || timeline.events().at(index).host == host);
}

void TestTunnelTimeline::formatDuration_data()
{
    QTest::addColumn<qint64>("msecs");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << 12'400LL << u"12 s"_s;
    QTest::newRow("minutes") << 250'000LL << u"4 min 10 s"_s;
    QTest::newRow("hours") << 3'900'000LL << u"1 h 05 min"_s;
    QTest::newRow("days") << (2 * 86'400'000LL + 3 * 3'600'000LL) << u"2 d 3 h"_s;
}

void TestTunnelTimeline::formatDuration()
{
    QFETCH(qint64, msecs);
    QFETCH(QString, text);
    QCOMPARE(formatTunnelDuration(msecs), text);
}

QTEST_GUILESS_MAIN(TestTunnelTimeline)
#include "tst_tunneltimeline.moc"
