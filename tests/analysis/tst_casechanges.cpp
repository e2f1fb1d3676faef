// A case whose log files changed: grown files keep their case, other content at the same path is
// offered the old case, a case of several files is one case whatever the order, and a handed-over
// case finds its logs beside it.

#include "case.h"
#include "casetestfiles.h"
#include "casematch.h"
#include "casestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;
using namespace LogSage::CaseTestFiles;

namespace {

const StepId step{u"IKE/5/IKE_NEGO_FAIL"_s, QString(), 0};





QByteArray lineOf(const QByteArray &text, int line)
{
    return text.split('\n').value(line);
}

} // namespace

class TestCaseChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void reopenAfterChange_data();
    void reopenAfterChange();
    void oldCaseWithoutHeadAndTail();
    void oldCaseGainsHeadAndTail();
    void adoptChangedCase();
    void followedFileKeepsItsCase();
    void setOfFiles_data();
    void setOfFiles();
    void locateFiles_data();
    void locateFiles();
    void badNewFields_data();
    void badNewFields();
};

void TestCaseChanges::reopenAfterChange_data()
{
    QTest::addColumn<int>("lines");
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("expected"); // same, grown, changed (offered the old case), new (unrelated)

    QTest::newRow("untouched") << 20 << u"none"_s << u"same"_s;
    QTest::newRow("small, appended") << 20 << u"append"_s << u"grown"_s;
    QTest::newRow("large, appended") << 20000 << u"append"_s << u"grown"_s;
    QTest::newRow("under 64 KiB grows past 128 KiB") << 600 << u"append-much"_s << u"grown"_s;
    QTest::newRow("large, moved and appended") << 20000 << u"move-append"_s << u"grown"_s;
    QTest::newRow("small, moved and appended: unknown") << 20 << u"move-append"_s << u"new"_s;
    QTest::newRow("small, first byte edited") << 20 << u"edit-first"_s << u"changed"_s;
    QTest::newRow("large, byte before the old end edited, then appended") << 20000 << u"edit-end-append"_s << u"changed"_s;
    QTest::newRow("large, first byte edited, then appended") << 20000 << u"edit-first-append"_s << u"changed"_s;
    QTest::newRow("large, truncated") << 20000 << u"truncate"_s << u"changed"_s;
    QTest::newRow("rewritten, same size") << 20 << u"rewrite"_s << u"changed"_s;
}

