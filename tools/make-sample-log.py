#!/usr/bin/env python3
"""Writes resources/samples/branch-day.log: one day of a branch router and its VPN hub.

The file is what a syslog host stores for two Huawei AR routers (VRP5 layout): AR-Branch-01 sends
plain device lines, AR-Hub-01's lines keep their <PRI>. A fixed scenario of IPSec/IKE incidents
(see resources/samples/README.md) is laid over seeded background traffic, so the output is the
same on every run:

    tools/make-sample-log.py [-o resources/samples/branch-day.log]
    tools/make-sample-log.py --check resources/samples/branch-day.log   # is the file up to date?
"""

import argparse
import io
import random
import sys
from dataclasses import dataclass

SEED = 20261204
DATE_TEXT = "Dec  4 2026"
UTC_OFFSET = "+08:00"
LOCAL7 = 23  # syslog facility the hub forwards with

BRANCH = "AR-Branch-01"
HUB = "AR-Hub-01"
BRANCH_WAN = "203.0.113.45"
HUB_WAN = "203.0.113.9"
DC_WAN = "198.51.100.20"
BRANCH2_WAN = "198.51.100.77"


def hms(text):
    h, m, s = (int(part) for part in text.split(":"))
    return h * 3600 + m * 60 + s


@dataclass
class Tunnel:
    host: str
    policy: str
    if_index: int
    seq: int
    rule: int
    src: str
    dst: str

    def key(self):
        return (self.host, self.policy, self.seq, self.dst)


B_HUB = Tunnel(BRANCH, "to-hub", 7, 10, 5, BRANCH_WAN, HUB_WAN)
B_DC = Tunnel(BRANCH, "to-dc", 7, 20, 10, BRANCH_WAN, DC_WAN)
H_BR1 = Tunnel(HUB, "branches", 5, 10, 5, HUB_WAN, BRANCH_WAN)
H_BR2 = Tunnel(HUB, "branches", 5, 20, 15, HUB_WAN, BRANCH2_WAN)


