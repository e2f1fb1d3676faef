// Which causes the lines of each message point to: the synchronous function and the worker version
// give the same answer, and the worker version stops when cancelled.

#include "catalog.h"
#include "logdocument.h"
#include "matchedcauses.h"
#include "messagestats.h"
#include "messagestatssource.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

QByteArray negotiationFailure(int seq, const QByteArray &reason)
{
    return "Dec  4 2026 00:01:12+08:00 AR-Hub-01 %%01IKE/5/IKE_NEGO_FAIL(l)[" + QByteArray::number(seq)
           + "]:IPSec tunnel negotiation fails. (IfIndex=5, SeqNum=20, PeerAddress=198.51.100.77, PeerPort=500, Reason="
           + reason + ")\n";
}

const QByteArray Ntp = "Dec  4 2026 00:00:41+08:00 AR-Hub-01 %%01NTP/4/PEER_SELE(l)[1]:The peer selected by the system is 192.0.2.123.\n";

} // namespace

class TestMatchedCauses : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Catalog m_catalog = Catalog::bundled();

    bool open(LogDocument &document, const QString &name, const QList<QByteArray> &reasons, int fillerLines = 0)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(Ntp);
        int seq = 2;
        for (const QByteArray &reason : reasons)
            file.write(negotiationFailure(seq++, reason));
        QByteArray filler;
        for (int i = 0; i < fillerLines; ++i)
            filler += negotiationFailure(seq++, "phase1 proposal mismatch");
        file.write(filler);
        file.close();
        QSignalSpy finished(&document, &LogDocument::indexingFinished);
        if (!document.open(file.fileName()))
            return false;
        return !finished.isEmpty() || finished.wait(30000);
    }

private Q_SLOTS:
    void workerAgreesWithSynchronous_data()
    {
        QTest::addColumn<QList<QByteArray>>("reasons");
        QTest::addColumn<int>("distinctCauses"); // of IKE_NEGO_FAIL, "none" (-1) included
        QTest::newRow("one reason") << QList<QByteArray>{"phase1 proposal mismatch", "phase1 proposal mismatch"} << 1;
        QTest::newRow("two reasons") << QList<QByteArray>{"flow mismatch", "version mismatch"} << 2;
        QTest::newRow("no reason known") << QList<QByteArray>{"something else entirely"} << 1;
        QTest::newRow("no lines") << QList<QByteArray>{} << 0;
    }

    void workerAgreesWithSynchronous()
    {
        QFETCH(QList<QByteArray>, reasons);
        QFETCH(int, distinctCauses);
        QVERIFY(m_dir.isValid());
        LogDocument document;
        QVERIFY(open(document, QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".log"_s, reasons));
        const MessageStats stats = MessageStats::compute(LogDocumentRecords(document), &m_catalog);

        const QHash<quint16, QList<int>> expected = matchedCauses(document, m_catalog, stats);
        QFuture<QHash<quint16, QList<int>>> future = startMatchedCauses(document, m_catalog, stats);
        future.waitForFinished();
        QVERIFY(!future.isCanceled());
        QCOMPARE(future.resultCount(), 1);
        QCOMPARE(future.result(), expected);

        const quint16 type = reasons.isEmpty() ? 0 : document.record(LineNumber(1)).messageType;
        QCOMPARE(expected.value(type).size(), distinctCauses);
    }

    void workerStopsWhenCancelled()
    {
        LogDocument document;
        // Lines of one reason only: the search for the other causes reads on to the last line.
        QVERIFY(open(document, u"long.log"_s, {"flow mismatch"}, 300000));
        const MessageStats stats = MessageStats::compute(LogDocumentRecords(document), &m_catalog);
        QFuture<QHash<quint16, QList<int>>> future = startMatchedCauses(document, m_catalog, stats);
        future.cancel();
        future.waitForFinished();
        QVERIFY(future.isCanceled());
        QCOMPARE(future.resultCount(), 0);
    }

    // A followed log rotated while the worker reads it: the document reloads and drops the old
    // bytes; the worker finishes on what it started with, and a new search sees the new file.
    void workerSurvivesRotation()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"rotated.log"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray lines = Ntp;
            // Each line from another peer, so each is explained anew: a search that reads long.
            for (int i = 0; i < 20000; ++i)
                lines += "Dec  4 2026 00:01:12+08:00 AR-Hub-01 %%01IKE/5/IKE_NEGO_FAIL(l)[2]:IPSec tunnel negotiation fails. "
                         "(IfIndex=5, SeqNum=20, PeerAddress=10." + QByteArray::number(i >> 16) + '.' + QByteArray::number((i >> 8) & 255)
                         + '.' + QByteArray::number(i & 255) + ", PeerPort=500, Reason=flow mismatch)\n";
            lines += negotiationFailure(3, "phase1 proposal mismatch"); // the last line: only a full read sees it
            QCOMPARE(file.write(lines), lines.size());
        }
        LogDocument document;
        QSignalSpy finished(&document, &LogDocument::indexingFinished);
        QVERIFY(document.open(path));
        QVERIFY(!finished.isEmpty() || finished.wait(30000));
        document.setFollowing(true);
        const MessageStats stats = MessageStats::compute(LogDocumentRecords(document), &m_catalog);
        const QHash<quint16, QList<int>> before = matchedCauses(document, m_catalog, stats);
        const quint16 ikeType = document.record(LineNumber(1)).messageType;
        QCOMPARE(before.value(ikeType).size(), 2);
        QFuture<QHash<quint16, QList<int>>> future = startMatchedCauses(document, m_catalog, stats);

        QSignalSpy reset(&document, &LogDocument::reset);
        QVERIFY(QFile::rename(path, path + u".1"_s));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(Ntp + negotiationFailure(2, "phase1 proposal mismatch") + negotiationFailure(3, "flow mismatch"));
        }
        finished.clear();
        QVERIFY(reset.wait(10000));
        QVERIFY2(future.isRunning(), "the search ended before the reload: nothing was read from dropped bytes");
        future.waitForFinished(); // reads the old bytes on, from its snapshot, to the last line
        QCOMPARE(future.resultCount(), 1);
        QCOMPARE(future.result(), before);
        QVERIFY(!finished.isEmpty() || finished.wait(10000));

        QCOMPARE(document.lineCount().value, 3u);
        const MessageStats fresh = MessageStats::compute(LogDocumentRecords(document), &m_catalog);
        QFuture<QHash<quint16, QList<int>>> again = startMatchedCauses(document, m_catalog, fresh);
        again.waitForFinished();
        const QHash<quint16, QList<int>> expected = matchedCauses(document, m_catalog, fresh);
        QCOMPARE(again.result(), expected);
        QCOMPARE(expected.value(ikeType).size(), 2);
        document.setFollowing(false);
    }
};

QTEST_MAIN(TestMatchedCauses)
#include "tst_matchedcauses.moc"
