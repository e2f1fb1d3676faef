// Per-message-type counts of a log: one pass over the line records, on a worker, cancellable.

#include "catalog.h"
#include "logdocument.h"
#include "messagestats.h"
#include "messagestatssource.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSemaphore>
#include <QTest>
#include <QTimeZone>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

const qint64 base = QDateTime(QDate(2026, 12, 4), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();

/// A log made of records in memory.
class RecordList : public MessageRecordSource
{
public:
    QList<QByteArray> names; ///< index 0 is type 1
    QList<LineRecord> records;
    QSemaphore *gate = nullptr;           ///< when set, the first record read waits for it
    mutable std::atomic<quint64> highestRead{0};

    quint64 lineCount() const override { return quint64(records.size()); }
    qsizetype readRecords(quint64 first, LineRecord *out, qsizetype max) const override
    {
        if (gate && first == 0)
            gate->acquire();
        // Short runs on purpose: the reader must cope with any run length.
        const qsizetype n = std::min<qsizetype>({max, records.size() - qsizetype(first), 1000});
        std::copy_n(records.cbegin() + qsizetype(first), n, out);
        highestRead = std::max(highestRead.load(), first + quint64(n));
        return n;
    }
    int messageTypeCount() const override { return int(names.size()); }
    QByteArray messageTypeName(quint16 type) const override { return type > 0 && type <= names.size() ? names.at(type - 1) : QByteArray(); }
    qint64 timeBase() const override { return base; }

    void add(quint16 type, quint32 seconds, quint16 host, quint8 flags = HasTime)
    {
        LineRecord r;
        r.messageType = type;
        r.time = seconds;
        r.host = host;
        r.flags = flags;
        records.append(r);
    }
};

/// IKE_NEGO_FAIL (known), IPSEC tunnel down (known), a message the catalog lacks, an odd name.
void fillConstructedLog(RecordList &log)
{
    log.names = {"IKE/5/IKE_NEGO_FAIL", "IPSEC/4/IPSEC_TUNNEL_TEARED_DOWN", "SHELL/6/NOT_IN_CATALOG", "weird"};
    log.add(0, 0, 0, 0);              // 0: a line without a message (banner, blank)
    log.add(1, 3600, 1);              // 1: 01:00 AR-1
    log.add(1, 3600, 1, HasTime | Continuation); // 2: its wrapped second line: not counted
    log.add(2, 7200, 2);              // 3
    log.add(1, 60, 2);                // 4: earlier time later in the file (clock set back)
    log.add(1, 7260, 1);              // 5
    log.add(3, 0, 3, 0);              // 6: no time
    log.add(2, 9000, 2);              // 7
    log.add(1, 86399, 3);             // 8
    log.add(4, 10, 0);                // 9: no host
}

Catalog smallCatalog()
{
    Catalog catalog;
    catalog.loadData(R"({"catalog": {"name": "test"}, "entries": [
        {"id": "IKE/5/IKE_NEGO_FAIL", "meaning": {"zh": "协商失败", "en": "negotiation failed"}},
        {"id": "IPSec/4/IPSEC_TUNNEL_TEARED_DOWN", "meaning": {"zh": "隧道拆除", "en": "tunnel torn down"}}]})",
                     u"test.json"_s);
    return catalog;
}

} // namespace

class TestMessageStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void perType_data();
    void perType();
    void totals();
    void withoutCatalog();
    void emptyLog();
    void cancelledSynchronously();
    void onAWorker();
    void cancelledOnAWorker();
    void progressReachesTheEnd();
    void onALogDocument_data();
    void onALogDocument();
};

