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
