// The workbench window driven as a user would: context menu, navigation, bookmarks, language,
// theme, recent files, drag and drop, window state, status bar, keyboard checklist, copy buttons.
// Settings and cases live in a temporary XDG_CONFIG_HOME / XDG_DATA_HOME set before the app starts.

#include "apptheme.h"
#include "case.h"
#include "catalog.h"
#include "filteredlines.h"
#include "linesource.h"
#include "logdocument.h"
#include "logtab.h"
#include "logview.h"
#include "mainwindow.h"
#include "referencepanel.h"
#include "uilanguage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QUrl>

#include <functional>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

QString samplePath()
{
    return qEnvironmentVariable("LOGSAGE_SOURCE_DIR") + u"/resources/samples/branch-day.log"_s;
}

bool openAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy indexed(&window, &MainWindow::documentIndexed);
    if (!window.openFile(path))
        return false;
    return !indexed.isEmpty() || indexed.wait(20000);
}

/// The first line at or after `from` whose record passes `matches`, or -1.
qint64 findLine(const LogDocument &document, const std::function<bool(const LineRecord &, LineNumber)> &matches,
                quint64 from = 0)
{
    for (quint64 i = from; i < document.lineCount().value; ++i)
        if (matches(document.record(LineNumber(i)), LineNumber(i)))
            return qint64(i);
    return -1;
}

qint64 findType(const LogDocument &document, const QByteArray &type, quint64 from = 0)
{
    return findLine(document, [&](const LineRecord &r, LineNumber) { return document.messageTypeName(r.messageType) == type; }, from);
}

/// A line whose Reason points to a cause with steps and commands.
qint64 explainedLine(const LogDocument &document)
{
    return findLine(document, [&](const LineRecord &, LineNumber l) {
        const QString text = document.lineText(l);
        return text.contains(u"IKE_NEGO_FAIL"_s) && text.contains(u"Reason=phase1 proposal mismatch"_s);
    });
}

/// Runs `act` on the next popup menu (popup) or modal dialog that opens, from its own event loop.
/// Delete the returned watcher when the window did not open, so it cannot act in a later test.
QPointer<QTimer> onNextWindow(bool popup, std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, popup, act = std::move(act)] {
        QWidget *w = popup ? QApplication::activePopupWidget() : QApplication::activeModalWidget();
        if (!w && ++*tries < 1000)
            return;
        timer->stop();
        timer->deleteLater();
        if (w)
            act(w);
    });
    timer->start();
    return timer;
}

} // namespace

class TestWorkbench : public QObject
{
    Q_OBJECT
public:
    explicit TestWorkbench(QString home)
        : m_home(std::move(home))
    {
    }

private:
    QString m_home;

