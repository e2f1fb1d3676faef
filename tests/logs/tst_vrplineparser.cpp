// VrpLineParser: every line layout, timestamp form and parameter-list irregularity of
// ../shared/reference/vrp-log-format.md, and input that must never crash it.

#include "vrpline.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace LogSage;

namespace {

struct Header {
    bool record = true;
    QByteArray pri;
    QByteArray relay;
    QByteArray timestamp;
    QByteArray host;
    QByteArray version;
    QByteArray module;
    int severity = -1;
    QByteArray brief;
    QByteArray flag;
    QByteArray count;
    QByteArray prefix;
    QByteArray description;
    bool continuation = false;
};

qint64 utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::UTC).toMSecsSinceEpoch();
}

QByteArrayList pairs(const QVarLengthArray<VrpParameter, 12> &parameters)
{
    QByteArrayList list;
    for (const VrpParameter &p : parameters)
        list << p.key.toByteArray() << p.value.toByteArray();
    return list;
}

} // namespace

Q_DECLARE_METATYPE(Header)

class TestVrpLineParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void header_data();
    void header();
    void timestamp_data();
    void timestamp();
    void withYear_data();
    void withYear();
    void parameters_data();
    void parameters();
    void fullParseKeepsHeader_data();
    void fullParseKeepsHeader();
    void noAllocation();
    void badInput_data();
    void badInput();
    void hugeLine();
    void randomBytes();
};

