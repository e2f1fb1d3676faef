// The tunnel timeline of one million constructed tunnel events (budget: under a second), the
// chart buckets over it, and the events chart with 10,000 buckets: time to put them into the
// chart, to draw one frame offscreen, and to zoom one wheel notch and draw again.
// Then where a new timeline's time goes on the GUI thread in the tunnels panel, part by part.
// Usage: bench_tunnels [EVENTS]
#include "benchsupport.h"
#include "tunnelchartrenderer.h"
#include "tunnelcharts.h"
#include "tunnelchartview.h"
#include "tunneleventschart.h"
#include "tunnellaneschart.h"
#include "tunnelreasonschart.h"
#include "tunnelspanel.h"
#include "tunneltablemodel.h"
#include "tunneltimeline.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QPainter>
#include <QTabWidget>

#include <algorithm>
#include <numeric>

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

// One event per second over `buckets` seconds, kinds in turn: every one-second bucket is full.
TunnelTimeline denseTimeline(int buckets)
{
    QList<TunnelEvent> events;
    events.reserve(buckets);
    const qint64 start = 1'796'000'000'000LL;
    for (int i = 0; i < buckets; ++i) {
        TunnelEvent event;
        event.lineNumber = i;
        event.wallMsecs = start + i * 1000LL + 200;
        event.host = u"AR-Branch-%1"_s.arg(i % 20);
        event.policy = u"to-hub"_s;
        event.seq = u"10"_s;
        event.peer = u"203.0.113.9"_s;
        event.kind = TunnelEvent::Kind(i % 3);
        events.append(std::move(event));
    }
    return TunnelTimeline::build(std::move(events));
}

template<typename F>
double bestOf(int runs, F &&work)
{
    double best = 1e9;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, timer.nsecsElapsed() / 1e6);
    }
    return best;
}

void benchCharts()
{
    constexpr int bucketCount = 10'000;
    const TunnelTimeline timeline = denseTimeline(bucketCount);
    const auto palette = TunnelChartPalette::light();
    const auto size = TunnelTimeline::BucketSize::Second;

    const double build = bestOf(5, [&] { TunnelEventsChart chart(timeline, size, {}, palette); });
    Bench::report("events chart: 10,000 buckets into the series", build, "ms",
                  u"%1 buckets, 3 stacked layers"_s.arg(timeline.nonEmptyBuckets(size).size()));

    // One frame: lay out and paint the chart into a 1600x900 image, as a view would.
    QGraphicsScene scene;
    auto *chart = new TunnelEventsChart(timeline, size, {}, palette);
    scene.addItem(chart);
    chart->setGeometry(QRectF(0, 0, 1600, 900));
    scene.setSceneRect(QRectF(0, 0, 1600, 900));
    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
    const auto frame = [&] {
        QCoreApplication::processEvents(); // pending layout and series geometry
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter);
    };
    frame();
    Bench::report("events chart: one frame of 10,000 buckets (1600x900, antialiased)", bestOf(5, frame), "ms");

    // The same frame for 10 buckets: what axes, labels and legend cost whatever the data.
    {
        QGraphicsScene smallScene;
        auto *small = new TunnelEventsChart(denseTimeline(10), size, {}, palette);
        smallScene.addItem(small);
        small->setGeometry(QRectF(0, 0, 1600, 900));
        const auto smallFrame = [&] {
            QCoreApplication::processEvents();
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            smallScene.render(&painter);
        };
        smallFrame();
        Bench::report("events chart: one frame of 10 buckets (baseline)", bestOf(5, smallFrame), "ms");
    }

    // Zoom one wheel notch and draw again, alternating in and out so the range stays.
    int step = 0;
    const qint64 from = timeline.startMsecs();
    const qint64 to = timeline.endMsecs();
    const double zoom = bestOf(6, [&] {
        const qint64 span = (to - from) / ((step++ % 2) ? 1 : 2);
        chart->showTimeRange(from, from + span, false);
        frame();
    });
    Bench::report("events chart: zoom step and frame at 10,000 buckets", zoom, "ms");

    const double whole = bestOf(3, [&] {
        TunnelChartRenderer::render(timeline, {TunnelChartSpec::Kind::Events, size, {}, false, 0, 0, {}, 0}, QSize(1600, 900));
    });
    Bench::report("events chart: offscreen image of 10,000 buckets, build included", whole, "ms");

    TunnelCharts widget;
    widget.resize(1400, 600);
    widget.setTimeline(timeline);
    widget.show();
    auto *view = widget.findChild<TunnelChartView *>(u"eventsChartView"_s);
    const double choose = bestOf(3, [&] {
        widget.setBucketSize(TunnelTimeline::BucketSize::Minute);
        widget.setBucketSize(size);
        QCoreApplication::processEvents();
        view->grab();
    });
    Bench::report("charts widget: switch to 1 s buckets and paint", choose, "ms");
    const double whole2 = bestOf(3, [&] {
        widget.setTimeline(timeline);
        QCoreApplication::processEvents();
        view->grab();
    });
    // Most of that is drawing the events chart at the bucket size picked for the span: one
    // frame of it at each size (separate bars with gaps between them cost the most).
    for (auto bucketSize : {TunnelTimeline::BucketSize::ThirtySeconds, TunnelTimeline::BucketSize::Minute,
                            TunnelTimeline::BucketSize::FiveMinutes}) {
        QGraphicsScene sizeScene;
        auto *sized = new TunnelEventsChart(timeline, bucketSize, {}, palette);
        sizeScene.addItem(sized);
        sized->setGeometry(QRectF(0, 0, 1400, 574));
        const auto sizedFrame = [&] {
            QCoreApplication::processEvents();
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            sizeScene.render(&painter);
        };
        sizedFrame();
        Bench::report("  events chart: one frame (1400x574)", bestOf(3, sizedFrame), "ms",
                      u"%1 s buckets, %2 bars%3"_s.arg(TunnelTimeline::bucketMsecs(bucketSize) / 1000)
                          .arg(sized->bars().size())
                          .arg(sized->bars().size() <= 80 ? u", with gaps"_s : QString()));
    }
    Bench::report("charts widget: new timeline (three charts, 20 lanes) and paint", whole2, "ms",
                  u"%1 up/down intervals"_s.arg(std::accumulate(timeline.tunnels().cbegin(), timeline.tunnels().cend(), 0,
                                                                 [](int n, const TunnelSummary &t) {
                                                                     return n + int(t.intervals.size());
                                                                 })));
}

