// The bundled sample log (resources/samples/branch-day.log): the shape the docs promise and the
// incidents the GUI tests and the tutorial rely on.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct SampleLine {
    int pri = -1;
    int secondOfDay = 0;
    QString host;
    QString module;
    int severity = -1;
    QString brief;
    qint64 count = 0;
    QString description;

    QString messageId() const { return module + u'/' + QString::number(severity) + u'/' + brief; }
    /// The value of `Key=` in the parameter list, up to the next comma or closing parenthesis.
    QString parameter(QStringView key) const
    {
        const QString marker = key + u'=';
        auto start = description.indexOf(marker);
        if (start < 0)
            return {};
        start += marker.size();
        auto end = start;
        while (end < description.size() && description.at(end) != u',' && description.at(end) != u')')
            ++end;
        return description.mid(start, end - start);
    }
};

// The layout the generator writes: optional PRI, "Dec  4 2026 HH:MM:SS+08:00", host, VRP5 header.
const QRegularExpression linePattern(
    uR"(^(?:<(\d{1,3})>)?Dec  4 2026 (\d\d):(\d\d):(\d\d)\+08:00 (\S+) %%01([A-Za-z]+)/([0-7])/(\w+)\(([ltds])\)\[(\d+)\]:(.+)$)"_s);

QString catalogKey(const QString &module, const QString &brief)
{
    return module.toUpper() + u'/' + brief;
}

// Every "MODULE/SEV/BRIEF" string in a catalog document, wherever the schema keeps it.
void collectIds(const QJsonValue &value, QSet<QString> &ids)
{
    static const QRegularExpression idPattern(uR"(^([A-Za-z][A-Za-z0-9_-]*)/[0-7]/(\w+)$)"_s);
    if (value.isString()) {
        const auto match = idPattern.match(value.toString());
        if (match.hasMatch())
            ids.insert(catalogKey(match.captured(1), match.captured(2)));
    } else if (value.isArray()) {
        for (const auto &item : value.toArray())
            collectIds(item, ids);
    } else if (value.isObject()) {
        const auto object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            collectIds(QJsonValue(it.key()), ids);
            collectIds(it.value(), ids);
        }
    }
}

} // namespace

class TestSampleLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shape();
    void contains_data();
    void contains();
    void tunnelsAlternate();
    void unknownMessages_data();
    void unknownMessages();

private:
    QList<SampleLine> m_lines;
};

void TestSampleLog::initTestCase()
{
    QFile file(u":/logsage/samples/branch-day.log"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), "the sample log is not compiled into the resources");
    const auto text = QString::fromUtf8(file.readAll());
    QVERIFY(text.endsWith(u'\n'));
    const auto rows = QStringView(text).chopped(1).split(u'\n');
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const auto match = linePattern.matchView(rows.at(i));
        QVERIFY2(match.hasMatch(), qPrintable(u"line %1 has an unexpected layout: "_s.arg(i + 1) + rows.at(i)));
        SampleLine line;
        line.pri = match.captured(1).isEmpty() ? -1 : match.captured(1).toInt();
        line.secondOfDay = match.captured(2).toInt() * 3600 + match.captured(3).toInt() * 60 + match.captured(4).toInt();
        line.host = match.captured(5);
        line.module = match.captured(6);
        line.severity = match.captured(7).toInt();
        line.brief = match.captured(8);
        line.count = match.captured(10).toLongLong();
        line.description = match.captured(11);
        m_lines.append(line);
    }
}

void TestSampleLog::shape()
{
    QVERIFY2(m_lines.size() >= 1500 && m_lines.size() <= 3000, qPrintable(QString::number(m_lines.size())));

    QHash<QString, qint64> lastCount;
    int hostChanges = 0;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const auto &line = m_lines.at(i);
        QVERIFY2(line.host == u"AR-Branch-01" || line.host == u"AR-Hub-01", qPrintable(line.host));
        if (line.pri >= 0)
            QCOMPARE(line.pri % 8, line.severity);
        if (lastCount.contains(line.host))
            QCOMPARE(line.count, lastCount.value(line.host) + 1);
        lastCount.insert(line.host, line.count);
        if (i > 0) {
            QVERIFY2(line.secondOfDay >= m_lines.at(i - 1).secondOfDay, qPrintable(u"line %1 goes back in time"_s.arg(i + 1)));
            hostChanges += line.host != m_lines.at(i - 1).host;
        }
    }
    QCOMPARE(lastCount.size(), 2);
    QVERIFY2(hostChanges >= 100, "the two hosts should be interleaved");
    QVERIFY2(m_lines.first().secondOfDay < 600 && m_lines.last().secondOfDay > 86400 - 1800, "a whole day");
}

