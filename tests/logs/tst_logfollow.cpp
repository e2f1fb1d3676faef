#include "logdocument.h"
#include "mappingguard.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

void writeFile(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    if (!file.open(mode) || file.write(bytes) != bytes.size())
        qFatal("cannot write test file");
}

// Opens `path` and waits until it is indexed.
bool openIndexed(LogDocument &doc, const QString &path)
{
    QSignalSpy finished(&doc, &LogDocument::indexingFinished);
    return doc.open(path) && finished.wait(10000);
}

QStringList allLines(const LogDocument &doc)
{
    QStringList lines;
    for (LineNumber n(0); n.value < doc.lineCount().value; ++n)
        lines.append(doc.lineText(n));
    return lines;
}

} // namespace

class TestLogFollow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendedLines_data();
    void appendedLines();
    void truncation();
    void truncatedWhileMapped_data();
    void truncatedWhileMapped();
    void cutAndWrittenAgain_data();
    void cutAndWrittenAgain();
    void rotation();
};

void TestLogFollow::appendedLines_data()
{
    QTest::addColumn<QByteArray>("initial");
    QTest::addColumn<QList<QByteArray>>("appends");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("whole lines") << "a\nb\n"_ba << QList<QByteArray>{"c\nd\n"_ba} << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s};
    QTest::newRow("growing last line") << "a\nb"_ba << QList<QByteArray>{"c\n"_ba, "d"_ba, "e\nf\n"_ba}
                                       << QStringList{u"a"_s, u"bc"_s, u"de"_s, u"f"_s};
    QTest::newRow("from empty") << QByteArray() << QList<QByteArray>{"x\n"_ba, "y\n"_ba} << QStringList{u"x"_s, u"y"_s};
    QList<QByteArray> single;
    QStringList singleLines{u"first"_s};
    for (int i = 0; i < 30; ++i) {
        single.append("line " + QByteArray::number(i) + "\n");
        singleLines.append(u"line %1"_s.arg(i));
    }
    QTest::newRow("one line at a time") << "first\n"_ba << single << singleLines;
    QTest::newRow("CRLF") << "a\r\n"_ba << QList<QByteArray>{"b\r"_ba, "\n"_ba} << QStringList{u"a"_s, u"b"_s};
}

void TestLogFollow::appendedLines()
{
    QFETCH(QByteArray, initial);
    QFETCH(QList<QByteArray>, appends);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"follow.log"_s);
    writeFile(path, initial);
    LogDocument doc;
    QVERIFY(openIndexed(doc, path));
    doc.setFollowing(true);
    QVERIFY(doc.isFollowing());
    QByteArray all = initial;
    for (const QByteArray &piece : appends) {
        all += piece;
        const qsizetype total = all.size();
        writeFile(path, piece, QIODevice::Append);
        QTRY_COMPARE_WITH_TIMEOUT(doc.sizeInBytes(), total, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!doc.isIndexing(), 10000);
    }
    QCOMPARE(allLines(doc), expected);
    const IndexSnapshot snap = doc.snapshot();
    quint64 next = 0;
    for (const auto &block : snap.blocks) {
        QCOMPARE(block->firstLine, next);
        next += block->count;
    }
    QCOMPARE(next, quint64(expected.size()));
    QCOMPARE(snap.blocks.size(), expected.isEmpty() ? 0u : 1u); // appends merge into the last block
    QVERIFY(doc.indexMemoryBytes() < 1024 + 16 * expected.size() + 2 * 1024);
}

void TestLogFollow::truncation()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"follow.log"_s);
    writeFile(path, "one\ntwo\nthree\n"_ba);
    LogDocument doc;
    QVERIFY(openIndexed(doc, path));
    doc.setFollowing(true);
    QSignalSpy reset(&doc, &LogDocument::reset);
    writeFile(path, "new\n"_ba); // truncates: logrotate's copytruncate
    QVERIFY(reset.wait(10000));
    QVERIFY2(reset.first().first().toString().contains(u"shorter"_s), qPrintable(reset.first().first().toString()));
    QVERIFY(reset.first().first().toString().contains(path));
    QTRY_VERIFY_WITH_TIMEOUT(!doc.isIndexing(), 10000);
    QCOMPARE(allLines(doc), QStringList{u"new"_s});
    QVERIFY(doc.isFollowing());
    writeFile(path, "more\n"_ba, QIODevice::Append);
    QTRY_COMPARE_WITH_TIMEOUT(doc.lineCount().value, 2u, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!doc.isIndexing(), 10000);
    QCOMPARE(allLines(doc), (QStringList{u"new"_s, u"more"_s}));
}

void TestLogFollow::truncatedWhileMapped_data()
{
    QTest::addColumn<bool>("following");
    QTest::addColumn<qint64>("newSize");
    QTest::newRow("not followed, emptied") << false << qint64(0);
    QTest::newRow("not followed, cut in the middle") << false << qint64(5000);
    QTest::newRow("followed, emptied") << true << qint64(0);
}

