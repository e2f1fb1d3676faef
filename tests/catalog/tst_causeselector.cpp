#include "catalog.h"
#include "causeselector.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

// Ordering an entry's causes by the parameter values of one log line.
class TestCauseSelector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rank_data();
    void rank();
    void bundledNegotiationFailure_data();
    void bundledNegotiationFailure();
};

static CatalogCause cause(const QString &key, const QString &parameter = {}, const QString &equals = {}, bool fallback = false)
{
    CatalogCause result;
    result.key = key;
    if (!parameter.isEmpty())
        result.condition = CauseCondition{parameter, equals, fallback};
    return result;
}

// "key!" matched, "key?" fallback, "key" other.
static QString describe(const QList<RankedCause> &ranked)
{
    QStringList parts;
    for (const RankedCause &r : ranked)
        parts.append(r.cause->key + (r.match == CauseMatch::Matched ? u"!"_s : r.match == CauseMatch::Fallback ? u"?"_s : QString()));
    return parts.join(u' ');
}

void TestCauseSelector::rank_data()
{
    QTest::addColumn<ParameterValues>("parameters");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no parameters: catalog order") << ParameterValues{} << u"a b c fb d"_s;
    QTest::newRow("one match first") << ParameterValues{{u"Reason"_s, u"y"_s}} << u"b! a c fb d"_s;
    QTest::newRow("key and value case-insensitive, trimmed") << ParameterValues{{u" reason "_s, u"  Y "_s}} << u"b! a c fb d"_s;
    QTest::newRow("unknown value: fallback first") << ParameterValues{{u"Reason"_s, u"something new"_s}} << u"fb? a b c d"_s;
    QTest::newRow("empty value: fallback") << ParameterValues{{u"Reason"_s, QString()}} << u"fb? a b c d"_s;
    QTest::newRow("two parameters match") << ParameterValues{{u"Other"_s, u"z"_s}, {u"Reason"_s, u"x"_s}} << u"a! d! b c fb"_s;
    QTest::newRow("unrelated parameter") << ParameterValues{{u"PeerPort"_s, u"500"_s}} << u"a b c fb d"_s;
    QTest::newRow("partial value is no match") << ParameterValues{{u"Reason"_s, u"x y"_s}} << u"fb? a b c d"_s;
}

void TestCauseSelector::rank()
{
    QFETCH(ParameterValues, parameters);
    QFETCH(QString, expected);
    const QList<CatalogCause> causes{cause(u"a"_s, u"Reason"_s, u"x"_s), cause(u"b"_s, u"Reason"_s, u"Y"_s), cause(u"c"_s),
                                     cause(u"fb"_s, u"Reason"_s, {}, true), cause(u"d"_s, u"Other"_s, u"z"_s)};
    QCOMPARE(describe(rankCauses(causes, parameters)), expected);
}

void TestCauseSelector::bundledNegotiationFailure_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("firstKey");
    QTest::addColumn<int>("firstStepCount");

    QTest::newRow("phase1") << u"phase1 proposal mismatch"_s << u"phase1-proposal-mismatch"_s << 1;
    QTest::newRow("ip assigned fail") << u"ip assigned fail"_s << u"ip-assigned-fail"_s << 1;
    QTest::newRow("no steps of its own") << u"rekey fail"_s << u"rekey-fail"_s << 0;
    QTest::newRow("not in the reference") << u"totally new reason"_s << u"other"_s << 1;
}

void TestCauseSelector::bundledNegotiationFailure()
{
    QFETCH(QString, reason);
    QFETCH(QString, firstKey);
    QFETCH(int, firstStepCount);
    const Catalog catalog = Catalog::bundled();
    const CatalogEntry *entry = catalog.find("IKE", "IKE_NEGO_FAIL");
    QVERIFY(entry);
    const QList<RankedCause> ranked = rankCauses(entry->causes, {{u"IfIndex"_s, u"7"_s}, {u"Reason"_s, reason}});
    QCOMPARE(ranked.size(), entry->causes.size());
    QCOMPARE(ranked.first().cause->key, firstKey);
    QVERIFY(ranked.first().match != CauseMatch::Other);
    QCOMPARE(ranked.first().cause->steps.size(), firstStepCount);
}

QTEST_GUILESS_MAIN(TestCauseSelector)
#include "tst_causeselector.moc"