void TestCaseChanges::reopenAfterChange()
{
    QFETCH(int, lines);
    QFETCH(QString, how);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    const QString log = dir.filePath(u"ar-1.log"_s);
    QByteArray bytes = logText(lines);
    QVERIFY(writeFile(log, bytes));
    CaseStore cases(dir.filePath(u"store"_s));
    QString storedAt;
    QString oldFingerprint;
    {
        CaseLoad first = cases.caseFor({log});
        QVERIFY2(first.ok(), qPrintable(first.error));
        QVERIFY(first.notice.isEmpty());
        QVERIFY(first.changedCasePath.isEmpty());
        QVERIFY(first.value->setTicked(step, true));
        oldFingerprint = first.value->files().at(0).fingerprint;
        QVERIFY(first.value->addBookmark({oldFingerprint, 3, Case::lineHash(lineOf(bytes, 3)), u"look"_s}));
        storedAt = first.value->storagePath();
    }

    const QByteArray more = logText(how == u"append-much"_s ? 3000 : 5, "more");
    QString opened = log;
    if (how == u"append"_s || how == u"append-much"_s) {
        QVERIFY(appendFile(log, more));
    } else if (how == u"move-append"_s) {
        opened = dir.filePath(u"elsewhere.log"_s);
        QVERIFY(QFile::rename(log, opened));
        QVERIFY(appendFile(opened, more));
    } else if (how == u"edit-first"_s || how == u"edit-first-append"_s) {
        bytes[0] = '#';
        QVERIFY(writeFile(log, how == u"edit-first"_s ? bytes : bytes + more));
    } else if (how == u"edit-end-append"_s) {
        bytes[bytes.size() - 2] = '#';
        QVERIFY(writeFile(log, bytes + more));
    } else if (how == u"truncate"_s) {
        bytes.chop(100);
        QVERIFY(writeFile(log, bytes));
    } else if (how == u"rewrite"_s) {
        QVERIFY(writeFile(log, logText(lines, "b")));
    }

    CaseLoad again = cases.caseFor({opened});
    QVERIFY2(again.ok(), qPrintable(again.error));
    const QString name = QFileInfo(opened).fileName();
    if (expected == u"same"_s || expected == u"grown"_s) {
        QVERIFY(again.value->isTicked(step));
        QCOMPARE(again.value->storagePath(), storedAt);
        QVERIFY(again.changedCasePath.isEmpty());
        const QString now = fingerprintFile(opened).file.fingerprint;
        QCOMPARE(again.value->files().at(0).fingerprint, now);
        QCOMPARE(again.value->files().at(0).path, QFileInfo(opened).absoluteFilePath());
        // The bookmark follows the file's new fingerprint, and its line still reads the same.
        QCOMPARE(again.value->bookmarks().size(), 1);
        QCOMPARE(again.value->bookmarks().at(0).file, now);
        QVERIFY(Case::bookmarkMatches(again.value->bookmarks().at(0), lineOf(readFile(opened), 3)));
        if (expected == u"grown"_s) {
            QCOMPARE(again.grown.size(), 1);
            QCOMPARE(again.grown.at(0).addedBytes, qint64(more.size()));
            QVERIFY2(again.notice.contains(name + u" has grown since this case was saved ("_s), qPrintable(again.notice));
            QVERIFY2(again.notice.contains(u" more bytes); ticks, notes and bookmarks are kept."_s), qPrintable(again.notice));
            // Brought up to date on disk: the next time it is simply the same file.
            QVERIFY(readFile(storedAt).contains(now.toLatin1()));
            CaseLoad third = cases.caseFor({opened});
            QVERIFY(third.ok() && third.value->isTicked(step));
            QVERIFY(third.grown.isEmpty());
            QVERIFY(third.notice.isEmpty());
            QCOMPARE(third.value->storagePath(), storedAt);
        } else {
            QVERIFY(again.grown.isEmpty());
            QVERIFY(again.notice.isEmpty());
        }
        return;
    }
    QVERIFY(!again.value->isTicked(step));
    QVERIFY(again.grown.isEmpty());
    QVERIFY(again.value->storagePath() != storedAt);
    if (expected == u"changed"_s) {
        QCOMPARE(again.changedCasePath, storedAt);
        QVERIFY(again.changedCaseSaved.isValid());
        QVERIFY2(again.changedNotice.startsWith(name + u" has changed since the case of "_s), qPrintable(again.changedNotice));
        QVERIFY(again.changedNotice.endsWith(u" was saved."_s));
    } else {
        QVERIFY(again.changedCasePath.isEmpty());
        QVERIFY(again.changedNotice.isEmpty());
    }
}