void TestVrpLineParser::header_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<Header>("expected");

    QTest::newRow("vrp5 full")
        << QByteArray("<187>Dec  4 2026 10:15:32+08:00 AR-Branch-01 %%01IKE/5/IKE_NEGO_FAIL(l)[12]:IPSec tunnel "
                      "negotiation fails. (IfIndex=7, Reason=phase1 proposal mismatch)")
        << Header{true, "187", "", "Dec  4 2026 10:15:32+08:00", "AR-Branch-01", "01", "IKE", 5, "IKE_NEGO_FAIL", "l",
                  "12", "", "IPSec tunnel negotiation fails. (IfIndex=7, Reason=phase1 proposal mismatch)"};
    QTest::newRow("pri followed by a space, no count")
        << QByteArray("<190> Dec 4 2026 10:15:32 AR %%01IFNET/4/LINK_STATE(l):The line protocol is down.")
        << Header{true, "190", "", "Dec 4 2026 10:15:32", "AR", "01", "IFNET", 4, "LINK_STATE", "l", "", "",
                  "The line protocol is down."};
    QTest::newRow("vrp8 cid alarm")
        << QByteArray("2026-12-04 10:15:32.120+08:00 CE-Core-1 %%01IFNET/2/linkDown_active(l):CID=0x807a0405-alarmID="
                      "0x08520003;The interface status changes. (ifName=GE1/0/1)")
        << Header{true, "", "", "2026-12-04 10:15:32.120+08:00", "CE-Core-1", "01", "IFNET", 2, "linkDown_active", "l",
                  "", "CID=0x807a0405-alarmID=0x08520003;", "The interface status changes. (ifName=GE1/0/1)"};
    QTest::newRow("cid clearType")
        << QByteArray("<187>Sep 23 2020 15:00:19 SPINE-01 %%01VTY/3/hwVtyExceed_clear(l):CID=0x80c82726-alarmID="
                      "0x00f102ee-clearType=service_resume;The number of VTY channels is higher.")
        << Header{true, "187", "", "Sep 23 2020 15:00:19", "SPINE-01", "01", "VTY", 3, "hwVtyExceed_clear", "l", "",
                  "CID=0x80c82726-alarmID=0x00f102ee-clearType=service_resume;", "The number of VTY channels is higher."};
    QTest::newRow("cid oid trap")
        << QByteArray("<188>Jul 29 2016 10:28:52 zyw1 %%01LLDP/4/lldpRemTablesChange(t):CID=0x80a505f7-OID=1.0.8802."
                      "1.1.2.0.0.1;LLDP neighbor information was changed. (Added=0)")
        << Header{true, "188", "", "Jul 29 2016 10:28:52", "zyw1", "01", "LLDP", 4, "lldpRemTablesChange", "t", "",
                  "CID=0x80a505f7-OID=1.0.8802.1.1.2.0.0.1;", "LLDP neighbor information was changed. (Added=0)"};
    QTest::newRow("cid slot, flag s")
        << QByteArray("<188>Jul 19 2021 09:27:15 NE20E %%01CPUDEFEND/4/FREEARP(s):CID=0x80c4047a-Slot=5;The port is released.")
        << Header{true, "188", "", "Jul 19 2021 09:27:15", "NE20E", "01", "CPUDEFEND", 4, "FREEARP", "s", "",
                  "CID=0x80c4047a-Slot=5;", "The port is released."};
    QTest::newRow("vs prefix")
        << QByteArray("<147>Dec 20 2016 10:01:49 11F-Dong %%01OSPF/3/RCV_ERR_PACKET(l):VS=Admin-VS-CID=0x80830482;OSPFv2 "
                      "received error packet.(ProcessId=2)")
        << Header{true, "147", "", "Dec 20 2016 10:01:49", "11F-Dong", "01", "OSPF", 3, "RCV_ERR_PACKET", "l", "",
                  "VS=Admin-VS-CID=0x80830482;", "OSPFv2 received error packet.(ProcessId=2)"};
    QTest::newRow("service prefix")
        << QByteArray("<190>Dec  9 2023 08:02:40 HLW-FW02 %%01AAA/6/ACCOUNT_MODIFY(s):Service=nac_main0;Password modified.")
        << Header{true, "190", "", "Dec  9 2023 08:02:40", "HLW-FW02", "01", "AAA", 6, "ACCOUNT_MODIFY", "s", "",
                  "Service=nac_main0;", "Password modified."};
    QTest::newRow("slot prefix, no time, no host")
        << QByteArray("%%01PHY/4/PHY_STATUS_UP2DOWN(l)[155]:Slot=1;GigabitEthernet1/1/8 change status to down.")
        << Header{true, "", "", "", "", "01", "PHY", 4, "PHY_STATUS_UP2DOWN", "l", "155", "Slot=1;",
                  "GigabitEthernet1/1/8 change status to down."};
    QTest::newRow("slot vcpu prefix")
        << QByteArray("<188>Apr  2 2019 06:07:59 NE40E %%01BFD/4/STACHG_TODWN(l)[630]:Slot=4,Vcpu=0;BFD session changed to Down.")
        << Header{true, "188", "", "Apr  2 2019 06:07:59", "NE40E", "01", "BFD", 4, "STACHG_TODWN", "l", "630",
                  "Slot=4,Vcpu=0;", "BFD session changed to Down."};
    QTest::newRow("slot with spaces is no prefix")
        << QByteArray("<188>Mar 11 2022 03:09:32 USG9520 %%01DDOS/4/RESOURCE(l)[25]:Slot=1, CPU=3, Msg=\"full\".")
        << Header{true, "188", "", "Mar 11 2022 03:09:32", "USG9520", "01", "DDOS", 4, "RESOURCE", "l", "25", "",
                  "Slot=1, CPU=3, Msg=\"full\"."};
    QTest::newRow("devip prefix, year after time")
        << QByteArray("Jun 1 12:35:52 2000 8F-S5120-A8 %%01SEC/4/BLACKLIST(l): -DevIP=129.168.60.212;  (vpn: public ) removed")
        << Header{true, "", "", "Jun 1 12:35:52 2000", "8F-S5120-A8", "01", "SEC", 4, "BLACKLIST", "l", "",
                  "-DevIP=129.168.60.212;", "(vpn: public ) removed"};
    QTest::newRow("trap without %%")
        << QByteArray("Nov  7 2016 09:32:55 pushkino-ar01 LINE/4/USERLOGOUT:OID 1.3.6.1.4.1.2011.5.25.207.2.4 A user "
                      "logout. (UserIndex=129)")
        << Header{true, "", "", "Nov  7 2016 09:32:55", "pushkino-ar01", "", "LINE", 4, "USERLOGOUT", "", "", "",
                  "OID 1.3.6.1.4.1.2011.5.25.207.2.4 A user logout. (UserIndex=129)"};
    QTest::newRow("trap without %%, time or host")
        << QByteArray("LINE/5/VTYUSERLOGIN:OID 1.3.6.1.4.1.2011.5.25.207.2.2 A user login.")
        << Header{true, "", "", "", "", "", "LINE", 5, "VTYUSERLOGIN", "", "", "",
                  "OID 1.3.6.1.4.1.2011.5.25.207.2.2 A user login."};
    QTest::newRow("trap with %% and oid")
        << QByteArray("%%01HWCM/5/TRAPLOG(l)[500]:OID 1.3.6.1.4.1.2011.6.10.2.1 configure changed.")
        << Header{true, "", "", "", "", "01", "HWCM", 5, "TRAPLOG", "l", "500", "",
                  "OID 1.3.6.1.4.1.2011.6.10.2.1 configure changed."};
    QTest::newRow("flag d")
        << QByteArray("Dec  4 2026 10:15:32 AR %%01IKE/7/DEBUG_INFO(d):detail")
        << Header{true, "", "", "Dec  4 2026 10:15:32", "AR", "01", "IKE", 7, "DEBUG_INFO", "d", "", "", "detail"};
    QTest::newRow("no flag")
        << QByteArray("Apr 23 2020 19:20:32 HUAWEI %%01STANDARD/6/linkup:CID=0x807a271c-OID=1.3.6.1.6.3.1.1.5.4;Up.")
        << Header{true, "", "", "Apr 23 2020 19:20:32", "HUAWEI", "01", "STANDARD", 6, "linkup", "", "",
                  "CID=0x807a271c-OID=1.3.6.1.6.3.1.1.5.4;", "Up."};
    QTest::newRow("space before flag")
        << QByteArray("<164>Nov  5 2021 11:34:18+08:00 ME60-1 %%01BRASAM/4/hwAllocFail (t):VS=Admin-VS-CID=0x81d80420;Fail.")
        << Header{true, "164", "", "Nov  5 2021 11:34:18+08:00", "ME60-1", "01", "BRASAM", 4, "hwAllocFail", "t", "",
                  "VS=Admin-VS-CID=0x81d80420;", "Fail."};
    QTest::newRow("brief then prefix without colon")
        << QByteArray("<188>Sep 27 12:49:07 DG12804 %%01INFO/4/IM_LOGFILE_STORAGETHR CID=0x80600405;Less than 20 percent.")
        << Header{true, "188", "", "Sep 27 12:49:07", "DG12804", "01", "INFO", 4, "IM_LOGFILE_STORAGETHR", "", "",
                  "CID=0x80600405;", "Less than 20 percent."};
    QTest::newRow("count without colon")
        << QByteArray("<187>Jan 11 2013 08:00:19 S5710EI-2 %%01SRM/3/INOUT(l)[128]The optical module is plugged IN.")
        << Header{true, "187", "", "Jan 11 2013 08:00:19", "S5710EI-2", "01", "SRM", 3, "INOUT", "l", "128", "",
                  "The optical module is plugged IN."};
    QTest::newRow("brief with a space")
        << QByteArray("DRV_NI/5/LOOP BACK: Loopback does exist on port Ethernet0/1 vlan 1, please check it")
        << Header{true, "", "", "", "", "", "DRV_NI", 5, "LOOP BACK", "", "", "",
                  "Loopback does exist on port Ethernet0/1 vlan 1, please check it"};
    QTest::newRow("host of two words")
        << QByteArray("<190>Nov 19 2020 08:03:14 hexin 12 %%01HTTP/6/LOGINOK(s)[544]:User logged in.")
        << Header{true, "190", "", "Nov 19 2020 08:03:14", "hexin 12", "01", "HTTP", 6, "LOGINOK", "s", "544", "",
                  "User logged in."};
    QTest::newRow("dst marker, crlf")
        << QByteArray("Jul 22 2012 10:11:30+02:00 DST od-agg-1 %%01RDS/4/RDAUTHDOWN(l)[81]:Server is down!\r")
        << Header{true, "", "", "Jul 22 2012 10:11:30+02:00 DST", "od-agg-1", "01", "RDS", 4, "RDAUTHDOWN", "l", "81",
                  "", "Server is down!"};
    QTest::newRow("log host: receive time and sender")
        << QByteArray("Apr 16 15:15:09 10.64.117.106 Apr 16 2015 12:15:09 asw-010-vol IFNET/1/CRCERRORRESUME:OID 1.3.6.1 "
                      "The CRC error resume.")
        << Header{true, "", "Apr 16 15:15:09 10.64.117.106", "Apr 16 2015 12:15:09", "asw-010-vol", "", "IFNET", 1,
                  "CRCERRORRESUME", "", "", "", "OID 1.3.6.1 The CRC error resume."};
    QTest::newRow("log host: iso time, quoted host")
        << QByteArray("<128> 2019-10-21 07:19:59 10.191.73.202 2019-10-21 15:19:59+08:00 \"OLT_1#5800\" "
                      "%%01CLI/0/SYS_LOG(l):CID=0x88b40001;Log, 100, IP conflict")
        << Header{true, "128", "2019-10-21 07:19:59 10.191.73.202", "2019-10-21 15:19:59+08:00", "OLT_1#5800", "01",
                  "CLI", 0, "SYS_LOG", "l", "", "CID=0x88b40001;", "Log, 100, IP conflict"};
    QTest::newRow("log host: rfc 3164 header before pri")
        << QByteArray("Dec  4 10:15:33 loghost AR-1: <187>Dec  4 2026 10:15:32+08:00 AR-1 %%01IKE/5/IKE_NEGO_FAIL(l):x")
        << Header{true, "187", "Dec  4 10:15:33 loghost AR-1:", "Dec  4 2026 10:15:32+08:00", "AR-1", "01", "IKE", 5,
                  "IKE_NEGO_FAIL", "l", "", "", "x"};
    QTest::newRow("log host: rfc 5424 header")
        << QByteArray("<134>1 2026-12-04T10:15:33.123456+08:00 192.0.2.1 Dec  4 2026 10:15:32 AR-1 %%01SHELL/5/CMDRECORD(s):x")
        << Header{true, "134", "1 2026-12-04T10:15:33.123456+08:00 192.0.2.1", "Dec  4 2026 10:15:32", "AR-1", "01",
                  "SHELL", 5, "CMDRECORD", "s", "", "", "x"};
    QTest::newRow("boot time")
        << QByteArray("0.109391473 HUAWEI %%01SHELL/5/CMDRECORD(s):Recorded.")
        << Header{true, "", "", "0.109391473", "HUAWEI", "01", "SHELL", 5, "CMDRECORD", "s", "", "", "Recorded."};
    QTest::newRow("no time, host only")
        << QByteArray("HUAWEI %%01SHELL/5/CMDRECORD(s):Recorded.")
        << Header{true, "", "", "", "HUAWEI", "01", "SHELL", 5, "CMDRECORD", "s", "", "", "Recorded."};
    QTest::newRow("display logbuffer command")
        << QByteArray("<HUAWEI> display logbuffer level 4")
        << Header{false, "", "", "", "", "", "", -1, "", "", "", "", "<HUAWEI> display logbuffer level 4"};
    QTest::newRow("display logbuffer header")
        << QByteArray("Logging buffer configuration and contents : enabled")
        << Header{false, "", "", "", "", "", "", -1, "", "", "", "", "Logging buffer configuration and contents : enabled"};
    QTest::newRow("brief buffer entry without id")
        << QByteArray("Dec 29 2020 11:55:31-07:00 : Callhome information is collected.")
        << Header{false, "", "", "Dec 29 2020 11:55:31-07:00", "", "", "", -1, "", "", "", "",
                  "Callhome information is collected."};
    QTest::newRow("continuation, indented")
        << QByteArray("    PeerPort=500, Reason=phase1 proposal mismatch)")
        << Header{false, "", "", "", "", "", "", -1, "", "", "", "", "PeerPort=500, Reason=phase1 proposal mismatch)", true};
    QTest::newRow("continuation, punctuation")
        << QByteArray(", PeerPort=500)")
        << Header{false, "", "", "", "", "", "", -1, "", "", "", "", ", PeerPort=500)", true};
    QTest::newRow("prose mentioning an id")
        << QByteArray("Check the log for the message and then look at IFNET/4/LINK_STATE: it says")
        << Header{false, "", "", "", "", "", "", -1, "", "", "", "",
                  "Check the log for the message and then look at IFNET/4/LINK_STATE: it says"};
}

