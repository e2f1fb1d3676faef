#include "tst_tunneldata.h"
#include "tunnelchartsfixture.h"

#include <tunnelchartview.h>
#include <tunnelcharts.h>
#include <tunneleventschart.h>
#include <tunnellaneschart.h>
#include <tunnelreasonschart.h>

#include <QAreaSeries>
#include <QBarSet>
#include <QComboBox>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>

using namespace LogSage;
using namespace Qt::StringLiterals;
using namespace LogSage::TunnelTestData;

namespace {

/// The height of a step line (bars resting on zero) at x: the y of its flat part there.
qreal stepValueAt(const QList<QPointF> &points, qreal x)
{
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        if (points.at(i).x() <= x && x <= points.at(i + 1).x() && points.at(i).y() == points.at(i + 1).y())
            return points.at(i).y();
    }
    return -1;
}

} // namespace

class TestTunnelCharts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void eventSeriesMatchTimeline_data();
    void eventSeriesMatchTimeline();
    void clickOnBucketRequestsFilter_data();
    void clickOnBucketRequestsFilter();
    void doubleClickOnBucketRequestsLine();
    void dragRequestsTimeRange();
    void lanesShowIntervals();
    void lanesShowFailingAndUnknown_data();
    void lanesShowFailingAndUnknown();
    void laneToolTipListsFailuresOfTheOutage();
    void clickOnLaneSegment_data();
    void clickOnLaneSegment();
    void focusShowsOneTunnel();
    void bucketComboChangesBuckets();
    void everyBucketSizeIsOffered();
    void shortSpansGetSecondBuckets_data();
    void shortSpansGetSecondBuckets();
    void reasonsMatchTimeline();
    void paletteFollowsWidget();
    void shortViewsAreCompact_data();
    void shortViewsAreCompact();

private:
    TunnelChartView *view(const QString &name) const
    {
        return m_charts->findChild<TunnelChartView *>(name);
    }
    void showTab(const QString &viewName);

    TunnelCharts *m_charts = nullptr;
    TunnelTimeline m_timeline;
};

void TestTunnelCharts::init()
{
    m_timeline = twoTunnels();
    m_charts = showCharts(m_timeline);
    QVERIFY(QTest::qWaitForWindowExposed(m_charts));
}

void TestTunnelCharts::cleanup()
{
    delete m_charts;
    m_charts = nullptr;
}

void TestTunnelCharts::showTab(const QString &viewName)
{
    QVERIFY(showChartTab(m_charts, view(viewName)));
}

void TestTunnelCharts::eventSeriesMatchTimeline_data()
{
    QTest::addColumn<int>("size");
    for (TunnelTimeline::BucketSize size : TunnelTimeline::allBucketSizes)
        QTest::addRow("size %d", int(size)) << int(size);
}

