// Going to a line the filter hides (Go to Line, a bookmark, the Bookmarks dock, a tunnel click,
// --line) says so in a message bar above the log, with the nearest shown line selected; its
// Show It button clears only the parts of the filter that hide the line, then selects it.

#include "workbenchfixture.h"

#include "bookmarklistmodel.h"
#include "tunnelspanel.h"

#include <QInputDialog>
#include <QPushButton>
#include <QTreeView>

using namespace WorkbenchTest;

Q_DECLARE_METATYPE(LogSage::FilterSpec)

class TestHiddenLineJump : public QObject
{
    Q_OBJECT
public:
    explicit TestHiddenLineJump(const QString &home)
        : m_home(home)
    {
    }

private:
    QString m_home;

    /// Goes to `line` the way `how` names.
    static void jump(MainWindow &window, const QString &how, quint64 line)
    {
        LogTab *tab = window.currentTab();
        if (how == "go to line"_L1) {
            QPointer<QTimer> watcher = onNextWindow(false, [line](QWidget *w) {
                if (auto *dialog = qobject_cast<QInputDialog *>(w)) {
                    dialog->setIntValue(int(line + 1));
                    dialog->accept();
                } else {
                    w->close();
                }
            });
            window.findChild<QAction *>(u"actionGoToLine"_s)->trigger();
            delete watcher;
        } else if (how == "next or previous bookmark"_L1) {
            tab->toggleBookmark(LineNumber(line));
            // From the shown line at hand, which may come after the bookmark.
            const bool after = tab->view()->currentLine()->value > line;
            window.findChild<QAction *>(after ? u"actionPreviousBookmark"_s : u"actionNextBookmark"_s)->trigger();
        } else if (how == "bookmarks dock"_L1) {
            tab->toggleBookmark(LineNumber(line));
            auto *view = window.findChild<QTreeView *>(u"bookmarksView"_s);
            window.findChild<QDockWidget *>(u"bookmarksDock"_s)->show();
            window.findChild<QDockWidget *>(u"bookmarksDock"_s)->raise();
            QTRY_VERIFY(view->isVisible());
            view->setFocus();
            QTRY_VERIFY(view->hasFocus());
            view->setCurrentIndex(view->model()->index(0, 0));
            QTest::keyClick(view, Qt::Key_Return);
        } else if (how == "tunnel click"_L1) {
            Q_EMIT window.findChild<TunnelsPanel *>()->lineRequested(qint64(line));
        } else {
            QVERIFY(window.selectLine(line)); // --line
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(usesHome(m_home));
    }

    void init()
    {
        forgetSettingsAndCases();
    }

    void hiddenLineIsSaidAndShown_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<FilterSpec>("filter"); // applied before the jump
        QTest::addColumn<bool>("hidden");
        QTest::addColumn<FilterSpec>("afterShowIt"); // the filter once Show It is pressed

        // The line gone to: the first IKE_NEGO_FAIL with Reason=phase1 proposal mismatch, severity 5,
        // host AR-Branch-01.
        FilterSpec severity;
        severity.worstSeverity = 4;
        FilterSpec hiddenMessages;
        hiddenMessages.hiddenMessages = {u"SSH/4/SSH_FAIL"_s, u"IKE/5/IKE_NEGO_FAIL"_s};
        FilterSpec sshStillHidden;
        sshStillHidden.hiddenMessages = {u"SSH/4/SSH_FAIL"_s};
        FilterSpec textAndHost;
        textAndHost.text = u"Reason=flow mismatch"_s;
        textAndHost.host = u"AR-Branch-01"_s;
        FilterSpec host;
        host.host = u"AR-Branch-01"_s;
        FilterSpec onlyMessage;
        onlyMessage.messageId = u"SSH/4/SSH_FAIL"_s;

        for (const char *how : {"go to line", "next or previous bookmark", "bookmarks dock", "tunnel click", "--line"}) {
            QTest::addRow("%s, severity filter", how) << QString::fromLatin1(how) << severity << true << FilterSpec();
            QTest::addRow("%s, hidden message", how) << QString::fromLatin1(how) << hiddenMessages << true << sshStillHidden;
            QTest::addRow("%s, text hides, host does not", how) << QString::fromLatin1(how) << textAndHost << true << host;
            QTest::addRow("%s, only another message", how) << QString::fromLatin1(how) << onlyMessage << true << FilterSpec();
            QTest::addRow("%s, shown by the filter", how) << QString::fromLatin1(how) << host << false << host;
        }
    }

