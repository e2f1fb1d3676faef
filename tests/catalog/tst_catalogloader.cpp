#include "catalog.h"
#include "catalogreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace LogSage;

// Loading catalog JSON: problems name file, line, column and entry; bad entries are skipped, the
// rest kept; later catalogs win.
class TestCatalogLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problems_data();
    void problems();
    void origins();
    void laterCatalogWins();
    void laterEntryKeepsWhatItLacks_data();
    void laterEntryKeepsWhatItLacks();
    void fileLoadedAgainTakesItsPlace();
    void sameFileUnderAnotherSpelling();
    void findWhileReloading();
    void largeCatalogReadInHalves_data();
    void largeCatalogReadInHalves();
    void directoryAndFiles();
    void fragments();
    void damagedFilesNeverCrash();
};

static const QByteArray goodEntry = R"({"id": "IKE/5/IKE_NEGO_FAIL", "message": {"zh": "协商失败。", "en": "Negotiation fails."}})";

void TestCatalogLoader::problems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("loadedIds");
    QTest::addColumn<QStringList>("problems"); // "line:column: entry: words"

    QTest::newRow("valid") << QByteArray("{\"catalog\": {\"name\": \"t\"},\n \"entries\": [" + goodEntry + "]}")
                           << QStringList{u"IKE/5/IKE_NEGO_FAIL"_s} << QStringList{};
    QTest::newRow("syntax error: line and column") << QByteArray("{\n  \"entries\": [\n    {\"id\": \"A/1/B\",, }\n  ]\n}")
                                                   << QStringList{} << QStringList{u"3:20: : not valid JSON (expected a quoted member name)"_s};
    QTest::newRow("column counts characters, not bytes")
        << QByteArray("{\"entries\": [{\"id\": \"A/1/B\", \"meaning\": {\"zh\": \"中文\" \"en\": \"\"}}]}") << QStringList{}
        << QStringList{u"1:53: : not valid JSON (expected ',' or '}')"_s};
    QTest::newRow("not a catalog") << QByteArray("[1, 2]") << QStringList{} << QStringList{u"1:1: : not a LogSage catalog"_s};
    QTest::newRow("bad entry skipped, others kept")
        << QByteArray("{\"catalog\": {\"name\": \"t\"},\n\"entries\": [\n" + goodEntry + ",\n  {\"id\": \"NOT AN ID\", \"meaning\": {\"zh\": \"x\"}},\n"
                      "  {\"id\": \"ISIS/6/X\", \"meaning\": {\"zh\": \"y\"}}\n]}")
        << QStringList{u"IKE/5/IKE_NEGO_FAIL"_s, u"ISIS/6/X"_s}
        << QStringList{u"4:10: NOT AN ID: entries[1].id: must look like MODULE/SEVERITY/BRIEF"_s, u"4:3: NOT AN ID: entries[1] is skipped"_s};
    QTest::newRow("missing id") << QByteArray("{\"catalog\": {\"name\": \"t\"}, \"entries\": [{\"meaning\": {\"zh\": \"x\"}}]}")
                                << QStringList{} << QStringList{u"1:40: : entries[0]: the field \"id\" is missing"_s, u"1:40: : entries[0] is skipped"_s};
    QTest::newRow("wrong types")
        << QByteArray("{\"catalog\": {\"name\": \"t\"}, \"entries\": [{\"id\": \"A/1/B\", \"message\": \"plain\", \"tags\": [1]}]}")
        << QStringList{}
        << QStringList{u"1:67: A/1/B: entries[0].message: must be an object"_s, u"1:85: A/1/B: entries[0].tags[0]: must be a string"_s,
                       u"1:40: A/1/B: entries[0]: an entry needs a \"message\" or a \"meaning\""_s, u"1:40: A/1/B: entries[0] is skipped"_s};
    QTest::newRow("condition needs equals or fallback")
        << QByteArray("{\"catalog\": {\"name\": \"t\"}, \"entries\": [{\"id\": \"A/1/B\", \"meaning\": {\"zh\": \"m\"}, "
                      "\"causes\": [{\"key\": \"k\", \"text\": {\"zh\": \"c\"}, \"when\": {\"parameter\": \"Reason\"}}]}]}")
        << QStringList{} << QStringList{u"1:133: A/1/B: entries[0].causes[0].when: needs either"_s, u"1:40: A/1/B: entries[0] is skipped"_s};
    QTest::newRow("unknown origin")
        << QByteArray("{\"catalog\": {\"name\": \"t\"}, \"entries\": [{\"id\": \"A/1/B\", \"meaning\": {\"zh\": \"m\", \"origin\": {\"en\": \"machine\"}}}]}")
        << QStringList{} << QStringList{u"1:96: A/1/B: entries[0].meaning.origin.en: must be one of"_s, u"1:40: A/1/B: entries[0] is skipped"_s};
    QTest::newRow("unknown field is a warning, entry kept")
        << QByteArray("{\"catalog\": {\"name\": \"t\"}, \"entries\": [{\"id\": \"A/1/B\", \"meening\": {}, \"meaning\": {\"zh\": \"m\"}}]}")
        << QStringList{u"A/1/B"_s} << QStringList{u"1:67: A/1/B: entries[0]: unknown field \"meening\""_s};
    QTest::newRow("missing header is a warning")
        << QByteArray("{\"entries\": [{\"id\": \"A/1/B\", \"meaning\": {\"zh\": \"m\"}}]}") << QStringList{u"A/1/B"_s}
        << QStringList{u"1:1: : catalog: the \"catalog\" header"_s};
    QTest::newRow("same ID twice in one file: later wins")
        << QByteArray("{\"catalog\": {\"name\": \"t\"}, \"entries\": [{\"id\": \"A/1/B\", \"meaning\": {\"zh\": \"1\"}}, "
                      "{\"id\": \"a/2/B\", \"meaning\": {\"zh\": \"2\"}}]}")
        << QStringList{u"a/2/B"_s} << QStringList{u"1:81: a/2/B: replaces the entry A/1/B from catalog \"t\""_s};
    QTest::newRow("title-only entry needs no text")
        << QByteArray("{\"catalog\": {\"name\": \"t\"}, \"entries\": [{\"id\": \"ISIS/6/X\", \"fullText\": false}]}")
        << QStringList{u"ISIS/6/X"_s} << QStringList{};
}

