// The reference panel and the messages overview count checklist progress the same way: a step
// ticked in the panel shows in both, with the same total.

#include "casestore.h"
#include "catalog.h"
#include "logdocument.h"
#include "logview.h"
#include "mainwindow.h"
#include "messagesoverview.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

class TestChecklistProgress : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// "3/5" from the panel's "3 of 5 steps done".
    static QString panelProgress(const QLabel *label)
    {
        const QRegularExpressionMatch m = QRegularExpression(u"(\\d+)\\D+(\\d+)"_s).match(label->text());
        return m.hasMatch() ? m.captured(1) + u'/' + m.captured(2) : label->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(CaseStore::defaultFolder()).removeRecursively(); // no ticks from an earlier run
        QVERIFY(m_dir.isValid());
    }

    void panelAndOverviewAgree_data()
    {
        QTest::addColumn<QStringList>("reasons");  // one IKE_NEGO_FAIL line each; the first is selected
        QTest::addColumn<QString>("panel");        // after ticking the first step
        QTest::addColumn<QString>("overview");

        QTest::newRow("phase1") << QStringList{u"phase1 proposal mismatch"_s, u"phase1 proposal mismatch"_s}
                                << u"1/1"_s << u"1/1"_s;
        QTest::newRow("authentication") << QStringList{u"authentication fail"_s} << u"1/1"_s << u"1/1"_s;
        // Lines pointing to two causes: the overview counts the steps of both.
        QTest::newRow("two causes") << QStringList{u"flow mismatch"_s, u"version mismatch"_s} << u"1/1"_s << u"1/2"_s;
    }

    void panelAndOverviewAgree()
    {
        QFETCH(QStringList, reasons);
        QFETCH(QString, panel);
        QFETCH(QString, overview);

        // Each row its own contents, so each row its own case.
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".log"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Dec  4 2026 00:00:41+08:00 AR-Hub-01 %%01NTP/4/PEER_SELE(l)[1]:The peer selected by the system is 192.0.2.123.\n");
            int seq = 2;
            for (const QString &reason : std::as_const(reasons))
                file.write("Dec  4 2026 00:01:12+08:00 AR-Hub-01 %%01IKE/5/IKE_NEGO_FAIL(l)[" + QByteArray::number(seq++)
                           + "]:IPSec tunnel negotiation fails. (IfIndex=5, SeqNum=20, PeerAddress=198.51.100.77, "
                             "PeerPort=500, Reason="
                           + reason.toUtf8() + ")\n");
        }

        MainWindow window(Catalog::bundled());
        window.show();
        auto *overviewWidget = window.findChild<MessagesOverview *>();
        QVERIFY(overviewWidget);
        QSignalSpy indexed(&window, &MainWindow::documentIndexed);
        QVERIFY(window.openFile(path));
        QVERIFY(indexed.count() > 0 || indexed.wait(20000));
        // The count made when indexing finished: NTP and IKE, the IKE lines recognized.
        QTRY_COMPARE_WITH_TIMEOUT(overviewWidget->model()->rowCount(), 2, 20000);

        QVERIFY(window.selectLine(1));
        auto *step = window.findChild<QCheckBox *>(u"step0"_s);
        QVERIFY(step);
        QVERIFY(!step->isChecked());
        step->click();
        QVERIFY(step->isChecked());

        const auto *label = window.findChild<QLabel *>(u"checklistProgress"_s);
        QVERIFY(label);
        QCOMPARE(panelProgress(label), panel);

        const MessagesOverviewModel *model = overviewWidget->model();
        const quint16 type = window.currentDocument()->record(LineNumber(1)).messageType;
        const int row = model->rowOf(type);
        QVERIFY(row >= 0);
        QTRY_COMPARE(model->index(row, MessagesOverviewModel::ProgressColumn).data().toString(), overview); // causes are found on a worker
        // The panel gives the message-wide count too, the same as the overview's cell, and says
        // which count is which.
        QTRY_VERIFY2(label->text().endsWith(u"all lines of this message: "_s + overview), qPrintable(label->text()));
        QVERIFY2(label->text().startsWith(u"This line: "_s), qPrintable(label->text()));
        QVERIFY(!model->headerData(MessagesOverviewModel::ProgressColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        // Unticking shows in both.
        step->click();
        QTRY_COMPARE(model->index(row, MessagesOverviewModel::ProgressColumn).data().toString(), u"0/"_s + overview.section(u'/', 1));
        QTRY_VERIFY2(label->text().endsWith(u"all lines of this message: 0/"_s + overview.section(u'/', 1)), qPrintable(label->text()));
    }
};

QTEST_MAIN(TestChecklistProgress)
#include "tst_checklistprogress.moc"
