#include "filteredlines.h"
#include "linesearch.h"
#include "logdocument.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

const QByteArray Log =
    "Dec  4 2026 10:00:00+08:00 AR1 %%01IKE/5/IKE_NEGO_FAIL(l)[1]:IPSec tunnel negotiation fails. (Reason=phase1 proposal mismatch)\n"
    "Dec  4 2026 10:05:00+08:00 AR2 %%01IPSEC/4/IPSEC_TUNNEL_TEARED_DOWN(l)[2]:An IPSec tunnel is teared down. (PolicyName=p1)\r\n"
    "    continuation of the teardown\n"
    "Dec  4 2026 10:10:00+08:00 AR1 %%01IFNET/2/linkDown_active(l):CID=0x1;The interface status changes. (ifName=GE1/0/1)\n"
    "plain text line without header Mismatch\n"
    "Dec  4 2026 11:00:00+08:00 AR2 %%01IPSec/6/IPSEC_TUNNEL_ESTABLISHED(l)[3]:An IPSec tunnel is established.\n"
    "Dec  4 2026 11:30:00+08:00 AR1 %%01SHELL/5/CMDRECORD(s)[4]:Recorded command information. (Command=display ike sa)\r\n"_ba;

using Lines = QList<quint64>;

qint64 printed(int hour, int minute)
{
    return QDateTime(QDate(2026, 12, 4), QTime(hour, minute), QTimeZone::UTC).toMSecsSinceEpoch();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return path;
}

bool openAndWait(LogDocument &doc, const QString &path)
{
    QSignalSpy finished(&doc, &LogDocument::indexingFinished);
    return doc.open(path) && (!finished.isEmpty() || finished.wait(20000));
}

QByteArray bigLog(int count)
{
    QByteArray bytes;
    for (int i = 0; i < count; ++i) {
        bytes += "Dec  4 2026 10:15:32 host" + QByteArray::number(i % 5)
            + (i % 10 == 0 ? " %%01IKE/5/IKE_NEGO_FAIL(l):fails, number " : " %%01IFNET/4/LINK_STATE(l):state, number ")
            + QByteArray::number(i) + "\n";
    }
    return bytes;
}

} // namespace

class TestLineFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void filters_data();
    void filters();
    void streamsInPieces();
    void cancelSearch();
    void destroyedWhileSearching_data();
    void destroyedWhileSearching();
    void invalidRegex();
    void followsGrowingDocument();
    void gb18030Text();
    void clearedWhenDocumentOpensAnotherFile();

private:
    QTemporaryDir m_dir;
    LogDocument m_doc;
};

void TestLineFilter::initTestCase()
{
    QVERIFY(openAndWait(m_doc, writeFile(m_dir, u"filter.log"_s, Log)));
    QCOMPARE(m_doc.lineCount().value, 7u);
    QVERIFY(m_doc.record(LineNumber(2)).flags & Continuation);
}