void TestVrpLineParser::header()
{
    QFETCH(QByteArray, line);
    QFETCH(Header, expected);
    const VrpLine r = VrpLineParser::parseHeader(line);
    QCOMPARE(r.isRecord, expected.record);
    QCOMPARE(r.isContinuation, expected.continuation);
    QCOMPARE(r.pri.toByteArray(), expected.pri);
    QCOMPARE(r.relayPrefix.toByteArray(), expected.relay);
    QCOMPARE(r.timestampText.toByteArray(), expected.timestamp);
    QCOMPARE(r.time.kind == VrpTimestamp::Kind::None, expected.timestamp.isEmpty());
    QCOMPARE(r.host.toByteArray(), expected.host);
    QCOMPARE(r.formatVersion.toByteArray(), expected.version);
    QCOMPARE(r.module.toByteArray(), expected.module);
    QCOMPARE(r.severity, expected.severity);
    QCOMPARE(r.brief.toByteArray(), expected.brief);
    const QByteArray id = expected.record ? expected.module + '/' + QByteArray::number(expected.severity) + '/' + expected.brief
                                          : QByteArray();
    QCOMPARE(r.messageId.toByteArray(), id);
    QCOMPARE(r.flag ? QByteArray(1, r.flag) : QByteArray(), expected.flag);
    QCOMPARE(r.count.toByteArray(), expected.count);
    QCOMPARE(r.componentPrefix.toByteArray(), expected.prefix);
    QCOMPARE(r.description.toByteArray(), expected.description);
    QVERIFY(r.parameters.isEmpty());
}

