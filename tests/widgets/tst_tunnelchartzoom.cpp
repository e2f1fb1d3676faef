// Zoom, pan and export of the tunnel charts, driven through the widgets as a user would.
#include "tst_tunneldata.h"

#include <tunnelchartview.h>
#include <tunnelcharts.h>
#include <tunneleventschart.h>
#include <tunnellaneschart.h>

#include <QAreaSeries>
#include <QApplication>
#include <QFile>
#include <QImageReader>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using namespace LogSage;
using namespace Qt::StringLiterals;
using namespace LogSage::TunnelTestData;

class TestTunnelChartZoom : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void wheelZoomsAroundCursor_data();
    void wheelZoomsAroundCursor();
    void lanesFollowTheEventsRange();
    void wheelOverTheLanes_data();
    void wheelOverTheLanes();
    void keyboardZoomsAndPans_data();
    void keyboardZoomsAndPans();
    void ctrlDragPans();
    void shiftDragZoomsWithoutFiltering();
    void plainDragStillFiltersWhenZoomed();
    void clickWhenZoomedHitsTheBucketUnderTheMouse();
    void resetZoomButton();
    void exportWritesTheChart_data();
    void exportWritesTheChart();
    void exportFailureNamesTheFile();
    void tenThousandBuckets();
    void wideBarsAreHitAsDrawn();

private:
    TunnelChartView *eventsView() const { return m_charts->findChild<TunnelChartView *>(u"eventsChartView"_s); }
    TunnelChartView *lanesView() const { return m_charts->findChild<TunnelChartView *>(u"lanesChartView"_s); }
    QPoint viewPointAt(TunnelChartView *view, qint64 wallMsecs) const;
    void wheel(TunnelChartView *view, QPoint position, int delta, Qt::KeyboardModifiers modifiers = {});
    /// Wall-clock msecs of one pixel of the events chart (the tolerance of mouse positions).
    qint64 pixelMsecs() const;

    TunnelCharts *m_charts = nullptr;
    TunnelTimeline m_timeline;
};

void TestTunnelChartZoom::init()
{
    m_timeline = twoTunnels();
    m_charts = new TunnelCharts;
    m_charts->resize(1000, 520);
    m_charts->setTimeline(m_timeline);
    m_charts->setBucketSize(TunnelTimeline::BucketSize::Minute);
    m_charts->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_charts));
}

void TestTunnelChartZoom::cleanup()
{
    delete m_charts;
    m_charts = nullptr;
}

QPoint TestTunnelChartZoom::viewPointAt(TunnelChartView *view, qint64 wall) const
{
    TunnelChart *chart = view->tunnelChart();
    return view->viewPosition(QPointF(chart->chartXOf(wall), chart->plotArea().bottom() - 3));
}

void TestTunnelChartZoom::wheel(TunnelChartView *view, QPoint position, int delta, Qt::KeyboardModifiers modifiers)
{
    QWheelEvent event(QPointF(position), QPointF(view->viewport()->mapToGlobal(position)), QPoint(), QPoint(0, delta),
                      Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &event);
}

qint64 TestTunnelChartZoom::pixelMsecs() const
{
    const TunnelChart *chart = eventsView()->tunnelChart();
    return qint64((chart->shownTo() - chart->shownFrom()) / chart->plotArea().width()) + 1;
}

void TestTunnelChartZoom::wheelZoomsAroundCursor_data()
{
    QTest::addColumn<int>("seconds"); // where the mouse is
    QTest::addColumn<int>("notches");
    QTest::newRow("one notch at the first teardown") << 1800 << 1;
    QTest::newRow("three notches at 11:30") << 5400 << 3;
    QTest::newRow("eight notches near the end") << 10000 << 8;
}