void TestLineFilter::filters_data()
{
    QTest::addColumn<QByteArrayList>("modules");
    QTest::addColumn<int>("severities");
    QTest::addColumn<QByteArrayList>("hosts");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("recognition");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QString>("regex");
    QTest::addColumn<Lines>("expected");

    const qint64 min = std::numeric_limits<qint64>::min();
    const qint64 max = std::numeric_limits<qint64>::max();
    auto row = [&](const char *name) {
        return &QTest::newRow(name);
    };
    const QByteArrayList none;
    *row("everything") << none << 0xff << none << min << max << 0 << QString() << false << QString() << Lines{0, 1, 2, 3, 4, 5, 6};
    *row("module, any case") << QByteArrayList{"ipsec"} << 0xff << none << min << max << 0 << QString() << false << QString()
                             << Lines{1, 2, 5};
    *row("severity warning and worse") << none << 0x1f << none << min << max << 0 << QString() << false << QString() << Lines{1, 2, 3};
    *row("host") << none << 0xff << QByteArrayList{"AR1"} << min << max << 0 << QString() << false << QString() << Lines{0, 3, 6};
    *row("two hosts") << none << 0xff << QByteArrayList{"AR1", "AR2"} << min << max << 0 << QString() << false << QString()
                      << Lines{0, 1, 2, 3, 5, 6};
    *row("time range") << none << 0xff << none << printed(10, 5) << printed(11, 0) << 0 << QString() << false << QString()
                       << Lines{1, 2, 3};
    *row("recognized") << none << 0xff << none << min << max << 1 << QString() << false << QString() << Lines{0, 1, 2, 5};
    *row("unknown") << none << 0xff << none << min << max << 2 << QString() << false << QString() << Lines{3, 6};
    *row("text, any case") << none << 0xff << none << min << max << 0 << u"mismatch"_s << false << QString() << Lines{0, 4};
    *row("text, exact case") << none << 0xff << none << min << max << 0 << u"Mismatch"_s << true << QString() << Lines{4};
    *row("regex") << none << 0xff << none << min << max << 0 << QString() << false << u"tunnel is (teared|established)"_s
                  << Lines{1, 5};
    *row("regex anchored at line start") << none << 0xff << none << min << max << 0 << QString() << false << u"^plain"_s << Lines{4};
    *row("regex anchored at CRLF line end") << none << 0xff << none << min << max << 0 << QString() << false << u"ike sa\\)$"_s
                                            << Lines{6};
    *row("regex with subject anchor") << none << 0xff << none << min << max << 0 << QString() << false << u"\\A\\s+cont"_s
                                      << Lines{2};
    *row("regex never spans lines") << none << 0xff << none << min << max << 0 << QString() << false << u"p1\\)\\s+continuation"_s
                                    << Lines{};
    *row("module and text") << QByteArrayList{"IPSEC"} << 0xff << none << min << max << 0 << u"established"_s << false << QString()
                            << Lines{5};
    *row("host and regex") << none << 0xff << QByteArrayList{"AR2"} << min << max << 0 << QString() << false << u"IPSec"_s
                           << Lines{1, 5};
    *row("nothing matches") << QByteArrayList{"NOSUCH"} << 0xff << none << min << max << 0 << QString() << false << QString() << Lines{};
}

void TestLineFilter::filters()
{
    QFETCH(QByteArrayList, modules);
    QFETCH(int, severities);
    QFETCH(QByteArrayList, hosts);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, recognition);
    QFETCH(QString, text);
    QFETCH(bool, caseSensitive);
    QFETCH(QString, regex);
    QFETCH(Lines, expected);

    LineFilter filter;
    filter.modules = modules;
    filter.severities = quint8(severities);
    for (const QByteArray &host : hosts) {
        for (int id = 1; id <= m_doc.hostCount(); ++id) {
            if (m_doc.hostName(quint16(id)) == host)
                filter.hosts.append(quint16(id));
        }
    }
    QCOMPARE(filter.hosts.size(), hosts.size());
    filter.fromMsecs = from;
    filter.toMsecs = to;
    filter.recognition = LineFilter::Recognition(recognition);
    filter.isRecognized = [this](quint16 type) {
        const QByteArray module = m_doc.messageTypeName(type).split('/').first().toUpper();
        return module == "IKE" || module == "IPSEC";
    };
    filter.text = text;
    filter.caseSensitivity = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    filter.regex = QRegularExpression(regex);

    const std::vector<quint64> found = LineSearch::findAll(m_doc, filter);
    QCOMPARE(Lines(found.begin(), found.end()), expected);

    FilteredLines filtered(&m_doc);
    QSignalSpy finished(&filtered, &FilteredLines::searchFinished);
    filtered.setFilter(filter);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    Lines streamed;
    for (LineNumber n(0); n.value < filtered.lineCount().value; ++n) {
        streamed.append(filtered.originalLine(n).value);
        QCOMPARE(filtered.lineText(n), m_doc.lineText(filtered.originalLine(n)));
    }
    QCOMPARE(streamed, expected);
}

