// The report charts' axes: counts at round steps, times at round minutes, hours or days; tunnel
// rows labelled as the tunnel table labels them.

#include "reportchartpainter.h"
#include "reportlayout.h"
#include "reportstyle.h"
#include "tunnelchartpalette.h"
#include "tunneltimeline.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

qint64 at(const QString &time)
{
    QDateTime t = QDateTime::fromString(time, u"yyyy-MM-dd HH:mm:ss"_s);
    t.setTimeZone(QTimeZone::UTC); // printed times are kept as UTC wall-clock
    return t.toMSecsSinceEpoch();
}

TunnelEvent tunnelEvent(TunnelEvent::Kind kind, const QString &time, const QString &policy, const QString &reason = {},
                        const QString &peer = u"203.0.113.9"_s)
{
    TunnelEvent e;
    e.kind = kind;
    e.wallMsecs = at(time);
    e.host = u"R1"_s;
    e.policy = policy;
    e.seq = u"10"_s;
    e.peer = peer;
    e.reason = reason;
    return e;
}

bool near(QColor c, QColor colour)
{
    return std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) + std::abs(c.blue() - colour.blue()) < 24;
}

// How many of the 24 pixels from `x` (device-independent) along the middle of row `row` have
// the colour: all for a solid block, some for a hatched one.
int pixelsOf(const QImage &image, qsizetype rows, qsizetype row, qreal x, QColor colour)
{
    const qreal dpr = image.devicePixelRatio();
    const QRectF plot = ReportChartPainter::stateTimelinePlot(rows);
    const int y = int((plot.top() + qreal(row) * plot.height() / qreal(rows) + plot.height() / qreal(rows) / 2) * dpr);
    int count = 0;
    for (int i = 0; i < 24; ++i)
        count += near(image.pixelColor(int(x * dpr) + i, y), colour) ? 1 : 0;
    return count;
}

} // namespace

class TestReportChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void niceStep_data()
    {
        QTest::addColumn<double>("rough");
        QTest::addColumn<double>("step");
        QTest::newRow("under one") << 0.25 << 1.0;
        QTest::newRow("one") << 1.0 << 1.0;
        QTest::newRow("just over one") << 1.2 << 2.0;
        QTest::newRow("2.5") << 2.5 << 5.0;
        QTest::newRow("6.5 (26 events / 4)") << 6.5 << 10.0;
        QTest::newRow("120") << 120.0 << 200.0;
        QTest::newRow("zero") << 0.0 << 1.0;
    }
    void niceStep()
    {
        QFETCH(double, rough);
        QFETCH(double, step);
        QCOMPARE(ReportChartPainter::niceStep(std::max(rough, 1.0)), step);
    }

    void timeTicks_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<QString>("first");
        QTest::newRow("a day") << u"2026-12-04 00:01:12"_s << u"2026-12-04 23:11:56"_s << 3 * 3600 * 1000LL << u"2026-12-04 03:00:00"_s;
        QTest::newRow("two hours") << u"2026-12-04 10:08:02"_s << u"2026-12-04 12:29:32"_s << 30 * 60 * 1000LL << u"2026-12-04 10:30:00"_s;
        QTest::newRow("ten minutes") << u"2026-12-04 10:08:02"_s << u"2026-12-04 10:18:40"_s << 2 * 60 * 1000LL << u"2026-12-04 10:10:00"_s;
        QTest::newRow("a month") << u"2026-11-03 08:00:00"_s << u"2026-12-04 23:00:00"_s << 7 * 24 * 3600 * 1000LL << u"2026-11-05 00:00:00"_s;
    }
    void timeTicks()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(qint64, step);
        QFETCH(QString, first);
        const QList<qint64> ticks = ReportChartPainter::timeTicks(at(from), at(to));
        QVERIFY(ticks.size() >= 2);
        QVERIFY(ticks.size() <= 8);
        QCOMPARE(ticks.first(), at(first));
        for (qsizetype i = 1; i < ticks.size(); ++i)
            QCOMPARE(ticks.at(i) - ticks.at(i - 1), step);
        QVERIFY(ticks.first() >= at(from));
        QVERIFY(ticks.last() <= at(to));
    }

    void rowLabel_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("label");
        QTest::newRow("policy") << u"to-hub"_s << u"R1 to-hub/10 \u2192 203.0.113.9"_s;
        QTest::newRow("no policy (IKE failures only)") << QString() << u"R1 ?/10 \u2192 203.0.113.9"_s;
    }
    void rowLabel()
    {
        QFETCH(QString, policy);
        QFETCH(QString, label);
        TunnelSummary tunnel;
        tunnel.host = u"R1"_s;
        tunnel.policy = policy;
        tunnel.seq = u"10"_s;
        tunnel.peer = u"203.0.113.9"_s;
        QCOMPARE(ReportChartPainter::rowLabel(tunnel), label);
        QVERIFY(label.contains(ReportLayout::policyLabel(tunnel))); // as the table shows it
    }


    void stateTimelineSpansTheHostsLogs_data()
    {
        QTest::addColumn<qreal>("dpr");
        QTest::newRow("1x") << 1.0;
        QTest::newRow("2x") << 2.0;
    }
    void stateTimelineSpansTheHostsLogs()
    {
        // R1 logs all day; its tunnel events end at noon. "to-hub" goes down at 06:00 for good,
        // "to-dc" is up from 02:00, a third tunnel only fails to negotiate from noon on.
        QFETCH(qreal, dpr);
        using K = TunnelEvent::Kind;
        const TunnelTimeline timeline = TunnelTimeline::build(
            {tunnelEvent(K::Established, u"2026-12-04 01:00:00"_s, u"to-hub"_s),
             tunnelEvent(K::Established, u"2026-12-04 02:00:00"_s, u"to-dc"_s, {}, u"198.51.100.20"_s),
             tunnelEvent(K::TornDown, u"2026-12-04 06:00:00"_s, u"to-hub"_s, u"dpd timeout"_s),
             tunnelEvent(K::NegotiationFailed, u"2026-12-04 12:00:00"_s, {}, u"version mismatch"_s, u"198.51.100.130"_s)},
            {{u"R1"_s, TunnelHostSpan{at(u"2026-12-04 00:00:00"_s), at(u"2026-12-05 00:00:00"_s)}}});
        QCOMPARE(timeline.tunnels().size(), 3);
        const QImage image = ReportChartPainter(Language::English).stateTimeline(timeline, dpr);
        const QRectF plot = ReportChartPainter::stateTimelinePlot(3);
        // The plot spans R1's lines: 18:00 is three quarters along.
        const qreal x = plot.left() + plot.width() * 0.75;
        const TunnelChartPalette colours = TunnelChartPalette::light();
        // Worst first: never up, then down at the end, then up.
        const int neverUp = pixelsOf(image, 3, 0, x, colours.down);
        QVERIFY2(neverUp >= 2 && neverUp < 16, qPrintable(QString::number(neverUp))); // hatched, not solid
        QCOMPARE(pixelsOf(image, 3, 1, x, colours.down), 24);
        QCOMPARE(pixelsOf(image, 3, 2, x, colours.up), 24);
        // Before noon the never-up tunnel's state is unknown; the others are known.
        QCOMPARE(pixelsOf(image, 3, 0, plot.left() + plot.width() * 0.25, colours.unknown), 24);
        QCOMPARE(pixelsOf(image, 3, 1, plot.left() + plot.width() * 0.125, colours.up), 24);
    }

    void failingHasALegendEntry()
    {
        // The hatched swatch adds down-coloured pixels to the legend, only when a tunnel fails.
        using K = TunnelEvent::Kind;
        const QList<TunnelEvent> events{tunnelEvent(K::Established, u"2026-12-04 01:00:00"_s, u"to-hub"_s),
                                        tunnelEvent(K::TornDown, u"2026-12-04 06:00:00"_s, u"to-hub"_s, u"dpd timeout"_s)};
        const auto legendPixels = [](const TunnelTimeline &timeline) {
            const QImage image = ReportChartPainter(Language::English).stateTimeline(timeline, 1.0);
            int count = 0;
            for (int y = 28; y < 44; ++y)
                for (int x = 0; x < image.width(); ++x)
                    count += near(image.pixelColor(x, y), TunnelChartPalette::light().down) ? 1 : 0;
            return count;
        };
        const int without = legendPixels(TunnelTimeline::build(events));
        const int with = legendPixels(TunnelTimeline::build(
            events + QList{tunnelEvent(K::NegotiationFailed, u"2026-12-04 07:00:00"_s, {}, u"x"_s, u"198.51.100.130"_s)}));
        QVERIFY2(with > without + 10, qPrintable(u"%1 %2"_s.arg(with).arg(without)));
    }

    void downTunnelsAreNotCut()
    {
        // 30 tunnels up all along, and one down at the end whose name sorts last.
        using K = TunnelEvent::Kind;
        QList<TunnelEvent> events;
        for (int i = 0; i < 30; ++i)
            events.append(tunnelEvent(K::Established, u"2026-12-04 01:00:00"_s, u"p%1"_s.arg(i, 2, 10, QChar(u'0'))));
        events.append(tunnelEvent(K::Established, u"2026-12-04 01:00:00"_s, u"zz"_s));
        events.append(tunnelEvent(K::TornDown, u"2026-12-04 02:00:00"_s, u"zz"_s, u"dpd timeout"_s));
        events.append(tunnelEvent(K::Established, u"2026-12-04 01:00:00"_s, u"yy"_s));
        events.append(tunnelEvent(K::TornDown, u"2026-12-04 03:00:00"_s, u"yy"_s, u"dpd timeout"_s));
        const TunnelTimeline timeline = TunnelTimeline::build(events);
        const QList<int> order = ReportChartPainter::rowOrder(timeline);
        QCOMPARE(order.size(), 32);
        // Both down at the end, the longer downtime (zz: from 02:00) first.
        QCOMPARE(timeline.tunnels().at(order.at(0)).policy, u"zz"_s);
        QCOMPARE(timeline.tunnels().at(order.at(1)).policy, u"yy"_s);
        QCOMPARE(timeline.tunnels().at(order.at(2)).policy, u"p00"_s);
        const QImage image = ReportChartPainter(Language::English).stateTimeline(timeline, 1.0);
        const qsizetype rows = ReportChartPainter::maxTimelineRows;
        const QRectF plot = ReportChartPainter::stateTimelinePlot(rows);
        QCOMPARE(pixelsOf(image, rows, 0, plot.left() + plot.width() * 0.75, TunnelChartPalette::light().down), 24);
    }

    void blocksCloserThanAPixelMerge()
    {
        // 2000 one-second outages in the first hour of a day: 530 pixels for the day, so the
        // whole hour is about 22 pixels: one down block (outages widened over the up gaps).
        using K = TunnelEvent::Kind;
        QList<TunnelEvent> events;
        const qint64 start = at(u"2026-12-04 00:00:00"_s);
        for (int i = 0; i < 2000; ++i) {
            TunnelEvent up = tunnelEvent(K::Established, u"2026-12-04 00:00:00"_s, u"to-hub"_s);
            up.wallMsecs = start + i * 1800;
            TunnelEvent down = tunnelEvent(K::TornDown, u"2026-12-04 00:00:00"_s, u"to-hub"_s, u"dpd timeout"_s);
            down.wallMsecs = up.wallMsecs + 900;
            events << up << down;
        }
        events.append(tunnelEvent(K::Established, u"2026-12-04 02:00:00"_s, u"to-hub"_s));
        const TunnelTimeline timeline = TunnelTimeline::build(events, {{u"R1"_s, TunnelHostSpan{start, start + 24 * 3600 * 1000LL}}});
        const TunnelSummary &tunnel = timeline.tunnels().first();
        QCOMPARE(tunnel.intervals.size(), 4001);
        const QList<ReportChartPainter::RowBlock> blocks =
            ReportChartPainter::rowBlocks(tunnel, start, start + 24 * 3600 * 1000LL, 230, 516);
        QList<int> perState(3, 0);
        for (const auto &block : blocks)
            ++perState[int(block.state)];
        // Up: the flapping hour (its up gaps touch) and from 02:00 on; down: the hour, and the
        // outage 01:00 to 02:00 joins it (it is adjacent).
        QVERIFY2(perState.at(int(TunnelInterval::State::Up)) <= 2, qPrintable(QString::number(perState.at(0))));
        QCOMPARE(perState.at(int(TunnelInterval::State::Down)), 1);
        QCOMPARE(perState.at(int(TunnelInterval::State::Failing)), 0);
        // Up blocks come first (drawn under the outages).
        QCOMPARE(blocks.first().state, TunnelInterval::State::Up);
        QCOMPARE(blocks.last().state, TunnelInterval::State::Down);
    }

    void briefOutageShowsInTheStateTimeline_data()
    {
        QTest::addColumn<qreal>("dpr");
        QTest::newRow("1x") << 1.0;
        QTest::newRow("2x") << 2.0;
    }
    void briefOutageShowsInTheStateTimeline()
    {
        // Up all day but for 3 s at noon: a 190th of a pixel in the report's 530 pixels of plot.
        QFETCH(qreal, dpr);
        const auto event = [](TunnelEvent::Kind kind, const QString &time, const QString &reason = {}) {
            TunnelEvent e;
            e.kind = kind;
            e.wallMsecs = at(time);
            e.host = u"R1"_s;
            e.policy = u"to-hub"_s;
            e.seq = u"10"_s;
            e.peer = u"203.0.113.9"_s;
            e.reason = reason;
            return e;
        };
        using K = TunnelEvent::Kind;
        const TunnelTimeline timeline = TunnelTimeline::build({event(K::Established, u"2026-12-04 00:00:00"_s),
                                                               event(K::TornDown, u"2026-12-04 12:00:00"_s, u"dpd timeout"_s),
                                                               event(K::Established, u"2026-12-04 12:00:03"_s),
                                                               event(K::TornDown, u"2026-12-05 00:00:00"_s, u"peer request"_s)});
        const QImage image = ReportChartPainter(Language::English).stateTimeline(timeline, dpr);
        const auto near = [](QColor c, QColor colour) {
            return std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) + std::abs(c.blue() - colour.blue()) < 24;
        };
        // The row's bar: the widest run of the up colour; noon is halfway along it.
        int row = -1;
        int left = 0;
        int right = 0;
        for (int y = 0; y < image.height() && row < 0; ++y) {
            int first = -1;
            int last = -1;
            for (int x = 0; x < image.width(); ++x) {
                if (near(image.pixelColor(x, y), TunnelChartPalette::light().up)) {
                    first = first < 0 ? x : first;
                    last = x;
                }
            }
            if (last - first > image.width() / 2) {
                row = y + int(4 * dpr); // inside the bar, not on its antialiased edge
                left = first;
                right = last;
            }
        }
        QVERIFY(row >= 0);
        QList<int> down;
        for (int x = left; x <= right; ++x) {
            if (near(image.pixelColor(x, row), TunnelChartPalette::light().down))
                down << x;
        }
        QVERIFY2(down.size() >= 2 * dpr, qPrintable(QString::number(down.size())));
        QVERIFY(std::abs(down.first() - (left + right) / 2.0) <= 2 * dpr);
        QVERIFY(down.last() - down.first() <= 4 * dpr);
    }
};

QTEST_MAIN(TestReportChart)
#include "tst_reportchart.moc"
