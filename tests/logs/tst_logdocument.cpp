#include "logdocument.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return path;
}

// Opens `path` and waits until indexing ends; false when open() refused the file.
bool openAndWait(LogDocument &doc, const QString &path)
{
    QSignalSpy finished(&doc, &LogDocument::indexingFinished);
    QSignalSpy failed(&doc, &LogDocument::failed);
    if (!doc.open(path))
        return false;
    if (finished.isEmpty() && failed.isEmpty())
        finished.wait(20000);
    return failed.isEmpty();
}

QStringList allLines(const LogDocument &doc)
{
    QStringList lines;
    for (LineNumber n(0); n.value < doc.lineCount().value; ++n)
        lines.append(doc.lineText(n));
    return lines;
}

} // namespace

class TestLogDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lines_data();
    void lines();
    void records();
    void recordsOfContinuation();
    void yearlessTimes_data();
    void yearlessTimes();
    void newYearAcrossChunks_data();
    void newYearAcrossChunks();
    void manyLinesAcrossChunks();
    void indexMemoryPerLine();
    void cancelKeepsIndexedLines();
    void reopenForgetsOldFile();
};

void TestLogDocument::lines_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty file") << QByteArray() << QStringList();
    QTest::newRow("one line") << "a\n"_ba << QStringList{u"a"_s};
    QTest::newRow("no final newline") << "a\nb"_ba << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("empty lines") << "\n\n"_ba << QStringList{QString(), QString()};
    QTest::newRow("CRLF stripped") << "a\r\nb\r\n"_ba << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("lone CR kept inside") << "a\rb\n"_ba << QStringList{u"a\rb"_s};
    QTest::newRow("NUL bytes") << QByteArray("x\0y\n\0\n", 6)
                               << QStringList{QStringView(u"x\0y", 3).toString(), QString(1, QChar(u'\0'))};
    QTest::newRow("UTF-8") << "交换机 up\nok\n"_ba << QStringList{u"交换机 up"_s, u"ok"_s};
}

void TestLogDocument::lines()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"log.txt"_s, bytes);
    LogDocument doc;
    QVERIFY2(openAndWait(doc, path), qPrintable(doc.errorString()));
    QCOMPARE(doc.errorString(), QString());
    QCOMPARE(doc.sizeInBytes(), bytes.size());
    QCOMPARE(allLines(doc), expected);
    QCOMPARE(doc.lineBytes(LineNumber(expected.size())), QByteArrayView()); // past the end
    QVERIFY(!doc.isIndexing());
}

void TestLogDocument::records()
{
    QTemporaryDir dir;
    const QByteArray bytes =
        "Dec  4 2026 10:15:32+08:00 AR-Branch-01 %%01IKE/5/IKE_NEGO_FAIL(l)[12]:IPSec tunnel negotiation fails. (Reason=phase1 proposal mismatch)\n"
        "plain text, no header\n"
        "2026-12-04 10:15:33 CE-Core-1 %%01IFNET/2/linkDown_active(l):CID=0x807a0405;The interface status changes. (ifName=GE1/0/1)\n"
        "Dec  4 2026 10:15:34+08:00 AR-Branch-01 %%01IKE/5/IKE_NEGO_FAIL(l)[13]:IPSec tunnel negotiation fails.\n"_ba;
    const QString path = writeFile(dir, u"log.txt"_s, bytes);
    LogDocument doc;
    QVERIFY(openAndWait(doc, path));
    QCOMPARE(doc.lineCount().value, 4u);
    QCOMPARE(doc.messageTypeCount(), 2);
    QCOMPARE(doc.hostCount(), 2);

    const LineRecord first = doc.record(LineNumber(0));
    QCOMPARE(doc.messageTypeName(first.messageType), "IKE/5/IKE_NEGO_FAIL"_ba);
    QCOMPARE(doc.hostName(first.host), "AR-Branch-01"_ba);
    QCOMPARE(first.severity, 5);
    QVERIFY(first.flags & HasTime);
    QVERIFY(!(first.flags & YearInferred));
    const QDateTime printed(QDate(2026, 12, 4), QTime(10, 15, 32), QTimeZone::UTC);
    QCOMPARE(doc.timeBase() + qint64(first.time) * 1000, printed.toMSecsSinceEpoch());

    const LineRecord plain = doc.record(LineNumber(1));
    QCOMPARE(plain.messageType, 0);
    QCOMPARE(plain.severity, 0xff);

    const LineRecord vrp8 = doc.record(LineNumber(2));
    QCOMPARE(doc.messageTypeName(vrp8.messageType), "IFNET/2/linkDown_active"_ba);
    QCOMPARE(doc.hostName(vrp8.host), "CE-Core-1"_ba);
    QCOMPARE(vrp8.severity, 2);
    QCOMPARE(doc.record(LineNumber(3)).messageType, first.messageType);
    QCOMPARE(doc.record(LineNumber(3)).time, first.time + 2);
    QCOMPARE(doc.messageTypeName(0), QByteArray());
    QCOMPARE(doc.hostName(999), QByteArray());
}