// Another process shortens the file while it is mapped: reading the lost pages must not kill the
// application (SIGBUS), and the document reads the file again and says why.
void TestLogFollow::truncatedWhileMapped()
{
    QFETCH(bool, following);
    QFETCH(qint64, newSize);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mapped.log"_s);
    QByteArray bytes;
    for (int i = 0; bytes.size() < 64 * 1024; ++i)
        bytes += "Dec  4 2026 10:00:00 R1 %%01IFNET/4/LINK_STATE(l):The line protocol on GE0/0/" + QByteArray::number(i)
            + " went down.\n";
    writeFile(path, bytes);
    LogDocument doc;
    QVERIFY(openIndexed(doc, path));
    doc.setFollowing(following);
    const quint64 lines = doc.lineCount().value;
    QVERIFY(lines > 500);
    QSignalSpy reset(&doc, &LogDocument::reset);
    QVERIFY(QFile::resize(path, newSize));
    const std::uint64_t faultsBefore = MappingGuard::faultCount();
    const QString last = doc.lineText(LineNumber(lines - 1)); // the page is gone: zeros, not a crash
    QVERIFY(!last.contains(u"GE0/0"_s));
    QVERIFY(MappingGuard::faultCount() > faultsBefore);
    QVERIFY(reset.wait(10000));
    QVERIFY2(reset.first().first().toString().contains(u"shorter"_s), qPrintable(reset.first().first().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!doc.isIndexing(), 10000);
    QVERIFY(doc.lineCount().value < lines);
    QCOMPARE(doc.sizeInBytes(), newSize);
    QCOMPARE(doc.isFollowing(), following);
}

void TestLogFollow::cutAndWrittenAgain_data()
{
    QTest::addColumn<bool>("following");
    QTest::newRow("not followed") << false;
    QTest::newRow("followed") << true;
}

// `cp new.log open.log`: the file is cut and written again, bigger than before, between two checks.
// Sizes alone say "grew"; the pages read as zeros meanwhile say the content changed: read it again.
void TestLogFollow::cutAndWrittenAgain()
{
    QFETCH(bool, following);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"copied.log"_s);
    QByteArray before;
    for (int i = 0; before.size() < 64 * 1024; ++i)
        before += "old line " + QByteArray::number(i) + "\n";
    writeFile(path, before);
    LogDocument doc;
    QVERIFY(openIndexed(doc, path));
    doc.setFollowing(following);
    const quint64 lines = doc.lineCount().value;
    QSignalSpy reset(&doc, &LogDocument::reset);
    QVERIFY(QFile::resize(path, 0));
    QVERIFY(!doc.lineText(LineNumber(lines - 1)).startsWith(u"old"_s)); // read while cut: zeros
    QByteArray after;
    for (int i = 0; after.size() < 100 * 1024; ++i)
        after += "new line " + QByteArray::number(i) + "\n";
    writeFile(path, after);
    QVERIFY(reset.wait(10000));
    QVERIFY2(reset.first().first().toString().contains(u"changed on disk"_s), qPrintable(reset.first().first().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!doc.isIndexing(), 10000);
    QCOMPARE(doc.lineText(LineNumber(0)), u"new line 0"_s);
    QCOMPARE(doc.sizeInBytes(), qint64(after.size()));
}

void TestLogFollow::rotation()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"follow.log"_s);
    writeFile(path, "Dec  4 2026 10:00:00 R1 %%01IKE/5/A(l):old 1\nold 2\n"_ba);
    LogDocument doc;
    QVERIFY(openIndexed(doc, path));
    doc.setFollowing(true);
    QSignalSpy reset(&doc, &LogDocument::reset);
    QVERIFY(QFile::rename(path, path + u".1"_s));
    const quint16 ikeType = doc.record(LineNumber(0)).messageType;
    QCOMPARE(doc.messageTypeName(ikeType), "IKE/5/A"_ba);
    writeFile(path, "Dec  4 2026 10:00:01 R2 %%01NTP/4/B(l):rotated 1\n"
                    "Dec  4 2026 10:00:02 R1 %%01IKE/5/A(l):rotated 2\nrotated 3\n"_ba);
    QVERIFY(reset.wait(10000));
    QVERIFY(reset.first().first().toString().contains(u"replaced"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!doc.isIndexing(), 10000);
    QCOMPARE(allLines(doc).last(), u"rotated 3"_s);
    QCOMPARE(doc.lineCount().value, 3u);
    QCOMPARE(doc.record(LineNumber(1)).messageType, ikeType); // ids keep their meaning across a reset
    QCOMPARE(doc.messageTypeName(doc.record(LineNumber(0)).messageType), "NTP/4/B"_ba);
    doc.setFollowing(false);
    QVERIFY(!doc.isFollowing());
}

QTEST_GUILESS_MAIN(TestLogFollow)
#include "tst_logfollow.moc"
