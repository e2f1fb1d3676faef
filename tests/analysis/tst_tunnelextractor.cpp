#include "catalog.h"
#include "logdocument.h"
#include "tunnelextractor.h"
#include "tunneltimeline.h"
#include "tunnelyearplacer.h"
#include "vrpline.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace LogSage;
using namespace Qt::StringLiterals;

namespace {

using Kind = TunnelEvent::Kind;

qint64 utc(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::UTC).toMSecsSinceEpoch();
}

QString utf8(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

const QByteArray nego = "Dec  4 2026 10:15:32+08:00 AR-Branch-01 %%01IKE/5/IKE_NEGO_FAIL(l)[12]:IPSec tunnel negotiation "
                        "fails. (IfIndex=7, SeqNum=10, PeerAddress=203.0.113.9, PeerPort=500, Reason=phase1 proposal mismatch)";
const QByteArray established = "Dec  4 2026 10:20:00+08:00 AR-Branch-01 %%01IPSEC/5/IPSEC_TUNNEL_ESTABLISHED(l)[13]:An IPSec "
                               "tunnel is established. (PolicyName=to-hub, IfIndex=7, SeqNum=10, RuleNum=5, SrcIP=192.0.2.1, "
                               "DstIP=203.0.113.9, CpuID=0, State=Normal)";
const QByteArray tornDown = "Dec  4 2026 11:00:00+08:00 AR-Branch-01 %%01IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN(l)[14]:An IPSec "
                            "tunnel is teared down. (PolicyName=to-hub, IfIndex=7, SeqNum=10, RuleNum=5, SrcIP=192.0.2.1, "
                            "DstIP=203.0.113.9, CpuID=0, OfflineReason=dpd timeout, State=Backup)";

} // namespace

class TestTunnelExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kind_data();
    void kind();
    void kindFromCatalogMark_data();
    void kindFromCatalogMark();
    void userMarkedMessageMakesAnOutage_data();
    void userMarkedMessageMakesAnOutage();
    void markNamesTheParameters_data();
    void markNamesTheParameters();
    void eventFromLine_data();
    void eventFromLine();
    void realLines();
    void yearPlacer_data();
    void yearPlacer();
    void extractFromDocument();
    void yearlessFileCrossesNewYear();
    void preparedJobOutlivesDocument();
    void stopEndsTheScan();

private:
    QString writeLog(const QByteArray &content);
    QTemporaryDir m_dir;
};

