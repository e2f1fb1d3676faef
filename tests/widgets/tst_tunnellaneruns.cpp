// What a tunnel lane draws at a given scale: brief outages widened to a few pixels, periods
// closer than a pixel merged, and the widened outage is what a point over it hits.

#include <tunnellaneruns.h>

#include <QTest>

using namespace LogSage;
using namespace Qt::StringLiterals;

namespace {

using State = TunnelLaneRuns::State;
constexpr qint64 second = 1000;
constexpr qint64 hour = 3600 * second;
constexpr qint64 day = 24 * hour;

TunnelInterval interval(TunnelInterval::State state, qint64 from, qint64 to)
{
    TunnelInterval i;
    i.state = state;
    i.fromMsecs = from;
    i.toMsecs = to;
    return i;
}

// Up all day but for outages of `outage` msecs starting at each of `starts`.
TunnelSummary upWithOutages(const QList<qint64> &starts, qint64 outage, TunnelInterval::State kind = TunnelInterval::State::Down)
{
    TunnelSummary tunnel;
    qint64 at = 0;
    for (qint64 start : starts) {
        tunnel.intervals << interval(TunnelInterval::State::Up, at, start) << interval(kind, start, start + outage);
        at = start + outage;
    }
    tunnel.intervals << interval(TunnelInterval::State::Up, at, day);
    return tunnel;
}

QList<TunnelLaneRuns::Block> ofState(const QList<TunnelLaneRuns::Block> &blocks, State state)
{
    QList<TunnelLaneRuns::Block> result;
    for (const auto &block : blocks) {
        if (block.state == state)
            result << block;
    }
    return result;
}

} // namespace