void TestTunnelCharts::eventSeriesMatchTimeline()
{
    QFETCH(int, size);
    const auto bucketSize = TunnelTimeline::BucketSize(size);
    m_charts->setBucketSize(bucketSize);
    auto *chart = static_cast<TunnelEventsChart *>(view(u"eventsChartView"_s)->tunnelChart());
    QVERIFY(chart);
    const auto buckets = m_timeline.nonEmptyBuckets(bucketSize);
    const auto &bars = chart->bars();
    QVERIFY(!bars.isEmpty());
    QVERIFY(bars.size() <= TunnelEventsChart::maximumBars);
    // Each bar shows the busiest bucket of its run (a run of one bucket when they fit).
    const bool oneBarPerBucket = bars.first().toMsecs - bars.first().fromMsecs == TunnelTimeline::bucketMsecs(bucketSize);
    // About 3 h shown: 30 s buckets (360) fit, 10 s ones (1080) do not.
    QCOMPARE(oneBarPerBucket, TunnelTimeline::bucketMsecs(bucketSize) >= 30 * 1000);
    int total = 0;
    for (const TunnelBucket &bar : bars) {
        const TunnelBucket *busiest = nullptr;
        for (const TunnelBucket &bucket : buckets) {
            if (bucket.fromMsecs >= bar.fromMsecs && bucket.fromMsecs < bar.toMsecs
                && (!busiest || bucket.total() > busiest->total()))
                busiest = &bucket;
        }
        QVERIFY(busiest);
        QCOMPARE(bar.established, busiest->established);
        QCOMPARE(bar.tornDown, busiest->tornDown);
        QCOMPARE(bar.negotiationFailed, busiest->negotiationFailed);
        total += bar.total();
    }
    if (oneBarPerBucket)
        QCOMPARE(total, int(m_timeline.events().size()));

    // The series draw the bars stacked: established, torn down, failed.
    const char *names[] = {"establishedSeries", "tornDownSeries", "failedSeries"};
    QList<int> below(bars.size(), 0);
    for (int layer = 0; layer < 3; ++layer) {
        QAreaSeries *series = nullptr;
        for (QAbstractSeries *s : chart->series())
            if (s->objectName() == QLatin1StringView(names[layer]))
                series = qobject_cast<QAreaSeries *>(s);
        QVERIFY2(series, names[layer]);
        const QList<QPointF> upper = series->upperSeries()->points();
        const QList<QPointF> lower = series->lowerSeries()->points();
        QVERIFY(upper.size() <= bars.size() * 4 + 2); // four points per bar and the two ends
        for (qsizetype i = 0; i < bars.size(); ++i) {
            const int count = layer == 0 ? bars.at(i).established
                                         : (layer == 1 ? bars.at(i).tornDown : bars.at(i).negotiationFailed);
            const qreal middle = TunnelChart::axisValue((bars.at(i).fromMsecs + bars.at(i).toMsecs) / 2);
            if (count > 0) {
                QCOMPARE(stepValueAt(upper, middle), qreal(below.at(i) + count));
                QCOMPARE(stepValueAt(lower, middle), qreal(below.at(i)));
            } else {
                QCOMPARE(stepValueAt(upper, middle), stepValueAt(lower, middle)); // no area
            }
            below[i] += count;
        }
    }
}

void TestTunnelCharts::clickOnBucketRequestsFilter_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("seconds"); // an event time inside the bucket clicked
    QTest::newRow("minute of the first teardown") << int(TunnelTimeline::BucketSize::Minute) << 1800;
    QTest::newRow("hour of the second teardown") << int(TunnelTimeline::BucketSize::Hour) << 7200;
}

void TestTunnelCharts::clickOnBucketRequestsFilter()
{
    QFETCH(int, size);
    QFETCH(int, seconds);
    const auto bucketSize = TunnelTimeline::BucketSize(size);
    m_charts->setBucketSize(bucketSize);
    showTab(u"eventsChartView"_s);
    auto *chartView = view(u"eventsChartView"_s);
    auto *chart = static_cast<TunnelEventsChart *>(chartView->tunnelChart());
    const qint64 at = base() + seconds * 1000LL;
    const auto buckets = m_timeline.buckets(bucketSize);
    const TunnelBucket bucket = buckets.at(m_timeline.bucketIndexAt(bucketSize, at));
    const qint64 middle = (bucket.fromMsecs + bucket.toMsecs) / 2;
    const QPointF chartPoint(chart->chartXOf(middle), chart->plotArea().bottom() - 3);
    QSignalSpy spy(m_charts, &TunnelCharts::filterRequested);
    QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, chartView->viewPosition(chartPoint));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), bucket.fromMsecs);
    QCOMPARE(spy.at(0).at(1).toLongLong(), bucket.toMsecs);
    QCOMPARE(spy.at(0).at(2).toString(), QString());
}

void TestTunnelCharts::doubleClickOnBucketRequestsLine()
{
    m_charts->setBucketSize(TunnelTimeline::BucketSize::Hour);
    showTab(u"eventsChartView"_s);
    auto *chartView = view(u"eventsChartView"_s);
    auto *chart = chartView->tunnelChart();
    // The second hour (11:00-12:00) starts with AR-2's teardown on line 6.
    const QPointF chartPoint(chart->chartXOf(base() + 5400 * 1000LL), chart->plotArea().bottom() - 3);
    QSignalSpy spy(m_charts, &TunnelCharts::lineRequested);
    QTest::mouseDClick(chartView->viewport(), Qt::LeftButton, {}, chartView->viewPosition(chartPoint));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), 6);
}