void TestCaseChanges::oldCaseWithoutHeadAndTail()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(u"old.log"_s);
    QVERIFY(writeFile(log, logText(30)));
    CaseStore cases(dir.filePath(u"store"_s));
    const CaseFile file = fingerprintFile(log).file;
    QVERIFY(!file.head.isEmpty() && !file.tail.isEmpty());
    // A case as saved before head and tail were kept.
    const QJsonObject old{{u"format"_s, 1},
                          {u"files"_s, QJsonArray{QJsonObject{{u"path"_s, log}, {u"size"_s, double(file.size)}, {u"fingerprint"_s, file.fingerprint}}}},
                          {u"steps"_s, QJsonArray{QJsonObject{{u"entry"_s, step.entryId}, {u"index"_s, 0}, {u"ticked"_s, true}}}}};
    const QString storedAt = cases.pathFor(file.fingerprint);
    QVERIFY(QDir().mkpath(cases.folder()));
    QVERIFY(writeFile(storedAt, QJsonDocument(old).toJson()));

    QVERIFY(appendFile(log, "one more\n"));
    CaseLoad grown = cases.caseFor({log});
    QVERIFY2(grown.ok(), qPrintable(grown.error));
    QVERIFY(!grown.value->isTicked(step)); // growth cannot be told without the saved head and tail
    QCOMPARE(grown.changedCasePath, storedAt); // but the engineer is told, and may take it
    CaseLoad adopted = CaseStore::adoptCase(grown.changedCasePath, {log});
    QVERIFY2(adopted.ok(), qPrintable(adopted.error));
    QVERIFY(adopted.value->isTicked(step));
    QVERIFY(!adopted.value->files().at(0).head.isEmpty()); // and from then on growth is told
    QVERIFY(readFile(storedAt).contains("\"head\""));

    QVERIFY(appendFile(log, "and another\n"));
    CaseLoad grownAgain = cases.caseFor({log});
    QVERIFY(grownAgain.ok());
    QVERIFY(grownAgain.value->isTicked(step));
    QCOMPARE(grownAgain.grown.size(), 1);
}

void TestCaseChanges::oldCaseGainsHeadAndTail()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(u"old.log"_s);
    QVERIFY(writeFile(log, logText(30)));
    CaseStore cases(dir.filePath(u"store"_s));
    const CaseFile file = fingerprintFile(log).file;
    const QJsonObject old{{u"format"_s, 1},
                          {u"files"_s, QJsonArray{QJsonObject{{u"path"_s, log}, {u"size"_s, double(file.size)}, {u"fingerprint"_s, file.fingerprint}}}},
                          {u"steps"_s, QJsonArray{QJsonObject{{u"entry"_s, step.entryId}, {u"index"_s, 0}, {u"ticked"_s, true}}}}};
    const QString storedAt = cases.pathFor(file.fingerprint);
    QVERIFY(QDir().mkpath(cases.folder()));
    QVERIFY(writeFile(storedAt, QJsonDocument(old).toJson()));

    CaseLoad same = cases.caseFor({log});
    QVERIFY2(same.ok(), qPrintable(same.error));
    QVERIFY(same.value->isTicked(step));
    QCOMPARE(same.value->files().at(0).head, file.head);
    QVERIFY(readFile(storedAt).contains(file.tail.toLatin1()));
    QVERIFY(appendFile(log, "one more\n"));
    CaseLoad grown = cases.caseFor({log});
    QVERIFY(grown.ok() && grown.value->isTicked(step));
    QCOMPARE(grown.grown.size(), 1);
}

void TestCaseChanges::adoptChangedCase()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(u"ar-1.log"_s);
    const QByteArray before = logText(40);
    QVERIFY(writeFile(log, before));
    CaseStore cases(dir.filePath(u"store"_s));
    QString storedAt;
    {
        CaseLoad first = cases.caseFor({log});
        const QString fp = first.value->files().at(0).fingerprint;
        QVERIFY(first.value->addBookmark({fp, 3, Case::lineHash(lineOf(before, 3)), u"three"_s}));
        QVERIFY(first.value->setTicked(step, true));
        storedAt = first.value->storagePath();
    }
    QByteArray after = before;
    after.replace("[3]:a", "[3]:X");
    QVERIFY(writeFile(log, after));

    CaseLoad offered = cases.caseFor({log});
    QVERIFY(offered.ok());
    QCOMPARE(offered.changedCasePath, storedAt);
    QVERIFY(!offered.value->isTicked(step));

    CaseLoad adopted = CaseStore::adoptCase(offered.changedCasePath, {log});
    QVERIFY2(adopted.ok(), qPrintable(adopted.error));
    QCOMPARE(adopted.value->storagePath(), storedAt);
    QVERIFY(adopted.value->isTicked(step));
    QVERIFY(adopted.value->hasChangedFiles());
    const QString now = fingerprintFile(log).file.fingerprint;
    QCOMPARE(adopted.value->files().at(0).fingerprint, now);
    QCOMPARE(adopted.value->bookmarks().size(), 1); // kept, not dropped
    const CaseBookmark bookmark = adopted.value->bookmarks().at(0);
    QCOMPARE(bookmark.file, now);
    QCOMPARE(bookmark.note, u"three"_s);
    QVERIFY(!Case::bookmarkMatches(bookmark, lineOf(after, 3)));

    // Taken once, it is this content's case from then on.
    CaseLoad next = cases.caseFor({log});
    QVERIFY(next.ok());
    QVERIFY(next.value->isTicked(step));
    QCOMPARE(next.value->storagePath(), storedAt);
    QVERIFY(next.changedCasePath.isEmpty());

    CaseLoad missing = CaseStore::adoptCase(dir.filePath(u"store/none.json"_s), {log});
    QVERIFY(!missing.ok());
    QVERIFY(missing.error.contains(u"none.json"_s));
}

