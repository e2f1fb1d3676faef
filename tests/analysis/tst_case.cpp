// The case: checklist ticks, notes, bookmarks and filters kept on disk after every change,
// recognized again by the content of its log files.

#include "case.h"
#include "casetestfiles.h"
#include "casestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace LogSage;
using namespace LogSage::CaseTestFiles;

namespace {

const StepId generalStep{u"IKE/5/IKE_NEGO_FAIL"_s, QString(), 0};
const StepId causeStep{u"IKE/5/IKE_NEGO_FAIL"_s, u"phase1-proposal-mismatch"_s, 1};




CatalogEntry entryWithSteps()
{
    CatalogEntry entry;
    entry.id = u"IKE/5/IKE_NEGO_FAIL"_s;
    CatalogCause first;
    first.key = u"phase1-proposal-mismatch"_s;
    first.steps = {CatalogStep{{u"a"_s, u"a"_s}, {}}, CatalogStep{{u"b"_s, u"b"_s}, {}}};
    CatalogCause second;
    second.key = u"peer-unreachable"_s;
    second.steps = {CatalogStep{{u"c"_s, u"c"_s}, {}}};
    CatalogCause withoutSteps;
    withoutSteps.key = u"other"_s;
    entry.causes = {first, second, withoutSteps};
    entry.steps = {CatalogStep{{u"g1"_s, u"g1"_s}, {}}, CatalogStep{{u"g2"_s, u"g2"_s}, {}}};
    return entry;
}

/// entryWithSteps() with the reference's "none of the above" (a fallback on Reason) as cause 3.
CatalogEntry entryWithFallback()
{
    CatalogEntry entry = entryWithSteps();
    CatalogCause fallback;
    fallback.key = u"none-listed"_s;
    fallback.condition = CauseCondition{u"Reason"_s, QString(), true};
    fallback.steps = {CatalogStep{{u"z"_s, u"z"_s}, {}}};
    entry.causes.append(fallback);
    return entry;
}

} // namespace

class TestCase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shownSteps_data();
    void shownSteps();
    void progress();
    void roundTrip_data();
    void roundTrip();
    void savedOnEveryChange_data();
    void savedOnEveryChange();
    void unchangedValuesDoNotSave();
    void saveFailureIsASentence();
    void sameContentAtAnotherPath();
    void fileSetIgnoresOrder();
    void otherContentGivesANewCase();
    void changedFileIsDetected_data();
    void changedFileIsDetected();
    void bookmarkDetectsChangedLine();
    void badCaseFiles_data();
    void badCaseFiles();
    void damagedStoredCaseIsKeptAside();
};

void TestCase::shownSteps_data()
{
    QTest::addColumn<int>("matchedCause");
    QTest::addColumn<QList<int>>("causeOrder");
    QTest::addColumn<QStringList>("expected"); // causeKey:index
    QTest::addColumn<bool>("withFallback");    // entryWithFallback() instead of entryWithSteps()

    QTest::newRow("matched cause and general") << 0 << QList<int>{} << QStringList{u"phase1-proposal-mismatch:0"_s, u"phase1-proposal-mismatch:1"_s, u":0"_s, u":1"_s} << false;
    QTest::newRow("other matched cause") << 1 << QList<int>{1, 0, 2} << QStringList{u"peer-unreachable:0"_s, u":0"_s, u":1"_s} << false;
    QTest::newRow("cause without steps") << 2 << QList<int>{} << QStringList{u":0"_s, u":1"_s} << false;
    QTest::newRow("no match: every cause in reference order") << -1 << QList<int>{} << QStringList{u"phase1-proposal-mismatch:0"_s, u"phase1-proposal-mismatch:1"_s, u"peer-unreachable:0"_s, u":0"_s, u":1"_s} << false;
    QTest::newRow("no match: the panel's cause order") << -1 << QList<int>{1, 0, 2} << QStringList{u"peer-unreachable:0"_s, u"phase1-proposal-mismatch:0"_s, u"phase1-proposal-mismatch:1"_s, u":0"_s, u":1"_s} << false;
    QTest::newRow("out of range cause is no match") << 7 << QList<int>{} << QStringList{u"phase1-proposal-mismatch:0"_s, u"phase1-proposal-mismatch:1"_s, u"peer-unreachable:0"_s, u":0"_s, u":1"_s} << false;
    // A value that matches no listed cause picks the fallback: shown like no match, the fallback last.
    QTest::newRow("fallback matched: every cause, fallback last") << 3 << QList<int>{3, 0, 1, 2} << QStringList{u"phase1-proposal-mismatch:0"_s, u"phase1-proposal-mismatch:1"_s, u"peer-unreachable:0"_s, u"none-listed:0"_s, u":0"_s, u":1"_s} << true;
    QTest::newRow("fallback matched, reference order") << 3 << QList<int>{} << QStringList{u"phase1-proposal-mismatch:0"_s, u"phase1-proposal-mismatch:1"_s, u"peer-unreachable:0"_s, u"none-listed:0"_s, u":0"_s, u":1"_s} << true;
    QTest::newRow("no match with a fallback: fallback last") << -1 << QList<int>{3, 1, 0, 2} << QStringList{u"peer-unreachable:0"_s, u"phase1-proposal-mismatch:0"_s, u"phase1-proposal-mismatch:1"_s, u"none-listed:0"_s, u":0"_s, u":1"_s} << true;
    QTest::newRow("listed match beside a fallback") << 1 << QList<int>{1, 3, 0, 2} << QStringList{u"peer-unreachable:0"_s, u":0"_s, u":1"_s} << true;
}