void TestVrpLineParser::timestamp_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("consumed");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("hasYear");
    QTest::addColumn<bool>("hasMilliseconds");
    QTest::addColumn<bool>("hasOffset");
    QTest::addColumn<int>("offsetSeconds");
    QTest::addColumn<bool>("dst");
    QTest::addColumn<qint64>("wallMsecs");
    QTest::addColumn<int>("month");

    const int abs = int(VrpTimestamp::Kind::Absolute);
    const int boot = int(VrpTimestamp::Kind::Boot);
    const int none = int(VrpTimestamp::Kind::None);
    QTest::newRow("date, padded day") << QByteArray("Dec  4 2026 10:15:32 AR") << QByteArray("Dec  4 2026 10:15:32")
                                      << abs << true << false << false << 0 << false << utc(2026, 12, 4, 10, 15, 32) << 12;
    QTest::newRow("date, unpadded day") << QByteArray("Dec 4 2026 10:15:32") << QByteArray("Dec 4 2026 10:15:32")
                                        << abs << true << false << false << 0 << false << utc(2026, 12, 4, 10, 15, 32) << 12;
    QTest::newRow("offset east") << QByteArray("Dec  4 2026 10:15:32+08:00 AR") << QByteArray("Dec  4 2026 10:15:32+08:00")
                                 << abs << true << false << true << 8 * 3600 << false << utc(2026, 12, 4, 10, 15, 32) << 12;
    QTest::newRow("offset west") << QByteArray("Dec  4 2026 10:15:32-05:00 AR") << QByteArray("Dec  4 2026 10:15:32-05:00")
                                 << abs << true << false << true << -5 * 3600 << false << utc(2026, 12, 4, 10, 15, 32) << 12;
    QTest::newRow("odd offset") << QByteArray("May 5 2018 06:43:34-05:13 B1") << QByteArray("May 5 2018 06:43:34-05:13")
                                << abs << true << false << true << -(5 * 3600 + 13 * 60) << false
                                << utc(2018, 5, 5, 6, 43, 34) << 5;
    QTest::newRow("dst") << QByteArray("Jul 22 2012 10:11:30+02:00 DST od") << QByteArray("Jul 22 2012 10:11:30+02:00 DST")
                         << abs << true << false << true << 7200 << true << utc(2012, 7, 22, 10, 11, 30) << 7;
    QTest::newRow("milliseconds") << QByteArray("Dec  4 2026 10:15:32.476+08:00 AR")
                                  << QByteArray("Dec  4 2026 10:15:32.476+08:00") << abs << true << true << true << 28800
                                  << false << utc(2026, 12, 4, 10, 15, 32, 476) << 12;
    QTest::newRow("iso-like") << QByteArray("2026-12-04 10:15:32 AR") << QByteArray("2026-12-04 10:15:32") << abs << true
                              << false << false << 0 << false << utc(2026, 12, 4, 10, 15, 32) << 12;
    QTest::newRow("slashes") << QByteArray("2026/12/04 10:15:32 AR") << QByteArray("2026/12/04 10:15:32") << abs << true
                             << false << false << 0 << false << utc(2026, 12, 4, 10, 15, 32) << 12;
    QTest::newRow("unpadded day") << QByteArray("2026-12-4 10:15:32 AR") << QByteArray("2026-12-4 10:15:32") << abs << true
                                  << false << false << 0 << false << utc(2026, 12, 4, 10, 15, 32) << 12;
    QTest::newRow("unpadded month, offset") << QByteArray("2020-9-2 15:50:59+08:00 AC") << QByteArray("2020-9-2 15:50:59+08:00")
                                            << abs << true << false << true << 28800 << false
                                            << utc(2020, 9, 2, 15, 50, 59) << 9;
    QTest::newRow("iso 8601 T and Z") << QByteArray("2026-12-04T10:15:32Z AR") << QByteArray("2026-12-04T10:15:32Z") << abs
                                      << true << false << true << 0 << false << utc(2026, 12, 4, 10, 15, 32) << 12;
    QTest::newRow("short date") << QByteArray("Dec  4 10:15:32 AR") << QByteArray("Dec  4 10:15:32") << abs << false << false
                                << false << 0 << false << utc(1970, 12, 4, 10, 15, 32) << 12;
    QTest::newRow("short date, tenths") << QByteArray("Apr  2 18:25:53.9 NE40E") << QByteArray("Apr  2 18:25:53.9") << abs
                                        << false << true << false << 0 << false << utc(1970, 4, 2, 18, 25, 53, 900) << 4;
    QTest::newRow("short date, feb 29") << QByteArray("Feb 29 10:00:00 AR") << QByteArray("Feb 29 10:00:00") << abs << false
                                        << false << false << 0 << false << utc(1970, 3, 1, 10, 0, 0) << 2;
    QTest::newRow("extra fraction groups") << QByteArray("2021-12-22 07:17:06.940.2 gyn-A2")
                                           << QByteArray("2021-12-22 07:17:06.940.2") << abs << true << true << false << 0
                                           << false << utc(2021, 12, 22, 7, 17, 6, 940) << 12;
    QTest::newRow("fraction groups and offset") << QByteArray("Nov 08 2023 19:06:39.900.147+00:00 AC6508")
                                                << QByteArray("Nov 08 2023 19:06:39.900.147+00:00") << abs << true << true
                                                << true << 0 << false << utc(2023, 11, 8, 19, 6, 39, 900) << 11;
    QTest::newRow("year after time") << QByteArray("Jun 1 12:35:52 2000 8F-S5120") << QByteArray("Jun 1 12:35:52 2000")
                                     << abs << true << false << false << 0 << false << utc(2000, 6, 1, 12, 35, 52) << 6;
    QTest::newRow("colon milliseconds") << QByteArray("May 30 05:36:29:579 2003 Sysname")
                                        << QByteArray("May 30 05:36:29:579 2003") << abs << true << true << false << 0
                                        << false << utc(2003, 5, 30, 5, 36, 29, 579) << 5;
    QTest::newRow("wrong device clock") << QByteArray("Jul 14 2062 19:29:08 S5700") << QByteArray("Jul 14 2062 19:29:08")
                                        << abs << true << false << false << 0 << false << utc(2062, 7, 14, 19, 29, 8) << 7;
    QTest::newRow("boot") << QByteArray("0.109391473 Sysname") << QByteArray("0.109391473") << boot << false << false
                          << false << 0 << false << qint64(109391473) << 0;
    QTest::newRow("boot, high word") << QByteArray("1.5 Sysname") << QByteArray("1.5") << boot << false << false << false
                                     << 0 << false << (qint64(1) << 32) + 5 << 0;
    QTest::newRow("none: host") << QByteArray("HUAWEI %%01X/4/Y:z") << QByteArray() << none << false << false << false << 0
                                << false << qint64(0) << 0;
    QTest::newRow("none: ip address") << QByteArray("10.51.8.252 %%01X") << QByteArray() << none << false << false << false
                                      << 0 << false << qint64(0) << 0;
    QTest::newRow("none: day 32") << QByteArray("Dec 32 2026 10:00:00") << QByteArray() << none << false << false << false
                                  << 0 << false << qint64(0) << 0;
    QTest::newRow("none: feb 30") << QByteArray("Feb 30 2026 10:00:00") << QByteArray() << none << false << false << false
                                  << 0 << false << qint64(0) << 0;
    QTest::newRow("none: month 13") << QByteArray("2026-13-01 10:00:00") << QByteArray() << none << false << false << false
                                    << 0 << false << qint64(0) << 0;
    QTest::newRow("none: hour 24") << QByteArray("Dec  4 2026 24:00:00") << QByteArray() << none << false << false << false
                                   << 0 << false << qint64(0) << 0;
    QTest::newRow("none: truncated") << QByteArray("Dec  4 2026 10:15") << QByteArray() << none << false << false << false
                                     << 0 << false << qint64(0) << 0;
    QTest::newRow("none: word") << QByteArray("Decimal 4 10:00:00") << QByteArray() << none << false << false << false << 0
                                << false << qint64(0) << 0;
    QTest::newRow("none: glued") << QByteArray("Dec  4 2026 10:15:32abc") << QByteArray() << none << false << false << false
                                 << 0 << false << qint64(0) << 0;
}

