#include "tunnellogfilter.h"
#include "tunneltimeline.h"

#include <QRegularExpression>
#include <QTest>

using namespace LogSage;
using namespace Qt::StringLiterals;

namespace {

TunnelSummary tunnel(const QString &host, const QString &peer)
{
    TunnelSummary summary;
    summary.host = host;
    summary.peer = peer;
    return summary;
}

bool matches(const FilterSpec &spec, const QString &line)
{
    if (!spec.regex)
        return line.contains(spec.text, spec.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
    const QRegularExpression re(spec.text, spec.caseSensitive ? QRegularExpression::NoPatternOption
                                                              : QRegularExpression::CaseInsensitiveOption);
    return re.isValid() && re.match(line).hasMatch();
}

} // namespace

class TestTunnelLogFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void peerPattern_data();
    void peerPattern();
    void keepsTheUsersText_data();
    void keepsTheUsersText();
    void secondClickReplacesTheFirst();
    void allTunnelsRestoresTheUsersFilter();
};

void TestTunnelLogFilter::peerPattern_data()
{
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("match");
    QTest::newRow("same address") << u"10.0.0.1"_s << u"(PolicyName=p, DstIP=10.0.0.1, CpuID=0)"_s << true;
    QTest::newRow("at the end") << u"10.0.0.1"_s << u"DstIP=10.0.0.1"_s << true;
    QTest::newRow("with a port") << u"10.0.0.1"_s << u"peer 10.0.0.1:500"_s << true;
    QTest::newRow("longer last octet") << u"10.0.0.1"_s << u"DstIP=10.0.0.10, CpuID=0"_s << false;
    QTest::newRow("longer first octet") << u"10.0.0.1"_s << u"DstIP=110.0.0.1, CpuID=0"_s << false;
    QTest::newRow("dots are not wildcards") << u"10.0.0.1"_s << u"DstIP=10a0b0c1"_s << false;
    QTest::newRow("IPv6") << u"2001:db8::1"_s << u"PeerAddress=2001:db8::1, PeerPort=500"_s << true;
    QTest::newRow("longer IPv6") << u"2001:db8::1"_s << u"PeerAddress=2001:db8::1a, PeerPort=500"_s << false;
}

void TestTunnelLogFilter::peerPattern()
{
    QFETCH(QString, peer);
    QFETCH(QString, line);
    QFETCH(bool, match);
    const QRegularExpression re(TunnelLogFilter::peerPattern(peer));
    QVERIFY2(re.isValid(), qPrintable(re.errorString()));
    QCOMPARE(re.match(line).hasMatch(), match);
}

void TestTunnelLogFilter::keepsTheUsersText_data()
{
    QTest::addColumn<QString>("userText");
    QTest::addColumn<bool>("userRegex");
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("match");
    const QString dpd = u"IPSEC_TUNNEL_TEARED_DOWN (DstIP=10.0.0.1, OfflineReason=dpd timeout)"_s;
    const QString other = u"IPSEC_TUNNEL_TEARED_DOWN (DstIP=10.0.0.10, OfflineReason=dpd timeout)"_s;
    QTest::newRow("no user text") << QString() << false << dpd << true;
    QTest::newRow("no user text, other peer") << QString() << false << other << false;
    QTest::newRow("plain text and peer") << u"dpd"_s << false << dpd << true;
    QTest::newRow("plain text, other peer") << u"dpd"_s << false << other << false;
    QTest::newRow("plain text missing") << u"hard expire"_s << false << dpd << false;
    QTest::newRow("plain text with regex characters") << u"(DstIP"_s << false << dpd << true;
    QTest::newRow("user regex") << u"dpd|hard"_s << true << dpd << true;
    QTest::newRow("user regex with a back-reference") << u"(d)p\\1"_s << true << dpd << true;
    QTest::newRow("user regex missing") << u"^hard"_s << true << dpd << false;
}

void TestTunnelLogFilter::keepsTheUsersText()
{
    QFETCH(QString, userText);
    QFETCH(bool, userRegex);
    QFETCH(QString, line);
    QFETCH(bool, match);
    FilterSpec user;
    user.text = userText;
    user.regex = userRegex;
    TunnelLogFilter filter;
    const TunnelSummary t = tunnel(u"AR-1"_s, u"10.0.0.1"_s);
    const FilterSpec spec = filter.apply(user, 1000, 2000, &t);
    QVERIFY(spec.regex);
    QCOMPARE(spec.host, u"AR-1"_s);
    QCOMPARE(spec.from.toMSecsSinceEpoch(), 1000);
    QCOMPARE(spec.to.toMSecsSinceEpoch(), 2000);
    QCOMPARE(matches(spec, line), match);
}

void TestTunnelLogFilter::secondClickReplacesTheFirst()
{
    FilterSpec user;
    user.text = u"dpd"_s;
    TunnelLogFilter filter;
    const TunnelSummary one = tunnel(u"AR-1"_s, u"10.0.0.1"_s);
    const TunnelSummary two = tunnel(u"AR-2"_s, u"10.0.0.2"_s);
    const FilterSpec first = filter.apply(user, 0, 10, &one);
    const FilterSpec second = filter.apply(first, 0, 10, &two);
    QCOMPARE(second.host, u"AR-2"_s);
    QVERIFY(matches(second, u"DstIP=10.0.0.2, OfflineReason=dpd timeout"_s));
    QVERIFY(!matches(second, u"DstIP=10.0.0.1, OfflineReason=dpd timeout"_s));
    // The user edits the text between clicks: the edit is theirs and is kept.
    FilterSpec edited = second;
    edited.text = u"hard"_s;
    edited.regex = false;
    const FilterSpec third = filter.apply(edited, 0, 10, &one);
    QVERIFY(matches(third, u"DstIP=10.0.0.1, OfflineReason=hard expire"_s));
    QVERIFY(!matches(third, u"DstIP=10.0.0.1, OfflineReason=dpd timeout"_s));
}

void TestTunnelLogFilter::allTunnelsRestoresTheUsersFilter()
{
    FilterSpec user;
    user.text = u"dpd"_s;
    user.host = u"AR-9"_s;
    user.caseSensitive = true;
    TunnelLogFilter filter;
    const TunnelSummary one = tunnel(u"AR-1"_s, u"10.0.0.1"_s);
    const FilterSpec focused = filter.apply(user, 0, 10, &one);
    const FilterSpec all = filter.apply(focused, 5, 50, nullptr);
    QCOMPARE(all.text, u"dpd"_s);
    QCOMPARE(all.regex, false);
    QCOMPARE(all.host, u"AR-9"_s);
    QCOMPARE(all.caseSensitive, true);
    QCOMPARE(all.from.toMSecsSinceEpoch(), 5);
    QCOMPARE(all.to.toMSecsSinceEpoch(), 50);
}

QTEST_GUILESS_MAIN(TestTunnelLogFilter)
#include "tst_tunnellogfilter.moc"