void TestTunnelChartZoom::wheelZoomsAroundCursor()
{
    QFETCH(int, seconds);
    QFETCH(int, notches);
    TunnelChartView *view = eventsView();
    const qint64 at = base() + seconds * 1000LL;
    const QPoint position = viewPointAt(view, at);
    const qint64 fullSpan = m_charts->timeWindow().span();
    const qint64 tolerance = pixelMsecs();
    for (int i = 0; i < notches; ++i)
        wheel(view, position, 120);
    QVERIFY(m_charts->timeWindow().isZoomed());
    const double expected = double(fullSpan) / std::pow(1.25, notches);
    QVERIFY2(std::abs(double(m_charts->timeWindow().span()) - expected) <= notches + 1,
             qPrintable(u"%1 vs %2"_s.arg(m_charts->timeWindow().span()).arg(expected)));
    // The time under the mouse stays under the mouse.
    TunnelChart *chart = view->tunnelChart();
    const qint64 under = chart->wallMsecsAt(chart->mapFromScene(view->mapToScene(position)));
    QVERIFY2(std::abs(under - at) <= tolerance, qPrintable(u"%1 ms off"_s.arg(under - at)));
    QCOMPARE(chart->shownFrom(), m_charts->timeWindow().from());
    QCOMPARE(chart->shownTo(), m_charts->timeWindow().to());
    // Wheeling back restores the whole range.
    for (int i = 0; i < notches; ++i)
        wheel(view, position, -120);
    QVERIFY(!m_charts->timeWindow().isZoomed());
}

void TestTunnelChartZoom::wheelOverTheLanes_data()
{
    QTest::addColumn<bool>("overLanes"); // else over the events chart
    QTest::addColumn<int>("delta");      // per event
    QTest::addColumn<int>("events");
    QTest::addColumn<bool>("ctrl");
    QTest::addColumn<int>("lanes");      // scrolled down by
    QTest::addColumn<bool>("zoomed");
    QTest::newRow("lanes: a notch scrolls three lanes") << true << -120 << 1 << false << 3 << false;
    QTest::newRow("lanes: eight touchpad steps make a notch") << true << -15 << 8 << false << 3 << false;
    QTest::newRow("lanes: four touchpad steps, a lane and a half") << true << -15 << 4 << false << 1 << false;
    QTest::newRow("lanes: Ctrl+wheel zooms") << true << 120 << 1 << true << 0 << true;
    QTest::newRow("lanes: Ctrl+touchpad zooms") << true << 15 << 1 << true << 0 << true;
    QTest::newRow("events: the wheel zooms") << false << 120 << 1 << false << 0 << true;
    QTest::newRow("events: Ctrl+wheel zooms") << false << 120 << 1 << true << 0 << true;
}

void TestTunnelChartZoom::wheelOverTheLanes()
{
    // The lanes scroll vertically, so there the wheel scrolls them and Ctrl+wheel zooms time;
    // Ctrl+wheel zooms over either chart.
    QFETCH(bool, overLanes);
    QFETCH(int, delta);
    QFETCH(int, events);
    QFETCH(bool, ctrl);
    QFETCH(int, lanes);
    QFETCH(bool, zoomed);
    using K = TunnelEvent::Kind;
    QList<TunnelEvent> tunnelEvents;
    for (int i = 0; i < 40; ++i) {
        const QString host = u"AR-%1"_s.arg(i, 2, 10, QChar(u'0'));
        tunnelEvents << TunnelTestData::event(K::Established, 0, host)
                     << TunnelTestData::event(K::TornDown, 600 + 60 * i, host, u"dpd timeout"_s)
                     << TunnelTestData::event(K::Established, 3600, host);
    }
    m_charts->setTimeline(TunnelTimeline::build(tunnelEvents));
    auto *tabs = m_charts->findChild<QTabWidget *>(u"tunnelChartTabs"_s);
    TunnelChartView *view = overLanes ? lanesView() : eventsView();
    tabs->setCurrentWidget(overLanes ? view->parentWidget() : view);
    QTRY_VERIFY(view->isVisible());
    auto *lanesChart = static_cast<TunnelLanesChart *>(lanesView()->tunnelChart());
    QTRY_VERIFY(!overLanes || (view->tunnelChart()->plotArea().height() > 50 && lanesChart->maximumFirstLane() > 5));
    const QRectF plot = view->tunnelChart()->plotArea();
    const QPoint position = view->viewPosition(plot.center());
    for (int i = 0; i < events; ++i)
        wheel(view, position, delta, ctrl ? Qt::ControlModifier : Qt::NoModifier);
    QCOMPARE(lanesChart->firstVisibleLane(), lanes);
    QCOMPARE(m_charts->timeWindow().isZoomed(), zoomed);
}