void TestCatalogLoader::problems()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, loadedIds);
    QFETCH(QStringList, problems);
    Catalog catalog;
    catalog.loadData(json, u"test.json"_s);
    QStringList ids;
    for (const auto &entry : catalog.entries())
        ids.append(entry->id);
    QCOMPARE(ids, loadedIds);
    QStringList actual;
    for (const CatalogProblem &problem : catalog.problems()) {
        QCOMPARE(problem.file, u"test.json"_s);
        actual.append(u"%1:%2: %3: %4"_s.arg(problem.line).arg(problem.column).arg(problem.entryId, problem.message));
    }
    QCOMPARE(actual.size(), problems.size());
    for (qsizetype i = 0; i < problems.size(); ++i)
        QVERIFY2(actual[i].startsWith(problems[i]), qPrintable(actual[i] + u"  does not start with  "_s + problems[i]));
}

void TestCatalogLoader::origins()
{
    const QByteArray json = R"({"catalog": {"name": "o", "origin": {"zh": "vendor", "en": "written"}},
        "entries": [{"id": "A/1/B", "origin": {"en": "translated"},
                     "message": {"zh": "m", "en": "m"},
                     "meaning": {"zh": "x", "en": "y", "origin": {"zh": "written"}}},
                    {"id": "A/1/C", "meaning": {"zh": "x", "en": "y"}}]})";
    const CatalogFileContents contents = readCatalogJson(json, u"o.json"_s);
    QCOMPARE(contents.problems.size(), 0);
    QCOMPARE(contents.entries[0].message.zhOrigin, TextOrigin::Vendor);
    QCOMPARE(contents.entries[0].message.enOrigin, TextOrigin::Translated);
    QCOMPARE(contents.entries[0].meaning.zhOrigin, TextOrigin::Written);
    QCOMPARE(contents.entries[0].meaning.enOrigin, TextOrigin::Translated);
    QCOMPARE(contents.entries[1].meaning.enOrigin, TextOrigin::Written);
    QCOMPARE(contents.entries[0].catalogName, u"o"_s);

    const CatalogFileContents user = readCatalogJson(R"({"entries": [{"id": "A/1/B", "meaning": {"zh": "x"}}]})", u"/u/mine.json"_s, true);
    QCOMPARE(user.entries[0].meaning.zhOrigin, TextOrigin::User);
    QCOMPARE(user.info.name, u"mine"_s);

    LocalizedText onlyChinese;
    onlyChinese.zh = u"中文"_s;
    QCOMPARE(onlyChinese.text(Language::English), u"中文"_s);
    QCOMPARE(onlyChinese.origin(Language::English), TextOrigin::Vendor);
}