void TestTunnelCharts::dragRequestsTimeRange()
{
    showTab(u"eventsChartView"_s);
    auto *chartView = view(u"eventsChartView"_s);
    auto *chart = chartView->tunnelChart();
    const qint64 from = base() + 1200 * 1000LL;
    const qint64 to = base() + 6000 * 1000LL;
    const qreal y = chart->plotArea().center().y();
    const QPoint start = chartView->viewPosition(QPointF(chart->chartXOf(from), y));
    const QPoint end = chartView->viewPosition(QPointF(chart->chartXOf(to), y));
    QSignalSpy spy(m_charts, &TunnelCharts::filterRequested);
    QTest::mousePress(chartView->viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(chartView->viewport(), (start + end) / 2);
    QTest::mouseMove(chartView->viewport(), end);
    QTest::mouseRelease(chartView->viewport(), Qt::LeftButton, {}, end);
    QCOMPARE(spy.size(), 1);
    // One pixel of the axis is the tolerance.
    const qint64 pixel = qint64((m_timeline.endMsecs() - m_timeline.startMsecs()) / chart->plotArea().width()) + 60000;
    QVERIFY(std::abs(spy.at(0).at(0).toLongLong() - from) <= pixel);
    QVERIFY(std::abs(spy.at(0).at(1).toLongLong() - to) <= pixel);
    QCOMPARE(spy.at(0).at(2).toString(), QString());
}

namespace {

// The total length drawn in one state by a lane (as long as the periods: at the scale of these
// tests no outage is widened).
qint64 drawnMsecs(const TunnelLanesChart &chart, int lane, TunnelLaneRuns::State state)
{
    qint64 total = 0;
    for (const TunnelLaneRuns::Block &block : chart.drawnBlocks(lane)) {
        if (block.state == state)
            total += block.toMsecs - block.fromMsecs;
    }
    return total;
}

// The points of a chart's series by object name (empty when there is none).
QList<QPointF> upperPoints(const TunnelChart &chart, const QString &name)
{
    for (QAbstractSeries *s : chart.series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(s); area && s->objectName() == name)
            return area->upperSeries()->points();
    }
    return {};
}

} // namespace

void TestTunnelCharts::lanesShowIntervals()
{
    showTab(u"lanesChartView"_s);
    auto *chart = static_cast<TunnelLanesChart *>(view(u"lanesChartView"_s)->tunnelChart());
    QCOMPARE(chart->laneTunnels().size(), 2);
    QCOMPARE(chart->visibleLaneCount(), 2);
    qsizetype blocks = 0;
    for (int lane = 0; lane < 2; ++lane) {
        const TunnelSummary &tunnel = m_timeline.tunnels().at(chart->laneTunnels().at(lane));
        QCOMPARE(drawnMsecs(*chart, lane, TunnelLaneRuns::State::Up), tunnel.upMsecs);
        QCOMPARE(drawnMsecs(*chart, lane, TunnelLaneRuns::State::Down), tunnel.downMsecs);
        QCOMPARE(drawnMsecs(*chart, lane, TunnelLaneRuns::State::Failing), tunnel.failingMsecs);
        blocks += chart->drawnBlocks(lane).size();
    }
    // The legend has one entry per state (series with no points: the blocks are painted directly).
    for (const QString &name : {u"unknownLanes"_s, u"upLanes"_s, u"downLanes"_s, u"failingLanes"_s}) {
        QVERIFY2(upperPoints(*chart, name).isEmpty(), qPrintable(name));
        QVERIFY(std::any_of(chart->series().cbegin(), chart->series().cend(),
                            [&name](QAbstractSeries *s) { return s->objectName() == name; }));
    }
    QVERIFY(blocks >= 4);
}

void TestTunnelCharts::lanesShowFailingAndUnknown_data()
{
    QTest::addColumn<QList<TunnelEvent>>("events");
    QTest::addColumn<qint64>("failingSeconds");
    QTest::addColumn<qint64>("unknownSeconds");
    QTest::addColumn<int>("ticks");

    using K = TunnelEvent::Kind;
    // The host logs from 0 s to 3600 s.
    QTest::newRow("never up") << QList{TunnelTestData::event(K::NegotiationFailed, 600, u"AR-1"_s, u"x"_s),
                                       TunnelTestData::event(K::NegotiationFailed, 900, u"AR-1"_s, u"x"_s)}
                              << 3000LL << 600LL << 2;
    QTest::newRow("failing, then up") << QList{TunnelTestData::event(K::NegotiationFailed, 600, u"AR-1"_s, u"x"_s),
                                               TunnelTestData::event(K::Established, 1200, u"AR-1"_s)}
                                      << 600LL << 600LL << 1;
    QTest::newRow("up later, no failure") << QList{TunnelTestData::event(K::Established, 1200, u"AR-1"_s)} << 0LL << 1200LL << 0;
}