QString TestTunnelExtractor::writeLog(const QByteArray &content)
{
    static int n = 0;
    const QString path = m_dir.filePath(u"log%1.log"_s.arg(++n));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

void TestTunnelExtractor::kind_data()
{
    QTest::addColumn<QByteArray>("module");
    QTest::addColumn<QByteArray>("brief");
    QTest::addColumn<int>("kind"); // -1: not a tunnel event
    QTest::newRow("established") << "IPSEC"_ba << "IPSEC_TUNNEL_ESTABLISHED"_ba << int(Kind::Established);
    QTest::newRow("module spelled IPSec") << "IPSec"_ba << "IPSEC_TUNNEL_TEARED_DOWN"_ba << int(Kind::TornDown);
    QTest::newRow("ike in lower case") << "ike"_ba << "IKE_NEGO_FAIL"_ba << int(Kind::NegotiationFailed);
    QTest::newRow("brief is exact") << "IPSEC"_ba << "ipsec_tunnel_established"_ba << -1;
    QTest::newRow("other module") << "IFNET"_ba << "IPSEC_TUNNEL_ESTABLISHED"_ba << -1;
    QTest::newRow("other message") << "IPSEC"_ba << "IPSEC_INBOUND_SA_MISS"_ba << -1;
}

void TestTunnelExtractor::kind()
{
    QFETCH(QByteArray, module);
    QFETCH(QByteArray, brief);
    QFETCH(int, kind);
    const auto result = tunnelEventKind(module, brief);
    QCOMPARE(result ? int(*result) : -1, kind);
}

void TestTunnelExtractor::kindFromCatalogMark_data()
{
    QTest::addColumn<QByteArray>("id");          // of the catalog's one entry
    QTest::addColumn<QByteArray>("entryFields"); // besides "id" and "message"
    QTest::addColumn<QByteArray>("module");      // of the message looked up
    QTest::addColumn<QByteArray>("brief");
    QTest::addColumn<int>("kind"); // -1: not a tunnel event
    QTest::newRow("up") << "VPN/4/VPN_UP"_ba << R"("tunnelEvent": "up")"_ba << "VPN"_ba << "VPN_UP"_ba << int(Kind::Established);
    QTest::newRow("down, module in lower case") << "VPN/4/VPN_UP"_ba << R"("tunnelEvent": "down")"_ba << "vpn"_ba << "VPN_UP"_ba
                                                << int(Kind::TornDown);
    QTest::newRow("failure") << "VPN/4/VPN_UP"_ba << R"("tunnelEvent": "failure")"_ba << "VPN"_ba << "VPN_UP"_ba
                             << int(Kind::NegotiationFailed);
    // The message name alone says nothing: only the mark counts.
    QTest::newRow("tagged tunnel, named like a teardown") << "VPN/4/VPN_TUNNEL_DOWN"_ba << R"("tags": ["tunnel"])"_ba << "VPN"_ba
                                                          << "VPN_TUNNEL_DOWN"_ba << -1;
    QTest::newRow("another message") << "VPN/4/VPN_OTHER"_ba << R"("tunnelEvent": "up")"_ba << "VPN"_ba << "VPN_UP"_ba << -1;
    // A catalog's mark says what a built-in message is; without a mark the built-in kind holds.
    QTest::newRow("built-in message, marked otherwise") << "IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN"_ba << R"("tunnelEvent": "failure")"_ba
                                                        << "IPSEC"_ba << "IPSEC_TUNNEL_TEARED_DOWN"_ba << int(Kind::NegotiationFailed);
    QTest::newRow("built-in message, unmarked") << "IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN"_ba << R"("tags": [])"_ba << "IPSEC"_ba
                                                << "IPSEC_TUNNEL_TEARED_DOWN"_ba << int(Kind::TornDown);
}

void TestTunnelExtractor::kindFromCatalogMark()
{
    QFETCH(QByteArray, id);
    QFETCH(QByteArray, entryFields);
    QFETCH(QByteArray, module);
    QFETCH(QByteArray, brief);
    QFETCH(int, kind);
    Catalog catalog;
    catalog.loadData(R"({"catalog": {"name": "test"}, "entries": [{"id": ")" + id + R"(", "message": {"en": "A message."}, )"
                         + entryFields + "}]}",
                     u"test.json"_s);
    QVERIFY2(catalog.problems().isEmpty(), qPrintable(catalog.problems().value(0).toString()));
    QCOMPARE(catalog.entries().size(), std::size_t(1));
    const auto result = tunnelEventKind(module, brief, &catalog);
    QCOMPARE(result ? int(*result) : -1, kind);
}

void TestTunnelExtractor::userMarkedMessageMakesAnOutage_data()
{
    QTest::addColumn<bool>("marked");
    QTest::newRow("marked down") << true;
    QTest::newRow("not marked") << false;
}

// A user catalog marks a vendor's own teardown message: the timeline shows the outage it begins,
// with the peer and reason read from the line; without the mark the line is no tunnel event.
void TestTunnelExtractor::userMarkedMessageMakesAnOutage()
{
    QFETCH(bool, marked);
    const QByteArray content = established + "\n"
        "Dec  4 2026 10:40:00+08:00 AR-Branch-01 %%01VENDOR/4/MY_TUNNEL_DOWN(l)[20]:My tunnel went down. "
        "(PolicyName=to-hub, SeqNum=10, DstIP=203.0.113.9, Reason=peer unreachable)\n"
        "Dec  4 2026 10:50:00+08:00 AR-Branch-01 %%01SHELL/5/CMDRECORD(l)[21]:Recorded command.\n";
    const QString path = writeLog(content);
    LogDocument document;
    QSignalSpy finished(&document, &LogDocument::indexingFinished);
    QVERIFY(document.open(path));
    if (document.isIndexing())
        QVERIFY(finished.wait(10000));
    Catalog catalog = Catalog::bundled();
    const QByteArray mark = marked ? R"(, "tunnelEvent": "down")"_ba : QByteArray();
    catalog.loadData(R"({"catalog": {"name": "mine"}, "entries": [{"id": "VENDOR/4/MY_TUNNEL_DOWN", )"
                         R"("meaning": {"en": "My tunnel went down."})" + mark + "}]}",
                     u"mine.json"_s, true);
    QVERIFY(catalog.find("VENDOR", "MY_TUNNEL_DOWN"));

    const TunnelExtraction extraction = extractTunnelEvents(document, &catalog);
    QCOMPARE(extraction.events.size(), marked ? 2 : 1);
    const TunnelTimeline timeline = TunnelTimeline::build(extraction.events, extraction.hostSpans);
    QCOMPARE(timeline.tunnels().size(), 1);
    const TunnelSummary &tunnel = timeline.tunnels().first();
    QCOMPARE(tunnel.policy, u"to-hub"_s);
    if (!marked) {
        QCOMPARE(tunnel.lastState, TunnelSummary::State::Up);
        QCOMPARE(tunnel.downMsecs, 0);
        return;
    }
    QCOMPARE(extraction.events.at(1).kind, Kind::TornDown);
    QCOMPARE(extraction.events.at(1).reason, u"peer unreachable"_s);
    QCOMPARE(extraction.events.at(1).lineNumber, 1);
    QCOMPARE(tunnel.lastState, TunnelSummary::State::Down);
    // Down from 10:40 to the host's last line at 10:50.
    QCOMPARE(tunnel.downMsecs, 10 * 60 * 1000LL);
}

void TestTunnelExtractor::markNamesTheParameters_data()
{
    QTest::addColumn<QByteArray>("mark");
    QTest::addColumn<int>("tunnels");
    QTest::addColumn<QString>("reason");
    // The built-in names (PolicyName, SeqNum, DstIP, OfflineReason/Reason) are not in the line:
    // a tunnel of its own, with no peer and no reason.
    QTest::newRow("string form") << R"("down")"_ba << 2 << QString();
    QTest::newRow("object form names them") << R"({"kind": "down", "policy": "Profile", "seq": "Index", "peer": "Peer", "reason": "Cause"})"_ba
                                            << 1 << u"peer unreachable"_s;
}

// A vendor message that prints Peer= and Cause= is read through the names its mark gives.
void TestTunnelExtractor::markNamesTheParameters()
{
    QFETCH(QByteArray, mark);
    QFETCH(int, tunnels);
    QFETCH(QString, reason);
    const QByteArray content = established + "\n"
        "Dec  4 2026 10:40:00+08:00 AR-Branch-01 %%01VENDOR/4/MY_TUNNEL_DOWN(l)[20]:My tunnel went down. "
        "(Profile=to-hub, Index=10, Peer=203.0.113.9, Cause=peer unreachable)\n"
        "Dec  4 2026 10:50:00+08:00 AR-Branch-01 %%01SHELL/5/CMDRECORD(l)[21]:Recorded command.\n";
    const QString path = writeLog(content);
    LogDocument document;
    QSignalSpy finished(&document, &LogDocument::indexingFinished);
    QVERIFY(document.open(path));
    if (document.isIndexing())
        QVERIFY(finished.wait(10000));
    Catalog catalog = Catalog::bundled();
    catalog.loadData(R"({"catalog": {"name": "mine"}, "entries": [{"id": "VENDOR/4/MY_TUNNEL_DOWN", )"
                     R"("meaning": {"en": "My tunnel went down."}, "tunnelEvent": )" + mark + "}]}",
                     u"mine.json"_s, true);
    QVERIFY2(catalog.sources().last().problems.isEmpty(), qPrintable(catalog.sources().last().problems.value(0).toString()));

    const TunnelExtraction extraction = extractTunnelEvents(document, &catalog);
    QCOMPARE(extraction.events.size(), 2);
    QCOMPARE(extraction.events.at(1).reason, reason);
    const TunnelTimeline timeline = TunnelTimeline::build(extraction.events, extraction.hostSpans);
    QCOMPARE(timeline.tunnels().size(), tunnels);
    if (tunnels == 1) {
        const TunnelSummary &tunnel = timeline.tunnels().first();
        QCOMPARE(tunnel.peer, u"203.0.113.9"_s);
        QCOMPARE(tunnel.lastState, TunnelSummary::State::Down);
        QCOMPARE(tunnel.topTeardownReason(), u"peer unreachable"_s);
        QCOMPARE(tunnel.downMsecs, 10 * 60 * 1000LL);
    }
}

void TestTunnelExtractor::eventFromLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("state");
    QTest::newRow("negotiation failure") << nego << int(Kind::NegotiationFailed) << u"AR-Branch-01"_s << QString()
                                         << u"203.0.113.9"_s << u"phase1 proposal mismatch"_s << QString();
    QTest::newRow("established") << established << int(Kind::Established) << u"AR-Branch-01"_s << u"to-hub"_s
                                 << u"203.0.113.9"_s << QString() << u"Normal"_s;
    QTest::newRow("torn down") << tornDown << int(Kind::TornDown) << u"AR-Branch-01"_s << u"to-hub"_s << u"203.0.113.9"_s
                               << u"dpd timeout"_s << u"Backup"_s;
    QTest::newRow("firewall with vsys prefix")
        << "<189>Dec 31 2020 02:54:11 L_USG6650 %%01IKE/5/IKE_NEGO_FAIL(l)[264]:Vsys public: IPSec tunnel negotiation "
           "fails. (IfIndex=14, SeqNum=10000, PeerAddress=120.244.222.226, PeerPort=500, Reason=rekey fail)"_ba
        << int(Kind::NegotiationFailed) << u"L_USG6650"_s << QString() << u"120.244.222.226"_s << u"rekey fail"_s << QString();
}