void TestCaseChanges::followedFileKeepsItsCase()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(u"live.log"_s);
    QVERIFY(writeFile(log, logText(50)));
    CaseStore cases(dir.filePath(u"store"_s));
    CaseLoad open = cases.caseFor({log});
    Case &live = *open.value;
    const QString storedAt = live.storagePath();
    QVERIFY(appendFile(log, "not saved yet\n"));
    QVERIFY(!CaseStore::refreshFile(live, log)); // nothing on disk to bring up to date yet

    QVERIFY(live.addBookmark({live.files().at(0).fingerprint, 1, Case::lineHash("x"), {}}));
    QVERIFY(appendFile(log, logText(3, "later")));
    QVERIFY(CaseStore::refreshFile(live, log));
    const QString now = fingerprintFile(log).file.fingerprint;
    QCOMPARE(live.files().at(0).fingerprint, now);
    QCOMPARE(live.storagePath(), storedAt); // the case stays where it is
    QCOMPARE(live.bookmarks().at(0).file, now);
    QVERIFY(readFile(storedAt).contains(now.toLatin1()));
    QVERIFY(!CaseStore::refreshFile(live, log)); // up to date already
    QVERIFY(!CaseStore::refreshFile(live, dir.filePath(u"other.log"_s)));
    // A rotated log (cut short, then written anew) is not this case's content any more.
    QVERIFY(writeFile(dir.filePath(u"rotated.log"_s), readFile(log)));
    QVERIFY(writeFile(log, logText(80, "rotated")));
    QVERIFY(!CaseStore::refreshFile(live, log));
    QCOMPARE(live.files().at(0).fingerprint, now);
    QVERIFY(writeFile(log, readFile(dir.filePath(u"rotated.log"_s))));

    CaseLoad reopened = cases.caseFor({log});
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value->storagePath(), storedAt);
    QVERIFY(reopened.notice.isEmpty());
    QCOMPARE(reopened.value->bookmarks().size(), 1);
}

void TestCaseChanges::setOfFiles_data()
{
    QTest::addColumn<bool>("reversed");
    QTest::addColumn<bool>("moved");
    QTest::addColumn<bool>("grown");
    QTest::newRow("same order") << false << false << false;
    QTest::newRow("reverse order") << true << false << false;
    QTest::newRow("reverse order, other paths") << true << true << false;
    QTest::newRow("one file grown") << true << false << true;
}