void TestCase::shownSteps()
{
    QFETCH(int, matchedCause);
    QFETCH(QList<int>, causeOrder);
    QFETCH(QStringList, expected);
    QFETCH(bool, withFallback);
    const CatalogEntry entry = withFallback ? entryWithFallback() : entryWithSteps();
    QStringList actual;
    for (const ShownStep &step : LogSage::shownSteps(entry, matchedCause, causeOrder)) {
        QCOMPARE(step.id.entryId, entry.id);
        QVERIFY(step.step);
        actual.append(step.id.causeKey + u':' + QString::number(step.id.index));
    }
    QCOMPARE(actual, expected);
}

void TestCase::progress()
{
    const CatalogEntry entry = entryWithSteps();
    Case c;
    QCOMPARE(c.progress(entry, 0).toString(), u"0/4"_s);
    QVERIFY(c.setTicked({entry.id, u"phase1-proposal-mismatch"_s, 1}, true));
    QVERIFY(c.setTicked({entry.id, QString(), 0}, true));
    QVERIFY(c.setTicked({entry.id, u"peer-unreachable"_s, 0}, true));
    QCOMPARE(c.progress(entry, 0).toString(), u"2/4"_s);
    QCOMPARE(c.progress(entry, 1).toString(), u"2/3"_s);
    QCOMPARE(c.progress(entry, -1).toString(), u"3/5"_s);
    QVERIFY(c.setTicked({entry.id, u"peer-unreachable"_s, 0}, false));
    QCOMPARE(c.progress(entry, -1), (StepProgress{2, 5}));
    QVERIFY(c.setTicked({entry.id, QString(), 1}, true));
    QVERIFY(c.setTicked({entry.id, u"peer-unreachable"_s, 0}, true));
    QVERIFY(c.progress(entry, 1).isComplete());
    QCOMPARE(StepProgress().toString(), QString());
}

void TestCase::roundTrip_data()
{
    QTest::addColumn<std::function<void(Case &)>>("fill");
    QTest::newRow("empty") << std::function<void(Case &)>([](Case &) {});
    QTest::newRow("everything") << std::function<void(Case &)>([](Case &c) {
        c.setFiles({CaseFile{u"/logs/ar-1.log"_s, 1234, QString(64, u'a'), CaseFile::Status::Unchecked, {}, {}},
                    CaseFile{u"/logs/日志 2.log"_s, 0, QString(64, u'b'), CaseFile::Status::Unchecked, QString(64, u'c'), QString(64, u'd')}});
        c.setTicked(generalStep, true);
        c.setNote(causeStep, u"对端提议不一致 — checked \"display ike proposal\"\n<b>not html</b>"_s);
        c.setTicked(causeStep, true);
        c.setNote({u"ISIS/4/ADJ_CHANGE"_s, QString(), 3}, u"only a note"_s);
        c.addBookmark({QString(64, u'b'), 9007199254740000ULL, Case::lineHash("line"), u"far away"_s});
        c.addBookmark({QString(64, u'a'), 12, Case::lineHash("twelve"), u"起点"_s});
        c.addBookmark({QString(64, u'a'), 3, Case::lineHash("three"), QString()});
        c.setFilters(QJsonObject{{u"severities"_s, QJsonArray{3, 4}}, {u"text"_s, u"peer"_s}});
        c.setFiltersFor(QString(64, u'b'), QJsonObject{{u"host"_s, u"AR-2"_s}});
        c.setLanguage(u"zh"_s);
    });
}