    void hiddenLineIsSaidAndShown()
    {
        QFETCH(QString, how);
        QFETCH(FilterSpec, filter);
        QFETCH(bool, hidden);
        QFETCH(FilterSpec, afterShowIt);

        MainWindow window(Catalog::bundled());
        showActive(window);
        QVERIFY(openAndWait(window, samplePath()));
        LogTab *tab = window.currentTab();
        const qint64 target = explainedLine(*tab->document());
        QVERIFY(target > 0);
        tab->setFilter(filter);
        QTRY_VERIFY(tab->view()->lineSource()->rowCount() > 0);
        tab->view()->setCurrentRow(0);

        jump(window, how, quint64(target));
        if (QTest::currentTestFailed())
            return;
        auto *bar = window.findChild<QWidget *>(u"hiddenLineBar"_s);
        if (!hidden) {
            QVERIFY(!bar || !bar->isVisible());
            QCOMPARE(tab->view()->currentLine()->value, quint64(target));
            return;
        }
        QVERIFY(bar);
        QTRY_VERIFY(bar->isVisible());
        const QString text = bar->findChild<QLabel *>(u"hiddenLineText"_s)->text();
        QVERIFY2(text.startsWith(u"Line %L1 is hidden by the filter."_s.arg(target + 1)), qPrintable(text));
        // The nearest shown line is selected, and the bar names it.
        const auto selected = tab->view()->currentLine();
        QVERIFY(selected && selected->value != quint64(target));
        QVERIFY2(text.contains(QLocale().toString(selected->value + 1)), qPrintable(text));
        QCOMPARE(window.statusBar()->currentMessage(), text);

        QTest::mouseClick(bar->findChild<QPushButton *>(u"showHiddenLine"_s), Qt::LeftButton);
        QCOMPARE(tab->filter(), afterShowIt);
        QTRY_COMPARE(tab->view()->currentLine()->value, quint64(target));
        QVERIFY(!bar->isVisible());
    }

    void lineAfterTheEndIsSaid()
    {
        MainWindow window(Catalog::bundled());
        showActive(window);
        QVERIFY(openAndWait(window, samplePath()));
        LogTab *tab = window.currentTab();
        const quint64 lines = tab->document()->lineCount().value;
        tab->view()->setCurrentRow(7);
        QVERIFY(!tab->goToLine(LineNumber(lines + 4)));
        QCOMPARE(window.statusBar()->currentMessage(),
                 u"Line %L1 is past the end of this log (%L2 lines)."_s.arg(lines + 5).arg(lines));
        QCOMPARE(tab->view()->currentLine()->value, quint64(7));
        auto *bar = window.findChild<QWidget *>(u"hiddenLineBar"_s);
        QVERIFY(!bar || !bar->isVisible());
    }

    void barGoesWhenTheFilterChanges()
    {
        MainWindow window(Catalog::bundled());
        showActive(window);
        QVERIFY(openAndWait(window, samplePath()));
        LogTab *tab = window.currentTab();
        FilterSpec severity;
        severity.worstSeverity = 4;
        tab->setFilter(severity);
        QVERIFY(!tab->goToLine(LineNumber(quint64(explainedLine(*tab->document())))));
        auto *bar = window.findChild<QWidget *>(u"hiddenLineBar"_s);
        QVERIFY(bar && bar->isVisible());
        tab->setFilter(FilterSpec());
        QVERIFY(!bar->isVisible());
    }
};

WORKBENCH_TEST_MAIN(TestHiddenLineJump)
#include "tst_hiddenlinejump.moc"