void TestCaseChanges::setOfFiles()
{
    QFETCH(bool, reversed);
    QFETCH(bool, moved);
    QFETCH(bool, grown);

    QTemporaryDir dir;
    QString a = dir.filePath(u"hub.log"_s), b = dir.filePath(u"branch.log"_s);
    QVERIFY(writeFile(a, logText(30, "hub")));
    QVERIFY(writeFile(b, logText(30, "branch")));
    CaseStore cases(dir.filePath(u"store"_s));
    QString storedAt;
    QString fpA, fpB;
    {
        CaseLoad pair = cases.caseFor({a, b});
        QVERIFY(pair.ok());
        fpA = pair.value->fingerprintOf(a);
        fpB = pair.value->fingerprintOf(b);
        QVERIFY(!fpA.isEmpty() && !fpB.isEmpty());
        QCOMPARE(pair.value->key(), fingerprintOfSet({fpB, fpA}));
        QVERIFY(pair.value->addBookmark({fpA, 1, {}, u"hub"_s}));
        QVERIFY(pair.value->addBookmark({fpB, 2, {}, u"branch"_s}));
        QVERIFY(pair.value->setFiltersFor(fpA, {{u"host"_s, u"Hub"_s}}));
        QVERIFY(pair.value->setFiltersFor(fpB, {{u"host"_s, u"Branch"_s}}));
        storedAt = pair.value->storagePath();
    }
    if (moved) {
        QVERIFY(QDir().mkpath(dir.filePath(u"copy"_s)));
        QVERIFY(QFile::rename(a, dir.filePath(u"copy/h.log"_s)));
        QVERIFY(QFile::rename(b, dir.filePath(u"copy/b.log"_s)));
        a = dir.filePath(u"copy/h.log"_s);
        b = dir.filePath(u"copy/b.log"_s);
    }
    if (grown)
        QVERIFY(appendFile(b, "more\n"));
    CaseLoad again = cases.caseFor(reversed ? QStringList{b, a} : QStringList{a, b});
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.value->storagePath(), storedAt);
    QCOMPARE(again.grown.size(), grown ? 1 : 0);
    const QString nowA = again.value->fingerprintOf(QFileInfo(a).absoluteFilePath());
    const QString nowB = again.value->fingerprintOf(QFileInfo(b).absoluteFilePath());
    QCOMPARE(nowA, fpA);
    QCOMPARE(nowB == fpB, !grown);
    QCOMPARE(again.value->bookmarkedLines(nowA), (QSet<quint64>{1}));
    QCOMPARE(again.value->bookmarkedLines(nowB), (QSet<quint64>{2}));
    QCOMPARE(again.value->filtersFor(nowA).value(u"host"_s).toString(), u"Hub"_s);
    QCOMPARE(again.value->filtersFor(nowB).value(u"host"_s).toString(), u"Branch"_s);

    // One file of the set alone is a case of its own.
    CaseLoad alone = cases.caseFor({a});
    QVERIFY(alone.ok());
    QVERIFY(alone.value->storagePath() != storedAt);
    QVERIFY(alone.value->bookmarks().isEmpty());
    QVERIFY(alone.changedCasePath.isEmpty());
}

void TestCaseChanges::locateFiles_data()
{
    QTest::addColumn<QString>("where"); // where the logs are when the case is opened
    QTest::addColumn<int>("notFound");
    QTest::addColumn<int>("grown");
    QTest::newRow("at the saved paths") << u"saved"_s << 0 << 0;
    QTest::newRow("beside the case file") << u"case"_s << 0 << 0;
    QTest::newRow("in the current tab's folder") << u"tab"_s << 0 << 0;
    QTest::newRow("one grown at the saved path, one beside the case") << u"grown"_s << 0 << 1;
    QTest::newRow("a same-named file with other content") << u"impostor"_s << 1 << 0;
    QTest::newRow("nowhere") << u"nowhere"_s << 2 << 0;
}