void TestTunnelExtractor::eventFromLine()
{
    QFETCH(QByteArray, line);
    QFETCH(int, kind);
    QFETCH(QString, host);
    QFETCH(QString, policy);
    QFETCH(QString, peer);
    QFETCH(QString, reason);
    QFETCH(QString, state);
    const VrpLine parsed = VrpLineParser::parse(line);
    QVERIFY(parsed.isRecord);
    QCOMPARE(tunnelEventKind(parsed.module, parsed.brief), std::optional(Kind(kind)));
    const TunnelEvent event = tunnelEventFromLine(parsed, Kind(kind), utf8);
    QCOMPARE(int(event.kind), kind);
    QCOMPARE(event.host, host);
    QCOMPARE(event.policy, policy);
    QCOMPARE(event.peer, peer);
    QCOMPARE(event.reason, reason);
    QCOMPARE(event.state, state);
    QVERIFY(!event.seq.isEmpty());
}

void TestTunnelExtractor::realLines()
{
    // Every tunnel line in the public corpus yields a peer and, for failures, a reason.
    const QString shared = qEnvironmentVariable("LOGSAGE_SHARED_DIR");
    QFile file(QDir(shared).filePath(u"reference/real-logs/huawei-public-lines.txt"_s));
    if (shared.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        qInfo("The shared real-log corpus is absent; the constructed lines above cover the parsing.");
        return;
    }
    int found = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const VrpLine parsed = VrpLineParser::parse(line);
        const auto kind = parsed.isRecord ? tunnelEventKind(parsed.module, parsed.brief) : std::nullopt;
        if (!kind)
            continue;
        ++found;
        const TunnelEvent event = tunnelEventFromLine(parsed, *kind, utf8);
        QVERIFY2(!event.host.isEmpty() && !event.peer.isEmpty() && !event.seq.isEmpty(), line.constData());
        if (*kind != Kind::Established)
            QVERIFY2(!event.reason.isEmpty(), line.constData());
    }
    QVERIFY(found >= 1);
}