int periodCount(const TunnelTimeline &timeline)
{
    return std::accumulate(timeline.tunnels().cbegin(), timeline.tunnels().cend(), 0,
                           [](int n, const TunnelSummary &t) { return n + int(t.intervals.size()); });
}

// A new timeline in the tunnels panel: each part alone (table model, the three charts built,
// the lanes chart laid out and drawn), then the whole panel shown and painted.
void benchPanel(const TunnelTimeline &timeline, const QString &what)
{
    const auto palette = TunnelChartPalette::light();
    const QString comment = u"%1: %2 tunnels, %3 up/down periods"_s.arg(what).arg(timeline.tunnels().size()).arg(periodCount(timeline));
    TunnelTableModel model;
    Bench::report("  table model", bestOf(3, [&] { model.setTimeline(timeline); }), "ms", comment);
    Bench::report("  events chart built", bestOf(3, [&] {
        TunnelEventsChart chart(timeline, TunnelTimeline::finestBucketSizeFor(timeline.endMsecs() - timeline.startMsecs(), 240),
                                {}, palette);
    }), "ms");
    Bench::report("  reasons chart built", bestOf(3, [&] { TunnelReasonsChart chart(timeline, {}, palette); }), "ms");
    Bench::report("  lanes chart built", bestOf(3, [&] { TunnelLanesChart chart(timeline, {}, palette); }), "ms");
    QImage image(1400, 500, QImage::Format_ARGB32_Premultiplied);
    Bench::report("  lanes chart built, laid out at 1400x500 and drawn", bestOf(3, [&] {
        QGraphicsScene scene;
        auto *chart = new TunnelLanesChart(timeline, {}, palette);
        scene.addItem(chart);
        chart->setGeometry(QRectF(0, 0, 1400, 500));
        QCoreApplication::processEvents();
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter);
    }), "ms");

    // The same, step by step (one run; the first layout of a chart is most of it).
    for (const bool small : {false, true}) {
        const TunnelTimeline data = small ? denseTimeline(10) : timeline;
        QElapsedTimer step;
        step.start();
        QGraphicsScene scene;
        auto *chart = new TunnelLanesChart(data, {}, palette);
        const double built = step.nsecsElapsed() / 1e6;
        scene.addItem(chart);
        chart->setGeometry(QRectF(0, 0, 1400, 500));
        const double geometry = step.nsecsElapsed() / 1e6;
        QCoreApplication::processEvents();
        const double laidOut = step.nsecsElapsed() / 1e6;
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter);
        const double drawn = step.nsecsElapsed() / 1e6;
        scene.render(&painter);
        const double again = step.nsecsElapsed() / 1e6;
        Bench::report(small ? "  lanes chart of 10 events: built / geometry / layout / drawn / drawn again"
                            : "  lanes chart: built / geometry / layout / drawn / drawn again",
                      drawn, "ms",
                      u"%1 / %2 / %3 / %4 / %5 ms"_s.arg(built, 0, 'f', 1).arg(geometry - built, 0, 'f', 1)
                          .arg(laidOut - geometry, 0, 'f', 1).arg(drawn - laidOut, 0, 'f', 1).arg(again - drawn, 0, 'f', 1));
    }

    TunnelsPanel panel;
    panel.resize(1400, 900);
    panel.show();
    auto *lanes = panel.findChild<TunnelChartView *>(u"lanesChartView"_s);
    panel.findChild<QTabWidget *>(u"tunnelChartTabs"_s)->setCurrentIndex(1); // the lanes
    const double whole = bestOf(3, [&] {
        panel.setTimeline(TunnelTimeline());
        QCoreApplication::processEvents();
        panel.setTimeline(timeline);
        QCoreApplication::processEvents();
        panel.grab();
        lanes->grab();
    });
    Bench::report("tunnels panel: a new timeline, drawn (table and lanes)", whole, "ms", comment);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
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
    timer.restart();
    const qsizetype seconds = timeline.nonEmptyBuckets(TunnelTimeline::BucketSize::Second).size();
    Bench::report("tunnel buckets with events (1 s)", timer.nsecsElapsed() / 1e9, "s", u"%1 buckets"_s.arg(seconds));

    benchCharts();
    benchPanel(denseTimeline(10'000), u"10,000 events"_s);
    benchPanel(timeline, u"%1 events"_s.arg(events.size()));
    return best < 1.0 ? 0 : 1;
}
