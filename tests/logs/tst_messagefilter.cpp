// Showing one message or hiding messages by ID: hiding a message leaves out its own lines (and
// their continuation lines) and nothing else; plain lines without a message ID stay.

#include "filteredlines.h"
#include "linesearch.h"
#include "logdocument.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

const QByteArray Log =
    "Dec  4 2026 10:00:00+08:00 AR1 %%01IKE/5/IKE_NEGO_FAIL(l)[1]:IPSec tunnel negotiation fails. (Reason=phase1 proposal mismatch)\n" // 0
    "Dec  4 2026 10:05:00+08:00 AR2 %%01IPSEC/4/IPSEC_TUNNEL_TEARED_DOWN(l)[2]:An IPSec tunnel is teared down. (PolicyName=p1)\n"       // 1
    "    continuation of the teardown\n"                                                                                                 // 2
    "plain text line without header\n"                                                                                                   // 3
    "Dec  4 2026 10:10:00+08:00 AR1 %%01IKE/5/IKE_NEGO_FAIL(l)[3]:IPSec tunnel negotiation fails. (Reason=flow mismatch)\n"             // 4
    "\n"                                                                                                                                 // 5
    "Dec  4 2026 11:00:00+08:00 AR2 %%01IPSEC/6/IPSEC_TUNNEL_ESTABLISHED(l)[4]:An IPSec tunnel is established.\n"                      // 6
    "    continuation of the establishment\n"                                                                                            // 7
    "another plain line\n"_ba;                                                                                                           // 8

using Lines = QList<quint64>;

} // namespace

class TestMessageFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(u"messages.log"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(Log), Log.size());
        file.close();
        QSignalSpy finished(&m_doc, &LogDocument::indexingFinished);
        QVERIFY(m_doc.open(path));
        QVERIFY(!finished.isEmpty() || finished.wait(20000));
        QCOMPARE(m_doc.lineCount().value, 9u);
        QCOMPARE(m_doc.record(LineNumber(3)).messageType, quint16(0));
        QVERIFY(m_doc.record(LineNumber(2)).flags & Continuation);
        QVERIFY(m_doc.record(LineNumber(7)).flags & Continuation);
    }

    void byMessage_data()
    {
        QTest::addColumn<QByteArrayList>("shown");  // message IDs to keep (empty: any)
        QTest::addColumn<QByteArrayList>("hidden"); // message IDs to leave out
        QTest::addColumn<int>("severities");
        QTest::addColumn<Lines>("expected");

        const QByteArrayList none;
        const QByteArray nego = "IKE/5/IKE_NEGO_FAIL";
        const QByteArray down = "IPSEC/4/IPSEC_TUNNEL_TEARED_DOWN";
        const QByteArray up = "IPSEC/6/IPSEC_TUNNEL_ESTABLISHED";

        QTest::newRow("no criterion") << none << none << 0xff << Lines{0, 1, 2, 3, 4, 5, 6, 7, 8};
        QTest::newRow("hide one message: plain lines stay") << none << QByteArrayList{nego} << 0xff << Lines{1, 2, 3, 5, 6, 7, 8};
        QTest::newRow("hide one message: its continuation goes with it")
            << none << QByteArrayList{down} << 0xff << Lines{0, 3, 4, 5, 6, 7, 8};
        QTest::newRow("hide two messages") << none << QByteArrayList{nego, up} << 0xff << Lines{1, 2, 3, 5, 8};
        QTest::newRow("hide every message: only plain lines") << none << QByteArrayList{nego, down, up} << 0xff << Lines{3, 5, 8};
        QTest::newRow("show only one message") << QByteArrayList{nego} << none << 0xff << Lines{0, 4};
        QTest::newRow("show only one message, with its continuation") << QByteArrayList{up} << none << 0xff << Lines{6, 7};
        QTest::newRow("show two messages") << QByteArrayList{nego, up} << none << 0xff << Lines{0, 4, 6, 7};
        QTest::newRow("show one, hide another") << QByteArrayList{nego, down} << QByteArrayList{down} << 0xff << Lines{0, 4};
        QTest::newRow("show the hidden one: nothing") << QByteArrayList{nego} << QByteArrayList{nego} << 0xff << Lines{};
        // A severity looks at the message type: lines without one do not have a severity.
        QTest::newRow("hide one message, warning and worse") << none << QByteArrayList{nego} << 0x1f << Lines{1, 2};
    }

    void byMessage()
    {
        QFETCH(QByteArrayList, shown);
        QFETCH(QByteArrayList, hidden);
        QFETCH(int, severities);
        QFETCH(Lines, expected);

        LineFilter filter;
        filter.messageTypes = typeIds(shown);
        filter.hiddenMessageTypes = typeIds(hidden);
        filter.severities = quint8(severities);

        const std::vector<quint64> found = LineSearch::findAll(m_doc, filter);
        QCOMPARE(Lines(found.begin(), found.end()), expected);

        // The view's line source gives the same lines.
        FilteredLines filtered(&m_doc);
        QSignalSpy finished(&filtered, &FilteredLines::searchFinished);
        filtered.setFilter(filter);
        QVERIFY(finished.wait(10000));
        Lines streamed;
        for (LineNumber n(0); n.value < filtered.lineCount().value; ++n)
            streamed.append(filtered.originalLine(n).value);
        QCOMPARE(streamed, expected);
    }

private:
    QList<quint16> typeIds(const QByteArrayList &names) const
    {
        QList<quint16> ids;
        for (const QByteArray &name : names) {
            for (int id = 1; id <= m_doc.messageTypeCount(); ++id)
                if (m_doc.messageTypeName(quint16(id)) == name)
                    ids.append(quint16(id));
        }
        if (ids.size() != names.size())
            qFatal("a message ID of the test is not in the test log");
        return ids;
    }

    QTemporaryDir m_dir;
    LogDocument m_doc;
};

QTEST_GUILESS_MAIN(TestMessageFilter)
#include "tst_messagefilter.moc"