void TestVrpLineParser::timestamp()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, consumed);
    QFETCH(int, kind);
    QFETCH(bool, hasYear);
    QFETCH(bool, hasMilliseconds);
    QFETCH(bool, hasOffset);
    QFETCH(int, offsetSeconds);
    QFETCH(bool, dst);
    QFETCH(qint64, wallMsecs);
    QFETCH(int, month);
    VrpTimestamp t;
    t.wallMsecs = 42; // must be reset when nothing parses
    QCOMPARE(VrpLineParser::parseTimestamp(text, t), consumed.size());
    QCOMPARE(int(t.kind), kind);
    QCOMPARE(t.hasYear, hasYear);
    QCOMPARE(t.hasMilliseconds, hasMilliseconds);
    QCOMPARE(t.hasOffset, hasOffset);
    QCOMPARE(t.offsetSeconds, offsetSeconds);
    QCOMPARE(t.dst, dst);
    QCOMPARE(t.wallMsecs, wallMsecs);
    QCOMPARE(t.month, month);
}

void TestVrpLineParser::withYear_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("year");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("december") << QByteArray("Dec 31 23:59:59") << 2026 << utc(2026, 12, 31, 23, 59, 59);
    QTest::newRow("january") << QByteArray("Jan  1 00:00:01.250") << 2027 << utc(2027, 1, 1, 0, 0, 1, 250);
    QTest::newRow("feb 29 in a leap year") << QByteArray("Feb 29 10:00:00") << 2024 << utc(2024, 2, 29, 10, 0, 0);
    QTest::newRow("year printed: unchanged") << QByteArray("Dec  4 2026 10:15:32") << 1999 << utc(2026, 12, 4, 10, 15, 32);
    QTest::newRow("boot: unchanged") << QByteArray("0.5") << 2026 << qint64(5);
}