void TestTunnelExtractor::yearPlacer_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QList<int>>("months");
    QTest::addColumn<QList<int>>("years");
    QTest::newRow("one year") << QStringList{u"A"_s, u"A"_s} << QList<int>{3, 4} << QList<int>{2026, 2026};
    QTest::newRow("new year") << QStringList{u"A"_s, u"A"_s, u"A"_s} << QList<int>{11, 12, 1} << QList<int>{2025, 2025, 2026};
    QTest::newRow("two new years") << QStringList{u"A"_s, u"A"_s, u"A"_s, u"A"_s} << QList<int>{12, 1, 12, 2}
                                   << QList<int>{2024, 2025, 2025, 2026};
    QTest::newRow("hosts interleave at new year")
        << QStringList{u"A"_s, u"B"_s, u"A"_s, u"B"_s, u"A"_s} << QList<int>{12, 12, 1, 12, 1}
        << QList<int>{2025, 2026, 2026, 2026, 2026};
    QTest::newRow("a month back is not a year") << QStringList{u"A"_s, u"A"_s, u"A"_s} << QList<int>{5, 4, 5}
                                                << QList<int>{2026, 2026, 2026};
}

void TestTunnelExtractor::yearPlacer()
{
    QFETCH(QStringList, hosts);
    QFETCH(QList<int>, months);
    QFETCH(QList<int>, years);
    TunnelYearPlacer placer;
    QList<qsizetype> ids;
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        VrpTimestamp time;
        QVERIFY(VrpLineParser::parseTimestamp(QDate(1970, months.at(i), 15).toString(u"MMM dd 10:00:00"_s).toLatin1(), time) > 0);
        QCOMPARE(time.month, months.at(i));
        QVERIFY(!time.hasYear);
        ids.append(placer.add(hosts.at(i), time));
    }
    placer.place(2026);
    for (qsizetype i = 0; i < ids.size(); ++i)
        QCOMPARE(placer.wallMsecs(ids.at(i)), utc(years.at(i), months.at(i), 15, 10, 0, 0));
}