void TestTunnelChartZoom::lanesFollowTheEventsRange()
{
    TunnelChart *events = eventsView()->tunnelChart();
    TunnelChart *lanes = lanesView()->tunnelChart();
    QCOMPARE(lanes->shownFrom(), events->shownFrom());
    QCOMPARE(lanes->shownTo(), events->shownTo());
    wheel(eventsView(), viewPointAt(eventsView(), base() + 3000 * 1000LL), 240);
    QCOMPARE(lanes->shownFrom(), events->shownFrom());
    QCOMPARE(lanes->shownTo(), events->shownTo());
    // A new bucket size or focus keeps the zoom, on both charts.
    const qint64 from = m_charts->timeWindow().from();
    m_charts->setBucketSize(TunnelTimeline::BucketSize::TenSeconds);
    m_charts->setFocusTunnel(keyOf(u"AR-1"_s));
    QCOMPARE(eventsView()->tunnelChart()->shownFrom(), from);
    QCOMPARE(lanesView()->tunnelChart()->shownFrom(), from);
}

void TestTunnelChartZoom::keyboardZoomsAndPans_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("spanChange"); // -1 smaller, 0 same, 1 larger
    QTest::addColumn<int>("fromChange");
    QTest::newRow("plus zooms in") << int(Qt::Key_Plus) << -1 << 1;
    QTest::newRow("minus zooms out") << int(Qt::Key_Minus) << 1 << -1;
    QTest::newRow("right pans later") << int(Qt::Key_Right) << 0 << 1;
    QTest::newRow("left pans earlier") << int(Qt::Key_Left) << 0 << -1;
    QTest::newRow("0 resets") << int(Qt::Key_0) << 1 << -1;
}

void TestTunnelChartZoom::keyboardZoomsAndPans()
{
    QFETCH(int, key);
    QFETCH(int, spanChange);
    QFETCH(int, fromChange);
    // Start zoomed in the middle, so every key has room to act.
    m_charts->showTimeRange(base() + 3600 * 1000LL, base() + 7200 * 1000LL);
    const qint64 span = m_charts->timeWindow().span();
    const qint64 from = m_charts->timeWindow().from();
    eventsView()->setFocus();
    QTest::keyClick(eventsView(), Qt::Key(key));
    const auto sign = [](qint64 v) { return v < 0 ? -1 : (v > 0 ? 1 : 0); };
    QCOMPARE(sign(m_charts->timeWindow().span() - span), spanChange);
    QCOMPARE(sign(m_charts->timeWindow().from() - from), fromChange);
}

void TestTunnelChartZoom::ctrlDragPans()
{
    m_charts->showTimeRange(base() + 3600 * 1000LL, base() + 7200 * 1000LL);
    TunnelChartView *view = eventsView();
    const qint64 from = m_charts->timeWindow().from();
    const qint64 pixel = pixelMsecs();
    const QPoint start = viewPointAt(view, base() + 5400 * 1000LL);
    const QPoint end = start - QPoint(100, 0);
    QSignalSpy filter(m_charts, &TunnelCharts::filterRequested);
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::ControlModifier, start);
    QTest::mouseMove(view->viewport(), start - QPoint(50, 0));
    QTest::mouseMove(view->viewport(), end);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::ControlModifier, end);
    QCOMPARE(filter.size(), 0);
    // Dragging left by 100 pixels shows what lay 100 pixels to the right.
    const qint64 moved = m_charts->timeWindow().from() - from;
    QVERIFY2(std::abs(moved - 100 * pixel) <= 3 * pixel, qPrintable(u"moved %1 ms"_s.arg(moved)));
    QCOMPARE(m_charts->timeWindow().span(), 3600 * 1000LL);
}

void TestTunnelChartZoom::shiftDragZoomsWithoutFiltering()
{
    TunnelChartView *view = eventsView();
    const qint64 from = base() + 1200 * 1000LL;
    const qint64 to = base() + 4800 * 1000LL;
    const qint64 pixel = pixelMsecs();
    const QPoint start = viewPointAt(view, from);
    const QPoint end = viewPointAt(view, to);
    QSignalSpy filter(m_charts, &TunnelCharts::filterRequested);
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, start);
    QTest::mouseMove(view->viewport(), (start + end) / 2);
    QTest::mouseMove(view->viewport(), end);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, end);
    QCOMPARE(filter.size(), 0);
    QVERIFY(std::abs(m_charts->timeWindow().from() - from) <= pixel);
    QVERIFY(std::abs(m_charts->timeWindow().to() - to) <= pixel);
}