void TestLineFilter::streamsInPieces()
{
    const int count = 300000;
    QTemporaryDir dir;
    LogDocument doc;
    QVERIFY(openAndWait(doc, writeFile(dir, u"big.log"_s, bigLog(count))));
    LineFilter filter;
    filter.modules = {"IKE"};
    FilteredLines filtered(&doc);
    QSignalSpy added(&filtered, &FilteredLines::linesAdded);
    QSignalSpy finished(&filtered, &FilteredLines::searchFinished);
    QSignalSpy progress(&filtered, &FilteredLines::progress);
    filtered.setFilter(filter);
    QVERIFY(finished.wait(20000));
    QCOMPARE(filtered.lineCount().value, quint64(count / 10));
    QVERIFY(!added.isEmpty());
    QVERIFY(!progress.isEmpty());
    for (quint64 n : {0ull, 1ull, 12345ull, quint64(count / 10 - 1)})
        QCOMPARE(filtered.originalLine(LineNumber(n)).value, n * 10);
    QCOMPARE(filtered.originalLine(LineNumber(quint64(count))).value, doc.lineCount().value); // past the end
    QCOMPARE(filtered.filteredLineAtOrAfter(LineNumber(15)).value, 2u);
    QCOMPARE(filtered.filteredLineAtOrAfter(LineNumber(20)).value, 2u);
    QCOMPARE(filtered.filteredLineAtOrAfter(LineNumber(quint64(count))).value, quint64(count / 10));

    // The same through text search, which decodes every line.
    LineFilter byText;
    byText.regex = QRegularExpression(u"fails, number \\d+5$"_s);
    const std::vector<quint64> found = LineSearch::findAll(doc, byText);
    QCOMPARE(found.size(), std::size_t(0)); // numbers of IKE lines end in 0
    byText.regex = QRegularExpression(u"fails, number \\d*50$"_s);
    QCOMPARE(LineSearch::findAll(doc, byText).size(), std::size_t(count / 100));
}

void TestLineFilter::cancelSearch()
{
    const int count = 300000;
    QTemporaryDir dir;
    LogDocument doc;
    QVERIFY(openAndWait(doc, writeFile(dir, u"big.log"_s, bigLog(count))));
    LineFilter filter;
    filter.regex = QRegularExpression(u"number \\d+"_s);
    FilteredLines filtered(&doc);
    QSignalSpy finished(&filtered, &FilteredLines::searchFinished);
    filtered.setFilter(filter);
    QVERIFY(filtered.isSearching());
    filtered.cancel();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!filtered.isSearching());
    QVERIFY(filtered.lineCount().value < quint64(count));
    for (LineNumber n(0); n.value < filtered.lineCount().value; n.value += 1000)
        QCOMPARE(filtered.originalLine(n).value, n.value); // every line matched, in order
}

void TestLineFilter::destroyedWhileSearching_data()
{
    QTest::addColumn<bool>("regex");
    QTest::newRow("plain text") << false;
    QTest::newRow("regular expression") << true;
}

// Closing a tab destroys its filtered lines while their search still streams results in: the
// workers must be stopped before the lines they append to go (ASan sees it when they are not).
void TestLineFilter::destroyedWhileSearching()
{
    QFETCH(bool, regex);
    const int count = 300000;
    QTemporaryDir dir;
    LogDocument doc;
    QVERIFY(openAndWait(doc, writeFile(dir, u"big.log"_s, bigLog(count))));
    LineFilter filter;
    if (regex)
        filter.regex = QRegularExpression(u"number \\d+"_s);
    else
        filter.text = u"number"_s; // every line: the search streams until the end
    // The window is short (between the lines' destruction and the search's): tried many times, it
    // is a stress test, not a certain one.
    for (int round = 0; round < 20; ++round) {
        auto filtered = std::make_unique<FilteredLines>(&doc);
        QSignalSpy added(filtered.get(), &FilteredLines::linesAdded);
        filtered->setFilter(filter);
        QVERIFY(added.wait(20000)); // lines are arriving
        filtered.reset();
    }
    QCOMPARE(doc.lineCount().value, quint64(count));
}