class TestTunnelLaneRuns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void briefOutageIsWidened_data()
    {
        QTest::addColumn<int>("kind"); // TunnelInterval::State
        QTest::addColumn<double>("msecsPerPixel");
        QTest::addColumn<qint64>("outageStart");
        QTest::addColumn<qint64>("drawnFrom");
        QTest::addColumn<qint64>("drawnTo");
        const qint64 noon = 12 * hour;
        // 24 h over 800 pixels: 108 s a pixel, so a 3 s outage is drawn 324 s wide.
        QTest::newRow("down, 24 h in 800 px") << int(TunnelInterval::State::Down) << 108000.0 << noon << noon << noon + 324 * second;
        QTest::newRow("failing, 24 h in 800 px") << int(TunnelInterval::State::Failing) << 108000.0 << noon << noon << noon + 324 * second;
        QTest::newRow("zoomed in: as long as it was") << int(TunnelInterval::State::Down) << 100.0 << noon << noon << noon + 3 * second;
        QTest::newRow("no scale yet: as long as it was") << int(TunnelInterval::State::Down) << 0.0 << noon << noon << noon + 3 * second;
        QTest::newRow("at the end of the lane it grows to the left")
            << int(TunnelInterval::State::Down) << 108000.0 << day - 3 * second << day - 324 * second << day;
    }
    void briefOutageIsWidened()
    {
        QFETCH(int, kind);
        QFETCH(double, msecsPerPixel);
        QFETCH(qint64, outageStart);
        QFETCH(qint64, drawnFrom);
        QFETCH(qint64, drawnTo);
        const auto state = TunnelInterval::State(kind);
        const TunnelSummary tunnel = upWithOutages({outageStart}, 3 * second, state);
        const auto blocks = TunnelLaneRuns::blocks(tunnel, 0, day, 0, day, msecsPerPixel);
        const auto outages = ofState(blocks, state == TunnelInterval::State::Down ? State::Down : State::Failing);
        QCOMPARE(outages.size(), 1);
        QCOMPARE(outages.first().fromMsecs, drawnFrom);
        QCOMPARE(outages.first().toMsecs, drawnTo);
        // Outages are drawn after (over) the up periods.
        QVERIFY(blocks.indexOf(outages.first()) > blocks.indexOf(ofState(blocks, State::Up).last()));

        // A point over the widened part hits the outage, not the up period under it.
        const qint64 over = drawnTo - 1;
        const qsizetype hit = TunnelLaneRuns::intervalAt(tunnel, over, day, msecsPerPixel);
        QVERIFY(hit >= 0);
        QCOMPARE(tunnel.intervals.at(hit).state, state);
        QCOMPARE(tunnel.intervals.at(hit).fromMsecs, outageStart);
    }

    void pointsBesideTheOutageHitUp()
    {
        const TunnelSummary tunnel = upWithOutages({12 * hour}, 3 * second);
        const double perPixel = 108000.0;
        for (const qint64 at : {12 * hour - 10 * second, 12 * hour + 400 * second}) {
            const qsizetype hit = TunnelLaneRuns::intervalAt(tunnel, at, day, perPixel);
            QVERIFY(hit >= 0);
            QCOMPARE(tunnel.intervals.at(hit).state, TunnelInterval::State::Up);
        }
    }

    void periodsCloserThanAPixelMerge_data()
    {
        QTest::addColumn<int>("outages");
        QTest::addColumn<double>("msecsPerPixel");
        QTest::newRow("5,000 flaps in 800 px") << 5000 << 108000.0;
        QTest::newRow("20,000 flaps in 1600 px") << 20000 << 54000.0;
    }
    void periodsCloserThanAPixelMerge()
    {
        QFETCH(int, outages);
        QFETCH(double, msecsPerPixel);
        QList<qint64> starts;
        const qint64 every = (day - hour) / outages;
        for (int i = 0; i < outages; ++i)
            starts << hour / 2 + i * every;
        const TunnelSummary tunnel = upWithOutages(starts, 2 * second);
        const auto blocks = TunnelLaneRuns::blocks(tunnel, 0, day, 0, day, msecsPerPixel);
        const qsizetype pixels = qsizetype(day / msecsPerPixel) + 1;
        // At most a block per pixel and state, far fewer than the periods.
        QVERIFY2(blocks.size() <= 2 * pixels, qPrintable(QString::number(blocks.size())));
        // Every outage is still drawn: some down or flapping block covers its start.
        const auto down = ofState(blocks, State::Down) + ofState(blocks, State::Flapping);
        for (qint64 start : std::as_const(starts)) {
            const bool covered = std::any_of(down.cbegin(), down.cend(), [start](const TunnelLaneRuns::Block &b) {
                return b.fromMsecs <= start && start < b.toMsecs;
            });
            QVERIFY2(covered, qPrintable(QString::number(start)));
        }
    }

    void crowdedOutagesShadeByTheirShare_data()
    {
        QTest::addColumn<qint64>("every");
        QTest::addColumn<qint64>("outage");
        QTest::addColumn<double>("atLeast"); // share of the day drawn down (flapping by its share)
        QTest::addColumn<double>("atMost");
        // Widened to 3 px, these 1 s outages painted about 60 % of the day red.
        QTest::newRow("1 s down every 5 min (99.7 % up)") << 300 * second << 1 * second << 0.001 << 0.13;
        QTest::newRow("30 s down every minute (50 % up)") << 60 * second << 30 * second << 0.45 << 0.66;
    }
    void crowdedOutagesShadeByTheirShare()
    {
        QFETCH(qint64, every);
        QFETCH(qint64, outage);
        QFETCH(double, atLeast);
        QFETCH(double, atMost);
        QList<qint64> starts;
        for (qint64 at = hour; at < day - hour; at += every)
            starts << at;
        const TunnelSummary tunnel = upWithOutages(starts, outage);
        const double perPixel = 54000.0; // a day in 1600 px
        const auto blocks = TunnelLaneRuns::blocks(tunnel, 0, day, 0, day, perPixel);
        QVERIFY(ofState(blocks, State::Down).isEmpty()); // none widened
        const auto flapping = ofState(blocks, State::Flapping);
        QVERIFY(!flapping.isEmpty());
        double down = 0;
        for (const auto &block : flapping) {
            QVERIFY(block.downShare > 0 && block.downShare <= 1);
            down += double(block.toMsecs - block.fromMsecs) * block.downShare;
        }
        const double share = down / double(day);
        QVERIFY2(share >= atLeast && share <= atMost, qPrintable(QString::number(share)));
        // Each outage lies under a shaded column.
        for (qint64 start : std::as_const(starts)) {
            QVERIFY(std::any_of(flapping.cbegin(), flapping.cend(), [start](const TunnelLaneRuns::Block &b) {
                return b.fromMsecs <= start && start < b.toMsecs;
            }));
        }
        // An outage alone in the same lane is still widened to be seen.
        QList<qint64> withLone = starts;
        withLone << day - hour / 2;
        const auto lone = ofState(TunnelLaneRuns::blocks(upWithOutages(withLone, outage), 0, day, 0, day, perPixel),
                                  State::Down);
        QCOMPARE(lone.size(), 1);
        QVERIFY(lone.first().toMsecs - lone.first().fromMsecs >= qint64(TunnelLaneRuns::minimumOutagePixels * perPixel));
    }

    void onlyTheRangeShownIsDrawn()
    {
        QList<qint64> starts;
        for (int h = 1; h < 24; ++h)
            starts << h * hour;
        const TunnelSummary tunnel = upWithOutages(starts, 10 * 60 * second);
        // 10:30 to 12:30 at 10 s a pixel: the outages of 11:00 and 12:00, the up periods around them.
        const auto blocks = TunnelLaneRuns::blocks(tunnel, 0, day, 10 * hour + 1800 * second, 12 * hour + 1800 * second, 10000.0);
        const auto down = ofState(blocks, State::Down);
        QCOMPARE(down.size(), 2);
        QCOMPARE(down.at(0).fromMsecs, 11 * hour);
        QCOMPARE(down.at(1).fromMsecs, 12 * hour);
        QCOMPARE(ofState(blocks, State::Up).size(), 3);
        QCOMPARE(ofState(blocks, State::Unknown).size(), 0);
    }

    void unknownBeforeTheFirstPeriod()
    {
        TunnelSummary tunnel;
        tunnel.intervals << interval(TunnelInterval::State::Up, 6 * hour, 18 * hour);
        const auto blocks = TunnelLaneRuns::blocks(tunnel, 0, day, 0, day, 0);
        const auto unknown = ofState(blocks, State::Unknown);
        QCOMPARE(unknown.size(), 2);
        QCOMPARE(unknown.at(0), (TunnelLaneRuns::Block{State::Unknown, 0, 6 * hour}));
        QCOMPARE(unknown.at(1), (TunnelLaneRuns::Block{State::Unknown, 18 * hour, day}));
        QCOMPARE(TunnelLaneRuns::intervalAt(tunnel, 2 * hour, day, 0), -1);
    }
};

QTEST_MAIN(TestTunnelLaneRuns)
#include "tst_tunnellaneruns.moc"