void TestTunnelChartZoom::plainDragStillFiltersWhenZoomed()
{
    m_charts->showTimeRange(base() + 1800 * 1000LL, base() + 3600 * 1000LL);
    TunnelChartView *view = eventsView();
    const qint64 from = base() + 2000 * 1000LL;
    const qint64 to = base() + 3000 * 1000LL;
    const qint64 pixel = pixelMsecs();
    const QPoint start = viewPointAt(view, from);
    const QPoint end = viewPointAt(view, to);
    QSignalSpy filter(m_charts, &TunnelCharts::filterRequested);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(view->viewport(), (start + end) / 2);
    QTest::mouseMove(view->viewport(), end);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, end);
    QCOMPARE(filter.size(), 1);
    QVERIFY(std::abs(filter.at(0).at(0).toLongLong() - from) <= pixel);
    QVERIFY(std::abs(filter.at(0).at(1).toLongLong() - to) <= pixel);
    QCOMPARE(m_charts->timeWindow().from(), base() + 1800 * 1000LL); // the zoom stays
}

void TestTunnelChartZoom::clickWhenZoomedHitsTheBucketUnderTheMouse()
{
    m_charts->showTimeRange(base() + 1500 * 1000LL, base() + 2100 * 1000LL);
    TunnelChartView *view = eventsView();
    QSignalSpy filter(m_charts, &TunnelCharts::filterRequested);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, viewPointAt(view, base() + 1830 * 1000LL));
    QCOMPARE(filter.size(), 1);
    QCOMPARE(filter.at(0).at(0).toLongLong(), base() + 1800 * 1000LL);
    QCOMPARE(filter.at(0).at(1).toLongLong(), base() + 1860 * 1000LL);
}

void TestTunnelChartZoom::resetZoomButton()
{
    auto *reset = m_charts->findChild<QToolButton *>(u"resetZoomButton"_s);
    QVERIFY(reset);
    QVERIFY(!reset->isEnabled());
    wheel(eventsView(), viewPointAt(eventsView(), base() + 3000 * 1000LL), 360);
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QVERIFY(!m_charts->timeWindow().isZoomed());
    QVERIFY(!reset->isEnabled());
    QCOMPARE(eventsView()->tunnelChart()->shownFrom(), lanesView()->tunnelChart()->shownFrom());
}

void TestTunnelChartZoom::exportWritesTheChart_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("tab");
    QTest::addColumn<QSize>("size");
    QTest::newRow("events as PNG") << u"events.png"_s << 0 << QSize(1200, 600);
    QTest::newRow("lanes as PNG") << u"lanes.PNG"_s << 1 << QSize(800, 450);
    QTest::newRow("reasons as SVG") << u"reasons.svg"_s << 2 << QSize(1600, 900);
    QTest::newRow("events as SVG") << u"events.svg"_s << 0 << QSize(640, 480);
}

void TestTunnelChartZoom::exportWritesTheChart()
{
    QFETCH(QString, fileName);
    QFETCH(int, tab);
    QFETCH(QSize, size);
    QVERIFY(m_charts->findChild<QToolButton *>(u"exportChartButton"_s));
    m_charts->findChild<QTabWidget *>(u"tunnelChartTabs"_s)->setCurrentIndex(tab);
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    QCOMPARE(m_charts->exportChart(path, size), QString());
    if (fileName.endsWith(u".svg"_s)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains(u"viewBox=\"0 0 %1 %2\""_s.arg(size.width()).arg(size.height()).toUtf8()));
        QVERIFY(svg.count("<path") + svg.count("<polyline") + svg.count("<rect") > 10);
        QVERIFY(svg.contains("<text")); // axis labels and legend
        return;
    }
    QImageReader reader(path);
    const QImage image = reader.read();
    QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
    QCOMPARE(image.size(), size);
    // Something was drawn: more than the background colour.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 3);
}