void TestLineFilter::invalidRegex()
{
    LineFilter filter;
    filter.regex = QRegularExpression(u"(unclosed"_s);
    QVERIFY(LineSearch::findAll(m_doc, filter).empty());
    FilteredLines filtered(&m_doc);
    QSignalSpy finished(&filtered, &FilteredLines::searchFinished);
    filtered.setFilter(filter);
    QVERIFY(!filtered.errorString().isEmpty());
    QVERIFY(finished.wait(10000));
    QCOMPARE(filtered.lineCount().value, 0u);
}

void TestLineFilter::followsGrowingDocument()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"grow.log"_s, "Dec  4 2026 10:00:00 AR1 %%01IKE/5/A(l):x\nother\n"_ba);
    LogDocument doc;
    QVERIFY(openAndWait(doc, path));
    doc.setFollowing(true);
    LineFilter filter;
    filter.text = u"IKE"_s;
    FilteredLines filtered(&doc);
    QSignalSpy finished(&filtered, &FilteredLines::searchFinished);
    filtered.setFilter(filter);
    QVERIFY(finished.wait(10000));
    QCOMPARE(filtered.lineCount().value, 1u);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("more\nDec  4 2026 10:00:01 AR1 %%01IKE/5/B(l):y\n");
    }
    QTRY_COMPARE_WITH_TIMEOUT(filtered.lineCount().value, 2u, 10000);
    QCOMPARE(filtered.originalLine(LineNumber(1)).value, 3u);
}

void TestLineFilter::gb18030Text()
{
    QStringEncoder gb("GB18030");
    // U+4E02 is 0x81 0x40 in GB18030: its second byte is an ASCII '@'.
    const QByteArray bytes = gb.encode(u"第一行 接口\r\n第二行\n接口 第三行\n\u4e02 no at sign\nreal @ sign\n"_s);
    QVERIFY(bytes.contains("\x81@"));
    QTemporaryDir dir;
    LogDocument doc;
    QVERIFY(openAndWait(doc, writeFile(dir, u"gb.log"_s, bytes)));
    QCOMPARE(doc.encoding(), LogDocument::Encoding::Gb18030);
    LineFilter filter;
    filter.text = u"接口"_s;
    const std::vector<quint64> found = LineSearch::findAll(doc, filter);
    QCOMPARE(Lines(found.begin(), found.end()), (Lines{0, 2}));
    filter.text = u"@"_s; // found in the bytes, confirmed on the decoded line
    const std::vector<quint64> at = LineSearch::findAll(doc, filter);
    QCOMPARE(Lines(at.begin(), at.end()), Lines{4});
    filter.text.clear();
    filter.regex = QRegularExpression(u"接口$"_s);
    const std::vector<quint64> atEnd = LineSearch::findAll(doc, filter);
    QCOMPARE(Lines(atEnd.begin(), atEnd.end()), Lines{0});
}

void TestLineFilter::clearedWhenDocumentOpensAnotherFile()
{
    QTemporaryDir dir;
    LogDocument doc;
    QVERIFY(openAndWait(doc, writeFile(dir, u"first.log"_s, Log)));
    FilteredLines filtered(&doc);
    QSignalSpy finished(&filtered, &FilteredLines::searchFinished);
    LineFilter filter;
    filter.hosts = {1};
    filtered.setFilter(filter);
    QVERIFY(finished.wait(10000));
    QVERIFY(filtered.lineCount().value > 0);
    QSignalSpy reset(&filtered, &FilteredLines::reset);
    QVERIFY(openAndWait(doc, writeFile(dir, u"second.log"_s, Log)));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(filtered.lineCount().value, 0u);
    QVERIFY(!filtered.isSearching());
}

QTEST_GUILESS_MAIN(TestLineFilter)
#include "tst_linefilter.moc"