void TestTunnelCharts::lanesShowFailingAndUnknown()
{
    QFETCH(QList<TunnelEvent>, events);
    QFETCH(qint64, failingSeconds);
    QFETCH(qint64, unknownSeconds);
    QFETCH(int, ticks);
    const TunnelTimeline timeline
        = TunnelTimeline::build(events, {{u"AR-1"_s, TunnelHostSpan{base(), base() + 3600 * 1000LL}}});
    const TunnelLanesChart chart(timeline, {}, TunnelChartPalette::light());
    QCOMPARE(drawnMsecs(chart, 0, TunnelLaneRuns::State::Failing), failingSeconds * 1000);
    QCOMPARE(drawnMsecs(chart, 0, TunnelLaneRuns::State::Unknown), unknownSeconds * 1000);
    // Failing to come up is drawn apart from proven downtime, as the timeline counts it.
    QCOMPARE(drawnMsecs(chart, 0, TunnelLaneRuns::State::Failing), timeline.tunnels().first().failingMsecs);
    QCOMPARE(drawnMsecs(chart, 0, TunnelLaneRuns::State::Down), timeline.tunnels().first().downMsecs);
    QScatterSeries *tickSeries = nullptr;
    for (QAbstractSeries *s : chart.series()) {
        if (s->objectName() == u"failureTicks"_s)
            tickSeries = qobject_cast<QScatterSeries *>(s);
    }
    QVERIFY(tickSeries);
    QCOMPARE(tickSeries->count(), ticks);
    if (ticks > 0)
        QCOMPARE(TunnelChart::wallMsecs(tickSeries->at(0).x()), base() + 600 * 1000LL);
}

void TestTunnelCharts::laneToolTipListsFailuresOfTheOutage()
{
    // AR-1 is down from 1800 s to 3000 s, with a phase2 failure at 2400 s; up from 3000 s.
    showTab(u"lanesChartView"_s);
    auto *chart = static_cast<TunnelLanesChart *>(view(u"lanesChartView"_s)->tunnelChart());
    const int lane = int(chart->laneTunnels().indexOf(m_timeline.tunnelIndex(keyOf(u"AR-1"_s))));
    QVERIFY(lane >= 0);
    const auto down = chart->hitAt(chart->lanePosition(lane, base() + 2000 * 1000LL));
    QVERIFY(down);
    QVERIFY2(down->toolTip.contains(u"phase2 proposal mismatch \u00d71"_s), qPrintable(down->toolTip));
    const auto up = chart->hitAt(chart->lanePosition(lane, base() + 5000 * 1000LL));
    QVERIFY(up);
    QVERIFY2(!up->toolTip.contains(u"phase2"_s), qPrintable(up->toolTip));
}

void TestTunnelCharts::clickOnLaneSegment_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<int>("fromSeconds");
    QTest::addColumn<int>("toSeconds");
    QTest::addColumn<qint64>("line");
    QTest::newRow("AR-1 down after dpd timeout") << u"AR-1"_s << 2400 << 1800 << 3000 << 3LL;
    QTest::newRow("AR-1 up again") << u"AR-1"_s << 5000 << 3000 << 7200 << 5LL;
    QTest::newRow("AR-2 up before the log") << u"AR-2"_s << 2000 << 0 << 5400 << -1LL;
}

void TestTunnelCharts::clickOnLaneSegment()
{
    QFETCH(QString, host);
    QFETCH(int, seconds);
    QFETCH(int, fromSeconds);
    QFETCH(int, toSeconds);
    QFETCH(qint64, line);
    showTab(u"lanesChartView"_s);
    auto *chartView = view(u"lanesChartView"_s);
    auto *chart = static_cast<TunnelLanesChart *>(chartView->tunnelChart());
    const int lane = int(chart->laneTunnels().indexOf(m_timeline.tunnelIndex(keyOf(host))));
    QVERIFY(lane >= 0);
    const QPoint position = chartView->viewPosition(chart->lanePosition(lane, base() + seconds * 1000LL));
    QSignalSpy filter(m_charts, &TunnelCharts::filterRequested);
    QSignalSpy lines(m_charts, &TunnelCharts::lineRequested);
    QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, position);
    QCOMPARE(filter.size(), 1);
    QCOMPARE(filter.at(0).at(0).toLongLong(), base() + fromSeconds * 1000LL);
    QCOMPARE(filter.at(0).at(1).toLongLong(), base() + toSeconds * 1000LL);
    QCOMPARE(filter.at(0).at(2).toString(), keyOf(host));
    QTest::mouseDClick(chartView->viewport(), Qt::LeftButton, {}, position);
    QCOMPARE(lines.size(), line >= 0 ? 1 : 0);
    if (line >= 0)
        QCOMPARE(lines.at(0).at(0).toLongLong(), line);
}

