// The Bookmarks dock: the current log's bookmarks (line, time, message ID, note, a mark when the
// line changed), going to a line by double-click or Enter, Delete removing, the note edited in place
// and kept in the case at once; View > Bookmarks shows it.

#include "workbenchfixture.h"

#include "bookmarklistmodel.h"
#include "bookmarkspanel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>

using namespace WorkbenchTest;

class TestBookmarksDock : public QObject
{
    Q_OBJECT
public:
    explicit TestBookmarksDock(const QString &home)
        : m_home(home)
    {
    }

private:
    QString m_home;

    static QTreeView *bookmarksView(MainWindow &window)
    {
        auto *dock = window.findChild<QDockWidget *>(u"bookmarksDock"_s);
        return dock ? dock->findChild<QTreeView *>(u"bookmarksView"_s) : nullptr;
    }

    /// The row of the bookmark on `line`, or -1.
    static int rowOf(const QAbstractItemModel *model, quint64 line)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(BookmarkListModel::LineRole).value<quint64>() == line)
                return row;
        return -1;
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

    void listsAndFollowsTheCase()
    {
        MainWindow window(Catalog::bundled());
        showActive(window);
        QVERIFY(openAndWait(window, samplePath()));
        LogTab *tab = window.currentTab();
        QVERIFY(tab->investigation());
        QTreeView *view = bookmarksView(window);
        QVERIFY(view);
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(window.findChild<QLabel *>(u"bookmarksEmpty"_s)->isVisibleTo(window.findChild<BookmarksPanel *>()));

        const LogDocument &document = *tab->document();
        const qint64 ike = explainedLine(document);
        const qint64 first = 3;
        QVERIFY(ike > first);
        tab->toggleBookmark(LineNumber(quint64(ike)));
        tab->toggleBookmark(LineNumber(quint64(first)));
        QCOMPARE(view->model()->rowCount(), 2);
        // In line order, whatever the order they were set in.
        QCOMPARE(view->model()->index(0, BookmarkListModel::LineColumn).data().toString(), QLocale().toString(first + 1));
        QCOMPARE(view->model()->index(1, BookmarkListModel::LineColumn).data().toString(), QLocale().toString(ike + 1));
        QCOMPARE(view->model()->index(1, BookmarkListModel::MessageColumn).data().toString(), u"IKE/5/IKE_NEGO_FAIL"_s);
        const QString time = view->model()->index(1, BookmarkListModel::TimeColumn).data().toString();
        QVERIFY2(document.lineText(LineNumber(quint64(ike))).contains(time.mid(11)), qPrintable(time)); // HH:mm:ss
        QVERIFY(time.startsWith(u"2026-12-04 "_s));
        QVERIFY(!view->model()->index(1, 0).data(BookmarkListModel::StaleRole).toBool());
        // Line, time and message ID stand whole in their columns.
        for (int column : {int(BookmarkListModel::TimeColumn), int(BookmarkListModel::MessageColumn)})
            QTRY_VERIFY(view->columnWidth(column) >= view->fontMetrics().horizontalAdvance(view->model()->index(1, column).data().toString()));

        // A note set elsewhere (Edit > Bookmark Note) shows at once.
        QVERIFY(tab->investigation()->setBookmarkNote(tab->bookmarkFileKey(), quint64(ike), u"peer says proposal changed"_s));
        QCOMPARE(view->model()->index(1, BookmarkListModel::NoteColumn).data().toString(), u"peer says proposal changed"_s);

        // A bookmark whose line reads differently now is marked, not dropped.
        QVERIFY(tab->investigation()->addBookmark({tab->bookmarkFileKey(), 5, u"not-this-line"_s, u"old"_s}));
        const int stale = rowOf(view->model(), 5);
        QVERIFY(stale >= 0);
        QVERIFY(view->model()->index(stale, 0).data(BookmarkListModel::StaleRole).toBool());
        QVERIFY(!view->model()->index(stale, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(view->model()->index(stale, 0).data(Qt::ToolTipRole).toString().contains(u"changed"_s));
        QVERIFY(!window.findChild<QLabel *>(u"bookmarksEmpty"_s)->isVisibleTo(window.findChild<BookmarksPanel *>()));

        // Removing one elsewhere (Ctrl+B again) removes its row.
        tab->toggleBookmark(LineNumber(quint64(first)));
        QCOMPARE(rowOf(view->model(), quint64(first)), -1);
        QCOMPARE(view->model()->rowCount(), 2);
    }

    void actOnABookmark_data()
    {
        QTest::addColumn<QString>("action");
        QTest::newRow("double-click goes to the line") << u"double-click"_s;
        QTest::newRow("Enter goes to the line") << u"Enter"_s;
        QTest::newRow("Delete removes it") << u"Delete"_s;
        QTest::newRow("F2 edits the note in place") << u"F2"_s;
    }

    void actOnABookmark()
    {
        QFETCH(QString, action);
        MainWindow window(Catalog::bundled());
        showActive(window);
        QVERIFY(openAndWait(window, samplePath()));
        LogTab *tab = window.currentTab();
        const qint64 target = explainedLine(*tab->document());
        QVERIFY(target > 10);
        tab->toggleBookmark(LineNumber(2));
        tab->toggleBookmark(LineNumber(quint64(target)));
        tab->view()->setCurrentLine(LineNumber(0));

        window.findChild<QDockWidget *>(u"bookmarksDock"_s)->show();
        window.findChild<QDockWidget *>(u"bookmarksDock"_s)->raise();
        QTreeView *view = bookmarksView(window);
        QTRY_VERIFY(view->isVisible());
        const int row = rowOf(view->model(), quint64(target));
        QVERIFY(row >= 0);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, BookmarkListModel::NoteColumn));
        QSignalSpy lineChanges(tab, &LogTab::currentLineChanged);

        if (action == "double-click"_L1) {
            const QRect cell = view->visualRect(view->model()->index(row, BookmarkListModel::LineColumn));
            // The first click of a double-click, then the second (QTest sends it as the double-click alone).
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
            QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        } else if (action == "Enter"_L1) {
            QTest::keyClick(view, Qt::Key_Return);
        } else if (action == "Delete"_L1) {
            QTest::keyClick(view, Qt::Key_Delete);
            QVERIFY(!tab->investigation()->bookmark(tab->bookmarkFileKey(), quint64(target)));
            QCOMPARE(view->model()->rowCount(), 1);
            QCOMPARE(tab->view()->currentLine()->value, quint64(0));
            return;
        } else {
            QTest::keyClick(view, Qt::Key_F2);
            QLineEdit *editor = nullptr;
            QTRY_VERIFY((editor = view->viewport()->findChild<QLineEdit *>()) && editor->isVisible());
            editor->selectAll();
            QTest::keyClicks(editor, u"asked the hub team"_s);
            QTest::keyClick(editor, Qt::Key_Return);
            QTRY_COMPARE(tab->investigation()->bookmark(tab->bookmarkFileKey(), quint64(target))->note, u"asked the hub team"_s);
            // Saved at once: the case file on disk has it.
            QFile saved(tab->investigation()->storagePath());
            QVERIFY(saved.open(QIODevice::ReadOnly));
            QVERIFY(saved.readAll().contains("asked the hub team"));
            QCOMPARE(view->model()->index(row, BookmarkListModel::NoteColumn).data().toString(), u"asked the hub team"_s);
            QCOMPARE(tab->view()->currentLine()->value, quint64(0));
            return;
        }
        QCOMPARE(tab->view()->currentLine()->value, quint64(target));
        QVERIFY(!lineChanges.isEmpty());
        QVERIFY(tab->view()->hasFocus());
    }

    void viewMenuShowsTheDock()
    {
        MainWindow window(Catalog::bundled());
        showActive(window);
        auto *dock = window.findChild<QDockWidget *>(u"bookmarksDock"_s);
        QVERIFY(dock);
        QAction *action = nullptr;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->menu() && menu->menu()->actions().contains(dock->toggleViewAction()))
                action = menu;
        QVERIFY2(action, "a menu holds the dock's toggle");
        QCOMPARE(action->text().remove(u'&'), u"View"_s);
        QCOMPARE(dock->toggleViewAction()->text().remove(u'&'), u"Bookmarks"_s);
        dock->close();
        QVERIFY(!dock->isVisible());
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY(dock->isVisible());
    }
};

WORKBENCH_TEST_MAIN(TestBookmarksDock)
#include "tst_bookmarksdock.moc"