void TestTunnelExtractor::extractFromDocument()
{
    const QByteArray content = "Dec  4 2026 10:00:00+08:00 AR-Branch-01 %%01SHELL/5/CMDRECORD(l)[1]:Recorded command.\n"
        + nego + "\n" + established + "\n"
        "Dec  4 2026 10:30:00+08:00 AR-Branch-02 %%01IPSEC/5/IPSEC_TUNNEL_ESTABLISHED(l)[2]:An IPSec tunnel is established. "
        "(PolicyName=to-hub, IfIndex=7, SeqNum=10, RuleNum=5, SrcIP=192.0.2.2, DstIP=203.0.113.9, CpuID=0, State=Normal)\n"
        + tornDown + "\r\n"
        "Dec  4 2026 23:59:00+08:00 AR-Branch-01 %%01SHELL/5/CMDRECORD(l)[9]:Recorded command.\n";
    const QString path = writeLog(content);
    QVERIFY(!path.isEmpty());
    LogDocument document;
    QSignalSpy finished(&document, &LogDocument::indexingFinished);
    QVERIFY2(document.open(path), qPrintable(document.errorString()));
    if (document.isIndexing())
        QVERIFY(finished.wait(10000));
    QCOMPARE(document.lineCount().value, 6u);

    const TunnelExtraction extraction = extractTunnelEvents(document);
    // Each host's span runs from its first to its last line, tunnel event or not.
    QCOMPARE(extraction.hostSpans.size(), 2);
    QCOMPARE(extraction.hostSpans.value(u"AR-Branch-01"_s).firstMsecs, utc(2026, 12, 4, 10, 0, 0));
    QCOMPARE(extraction.hostSpans.value(u"AR-Branch-01"_s).lastMsecs, utc(2026, 12, 4, 23, 59, 0));
    QCOMPARE(extraction.hostSpans.value(u"AR-Branch-02"_s).firstMsecs, utc(2026, 12, 4, 10, 30, 0));
    QCOMPARE(extraction.hostSpans.value(u"AR-Branch-02"_s).lastMsecs, utc(2026, 12, 4, 10, 30, 0));
    QCOMPARE(extraction.tunnelLines, 4);
    QCOMPARE(extraction.linesWithoutTime, 0);
    const auto &events = extraction.events;
    QCOMPARE(events.size(), 4);
    QCOMPARE(events.at(0).lineNumber, 1);
    QCOMPARE(events.at(0).kind, Kind::NegotiationFailed);
    QCOMPARE(events.at(0).wallMsecs, utc(2026, 12, 4, 10, 15, 32));
    QCOMPARE(events.at(2).host, u"AR-Branch-02"_s);
    QCOMPARE(events.at(3).lineNumber, 4);
    QCOMPARE(events.at(3).reason, u"dpd timeout"_s);
    QCOMPARE(events.at(3).wallMsecs, utc(2026, 12, 4, 11, 0, 0));

    const TunnelTimeline timeline = TunnelTimeline::build(extraction.events, extraction.hostSpans);
    QCOMPARE(timeline.tunnels().size(), 2);
    const auto &branch1 = timeline.tunnels().at(0);
    // Torn down at 11:00, still down at the host's last line at 23:59.
    QCOMPARE(branch1.intervals.last().toMsecs, utc(2026, 12, 4, 23, 59, 0));
    QCOMPARE(branch1.host, u"AR-Branch-01"_s);
    QCOMPARE(branch1.negotiationFailures, 1); // attributed to to-hub/10 by host, seq and peer
    QCOMPARE(branch1.upMsecs, 40 * 60 * 1000LL);
    QCOMPARE(branch1.lastState, TunnelSummary::State::Down);
    QCOMPARE(branch1.lastLabel, u"Backup"_s);
}