void TestTunnelCharts::focusShowsOneTunnel()
{
    const QString key = keyOf(u"AR-2"_s);
    m_charts->setBucketSize(TunnelTimeline::BucketSize::Hour);
    m_charts->setFocusTunnel(key);
    QCOMPARE(m_charts->focusTunnel(), key);
    auto *lanes = static_cast<TunnelLanesChart *>(view(u"lanesChartView"_s)->tunnelChart());
    QCOMPARE(lanes->laneTunnels(), QList<int>{m_timeline.tunnelIndex(key)});
    auto *events = static_cast<TunnelEventsChart *>(view(u"eventsChartView"_s)->tunnelChart());
    int total = 0;
    for (const auto &bucket : events->buckets())
        total += bucket.total();
    QCOMPARE(total, 3);

    // A click now filters to the focused tunnel.
    showTab(u"eventsChartView"_s);
    auto *chartView = view(u"eventsChartView"_s);
    QSignalSpy spy(m_charts, &TunnelCharts::filterRequested);
    const QPointF point(events->chartXOf(base() + 1000 * 1000LL), events->plotArea().bottom() - 3);
    QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, chartView->viewPosition(point));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(2).toString(), key);
}

void TestTunnelCharts::bucketComboChangesBuckets()
{
    auto *combo = m_charts->findChild<QComboBox *>(u"bucketCombo"_s);
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toInt(), int(TunnelTimeline::BucketSize::Minute)); // 3 hours of events
    combo->setCurrentIndex(combo->findData(int(TunnelTimeline::BucketSize::Hour)));
    Q_EMIT combo->activated(combo->currentIndex());
    QCOMPARE(m_charts->bucketSize(), TunnelTimeline::BucketSize::Hour);
    auto *events = static_cast<TunnelEventsChart *>(view(u"eventsChartView"_s)->tunnelChart());
    QCOMPARE(events->buckets().size(), 4);
}

void TestTunnelCharts::everyBucketSizeIsOffered()
{
    using K = TunnelEvent::Kind;
    // Three days: hours (73) by default, and one-second buckets (259,201) still on offer.
    m_charts->setTimeline(TunnelTimeline::build(
        {TunnelTestData::event(K::Established, 0, u"AR-1"_s),
         TunnelTestData::event(K::TornDown, 3 * 86400, u"AR-1"_s, u"dpd timeout"_s)}));
    QCOMPARE(m_charts->bucketSize(), TunnelTimeline::BucketSize::Hour);
    auto *combo = m_charts->findChild<QComboBox *>(u"bucketCombo"_s);
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    QVERIFY(model);
    QCOMPARE(combo->count(), int(std::size(TunnelTimeline::allBucketSizes)));
    for (int row = 0; row < combo->count(); ++row)
        QVERIFY(model->item(row)->isEnabled());
    m_charts->setBucketSize(TunnelTimeline::BucketSize::Second);
    QCOMPARE(m_charts->bucketSize(), TunnelTimeline::BucketSize::Second);
    QCOMPARE(combo->currentData().toInt(), int(TunnelTimeline::BucketSize::Second));
    auto *events = static_cast<TunnelEventsChart *>(view(u"eventsChartView"_s)->tunnelChart());
    QCOMPARE(events->buckets().size(), 2);
}

void TestTunnelCharts::shortSpansGetSecondBuckets_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<int>("size");
    QTest::newRow("90 seconds") << 90 << int(TunnelTimeline::BucketSize::Second);
    QTest::newRow("20 minutes") << 1200 << int(TunnelTimeline::BucketSize::TenSeconds);
    QTest::newRow("an hour") << 3600 << int(TunnelTimeline::BucketSize::ThirtySeconds);
}