void TestCatalogLoader::laterCatalogWins()
{
    Catalog catalog = Catalog::bundled();
    const CatalogEntry *before = catalog.find("IKE", "IKE_NEGO_FAIL");
    QVERIFY(before);
    QCOMPARE(before->catalogName, u"huawei-ar-ike-ipsec"_s);
    catalog.loadData(R"({"catalog": {"name": "mine"}, "entries": [{"id": "ike/4/IKE_NEGO_FAIL", "meaning": {"zh": "我的", "en": "mine"}}]})",
                     u"mine.json"_s, true);
    const CatalogEntry *after = catalog.find("IKE", "IKE_NEGO_FAIL");
    QVERIFY(after);
    QCOMPARE(after->catalogName, u"mine"_s);
    QCOMPARE(after->meaning.en, u"mine"_s);
    QCOMPARE(after->meaning.enOrigin, TextOrigin::User);
    QCOMPARE(catalog.entries().size(), std::size_t(83));
    const CatalogSource &source = catalog.sources().last();
    QVERIFY(source.user);
    QCOMPARE(source.entryCount, 1);
    QCOMPARE(source.problems.size(), 1);
    QCOMPARE(source.problems.first().entryId, u"ike/4/IKE_NEGO_FAIL"_s);
    QVERIFY(source.problems.first().toString().contains(u"replaces the entry IKE/5/IKE_NEGO_FAIL from catalog \"huawei-ar-ike-ipsec\""_s));
    QCOMPARE(catalog.findId(u"IKE/5/IKE_NEGO_FAIL"_s), after); // severity is ignored
}

void TestCatalogLoader::laterEntryKeepsWhatItLacks_data()
{
    QTest::addColumn<QByteArray>("later");
    QTest::addColumn<QString>("meaningZh");
    QTest::addColumn<QString>("meaningEn");
    QTest::addColumn<int>("causes");
    QTest::addColumn<bool>("fullText");
    QTest::addColumn<QString>("kept"); // in the problem text; empty when nothing is kept

    // What the importer makes of a title-only section: the bundled full text must survive it.
    QTest::newRow("title only")
        << QByteArray(R"({"id": "IKE/5/IKE_NEGO_FAIL", "fullText": false, "message": {"zh": "协商失败。"}, "note": {"zh": "来源中只有该日志的标题。"}})")
        << u"IPSec隧道建立失败。"_s << u"An IPSec tunnel could not be set up."_s << 20 << true
        << u"section, versions, meaning, parameters, causes introduction, causes, tags, tunnel event"_s;
    QTest::newRow("own meaning, no causes")
        << QByteArray(R"({"id": "IKE/5/IKE_NEGO_FAIL", "meaning": {"zh": "我的说明"}})") << u"我的说明"_s << QString() << 20 << true
        << u"section, versions, message, parameters, causes introduction, causes, tags, tunnel event"_s;
    QTest::newRow("full replacement")
        << QByteArray(R"({"id": "IKE/5/IKE_NEGO_FAIL", "message": {"zh": "m", "en": "m"}, "meaning": {"zh": "甲", "en": "a"},)"
                      R"( "parameters": [{"name": "Reason", "description": {"zh": "原因", "en": "why"}}],)"
                      R"( "causes": [{"key": "x", "text": {"zh": "乙", "en": "b"}}], "steps": [{"text": {"zh": "丙", "en": "c"}}],)"
                      R"( "appliesTo": {"zh": "全部", "en": "all"}, "causesIntro": {"zh": "原因：", "en": "Causes:"}, "tags": ["tunnel"], "tunnelEvent": "failure", "section": "9.9"})")
        << u"甲"_s << u"a"_s << 1 << true << QString();
}

