#include "catalog.h"
#include "tunnelscommand.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace LogSage;
using namespace Qt::StringLiterals;

namespace {

const QByteArray logText =
    "Dec  4 2026 10:15:32+08:00 AR-1 %%01IKE/5/IKE_NEGO_FAIL(l)[1]:IPSec tunnel negotiation fails. (IfIndex=7, "
    "SeqNum=10, PeerAddress=203.0.113.9, PeerPort=500, Reason=phase1 proposal mismatch)\n"
    "Dec  4 2026 10:20:00+08:00 AR-1 %%01IPSEC/5/IPSEC_TUNNEL_ESTABLISHED(l)[2]:An IPSec tunnel is established. "
    "(PolicyName=to-hub, IfIndex=7, SeqNum=10, RuleNum=5, SrcIP=192.0.2.1, DstIP=203.0.113.9, CpuID=0, State=Normal)\n"
    "Dec  4 2026 10:30:00+08:00 AR-1 %%01SHELL/5/CMDRECORD(l)[3]:Recorded command information.\n"
    "Dec  4 2026 11:00:00+08:00 AR-1 %%01IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN(l)[4]:An IPSec tunnel is teared down. "
    "(PolicyName=to-hub, IfIndex=7, SeqNum=10, RuleNum=5, SrcIP=192.0.2.1, DstIP=203.0.113.9, CpuID=0, "
    "OfflineReason=dpd timeout, State=Normal)\n"
    "Dec  4 2026 11:20:00+08:00 AR-1 %%01IPSEC/5/IPSEC_TUNNEL_ESTABLISHED(l)[5]:An IPSec tunnel is established. "
    "(PolicyName=to-hub, IfIndex=7, SeqNum=10, RuleNum=5, SrcIP=192.0.2.1, DstIP=203.0.113.9, CpuID=0, State=Normal)\n";

} // namespace

class TestTunnelsCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void text();
    void json();
    void neverUp_data();
    void neverUp();
    void errors_data();
    void errors();

private:
    int run(const QStringList &files, bool json, QString &out, QString &err);
    QTemporaryDir m_dir;
    QString m_log;
    QString m_plain;
};

void TestTunnelsCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_log = m_dir.filePath(u"ar1.log"_s);
    QFile file(m_log);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(logText), logText.size());
    file.close();
    m_plain = m_dir.filePath(u"plain.log"_s);
    QFile plain(m_plain);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("Dec  4 2026 10:30:00 AR-1 %%01SHELL/5/CMDRECORD(l)[3]:Recorded command information.\n");
}

int TestTunnelsCommand::run(const QStringList &files, bool json, QString &out, QString &err)
{
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int status = Cli::runTunnelsAnalysis(files, Catalog::bundled(), json, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return status;
}

void TestTunnelsCommand::text()
{
    QString out, err;
    QCOMPARE(run({m_log}, false, out, err), 0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY2(out.contains(u"IPSec tunnels: 1 on 1 device"_s), qPrintable(out));
    QVERIFY2(out.contains(u"Events: 2 established, 1 torn down, 1 negotiation failures"_s), qPrintable(out));
    // The row: one flap; 20 minutes proven down, and apart from it 4 min 28 s failing before the
    // first establishment; 40 min up of 60 min proven; up again at the end.
    const QStringList lines = out.split(u'\n');
    const auto row = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(u"AR-1"_s); });
    QVERIFY(row != lines.cend());
    const QStringList cells = row->simplified().split(u' ');
    QCOMPARE(cells.mid(0, 5), (QStringList{u"AR-1"_s, u"to-hub"_s, u"10"_s, u"203.0.113.9"_s, u"1"_s}));
    QCOMPARE(cells.mid(5, 7), (QStringList{u"20"_s, u"min"_s, u"00"_s, u"s"_s, u"4"_s, u"min"_s, u"28"_s}));
    QVERIFY2(row->contains(u"66.7%"_s) && row->contains(u"up (Normal)"_s),
             qPrintable(*row));
    QVERIFY2(row->contains(u"dpd timeout"_s) && row->contains(u"phase1 proposal mismatch"_s), qPrintable(*row));
    QVERIFY2(out.contains(u"Top teardown reason  Top failure reason"_s), qPrintable(out));
    QVERIFY(out.contains(u"Teardown reasons (OfflineReason):\n       1  dpd timeout"_s));
    // Each outage with when, how long, why and the line it began on.
    QVERIFY2(out.contains(u"Outages (down, or failing to come up):"_s), qPrintable(out));
    const auto outage = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) {
        return l.startsWith(u"  AR-1 to-hub/10 203.0.113.9: "_s) && l.contains(u"dpd timeout"_s);
    });
    QVERIFY2(outage != lines.cend(), qPrintable(out));
    QVERIFY2(outage->contains(u", 20 min 00 s, "_s) && outage->contains(u"("_s + QFileInfo(m_log).fileName() + u':'),
             qPrintable(*outage));
    QVERIFY(out.contains(u"       1  phase1 proposal mismatch"_s));

    QCOMPARE(run({m_plain}, false, out = QString(), err), 0);
    QVERIFY(out.startsWith(u"No IPSec tunnel events"_s));
}

