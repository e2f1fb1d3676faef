// The report charts' axes: counts at round steps, times at round minutes, hours or days; tunnel
// rows labelled as the tunnel table labels them.

#include "reportchartpainter.h"
#include "reportlayout.h"
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
};

QTEST_MAIN(TestReportChart)
#include "tst_reportchart.moc"