// The same message in a later catalog wins field by field: a title-only entry does not hide the
// full text of an earlier catalog, and the report says what was kept.
void TestCatalogLoader::laterEntryKeepsWhatItLacks()
{
    QFETCH(QByteArray, later);
    QFETCH(QString, meaningZh);
    QFETCH(QString, meaningEn);
    QFETCH(int, causes);
    QFETCH(bool, fullText);
    QFETCH(QString, kept);
    Catalog catalog = Catalog::bundled();
    const CatalogEntry *bundled = catalog.find("IKE", "IKE_NEGO_FAIL");
    QVERIFY(bundled);
    catalog.loadData(R"({"catalog": {"name": "mine"}, "entries": [)" + later + "]}", u"mine.json"_s, true);
    const CatalogEntry *entry = catalog.find("IKE", "IKE_NEGO_FAIL");
    QVERIFY(entry);
    QCOMPARE(entry->catalogName, u"mine"_s);
    QVERIFY2(entry->meaning.zh.startsWith(meaningZh), qPrintable(entry->meaning.zh));
    QVERIFY2(meaningEn.isEmpty() ? entry->meaning.en.isEmpty() : entry->meaning.en.startsWith(meaningEn), qPrintable(entry->meaning.en));
    QCOMPARE(entry->causes.size(), causes);
    QCOMPARE(entry->fullText, fullText);
    const QString problem = catalog.sources().last().problems.value(0).toString();
    QVERIFY2(problem.contains(u"replaces the entry IKE/5/IKE_NEGO_FAIL"_s), qPrintable(problem));
    if (kept.isEmpty())
        QVERIFY2(!problem.contains(u"kept"_s), qPrintable(problem));
    else
        QVERIFY2(problem.contains(u"its "_s + kept), qPrintable(problem));
    QCOMPARE(bundled->catalogName, u"huawei-ar-ike-ipsec"_s); // retired, not freed: still readable
}

// Importing the same reference again reads its file again in place: one source, no self-replacement,
// and catalogs loaded after it still win over it.
void TestCatalogLoader::fileLoadedAgainTakesItsPlace()
{
    Catalog catalog = Catalog::bundled();
    const qsizetype bundledSources = catalog.sources().size();
    const std::size_t bundledEntries = catalog.entries().size();
    catalog.loadData(R"({"catalog": {"name": "a"}, "entries": [{"id": "X/4/ONE", "meaning": {"zh": "一"}}, {"id": "X/4/TWO", "meaning": {"zh": "二a"}}]})",
                     u"a.json"_s, true);
    catalog.loadData(R"({"catalog": {"name": "b"}, "entries": [{"id": "X/4/TWO", "meaning": {"zh": "二b"}}]})", u"b.json"_s, true);
    const CatalogEntry *before = catalog.find("X", "ONE");
    QVERIFY(before);
    catalog.loadData(R"({"catalog": {"name": "a"}, "entries": [{"id": "X/4/ONE", "meaning": {"zh": "一again"}}, {"id": "X/4/TWO", "meaning": {"zh": "二a"}}]})",
                     u"a.json"_s, true);
    QCOMPARE(catalog.sources().size(), bundledSources + 2);
    QCOMPARE(catalog.sources().at(bundledSources).file, u"a.json"_s);
    QVERIFY(catalog.sources().at(bundledSources).problems.isEmpty());
    QCOMPARE(catalog.entries().size(), bundledEntries + 2);
    QCOMPARE(catalog.find("X", "ONE")->meaning.zh, u"一again"_s);
    QCOMPARE(catalog.find("X", "TWO")->meaning.zh, u"二b"_s); // b.json is still later than a.json
    QCOMPARE(before->meaning.zh, u"一"_s); // the old entry is retired, not freed
    QVERIFY(catalog.find("IKE", "IKE_NEGO_FAIL"));
}

void TestCatalogLoader::sameFileUnderAnotherSpelling()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mine.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"catalog": {"name": "mine"}, "entries": [{"id": "X/4/ONE", "meaning": {"zh": "一"}}]})");
    file.close();
    Catalog catalog;
    catalog.loadFile(path, true);
    catalog.loadFile(dir.path() + u"/./mine.json"_s, true);
    QCOMPARE(catalog.sources().size(), 1);
    QVERIFY(catalog.sources().first().problems.isEmpty());
    QCOMPARE(catalog.entries().size(), std::size_t(1));
}