void TestMessageStats::perType_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("module");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("brief");
    QTest::addColumn<quint64>("count");
    QTest::addColumn<quint64>("firstLine");
    QTest::addColumn<qint64>("firstSeconds"); // -1: none
    QTest::addColumn<qint64>("lastSeconds");
    QTest::addColumn<int>("hosts");
    QTest::addColumn<bool>("recognized");

    QTest::newRow("known, three hosts, continuation skipped")
        << 1 << u"IKE/5/IKE_NEGO_FAIL"_s << u"IKE"_s << 5 << u"IKE_NEGO_FAIL"_s << quint64(4) << quint64(1)
        << qint64(60) << qint64(86399) << 3 << true;
    QTest::newRow("known through a module spelled otherwise")
        << 2 << u"IPSEC/4/IPSEC_TUNNEL_TEARED_DOWN"_s << u"IPSEC"_s << 4 << u"IPSEC_TUNNEL_TEARED_DOWN"_s
        << quint64(2) << quint64(3) << qint64(7200) << qint64(9000) << 1 << true;
    QTest::newRow("unknown, no time") << 3 << u"SHELL/6/NOT_IN_CATALOG"_s << u"SHELL"_s << 6 << u"NOT_IN_CATALOG"_s
                                      << quint64(1) << quint64(6) << qint64(-1) << qint64(-1) << 1 << false;
    QTest::newRow("not MODULE/SEV/BRIEF, no host") << 4 << u"weird"_s << QString() << -1 << QString() << quint64(1)
                                                   << quint64(9) << qint64(10) << qint64(10) << 0 << false;
}

void TestMessageStats::perType()
{
    QFETCH(int, type);
    QFETCH(QString, id);
    QFETCH(QString, module);
    QFETCH(int, severity);
    QFETCH(QString, brief);
    QFETCH(quint64, count);
    QFETCH(quint64, firstLine);
    QFETCH(qint64, firstSeconds);
    QFETCH(qint64, lastSeconds);
    QFETCH(int, hosts);
    QFETCH(bool, recognized);

    RecordList log;
    fillConstructedLog(log);
    const Catalog catalog = smallCatalog();
    const MessageStats stats = MessageStats::compute(log, &catalog);
    const MessageTypeStats *s = stats.find(quint16(type));
    QVERIFY(s);
    QCOMPARE(s->messageType, quint16(type));
    QCOMPARE(s->id, id);
    QCOMPARE(s->module, module);
    QCOMPARE(s->severity, severity);
    QCOMPARE(s->brief, brief);
    QCOMPARE(s->count, count);
    QCOMPARE(s->firstLine, firstLine);
    QCOMPARE(s->firstMsecs, firstSeconds < 0 ? -1 : base + firstSeconds * 1000);
    QCOMPARE(s->lastMsecs, lastSeconds < 0 ? -1 : base + lastSeconds * 1000);
    QCOMPARE(s->hostCount, hosts);
    QCOMPARE(s->isRecognized(), recognized);
    if (recognized)
        QCOMPARE(s->entry->brief, brief);
}

void TestMessageStats::totals()
{
    RecordList log;
    fillConstructedLog(log);
    const MessageStats stats = MessageStats::compute(log, nullptr);
    QCOMPARE(stats.lineCount(), quint64(10));
    QCOMPARE(stats.recordCount(), quint64(8));
    QCOMPARE(stats.types().size(), 4);
    QVERIFY(!stats.wasCancelled());
    QVERIFY(!stats.find(0));
    QVERIFY(!stats.find(5));
    for (qsizetype i = 1; i < stats.types().size(); ++i)
        QVERIFY(stats.types().at(i - 1).messageType < stats.types().at(i).messageType);
}

void TestMessageStats::withoutCatalog()
{
    RecordList log;
    fillConstructedLog(log);
    const MessageStats stats = MessageStats::compute(log, nullptr);
    for (const MessageTypeStats &s : stats.types())
        QVERIFY(!s.isRecognized());
}

void TestMessageStats::emptyLog()
{
    const RecordList log;
    const MessageStats stats = MessageStats::compute(log, nullptr);
    QCOMPARE(stats.lineCount(), quint64(0));
    QVERIFY(stats.types().isEmpty());
}

void TestMessageStats::cancelledSynchronously()
{
    RecordList log;
    fillConstructedLog(log);
    const MessageStats stats = MessageStats::compute(log, nullptr, [] { return true; });
    QVERIFY(stats.wasCancelled());
    QVERIFY(stats.types().isEmpty());
}

