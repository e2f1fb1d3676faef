#include "tst_tunneldata.h"

#include <tunneltablemodel.h>

#include <QAbstractItemModelTester>
#include <QTest>

using namespace LogSage;
using namespace Qt::StringLiterals;
using namespace LogSage::TunnelTestData;

namespace {

/// twoTunnels() and AR-3, whose negotiations fail from 600 s to the end of its log at 10800 s.
TunnelTimeline withNeverUp()
{
    using K = TunnelEvent::Kind;
    const QString c = u"AR-3"_s;
    const TunnelHostSpan span{base(), base() + 10800 * 1000LL};
    QList<TunnelEvent> events = twoTunnels().events();
    events << event(K::NegotiationFailed, 600, c, u"phase1 proposal mismatch"_s, 10)
           << event(K::NegotiationFailed, 1200, c, u"phase1 proposal mismatch"_s, 11);
    return TunnelTimeline::build(events, {{u"AR-1"_s, span}, {u"AR-2"_s, span}, {c, span}});
}

} // namespace

class TestTunnelTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelIsConsistent();
    void cells_data();
    void cells();
    void sortValuesAreRaw();
    void csv_data();
    void csv();
};

void TestTunnelTableModel::modelIsConsistent()
{
    TunnelTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTimeline(twoTunnels());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(TunnelTableModel::ColumnCount));
    model.setTimeline(TunnelTimeline());
    QCOMPARE(model.rowCount(), 0);
    model.setTimeline(twoTunnels());
    QCOMPARE(model.keyAt(1), keyOf(u"AR-2"_s));
    QCOMPARE(model.keyAt(2), QString());
}

void TestTunnelTableModel::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    // AR-1: up 0-1800, down 1800-3000, up 3000-7200, down 7200-9000, up 9000-10800.
    QTest::newRow("device") << 0 << int(TunnelTableModel::Host) << u"AR-1"_s;
    QTest::newRow("policy") << 0 << int(TunnelTableModel::Policy) << u"to-hub"_s;
    QTest::newRow("flaps") << 0 << int(TunnelTableModel::Flaps) << u"2"_s;
    QTest::newRow("downtime") << 0 << int(TunnelTableModel::Downtime) << u"50 min 00 s"_s;
    QTest::newRow("availability") << 0 << int(TunnelTableModel::Availability) << QLocale().toString(72.2, 'f', 1) + u" %"_s;
    QTest::newRow("last state") << 0 << int(TunnelTableModel::LastState) << u"Up (Normal)"_s;
    QTest::newRow("top teardown reason") << 0 << int(TunnelTableModel::TopTeardownReason) << u"dpd timeout"_s;
    QTest::newRow("top failure reason") << 0 << int(TunnelTableModel::TopFailureReason) << u"phase2 proposal mismatch"_s;
    // AR-2: one teardown (peer request) and one failure (phase1): each column its own kind.
    QTest::newRow("AR-2 top teardown reason") << 1 << int(TunnelTableModel::TopTeardownReason) << u"peer request"_s;
    QTest::newRow("AR-2 top failure reason") << 1 << int(TunnelTableModel::TopFailureReason)
                                             << u"phase1 proposal mismatch"_s;
    QTest::newRow("failures") << 0 << int(TunnelTableModel::Failures) << u"1"_s;
    // AR-2: up from the start until 5400, then down until 10800, up again at the very end.
    QTest::newRow("AR-2 downtime") << 1 << int(TunnelTableModel::Downtime) << u"1 h 30 min"_s;
    QTest::newRow("AR-2 availability") << 1 << int(TunnelTableModel::Availability) << QLocale().toString(50.0, 'f', 1) + u" %"_s;
    QTest::newRow("AR-2 failures") << 1 << int(TunnelTableModel::Failures) << u"1"_s;
    // AR-3 never comes up: its failing time is shown beside the (zero) proven downtime.
    QTest::newRow("AR-3 downtime") << 2 << int(TunnelTableModel::Downtime) << u"0 s + 2 h 50 min failing"_s;
    QTest::newRow("AR-3 state") << 2 << int(TunnelTableModel::LastState) << u"Never up"_s;
}

void TestTunnelTableModel::cells()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    TunnelTableModel model;
    model.setTimeline(withNeverUp());
    QCOMPARE(model.index(row, column).data().toString(), text);
    QCOMPARE(model.index(row, column).data(TunnelTableModel::KeyRole).toString(), model.keyAt(row));
}

void TestTunnelTableModel::sortValuesAreRaw()
{
    TunnelTableModel model;
    model.setTimeline(twoTunnels());
    QCOMPARE(model.index(0, TunnelTableModel::Downtime).data(TunnelTableModel::SortRole).toLongLong(), 3000 * 1000LL);
    QCOMPARE(model.index(0, TunnelTableModel::Flaps).data(TunnelTableModel::SortRole).toInt(), 2);
    QVERIFY(model.index(1, TunnelTableModel::Availability).data(TunnelTableModel::SortRole).toDouble() < 72.0);
    QVERIFY(model.index(0, TunnelTableModel::TopTeardownReason).data(Qt::ToolTipRole).toString().contains(u"dpd timeout \u00d72"_s));
}

void TestTunnelTableModel::csv_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << u"AR-1"_s << u"AR-1"_s;
    QTest::newRow("comma is quoted") << u"AR,1"_s << u"\"AR,1\""_s;
    QTest::newRow("quote is doubled") << u"AR\"1"_s << u"\"AR\"\"1\""_s;
    QTest::newRow("formula is defused") << u"=HYPERLINK(1)"_s << u"'=HYPERLINK(1)"_s;
}

void TestTunnelTableModel::csv()
{
    QFETCH(QString, host);
    QFETCH(QString, cell);
    TunnelEvent event;
    event.host = host;
    event.policy = u"p"_s;
    event.seq = u"1"_s;
    event.peer = u"203.0.113.9"_s;
    TunnelTableModel model;
    model.setTimeline(TunnelTimeline::build({event}));
    const QStringList lines = model.toCsv().split(u"\r\n"_s);
    QCOMPARE(lines.size(), 3); // header, one row, the empty rest after the last line end
    QVERIFY(lines.at(0).startsWith(u"Device,Policy,Seq,Peer,Flaps,"_s));
    QVERIFY2(lines.at(1).startsWith(cell + u",p,1,203.0.113.9,0,"_s), qPrintable(lines.at(1)));
}

QTEST_GUILESS_MAIN(TestTunnelTableModel)
#include "tst_tunneltablemodel.moc"
