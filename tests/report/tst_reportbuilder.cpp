// The report builder: one pass over the lines on a worker, with progress and cancel; what the
// collector counts; the charts it draws.

#include "reportcollector.h"
#include "reportfixture.h"
#include "reportwriter.h"

#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

class TestReportBuilder : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::bundled();

private Q_SLOTS:
    void runsOnAWorkerWithProgress()
    {
        LogDocument document;
        QVERIFY(TestSupport::openAndWait(document, TestSupport::samplePath()));
        ReportRequest request;
        request.documents = {&document};
        request.catalog = &m_catalog;
        QFutureWatcher<ReportModel> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcher<ReportModel>::finished);
        QSignalSpy progress(&watcher, &QFutureWatcher<ReportModel>::progressValueChanged);
        watcher.setFuture(ReportBuilder::start(request));
        QVERIFY(finished.wait(20000));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first().toInt(), 1000);
        const ReportModel model = watcher.result();
        QCOMPARE(model.totalLines, 1648);
        QVERIFY(!model.partial);
        QVERIFY(model.generatedAt.isValid());
        QCOMPARE(model.version, QStringLiteral(LOGSAGE_VERSION_STRING));
        QCOMPARE(model.charts.size(), 2);
        for (const ReportChart &chart : model.charts)
            QVERIFY(!chart.image.isNull());
    }

    void cancelStopsEarly()
    {
        LogDocument document;
        QVERIFY(TestSupport::openAndWait(document, TestSupport::samplePath()));
        ReportRequest request;
        request.documents = {&document};
        request.catalog = &m_catalog;
        QPromise<ReportModel> promise;
        promise.start();
        promise.future().cancel();
        const ReportModel model = ReportBuilder::build(request, &promise);
        QVERIFY(model.partial);
        QVERIFY(model.totalLines < 1648);
    }

    // A log still being read gives a report that says how far it got, in every format; the build
    // reads the lines indexed when it starts (a snapshot), not whatever the index holds later.
    void stillReadingIsSaid_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QStringList>("said"); // %1: the lines read
        const QStringList sentence{u"The log was still being read"_s, u"the figures cover the first %1 lines."_s};
        QTest::newRow("html") << int(ReportFormat::Html) << sentence;
        QTest::newRow("markdown") << int(ReportFormat::Markdown) << sentence;
        QTest::newRow("json") << int(ReportFormat::Json) << QStringList{u"\"stillReading\": true"_s, u"\"lines\": %1"_s};
    }
    void stillReadingIsSaid()
    {
        QFETCH(int, format);
        QFETCH(QStringList, said);
        LogDocument document;
        // Indexing ends through a queued call: until the event loop runs, the document is being read.
        QVERIFY(document.open(TestSupport::samplePath()));
        QVERIFY(document.isIndexing());
        ReportRequest request;
        request.documents = {&document};
        request.catalog = &m_catalog;
        request.charts = false;
        const ReportModel model = ReportBuilder::build(request);
        QVERIFY(model.partial);
        QVERIFY(model.stillReading);
        QVERIFY(model.totalLines <= 1648);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"r."_s + ReportWriter::extension(ReportFormat(format)));
        QString error;
        QCOMPARE(ReportWriter::write(model, ReportFormat(format), path, &error), QStringList{path});
        const QString text = QString::fromUtf8(TestSupport::readAll(path));
        for (const QString &part : said) {
            const QString expected = part.contains(u"%1"_s) ? part.arg(model.totalLines) : part;
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }

        // Once read, the same document gives the whole report.
        QSignalSpy finished(&document, &LogDocument::indexingFinished);
        QVERIFY(!document.isIndexing() || finished.wait(20000));
        const ReportModel whole = ReportBuilder::build(request);
        QVERIFY(!whole.partial);
        QVERIFY(!whole.stillReading);
        QCOMPARE(whole.totalLines, 1648);
    }

    // A log read to its end is whole, however it ends.
    void readLogIsWhole_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<qint64>("lines");
        const QByteArray line = "Dec  4 2026 10:00:00 R1 %%01SSH/4/SSH_FAIL(l):Failed.";
        QTest::newRow("line end") << line + "\n" + line + "\n" << 2ll;
        QTest::newRow("no line end at the end") << line + "\n" + line << 2ll;
        QTest::newRow("CRLF") << line + "\r\n" + line + "\r\n" << 2ll;
        QTest::newRow("empty") << QByteArray() << 0ll;
    }
    void readLogIsWhole()
    {
        QFETCH(QByteArray, content);
        QFETCH(qint64, lines);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"whole.log"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        LogDocument document;
        QVERIFY(TestSupport::openAndWait(document, path));
        ReportRequest request;
        request.documents = {&document};
        request.catalog = &m_catalog;
        request.charts = false;
        const ReportModel model = ReportBuilder::build(request);
        QCOMPARE(model.totalLines, lines);
        QVERIFY(!model.stillReading);
        QVERIFY(!model.partial);
    }

    // Each catalog is named with its entry count; a "%1" in a user catalog's name stays as it is.
    void catalogsNamed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << u"ops"_s;
        QTest::newRow("placeholders") << u"ops %1 %2"_s;
    }
    void catalogsNamed()
    {
        QFETCH(QString, name);
        QByteArray json = TestSupport::readAll(qEnvironmentVariable("LOGSAGE_SOURCE_DIR") + u"/resources/catalog/huawei-ar-isis.json"_s);
        QVERIFY(json.contains("\"name\": \"huawei-ar-isis\""));
        const QByteArray renamed = "\"name\": \"" + name.toUtf8() + "\"";
        json.replace(QByteArrayView("\"name\": \"huawei-ar-isis\""), QByteArrayView(renamed));
        Catalog catalog;
        catalog.loadData(json, u"user.json"_s, true);
        QCOMPARE(catalog.sources().size(), 1);
        ReportRequest request;
        request.catalog = &catalog;
        request.charts = false;
        ReportModel model;
        ReportBuilder::complete(model, request);
        QCOMPARE(model.catalogs, QStringList{u"%1 (%2)"_s.arg(name, QString::number(catalog.sources().first().entryCount))});
    }

    void collectorCounts_data()
    {
        QTest::addColumn<QByteArrayList>("lines");
        QTest::addColumn<qint64>("records");
        QTest::addColumn<qint64>("recognized");
        QTest::addColumn<int>("unknownTypes");
        QTest::addColumn<int>("messages");
        QTest::addColumn<QString>("cause");
        QTest::newRow("empty") << QByteArrayList{} << 0ll << 0ll << 0 << 0 << QString();
        QTest::newRow("plain text") << QByteArrayList{"hello", "  continued"} << 0ll << 0ll << 0 << 0 << QString();
        QTest::newRow("unknown") << QByteArrayList{"Dec  4 2026 10:00:00 R1 %%01SSH/4/SSH_FAIL(l):Failed.",
                                                   "Dec  4 2026 10:00:01 R1 %%01SSH/4/SSH_FAIL(l):Failed."}
                                 << 2ll << 0ll << 1 << 1 << QString(); // a warning: it matters
        QTest::newRow("unknown informational") << QByteArrayList{"Dec  4 2026 10:00:00 R1 %%01SSH/6/SSH_OK(l):Fine."}
                                               << 1ll << 0ll << 1 << 0 << QString();
        QTest::newRow("cause from parameter")
            << QByteArrayList{"Dec  4 2026 10:00:00 R1 %%01IKE/5/IKE_NEGO_FAIL(l):IPSec tunnel negotiation fails. "
                              "(IfIndex=7, SeqNum=10, PeerAddress=203.0.113.9, PeerPort=500, Reason=phase1 proposal mismatch)"}
            << 1ll << 1ll << 0 << 1 << u"The IKE proposals on the two ends do not match"_s;
    }
    void collectorCounts()
    {
        QFETCH(QByteArrayList, lines);
        QFETCH(qint64, records);
        QFETCH(qint64, recognized);
        QFETCH(int, unknownTypes);
        QFETCH(int, messages);
        QFETCH(QString, cause);
        ReportCollector collector(m_catalog, Language::English);
        collector.beginFile({u"a.log"_s, 0, 0, u"UTF-8"_s}, [](QByteArrayView b) { return QString::fromUtf8(b); });
        for (qsizetype i = 0; i < lines.size(); ++i)
            collector.addLine(lines.at(i), i, 1000 * (i + 1));
        ReportModel model;
        collector.finish(model);
        QCOMPARE(model.totalLines, qint64(lines.size()));
        QCOMPARE(model.files.first().lines, qint64(lines.size()));
        QCOMPARE(model.records, records);
        QCOMPARE(model.recognizedRecords, recognized);
        QCOMPARE(model.unknownTypes, unknownTypes);
        QCOMPARE(model.messages.size(), messages);
        if (messages > 0)
            QCOMPARE(model.messages.first().cause, cause);
    }

    void unknownListIsLimited()
    {
        ReportCollector collector(m_catalog, Language::English, 3);
        collector.beginFile({u"a.log"_s, 0, 0, u"UTF-8"_s}, [](QByteArrayView b) { return QString::fromUtf8(b); });
        for (int i = 0; i < 10; ++i)
            for (int n = 0; n <= i; ++n)
                collector.addLine(QByteArray("Dec  4 2026 10:00:00 R1 %%01M" + QByteArray::number(i) + "/4/B(l):x"), n, -1);
        ReportModel model;
        collector.finish(model);
        QCOMPARE(model.unknownTypes, 10);
        QCOMPARE(model.unknownRecords, 55);
        QCOMPARE(model.unknown.size(), 3);
        QCOMPARE(model.unknown.first().id, u"M9/4/B"_s);
        QCOMPARE(model.unknown.first().count, 10);
        QCOMPARE(model.messageCounts.size(), 10);
    }

    void formatFromExtension_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        QTest::newRow("html") << u"r.html"_s << int(ReportFormat::Html);
        QTest::newRow("htm upper") << u"R.HTM"_s << int(ReportFormat::Html);
        QTest::newRow("pdf") << u"/x/r.pdf"_s << int(ReportFormat::Pdf);
        QTest::newRow("md") << u"r.md"_s << int(ReportFormat::Markdown);
        QTest::newRow("json") << u"r.json"_s << int(ReportFormat::Json);
        QTest::newRow("csv") << u"r.csv"_s << int(ReportFormat::Csv);
        QTest::newRow("unknown") << u"r.txt"_s << -1;
        QTest::newRow("none") << u"report"_s << -1;
    }
    void formatFromExtension()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        const auto found = ReportWriter::formatForPath(path);
        QCOMPARE(found ? int(*found) : -1, format);
    }

    void csvWritesTwoFiles()
    {
        QTemporaryDir dir;
        ReportModel model;
        QString error;
        const QStringList written = ReportWriter::write(model, ReportFormat::Csv, dir.filePath(u"r.csv"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(written, QStringList({dir.filePath(u"r.csv"_s), dir.filePath(u"r-tunnel-events.csv"_s)}));
        // Data tables only (docs/reports.md): the first line is the header row, no version or time lines.
        const QList<QByteArray> headers{"message,severity,count,recognized", "time,file,line,device,event,policy,seq,peer,reason,state"};
        for (qsizetype i = 0; i < written.size(); ++i)
            QCOMPARE(TestSupport::readAll(written.at(i)), QByteArray("\xEF\xBB\xBF") + headers.at(i) + "\r\n");
    }
};

QTEST_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