void TestLogDocument::recordsOfContinuation()
{
    QTemporaryDir dir;
    const QByteArray bytes =
        "Dec  4 2026 10:15:32 AR1 %%01SHELL/5/CMDRECORD(s)[1]:Recorded command information. (Command=display\n"
        "    current-configuration)\n"_ba;
    LogDocument doc;
    QVERIFY(openAndWait(doc, writeFile(dir, u"log.txt"_s, bytes)));
    QCOMPARE(doc.lineCount().value, 2u);
    const LineRecord head = doc.record(LineNumber(0));
    const LineRecord tail = doc.record(LineNumber(1));
    QVERIFY(tail.flags & Continuation);
    QVERIFY(!(head.flags & Continuation));
    QCOMPARE(tail.messageType, head.messageType);
    QCOMPARE(tail.host, head.host);
    QCOMPARE(tail.time, head.time);
}

void TestLogDocument::yearlessTimes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QDateTime>("modified");
    QTest::addColumn<QList<QDate>>("dates");

    const QByteArray newYear =
        "Dec 31 23:59:58 R1 %%01NTP/4/STEP(l):step.\n"
        "Jan  1 00:00:01 R1 %%01NTP/4/STEP(l):step.\n"
        "Dec 31 23:59:59 R1 %%01NTP/4/STEP(l):late line of the old year.\n"
        "Jan  2 08:00:00 R1 %%01NTP/4/STEP(l):step.\n"_ba;
    QTest::newRow("across New Year, file written in January")
        << newYear << QDateTime(QDate(2027, 1, 3), QTime(9, 0), QTimeZone::UTC)
        << QList<QDate>{QDate(2026, 12, 31), QDate(2027, 1, 1), QDate(2026, 12, 31), QDate(2027, 1, 2)};
    QTest::newRow("same year as the file")
        << "Mar  5 10:00:00 R1 %%01NTP/4/STEP(l):step.\n"_ba << QDateTime(QDate(2025, 6, 1), QTime(9, 0), QTimeZone::UTC)
        << QList<QDate>{QDate(2025, 3, 5)};
    QTest::newRow("month after the file time is last year")
        << "Nov  5 10:00:00 R1 %%01NTP/4/STEP(l):step.\n"_ba << QDateTime(QDate(2025, 2, 1), QTime(9, 0), QTimeZone::UTC)
        << QList<QDate>{QDate(2024, 11, 5)};
    QTest::newRow("Feb 29 in the file's leap year")
        << "Feb 29 10:00:00 R1 %%01NTP/4/STEP(l):step.\n"_ba << QDateTime(QDate(2028, 3, 5), QTime(9, 0), QTimeZone::UTC)
        << QList<QDate>{QDate(2028, 2, 29)};
    // The chunk first places these from December on (2028, then 2029 after New Year, not leap);
    // moved back a year, Feb 29 must not have become Mar 1.
    QTest::newRow("Feb 29 after New Year")
        << "Dec 31 23:00:00 R1 %%01NTP/4/STEP(l):step.\n"
           "Jan  1 01:00:00 R1 %%01NTP/4/STEP(l):step.\n"
           "Feb 29 10:00:00 R1 %%01NTP/4/STEP(l):step.\n"
           "Mar  1 10:00:00 R1 %%01NTP/4/STEP(l):step.\n"_ba
        << QDateTime(QDate(2028, 3, 5), QTime(9, 0), QTimeZone::UTC)
        << QList<QDate>{QDate(2027, 12, 31), QDate(2028, 1, 1), QDate(2028, 2, 29), QDate(2028, 3, 1)};
}

void TestLogDocument::yearlessTimes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QDateTime, modified);
    QFETCH(QList<QDate>, dates);
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"log.txt"_s, bytes);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    }
    LogDocument doc;
    QVERIFY(openAndWait(doc, path));
    QCOMPARE(doc.lineCount().value, quint64(dates.size()));
    for (int i = 0; i < dates.size(); ++i) {
        const LineRecord r = doc.record(LineNumber(quint64(i)));
        QVERIFY(r.flags & HasTime);
        QVERIFY(r.flags & YearInferred);
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(doc.timeBase() + qint64(r.time) * 1000, QTimeZone::UTC);
        QCOMPARE(t.date(), dates.at(i));
    }
}

void TestLogDocument::newYearAcrossChunks_data()
{
    QTest::addColumn<int>("switchAt");
    QTest::newRow("in the first chunk") << 100;
    QTest::newRow("in the second chunk") << 20000;
    QTest::newRow("in the last chunk") << 250000;
}

