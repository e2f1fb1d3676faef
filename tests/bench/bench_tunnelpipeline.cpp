// End to end, as the application goes: a generated VRP log of a million lines (tunnels coming
// up, torn down and failing among the other messages) opened and indexed, its tunnel events
// extracted, their timeline built, and the timeline shown in the tunnels panel and drawn.
// Each stage's best of three runs; then the total: the best of three whole runs timed in one go
// as the application does them (index, then extraction and build on the worker through
// TunnelTimelineLoader, then the panel shown), so hand-offs between stages count too; the
// stages' sum is printed beside it. Usage: bench_tunnelpipeline [LINES]
#include "benchsupport.h"
#include "logdocument.h"
#include "tunnelchartview.h"
#include "tunnelextractor.h"
#include "tunnelspanel.h"
#include "tunneltimeline.h"
#include "tunneltimelineloader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTabWidget>

#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace LogSage;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qint64 lines = argc > 1 ? std::max<qint64>(1, QByteArray(argv[1]).toLongLong()) : 1'000'000;
    const QString path = Bench::dataFile(u"vrp-%1-lines.log"_s.arg(lines), 0, lines);
    if (path.isEmpty())
        return 1;

    TunnelsPanel panel;
    panel.resize(1400, 900);
    panel.show();
    panel.findChild<QTabWidget *>(u"tunnelChartTabs"_s)->setCurrentIndex(1); // the lanes
    auto *lanes = panel.findChild<TunnelChartView *>(u"lanesChartView"_s);

    double index = 1e9;
    double prepare = 1e9;
    double extract = 1e9;
    double build = 1e9;
    double show = 1e9;
    qsizetype events = 0;
    TunnelTimeline timeline;
    for (int run = 0; run < 3; ++run) {
        LogDocument document;
        const double indexed = Bench::indexFile(document, path);
        if (indexed < 0) {
            std::fprintf(stderr, "bench_tunnelpipeline: cannot index %s\n", qPrintable(path));
            return 1;
        }
        index = std::min(index, indexed * 1e3);
        QElapsedTimer timer;
        timer.start();
        const TunnelExtractionJob job = prepareTunnelExtraction(document);
        prepare = std::min(prepare, timer.nsecsElapsed() / 1e6);
        timer.restart();
        TunnelExtraction extraction = extractTunnelEvents(job);
        extract = std::min(extract, timer.nsecsElapsed() / 1e6);
        events = extraction.events.size();
        timer.restart();
        timeline = TunnelTimeline::build(std::move(extraction.events), std::move(extraction.hostSpans));
        build = std::min(build, timer.nsecsElapsed() / 1e6);

        panel.setTimeline(TunnelTimeline());
        QCoreApplication::processEvents();
        timer.restart();
        panel.setTimeline(timeline);
        QCoreApplication::processEvents();
        panel.grab();
        lanes->grab();
        show = std::min(show, timer.nsecsElapsed() / 1e6);
    }

    // Whole runs: one timer from open to drawn, through the worker path.
    double whole = 1e9;
    for (int run = 0; run < 3; ++run) {
        panel.setTimeline(TunnelTimeline());
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        LogDocument document;
        if (Bench::indexFile(document, path) < 0) {
            std::fprintf(stderr, "bench_tunnelpipeline: cannot index %s\n", qPrintable(path));
            return 1;
        }
        TunnelTimelineLoader loader;
        TunnelTimeline loaded;
        QEventLoop loop;
        QObject::connect(&loader, &TunnelTimelineLoader::finished, &loop, [&](const TunnelTimeline &result) {
            loaded = result;
            loop.quit();
        });
        loader.start(document, nullptr);
        loop.exec();
        panel.setTimeline(loaded);
        QCoreApplication::processEvents();
        panel.grab();
        lanes->grab();
        whole = std::min(whole, timer.nsecsElapsed() / 1e6);
        if (loaded.events().size() != events) {
            std::fprintf(stderr, "bench_tunnelpipeline: the worker found %lld events, the stages %lld\n",
                         qlonglong(loaded.events().size()), qlonglong(events));
            return 1;
        }
    }

    const int periods = std::accumulate(timeline.tunnels().cbegin(), timeline.tunnels().cend(), 0,
                                        [](int n, const TunnelSummary &t) { return n + int(t.intervals.size()); });
    Bench::report("open + index", index, "ms", u"%1 lines"_s.arg(lines));
    Bench::report("tunnel extraction: snapshot and message kinds (GUI thread)", prepare, "ms");
    Bench::report("tunnel extraction: scan and parse (worker)", extract, "ms", u"%1 tunnel events"_s.arg(events));
    Bench::report("tunnel timeline build (worker)", build, "ms",
                  u"%1 tunnels, %2 up/down periods"_s.arg(timeline.tunnels().size()).arg(periods));
    Bench::report("tunnels panel: show the timeline, drawn (GUI thread)", show, "ms");
    Bench::report("sum of the stages' best times", index + prepare + extract + build + show, "ms");
    Bench::report("total: one whole run, open to drawn, worker path", whole, "ms", u"best of 3"_s);
    return 0;
}