// Message statistics look entries up on worker threads while the GUI thread may import a reference
// again: a look-up during the reload finds the entry or nothing, never freed memory.
void TestCatalogLoader::findWhileReloading()
{
    Catalog catalog = Catalog::bundled();
    QByteArray json = R"({"catalog": {"name": "mine"}, "entries": [)";
    for (int i = 0; i < 500; ++i)
        json += (i ? ", " : "") + QByteArray(R"({"id": "M/4/E)") + QByteArray::number(i) + R"(", "meaning": {"zh": "x"}})";
    json += "]}";
    catalog.loadData(json, u"mine.json"_s, true);
    std::atomic<bool> stop{false};
    std::atomic<int> found{0};
    std::thread reader([&] {
        while (!stop.load()) {
            for (int i = 0; i < 500; ++i) {
                const QByteArray brief = "E" + QByteArray::number(i);
                if (const CatalogEntry *entry = catalog.find("M", brief); entry && entry->brief == QLatin1StringView(brief))
                    found.fetch_add(1);
            }
            if (catalog.find("IKE", "IKE_NEGO_FAIL"))
                found.fetch_add(1);
        }
    });
    for (int round = 0; round < 20; ++round)
        catalog.loadData(json, u"mine.json"_s, true);
    stop.store(true);
    reader.join();
    QVERIFY(found.load() > 0);
    QCOMPARE(catalog.sources().size(), Catalog::bundled().sources().size() + 1);
}

void TestCatalogLoader::largeCatalogReadInHalves_data()
{
    QTest::addColumn<int>("badEntry");   // an entry with a wrong type, -1 for none
    QTest::addColumn<int>("brokenEntry"); // an entry with a JSON syntax error, -1 for none

    QTest::newRow("all good") << -1 << -1;
    QTest::newRow("bad entry in the first half") << 100 << -1;
    QTest::newRow("bad entry in the second half") << 3000 << -1;
    QTest::newRow("broken JSON in the second half") << -1 << 3500;
    QTest::newRow("broken JSON in the first half") << -1 << 20;
}

// A catalog over half a megabyte is read on two threads; what comes out (entries in order, each
// problem at its line) must be what one reader would give, whichever half a problem is in.
void TestCatalogLoader::largeCatalogReadInHalves()
{
    QFETCH(int, badEntry);
    QFETCH(int, brokenEntry);
    constexpr int Count = 4000;
    QByteArray json = "{\"catalog\": {\"name\": \"big\"},\n\"entries\": [\n";
    for (int i = 0; i < Count; ++i) {
        QByteArray meaning = i == badEntry ? QByteArray("42") : "{\"zh\": \"第" + QByteArray::number(i) + "条 ],[{ \\\" \", \"en\": \"entry\"}";
        if (i == brokenEntry)
            meaning = "{\"zh\": \"x\" \"en\": \"y\"}"; // a missing comma
        json += "  {\"id\": \"M" + QByteArray::number(i % 7) + "/4/E_" + QByteArray::number(i) + "\", \"meaning\": " + meaning
            + ", \"steps\": [{\"text\": {\"zh\": \"执行 display ike sa\", \"en\": \"Run display ike sa\"}, \"commands\": [\"display ike sa\"]}]}"
            + (i + 1 < Count ? ",\n" : "\n");
    }
    json += "]}\n";
    QVERIFY(json.size() > 600 * 1024);
    const CatalogFileContents contents = readCatalogJson(json, u"big.json"_s);
    if (brokenEntry >= 0) {
        QVERIFY(!contents.readable);
        QVERIFY(contents.entries.empty());
        QCOMPARE(contents.problems.size(), 1);
        QCOMPARE(contents.problems.first().line, brokenEntry + 3);
        QVERIFY(contents.problems.first().message.contains(u"expected ',' or '}'"_s));
        return;
    }
    QVERIFY(contents.readable);
    QCOMPARE(int(contents.entries.size()), badEntry >= 0 ? Count - 1 : Count);
    int expected = 0;
    for (const CatalogEntry &entry : contents.entries) {
        if (expected == badEntry)
            ++expected;
        QCOMPARE(entry.id, u"M%1/4/E_%2"_s.arg(expected % 7).arg(expected));
        QCOMPARE(entry.meaning.zh, u"第%1条 ],[{ \" "_s.arg(expected));
        QCOMPARE(entry.steps.size(), 1);
        ++expected;
    }
    QCOMPARE(contents.problems.size(), badEntry >= 0 ? 3 : 0);
    if (badEntry >= 0) {
        for (const CatalogProblem &problem : contents.problems) {
            QCOMPARE(problem.line, badEntry + 3);
            QCOMPARE(problem.entryId, u"M%1/4/E_%2"_s.arg(badEntry % 7).arg(badEntry));
        }
        QVERIFY(contents.problems.last().message.contains(u"entries[%1] is skipped"_s.arg(badEntry)));
    }
}

void TestCatalogLoader::directoryAndFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&](const QString &name, const QByteArray &data) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    };
    write(u"b.json"_s, R"({"catalog": {"name": "b"}, "entries": [{"id": "A/1/X", "meaning": {"zh": "b"}}]})");
    write(u"a.json"_s, R"({"catalog": {"name": "a"}, "entries": [{"id": "A/1/X", "meaning": {"zh": "a"}}]})");
    write(u"broken.json"_s, "{ nope");
    write(u"x.schema.json"_s, R"({"$schema": "https://json-schema.org/draft/2020-12/schema"})");
    write(u"notes.txt"_s, "ignored");

    Catalog catalog;
    catalog.loadDirectory(dir.path());
    QStringList files;
    for (const CatalogSource &source : catalog.sources())
        files.append(QFileInfo(source.file).fileName());
    QCOMPARE(files, (QStringList{u"a.json"_s, u"b.json"_s, u"broken.json"_s}));
    QCOMPARE(catalog.find("a", "X")->meaning.zh, u"b"_s); // sorted by name, so b.json loads later and wins
    QCOMPARE(catalog.problems().size(), 2);
    QVERIFY2(catalog.problems().at(1).toString().startsWith(dir.filePath(u"broken.json"_s) + u":1:3: not valid JSON"_s),
             qPrintable(catalog.problems().at(1).toString()));

    Catalog missing;
    missing.loadFile(dir.filePath(u"absent.json"_s));
    missing.loadDirectory(dir.filePath(u"absent"_s));
    QCOMPARE(missing.problems().size(), 2);
    QVERIFY(missing.problems().at(0).message.contains(u"cannot be read"_s));
    QVERIFY(missing.problems().at(1).message.contains(u"does not exist"_s));
    QVERIFY(missing.entries().empty());
}