class DayLog:
    """Collects events of one day and writes them in time order with per-device counters."""

    def __init__(self, rng):
        self.rng = rng
        self.events = []
        self.up = {B_HUB.key(): True, B_DC.key(): True, H_BR1.key(): True, H_BR2.key(): False}

    def add(self, t, host, message_id, text, flag="l"):
        assert 0 <= t < 86400, (t, message_id)
        self.events.append((t, len(self.events), host, message_id, flag, text))

    # IPSec and IKE, in the message formats of the log reference (chapter 43).

    def tunnel_up(self, t, tunnel):
        assert not self.up[tunnel.key()], ("already up", tunnel, t)
        self.up[tunnel.key()] = True
        self.add(t, tunnel.host, "IPSEC/5/IPSEC_TUNNEL_ESTABLISHED",
                 f"An IPSec tunnel is established. (PolicyName={tunnel.policy}, IfIndex={tunnel.if_index}, "
                 f"SeqNum={tunnel.seq}, RuleNum={tunnel.rule}, SrcIP={tunnel.src}, DstIP={tunnel.dst}, "
                 f"CpuID=0, State=Normal)")

    def tunnel_down(self, t, tunnel, reason):
        assert self.up[tunnel.key()], ("already down", tunnel, t)
        self.up[tunnel.key()] = False
        self.add(t, tunnel.host, "IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN",
                 f"An IPSec tunnel is teared down. (PolicyName={tunnel.policy}, IfIndex={tunnel.if_index}, "
                 f"SeqNum={tunnel.seq}, RuleNum={tunnel.rule}, SrcIP={tunnel.src}, DstIP={tunnel.dst}, "
                 f"CpuID=0, OfflineReason={reason}, State=Normal)")

    def nego_fail(self, t, host, if_index, seq, peer, reason, port=500):
        self.add(t, host, "IKE/5/IKE_NEGO_FAIL",
                 f"IPSec tunnel negotiation fails. (IfIndex={if_index}, SeqNum={seq}, PeerAddress={peer}, "
                 f"PeerPort={port}, Reason={reason})")

    def tunnel_nego_fail(self, t, tunnel, reason):
        assert not self.up[tunnel.key()], ("negotiating while up", tunnel, t)
        self.nego_fail(t, tunnel.host, tunnel.if_index, tunnel.seq, tunnel.dst, reason)

    def reauth(self, t, host, peer):
        self.add(t, host, "IKE/5/IKEV2_RE_AUTHENTICATION", f"IKEv2 peer {peer} begin re-authentication.")

    def sa_miss(self, t, host, destination, spi):
        self.add(t, host, "IPSEC/5/IPSEC_INBOUND_SA_MISS",
                 f"Received an inbound SA miss message. (destination address: {destination}, "
                 f"SPI: 0x{spi:08x}, protocol: ESP)")

    # Everyday messages.

    def if_state(self, t, host, interface, up):
        state = "UP" if up else "DOWN"
        self.add(t, host, "IFNET/4/IF_STATE", f"Interface {interface} has turned into {state} state.")

    def link_state(self, t, host, interface, up):
        state = "UP" if up else "DOWN"
        self.add(t, host, "IFNET/4/LINK_STATE",
                 f"The line protocol IP on the interface {interface} has entered the {state} state.")

    def session(self, t, host, user, ip, local, commands, step=(4, 40), display_id=False):
        """An SSH session: login, commands a few seconds apart, logout. Returns the logout time."""
        self.add(t, host, "SSH/5/SSH_USER_LOGIN",
                 f"The SSH user succeeded in logging in. (ServiceType=stelnet, UserName={user}, "
                 f"UserAddress={ip}, LocalAddress={local}, VPNInstanceName=)", "s")
        if not display_id:
            self.add(t, host, "SHELL/5/LOGIN",
                     f"The user succeeded in logging in to VTY0. (UserType=SSH, UserName={user}, "
                     f"AuthenticationMethod=\"Local-user\", Ip={ip}, VpnName=)", "s")
        for command in commands:
            t += self.rng.randint(*step)
            if display_id:
                self.add(t, host, "SHELL/6/DISPLAY_CMDRECORD",
                         f"Record command information. (Task=VT0, Ip={ip}, User={user}, Command=\"{command}\")")
            else:
                self.add(t, host, "SHELL/5/CMDRECORD",
                         f"Recorded command information. (Task=VT0, Ip={ip}, VpnName=, User={user}, "
                         f"AuthenticationMethod=\"Local-user\", Command=\"{command}\")", "s")
        t += self.rng.randint(*step)
        if not display_id:
            self.add(t, host, "SHELL/5/LOGOUT",
                     f"The user succeeded in logging out of VTY0. (UserType=SSH, UserName={user}, Ip={ip}, "
                     f"VpnName=)", "s")
        self.add(t, host, "SSH/5/SSH_USER_LOGOUT",
                 f"The SSH user logged out. (ServiceType=stelnet, LogoutReason=User logout, UserName={user}, "
                 f"UserAddress={ip}, LocalAddress={local}, VPNInstanceName=)", "s")
        return t

    def config_changed(self, t, host, event_index):
        self.add(t, host, "HWCM/5/TRAPLOG",
                 f"OID 1.3.6.1.4.1.2011.6.10.2.1 configure changed. (EventIndex={event_index}, "
                 f"CommandSource=1, ConfigSource=2, ConfigDestination=4)")

    def saved(self, t, host, user, ip):
        # Not in the bundled catalogs: the file must show what an unknown message looks like.
        self.add(t, host, "CFM/4/SAVE",
                 f"The user chose Y when deciding whether to save the configuration to the device. "
                 f"(Task=VT0, Ip={ip}, User={user})", "s")

    def write(self, out):
        counters = {BRANCH: 48211, HUB: 915533}
        for t, _, host, message_id, flag, text in sorted(self.events):
            counters[host] += 1
            stamp = f"{DATE_TEXT} {t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}{UTC_OFFSET}"
            severity = int(message_id.split("/")[1])
            pri = f"<{LOCAL7 * 8 + severity}>" if host == HUB else ""
            out.write(f"{pri}{stamp} {host} %%01{message_id}({flag})[{counters[host]}]:{text}\n")
        return len(self.events)


def spread(rng, start, end, count):
    return sorted(rng.randint(start, end) for _ in range(count))