void TestCase::roundTrip()
{
    QFETCH(std::function<void(Case &)>, fill);
    Case original;
    fill(original);
    const QByteArray bytes = QJsonDocument(original.toJson()).toJson();
    CaseLoad loaded = Case::fromJson(bytes, u"round-trip.json"_s);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    const Case &copy = *loaded.value;
    QCOMPARE(copy.files(), original.files());
    QCOMPARE(copy.steps(), original.steps());
    QCOMPARE(copy.bookmarks(), original.bookmarks());
    QCOMPARE(copy.filters(), original.filters());
    for (const CaseFile &file : original.files())
        QCOMPARE(copy.filtersFor(file.fingerprint), original.filtersFor(file.fingerprint));
    QCOMPARE(copy.language(), original.language());
    QCOMPARE(copy.key(), original.key());
    QCOMPARE(QJsonDocument(copy.toJson()).toJson(), bytes);
    QCOMPARE(copy.toJson().value(u"format"_s).toInt(), 1);
    QCOMPARE(copy.isTicked(generalStep), original.isTicked(generalStep));
    QCOMPARE(copy.note(causeStep), original.note(causeStep));
}

void TestCase::savedOnEveryChange_data()
{
    QTest::addColumn<std::function<bool(Case &)>>("change");
    QTest::addColumn<QByteArray>("signalName");
    QTest::addColumn<std::function<bool(const QJsonObject &)>>("onDisk");

    using Change = std::function<bool(Case &)>;
    using Check = std::function<bool(const QJsonObject &)>;
    const auto firstStep = [](const QJsonObject &json) { return json.value(u"steps"_s).toArray().at(0).toObject(); };

    QTest::newRow("tick") << Change([](Case &c) { return c.setTicked(causeStep, true); }) << QByteArray(SIGNAL(stepChanged(LogSage::StepId)))
                          << Check([=](const QJsonObject &j) {
                                 return firstStep(j).value(u"ticked"_s).toBool()
                                        && firstStep(j).value(u"cause"_s).toString() == causeStep.causeKey
                                        && firstStep(j).value(u"index"_s).toInt() == 1;
                             });
    QTest::newRow("untick") << Change([](Case &c) { return c.setTicked(causeStep, true) && c.setTicked(causeStep, false); })
                            << QByteArray(SIGNAL(stepChanged(LogSage::StepId)))
                            << Check([](const QJsonObject &j) { return j.value(u"steps"_s).toArray().isEmpty(); });
    QTest::newRow("step note") << Change([](Case &c) { return c.setNote(generalStep, u"MTU 1400 on both ends"_s); })
                               << QByteArray(SIGNAL(stepChanged(LogSage::StepId)))
                               << Check([=](const QJsonObject &j) {
                                      return firstStep(j).value(u"note"_s).toString() == u"MTU 1400 on both ends"_s
                                             && !firstStep(j).value(u"ticked"_s).toBool();
                                  });
    QTest::newRow("bookmark") << Change([](Case &c) { return c.addBookmark({QString(64, u'c'), 41, Case::lineHash("x"), u"here"_s}); })
                              << QByteArray(SIGNAL(bookmarksChanged()))
                              << Check([](const QJsonObject &j) {
                                     const QJsonObject b = j.value(u"bookmarks"_s).toArray().at(0).toObject();
                                     return b.value(u"line"_s).toInteger() == 41 && b.value(u"note"_s).toString() == u"here"_s;
                                 });
    QTest::newRow("bookmark note") << Change([](Case &c) {
        return c.addBookmark({QString(64, u'c'), 41, Case::lineHash("x"), u"here"_s})
               && c.setBookmarkNote(QString(64, u'c'), 41, u"there"_s);
    }) << QByteArray(SIGNAL(bookmarksChanged()))
                                   << Check([](const QJsonObject &j) {
                                          return j.value(u"bookmarks"_s).toArray().at(0).toObject().value(u"note"_s).toString() == u"there"_s;
                                      });
    QTest::newRow("bookmark removed") << Change([](Case &c) {
        return c.addBookmark({QString(64, u'c'), 41, Case::lineHash("x"), u"here"_s}) && c.removeBookmark(QString(64, u'c'), 41);
    }) << QByteArray(SIGNAL(bookmarksChanged()))
                                      << Check([](const QJsonObject &j) { return j.value(u"bookmarks"_s).toArray().isEmpty(); });
    QTest::newRow("filters") << Change([](Case &c) { return c.setFilters({{u"host"_s, u"AR-1"_s}}); }) << QByteArray(SIGNAL(filtersChanged()))
                             << Check([](const QJsonObject &j) {
                                    return j.value(u"filters"_s).toObject().value(u"host"_s).toString() == u"AR-1"_s;
                                });
    QTest::newRow("language") << Change([](Case &c) { return c.setLanguage(u"en"_s); }) << QByteArray(SIGNAL(languageChanged(QString)))
                              << Check([](const QJsonObject &j) { return j.value(u"language"_s).toString() == u"en"_s; });
    QTest::newRow("files") << Change([](Case &c) { return c.setFiles({CaseFile{u"/x.log"_s, 5, QString(64, u'd'), {}, {}, {}}}); })
                           << QByteArray(SIGNAL(filesChanged()))
                           << Check([](const QJsonObject &j) {
                                  return j.value(u"files"_s).toArray().at(0).toObject().value(u"path"_s).toString() == u"/x.log"_s;
                              });
}