void TestCatalogLoader::fragments()
{
    Catalog catalog;
    catalog.loadData(R"({"catalog": {"name": "f"}, "entries": [],
        "fragments": [{"before": "43.4", "causes": [{"key": "cause-1", "text": {"zh": "分配IP地址失败", "en": "IP assignment failed"}}]},
                      {"before": 7}]})",
                     u"f.json"_s);
    QCOMPARE(catalog.fragments().size(), std::size_t(1));
    QCOMPARE(catalog.fragments().front().before, u"43.4"_s);
    QCOMPARE(catalog.fragments().front().catalogName, u"f"_s);
    QCOMPARE(catalog.problems().size(), 2);
    QVERIFY(catalog.problems().at(0).message.contains(u"fragments[1].before: must be a string"_s));
    QVERIFY(catalog.problems().at(1).message.contains(u"fragments[1] is skipped"_s));
}

void TestCatalogLoader::damagedFilesNeverCrash()
{
    // Catalog files are untrusted input: every cut of a real catalog is rejected with one clear
    // problem, and flipped bytes give problems or entries, never a crash.
    QFile file(u":/logsage/catalog/huawei-ar-ike-ipsec.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    for (qsizetype cut = 0; cut < json.size() - 2; cut += 37) {
        const CatalogFileContents contents = readCatalogJson(json.left(cut), u"cut.json"_s);
        QVERIFY2(!contents.readable && contents.entries.empty(), qPrintable(QString::number(cut)));
        QCOMPARE(contents.problems.size(), 1);
        QVERIFY(contents.problems.first().message.startsWith(u"not valid JSON"_s));
        QVERIFY(contents.problems.first().line >= 1);
    }
    quint32 seed = 20261204;
    auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
    for (int round = 0; round < 300; ++round) {
        QByteArray damaged = json;
        for (int flip = 0; flip < 4; ++flip)
            damaged[qsizetype(next() % quint32(damaged.size()))] = char(next() % 256);
        const CatalogFileContents contents = readCatalogJson(damaged, u"damaged.json"_s);
        QVERIFY(!contents.problems.isEmpty() || contents.entries.size() == 8);
    }
}

QTEST_GUILESS_MAIN(TestCatalogLoader)
#include "tst_catalogloader.moc"