def scenario(log):
    """The incidents the README describes, in time order."""
    rng = log.rng
    admin_ip, hub_admin_ip = "10.10.1.20", "10.20.0.5"

    # 00:03 branch-02 (LTE) comes back after a night outage.
    log.nego_fail(hms("00:01:12"), HUB, 5, 20, BRANCH2_WAN, "rekey no find old sa")
    log.tunnel_up(hms("00:03:17"), H_BR2)

    # Hard expiries: the SA lifetime ran out before a rekey completed.
    for when, tunnel in (("02:31:05", B_DC), ("05:12:40", H_BR1), ("22:31:07", B_DC)):
        log.tunnel_down(hms(when), tunnel, "hard expire")
        log.tunnel_up(hms(when) + 2, tunnel)
        if tunnel is H_BR1:
            log.tunnel_down(hms(when) + 1, B_HUB, "peer request")
            log.tunnel_up(hms(when) + 2, B_HUB)

    # IKEv2 re-authentication every four hours.
    for hour in range(1, 24, 4):
        log.reauth(hour * 3600 + 720 + rng.randint(0, 30), BRANCH, "hub")
        log.reauth(hour * 3600 + 2520 + rng.randint(0, 30), BRANCH, "dc")
        log.reauth(hour * 3600 + 1500 + rng.randint(0, 30), HUB, "branch-02")

    # branch-02 sits behind a poor LTE link: the hub loses it every hour or two.
    for start in (hms("03:44:10"), hms("06:05:52"), hms("07:21:30"), hms("09:58:03"), hms("12:10:41"),
                  hms("15:02:19"), hms("16:47:55"), hms("18:26:03"), hms("20:12:48"), hms("23:05:26")):
        log.tunnel_down(start, H_BR2, "dpd timeout")
        # branch-02 keeps sending on the SA the hub has just deleted.
        t, spi = start, rng.randrange(0x10000000, 0xFFFFFFFF)
        for _ in range(rng.randint(1, 3)):
            t += rng.randint(2, 25)
            log.sa_miss(t, HUB, HUB_WAN, spi)
        log.tunnel_up(start + rng.randint(60, 420), H_BR2)

    # 08:47 the branch's WAN port goes down for two and a half minutes.
    wan = "GigabitEthernet0/0/1"
    log.if_state(hms("08:47:10"), BRANCH, wan, False)
    log.link_state(hms("08:47:10"), BRANCH, wan, False)
    log.tunnel_down(hms("08:47:52"), B_HUB, "dpd timeout")
    log.tunnel_down(hms("08:47:53"), B_DC, "dpd timeout")
    log.tunnel_down(hms("08:47:58"), H_BR1, "dpd timeout")
    log.add(hms("08:48:31"), BRANCH, "NTP/4/SOURCE_LOST", "System synchronization source lost.")
    log.if_state(hms("08:49:30"), BRANCH, wan, True)
    log.link_state(hms("08:49:30"), BRANCH, wan, True)
    log.tunnel_up(hms("08:49:33"), B_HUB)
    log.tunnel_up(hms("08:49:33"), H_BR1)
    log.tunnel_up(hms("08:49:34"), B_DC)
    log.add(hms("08:52:02"), BRANCH, "NTP/4/PEER_SELE", "The peer selected by the system is 10.0.0.1.")

    # 10:05 an IKE proposal change on the branch breaks phase 1 to the hub until 10:31.
    t = log.session(hms("10:05:12"), BRANCH, "netops", admin_ip, "10.10.1.1", [
        "display ike sa", "display ike proposal", "system-view", "ike proposal 10",
        "encryption-algorithm aes-256", "dh group19", "quit", "quit", "reset ipsec sa policy to-hub 10",
    ], step=(5, 30))
    down = t - 1
    log.tunnel_down(down, B_HUB, "config modify or manual offline")
    log.tunnel_down(down + 1, H_BR1, "peer request")
    log.config_changed(down + 3, BRANCH, 31)
    t = down + 4
    while t < hms("10:30:00"):
        log.tunnel_nego_fail(t, B_HUB, "phase1 proposal mismatch")
        log.nego_fail(t + 1, HUB, 5, 10, BRANCH_WAN, "phase1 proposal mismatch")
        t += rng.randint(60, 150)
    log.add(hms("10:22:40"), BRANCH, "NTP/4/SOURCE_LOST", "System synchronization source lost.")
    t = log.session(hms("10:28:04"), BRANCH, "netops", admin_ip, "10.10.1.1", [
        "display ike proposal", "display ike peer brief", "system-view", "ike proposal 10",
        "encryption-algorithm aes-128", "dh group14", "quit", "quit",
    ], step=(8, 20))
    log.config_changed(t - 2, BRANCH, 32)
    log.tunnel_up(hms("10:31:02"), B_HUB)
    log.tunnel_up(hms("10:31:02"), H_BR1)
    log.add(hms("10:35:18"), BRANCH, "NTP/4/PEER_SELE", "The peer selected by the system is 10.0.0.1.")
    t = log.session(hms("10:40:00"), BRANCH, "netops", admin_ip, "10.10.1.1",
                    ["display ipsec sa brief", "display ike sa", "save"])
    log.saved(t - 1, BRANCH, "netops", admin_ip)

    # 11:30 the data centre resets its SAs.
    log.tunnel_down(hms("11:30:11"), B_DC, "peer request")
    log.tunnel_up(hms("11:30:46"), B_DC)

    # 12:58 branch-02 was re-provisioned with a new pre-shared key: authentication fails until 13:24.
    log.tunnel_down(hms("12:58:20"), H_BR2, "peer request")
    t = hms("12:59:02")
    while t < hms("13:22:00"):
        log.tunnel_nego_fail(t, H_BR2, "authentication fail")
        t += rng.randint(90, 160)
    t = log.session(hms("13:19:30"), HUB, "noc", hub_admin_ip, "10.20.0.1", [
        "display ike sa", "display ike peer name branch-02", "system-view", "ike peer branch-02",
        "pre-shared-key cipher ********", "quit", "quit", "save",
    ], step=(10, 35))
    log.config_changed(t - 3, HUB, 118)
    log.saved(t - 1, HUB, "noc", hub_admin_ip)
    log.tunnel_up(t + 12, H_BR2)

    # 14:05 an ACL edit on the branch: the data centre rejects the flow until 14:25.
    t = log.session(hms("14:04:40"), BRANCH, "netops", admin_ip, "10.10.1.1", [
        "system-view", "acl number 3002",
        "rule 10 permit ip source 10.10.0.0 0.0.255.255 destination 172.16.0.0 0.0.15.255",
        "quit", "quit", "reset ipsec sa policy to-dc 20",
    ], step=(6, 25))
    log.tunnel_down(t - 1, B_DC, "config modify or manual offline")
    log.config_changed(t + 2, BRANCH, 33)
    t += 5
    while t < hms("14:24:00"):
        log.tunnel_nego_fail(t, B_DC, "flow mismatch")
        t += rng.randint(100, 200)
    t = log.session(hms("14:23:10"), BRANCH, "netops", admin_ip, "10.10.1.1", [
        "display acl 3002", "system-view", "acl number 3002",
        "rule 10 permit ip source 10.10.0.0 0.0.255.255 destination 172.16.0.0 0.0.255.255",
        "quit", "quit", "save",
    ], step=(6, 20))
    log.config_changed(t - 3, BRANCH, 34)
    log.saved(t - 1, BRANCH, "netops", admin_ip)
    log.tunnel_up(t + 6, B_DC)

    # Strangers at the hub: an IKEv1-only peer, then a peer whose address matches no ike peer.
    for t in spread(rng, hms("15:40:00"), hms("15:52:00"), 6):
        log.nego_fail(t, HUB, 5, 10, "198.51.100.130", "version mismatch")
    for t in (hms("16:10:21"), hms("16:40:23"), hms("17:10:22"), hms("17:40:24")):
        log.nego_fail(t, HUB, 5, 10, "203.0.113.200", "peer address mismatch")

    # 17:55 heartbeats to the data centre stop for two minutes.
    log.tunnel_down(hms("17:55:40"), B_DC, "heartbeat timeout")
    log.tunnel_up(hms("17:57:44"), B_DC)

    # 19:30 a busy CPU on the branch.
    log.add(hms("19:30:15"), BRANCH, "VOSCPU/4/CPU_USAGE_HIGH",
            "The CPU is overloaded, and the tasks with top three CPU occupancy are IPSEC (38%), SOCK(17%), "
            "VPR(9%). (CpuUsage=91%, Threshold=80%)")
    for t in spread(rng, hms("19:30:20"), hms("19:40:00"), 5):
        log.add(t, BRANCH, "DEFD/4/CPCAR_DROP_MPU",
                f"Some packets are dropped by cpcar on the MPU. (Protocol=arp-request, "
                f"Drop-Count={rng.randint(200, 900)})")
    log.add(hms("19:41:05"), BRANCH, "VOSCPU/4/CPU_USAGE_RESUME", "CPU utilization recovered to the normal range.")

    # 21:14 a shorter WAN outage: both tunnels drop on DPD and come back.
    log.if_state(hms("21:14:02"), BRANCH, wan, False)
    log.link_state(hms("21:14:02"), BRANCH, wan, False)
    log.tunnel_down(hms("21:14:44"), B_HUB, "dpd timeout")
    log.tunnel_down(hms("21:14:45"), B_DC, "dpd timeout")
    log.tunnel_down(hms("21:14:49"), H_BR1, "dpd timeout")
    log.if_state(hms("21:15:31"), BRANCH, wan, True)
    log.link_state(hms("21:15:31"), BRANCH, wan, True)
    log.tunnel_up(hms("21:15:34"), B_HUB)
    log.tunnel_up(hms("21:15:34"), H_BR1)
    log.tunnel_up(hms("21:15:35"), B_DC)

    # Messages that no bundled catalog knows.
    log.add(hms("08:05:44"), BRANCH, "LLDP/4/NBRCHGTRAP",
            "Neighbor information of the interface was changed. (Interface=GigabitEthernet0/0/3, "
            "Action=add, NeighborChassisId=4c1f-cc52-90a1, NeighborPortId=GE0/0/24, NeighborSysName=SW-Floor2)")
    log.add(hms("14:52:30"), HUB, "ENVMON/4/TEMP_ABOVE_THRD",
            "The temperature of the board exceeds the upper alarm threshold. (Slot=0, Temperature=63, "
            "UpperThreshold=60)")
    log.add(hms("15:31:08"), HUB, "ENVMON/4/TEMP_RESUME",
            "The temperature of the board has recovered to the normal range. (Slot=0, Temperature=55)")
    log.add(hms("03:00:00"), BRANCH, "SECE/4/ARP_SIP_SPEEDLIMIT_ALARM",
            "The arp packet speed with source ip 10.10.10.61 exceeds the speed-limit value configured 30.")