void TestCaseChanges::locateFiles()
{
    QFETCH(QString, where);
    QFETCH(int, notFound);
    QFETCH(int, grown);

    QTemporaryDir dir;
    for (const QString &folder : {u"logs"_s, u"handed"_s, u"tab"_s})
        QVERIFY(QDir().mkpath(dir.filePath(folder)));
    const QString a = dir.filePath(u"logs/hub.log"_s), b = dir.filePath(u"logs/branch.log"_s);
    QVERIFY(writeFile(a, logText(30, "hub")));
    QVERIFY(writeFile(b, logText(30, "branch")));
    const QString caseFile = dir.filePath(u"handed/case.json"_s);
    {
        CaseLoad pair = CaseStore(dir.filePath(u"store"_s)).caseFor({a, b});
        QVERIFY(pair.value->setTicked(step, true));
        QCOMPARE(CaseStore::saveCaseAs(*pair.value, caseFile), QString());
    }
    auto moveBoth = [&](const QString &folder) {
        return QFile::rename(a, dir.filePath(folder + u"/hub.log"_s)) && QFile::rename(b, dir.filePath(folder + u"/branch.log"_s));
    };
    if (where == u"case"_s)
        QVERIFY(moveBoth(u"handed"_s));
    else if (where == u"tab"_s)
        QVERIFY(moveBoth(u"tab"_s));
    else if (where == u"grown"_s) {
        QVERIFY(appendFile(a, "more\n"));
        QVERIFY(QFile::rename(b, dir.filePath(u"handed/branch.log"_s)));
    } else if (where == u"impostor"_s) {
        QVERIFY(moveBoth(u"handed"_s));
        QVERIFY(writeFile(dir.filePath(u"handed/branch.log"_s), logText(30, "other")));
    } else if (where == u"nowhere"_s) {
        QVERIFY(QFile::remove(a) && QFile::remove(b));
    }

    CaseLoad opened = CaseStore::openCaseFile(caseFile);
    QVERIFY2(opened.ok(), qPrintable(opened.error));
    const CaseStore::Located located = CaseStore::locateFiles(*opened.value, {QFileInfo(caseFile).absolutePath(), dir.filePath(u"tab"_s)});
    QCOMPARE(located.notFound.size(), notFound);
    QCOMPARE(located.grown.size(), grown);
    for (int i = 0; i < opened.value->files().size(); ++i) {
        const CaseFile &file = opened.value->files().at(i);
        if (located.notFound.contains(i))
            continue;
        QCOMPARE(file.status, CaseFile::Status::Unchanged);
        QCOMPARE(file.fingerprint, fingerprintFile(file.path).file.fingerprint);
    }
    QVERIFY(opened.value->isTicked(step));
    if (where == u"impostor"_s) {
        const int index = located.notFound.at(0);
        const QString impostor = dir.filePath(u"handed/branch.log"_s);
        const QString error = CaseStore::useFileAt(*opened.value, index, impostor);
        QVERIFY2(error.contains(impostor) && error.contains(u"branch.log"_s), qPrintable(error));
        QVERIFY(error.endsWith(u'.'));
        QVERIFY(writeFile(dir.filePath(u"tab/renamed.log"_s), logText(30, "branch")));
        QCOMPARE(CaseStore::useFileAt(*opened.value, index, dir.filePath(u"tab/renamed.log"_s)), QString());
        QCOMPARE(opened.value->files().at(index).path, dir.filePath(u"tab/renamed.log"_s));
        QVERIFY(readFile(caseFile).contains("renamed.log")); // written back to the handed-over case
    }
}

void TestCaseChanges::badNewFields_data()
{
    QTest::addColumn<QByteArray>("content");
    const QByteArray fp = QByteArray(64, 'a');
    QTest::newRow("head not a hash") << QByteArray("{\"format\": 1, \"files\": [{\"path\": \"a\", \"size\": 1, \"fingerprint\": \"" + fp + "\", \"head\": \"x\"}]}");
    QTest::newRow("tail not text") << QByteArray("{\"format\": 1, \"files\": [{\"path\": \"a\", \"size\": 1, \"fingerprint\": \"" + fp + "\", \"tail\": 5}]}");
    QTest::newRow("file filters a list") << QByteArray("{\"format\": 1, \"fileFilters\": []}");
    QTest::newRow("file filters keyed by path") << QByteArray("{\"format\": 1, \"fileFilters\": {\"../x\": {}}}");
    QTest::newRow("file filter not an object") << QByteArray("{\"format\": 1, \"fileFilters\": {\"" + fp + "\": 3}}");
}

void TestCaseChanges::badNewFields()
{
    QFETCH(QByteArray, content);
    const CaseLoad loaded = Case::fromJson(content, u"handed.json"_s);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error.contains(u"handed.json is damaged"_s), qPrintable(loaded.error));
}

QTEST_GUILESS_MAIN(TestCaseChanges)
#include "tst_casechanges.moc"
