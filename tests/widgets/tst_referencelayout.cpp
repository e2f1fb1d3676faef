// The reference panel in the main window of a 1000 px tall screen: the cause the line points to,
// then the checklist, in view without scrolling, however many other causes the entry has (they
// come after the checklist, folded to a line each).

#include "workbenchfixture.h"

#include "foldablecause.h"

#include <QScrollArea>
#include <QScrollBar>

using namespace WorkbenchTest;

namespace {

const QByteArray TeardownWithoutReason =
    "Dec  4 2026 10:07:58+08:00 AR-Branch-01 %%01IPSEC/5/IPSEC_TUNNEL_TEARED_DOWN(l)[48361]:An IPSec tunnel is teared "
    "down. (PolicyName=to-hub, IfIndex=7, SeqNum=10, RuleNum=5, SrcIP=203.0.113.45, DstIP=203.0.113.9, CpuID=0, "
    "State=Normal)\n";

} // namespace

class TestReferenceLayout : public QObject
{
    Q_OBJECT
public:
    explicit TestReferenceLayout(const QString &home)
        : m_home(home)
    {
    }

private:
    QString m_home;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(usesHome(m_home));
        QVERIFY(m_dir.isValid());
        QFile file(m_dir.filePath(u"no-reason.log"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TeardownWithoutReason);
    }

    void init()
    {
        forgetSettingsAndCases();
    }

    void checklistInViewAt1000px_data()
    {
        QTest::addColumn<QString>("file");          // empty: the sample log
        QTest::addColumn<QString>("lineContains");  // the first line containing this is selected
        QTest::addColumn<int>("language");          // ReferenceLanguage
        QTest::addColumn<bool>("matched");          // the line's values point to a cause

        const QString phase1 = u"Reason=phase1 proposal mismatch"_s;
        const QString teardown = u"OfflineReason=config modify or manual offline"_s;
        for (const auto &[name, language] : {std::pair{"English", ReferenceLanguage::English},
                                             std::pair{"Chinese", ReferenceLanguage::Chinese},
                                             std::pair{"both", ReferenceLanguage::Both}}) {
            QTest::addRow("IKE_NEGO_FAIL, 20 causes, %s", name) << QString() << phase1 << int(language) << true;
            QTest::addRow("teardown, 9 causes, %s", name) << QString() << teardown << int(language) << true;
            QTest::addRow("teardown, no cause matched, %s", name) << u"no-reason.log"_s << u"TEARED_DOWN"_s << int(language) << false;
        }
    }

    void checklistInViewAt1000px()
    {
        QFETCH(QString, file);
        QFETCH(QString, lineContains);
        QFETCH(int, language);
        QFETCH(bool, matched);

        MainWindow window(Catalog::bundled());
        window.resize(1600, 1000);
        showActive(window);
        QTRY_COMPARE(window.height(), 1000);
        QVERIFY(openAndWait(window, file.isEmpty() ? samplePath() : m_dir.filePath(file)));
        const qint64 line = findLine(*window.currentDocument(), [&](const LineRecord &, LineNumber l) {
            return window.currentDocument()->lineText(l).contains(lineContains);
        });
        QVERIFY(line >= 0);
        window.referencePanel()->setLanguage(ReferenceLanguage(language));
        QVERIFY(window.selectLine(quint64(line)));
        const LineExplanation &e = window.referencePanel()->explanation();
        QVERIFY(e.entry);
        QVERIFY(e.entry->causes.size() >= 4);
        QCOMPARE(e.matchedCause >= 0, matched);

        auto *scroll = window.referencePanel()->findChild<QScrollArea *>(u"referenceScroll"_s);
        QVERIFY(scroll);
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);
        auto *first = scroll->findChild<QCheckBox *>(u"step0"_s);
        QVERIFY(first);
        QTRY_VERIFY(first->isVisible());
        const QWidget *viewport = scroll->viewport();
        const QRect inViewport(first->mapTo(viewport, QPoint(0, 0)), first->size());
        QVERIFY2(viewport->rect().contains(inViewport),
                 qPrintable(u"step at %1..%2, viewport height %3"_s.arg(inViewport.top()).arg(inViewport.bottom()).arg(viewport->height())));

        // The matched cause comes before the checklist, marked; the others after it, one line each.
        auto *matchedCause = scroll->findChild<QWidget *>(u"referenceCause0"_s);
        QVERIFY(matchedCause);
        QCOMPARE(matchedCause->isVisible(), matched);
        if (matched) {
            QVERIFY(matchedCause->mapTo(viewport, QPoint(0, 0)).y() < inViewport.top());
            QVERIFY(scroll->findChild<QLabel *>(u"referenceMatchedCause"_s));
        }
        const qsizetype folded = e.entry->causes.size() - (matched ? 1 : 0);
        const QList<FoldableCause *> folds = scroll->findChildren<FoldableCause *>();
        QCOMPARE(folds.size(), folded);
        for (const FoldableCause *fold : folds) {
            QVERIFY(!fold->isExpanded());
            QVERIFY(fold->height() <= 2 * fold->fontMetrics().height() + 12);
            QVERIFY(fold->mapTo(viewport, QPoint(0, 0)).y() > inViewport.bottom());
        }
    }
};

WORKBENCH_TEST_MAIN(TestReferenceLayout)
#include "tst_referencelayout.moc"
