// The case store's index: opening a log reads only the stored cases that may be about it, and an
// index that is missing, damaged or stale (cases added, rewritten or removed since) is brought up
// to date, so that the stored case is still found.

#include "case.h"
#include "casetestfiles.h"
#include "caseindex.h"
#include "casestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;
using namespace LogSage::CaseTestFiles;

namespace {

const StepId step{u"IKE/5/IKE_NEGO_FAIL"_s, QString(), 0};




} // namespace

class TestCaseIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void staleIndexIsBroughtUpToDate_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("reads"); // case files read when the index is next asked

        QTest::newRow("up to date") << u"none"_s << 0;
        QTest::newRow("missing") << u"remove index"_s << 3;
        QTest::newRow("damaged") << u"damage index"_s << 3;
        QTest::newRow("a case rewritten since") << u"rewrite case"_s << 1;
        QTest::newRow("a case removed since") << u"remove case"_s << 0;
    }

    void staleIndexIsBroughtUpToDate()
    {
        QFETCH(QString, change);
        QFETCH(int, reads);
        QTemporaryDir logs;
        QTemporaryDir store;
        CaseStore cases(store.path());
        QStringList logPaths;
        QStringList casePaths;
        for (const QByteArray tag : {"a", "b", "c"}) {
            const QString log = logs.filePath(QString::fromLatin1(tag) + u".log"_s);
            QVERIFY(writeFile(log, logText(200, tag)));
            CaseLoad opened = cases.caseFor({log});
            QVERIFY2(opened.ok(), qPrintable(opened.error));
            QVERIFY(opened.value->setTicked(step, true)); // kept on disk from now on
            logPaths.append(log);
            casePaths.append(opened.value->storagePath());
        }
        const QString index = CaseIndex::indexPath(store.path());
        CaseIndex(store.path()).candidates({}, {}, CaseStore::maxCaseFileSize); // indexes the three cases
        QVERIFY(QFile::exists(index));

        if (change == u"remove index"_s) {
            QVERIFY(QFile::remove(index));
        } else if (change == u"damage index"_s) {
            QVERIFY(writeFile(index, "{\"version\": 1, \"cases\": [ damaged"));
        } else if (change == u"rewrite case"_s) {
            CaseLoad opened = cases.caseFor({logPaths.at(1)});
            QVERIFY(opened.ok());
            QVERIFY(opened.value->setNote(step, u"a longer case file now"_s));
        } else if (change == u"remove case"_s) {
            QVERIFY(QFile::remove(casePaths.at(2)));
        }

        CaseIndex caseIndex(store.path());
        caseIndex.candidates({}, {}, CaseStore::maxCaseFileSize);
        QCOMPARE(caseIndex.readCount(), reads);
        caseIndex.candidates({}, {}, CaseStore::maxCaseFileSize);
        QCOMPARE(caseIndex.readCount(), 0); // written back: nothing to read again
        const QByteArray indexed = readFile(index);
        for (int i = 0; i < casePaths.size(); ++i)
            QCOMPARE(indexed.contains(QFileInfo(casePaths.at(i)).fileName().toUtf8()), QFile::exists(casePaths.at(i)));

        // Each log still finds its own case, and only its own is a candidate.
        for (int i = 0; i < logPaths.size(); ++i) {
            CaseLoad again = cases.caseFor({logPaths.at(i)});
            QVERIFY2(again.ok(), qPrintable(again.error));
            QCOMPARE(again.value->isTicked(step), QFile::exists(casePaths.at(i)));
            if (change == u"rewrite case"_s && i == 1)
                QCOMPARE(again.value->note(step), u"a longer case file now"_s);
            const QStringList found = caseIndex.candidates({QFileInfo(logPaths.at(i)).absoluteFilePath()}, {}, CaseStore::maxCaseFileSize);
            QCOMPARE(found, QFile::exists(casePaths.at(i)) ? QStringList{QFileInfo(casePaths.at(i)).absoluteFilePath()} : QStringList{});
        }
    }
};

QTEST_GUILESS_MAIN(TestCaseIndex)
#include "tst_caseindex.moc"