void TestTunnelExtractor::yearlessFileCrossesNewYear()
{
    const QByteArray content =
        "Dec 31 23:59:00 AR-1 %%01IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN(l):An IPSec tunnel is teared down. (PolicyName=p, "
        "IfIndex=7, SeqNum=1, RuleNum=5, SrcIP=192.0.2.1, DstIP=203.0.113.9, CpuID=0, OfflineReason=hard expire, State=Normal)\n"
        "Jan  1 00:01:00 AR-1 %%01IPSEC/5/IPSEC_TUNNEL_ESTABLISHED(l):An IPSec tunnel is established. (PolicyName=p, "
        "IfIndex=7, SeqNum=1, RuleNum=5, SrcIP=192.0.2.1, DstIP=203.0.113.9, CpuID=0, State=Normal)\n";
    const QString path = writeLog(content);
    LogDocument document;
    QSignalSpy finished(&document, &LogDocument::indexingFinished);
    QVERIFY(document.open(path));
    if (document.isIndexing())
        QVERIFY(finished.wait(10000));
    const TunnelExtraction extraction = extractTunnelEvents(document);
    QCOMPARE(extraction.events.size(), 2);
    QCOMPARE(extraction.events.at(1).wallMsecs - extraction.events.at(0).wallMsecs, 2 * 60 * 1000LL);
    const TunnelTimeline timeline = TunnelTimeline::build(extraction.events);
    QCOMPARE(timeline.tunnels().first().downMsecs, 2 * 60 * 1000LL);
}

void TestTunnelExtractor::preparedJobOutlivesDocument()
{
    const QString first = writeLog(nego + "\n" + established + "\n" + tornDown + "\n");
    const QString second = writeLog("Dec  4 2026 10:00:00+08:00 AR-9 %%01SHELL/5/CMDRECORD(l)[1]:Recorded command.\n");
    TunnelExtractionJob job;
    QList<TunnelEvent> direct;
    {
        LogDocument document;
        QSignalSpy finished(&document, &LogDocument::indexingFinished);
        QVERIFY(document.open(first));
        if (document.isIndexing())
            QVERIFY(finished.wait(10000));
        job = prepareTunnelExtraction(document);
        direct = extractTunnelEvents(document).events;
        // Reopening drops the document's lines; the job keeps its own snapshot of them.
        QVERIFY(document.open(second));
        if (document.isIndexing())
            QVERIFY(finished.wait(10000));
    }
    const TunnelExtraction extraction = extractTunnelEvents(job);
    QCOMPARE(extraction.events.size(), 3);
    QCOMPARE(extraction.events.size(), direct.size());
    for (qsizetype i = 0; i < direct.size(); ++i) {
        QCOMPARE(extraction.events.at(i).lineNumber, direct.at(i).lineNumber);
        QCOMPARE(extraction.events.at(i).wallMsecs, direct.at(i).wallMsecs);
        QCOMPARE(extraction.events.at(i).peer, direct.at(i).peer);
        QCOMPARE(extraction.events.at(i).reason, direct.at(i).reason);
    }
}

void TestTunnelExtractor::stopEndsTheScan()
{
    const QString path = writeLog(nego + "\n" + established + "\n" + tornDown + "\n");
    LogDocument document;
    QSignalSpy finished(&document, &LogDocument::indexingFinished);
    QVERIFY(document.open(path));
    if (document.isIndexing())
        QVERIFY(finished.wait(10000));
    const TunnelExtractionJob job = prepareTunnelExtraction(document);
    QVERIFY(job.anyTunnelType);
    std::stop_source stop;
    QCOMPARE(extractTunnelEvents(job, stop.get_token()).events.size(), 3);
    stop.request_stop();
    QCOMPARE(extractTunnelEvents(job, stop.get_token()).events.size(), 0);
}

QTEST_GUILESS_MAIN(TestTunnelExtractor)
#include "tst_tunnelextractor.moc"
