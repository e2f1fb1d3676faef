#include "catalog.h"
#include "catalogreader.h"
#include "catalogwriter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

// The "tunnelEvent" mark of a catalog entry: read, written back, checked, kept by a later entry,
// and set on the bundled entries that are tunnel events.
class TestCatalogTunnelEvent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void badValue_data();
    void badValue();
    void bundledMarks();
    void laterEntryKeepsTheMark();
};

namespace {

QByteArray catalogWith(const QByteArray &entryFields)
{
    return "{\"catalog\": {\"name\": \"t\"},\n\"entries\": [\n  {\"id\": \"VPN/4/MY_TUNNEL\", \"meaning\": {\"en\": \"m\"}"
        + entryFields + "}\n]}";
}

QStringList problemTexts(const QList<CatalogProblem> &problems)
{
    QStringList result;
    for (const CatalogProblem &problem : problems)
        result.append(u"%1:%2: %3: %4"_s.arg(problem.line).arg(problem.column).arg(problem.entryId, problem.message));
    return result;
}

} // namespace

void TestCatalogTunnelEvent::roundTrip_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<int>("mark");
    QTest::addColumn<QByteArray>("written"); // in the writer's output; empty: no "tunnelEvent" at all
    QTest::addColumn<QStringList>("names");  // policy, seq, peer, reason parameter names; empty: built-in
    const QStringList builtIn{QString(), QString(), QString(), QString()};
    QTest::newRow("up") << R"(, "tunnelEvent": "up")"_ba << int(TunnelEventMark::Up) << R"("tunnelEvent": "up")"_ba << builtIn;
    QTest::newRow("down") << R"(, "tunnelEvent": "down")"_ba << int(TunnelEventMark::Down) << R"("tunnelEvent": "down")"_ba
                          << builtIn;
    QTest::newRow("failure") << R"(, "tunnelEvent": "failure")"_ba << int(TunnelEventMark::Failure)
                             << R"("tunnelEvent": "failure")"_ba << builtIn;
    QTest::newRow("not marked") << QByteArray() << int(TunnelEventMark::None) << QByteArray() << builtIn;
    QTest::newRow("object, all names")
        << R"(, "tunnelEvent": {"kind": "down", "peer": "Peer", "reason": "Cause", "policy": "Profile", "seq": "Index"})"_ba
        << int(TunnelEventMark::Down) << R"("peer": "Peer")"_ba
        << QStringList{u"Profile"_s, u"Index"_s, u"Peer"_s, u"Cause"_s};
    QTest::newRow("object, peer and reason") << R"(, "tunnelEvent": {"reason": "Cause", "kind": "failure", "peer": "Peer"})"_ba
                                             << int(TunnelEventMark::Failure) << R"("kind": "failure")"_ba
                                             << QStringList{QString(), QString(), u"Peer"_s, u"Cause"_s};
    QTest::newRow("object, kind only") << R"(, "tunnelEvent": {"kind": "up"})"_ba << int(TunnelEventMark::Up)
                                       << R"("tunnelEvent": "up")"_ba << builtIn;
}

void TestCatalogTunnelEvent::roundTrip()
{
    QFETCH(QByteArray, fields);
    QFETCH(int, mark);
    QFETCH(QByteArray, written);
    QFETCH(QStringList, names);
    const auto namesOf = [](const CatalogEntry &entry) {
        const TunnelEventParameters &p = entry.tunnelParameters;
        return QStringList{p.policy, p.seq, p.peer, p.reason};
    };
    const CatalogFileContents read = readCatalogJson(catalogWith(fields), u"t.json"_s);
    QCOMPARE(problemTexts(read.problems), QStringList());
    QCOMPARE(read.entries.size(), std::size_t(1));
    QCOMPARE(int(read.entries.front().tunnelEvent), mark);
    QCOMPARE(namesOf(read.entries.front()), names);

    const QByteArray json = catalogToJson(read);
    if (written.isEmpty())
        QVERIFY2(!json.contains("tunnelEvent"), json.constData());
    else
        QVERIFY2(json.contains(written), json.constData());
    const CatalogFileContents reread = readCatalogJson(json, u"t.json"_s);
    QCOMPARE(problemTexts(reread.problems), QStringList());
    QCOMPARE(reread.entries.size(), std::size_t(1));
    QCOMPARE(int(reread.entries.front().tunnelEvent), mark);
    QCOMPARE(namesOf(reread.entries.front()), names);
}

