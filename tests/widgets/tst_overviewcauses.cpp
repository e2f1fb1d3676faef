// The messages overview finds the causes behind its checklist column on a worker: "…" until they
// arrive, then the same counts as when found synchronously; a newer count cancels the search still
// running for the older one, and so does cancel().

#include "catalog.h"
#include "logdocument.h"
#include "matchedcauses.h"
#include "messagesoverview.h"
#include "messagestats.h"
#include "messagestatssource.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

using Causes = QHash<quint16, QList<int>>;

class TestOverviewCauses : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LogDocument m_document;
    Catalog m_catalog = Catalog::bundled();
    quint16 m_ikeType = 0;

    QString progressOf(const MessagesOverview &overview, quint16 type) const
    {
        const MessagesOverviewModel *model = overview.model();
        return model->index(model->rowOf(type), MessagesOverviewModel::ProgressColumn).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile file(m_dir.filePath(u"causes.log"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Dec  4 2026 00:00:41+08:00 AR-Hub-01 %%01NTP/4/PEER_SELE(l)[1]:The peer selected by the system is 192.0.2.123.\n");
        // One reason on 3 000 lines, each from another peer (so each is explained anew): finding
        // the other causes reads to the end, long enough to watch.
        QByteArray lines;
        for (int i = 0; i < 3000; ++i)
            lines += "Dec  4 2026 00:01:12+08:00 AR-Hub-01 %%01IKE/5/IKE_NEGO_FAIL(l)[2]:IPSec tunnel negotiation fails. "
                     "(IfIndex=5, SeqNum=20, PeerAddress=198.51." + QByteArray::number(i / 256) + '.' + QByteArray::number(i % 256)
                     + ", PeerPort=500, Reason=flow mismatch)\n";
        file.write(lines);
        file.close();
        QSignalSpy finished(&m_document, &LogDocument::indexingFinished);
        QVERIFY(m_document.open(file.fileName()));
        QVERIFY(!finished.isEmpty() || finished.wait(20000));
        m_ikeType = m_document.record(LineNumber(1)).messageType;
        QVERIFY(m_ikeType != 0);
    }

    // The reference: the same overview with the causes found synchronously.
    void pendingThenCounted()
    {
        MessagesOverview reference;
        reference.model()->setCauseResolver([this](const MessageStats &stats) { return matchedCauses(m_document, m_catalog, stats); });
        const MessageStats stats = MessageStats::compute(LogDocumentRecords(m_document), &m_catalog);
        reference.setStats(stats);
        const QString expected = progressOf(reference, m_ikeType);
        QVERIFY(expected.contains(u'/'));

        MessagesOverview overview;
        QAbstractItemModelTester tester(overview.model());
        QList<QFuture<Causes>> searches;
        overview.setCauseSearch([this, &searches](const MessageStats &counted) {
            searches.append(startMatchedCauses(m_document, m_catalog, counted));
            return searches.last();
        });
        overview.setStats(stats);
        QCOMPARE(searches.size(), 1);
        QVERIFY(overview.isFindingCauses());
        QCOMPARE(progressOf(overview, m_ikeType), u"…"_s); // results arrive through the event loop only

        // A newer count: the older search is cancelled and waited for; its result is never shown.
        overview.setStats(stats);
        QCOMPARE(searches.size(), 2);
        QVERIFY(searches.first().isCanceled());
        QVERIFY(searches.first().isFinished());
        QCOMPARE(progressOf(overview, m_ikeType), u"…"_s);

        QTRY_VERIFY_WITH_TIMEOUT(!overview.isFindingCauses(), 30000);
        QTRY_COMPARE(progressOf(overview, m_ikeType), expected);
        QVERIFY(!searches.last().isCanceled());
    }

    void cancelEndsPending()
    {
        MessagesOverview overview;
        QFuture<Causes> search;
        overview.setCauseSearch([this, &search](const MessageStats &counted) {
            search = startMatchedCauses(m_document, m_catalog, counted);
            return search;
        });
        overview.setStats(MessageStats::compute(LogDocumentRecords(m_document), &m_catalog));
        QCOMPARE(progressOf(overview, m_ikeType), u"…"_s);
        overview.cancel(); // as when the tab changes or the window closes
        QVERIFY(search.isCanceled());
        QVERIFY(search.isFinished());
        QVERIFY(!overview.isFindingCauses());
        QTRY_VERIFY(progressOf(overview, m_ikeType) != u"…"_s); // every cause's steps, as without a search
    }
};

QTEST_MAIN(TestOverviewCauses)
#include "tst_overviewcauses.moc"
