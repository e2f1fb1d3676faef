// The tunnel timeline of one million constructed tunnel events (budget: under a second), and
// the chart buckets over it. Usage: bench_tunnels [EVENTS]
#include "benchsupport.h"
#include "tunneltimeline.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

// 500 devices with 4 tunnels each; every tunnel cycles established, negotiation failure,
// torn down, roughly one event every few seconds per device, over about a month.
QList<TunnelEvent> makeEvents(qint64 count)
{
    const QStringList reasons{u"dpd timeout"_s, u"peer request"_s, u"hard expire"_s, u"heartbeat timeout"_s};
    const QStringList failures{u"phase1 proposal mismatch"_s, u"rekey fail"_s, u"authentication fail"_s};
    QStringList hosts;
    for (int h = 0; h < 500; ++h)
        hosts << u"AR-Branch-%1"_s.arg(h, 3, 10, QChar(u'0'));
    const QStringList peers{u"203.0.113.9"_s, u"203.0.113.10"_s, u"198.51.100.7"_s, u"198.51.100.8"_s};
    const qint64 start = 1'796'000'000'000LL;
    QList<TunnelEvent> events;
    events.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        TunnelEvent event;
        const qint64 tunnel = i % 2000;
        const qint64 round = i / 2000;
        event.lineNumber = i;
        event.wallMsecs = start + i * 2500 + (tunnel % 7) * 100;
        event.host = hosts.at(tunnel % 500);
        event.seq = u"10"_s;
        event.peer = peers.at((tunnel / 500) % 4);
        switch (round % 3) {
        case 0:
            event.kind = TunnelEvent::Kind::Established;
            event.policy = u"to-hub"_s;
            event.state = u"Normal"_s;
            break;
        case 1:
            event.kind = TunnelEvent::Kind::NegotiationFailed;
            event.reason = failures.at(i % failures.size());
            break;
        default:
            event.kind = TunnelEvent::Kind::TornDown;
            event.policy = u"to-hub"_s;
            event.reason = reasons.at(i % reasons.size());
            event.state = u"Normal"_s;
            break;
        }
        events.append(std::move(event));
    }
    return events;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 count = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    const QList<TunnelEvent> events = makeEvents(std::max<qint64>(count, 1));

    double best = 1e9;
    TunnelTimeline timeline;
    for (int run = 0; run < 3; ++run) {
        QList<TunnelEvent> copy = events;
        copy.detach();
        QElapsedTimer timer;
        timer.start();
        timeline = TunnelTimeline::build(std::move(copy));
        best = std::min(best, timer.nsecsElapsed() / 1e9);
    }
    Bench::report("tunnel timeline build", best, "s",
                  u"%1 events, %2 tunnels (budget < 1 s)"_s.arg(events.size()).arg(timeline.tunnels().size()));

    QElapsedTimer timer;
    timer.start();
    qint64 total = 0;
    for (auto size : {TunnelTimeline::BucketSize::Minute, TunnelTimeline::BucketSize::Hour, TunnelTimeline::BucketSize::Day})
        total += timeline.buckets(size).size();
    Bench::report("tunnel buckets (minute+hour+day)", timer.nsecsElapsed() / 1e9, "s", u"%1 buckets"_s.arg(total));
    return best < 1.0 ? 0 : 1;
}