void TestCase::savedOnEveryChange()
{
    QFETCH(std::function<bool(Case &)>, change);
    QFETCH(QByteArray, signalName);
    QFETCH(std::function<bool(const QJsonObject &)>, onDisk);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"nested/folder/case.json"_s);
    Case c;
    c.setStoragePath(path);
    QSignalSpy changed(&c, &Case::changed);
    QSignalSpy specific(&c, signalName.constData());
    QVERIFY(specific.isValid());
    QVERIFY(!QFile::exists(path));

    QVERIFY(change(c));
    QVERIFY(c.lastError().isEmpty());
    QVERIFY(changed.count() >= 1);
    QVERIFY(specific.count() >= 1);
    const QJsonObject json = QJsonDocument::fromJson(readFile(path)).object();
    QCOMPARE(json.value(u"format"_s).toInt(), 1);
    QVERIFY(onDisk(json));
    QCOMPARE(json, c.toJson());
}

void TestCase::unchangedValuesDoNotSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"case.json"_s);
    Case c;
    c.setStoragePath(path);
    QSignalSpy changed(&c, &Case::changed);
    QVERIFY(c.setTicked(causeStep, false));
    QVERIFY(c.setNote(causeStep, QString()));
    QVERIFY(c.setFilters({}));
    QVERIFY(c.removeBookmark(QString(64, u'a'), 1));
    QCOMPARE(changed.count(), 0);
    QVERIFY(!QFile::exists(path));
    QVERIFY(c.setTicked({QString(), QString(), 0}, true)); // not a step: ignored
    QCOMPARE(changed.count(), 0);
}

void TestCase::saveFailureIsASentence()
{
    QTemporaryDir dir;
    // A regular file where the folder should be: the save cannot succeed, whoever runs the test.
    QVERIFY(writeFile(dir.filePath(u"blocker"_s), "x"));
    const QString path = dir.filePath(u"blocker/case.json"_s);
    Case c;
    c.setStoragePath(path);
    QSignalSpy failed(&c, &Case::saveFailed);
    QVERIFY(!c.setTicked(generalStep, true));
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(dir.filePath(u"blocker"_s)), qPrintable(message));
    QCOMPARE(c.lastError(), message);
    QVERIFY(c.isTicked(generalStep)); // kept in memory
}

