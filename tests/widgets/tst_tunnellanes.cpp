// The lanes chart in the charts widget: a brief outage is drawn wide enough to see and click at
// any width, and the lanes' names are readable in a narrow dock.

#include "tst_tunneldata.h"
#include "tunnelchartsfixture.h"

#include <tunnelchartview.h>
#include <tunnelcharts.h>
#include <tunnellaneschart.h>

#include <QFontMetricsF>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <cmath>

using namespace LogSage;
using namespace Qt::StringLiterals;
using namespace LogSage::TunnelTestData;

class TestTunnelLanes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void briefOutageIsWideEnoughToSee_data();
    void briefOutageIsWideEnoughToSee();
    void laneNamesReadableInANarrowDock();

private:
    TunnelChartView *view(const QString &name) const { return m_charts->findChild<TunnelChartView *>(name); }
    void showTab(const QString &viewName);

    TunnelCharts *m_charts = nullptr;
    TunnelTimeline m_timeline;
};

void TestTunnelLanes::init()
{
    m_timeline = twoTunnels();
    m_charts = showCharts(m_timeline);
    QVERIFY(QTest::qWaitForWindowExposed(m_charts));
}

void TestTunnelLanes::cleanup()
{
    delete m_charts;
    m_charts = nullptr;
}

void TestTunnelLanes::showTab(const QString &viewName)
{
    QVERIFY(showChartTab(m_charts, view(viewName)));
}

void TestTunnelLanes::briefOutageIsWideEnoughToSee_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("a dock") << 320;
    QTest::newRow("a window") << 1000;
    QTest::newRow("a wide window") << 1600;
}

void TestTunnelLanes::briefOutageIsWideEnoughToSee()
{
    // One tunnel up all day but for 3 s at noon: far less than a pixel at any of these widths.
    QFETCH(int, width);
    using K = TunnelEvent::Kind;
    const qint64 midnight = base() - 10 * 3600 * 1000LL;
    const qint64 noon = midnight + 12 * 3600 * 1000LL;
    const TunnelTimeline timeline = TunnelTimeline::build(
        {TunnelTestData::event(K::Established, -36000 + 60, u"AR-9"_s, {}, 1),
         TunnelTestData::event(K::TornDown, 7200, u"AR-9"_s, u"dpd timeout"_s, 2),
         TunnelTestData::event(K::Established, 7203, u"AR-9"_s, {}, 3)},
        {{u"AR-9"_s, TunnelHostSpan{midnight, midnight + 24 * 3600 * 1000LL}}});
    m_charts->resize(width, 520);
    m_charts->setTimeline(timeline);
    showTab(u"lanesChartView"_s);
    auto *chartView = view(u"lanesChartView"_s);
    auto *chart = static_cast<TunnelLanesChart *>(chartView->tunnelChart());
    QTRY_VERIFY(chart->plotArea().width() > width / 2);
    const double perPixel = double(chart->shownTo() - chart->shownFrom()) / chart->plotArea().width();
    QVERIFY(perPixel > 3000); // the outage alone would be under a pixel

    const auto downBlocks = [&] {
        QList<TunnelLaneRuns::Block> down;
        for (const auto &block : chart->drawnBlocks(0)) {
            if (block.state == TunnelLaneRuns::State::Down)
                down << block;
        }
        return down;
    };
    QList<TunnelLaneRuns::Block> down = downBlocks();
    QCOMPARE(down.size(), 1);
    QCOMPARE(down.first().fromMsecs, noon);
    QVERIFY(chart->chartXOf(down.first().toMsecs) - chart->chartXOf(noon) >= TunnelLaneRuns::minimumOutagePixels - 0.01);

    // A click on the widened part, past the 3 s themselves, filters to the outage.
    QSignalSpy filter(m_charts, &TunnelCharts::filterRequested);
    const QPoint position = chartView->viewPosition(chart->lanePosition(0, noon + qint64(2 * perPixel)));
    QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, position);
    QCOMPARE(filter.size(), 1);
    QCOMPARE(filter.at(0).at(0).toLongLong(), noon);
    QCOMPARE(filter.at(0).at(1).toLongLong(), noon + 3000);

    // Zoomed in to two minutes the outage is drawn as long as it was.
    m_charts->showTimeRange(noon - 60 * 1000, noon + 60 * 1000);
    down = downBlocks();
    QCOMPARE(down.size(), 1);
    QCOMPARE(down.first().toMsecs - down.first().fromMsecs, 3000);

    // Zoomed out again in a wider window, the outage is as many pixels: less time.
    m_charts->resetZoom();
    const qint64 span = chart->shownTo() - chart->shownFrom();
    const qreal plotWidth = chart->plotArea().width();
    m_charts->resize(2 * width, 520);
    QTRY_VERIFY(chart->plotArea().width() > plotWidth + 100);
    QCOMPARE(chart->shownTo() - chart->shownFrom(), span);
    down = downBlocks();
    QCOMPARE(down.size(), 1);
    const double widerPerPixel = double(span) / chart->plotArea().width();
    QVERIFY(widerPerPixel < perPixel);
    const qint64 expected = qint64(std::ceil(TunnelLaneRuns::minimumOutagePixels * widerPerPixel));
    QVERIFY2(std::abs(down.first().toMsecs - down.first().fromMsecs - expected) <= 1,
             qPrintable(u"%1 ms drawn, %2 ms expected"_s.arg(down.first().toMsecs - down.first().fromMsecs).arg(expected)));
}

void TestTunnelLanes::laneNamesReadableInANarrowDock()
{
    // The default dock is 240 pixels wide: names stand above the bars, the plot keeps the width.
    m_charts->resize(240, 420);
    showTab(u"lanesChartView"_s);
    auto *chartView = view(u"lanesChartView"_s);
    auto *chart = static_cast<TunnelLanesChart *>(chartView->tunnelChart());
    QTRY_VERIFY(chart->plotArea().width() >= 0.8 * chartView->width());
    const QFontMetricsF metrics(chart->font());
    for (int lane = 0; lane < 2; ++lane) {
        const TunnelSummary &tunnel = m_timeline.tunnels().at(chart->laneTunnels().at(lane));
        const QString label = chart->laneLabel(lane);
        QVERIFY(label.startsWith(tunnel.host));
        QVERIFY(metrics.horizontalAdvance(label) <= chart->plotArea().width());
        // The whole name is in the tooltip.
        const auto hit = chart->hitAt(chart->lanePosition(lane, base() + 600 * 1000LL));
        QVERIFY(hit);
        QVERIFY(hit->toolTip.startsWith(tunnel.displayName()));
    }
}

QTEST_MAIN(TestTunnelLanes)
#include "tst_tunnellanes.moc"