    static void showActive(MainWindow &window)
    {
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QSettings().fileName().startsWith(m_home), qPrintable(QSettings().fileName()));
        QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(m_home));
    }

    void init()
    {
        // Each test starts without settings and without the sample's case.
        QSettings().clear();
        QSettings().sync();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void cleanup()
    {
        AppTheme::apply(AppTheme::Light);
    }

    void contextMenuHidesOrShowsOnlyAMessage_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("only");
        QTest::newRow("hide") << u"contextHideMessage"_s << false;
        QTest::newRow("show only") << u"contextShowOnlyMessage"_s << true;
    }

    void contextMenuHidesOrShowsOnlyAMessage()
    {
        QFETCH(QString, action);
        QFETCH(bool, only);
        MainWindow window(Catalog::bundled());
        QVERIFY(openAndWait(window, samplePath()));
        LogDocument *document = window.currentDocument();
        const QByteArray type = "SSH/4/SSH_FAIL";
        const qint64 line = findType(*document, type, 100);
        QVERIFY(line > 0);
        LogView *view = window.currentView();
        view->setCurrentLine(LineNumber(quint64(line)));

        QString offered;
        QPointer<QTimer> watcher = onNextWindow(true, [&](QWidget *w) {
            auto *menu = qobject_cast<QMenu *>(w);
            QAction *chosen = menu ? menu->findChild<QAction *>(action) : nullptr;
            if (chosen) {
                offered = chosen->text();
                chosen->trigger();
            }
            w->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(40, 10), view->viewport()->mapToGlobal(QPoint(40, 10)));
        QApplication::sendEvent(view->viewport(), &event);
        delete watcher;
        QVERIFY2(offered.contains(QString::fromLatin1(type)), qPrintable(offered));

        auto *lines = window.currentTab()->findChild<FilteredLines *>();
        QTRY_VERIFY(!lines->isSearching());
        const LineSource *source = view->lineSource();
        quint64 withType = 0;
        for (quint64 i = 0; i < document->lineCount().value; ++i)
            withType += document->messageTypeName(document->record(LineNumber(i)).messageType) == type;
        QCOMPARE(source->rowCount(), only ? withType : document->lineCount().value - withType);
        for (quint64 row = 0; row < source->rowCount(); ++row)
            QCOMPARE(document->messageTypeName(source->record(row).messageType) == type, only);
        const FilterSpec spec = window.currentTab()->filter();
        QCOMPARE(spec.hiddenMessages.contains(QString::fromLatin1(type)), !only);
        QCOMPARE(spec.messageId == QString::fromLatin1(type), only);
    }

    void navigation_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("keys");
        QTest::addColumn<bool>("sameMessage");
        QTest::addColumn<bool>("forward");
        QTest::newRow("next same message") << u"actionNextSameMessage"_s << QKeySequence(Qt::CTRL | Qt::Key_Down) << true << true;
        QTest::newRow("previous same message") << u"actionPreviousSameMessage"_s << QKeySequence(Qt::CTRL | Qt::Key_Up) << true << false;
        QTest::newRow("next warning") << u"actionNextWarning"_s << QKeySequence(Qt::Key_F8) << false << true;
        QTest::newRow("previous warning") << u"actionPreviousWarning"_s << QKeySequence(Qt::SHIFT | Qt::Key_F8) << false << false;
    }

    void navigation()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, keys);
        QFETCH(bool, sameMessage);
        QFETCH(bool, forward);
        MainWindow window(Catalog::bundled());
        QVERIFY(openAndWait(window, samplePath()));
        showActive(window);
        LogDocument *document = window.currentDocument();
        auto *found = window.findChild<QAction *>(action);
        QVERIFY(found);
        QCOMPARE(found->shortcut(), keys);

        // Start on a notification in the middle of the file, a login, where the line looked for is
        // not the next one (the test tells a jump from a step).
        qint64 start = -1;
        qint64 expected = -1;
        LineRecord startRecord;
        for (quint64 from = 600; expected < 0 || std::abs(expected - start) <= 1; from = quint64(start) + 1) {
            start = findType(*document, "SSH/5/SSH_USER_LOGIN", from);
            QVERIFY(start > 0);
            startRecord = document->record(LineNumber(quint64(start)));
            auto wanted = [&](const LineRecord &r) {
                if (r.flags & Continuation)
                    return false;
                return sameMessage ? r.messageType == startRecord.messageType : r.severity <= 4;
            };
            expected = -1;
            if (forward) {
                expected = findLine(*document, [&](const LineRecord &r, LineNumber) { return wanted(r); }, quint64(start) + 1);
            } else {
                for (qint64 i = start - 1; i >= 0 && expected < 0; --i)
                    if (wanted(document->record(LineNumber(quint64(i)))))
                        expected = i;
            }
        }
        QVERIFY(std::abs(expected - start) > 1); // the test tells a jump from a step

        LogView *view = window.currentView();
        view->setCurrentLine(LineNumber(quint64(start)));
        view->setFocus();
        QTest::keySequence(view, keys);
        QCOMPARE(qint64(view->currentLine()->value), expected);
        QCOMPARE(document->record(*view->currentLine()).severity <= 4, !sameMessage || startRecord.severity <= 4);

        // At the end of the way, nothing moves and the status bar says why.
        view->setCurrentLine(LineNumber(forward ? document->lineCount().value - 1 : 0));
        const quint64 edge = view->currentLine()->value;
        if (sameMessage) // stand on a line of the message, at the edge it has no further occurrence
            return;
        found->trigger();
        QCOMPARE(view->currentLine()->value, edge);
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
    }

    void goToLineAsksForANumber()
    {
        MainWindow window(Catalog::bundled());
        QVERIFY(openAndWait(window, samplePath()));
        showActive(window);
        LogView *view = window.currentView();
        view->setFocus();
        auto *action = window.findChild<QAction *>(u"actionGoToLine"_s);
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty());
        QVERIFY(!QKeySequence::keyBindings(QKeySequence::FindNext).contains(action->shortcut()));
        QPointer<QTimer> watcher = onNextWindow(false, [](QWidget *w) {
            if (auto *dialog = qobject_cast<QInputDialog *>(w)) {
                dialog->setIntValue(1200);
                dialog->accept();
            } else {
                w->close();
            }
        });
        QTest::keySequence(view, action->shortcut());
        delete watcher;
        QCOMPARE(view->currentLine()->value, quint64(1199));
        QVERIFY(view->firstVisibleRow() <= 1199 && 1199 < view->firstVisibleRow() + quint64(view->visibleRowCount()));
    }

    void bookmarksWithNotesAreKeptInTheCase()
    {
        const QString note = u"peer 203.0.113.9 down here: check the ISP"_s;
        QString casePath;
        {
            MainWindow window(Catalog::bundled());
            QVERIFY(openAndWait(window, samplePath()));
            showActive(window);
            LogView *view = window.currentView();
            Case *investigation = window.currentTab()->investigation();
            QVERIFY(investigation);
            view->setCurrentLine(LineNumber(400));
            view->setFocus();
            QTest::keySequence(view, QKeySequence(Qt::CTRL | Qt::Key_B));
            QCOMPARE(investigation->bookmarks().size(), 1);
            QCOMPARE(investigation->bookmarks().constFirst().line, quint64(400));

            QPointer<QTimer> watcher = onNextWindow(false, [&](QWidget *w) {
                if (auto *dialog = qobject_cast<QInputDialog *>(w)) {
                    dialog->setTextValue(note);
                    dialog->accept();
                } else {
                    w->close();
                }
            });
            auto *noteAction = window.findChild<QAction *>(u"actionBookmarkNote"_s);
            QVERIFY(noteAction);
            noteAction->trigger();
            delete watcher;
            QCOMPARE(investigation->bookmarks().constFirst().note, note);

            // Saved at once, without asking.
            casePath = investigation->storagePath();
            QFile saved(casePath);
            QVERIFY2(saved.open(QIODevice::ReadOnly), qPrintable(casePath));
            QVERIFY(QString::fromUtf8(saved.readAll()).contains(note));
        }

        // Opened again: the bookmark and its note are back, and F2 / Shift+F2 go to it.
        MainWindow window(Catalog::bundled());
        QVERIFY(openAndWait(window, samplePath()));
        showActive(window);
        Case *investigation = window.currentTab()->investigation();
        QVERIFY(investigation);
        QCOMPARE(investigation->bookmarks().size(), 1);
        QCOMPARE(investigation->bookmarks().constFirst().note, note);
        LogView *view = window.currentView();
        view->setCurrentLine(LineNumber(10));
        view->setFocus();
        QTest::keySequence(view, QKeySequence(Qt::Key_F2));
        QCOMPARE(view->currentLine()->value, quint64(400));
        view->setCurrentLine(LineNumber(1000));
        QTest::keySequence(view, QKeySequence(Qt::SHIFT | Qt::Key_F2));
        QCOMPARE(view->currentLine()->value, quint64(400));

        // Ctrl+B on it removes it, from the saved case too.
        QTest::keySequence(view, QKeySequence(Qt::CTRL | Qt::Key_B));
        QVERIFY(investigation->bookmarks().isEmpty());
        QFile saved(investigation->storagePath());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!QString::fromUtf8(saved.readAll()).contains(note));
    }

    void languageSwitchesAtRunTime()
    {
        UiLanguage language;
        language.apply(u"en"_s);
        MainWindow window(Catalog::bundled(), &language);
        auto fileMenuTitle = [&] { return window.menuBar()->actions().constFirst()->text(); };
        QCOMPARE(fileMenuTitle(), u"&File"_s);
        auto *chinese = window.findChild<QAction *>(u"actionLanguage_zh_CN"_s);
        auto *english = window.findChild<QAction *>(u"actionLanguage_en"_s);
        QVERIFY(chinese && english);
        QVERIFY(chinese->isEnabled());

        chinese->trigger();
        QCOMPARE(language.current(), u"zh_CN"_s);
        QVERIFY(chinese->isChecked() && !english->isChecked());
        QCOMPARE(window.referencePanel()->language(), ReferenceLanguage::Chinese);
        QCOMPARE(UiLanguage::preferred(), u"zh_CN"_s);
        // The application's own .qm is compiled into the logsage executable, not into this test:
        // install the same translations (the report library's copy) as UiLanguage would, and see
        // every menu retranslate at run time.
        QTranslator translator;
        QVERIFY(translator.load(QLocale(u"zh_CN"_s), u"logsage"_s, u"_"_s, u":/logsage/report/i18n"_s));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QTRY_COMPARE(fileMenuTitle(), translator.translate("LogSage::MainWindow", "&File"));
        QVERIFY(fileMenuTitle() != u"&File"_s);
        QVERIFY2(fileMenuTitle().contains(u"文件"_s), qPrintable(fileMenuTitle()));

        english->trigger();
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(language.current(), u"en"_s);
        QTRY_COMPARE(fileMenuTitle(), u"&File"_s);
        QCOMPARE(window.referencePanel()->language(), ReferenceLanguage::English);
        QCOMPARE(UiLanguage::preferred(), u"en"_s);
    }

    void themeSwitchesThePalette_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("dark");
        QTest::newRow("dark") << u"actionTheme2"_s << int(AppTheme::Dark) << true;
        QTest::newRow("light") << u"actionTheme1"_s << int(AppTheme::Light) << false;
    }

    void themeSwitchesThePalette()
    {
        QFETCH(QString, action);
        QFETCH(int, mode);
        QFETCH(bool, dark);
        AppTheme::apply(dark ? AppTheme::Light : AppTheme::Dark);
        MainWindow window(Catalog::bundled());
        QVERIFY(openAndWait(window, samplePath()));
        auto *chosen = window.findChild<QAction *>(action);
        QVERIFY(chosen);
        chosen->trigger();
        QCOMPARE(AppTheme::isDark(), dark);
        QCOMPARE(QApplication::palette().color(QPalette::Base).lightness() < 128, dark);
        QTRY_COMPARE(window.palette().color(QPalette::Window).lightness() < 128, dark);
        // The log follows with the matching highlighting theme.
        QTRY_COMPARE(window.currentView()->viewport()->palette().color(QPalette::Base).lightness() < 128, dark);
        QCOMPARE(int(AppTheme::saved()), mode);
        QVERIFY(chosen->isChecked());
    }

    void recentFilesListOpenedFiles()
    {
        QTemporaryDir dir;
        const QString other = dir.filePath(u"other.log"_s);
        QFile file(other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("one line\n");
        file.close();
        MainWindow window(Catalog::bundled());
        auto *recent = window.findChild<QMenu *>(u"menuRecent"_s);
        QVERIFY(recent);
        QVERIFY(!recent->isEnabled());
        QVERIFY(openAndWait(window, other));
        QVERIFY(openAndWait(window, samplePath()));
        QCOMPARE(recent->actions().size(), 2);
        QCOMPARE(recent->actions().at(0)->text(), u"branch-day.log"_s);
        QCOMPARE(recent->actions().at(0)->toolTip(), QFileInfo(samplePath()).absoluteFilePath());
        QCOMPARE(recent->actions().at(1)->toolTip(), QFileInfo(other).absoluteFilePath());
        QVERIFY(recent->isEnabled());

        // Choosing one opens it and puts it first.
        auto *tabs = window.findChild<QTabWidget *>(u"logTabs"_s);
        QCOMPARE(tabs->count(), 2);
        recent->actions().at(1)->trigger();
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(window.currentDocument()->path(), QFileInfo(other).absoluteFilePath());
        QCOMPARE(recent->actions().size(), 2);
        QCOMPARE(recent->actions().at(0)->text(), u"other.log"_s);

        // And a new window offers the same list.
        MainWindow again(Catalog::bundled());
        QCOMPARE(again.findChild<QMenu *>(u"menuRecent"_s)->actions().size(), 2);
    }

    void droppedFileOpens_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<bool>("url");
        QTest::addColumn<int>("opened");
        QTest::newRow("one file") << QStringList{u"dropped.log"_s} << true << 1;
        QTest::newRow("two files") << QStringList{u"a.log"_s, u"b.log"_s} << true << 2;
        QTest::newRow("text, no file") << QStringList{u"dropped.log"_s} << false << 0;
    }

    void droppedFileOpens()
    {
        QFETCH(QStringList, names);
        QFETCH(bool, url);
        QFETCH(int, opened);
        QTemporaryDir dir;
        QList<QUrl> urls;
        for (const QString &name : names) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Dec  4 2026 10:15:32+08:00 AR-Branch-01 %%01SSH/4/SSH_FAIL(l)[3]:Failed. (IP=192.0.2.1)\n");
            urls.append(QUrl::fromLocalFile(file.fileName()));
        }
        MainWindow window(Catalog::bundled());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMimeData data;
        if (url)
            data.setUrls(urls);
        else
            data.setText(dir.filePath(names.constFirst()));
        const QPoint where = window.rect().center();
        QDragEnterEvent enter(where, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        enter.ignore();
        QApplication::sendEvent(&window, &enter);
        QCOMPARE(enter.isAccepted(), url);
        QDropEvent drop(QPointF(where), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        auto *tabs = window.findChild<QTabWidget *>(u"logTabs"_s);
        QCOMPARE(tabs->count(), opened);
        if (opened > 0)
            QCOMPARE(window.currentDocument()->path(), urls.constLast().toLocalFile());
    }

    void windowStateIsRestored()
    {
        const QSize size(760, 540);
        QList<int> sizes;
        bool overviewVisible = false;
        {
            MainWindow window(Catalog::bundled());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(size);
            QTRY_COMPARE(window.size(), size);
            auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
            QVERIFY(splitter);
            splitter->setSizes({splitter->width() - 390, 390});
            sizes = splitter->sizes();
            auto *dock = window.findChild<QDockWidget *>(u"messagesDock"_s);
            QVERIFY(dock);
            overviewVisible = !dock->isVisible();
            dock->setVisible(overviewVisible);
            QVERIFY(window.close());
        }
        QVERIFY2(QFile::exists(QSettings().fileName()), qPrintable(QSettings().fileName()));
        QVERIFY(QSettings().fileName().startsWith(m_home));

        MainWindow window(Catalog::bundled());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.size(), size);
        QTRY_COMPARE(window.findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), sizes);
        QCOMPARE(window.findChild<QDockWidget *>(u"messagesDock"_s)->isVisible(), overviewVisible);
    }

    void statusBarShowsFileLinesEncodingPosition_data()
    {
        QTest::addColumn<quint64>("line");
        QTest::newRow("first") << quint64(0);
        QTest::newRow("middle") << quint64(1233);
        QTest::newRow("last") << quint64(1647);
    }

    void statusBarShowsFileLinesEncodingPosition()
    {
        QFETCH(quint64, line);
        MainWindow window(Catalog::bundled());
        auto *file = window.findChild<QLabel *>(u"statusFile"_s);
        auto *lines = window.findChild<QLabel *>(u"statusLines"_s);
        auto *encoding = window.findChild<QLabel *>(u"statusEncoding"_s);
        QVERIFY(file && lines && encoding);
        QVERIFY(lines->text().isEmpty());
        QVERIFY(openAndWait(window, samplePath()));
        QCOMPARE(file->text(), window.currentDocument()->path());
        QVERIFY(file->text().endsWith(u"branch-day.log"_s));
        QVERIFY(!encoding->text().isEmpty());
        QCOMPARE(encoding->text(), window.currentDocument()->encodingName());
        QVERIFY(window.selectLine(line));
        QCOMPARE(lines->text(), u"Line %1 of %2"_s.arg(QLocale().toString(line + 1), QLocale().toString(1648)));
    }

    void checklistWorksFromTheKeyboard()
    {
        MainWindow window(Catalog::bundled());
        QVERIFY(openAndWait(window, samplePath()));
        showActive(window);
        LogDocument *document = window.currentDocument();
        const qint64 line = explainedLine(*document);
        QVERIFY(line >= 0);
        QVERIFY(window.selectLine(quint64(line)));
        // From the log, Tab alone reaches the first step: no table on the way keeps Tab for its cells.
        auto *first = window.referencePanel()->findChild<QCheckBox *>(u"step0"_s);
        QVERIFY(first);
        QVERIFY(first->focusPolicy() & Qt::TabFocus);
        window.currentView()->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(window.currentView()->hasFocus());
        for (int presses = 0; presses < 80 && !first->hasFocus(); ++presses)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(first->hasFocus(), qPrintable(QApplication::focusWidget()->objectName()));
        auto *progress = window.findChild<QLabel *>(u"checklistProgress"_s);
        QVERIFY(progress);
        const QString before = progress->text();
        QVERIFY(!first->isChecked());
        QTest::keyClick(first, Qt::Key_Space);
        QVERIFY(first->isChecked());
        QTRY_VERIFY(window.findChild<QLabel *>(u"checklistProgress"_s)->text() != before);

        // Tab goes on to the step's note button and command copy button; Space on it copies.
        QTest::keyClick(first, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"stepNoteButton0"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *copy = qobject_cast<QToolButton *>(QApplication::focusWidget());
        QVERIFY(copy);
        QCOMPARE(copy->objectName(), u"copyCommand"_s);
        QApplication::clipboard()->setText(u"something else"_s);
        QTest::keyClick(copy, Qt::Key_Space);
        QVERIFY2(copy->accessibleName().endsWith(QApplication::clipboard()->text()), qPrintable(QApplication::clipboard()->text()));
        // And Shift+Tab back to the first, where Space unticks it.
        for (int i = 0; i < 20 && QApplication::focusWidget() != first; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        QVERIFY(first->hasFocus());
        QTest::keyClick(first, Qt::Key_Space);
        QVERIFY(!first->isChecked());
    }

    void copyButtonCopiesTheCommand()
    {
        MainWindow window(Catalog::bundled());
        QVERIFY(openAndWait(window, samplePath()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qint64 line = explainedLine(*window.currentDocument());
        QVERIFY(line >= 0);
        QVERIFY(window.selectLine(quint64(line)));
        const auto buttons = window.referencePanel()->findChildren<QToolButton *>(u"copyCommand"_s);
        QVERIFY2(!buttons.isEmpty(), "this message's steps name commands");
        const QString prefix = u"Copy command "_s;
        for (QToolButton *button : buttons) {
            QVERIFY(button->accessibleName().startsWith(prefix));
            const QString command = button->accessibleName().mid(prefix.size());
            QApplication::clipboard()->setText(u"something else"_s);
            QTest::mouseClick(button, Qt::LeftButton);
            QCOMPARE(QApplication::clipboard()->text(), command);
            QVERIFY(!command.isEmpty());
        }
    }
};

int main(int argc, char *argv[])
{
    // Settings and cases in a folder of our own, set before anything reads the environment.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(u"data"_s)));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(u"cache"_s)));
    QApplication app(argc, argv);
    TestWorkbench test(home.path());
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_workbench.moc"