void TestVrpLineParser::withYear()
{
    QFETCH(QByteArray, text);
    QFETCH(int, year);
    QFETCH(qint64, expected);
    VrpTimestamp t;
    QVERIFY(VrpLineParser::parseTimestamp(text, t) > 0);
    QCOMPARE(VrpLineParser::withYear(t, year), expected);
}

void TestVrpLineParser::parameters_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArrayList>("expected"); // key, value, key, value, ...

    QTest::newRow("regular") << QByteArray("Fails. (IfIndex=7, Reason=phase1 proposal mismatch)")
                             << QByteArrayList{"IfIndex", "7", "Reason", "phase1 proposal mismatch"};
    QTest::newRow("no spaces") << QByteArray("(A=1,B=2)") << QByteArrayList{"A", "1", "B", "2"};
    QTest::newRow("irregular spaces") << QByteArray("( A=1 , B= )") << QByteArrayList{"A", "1", "B", ""};
    QTest::newRow("spaces around =") << QByteArray("(SourceIP = 10.1.7.2,VPN = 0;SourceIP = 192.168.1.1,VPN = 0)")
                                     << QByteArrayList{"SourceIP", "10.1.7.2", "VPN", "0", "SourceIP", "192.168.1.1", "VPN", "0"};
    QTest::newRow("empty, masked, quoted") << QByteArray("Failed. (User=**, Ip=, Name=\"a b\", Vpn=\" \", Cmd=\"\")")
                                           << QByteArrayList{"User", "**", "Ip", "", "Name", "a b", "Vpn", " ", "Cmd", ""};
    QTest::newRow("doubled quotes") << QByteArray("(reason=\"\"The check changed Up\"\", local=3)")
                                    << QByteArrayList{"reason", "The check changed Up", "local", "3"};
    QTest::newRow("quoted comma and =") << QByteArray("(Msg=\"a, B=c\", X=1)") << QByteArrayList{"Msg", "a, B=c", "X", "1"};
    QTest::newRow("commas in values") << QByteArray("(AddressFamily=IPV4,IPV6, list = GE0/2/7, -, -, PW = -)")
                                      << QByteArrayList{"AddressFamily", "IPV4,IPV6", "list", "GE0/2/7, -, -", "PW", "-"};
    QTest::newRow("parentheses in values")
        << QByteArray("(Gateway=(10.0.0.1), DNS Server=(10.0.0.2, 10.0.0.3), MAC=[d0.d0 (hex)], Z=1)")
        << QByteArrayList{"Gateway", "(10.0.0.1)", "DNS Server", "(10.0.0.2, 10.0.0.3)", "MAC", "[d0.d0 (hex)]", "Z", "1"};
    QTest::newRow("colons and = in values")
        << QByteArray("(Route=(destination: 0.0.0.0 mask: 0.0.0.0), Time=10:15:32, Url=/a?b=c:d)")
        << QByteArrayList{"Route", "(destination: 0.0.0.0 mask: 0.0.0.0)", "Time", "10:15:32", "Url", "/a?b=c:d"};
    QTest::newRow("keys with spaces, dots, parentheses")
        << QByteArray("(Duration(s)=3, DomainNo.=72, Address Family=EVPN, hwFlhOperType.23=1, Internal change =True)")
        << QByteArrayList{"Duration(s)", "3", "DomainNo.", "72", "Address Family", "EVPN", "hwFlhOperType.23", "1",
                          "Internal change", "True"};
    QTest::newRow("list in mid-sentence")
        << QByteArray("Failed to decrypt the packet (Source address=10.0.0.1, SPI=15) because no SA was found.")
        << QByteArrayList{"Source address", "10.0.0.1", "SPI", "15"};
    QTest::newRow("parentheses before the list")
        << QByteArray("Top three are CFM (51%), INFO(11%). (CpuUsage=99%, Threshold=95%)")
        << QByteArrayList{"CpuUsage", "99%", "Threshold", "95%"};
    QTest::newRow("unbalanced parenthesis in a cipher")
        << QByteArray("MIB node set. (UserName=%^%#:H3~(=Ax(n7@%^%#, SourceIP=1.2.3.4)")
        << QByteArrayList{"UserName", "%^%#:H3~(=Ax(n7@%^%#", "SourceIP", "1.2.3.4"};
    QTest::newRow("space separated") << QByteArray("Login through telnet failed( ip=212.40.34.7 times=3).")
                                     << QByteArrayList{"ip", "212.40.34.7", "times", "3"};
    QTest::newRow("colon list in parentheses") << QByteArray("Server ( IP: 10.48.63.3 )  is down!")
                                               << QByteArrayList{"IP", "10.48.63.3"};
    QTest::newRow("colon list, semicolons") << QByteArray("Offline. (MAC:2c-52;TIME:2023-10-26 16:32:52;ZONE:UTC+08:00)")
                                            << QByteArrayList{"MAC", "2c-52", "TIME", "2023-10-26 16:32:52", "ZONE", "UTC+08:00"};
    QTest::newRow("key=value, body") << QByteArray("IPVer=4,Protocol=tcp,SourcePort=54758,PolicyName=web.")
                                     << QByteArrayList{"IPVer", "4", "Protocol", "tcp", "SourcePort", "54758", "PolicyName", "web"};
    QTest::newRow("key=value body, spaces") << QByteArray("cpu=12 totalmemory=418369056 curmemory=135974164")
                                            << QByteArrayList{"cpu", "12", "totalmemory", "418369056", "curmemory", "135974164"};
    QTest::newRow("key:value; body") << QByteArray("[STA_INFO]STAMAC:f4-db;APNAME:5F;Reason:Not in the whitelist.;")
                                     << QByteArrayList{"STAMAC", "f4-db", "APNAME", "5F", "Reason", "Not in the whitelist."};
    QTest::newRow("key:value body, spaces") << QByteArray("task:HTPR ip:172.16.3.26 user:admin command:display update status.")
                                            << QByteArrayList{"task", "HTPR", "ip", "172.16.3.26", "user", "admin", "command",
                                                              "display update status"};
    QTest::newRow("truncated") << QByteArray("Sent. (A=1, B=tail") << QByteArrayList{"A", "1", "B", "tail"};
    QTest::newRow("none") << QByteArray("System synchronization source lost.") << QByteArrayList{};
    QTest::newRow("prose colon") << QByteArray("ISIS-INFO: Drop error packet, the reason is: bad TLV.") << QByteArrayList{};
    QTest::newRow("key value without =") << QByteArray("Down.(AdminStatus 1,OperStatus 2)") << QByteArrayList{};
    QTest::newRow("empty") << QByteArray() << QByteArrayList{};
}

