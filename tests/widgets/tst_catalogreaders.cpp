// The workers that read the catalog or the log's bytes (the overview's message count and cause
// search) stop before what they read changes: before an imported reference is loaded into the
// catalog, and when a followed log is rotated and read again. The overview then counts anew.

#include "catalogactions.h"
#include "messagesoverview.h"
#include "messagesoverviewmodel.h"
#include "referenceimportdialog.h"
#include "workbenchfixture.h"

#include <QPushButton>

using namespace WorkbenchTest;

namespace {

// Many IKE failures, each from another peer (each explained anew), so that the cause search
// reads for a while; and one message no bundled catalog knows.
QByteArray bigLog()
{
    QByteArray lines = "Dec  4 2026 00:00:40+08:00 AR-Hub-01 %%01MYMOD/3/LINK_LOST(l)[1]:Link lost.\n";
    for (int i = 0; i < 20000; ++i)
        lines += "Dec  4 2026 00:01:12+08:00 AR-Hub-01 %%01IKE/5/IKE_NEGO_FAIL(l)[2]:IPSec tunnel negotiation fails. "
                 "(IfIndex=5, SeqNum=20, PeerAddress=10." + QByteArray::number(i >> 16) + '.' + QByteArray::number((i >> 8) & 255)
                 + '.' + QByteArray::number(i & 255) + ", PeerPort=500, Reason=flow mismatch)\n";
    return lines;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCatalogReaders : public QObject
{
    Q_OBJECT
public:
    explicit TestCatalogReaders(const QString &home) : m_home(home) {}

private:
    QString m_home;
    QTemporaryDir m_dir;

    static MessagesOverview *overviewOf(MainWindow &window) { return window.findChild<MessagesOverview *>(); }

    static QVariant recognized(MessagesOverview *overview, LogDocument *document, const QByteArray &type)
    {
        for (int id = 1; id <= document->messageTypeCount(); ++id) {
            if (document->messageTypeName(quint16(id)) != type)
                continue;
            const int row = overview->model()->rowOf(quint16(id));
            if (row < 0)
                return {};
            return overview->model()->index(row, MessagesOverviewModel::IdColumn).data(MessagesOverviewModel::RecognizedRole);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(usesHome(m_home));
        QVERIFY(m_dir.isValid());
    }

    void init() { forgetSettingsAndCases(); }

    // Importing a reference while the overview looks for causes: the search is stopped before the
    // catalog changes (it holds entry pointers), and the overview shows the new entries after.
    void importStopsCauseSearch()
    {
        const QString logPath = m_dir.filePath(u"import.log"_s);
        QVERIFY(writeFile(logPath, bigLog()));
        const QString reference = m_dir.filePath(u"my-reference.md"_s);
        QVERIFY(writeFile(reference, QString::fromUtf16(u"### 7.1 MYMOD/3/LINK_LOST\n#### 日志信息\n- **MYMOD/3/LINK_LOST**: 链路丢失。\n\n"
                                                        u"#### 日志含义\n- 设备检测到链路丢失。\n").toUtf8()));
        MainWindow window(Catalog::bundled());
        window.show();
        QVERIFY(openAndWait(window, logPath));
        LogDocument *document = window.currentTab()->document();
        MessagesOverview *overview = overviewOf(window);
        QVERIFY(overview);
        QTRY_VERIFY_WITH_TIMEOUT(overview->isFindingCauses(), 20000);
        QCOMPARE(recognized(overview, document, "MYMOD/3/LINK_LOST"), QVariant(false));

        bool stoppedBeforeLoad = false;
        bool dialogSeen = false;
        // Answers the modal import dialog from the event loop it runs.
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ReferenceImportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialogSeen = true;
            // Connected after the window's own handler, so it runs after it: the workers are gone.
            connect(dialog, &ReferenceImportDialog::aboutToLoad, this, [&] {
                stoppedBeforeLoad = !overview->isFindingCauses() && !overview->isCounting();
            });
            dialog->findChild<QPushButton *>(u"importAccept"_s)->click();
        });
        auto *actions = window.findChild<CatalogActions *>(u"catalogActions"_s);
        QVERIFY(actions);
        QVERIFY(actions->importFile(reference)); // what File > Import Reference... does after its file dialog
        QVERIFY(dialogSeen);
        QVERIFY(stoppedBeforeLoad);
        // Counted again with the new catalog.
        QTRY_COMPARE_WITH_TIMEOUT(recognized(overview, document, "MYMOD/3/LINK_LOST"), QVariant(true), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!overview->isCounting() && !overview->isFindingCauses(), 30000);
    }

    // A followed log rotated while the overview looks for causes: the search stops at the reset and
    // the overview counts the new file's lines.
    void rotationRestartsOverview()
    {
        const QString logPath = m_dir.filePath(u"rotate.log"_s);
        QVERIFY(writeFile(logPath, bigLog()));
        MainWindow window(Catalog::bundled());
        window.show();
        QVERIFY(openAndWait(window, logPath));
        LogDocument *document = window.currentTab()->document();
        MessagesOverview *overview = overviewOf(window);
        QVERIFY(overview);
        document->setFollowing(true);
        QTRY_VERIFY_WITH_TIMEOUT(overview->isFindingCauses(), 20000);

        bool stoppedAtReset = false;
        // Connected after the window's handler (made when the file was opened), so it runs after it.
        connect(document, &LogDocument::reset, this, [&] { stoppedAtReset = !overview->isFindingCauses(); });
        QSignalSpy reset(document, &LogDocument::reset);
        QVERIFY(QFile::rename(logPath, logPath + u".1"_s));
        QVERIFY(writeFile(logPath, "Dec  4 2026 00:00:41+08:00 AR-Hub-01 %%01NTP/4/PEER_SELE(l)[1]:The peer selected by the system is 192.0.2.123.\n"));
        QVERIFY(reset.wait(10000));
        QVERIFY(stoppedAtReset);
        QTRY_COMPARE_WITH_TIMEOUT(overview->model()->rowCount(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!overview->isCounting() && !overview->isFindingCauses(), 20000);
        document->setFollowing(false);
    }
};

WORKBENCH_TEST_MAIN(TestCatalogReaders)
#include "tst_catalogreaders.moc"
