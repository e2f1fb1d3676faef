#include "catalog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

// The catalogs compiled into the application load cleanly and answer look-ups.
class TestBundledCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsWithoutProblems();
    void find_data();
    void find();
};

void TestBundledCatalog::loadsWithoutProblems()
{
    const Catalog catalog = Catalog::bundled();
    QStringList problems;
    for (const CatalogProblem &problem : catalog.problems())
        problems.append(problem.toString());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    QCOMPARE(catalog.sources().size(), 2);
    QCOMPARE(catalog.entries().size(), std::size_t(8 + 75));
    QCOMPARE(catalog.fragments().size(), std::size_t(1));
}

void TestBundledCatalog::find_data()
{
    QTest::addColumn<QByteArray>("module");
    QTest::addColumn<QByteArray>("brief");
    QTest::addColumn<QString>("id");

    QTest::newRow("exact") << "IKE"_ba << "IKE_NEGO_FAIL"_ba << u"IKE/5/IKE_NEGO_FAIL"_s;
    QTest::newRow("module case-insensitive") << "IPSEC"_ba << "IPSEC_INBOUND_SA_MISS"_ba << u"IPSec/5/IPSEC_INBOUND_SA_MISS"_s;
    QTest::newRow("module lower case") << "ipsec"_ba << "IPSEC_TUNNEL_TEARED_DOWN"_ba << u"IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN"_s;
    QTest::newRow("isis title-only") << "ISIS"_ba << "ADJ_CHANGE_LEVEL"_ba << u"ISIS/4/ADJ_CHANGE_LEVEL"_s;
    QTest::newRow("brief is case-sensitive") << "IKE"_ba << "ike_nego_fail"_ba << QString();
    QTest::newRow("unknown") << "IFNET"_ba << "LINK_STATE"_ba << QString();
}

void TestBundledCatalog::find()
{
    QFETCH(QByteArray, module);
    QFETCH(QByteArray, brief);
    QFETCH(QString, id);
    const Catalog catalog = Catalog::bundled();
    const CatalogEntry *entry = catalog.find(module, brief);
    QCOMPARE(entry ? entry->id : QString(), id);
}

QTEST_GUILESS_MAIN(TestBundledCatalog)
#include "tst_bundledcatalog.moc"