// Chunks are indexed in parallel, each without knowing the year its first line is in: the
// merge must still place every line in the right year.
void TestLogDocument::newYearAcrossChunks()
{
    QFETCH(int, switchAt);
    const int count = 300000;
    QByteArray bytes;
    for (int i = 0; i < count; ++i)
        bytes += i < switchAt ? "Dec 31 23:59:59 R1 %%01NTP/4/STEP(l):old year\n" : "Jan  1 00:00:01 R1 %%01NTP/4/STEP(l):new year\n";
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"newyear.log"_s, bytes);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime(QDate(2027, 1, 2), QTime(0, 0), QTimeZone::UTC), QFileDevice::FileModificationTime));
    }
    LogDocument doc;
    QVERIFY(openAndWait(doc, path));
    QCOMPARE(doc.lineCount().value, quint64(count));
    QVERIFY(doc.snapshot().blocks.size() >= 3);
    const qint64 oldYear = QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59), QTimeZone::UTC).toSecsSinceEpoch();
    const qint64 newYear = QDateTime(QDate(2027, 1, 1), QTime(0, 0, 1), QTimeZone::UTC).toSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        const LineRecord r = doc.record(LineNumber(quint64(i)));
        const qint64 expected = i < switchAt ? oldYear : newYear;
        if (doc.timeBase() / 1000 + qint64(r.time) != expected)
            QFAIL(qPrintable(u"line %1 has time %2, expected %3"_s.arg(i).arg(r.time).arg(expected)));
    }
}

// Enough lines for several chunks and blocks: every line must come back in order.
void TestLogDocument::manyLinesAcrossChunks()
{
    QTemporaryDir dir;
    QByteArray bytes;
    const int count = 300000;
    bytes.reserve(count * 80);
    for (int i = 0; i < count; ++i) {
        bytes += "Dec  4 2026 10:15:32 host" + QByteArray::number(i % 7) + " %%01IFNET/4/LINK_STATE(l):line "
            + QByteArray::number(i) + "\n";
    }
    LogDocument doc;
    QSignalSpy added(&doc, &LogDocument::linesAdded);
    QVERIFY(openAndWait(doc, writeFile(dir, u"big.log"_s, bytes)));
    QVERIFY(!added.isEmpty());
    QCOMPARE(doc.lineCount().value, quint64(count));
    QCOMPARE(doc.hostCount(), 7);
    QCOMPARE(doc.messageTypeCount(), 1);
    for (int i : {0, 1, 4095, 65535, 65536, 65537, 123456, count - 1}) {
        const QByteArray expected = "line " + QByteArray::number(i);
        QVERIFY2(doc.lineBytes(LineNumber(quint64(i))).endsWith(expected), expected.constData());
        QCOMPARE(doc.hostName(doc.record(LineNumber(quint64(i))).host), "host" + QByteArray::number(i % 7));
    }
    const IndexSnapshot snap = doc.snapshot();
    QCOMPARE(snap.lineCount, quint64(count));
    quint64 next = 0;
    for (const auto &block : snap.blocks) {
        QCOMPARE(block->firstLine, next);
        next += block->count;
    }
    QCOMPARE(next, quint64(count));
}

void TestLogDocument::indexMemoryPerLine()
{
    QTemporaryDir dir;
    QByteArray bytes;
    const int count = 500000;
    for (int i = 0; i < count; ++i)
        bytes += "Dec  4 2026 10:15:32 AR1 %%01IFNET/4/LINK_STATE(l):x\n";
    LogDocument doc;
    QVERIFY(openAndWait(doc, writeFile(dir, u"big.log"_s, bytes)));
    QCOMPARE(doc.lineCount().value, quint64(count));
    const double perLine = double(doc.indexMemoryBytes()) / count;
    qInfo("index memory: %.2f bytes per line", perLine);
    QVERIFY2(perLine <= 16.1, qPrintable(QString::number(perLine)));
    QVERIFY(perLine >= 16.0); // offsets and records are really there
}

void TestLogDocument::cancelKeepsIndexedLines()
{
    QTemporaryDir dir;
    QByteArray bytes;
    const int count = 400000;
    for (int i = 0; i < count; ++i)
        bytes += "Dec  4 2026 10:15:32 AR1 %%01IFNET/4/LINK_STATE(l):line " + QByteArray::number(i) + "\n";
    const QString path = writeFile(dir, u"big.log"_s, bytes);
    LogDocument doc;
    QSignalSpy finished(&doc, &LogDocument::indexingFinished);
    QVERIFY(doc.open(path));
    doc.cancel();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(doc.lineCount().value < quint64(count));
    QVERIFY(!doc.isIndexing());
    for (LineNumber n(0); n.value < doc.lineCount().value; n.value += 997)
        QCOMPARE(doc.lineBytes(n).toByteArray(), QByteArray("Dec  4 2026 10:15:32 AR1 %%01IFNET/4/LINK_STATE(l):line " + QByteArray::number(n.value)));
}

void TestLogDocument::reopenForgetsOldFile()
{
    QTemporaryDir dir;
    LogDocument doc;
    QVERIFY(openAndWait(doc, writeFile(dir, u"a.log"_s, "a1 %%01A/1/X(l):x\na2\n"_ba)));
    QCOMPARE(doc.lineCount().value, 2u);
    QVERIFY(openAndWait(doc, writeFile(dir, u"b.log"_s, "b1\n"_ba)));
    QCOMPARE(doc.lineCount().value, 1u);
    QCOMPARE(doc.lineText(LineNumber(0)), u"b1"_s);
    QCOMPARE(doc.path(), dir.filePath(u"b.log"_s));
}

QTEST_GUILESS_MAIN(TestLogDocument)
#include "tst_logdocument.moc"
