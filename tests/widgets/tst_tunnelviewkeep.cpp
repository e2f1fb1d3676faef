// What the user chose to see in the tunnel charts (bucket size, zoom, the tunnel in the top lane)
// outlives the same log read again and a new sort order, and goes with another log.

#include "tst_tunneldata.h"

#include <tunnelchartview.h>
#include <tunnelcharts.h>
#include <tunnellaneschart.h>

#include <QComboBox>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>

#include <algorithm>

using namespace LogSage;
using namespace Qt::StringLiterals;
using namespace LogSage::TunnelTestData;

namespace {

// `count` devices, each up from 0 s and down for a while at 600 s, over `hours` hours of log.
TunnelTimeline manyTunnels(int count, int hours)
{
    using K = TunnelEvent::Kind;
    QList<TunnelEvent> events;
    TunnelHostSpans spans;
    for (int i = 0; i < count; ++i) {
        const QString host = u"AR-%1"_s.arg(i, 2, 10, QChar(u'0'));
        events << event(K::Established, 0, host, {}, 3 * i) << event(K::TornDown, 600, host, u"dpd timeout"_s, 3 * i + 1)
               << event(K::Established, 600 + (i + 1) * 60, host, {}, 3 * i + 2);
        spans.insert(host, TunnelHostSpan{base(), base() + hours * 3600 * 1000LL});
    }
    return TunnelTimeline::build(events, spans);
}

} // namespace

class TestTunnelViewKeep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void viewOutlivesAReload_data();
    void viewOutlivesAReload();
};

void TestTunnelViewKeep::viewOutlivesAReload_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("kept");
    QTest::newRow("the log grew") << u"grew"_s << true;
    QTest::newRow("another sort order") << u"resort"_s << true;
    QTest::newRow("the zoomed range is no longer in the log") << u"shrank"_s << true;
    QTest::newRow("another log") << u"another"_s << false;
}

void TestTunnelViewKeep::viewOutlivesAReload()
{
    QFETCH(QString, change);
    QFETCH(bool, kept);
    const TunnelTimeline first = manyTunnels(30, 3);
    TunnelCharts charts;
    charts.resize(1000, 360);
    charts.setTimeline(first);
    charts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&charts));
    auto *tabs = charts.findChild<QTabWidget *>(u"tunnelChartTabs"_s);
    auto *lanesView = charts.findChild<TunnelChartView *>(u"lanesChartView"_s);
    tabs->setCurrentWidget(lanesView->parentWidget());
    QTRY_VERIFY(lanesView->isVisible());
    const auto lanes = [lanesView] { return static_cast<TunnelLanesChart *>(lanesView->tunnelChart()); };
    QTRY_VERIFY(lanes()->plotArea().height() > 50 && lanes()->visibleLaneCount() < 30);

    // The user picks a bucket size in the box, zooms into the first hour and scrolls the lanes.
    const TunnelTimeline::BucketSize automatic = charts.bucketSize();
    auto *combo = charts.findChild<QComboBox *>(u"bucketCombo"_s);
    combo->setFocus();
    QTest::keyClick(combo, automatic == TunnelTimeline::BucketSize::Day ? Qt::Key_Up : Qt::Key_Down);
    const TunnelTimeline::BucketSize chosen = charts.bucketSize();
    QVERIFY(chosen != automatic);
    charts.showTimeRange(base() + 10 * 60 * 1000, base() + 70 * 60 * 1000);
    const qint64 shownFrom = charts.timeWindow().from();
    const qint64 shownTo = charts.timeWindow().to();
    QVERIFY(charts.timeWindow().isZoomed());
    auto *scroll = charts.findChild<QScrollBar *>(u"laneScrollBar"_s);
    scroll->setValue(7);
    QCOMPARE(lanes()->firstVisibleLane(), 7);
    const QString topKey = first.tunnels().at(lanes()->laneTunnels().at(7)).key;

    TunnelTimeline second = first;
    if (change == u"grew"_s) {
        charts.setTimeline(manyTunnels(30, 5), {}, TunnelCharts::ViewKeeping::Keep);
        second = charts.timeline();
    } else if (change == u"resort"_s) {
        QList<int> reversed = lanes()->laneTunnels();
        std::reverse(reversed.begin(), reversed.end());
        charts.setLaneOrder(reversed);
    } else if (change == u"shrank"_s) {
        // The zoomed hour is no longer in the log: the whole log shows, the rest stays.
        charts.setTimeline(manyTunnels(30, 0), {}, TunnelCharts::ViewKeeping::Keep);
        second = charts.timeline();
    } else {
        charts.setTimeline(manyTunnels(30, 3), {}, TunnelCharts::ViewKeeping::Reset);
        second = charts.timeline();
    }
    QTRY_VERIFY(lanes()->plotArea().height() > 50);

    QCOMPARE(charts.bucketSize(), kept ? chosen : automatic);
    QCOMPARE(combo->currentData().toInt(), int(charts.bucketSize()));
    if (change == u"shrank"_s || !kept) {
        QVERIFY(!charts.timeWindow().isZoomed());
    } else {
        QCOMPARE(charts.timeWindow().from(), shownFrom);
        QCOMPARE(charts.timeWindow().to(), shownTo);
        QCOMPARE(lanes()->shownFrom(), shownFrom);
    }
    const QString nowTop = second.tunnels().at(lanes()->laneTunnels().at(lanes()->firstVisibleLane())).key;
    // (Lanes not scrolled stay at the top: tst_tunnelspanel's re-sorts start at lane 0.)
    if (kept) {
        QCOMPARE(nowTop, topKey);
        QCOMPARE(scroll->value(), lanes()->firstVisibleLane());
    } else {
        QCOMPARE(lanes()->firstVisibleLane(), 0);
    }
}

QTEST_MAIN(TestTunnelViewKeep)
#include "tst_tunnelviewkeep.moc"
