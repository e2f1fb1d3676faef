// The log view on 10 million lines, offscreen: the time of one scroll step (page down, mouse wheel,
// jump to the end) with its repaint, and of one repaint alone, at the top, the middle and the end of
// the file; and how long a next-row search that finds nothing blocks the GUI thread and runs on its
// worker. Google Benchmark; `bench_logview [LINES] [--benchmark_...]`.
#include "benchsupport.h"
#include "linesource.h"
#include "logdocument.h"
#include "logview.h"
#include "rowsearch.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QWheelEvent>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

/// The document and the view every benchmark works on.
struct Setup {
    LogDocument document;
    std::unique_ptr<DocumentLineSource> source;
    std::unique_ptr<LogView> view;
};
Setup *setup = nullptr;

enum Position { Top, Middle, End };

/// Puts the current row (and the view) at the top, middle or near the end of the file: near enough
/// that a page or a wheel step down still moves.
void placeAt(int position)
{
    LogView &view = *setup->view;
    const quint64 rows = setup->source->rowCount();
    const quint64 page = quint64(std::max(1, view.visibleRowCount()));
    const quint64 row = position == Top ? 0 : position == Middle ? rows / 2 : rows - 3 * page;
    view.setCurrentRow(row);
    view.viewport()->repaint();
}

void sendKey(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QKeyEvent event(QEvent::KeyPress, key, modifiers);
    QCoreApplication::sendEvent(setup->view.get(), &event);
}

void sendWheel(int delta)
{
    QWidget *viewport = setup->view->viewport();
    const QPointF at(viewport->width() / 2.0, viewport->height() / 2.0);
    QWheelEvent event(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &event);
}

// One page down (then up, so the position stays where it was put) and the repaint it causes.
void BM_PageStep(benchmark::State &state)
{
    placeAt(int(state.range(0)));
    bool down = true;
    for (auto _ : state) {
        sendKey(down ? Qt::Key_PageDown : Qt::Key_PageUp);
        setup->view->viewport()->repaint();
        down = !down;
    }
}

// One wheel notch (three rows) down, then up, and the repaint.
void BM_WheelStep(benchmark::State &state)
{
    placeAt(int(state.range(0)));
    bool down = true;
    for (auto _ : state) {
        sendWheel(down ? -120 : 120);
        setup->view->viewport()->repaint();
        down = !down;
    }
}

// Ctrl+End from the top (then Ctrl+Home back), and the repaint: the farthest jump.
void BM_JumpToEnd(benchmark::State &state)
{
    placeAt(Top);
    bool toEnd = true;
    for (auto _ : state) {
        sendKey(toEnd ? Qt::Key_End : Qt::Key_Home, Qt::ControlModifier);
        setup->view->viewport()->repaint();
        toEnd = !toEnd;
    }
}

// A repaint of the viewport where it stands: layout and highlighting of every visible line.
void BM_Paint(benchmark::State &state)
{
    placeAt(int(state.range(0)));
    for (auto _ : state)
        setup->view->viewport()->repaint();
}

// Next warning-like row that no line matches, from the top: the whole file is walked. Reports the
// time the GUI thread is blocked in start() (the rows tried at once) and the whole search.
void BM_SearchNothingRecords(benchmark::State &state)
{
    RowSearch search;
    RowQuery query;
    query.record = [](const LineRecord &r) { return r.severity == 0 && r.messageType == 0xffff; };
    double blocked = 0;
    for (auto _ : state) {
        QSignalSpy finished(&search, &RowSearch::finished);
        QElapsedTimer timer;
        timer.start();
        search.start(*setup->source, 0, true, query);
        blocked = std::max(blocked, double(timer.nsecsElapsed()) / 1e6);
        if (finished.isEmpty())
            finished.wait(600000);
    }
    state.counters["gui_blocked_ms_max"] = blocked;
}

// The same with a text that no line contains (raw byte search line by line).
void BM_SearchNothingText(benchmark::State &state)
{
    RowSearch search;
    RowQuery query;
    query.text.text = state.range(0) ? u"no such TEXT"_s : QString();
    if (!state.range(0))
        query.text.regex = QRegularExpression(u"Reason=phase[34]"_s);
    double blocked = 0;
    for (auto _ : state) {
        QSignalSpy finished(&search, &RowSearch::finished);
        QElapsedTimer timer;
        timer.start();
        search.start(*setup->source, 0, true, query);
        blocked = std::max(blocked, double(timer.nsecsElapsed()) / 1e6);
        if (finished.isEmpty())
            finished.wait(600000);
    }
    state.counters["gui_blocked_ms_max"] = blocked;
}

BENCHMARK(BM_PageStep)->ArgName("top0_mid1_end2")->DenseRange(0, 2)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_WheelStep)->ArgName("top0_mid1_end2")->DenseRange(0, 2)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_JumpToEnd)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Paint)->ArgName("top0_mid1_end2")->DenseRange(0, 2)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SearchNothingRecords)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_SearchNothingText)->ArgName("plain1_regex0")->DenseRange(0, 1)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A leading number is the line count (./dev bench passes the same arguments to every benchmark);
    // the rest goes to Google Benchmark.
    qint64 lines = 10'000'000;
    std::vector<char *> args{argv[0]};
    for (int i = 1; i < argc; ++i) {
        bool number = false;
        const qint64 value = QByteArray(argv[i]).toLongLong(&number);
        if (number && value > 0)
            lines = value;
        else
            args.push_back(argv[i]);
    }
    int benchArgc = int(args.size());
    QApplication app(argc, argv);
    benchmark::Initialize(&benchArgc, args.data());

    Setup data;
    setup = &data;
    const QString path = Bench::dataFile(u"vrp-%1-lines.log"_s.arg(lines), 0, lines);
    if (path.isEmpty() || Bench::indexFile(data.document, path) < 0)
        return 1;
    data.source = std::make_unique<DocumentLineSource>(&data.document);
    data.view = std::make_unique<LogView>();
    data.view->setLineSource(data.source.get());
    data.view->resize(1600, 1000);
    data.view->show();
    QCoreApplication::processEvents();
    std::printf("bench_logview: %s, %llu lines, view 1600x1000 (%d rows visible), platform %s\n", qPrintable(path),
                static_cast<unsigned long long>(data.source->rowCount()), data.view->visibleRowCount(),
                qPrintable(QGuiApplication::platformName()));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    data.view.reset();
    return 0;
}
