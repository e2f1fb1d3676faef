#include "vrploggenerator.h"

#include <QFile>
#include <QSaveFile>

namespace LogSage {

namespace {
const char *const Hosts[] = {"AR-Branch-01", "AR-Branch-02", "AR-Branch-03", "AR-Branch-04", "AR-Branch-05",
                             "AR-Branch-06", "AR-Branch-07", "AR-Branch-08", "AR-Branch-09", "AR-Branch-10",
                             "AR-Branch-11", "AR-Branch-12", "AR-Branch-13", "AR-Branch-14", "AR-Branch-15",
                             "AR-Branch-16", "AR-Branch-17", "AR-Branch-18", "HQ-FW-1", "HQ-FW-2",
                             "CE-Core-1", "CE-Core-2", "S5700-Access-1", "S5700-Access-2"};
constexpr int HostCount = int(sizeof(Hosts) / sizeof(Hosts[0]));
const char *const Months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char *const Reasons[] = {"phase1 proposal mismatch", "phase2 proposal or pfs mismatch", "peer address mismatch",
                               "authentication fail", "dpd timeout", "config ID mismatch"};
const char *const Offline[] = {"dpd timeout", "received delete message", "hard lifetime expires", "user offline",
                               "config modify or manual offline"};
const char *const Commands[] = {"display ike sa", "display ipsec sa brief", "display interface brief",
                                "display current-configuration", "reset ike sa all", "display logbuffer"};

void appendNumber(QByteArray &out, qint64 n)
{
    char digits[24];
    int len = 0;
    do {
        digits[len++] = char('0' + n % 10);
        n /= 10;
    } while (n > 0);
    while (len > 0)
        out.append(digits[--len]);
}

void appendTwo(QByteArray &out, int n)
{
    out.append(char('0' + n / 10));
    out.append(char('0' + n % 10));
}

void appendIp(QByteArray &out, int a, int b, int c, int d)
{
    appendNumber(out, a);
    out.append('.');
    appendNumber(out, b);
    out.append('.');
    appendNumber(out, c);
    out.append('.');
    appendNumber(out, d);
}
}

VrpLogGenerator::VrpLogGenerator(quint32 seed)
    : m_random(seed)
    , m_seconds(3 * 86400 + 8 * 3600)
{
}

void VrpLogGenerator::appendTimestamp(QByteArray &out, bool withYear)
{
    // December 2026, days 1..31, then wrapping back: enough for any benchmark size.
    const qint64 s = m_seconds % (31 * 86400);
    const int day = int(s / 86400) + 1;
    out.append(Months[11]);
    out.append(day < 10 ? "  " : " ");
    appendNumber(out, day);
    if (withYear)
        out.append(" 2026");
    out.append(' ');
    appendTwo(out, int(s / 3600 % 24));
    out.append(':');
    appendTwo(out, int(s / 60 % 60));
    out.append(':');
    appendTwo(out, int(s % 60));
}

void VrpLogGenerator::appendLine(QByteArray &out)
{
    if (m_pendingContinuation) {
        m_pendingContinuation = false;
        out.append("    interface GigabitEthernet0/0/1 ipsec policy branch-vpn\n");
        return;
    }
    m_seconds += pick(3);
    const int hostIndex = pick(HostCount);
    const int relay = pick(10); // 0,1: syslog relay header; 2: <PRI>
    if (relay < 2) {
        appendTimestamp(out, false);
        out.append(' ');
        appendIp(out, 10, 0, hostIndex / 8, 1 + hostIndex);
        out.append(' ');
    } else if (relay == 2) {
        out.append("<189>");
    }
    appendTimestamp(out, true);
    out.append("+08:00 ");
    out.append(Hosts[hostIndex]);
    const int peer = 1 + pick(60);
    const int kind = pick(100);
    if (kind < 15) {
        out.append(" %%01IKE/5/IKE_NEGO_FAIL(l)[");
        appendNumber(out, qint64(m_sequence++ % 100000));
        out.append("]:IPSec tunnel negotiation fails. (IfIndex=7, SeqNum=10, PeerAddress=");
        appendIp(out, 203, 0, 113, peer);
        out.append(", PeerPort=500, Reason=");
        out.append(Reasons[pick(6)]);
        out.append(")\n");
    } else if (kind < 31) {
        const bool up = kind < 23;
        out.append(up ? " %%01IPSEC/5/IPSEC_TUNNEL_ESTABLISHED(l)[" : " %%01IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN(l)[");
        appendNumber(out, qint64(m_sequence++ % 100000));
        out.append(up ? "]:An IPSec tunnel is established. (PolicyName=branch-vpn, IfIndex=7, SeqNum="
                      : "]:An IPSec tunnel is teared down. (PolicyName=branch-vpn, IfIndex=7, SeqNum=");
        appendNumber(out, 10 + pick(4));
        out.append(", RuleNum=5, SrcIP=");
        appendIp(out, 198, 51, 100, 1 + hostIndex);
        out.append(", DstIP=");
        appendIp(out, 203, 0, 113, peer);
        out.append(", CpuID=0, ");
        if (!up) {
            out.append("OfflineReason=");
            out.append(Offline[pick(5)]);
            out.append(", ");
        }
        out.append(up ? "State=active)\n" : "State=inactive)\n");
    } else if (kind < 35) {
        out.append(" %%01IPSec/5/IPSEC_INBOUND_SA_MISS(l):Received an inbound sa miss message.(destination address: ");
        appendIp(out, 198, 51, 100, 1 + hostIndex);
        out.append(", SPI: ");
        appendNumber(out, 100000 + pick(900000));
        out.append(", protocol: ESP)\n");
    } else if (kind < 45) {
        out.append(" %%01IFNET/4/IF_STATE(l)[");
        appendNumber(out, qint64(m_sequence++ % 100000));
        out.append("]:Interface GigabitEthernet0/0/");
        appendNumber(out, pick(24));
        out.append(pick(2) ? " has turned into UP state.\n" : " has turned into DOWN state.\n");
    } else if (kind < 50) {
        out.append(" %%01IFNET/2/linkDown_active(l):CID=0x807a0405-alarmID=0x08520003;The interface status changes. (ifName=GE1/0/");
        appendNumber(out, pick(48));
        out.append(", AdminStatus=UP, OperStatus=DOWN, Reason=The link protocol is down)\n");
    } else if (kind < 65) {
        out.append(" %%01SHELL/5/CMDRECORD(s)[");
        appendNumber(out, qint64(m_sequence++ % 100000));
        out.append("]:Recorded command information. (Task=VT0, Ip=");
        appendIp(out, 10, 200, 0, 10 + pick(5));
        out.append(", VpnName=, User=netops, AuthenticationMethod=\"Local-user\", Command=\"");
        out.append(Commands[pick(6)]);
        out.append("\")\n");
        m_pendingContinuation = pick(15) == 0;
    } else if (kind < 73) {
        out.append(" %%01NTP/4/PEER_SELE(l):The peer selected by the system is 10.48.63.2.\n");
    } else if (kind < 76) {
        out.append(" %%01NTP/4/SOURCE_LOST(l)[");
        appendNumber(out, qint64(m_sequence++ % 100000));
        out.append("]:System synchronization source lost.\n");
    } else if (kind < 85) {
        out.append(" %%01SSH/5/SSH_USER_LOGIN(s):The SSH user succeeded in logging in. (ServiceType=stelnet, UserName=netops, UserAddress=");
        appendIp(out, 10, 200, 0, 10 + pick(5));
        out.append(", LocalAddress=");
        appendIp(out, 10, 0, hostIndex / 8, 1 + hostIndex);
        out.append(", VpnInstanceName=)\n");
    } else if (kind < 93) {
        out.append(" %%01DEFD/4/CPCAR_DROP_MPU(l)[");
        appendNumber(out, qint64(m_sequence++ % 100000));
        out.append("]:Some packets are dropped by cpcar on the MPU. (Protocol=arp-request, Drop-Count=");
        appendNumber(out, pick(5000));
        out.append(")\n");
    } else {
        out.append(" %%01VOSCPU/4/CPU_USAGE_HIGH(l)[");
        appendNumber(out, qint64(m_sequence++ % 100000));
        out.append("]:The CPU is overloaded, and the tasks with top three CPU occupancy are IKE (31%), IPSEC(12%), VPR(9%). (CpuUsage=");
        appendNumber(out, 85 + pick(15));
        out.append("%, Threshold=80%)\n");
    }
}

bool VrpLogGenerator::writeFile(const QString &path, qint64 bytes, qint64 lines, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QByteArray buffer;
    buffer.reserve(4 * 1024 * 1024 + 4096);
    qint64 written = 0;
    qint64 lineCount = 0;
    for (;;) {
        const bool done = lines > 0 ? lineCount >= lines : written + buffer.size() >= bytes;
        if (done || buffer.size() >= 4 * 1024 * 1024) {
            if (file.write(buffer) != buffer.size()) {
                if (error)
                    *error = file.errorString();
                return false;
            }
            written += buffer.size();
            buffer.clear();
        }
        if (done)
            break;
        appendLine(buffer);
        ++lineCount;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace LogSage