void TestTunnelChartZoom::exportFailureNamesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing-folder/chart.png"_s);
    const QString error = m_charts->exportChart(path, QSize(400, 300));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(u"chart.png"_s), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestTunnelChartZoom::wideBarsAreHitAsDrawn()
{
    // An event every second for 10,000 s, and three more failures at 5 s: zoomed out, a bar is a
    // run of one-second buckets showing its busiest one (the 4 events at 5 s).
    QList<TunnelEvent> events;
    for (int i = 0; i < 10'000; ++i) {
        events << TunnelTestData::event(i % 2 ? TunnelEvent::Kind::TornDown : TunnelEvent::Kind::Established, i, u"AR-1"_s, {}, i);
        if (i == 5) {
            for (int extra = 0; extra < 3; ++extra)
                events << TunnelTestData::event(TunnelEvent::Kind::NegotiationFailed, 5, u"AR-1"_s, u"x"_s, i);
        }
    }
    m_charts->setTimeline(TunnelTimeline::build(events));
    m_charts->setBucketSize(TunnelTimeline::BucketSize::Second);
    TunnelChartView *view = eventsView();
    auto *chart = static_cast<TunnelEventsChart *>(view->tunnelChart());
    const TunnelBucket &bar = chart->bars().first();
    const qint64 run = (bar.toMsecs - bar.fromMsecs) / 1000;
    QVERIFY(run >= 7);
    QCOMPARE(bar.fromMsecs, base());
    QCOMPARE(bar.total(), 4);
    QCOMPARE(chart->barTotals().first().total(), int(run) + 3);

    // The last second of the first bar holds one event, yet the bar is drawn over it.
    const qint64 wall = base() + (run - 1) * 1000 + 500;
    const auto hit = chart->hitAt(QPointF(chart->chartXOf(wall), chart->plotArea().bottom() - 3));
    QVERIFY(hit);
    QCOMPARE(hit->fromMsecs, bar.fromMsecs);
    QCOMPARE(hit->toMsecs, bar.toMsecs);
    QVERIFY2(hit->toolTip.contains(QString::number(run + 3)), qPrintable(hit->toolTip));
    QVERIFY2(hit->toolTip.contains(u"10:00:05"_s), qPrintable(hit->toolTip)); // the busiest bucket
    QVERIFY2(hit->toolTip.contains(u"Negotiation failed: 3"_s), qPrintable(hit->toolTip));

    // A click (a pixel is about ten buckets wide here) filters to the whole bar.
    QSignalSpy filter(m_charts, &TunnelCharts::filterRequested);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, viewPointAt(view, base() + run * 1000 / 2));
    QCOMPARE(filter.size(), 1);
    QCOMPARE(filter.at(0).at(0).toLongLong(), bar.fromMsecs);
    QCOMPARE(filter.at(0).at(1).toLongLong(), bar.toMsecs);
}

void TestTunnelChartZoom::tenThousandBuckets()
{
    // An event every second for 10,000 seconds: 10,000 one-second buckets, all drawn.
    QList<TunnelEvent> events;
    for (int i = 0; i < 10'000; ++i)
        events << TunnelTestData::event(i % 2 ? TunnelEvent::Kind::TornDown : TunnelEvent::Kind::Established, i, u"AR-1"_s, {}, i);
    m_charts->setTimeline(TunnelTimeline::build(events));
    m_charts->setBucketSize(TunnelTimeline::BucketSize::Second);
    auto *chart = static_cast<TunnelEventsChart *>(eventsView()->tunnelChart());
    QCOMPARE(chart->buckets().size(), 10'000);
    // Whole: at most maximumBars bars of runs of buckets, a handful of points each.
    QVERIFY(chart->bars().size() <= TunnelEventsChart::maximumBars);
    QVERIFY(chart->bars().first().toMsecs - chart->bars().first().fromMsecs > 1000);
    const auto establishedPoints = [chart] {
        for (QAbstractSeries *series : chart->series()) {
            if (series->objectName() == u"establishedSeries"_s)
                return static_cast<QAreaSeries *>(series)->upperSeries()->count();
        }
        return -1;
    };
    QVERIFY(establishedPoints() <= TunnelEventsChart::maximumBars * 4 + 2);
    // Zoomed to a minute: one bar per one-second bucket, and a click finds its bucket.
    m_charts->showTimeRange(base() + 5000 * 1000LL, base() + 5060 * 1000LL);
    QCOMPARE(chart->bars().first().toMsecs - chart->bars().first().fromMsecs, 1000);
    QVERIFY(chart->bars().size() >= 60 && chart->bars().size() <= 62);
    // Few bars: each stands alone with a gap, four points, on every layer.
    QCOMPARE(establishedPoints(), int(chart->bars().size()) * 4 + 2);
    QSignalSpy filter(m_charts, &TunnelCharts::filterRequested);
    QTest::mouseClick(eventsView()->viewport(), Qt::LeftButton, {},
                      viewPointAt(eventsView(), base() + 5030 * 1000LL + 500));
    QCOMPARE(filter.size(), 1);
    QCOMPARE(filter.at(0).at(0).toLongLong(), base() + 5030 * 1000LL);
    QCOMPARE(filter.at(0).at(1).toLongLong(), base() + 5031 * 1000LL);
}

QTEST_MAIN(TestTunnelChartZoom)
#include "tst_tunnelchartzoom.moc"
