// The workbench window driven as a user would: context menu, navigation, bookmarks, keyboard
// checklist, copy buttons. Desktop conventions are in tst_desktopconventions.cpp.

#include "workbenchfixture.h"

using namespace Qt::StringLiterals;
using namespace LogSage;
using namespace WorkbenchTest;

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

private Q_SLOTS:
    void initTestCase() { QVERIFY2(usesHome(m_home), qPrintable(QSettings().fileName())); }
    void init() { forgetSettingsAndCases(); }
    void cleanup() { AppTheme::apply(AppTheme::Light); }

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

WORKBENCH_TEST_MAIN(TestWorkbench)

#include "tst_workbench.moc"
