// The filter bar's choices by name become the index filter of one document: a chosen message
// shows only its lines, a hidden message hides only its own lines (plain lines stay).

#include "filterspec.h"
#include "linesearch.h"
#include "logdocument.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

const QByteArray Log =
    "Dec  4 2026 10:00:00+08:00 AR1 %%01IKE/5/IKE_NEGO_FAIL(l)[1]:IPSec tunnel negotiation fails. (Reason=flow mismatch)\n"  // 0
    "Dec  4 2026 10:05:00+08:00 AR2 %%01IPSEC/4/IPSEC_TUNNEL_TEARED_DOWN(l)[2]:An IPSec tunnel is teared down.\n"             // 1
    "    continuation of the teardown\n"                                                                                       // 2
    "plain text line without header\n"                                                                                         // 3
    "Dec  4 2026 11:00:00+08:00 AR2 %%01IPSEC/6/IPSEC_TUNNEL_ESTABLISHED(l)[4]:An IPSec tunnel is established.\n"_ba;         // 4

using Lines = QList<quint64>;

} // namespace

class TestFilterSpec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(u"spec.log"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(Log), Log.size());
        file.close();
        QSignalSpy finished(&m_doc, &LogDocument::indexingFinished);
        QVERIFY(m_doc.open(path));
        QVERIFY(!finished.isEmpty() || finished.wait(20000));
        QCOMPARE(m_doc.lineCount().value, 5u);
    }

    void messages_data()
    {
        QTest::addColumn<QString>("messageId");
        QTest::addColumn<QStringList>("hidden");
        QTest::addColumn<Lines>("expected");

        QTest::newRow("nothing chosen") << QString() << QStringList() << Lines{0, 1, 2, 3, 4};
        QTest::newRow("hide one") << QString() << QStringList{u"IKE/5/IKE_NEGO_FAIL"_s} << Lines{1, 2, 3, 4};
        QTest::newRow("hide one with a continuation") << QString() << QStringList{u"IPSEC/4/IPSEC_TUNNEL_TEARED_DOWN"_s}
                                                      << Lines{0, 3, 4};
        QTest::newRow("hide one that is not in this file") << QString() << QStringList{u"IFNET/2/linkDown_active"_s}
                                                           << Lines{0, 1, 2, 3, 4};
        QTest::newRow("show one") << u"IPSEC/4/IPSEC_TUNNEL_TEARED_DOWN"_s << QStringList() << Lines{1, 2};
        QTest::newRow("show one that is not in this file") << u"IFNET/2/linkDown_active"_s << QStringList() << Lines{};
        QTest::newRow("show one, hide another") << u"IKE/5/IKE_NEGO_FAIL"_s << QStringList{u"IPSEC/6/IPSEC_TUNNEL_ESTABLISHED"_s}
                                                << Lines{0};
    }

    void messages()
    {
        QFETCH(QString, messageId);
        QFETCH(QStringList, hidden);
        QFETCH(Lines, expected);

        FilterSpec spec;
        spec.messageId = messageId;
        spec.hiddenMessages = hidden;
        const std::vector<quint64> found = LineSearch::findAll(m_doc, spec.toLineFilter());
        QCOMPARE(Lines(found.begin(), found.end()), expected);
    }

private:
    QTemporaryDir m_dir;
    LogDocument m_doc;
};

QTEST_GUILESS_MAIN(TestFilterSpec)
#include "tst_filterspec.moc"