void TestCase::sameContentAtAnotherPath()
{
    QTemporaryDir logs;
    QTemporaryDir store;
    const QString first = logs.filePath(u"ar-1.log"_s);
    QVERIFY(writeFile(first, logText(5000)));
    CaseStore cases(store.path());
    {
        CaseLoad opened = cases.caseFor({first});
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        QVERIFY(!QFile::exists(opened.value->storagePath())); // nothing written until a change
        QVERIFY(opened.value->setTicked(causeStep, true));
        QCOMPARE(opened.value->storagePath(), cases.pathFor(opened.value->key()));
        QVERIFY(QFile::exists(opened.value->storagePath()));
    }
    const QString moved = logs.filePath(u"copied elsewhere/renamed.txt"_s);
    QVERIFY(QDir().mkpath(logs.filePath(u"copied elsewhere"_s)));
    QVERIFY(QFile::copy(first, moved));
    QVERIFY(QFile::remove(first));

    CaseLoad again = cases.caseFor({moved});
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY(again.value->isTicked(causeStep));
    QCOMPARE(again.value->files().size(), 1);
    QCOMPARE(again.value->files().at(0).path, moved);
    QCOMPARE(again.value->files().at(0).status, CaseFile::Status::Unchanged);
    QVERIFY(!again.value->hasChangedFiles());
    // The new path was written back at once.
    QVERIFY(readFile(again.value->storagePath()).contains("renamed.txt"));
}

void TestCase::fileSetIgnoresOrder()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(u"a.log"_s), b = dir.filePath(u"b.log"_s);
    QVERIFY(writeFile(a, logText(10, "a")));
    QVERIFY(writeFile(b, logText(10, "b")));
    CaseStore cases(dir.filePath(u"store"_s));
    CaseLoad ab = cases.caseFor({a, b});
    CaseLoad ba = cases.caseFor({b, a});
    CaseLoad onlyA = cases.caseFor({a});
    QVERIFY(ab.ok() && ba.ok() && onlyA.ok());
    QCOMPARE(ab.value->storagePath(), ba.value->storagePath());
    QVERIFY(onlyA.value->storagePath() != ab.value->storagePath());
    QCOMPARE(onlyA.value->key(), onlyA.value->files().at(0).fingerprint);
}

void TestCase::otherContentGivesANewCase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ar-1.log"_s);
    QVERIFY(writeFile(path, logText(100)));
    CaseStore cases(dir.filePath(u"store"_s));
    {
        CaseLoad first = cases.caseFor({path});
        QVERIFY(first.ok());
        QVERIFY(first.value->setTicked(generalStep, true));
    }
    QVERIFY(writeFile(path, logText(100, "b"))); // same size, other bytes
    CaseLoad second = cases.caseFor({path});
    QVERIFY(second.ok());
    QVERIFY(!second.value->isTicked(generalStep));

    CaseLoad missing = cases.caseFor({dir.filePath(u"nope.log"_s)});
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error.contains(dir.filePath(u"nope.log"_s)), qPrintable(missing.error));
}

void TestCase::changedFileIsDetected_data()
{
    QTest::addColumn<int>("lines");
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("expected");

    const int unchanged = int(CaseFile::Status::Unchanged), changed = int(CaseFile::Status::Changed),
              missing = int(CaseFile::Status::Missing);
    QTest::newRow("small, untouched") << 20 << u"none"_s << unchanged;
    QTest::newRow("small, appended") << 20 << u"append"_s << changed;
    QTest::newRow("small, one byte edited") << 20 << u"edit-middle"_s << changed;
    QTest::newRow("large, appended") << 20000 << u"append"_s << changed;
    QTest::newRow("large, first byte edited") << 20000 << u"edit-first"_s << changed;
    QTest::newRow("large, truncated") << 20000 << u"truncate"_s << changed;
    QTest::newRow("deleted") << 20 << u"delete"_s << missing;
}