void TestCatalogTunnelEvent::badValue_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QStringList>("problems"); // "line:column: entry: words"
    QTest::newRow("unknown word") << R"(, "tunnelEvent": "flap")"_ba
                                  << QStringList{u"3:68: VPN/4/MY_TUNNEL: entries[0].tunnelEvent: must be \"up\", \"down\" or \"failure\""_s,
                                                 u"3:3: VPN/4/MY_TUNNEL: entries[0] is skipped"_s};
    QTest::newRow("case matters") << R"(, "tunnelEvent": "Down")"_ba
                                  << QStringList{u"3:68: VPN/4/MY_TUNNEL: entries[0].tunnelEvent: must be"_s,
                                                 u"3:3: VPN/4/MY_TUNNEL: entries[0] is skipped"_s};
    QTest::newRow("not a string") << R"(, "tunnelEvent": true)"_ba
                                  << QStringList{u"3:68: VPN/4/MY_TUNNEL: entries[0].tunnelEvent: must be"_s,
                                                 u"3:3: VPN/4/MY_TUNNEL: entries[0] is skipped"_s};
    QTest::newRow("object without a kind") << R"(, "tunnelEvent": {"peer": "Peer"})"_ba
                                           << QStringList{u"3:68: VPN/4/MY_TUNNEL: entries[0].tunnelEvent: the field \"kind\""_s,
                                                          u"3:3: VPN/4/MY_TUNNEL: entries[0] is skipped"_s};
    QTest::newRow("object with an unknown kind") << R"(, "tunnelEvent": {"kind": "flap"})"_ba
                                                 << QStringList{u"3:77: VPN/4/MY_TUNNEL: entries[0].tunnelEvent.kind: must be"_s,
                                                                u"3:3: VPN/4/MY_TUNNEL: entries[0] is skipped"_s};
    QTest::newRow("misspelt name in the object is a warning")
        << R"(, "tunnelEvent": {"kind": "up", "peers": "Peer"})"_ba
        << QStringList{u"3:92: VPN/4/MY_TUNNEL: entries[0].tunnelEvent: unknown field \"peers\""_s};
    QTest::newRow("misspelt field name is a warning") << R"(, "tunnelEvents": "up")"_ba
                                                      << QStringList{u"3:69: VPN/4/MY_TUNNEL: entries[0]: unknown field \"tunnelEvents\""_s};
}

// A wrong mark is reported at the line and column of its value and the entry is skipped, like any
// other bad field; a misspelt field name is only a warning.
void TestCatalogTunnelEvent::badValue()
{
    QFETCH(QByteArray, fields);
    QFETCH(QStringList, problems);
    Catalog catalog;
    catalog.loadData(catalogWith(fields), u"test.json"_s);
    const QStringList actual = problemTexts(catalog.problems());
    QCOMPARE(actual.size(), problems.size());
    for (qsizetype i = 0; i < problems.size(); ++i)
        QVERIFY2(actual.at(i).startsWith(problems.at(i)), qPrintable(actual.at(i) + u"  does not start with  "_s + problems.at(i)));
    QCOMPARE(catalog.find("VPN", "MY_TUNNEL") != nullptr, problems.size() == 1);
    for (const CatalogProblem &problem : catalog.problems())
        QCOMPARE(problem.file, u"test.json"_s);
}

// Exactly the bundled messages whose meaning is a tunnel coming up, going down or failing to
// negotiate carry a mark.
void TestCatalogTunnelEvent::bundledMarks()
{
    const Catalog catalog = Catalog::bundled();
    QCOMPARE(problemTexts(catalog.problems()), QStringList());
    QMap<QString, QString> marked;
    for (const auto &entry : catalog.entries()) {
        if (entry->tunnelEvent != TunnelEventMark::None)
            marked.insert(entry->id, tunnelEventMarkName(entry->tunnelEvent));
    }
    const QMap<QString, QString> expected{{u"IKE/5/IKE_NEGO_FAIL"_s, u"failure"_s},
                                          {u"IPSEC/5/IPSEC_TUNNEL_ESTABLISHED"_s, u"up"_s},
                                          {u"IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN"_s, u"down"_s}};
    QCOMPARE(marked, expected);
}

// A user's entry for a bundled tunnel message that says nothing about tunnels keeps the mark.
void TestCatalogTunnelEvent::laterEntryKeepsTheMark()
{
    Catalog catalog = Catalog::bundled();
    catalog.loadData(R"({"catalog": {"name": "mine"}, "entries": [{"id": "IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN", "meaning": {"en": "Mine."}}]})"_ba,
                     u"mine.json"_s, true);
    const CatalogEntry *entry = catalog.find("IPSEC", "IPSEC_TUNNEL_TEARED_DOWN");
    QVERIFY(entry);
    QCOMPARE(entry->meaning.en, u"Mine."_s);
    QCOMPARE(entry->tunnelEvent, TunnelEventMark::Down);
    const QString problem = catalog.sources().last().problems.value(0).toString();
    QVERIFY2(problem.contains(u"tunnel event"_s), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestCatalogTunnelEvent)
#include "tst_catalogtunnelevent.moc"
