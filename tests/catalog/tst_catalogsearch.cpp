#include "catalog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

// Searching every loaded catalog by ID, name and text in both languages.
class TestCatalogSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void search_data();
    void search();
    void fragments_data();
    void fragments();
    void userCatalogsAreSearched();

private:
    Catalog m_catalog;
};

void TestCatalogSearch::initTestCase()
{
    m_catalog = Catalog::bundled();
}

void TestCatalogSearch::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("ids"); // the first results, in order
    QTest::addColumn<int>("count");

    QTest::newRow("full ID") << u"IKE/5/IKE_NEGO_FAIL"_s << QStringList{u"IKE/5/IKE_NEGO_FAIL"_s} << 1;
    QTest::newRow("brief, lower case") << u"ike_nego_fail"_s << QStringList{u"IKE/5/IKE_NEGO_FAIL"_s} << 1;
    QTest::newRow("module with other case") << u"ipsec/5/ipsec_inbound"_s << QStringList{u"IPSec/5/IPSEC_INBOUND_SA_MISS"_s} << 1;
    QTest::newRow("severity part of an ID") << u"ISIS/4"_s
                                            << QStringList{u"ISIS/4/ADD_SRLGTOLINK_FAIL"_s, u"ISIS/4/ADJ_CHANGE_LEVEL"_s, u"ISIS/4/GENLSPDESC_FAILSMB"_s}
                                            << 3;
    QTest::newRow("Chinese substring") << u"半开放"_s << QStringList{u"IKE/4/IKEV2_HALF_OPEN_REACH_THRESHOLD"_s} << 1;
    QTest::newRow("Chinese cause text") << u"本端DPD检测失败"_s << QStringList{u"IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN"_s} << 1;
    QTest::newRow("English text, any case") << u"dead peer detection"_s << QStringList{u"IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN"_s} << 1;
    QTest::newRow("command") << u"ipsec invalid-spi-recovery"_s << QStringList{u"IPSec/5/IPSEC_INBOUND_SA_MISS"_s} << 1;
    QTest::newRow("cause value") << u"phase1 proposal mismatch"_s << QStringList{u"IKE/5/IKE_NEGO_FAIL"_s} << 1;
    QTest::newRow("every word must occur") << u"OfflineReason torn"_s << QStringList{u"IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN"_s} << 1;
    QTest::newRow("mixed languages") << u"隧道 established"_s << QStringList{u"IPSEC/5/IPSEC_TUNNEL_ESTABLISHED"_s} << 1;
    QTest::newRow("ID hits first") << u"tunnel"_s
                                   << QStringList{u"IPSEC/5/IPSEC_TUNNEL_ESTABLISHED"_s, u"IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN"_s, u"IKE/5/IKE_NEGO_FAIL"_s,
                                                   u"IPSEC/4/IPSEC_ROUTE_REACH_MAX"_s}
                                   << 4;
    QTest::newRow("IS-IS meaning we wrote") << u"system ID conflict"_s << QStringList{u"ISIS/6/CONFLICT_SYSTEM_ID"_s} << 1;
    QTest::newRow("section number") << u"43.9"_s << QStringList{u"IPSEC/4/IPSEC_ROUTE_REACH_MAX"_s} << 1;
    QTest::newRow("no hit") << u"BGP peer flapping"_s << QStringList{} << 0;
    QTest::newRow("empty query") << u"   "_s << QStringList{} << 0;
}

void TestCatalogSearch::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, ids);
    QFETCH(int, count);
    const QList<const CatalogEntry *> results = m_catalog.search(query);
    QStringList actual;
    for (const CatalogEntry *entry : results)
        actual.append(entry->id);
    QCOMPARE(actual.mid(0, ids.size()), ids);
    QVERIFY2(actual.size() == count, qPrintable(actual.join(u' ')));
}

void TestCatalogSearch::fragments_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("count");

    QTest::newRow("Chinese") << u"远端分支"_s << 1;
    QTest::newRow("English") << u"remote branch"_s << 1;
    QTest::newRow("parameter") << u"peer-name"_s << 1;
    QTest::newRow("no hit") << u"DPD"_s << 0;
}

void TestCatalogSearch::fragments()
{
    QFETCH(QString, query);
    QFETCH(int, count);
    QCOMPARE(m_catalog.searchFragments(query).size(), count);
    // A fragment has no ID, so it never turns up as an entry for a line.
    QCOMPARE(m_catalog.find("", ""), nullptr);
}

void TestCatalogSearch::userCatalogsAreSearched()
{
    Catalog catalog = Catalog::bundled();
    catalog.loadData(R"({"catalog": {"name": "mine"}, "entries": [{"id": "SHELL/5/CMDRECORD", "meaning": {"zh": "记录用户输入的命令。", "en": "A command was recorded."}}]})",
                     u"mine.json"_s, true);
    const QList<const CatalogEntry *> results = catalog.search(u"用户输入"_s);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first()->catalogName, u"mine"_s);
}

QTEST_GUILESS_MAIN(TestCatalogSearch)
#include "tst_catalogsearch.moc"