void TestCase::changedFileIsDetected()
{
    QFETCH(int, lines);
    QFETCH(QString, how);
    QFETCH(int, expected);

    QTemporaryDir dir;
    const QString log = dir.filePath(u"ar-1.log"_s);
    QByteArray bytes = logText(lines);
    QVERIFY(writeFile(log, bytes));
    const QString shared = dir.filePath(u"shared/my case.logsage-case.json"_s);
    {
        CaseLoad opened = CaseStore(dir.filePath(u"store"_s)).caseFor({log});
        QVERIFY(opened.ok());
        QVERIFY(opened.value->setTicked(causeStep, true));
        QCOMPARE(CaseStore::saveCaseAs(*opened.value, shared), QString());
    }
    if (how == u"append"_s)
        bytes += "one more line\n";
    else if (how == u"edit-middle"_s)
        bytes[bytes.size() / 2] = '#';
    else if (how == u"edit-first"_s)
        bytes[0] = '#';
    else if (how == u"truncate"_s)
        bytes.chop(1);
    if (how == u"delete"_s)
        QVERIFY(QFile::remove(log));
    else
        QVERIFY(writeFile(log, bytes));

    CaseLoad reopened = CaseStore::openCaseFile(shared);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error));
    QCOMPARE(reopened.value->storagePath(), shared);
    QVERIFY(reopened.value->isTicked(causeStep));
    QCOMPARE(reopened.value->files().at(0).path, log);
    QCOMPARE(int(reopened.value->files().at(0).status), expected);
    QCOMPARE(reopened.value->hasChangedFiles(), expected == int(CaseFile::Status::Changed));
    const QStringList problems = reopened.value->fileProblems();
    QCOMPARE(problems.size(), expected == int(CaseFile::Status::Unchanged) ? 0 : 1);
    if (!problems.isEmpty()) {
        QVERIFY(problems.at(0).contains(log));
        if (expected == int(CaseFile::Status::Changed))
            QVERIFY(problems.at(0).contains(u"has changed since the case was saved"_s));
    }
}

void TestCase::bookmarkDetectsChangedLine()
{
    const CaseBookmark bookmark{QString(64, u'a'), 7, Case::lineHash("Dec  4 10:00:00 AR-1 %%01IKE/5/X(l):y"), {}};
    QVERIFY(Case::bookmarkMatches(bookmark, "Dec  4 10:00:00 AR-1 %%01IKE/5/X(l):y"));
    QVERIFY(!Case::bookmarkMatches(bookmark, "Dec  4 10:00:00 AR-1 %%01IKE/5/X(l):z"));
    QVERIFY(!Case::bookmarkMatches(bookmark, ""));

    Case c;
    const QString a(64, u'a'), b(64, u'b');
    QVERIFY(c.setFiles({CaseFile{u"/logs/a.log"_s, 1, a, {}, {}, {}}, CaseFile{u"/logs/b.log"_s, 1, b, {}, {}, {}}}));
    QCOMPARE(c.fingerprintOf(u"/logs/b.log"_s), b);
    QCOMPARE(c.fingerprintOf(u"/logs/c.log"_s), QString());
    QVERIFY(c.addBookmark({a, 9, {}, {}}));
    QVERIFY(c.addBookmark({b, 3, {}, {}}));
    QVERIFY(c.addBookmark({a, 2, {}, u"first"_s}));
    QVERIFY(c.addBookmark({a, 2, {}, u"replaced"_s}));
    QCOMPARE(c.bookmarkedLines(a), (QSet<quint64>{2, 9}));
    QCOMPARE(c.bookmarkedLines(b), (QSet<quint64>{3}));
    QCOMPARE(c.bookmark(a, 2)->note, u"replaced"_s);
    QCOMPARE(c.bookmarks().size(), 3);
    QCOMPARE(c.bookmarks().at(0).line, quint64(2)); // ordered by file, then line
    QVERIFY(!c.setBookmarkNote(a, 5, u"no such bookmark"_s));
}