def guess(log, t, host, ip, tries, names):
    """One round of password guessing from ip; three failures lock the address for five minutes."""
    rng = log.rng
    for n in range(1, tries + 1):
        log.add(t + n, host, "SSH/4/SSH_FAIL",
                f"Failed to login through SSH. (IP={ip}, UserName={rng.choice(names)}, Times={n}, "
                f"FailedReason=User authentication failed)")
    if tries == 3:
        log.add(t + 4, host, "SSH/4/IP_LOCKED", f"IP was locked. (IpAddress={ip}, VpnName=, Period=5 minutes)")
        log.add(t + 305, host, "SSH/4/IP_UNLOCKED", f"IP was unlocked. (IpAddress={ip}, VpnName=)")
    elif tries == 2 and rng.random() < 0.5:
        log.add(t + 3, host, "INFO/6/SUPPRESS_LOG",
                "Last message repeated 1 times.(InfoID=1082413061, ModuleName=SSH, InfoAlias=SSH_FAIL)")


def background(log):
    """Everyday traffic around the incidents."""
    rng = log.rng

    # A monitoring server polls the hub every 10 minutes.
    for t in range(420, 86400, 600):
        log.session(t + rng.randint(0, 20), HUB, "netmon", "10.20.0.50", "10.20.0.1",
                    ["display ipsec sa brief", "display interface brief"], step=(1, 3), display_id=True)

    # Password guessing against both routers' public SSH; they lock out repeat offenders.
    guessers = [f"192.0.2.{n}" for n in rng.sample(range(2, 250), 24)]
    names = ["root", "admin", "huawei", "test", "user", "ubnt", "support", "oracle"]
    for host, gap in ((HUB, (120, 600)), (BRANCH, (600, 1800))):
        t = 0
        while True:
            t += rng.randint(*gap)
            if t >= 86000:
                break
            guess(log, t, host, rng.choice(guessers), rng.choice([1, 1, 1, 1, 2, 2, 3]), names)

    # Office ports on the branch: PCs and phones wake up in the morning and leave in the evening.
    for port in range(1, 9):
        interface = f"Ethernet0/0/{port}"
        morning = rng.randint(hms("07:40:00"), hms("09:20:00"))
        evening = rng.randint(hms("17:20:00"), hms("19:50:00"))
        log.if_state(morning, BRANCH, interface, True)
        for _ in range(rng.choice([0, 0, 1, 2])):
            flap = rng.randint(morning + 600, evening - 600)
            log.if_state(flap, BRANCH, interface, False)
            log.if_state(flap + rng.randint(3, 40), BRANCH, interface, True)
        log.if_state(evening, BRANCH, interface, False)

    # ARP for the CPU on the branch, and a duplicate address on the office VLAN.
    t = 0
    while True:
        t += rng.randint(600, 1800)
        if t >= 86400:
            break
        log.add(t, BRANCH, "DEFD/4/CPCAR_DROP_MPU",
                f"Some packets are dropped by cpcar on the MPU. (Protocol=arp-request, Drop-Count={rng.randint(3, 90)})")
    for t in (hms("09:36:12"), hms("09:41:55")):
        log.add(t, BRANCH, "ARP/4/ARP_DUPLICATE_IPADDR",
                "Received an ARP packet with a duplicate IP address from the interface. (IpAddress=10.10.10.57, "
                "InterfaceName=Vlanif10, MacAddress=5c0e-8b21-3af7)")

    # The backup Internet port renews its DHCP lease every six hours.
    for hour in (0, 6, 12, 18):
        log.add(hour * 3600 + hms("00:41:09") + rng.randint(0, 5), BRANCH, "DHCP/5/RENEW",
                "The IP address lease is successfully renewed. (Client InterfaceName=GigabitEthernet0/0/2, "
                "ServerId=100.64.0.1, Acquired IpAddress=100.64.18.233, Mask=255.255.255.0, Gateway=100.64.18.1, "
                "Static Route=, Lease Duration=43200, DNS Server=100.64.0.53, DNS Domain=, Cloud management URL=, "
                "Option43=)")

    # Clock: the hub keeps its upstream server; the branch follows the hub through the tunnel.
    log.add(hms("00:00:41"), HUB, "NTP/4/PEER_SELE", "The peer selected by the system is 192.0.2.123.")
    log.add(hms("12:00:40"), HUB, "NTP/4/PEER_SELE", "The peer selected by the system is 192.0.2.123.")

    # Routine look-arounds by the engineers.
    looks = ["display ipsec sa brief", "display ike sa", "display interface brief", "display cpu-usage",
             "display logbuffer", "display ip routing-table", "display arp", "display ntp status",
             "display ike peer brief", "display ipsec statistics", "display current-configuration",
             "display memory-usage", "display version", "display alarm active"]
    for start in (hms("08:30:05"), hms("09:12:44"), hms("11:50:40"), hms("13:40:02"), hms("16:02:13"),
                  hms("17:05:37")):
        log.session(start, BRANCH, "netops", "10.10.1.20", "10.10.1.1", rng.sample(looks, rng.randint(4, 10)))
    for start in (hms("07:58:12"), hms("09:30:18"), hms("11:02:51"), hms("14:37:26"), hms("16:20:03"),
                  hms("18:12:45"), hms("19:48:30")):
        log.session(start, HUB, "noc", "10.20.0.5", "10.20.0.1", rng.sample(looks, rng.randint(4, 10)))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-o", "--output", default="resources/samples/branch-day.log")
    parser.add_argument("--check", metavar="FILE", help="exit 1 unless FILE is what this script writes")
    args = parser.parse_args()
    log = DayLog(random.Random(SEED))
    scenario(log)
    background(log)
    text = io.StringIO()
    count = log.write(text)
    if args.check:
        with open(args.check, encoding="utf-8", newline="") as existing:
            if existing.read() != text.getvalue():
                print(f"{args.check} differs from what {sys.argv[0]} writes: run it and commit the result",
                      file=sys.stderr)
                return 1
        return 0
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        out.write(text.getvalue())
    print(f"{args.output}: {count} lines", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