void TestVrpLineParser::parameters()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArrayList, expected);
    QVarLengthArray<VrpParameter, 12> out;
    out.append(VrpParameter{"stale", "x"}); // replaced, not appended to
    VrpLineParser::parseParameters(text, out);
    QCOMPARE(pairs(out), expected);
}

void TestVrpLineParser::fullParseKeepsHeader_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArrayList>("expected");
    QTest::newRow("vrp8") << QByteArray("<186>Nov 20 2023 08:17:22 Acc %%01IFNET/2/linkDown_active(l):CID=0x807a0417-alarmID="
                                        "0x08520003;The interface status changes. (ifName=GE1/0/1, AdminStatus=UP)")
                          << QByteArrayList{"ifName", "GE1/0/1", "AdminStatus", "UP"};
    QTest::newRow("prefix is no parameter")
        << QByteArray("<188>Dec 10 2023 02:59:09 HLW-FW02 %%01HPP/4/HOST_KPI(l):Service=hppd-hsd0;Changed. (SlotID=1-0,CpuID=0)")
        << QByteArrayList{"SlotID", "1-0", "CpuID", "0"};
    QTest::newRow("devip body") << QByteArray("<190>2015-07-20 13:19:32 USG5310 %%01RT/6/CM(l): -DevIP=10.32.250.19; cpu=12 mem=1")
                                << QByteArrayList{"cpu", "12", "mem", "1"};
}

void TestVrpLineParser::fullParseKeepsHeader()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArrayList, expected);
    const VrpLine header = VrpLineParser::parseHeader(line);
    const VrpLine full = VrpLineParser::parse(line);
    QVERIFY(full.isRecord);
    QCOMPARE(full.messageId, header.messageId);
    QCOMPARE(full.host, header.host);
    QCOMPARE(full.timestampText, header.timestampText);
    QCOMPARE(full.componentPrefix, header.componentPrefix);
    QCOMPARE(full.description, header.description);
    QCOMPARE(pairs(full.parameters), expected);
    // Every view points into the line itself.
    for (const VrpParameter &p : full.parameters) {
        QVERIFY(p.key.data() >= line.constData() && p.key.data() + p.key.size() <= line.constData() + line.size());
        QVERIFY(p.value.data() >= line.constData() && p.value.data() + p.value.size() <= line.constData() + line.size());
    }
}