void TestSampleLog::contains_data()
{
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("minimum");

    const auto nego = u"IKE/5/IKE_NEGO_FAIL"_s;
    QTest::newRow("phase1 proposal mismatch") << nego << u"Reason=phase1 proposal mismatch)"_s << 5;
    QTest::newRow("authentication fail") << nego << u"Reason=authentication fail)"_s << 3;
    QTest::newRow("flow mismatch") << nego << u"Reason=flow mismatch)"_s << 3;
    QTest::newRow("version mismatch") << nego << u"Reason=version mismatch)"_s << 1;
    QTest::newRow("peer address mismatch") << nego << u"Reason=peer address mismatch)"_s << 1;
    QTest::newRow("nego fail layout") << nego << u"IPSec tunnel negotiation fails. (IfIndex="_s << 15;

    const auto down = u"IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN"_s;
    QTest::newRow("dpd timeout") << down << u"OfflineReason=dpd timeout,"_s << 3;
    QTest::newRow("peer request") << down << u"OfflineReason=peer request,"_s << 2;
    QTest::newRow("hard expire") << down << u"OfflineReason=hard expire,"_s << 2;
    QTest::newRow("config modify") << down << u"OfflineReason=config modify or manual offline,"_s << 2;
    QTest::newRow("heartbeat timeout") << down << u"OfflineReason=heartbeat timeout,"_s << 1;
    QTest::newRow("teardown layout") << down << u"An IPSec tunnel is teared down. (PolicyName="_s << 10;
    QTest::newRow("established") << u"IPSEC/5/IPSEC_TUNNEL_ESTABLISHED"_s
                                 << u"An IPSec tunnel is established. (PolicyName="_s << 10;
    QTest::newRow("policy to-hub") << down << u"PolicyName=to-hub, IfIndex=7, SeqNum=10,"_s << 1;
    QTest::newRow("policy to-dc") << down << u"PolicyName=to-dc, IfIndex=7, SeqNum=20,"_s << 1;
    QTest::newRow("re-authentication") << u"IKE/5/IKEV2_RE_AUTHENTICATION"_s << u"IKEv2 peer "_s << 1;
    QTest::newRow("inbound sa miss") << u"IPSEC/5/IPSEC_INBOUND_SA_MISS"_s
                                     << u"(destination address: 203.0.113.9, SPI: 0x"_s << 1;
    QTest::newRow("command record") << u"SHELL/5/CMDRECORD"_s << u"Command=\"ike proposal 10\""_s << 1;
    QTest::newRow("login") << u"SHELL/5/LOGIN"_s << u"UserName=netops"_s << 1;
    QTest::newRow("wan link down") << u"IFNET/4/IF_STATE"_s << u"GigabitEthernet0/0/1 has turned into DOWN"_s << 2;
    QTest::newRow("ntp") << u"NTP/4/SOURCE_LOST"_s << u"System synchronization source lost."_s << 1;
    QTest::newRow("cpcar") << u"DEFD/4/CPCAR_DROP_MPU"_s << u"(Protocol=arp-request"_s << 1;
    QTest::newRow("cpu high") << u"VOSCPU/4/CPU_USAGE_HIGH"_s << u"(CpuUsage="_s << 1;
    QTest::newRow("ssh") << u"SSH/4/SSH_FAIL"_s << u"Failed to login through SSH."_s << 1;
    QTest::newRow("configure changed") << u"HWCM/5/TRAPLOG"_s << u"configure changed."_s << 1;
    QTest::newRow("arp") << u"ARP/4/ARP_DUPLICATE_IPADDR"_s << u"duplicate IP address"_s << 1;
    QTest::newRow("dhcp") << u"DHCP/5/RENEW"_s << u"lease is successfully renewed"_s << 1;
}

void TestSampleLog::contains()
{
    QFETCH(QString, messageId);
    QFETCH(QString, fragment);
    QFETCH(int, minimum);

    const auto found = std::count_if(m_lines.cbegin(), m_lines.cend(), [&](const SampleLine &line) {
        return line.messageId() == messageId && line.description.contains(fragment);
    });
    QVERIFY2(found >= minimum, qPrintable(u"%1 lines, expected at least %2"_s.arg(found).arg(minimum)));
}

void TestSampleLog::tunnelsAlternate()
{
    // A tunnel is host + policy + sequence + peer: its events must alternate up and down.
    QHash<QString, bool> up;
    int recoveries = 0;
    for (const auto &line : std::as_const(m_lines)) {
        const bool established = line.brief == u"IPSEC_TUNNEL_ESTABLISHED";
        if (!established && line.brief != u"IPSEC_TUNNEL_TEARED_DOWN")
            continue;
        const auto key = line.host + u'|' + line.parameter(u"PolicyName") + u'|' + line.parameter(u"SeqNum") + u'|'
                         + line.parameter(u"DstIP");
        QVERIFY2(!line.parameter(u"PolicyName").isEmpty() && !line.parameter(u"DstIP").isEmpty(), qPrintable(key));
        if (up.contains(key))
            QVERIFY2(up.value(key) != established, qPrintable(u"tunnel "_s + key + u" repeats a state"_s));
        recoveries += established && up.contains(key);
        up.insert(key, established);
    }
    QCOMPARE(up.size(), 4);
    QVERIFY(recoveries >= 10);
}

void TestSampleLog::unknownMessages_data()
{
    QTest::addColumn<QString>("messageId");
    QTest::newRow("save") << u"CFM/4/SAVE"_s;
    QTest::newRow("lldp") << u"LLDP/4/NBRCHGTRAP"_s;
    QTest::newRow("temperature") << u"ENVMON/4/TEMP_ABOVE_THRD"_s;
    QTest::newRow("arp speed limit") << u"SECE/4/ARP_SIP_SPEEDLIMIT_ALARM"_s;
}

void TestSampleLog::unknownMessages()
{
    QFETCH(QString, messageId);

    QSet<QString> catalogIds;
    const auto catalogs = QDir(u":/logsage/catalog"_s).entryInfoList({u"*.json"_s}, QDir::Files);
    for (const auto &info : catalogs) {
        QFile file(info.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        collectIds(QJsonDocument::fromJson(file.readAll()).object(), catalogIds);
    }

    const auto parts = messageId.split(u'/');
    QVERIFY2(!catalogIds.contains(catalogKey(parts.at(0), parts.at(2))), "a bundled catalog now knows this message");
    const auto found = std::any_of(m_lines.cbegin(), m_lines.cend(),
                                   [&](const SampleLine &line) { return line.messageId() == messageId; });
    QVERIFY2(found, "the sample log lacks this message");
}

QTEST_GUILESS_MAIN(TestSampleLog)
#include "tst_samplelog.moc"