void TestTunnelsCommand::json()
{
    QString out, err;
    QCOMPARE(run({m_log, m_plain}, true, out, err), 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(u"files"_s).toArray().size(), 2);
    QCOMPARE(root.value(u"files"_s).toArray().at(0).toObject().value(u"tunnelLines"_s).toInt(), 4);
    QCOMPARE(root.value(u"from"_s).toString(), u"2026-12-04T10:15:32"_s);
    const QJsonArray tunnels = root.value(u"tunnels"_s).toArray();
    QCOMPARE(tunnels.size(), 1);
    const QJsonObject tunnel = tunnels.at(0).toObject();
    QCOMPARE(tunnel.value(u"device"_s).toString(), u"AR-1"_s);
    QCOMPARE(tunnel.value(u"flaps"_s).toInt(), 1);
    QCOMPARE(tunnel.value(u"downtimeSeconds"_s).toDouble(), 1200.0);
    QCOMPARE(tunnel.value(u"failingSeconds"_s).toDouble(), 268.0);
    QCOMPARE(tunnel.value(u"availabilityPercent"_s).toDouble(), 66.67);
    QCOMPARE(tunnel.value(u"neverUp"_s).toBool(), false);
    QCOMPARE(tunnel.value(u"topTeardownReason"_s).toString(), u"dpd timeout"_s);
    QCOMPARE(tunnel.value(u"topFailureReason"_s).toString(), u"phase1 proposal mismatch"_s);
    QVERIFY(!tunnel.contains(u"topReason"_s));
    QCOMPARE(tunnel.value(u"negotiationFailures"_s).toInt(), 1);
    QCOMPARE(tunnel.value(u"teardownReasons"_s).toObject().value(u"dpd timeout"_s).toInt(), 1);
    const QJsonArray intervals = tunnel.value(u"intervals"_s).toArray();
    QCOMPARE(intervals.size(), 4);
    QCOMPARE(intervals.at(0).toObject().value(u"state"_s).toString(), u"failing"_s);
    QCOMPARE(intervals.at(0).toObject().value(u"line"_s).toInt(), 1);
    // The failure that began the failing period is inside it.
    QCOMPARE(intervals.at(0).toObject().value(u"negotiationFailures"_s).toInt(), 1);
    QCOMPARE(intervals.at(0).toObject().value(u"failureReasons"_s).toObject().value(u"phase1 proposal mismatch"_s).toInt(), 1);
    QVERIFY(!intervals.at(2).toObject().contains(u"failureReasons"_s));
    QCOMPARE(intervals.at(2).toObject().value(u"state"_s).toString(), u"down"_s);
    QCOMPARE(intervals.at(2).toObject().value(u"reason"_s).toString(), u"dpd timeout"_s);
    QCOMPARE(intervals.at(2).toObject().value(u"line"_s).toInt(), 4);
    QCOMPARE(root.value(u"buckets"_s).toObject().value(u"size"_s).toString(), u"minute"_s);
    QCOMPARE(root.value(u"buckets"_s).toObject().value(u"nonEmpty"_s).toArray().size(), 4);
}

