// A log line matched against the bundled catalog: entry, parameters, the cause it points to.

#include "catalog.h"
#include "lineexplanation.h"
#include "vrpline.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

class TestLineExplanation : public QObject
{
    Q_OBJECT

    Catalog m_catalog = Catalog::bundled();

    LineExplanation explain(const QByteArray &line) const
    {
        return explainLine(VrpLineParser::parse(line), m_catalog,
                           [](QByteArrayView b) { return QString::fromUtf8(b); });
    }

private Q_SLOTS:
    void matchedCause_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("entryId");
        QTest::addColumn<QString>("causeCondition"); // the condition value of the matched cause, or empty

        QTest::newRow("nego phase1")
            << "Dec  4 2026 10:15:32+08:00 AR-Branch-01 %%01IKE/5/IKE_NEGO_FAIL(l)[12]:IPSec tunnel negotiation fails. (IfIndex=7, SeqNum=10, PeerAddress=203.0.113.9, PeerPort=500, Reason=phase1 proposal mismatch)"_ba
            << u"IKE/5/IKE_NEGO_FAIL"_s << u"phase1 proposal mismatch"_s;
        QTest::newRow("nego case and spaces")
            << "Dec  4 2026 10:15:32 AR-Branch-01 %%01IKE/5/IKE_NEGO_FAIL(l):IPSec tunnel negotiation fails. (IfIndex=7,SeqNum=10,PeerAddress=203.0.113.9,PeerPort=500,Reason= Authentication Fail )"_ba
            << u"IKE/5/IKE_NEGO_FAIL"_s << u"authentication fail"_s;
        QTest::newRow("teardown dpd")
            << "Dec  4 2026 11:00:00+08:00 AR-Branch-01 %%01IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN(l):An IPSec tunnel is teared down. (PolicyName=to-hub, IfIndex=7, SeqNum=10, RuleNum=5, SrcIP=192.0.2.1, DstIP=203.0.113.9, CpuID=0, OfflineReason=dpd timeout, State=Normal)"_ba
            << u"IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN"_s << u"dpd timeout"_s;
        QTest::newRow("module case-insensitive")
            << "Dec  4 2026 11:00:00 AR-Branch-01 %%01IPSec/5/IPSEC_TUNNEL_TEARED_DOWN(l):An IPSec tunnel is teared down. (PolicyName=to-hub, OfflineReason=peer request, State=Normal)"_ba
            << u"IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN"_s << u"peer request"_s;
    }

    void matchedCause()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, entryId);
        QFETCH(QString, causeCondition);
        const LineExplanation e = explain(line);
        QVERIFY(e.isRecord);
        QVERIFY(e.entry);
        QCOMPARE(e.entry->id, entryId);
        QVERIFY(e.matchedCause >= 0);
        QCOMPARE(e.causeOrder.first(), e.matchedCause);
        QCOMPARE(e.entry->causes.at(e.matchedCause).condition->equals, causeCondition);
        QCOMPARE(e.causeOrder.size(), e.entry->causes.size());
    }

    void unlistedReasonFallsBack()
    {
        const LineExplanation e = explain(
            "Dec  4 2026 10:15:32 AR %%01IKE/5/IKE_NEGO_FAIL(l):IPSec tunnel negotiation fails. (IfIndex=7, SeqNum=10, PeerAddress=203.0.113.9, PeerPort=500, Reason=something new)"_ba);
        QVERIFY(e.entry);
        QVERIFY(e.matchedCause >= 0);
        QVERIFY(e.entry->causes.at(e.matchedCause).condition->fallback);
    }

    void parameterValuesAndReferences()
    {
        const LineExplanation e = explain(
            "Dec  4 2026 10:15:32 AR %%01IKE/5/IKE_NEGO_FAIL(l):IPSec tunnel negotiation fails. (IfIndex=7, SeqNum=10, PeerAddress=203.0.113.9, PeerPort=500, Reason=flow mismatch)"_ba);
        QCOMPARE(e.parameters.size(), 5);
        QCOMPARE(e.parameters.at(2).name, u"PeerAddress"_s);
        QCOMPARE(e.parameters.at(2).value, u"203.0.113.9"_s);
        QVERIFY(e.parameters.at(2).reference);
    }

    void inlineTemplateValue()
    {
        const LineExplanation e = explain(
            "Dec  4 2026 10:15:32 AR-Hub-01 %%01IKE/5/IKEV2_RE_AUTHENTICATION(l):IKEv2 peer branch01 begin re-authentication."_ba);
        QVERIFY(e.entry);
        bool found = false;
        for (const ExplainedParameter &p : e.parameters)
            found = found || (p.name == "peer-name"_L1 && p.value == "branch01"_L1);
        QVERIFY2(found, "the inline [peer-name] value is pulled out of the sentence");
    }

    void severityDifferenceIsShown()
    {
        const LineExplanation e = explain(
            "Dec  4 2026 10:15:32 AR %%01IKE/3/IKE_NEGO_FAIL(l):IPSec tunnel negotiation fails. (Reason=flow mismatch)"_ba);
        QVERIFY(e.entry);
        QCOMPARE(e.severity, 3);
        QVERIFY(e.severityDiffers);
    }

    void unknownMessage()
    {
        const LineExplanation e = explain("Dec  4 2026 10:15:32 AR %%01ZZTOP/4/NOPE(l):Odd. (A=1)"_ba);
        QVERIFY(e.isRecord);
        QCOMPARE(e.entry, nullptr);
        QCOMPARE(e.messageId, u"ZZTOP/4/NOPE"_s);
        QCOMPARE(e.parameters.size(), 1);
    }

    void plainLine()
    {
        QVERIFY(!explain("Info: The max number of VTY users is 5."_ba).isRecord);
    }
};

QTEST_MAIN(TestLineExplanation)
#include "tst_lineexplanation.moc"