void TestVrpLineParser::noAllocation()
{
    // The index parses every line of multi-gigabyte files: a parse holds views into the line
    // and keeps up to 12 parameters in the VrpLine itself, so nothing reaches the heap.
    const QByteArrayList lines{
        "<187>Dec  4 2026 10:15:32+08:00 AR-Branch-01 %%01IKE/5/IKE_NEGO_FAIL(l)[12]:IPSec tunnel negotiation fails. "
        "(IfIndex=7, SeqNum=10, PeerAddress=203.0.113.9, PeerPort=500, Reason=phase1 proposal mismatch)",
        "2026-12-04 10:15:32.120+08:00 CE-1 %%01IFNET/2/linkDown_active(l):CID=0x807a0405-alarmID=0x08520003;Changes. (A=1)",
        "Apr 16 15:15:09 10.64.117.106 Apr 16 2015 12:15:09 asw-010-vol IFNET/1/CRCERRORRESUME:OID 1.3.6.1 Resume.",
        "task:HTPR ip:172.16.3.26 user:admin vrf:public command:display update status.",
        "(A=1, B=2, C=3, D=4, E=5, F=6, G=7, H=8, I=9, J=10, K=11, L=12)",
    };
    for (const QByteArray &line : lines) {
        const VrpLine r = VrpLineParser::parse(line);
        QVERIFY(r.parameters.size() <= 12);
        const auto *self = reinterpret_cast<const char *>(&r);
        const auto *storage = reinterpret_cast<const char *>(r.parameters.constData());
        QVERIFY2(storage >= self && storage < self + sizeof(VrpLine), line.constData());
        const auto inLine = [&line](QByteArrayView v) {
            return v.isEmpty() || (v.data() >= line.constData() && v.data() + v.size() <= line.constData() + line.size());
        };
        QVERIFY(inLine(r.host) && inLine(r.timestampText) && inLine(r.messageId) && inLine(r.description)
                && inLine(r.relayPrefix) && inLine(r.componentPrefix));
    }
    QCOMPARE(VrpLineParser::parse(lines.constLast()).parameters.size(), 12);
}

void TestVrpLineParser::badInput_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("spaces only") << QByteArray("   \t ");
    QTest::newRow("percent only") << QByteArray("%%");
    QTest::newRow("percent digits") << QByteArray("%%01");
    QTest::newRow("module only") << QByteArray("%%01IFNET");
    QTest::newRow("truncated id") << QByteArray("Dec  4 2026 10:15:32 AR %%01IFNET/4/");
    QTest::newRow("severity 9") << QByteArray("%%01IFNET/9/X(l):y");
    QTest::newRow("pri only") << QByteArray("<187>");
    QTest::newRow("unclosed pri") << QByteArray("<187");
    QTest::newRow("truncated time") << QByteArray("<187>Dec  4 2026 10:1");
    QTest::newRow("nul bytes") << QByteArray("\0\0\0%%\0\0", 8);
    QTest::newRow("high bytes") << QByteArray("\xff\xfe\x80%%01\xe4\xb8\xad/4/\xe6\x96\x87:");
    QTest::newRow("unclosed list") << QByteArray("%%01A/4/B(l):x (k=\"v, (((");
    QTest::newRow("only separators") << QByteArray("%%01A/4/B(l):(,,,;;;===:::)))");
}

void TestVrpLineParser::badInput()
{
    QFETCH(QByteArray, line);
    const VrpLine header = VrpLineParser::parseHeader(line);
    const VrpLine full = VrpLineParser::parse(line);
    QCOMPARE(full.isRecord, header.isRecord);
    if (line.startsWith("%%01A/4/B")) {
        QVERIFY(full.isRecord);
        QCOMPARE(full.messageId, "A/4/B");
    } else {
        QVERIFY(!full.isRecord);
        QCOMPARE(full.severity, -1);
        QVERIFY(full.messageId.isEmpty());
    }
}

void TestVrpLineParser::hugeLine()
{
    // 10 MB: a real header followed by an endless parameter list, then pure junk.
    QByteArray line = "<187>Dec  4 2026 10:15:32 AR %%01IKE/5/IKE_NEGO_FAIL(l):x (";
    while (line.size() < 10 * 1024 * 1024)
        line += "Key=value, (Other = [x; ";
    VrpLine r = VrpLineParser::parse(line);
    QVERIFY(r.isRecord);
    QCOMPARE(r.messageId, "IKE/5/IKE_NEGO_FAIL");
    QVERIFY(r.parameters.size() <= 256);
    QCOMPARE(r.description.toByteArray(), line.mid(line.indexOf(":x (") + 1).trimmed());

    QByteArray junk(10 * 1024 * 1024, 'a');
    for (qsizetype i = 0; i < junk.size(); i += 7)
        junk[i] = " =(,:%/"[i % 7];
    r = VrpLineParser::parse(junk);
    QVERIFY(!r.isRecord);
}

void TestVrpLineParser::randomBytes()
{
    // Any byte sequence parses without touching memory outside the line (run under ASan).
    QRandomGenerator random(20261204);
    static const char alphabet[] = "<>%%01/45:()[];,= \"\tADJ2ec4:.-+lt\xff";
    for (int round = 0; round < 20000; ++round) {
        QByteArray line(random.bounded(1, 120), Qt::Uninitialized);
        for (char &c : line)
            c = alphabet[random.bounded(int(sizeof alphabet) - 1)];
        const VrpLine r = VrpLineParser::parse(line);
        QVERIFY(r.description.isEmpty()
                || (r.description.data() >= line.constData()
                    && r.description.data() + r.description.size() <= line.constData() + line.size()));
        QVERIFY(r.severity >= -1 && r.severity <= 7);
    }
}

QTEST_APPLESS_MAIN(TestVrpLineParser)
#include "tst_vrplineparser.moc"