void TestTunnelsCommand::neverUp_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("text") << false;
    QTest::newRow("json") << true;
}

void TestTunnelsCommand::neverUp()
{
    // Two failed negotiations and nothing else, in a log whose host runs on until 12:00.
    QFETCH(bool, json);
    const QString path = m_dir.filePath(u"never-up.log"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Dec  4 2026 10:00:00 AR-2 %%01IKE/5/IKE_NEGO_FAIL(l)[1]:IPSec tunnel negotiation fails. (IfIndex=7, "
               "SeqNum=10, PeerAddress=203.0.113.9, PeerPort=500, Reason=phase1 proposal mismatch)\n"
               "Dec  4 2026 10:05:00 AR-2 %%01IKE/5/IKE_NEGO_FAIL(l)[2]:IPSec tunnel negotiation fails. (IfIndex=7, "
               "SeqNum=10, PeerAddress=203.0.113.9, PeerPort=500, Reason=phase1 proposal mismatch)\n"
               "Dec  4 2026 12:00:00 AR-2 %%01SHELL/5/CMDRECORD(l)[3]:Recorded command information.\n");
    file.close();
    QString out, err;
    QCOMPARE(run({path}, json, out, err), 0);
    if (!json) {
        const QStringList lines = out.split(u'\n');
        const auto row = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(u"AR-2"_s); });
        QVERIFY(row != lines.cend());
        // Failing, not proven down: the downtime column says 0 s and the failing one 2 h.
        QVERIFY2(row->contains(u" 0 s  2 h 00 min"_s) && row->contains(u"0.0%"_s) && row->contains(u"never up"_s),
                 qPrintable(*row));
        // The header spans the host's lines (to 12:00), like the outage, not its last event (10:05).
        QVERIFY2(out.contains(u"from 2026-12-04T10:00:00 to 2026-12-04T12:00:00"_s), qPrintable(out));
        QVERIFY2(out.contains(u"Avail. counts proven up and down time only"_s), qPrintable(out));
        return;
    }
    const QJsonObject tunnel = QJsonDocument::fromJson(out.toUtf8()).object().value(u"tunnels"_s).toArray().at(0).toObject();
    QCOMPARE(tunnel.value(u"lastState"_s).toString(), u"never up"_s);
    QCOMPARE(tunnel.value(u"neverUp"_s).toBool(), true);
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(u"to"_s).toString(), u"2026-12-04T12:00:00"_s);
    QCOMPARE(tunnel.value(u"downtimeSeconds"_s).toDouble(), 0.0);
    QCOMPARE(tunnel.value(u"failingSeconds"_s).toDouble(), 7200.0);
    QCOMPARE(tunnel.value(u"availabilityPercent"_s).toDouble(), 0.0);
    const QJsonArray intervals = tunnel.value(u"intervals"_s).toArray();
    QCOMPARE(intervals.size(), 1);
    QCOMPARE(intervals.at(0).toObject().value(u"state"_s).toString(), u"failing"_s);
    QCOMPARE(intervals.at(0).toObject().value(u"to"_s).toString(), u"2026-12-04T12:00:00"_s);
    QCOMPARE(intervals.at(0).toObject().value(u"untilEndOfLog"_s).toBool(), true);
}

void TestTunnelsCommand::errors_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("named");
    QTest::newRow("missing file") << QStringList{u"/nonexistent/dir/missing.log"_s} << 1 << u"missing.log"_s;
    QTest::newRow("no file") << QStringList{} << 2 << u"--tunnels"_s;
}

void TestTunnelsCommand::errors()
{
    QFETCH(QStringList, files);
    QFETCH(int, status);
    QFETCH(QString, named);
    QString out, err;
    QCOMPARE(run(files, false, out, err), status);
    QVERIFY2(err.contains(named), qPrintable(err));
    QVERIFY(out.isEmpty());
}

QTEST_GUILESS_MAIN(TestTunnelsCommand)
#include "tst_tunnelscommand.moc"