void TestTunnelCharts::shortSpansGetSecondBuckets()
{
    QFETCH(int, seconds);
    QFETCH(int, size);
    using K = TunnelEvent::Kind;
    m_charts->setTimeline(TunnelTimeline::build(
        {TunnelTestData::event(K::Established, 0, u"AR-1"_s),
         TunnelTestData::event(K::TornDown, seconds, u"AR-1"_s, u"dpd timeout"_s)}));
    QCOMPARE(int(m_charts->bucketSize()), size);
    auto *combo = m_charts->findChild<QComboBox *>(u"bucketCombo"_s);
    QCOMPARE(combo->currentData().toInt(), size);
    // The hover text of a second bucket shows seconds.
    auto *chart = static_cast<TunnelEventsChart *>(view(u"eventsChartView"_s)->tunnelChart());
    const auto hit = chart->hitAt(QPointF(chart->chartXOf(base() + 500), chart->plotArea().bottom() - 2));
    QVERIFY(hit);
    QVERIFY2(hit->toolTip.contains(u"10:00:00"_s), qPrintable(hit->toolTip));
}

void TestTunnelCharts::reasonsMatchTimeline()
{
    auto *chart = static_cast<TunnelReasonsChart *>(view(u"reasonsChartView"_s)->tunnelChart());
    QHorizontalStackedBarSeries *series = nullptr;
    for (QAbstractSeries *s : chart->series())
        series = series ? series : qobject_cast<QHorizontalStackedBarSeries *>(s);
    QVERIFY(series);
    QBarSet *teardowns = nullptr;
    QBarSet *failures = nullptr;
    for (QBarSet *set : series->barSets()) {
        if (set->objectName() == u"teardownSet"_s)
            teardowns = set;
        if (set->objectName() == u"failureSet"_s)
            failures = set;
    }
    QVERIFY(teardowns && failures);
    const auto teardownReasons = m_timeline.teardownReasons();
    const auto failureReasons = m_timeline.failureReasons();
    QCOMPARE(chart->reasons().size(), teardownReasons.size() + failureReasons.size());
    for (qsizetype i = 0; i < chart->reasons().size(); ++i) {
        const auto &reason = chart->reasons().at(i);
        QCOMPARE(int(teardowns->at(i)), teardownReasons.value(reason.text));
        QCOMPARE(int(failures->at(i)), failureReasons.value(reason.text));
    }
    // The most frequent reason is the top bar.
    QCOMPARE(chart->reasons().last().text, u"dpd timeout"_s);
}

void TestTunnelCharts::paletteFollowsWidget()
{
    QPalette dark = m_charts->palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    m_charts->setPalette(dark);
    QCOMPARE(view(u"eventsChartView"_s)->tunnelChart()->backgroundBrush().color(), TunnelChartPalette::dark().background);
    QPalette light = m_charts->palette();
    light.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
    m_charts->setPalette(light);
    QCOMPARE(view(u"lanesChartView"_s)->tunnelChart()->backgroundBrush().color(), TunnelChartPalette::light().background);
}

void TestTunnelCharts::shortViewsAreCompact_data()
{
    QTest::addColumn<int>("height");
    QTest::addColumn<bool>("compact");
    QTest::newRow("a low dock") << 220 << true;
    QTest::newRow("a tall window") << 700 << false;
}

void TestTunnelCharts::shortViewsAreCompact()
{
    QFETCH(int, height);
    QFETCH(bool, compact);
    m_charts->resize(1000, height);
    QCoreApplication::processEvents();
    for (const QString &name : {u"eventsChartView"_s, u"lanesChartView"_s}) {
        showTab(name);
        TunnelChart *chart = view(name)->tunnelChart();
        QCOMPARE(view(name)->height() < TunnelChartView::compactHeight, compact);
        // Legend beside the plot (above the lanes) and no axis titles, so the bars keep their height.
        QCOMPARE(chart->compactLegendAlignment(), name == u"lanesChartView"_s ? Qt::AlignTop : Qt::AlignRight);
        QCOMPARE(chart->legend()->alignment(), compact ? chart->compactLegendAlignment() : Qt::AlignBottom);
        for (QAbstractAxis *axis : chart->axes())
            QCOMPARE(axis->isTitleVisible(), !compact);
        // A chart built while short is compact from the start.
        m_charts->setBucketSize(TunnelTimeline::BucketSize::FiveMinutes);
        QCOMPARE(view(name)->tunnelChart()->legend()->alignment(),
                 compact ? view(name)->tunnelChart()->compactLegendAlignment() : Qt::AlignBottom);
    }
}

QTEST_MAIN(TestTunnelCharts)
#include "tst_tunnelcharts.moc"