void TestMessageStats::onAWorker()
{
    auto log = std::make_shared<RecordList>();
    log->names = {"IKE/5/IKE_NEGO_FAIL", "IFNET/4/LINK_STATE"};
    for (quint32 i = 0; i < 300000; ++i)
        log->add(quint16(1 + i % 2), i, quint16(1 + i % 7));
    const Catalog catalog = smallCatalog();
    QFuture<MessageStats> future = MessageStats::start(log, &catalog);
    future.waitForFinished();
    QCOMPARE(future.resultCount(), 1);
    const MessageStats stats = future.result();
    QCOMPARE(stats.types().size(), 2);
    QCOMPARE(stats.find(1)->count, quint64(150000));
    QCOMPARE(stats.find(2)->hostCount, 7);
    QCOMPARE(stats.find(2)->lastMsecs, base + 299999LL * 1000);
    QVERIFY(stats.find(1)->isRecognized());
    QVERIFY(!stats.find(2)->isRecognized());
}

void TestMessageStats::cancelledOnAWorker()
{
    QSemaphore gate;
    auto log = std::make_shared<RecordList>();
    log->names = {"IKE/5/IKE_NEGO_FAIL"};
    for (quint32 i = 0; i < 500000; ++i)
        log->add(1, i, 1);
    log->gate = &gate; // the worker cannot get past the first line before we cancel
    QFuture<MessageStats> future = MessageStats::start(log, nullptr);
    future.cancel();
    gate.release();
    future.waitForFinished();
    QVERIFY(future.isCanceled());
    QCOMPARE(future.resultCount(), 0);
    QVERIFY(log->highestRead < 500000);
}

void TestMessageStats::progressReachesTheEnd()
{
    RecordList log;
    log.names = {"A/1/B"};
    for (quint32 i = 0; i < 200000; ++i)
        log.add(1, i, 1);
    QList<int> seen;
    MessageStats::compute(log, nullptr, {}, [&seen](int permille) { seen.append(permille); });
    QVERIFY(seen.size() >= 3);
    QCOMPARE(seen.last(), 1000);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
}

void TestMessageStats::onALogDocument_data()
{
    QTest::addColumn<QString>("path");
    const QString source = qEnvironmentVariable("LOGSAGE_SOURCE_DIR");
    const QString shared = qEnvironmentVariable("LOGSAGE_SHARED_DIR");
    QTest::newRow("bundled sample") << source + u"/resources/samples/branch-day.log"_s;
    QTest::newRow("public device lines") << shared + u"/reference/real-logs/huawei-public-lines.txt"_s;
}

void TestMessageStats::onALogDocument()
{
    QFETCH(QString, path);
    // The oracle: host and MODULE/SEVERITY/BRIEF of every "%%01" line, read with a regular expression.
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QRegularExpression header(uR"((?:^|(\S+) )%%\d\d([A-Za-z0-9_]+/[0-7]/[A-Za-z0-9_]+)\()"_s);
    QHash<QString, quint64> expectedCounts;
    QHash<QString, QSet<QString>> expectedHosts;
    while (!file.atEnd()) {
        const QRegularExpressionMatch m = header.match(QString::fromUtf8(file.readLine()));
        if (m.hasMatch()) {
            ++expectedCounts[m.captured(2)];
            if (m.hasCaptured(1))
                expectedHosts[m.captured(2)].insert(m.captured(1));
        }
    }
    QVERIFY(expectedCounts.size() > 3);

    LogDocument document;
    QSignalSpy finished(&document, &LogDocument::indexingFinished);
    QVERIFY2(document.open(path), qPrintable(document.errorString()));
    QVERIFY(finished.count() > 0 || finished.wait(20000));
    Catalog catalog;
    catalog.loadDirectory(qEnvironmentVariable("LOGSAGE_SOURCE_DIR") + u"/resources/catalog"_s, false);

    const LogDocumentRecords records(document);
    const MessageStats stats = MessageStats::compute(records, &catalog);
    QCOMPARE(stats.lineCount(), document.lineCount().value);
    int checked = 0;
    for (const MessageTypeStats &s : stats.types()) {
        if (!expectedCounts.contains(s.id))
            continue; // e.g. traps printed without "%%01": the oracle does not see them
        QCOMPARE(s.count, expectedCounts.value(s.id));
        QCOMPARE(s.hostCount, int(expectedHosts.value(s.id).size()));
        QCOMPARE(s.isRecognized(), catalog.find(s.module.toUtf8(), s.brief.toUtf8()) != nullptr);
        QVERIFY(s.firstMsecs <= s.lastMsecs);
        ++checked;
    }
    QCOMPARE(checked, int(expectedCounts.size()));
}

QTEST_GUILESS_MAIN(TestMessageStats)
#include "tst_messagestats.moc"