void TestCase::badCaseFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectedWords");

    const QByteArray fp = QByteArray(64, 'a');
    QTest::newRow("not json") << QByteArray("{\"format\": 1, ") << u"not valid JSON"_s;
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12) << u"not valid JSON"_s;
    QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[1, 2]") << u"not a LogSage case"_s;
    QTest::newRow("no format") << QByteArray("{\"files\": []}") << u"not a LogSage case"_s;
    QTest::newRow("newer format") << QByteArray("{\"format\": 2}") << u"newer LogSage"_s;
    QTest::newRow("format zero") << QByteArray("{\"format\": 0}") << u"unknown format"_s;
    QTest::newRow("files not a list") << QByteArray("{\"format\": 1, \"files\": {}}") << u"damaged"_s;
    QTest::newRow("file without path") << QByteArray("{\"format\": 1, \"files\": [{\"size\": 1, \"fingerprint\": \"" + fp + "\"}]}") << u"damaged"_s;
    QTest::newRow("path traversal fingerprint") << QByteArray("{\"format\": 1, \"files\": [{\"path\": \"a\", \"size\": 1, \"fingerprint\": \"../../etc/passwd\"}]}") << u"fingerprint"_s;
    QTest::newRow("negative size") << QByteArray("{\"format\": 1, \"files\": [{\"path\": \"a\", \"size\": -1, \"fingerprint\": \"" + fp + "\"}]}") << u"damaged"_s;
    QTest::newRow("step index text") << QByteArray("{\"format\": 1, \"steps\": [{\"entry\": \"A/1/B\", \"index\": \"0\", \"ticked\": true}]}") << u"damaged"_s;
    QTest::newRow("step index fraction") << QByteArray("{\"format\": 1, \"steps\": [{\"entry\": \"A/1/B\", \"index\": 0.5, \"ticked\": true}]}") << u"damaged"_s;
    QTest::newRow("step without entry") << QByteArray("{\"format\": 1, \"steps\": [{\"index\": 0, \"ticked\": true}]}") << u"damaged"_s;
    QTest::newRow("ticked not bool") << QByteArray("{\"format\": 1, \"steps\": [{\"entry\": \"A/1/B\", \"index\": 0, \"ticked\": \"yes\"}]}") << u"damaged"_s;
    QTest::newRow("step not object") << QByteArray("{\"format\": 1, \"steps\": [3]}") << u"damaged"_s;
    QTest::newRow("bookmark line huge") << QByteArray("{\"format\": 1, \"bookmarks\": [{\"file\": \"f\", \"line\": 1e300}]}") << u"damaged"_s;
    QTest::newRow("filters not object") << QByteArray("{\"format\": 1, \"filters\": [1]}") << u"damaged"_s;
    QTest::newRow("language not text") << QByteArray("{\"format\": 1, \"language\": 5}") << u"damaged"_s;
}

void TestCase::badCaseFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expectedWords);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"colleague's case.json"_s);
    QVERIFY(writeFile(path, content));
    const CaseLoad loaded = CaseStore::openCaseFile(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error.contains(path), qPrintable(loaded.error));
    QVERIFY2(loaded.error.contains(expectedWords), qPrintable(loaded.error));
    QVERIFY(loaded.error.endsWith(u'.'));
    QCOMPARE(loaded.error.count(u". "_s), 0); // one sentence
}

void TestCase::damagedStoredCaseIsKeptAside()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(u"ar-1.log"_s);
    QVERIFY(writeFile(log, logText(10)));
    CaseStore cases(dir.filePath(u"store"_s));
    QString stored;
    {
        CaseLoad first = cases.caseFor({log});
        QVERIFY(first.value->setNote(generalStep, u"precious"_s));
        stored = first.value->storagePath();
    }
    QVERIFY(writeFile(stored, "{\"format\": 1, \"steps\": 7, \"precious\": true}"));
    CaseLoad again = cases.caseFor({log});
    QVERIFY(again.ok());
    QVERIFY2(again.warning.contains(stored), qPrintable(again.warning));
    const QString aside = dir.filePath(u"store/"_s) + again.value->key() + u".damaged.json"_s;
    QVERIFY(again.warning.contains(aside));
    QVERIFY(readFile(aside).contains("precious"));
    QVERIFY(again.value->setTicked(generalStep, true));
    CaseLoad third = cases.caseFor({log});
    QVERIFY(third.ok());
    QVERIFY(third.warning.isEmpty());
    QVERIFY(third.value->isTicked(generalStep));

    // A missing or unreadable case file, and a folder where a file should be.
    const CaseLoad missing = CaseStore::openCaseFile(dir.filePath(u"absent.json"_s));
    QVERIFY(missing.error.contains(dir.filePath(u"absent.json"_s)));
    const CaseLoad folder = CaseStore::openCaseFile(dir.path());
    QVERIFY(folder.error.contains(dir.path()));
}

QTEST_GUILESS_MAIN(TestCase)
#include "tst_case.moc"
