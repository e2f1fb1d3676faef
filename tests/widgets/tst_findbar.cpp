// The find bar: Ctrl+F opens a slim bar under the log that hides no line; F3 and Shift+F3 go to the
// next and previous shown line with its text (or regular expression, with or without case); "not
// found" is said in the bar; Esc closes it. The filter keeps its own shortcut (Ctrl+Shift+L).

#include "filterbar.h"
#include "findbar.h"
#include "workbenchfixture.h"

using namespace WorkbenchTest;

class TestFindBar : public QObject
{
    Q_OBJECT
public:
    explicit TestFindBar(const QString &home) : m_home(home) {}

private:
    QString m_home;

    // The first line after (or before) `from` whose text passes `matches`, or -1.
    static qint64 nextLine(const LogDocument &document, quint64 from, bool forward, const std::function<bool(const QString &)> &matches)
    {
        for (qint64 i = qint64(from) + (forward ? 1 : -1); i >= 0 && quint64(i) < document.lineCount().value; i += forward ? 1 : -1)
            if (matches(document.lineText(LineNumber(quint64(i)))))
                return i;
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(usesHome(m_home)); }
    void init() { forgetSettingsAndCases(); }

    void findsWithoutHiding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<bool>("caseSensitive");
        QTest::newRow("text") << u"203.0.113.9"_s << false << false;
        QTest::newRow("regex") << u"203\\.0\\.113\\.9\\b"_s << true << false;
        QTest::newRow("any case") << u"ipsec_tunnel_teared_down"_s << false << false;
        QTest::newRow("exact case") << u"teared down"_s << false << true;
    }

    void findsWithoutHiding()
    {
        QFETCH(QString, text);
        QFETCH(bool, regex);
        QFETCH(bool, caseSensitive);
        MainWindow window(Catalog::bundled());
        showActive(window);
        QVERIFY(openAndWait(window, samplePath()));
        LogTab *tab = window.currentTab();
        LogDocument *document = tab->document();
        const quint64 lines = document->lineCount().value;
        tab->view()->setCurrentLine(LineNumber(0));
        tab->view()->setFocus();

        QTest::keySequence(&window, QKeySequence::Find);
        auto *bar = tab->findChild<FindBar *>(u"findBar"_s);
        QVERIFY(bar && bar->isVisible());
        auto *field = bar->findChild<QLineEdit *>(u"findText"_s);
        QVERIFY(field);
        QTRY_VERIFY(field->hasFocus());
        bar->findChild<QToolButton *>(u"findRegex"_s)->setChecked(regex);
        bar->findChild<QToolButton *>(u"findCase"_s)->setChecked(caseSensitive);
        QTest::keyClicks(field, text);

        const QRegularExpression expression(regex ? text : QRegularExpression::escape(text),
                                            caseSensitive ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
        const auto matches = [&](const QString &line) { return line.contains(expression); };
        quint64 at = 0;
        for (int step = 0; step < 3; ++step) {
            const qint64 expected = nextLine(*document, at, true, matches);
            QVERIFY(expected > 0);
            QTest::keySequence(&window, QKeySequence::FindNext);
            QTRY_COMPARE(tab->view()->currentLine()->value, quint64(expected));
            at = quint64(expected);
        }
        // The view keeps every line: nothing was filtered.
        QCOMPARE(tab->view()->lineSource()->rowCount(), lines);
        QCOMPARE(tab->filter(), FilterSpec());
        const qint64 before = nextLine(*document, at, false, matches);
        QVERIFY(before >= 0);
        QTest::keySequence(&window, QKeySequence::FindPrevious);
        QTRY_COMPARE(tab->view()->currentLine()->value, quint64(before));
        // Enter in the field goes on to the next one, as F3.
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(tab->view()->currentLine()->value, at);

        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
    }

    void notFound()
    {
        MainWindow window(Catalog::bundled());
        showActive(window);
        QVERIFY(openAndWait(window, samplePath()));
        LogTab *tab = window.currentTab();
        tab->view()->setCurrentLine(LineNumber(5));
        tab->openFindBar();
        auto *bar = tab->findBar();
        auto *field = bar->findChild<QLineEdit *>(u"findText"_s);
        QTest::keyClicks(field, u"no such text anywhere"_s);
        QSignalSpy status(tab, &LogTab::statusMessage);
        QTest::keySequence(&window, QKeySequence::FindNext);
        QTRY_COMPARE(status.count(), 1);
        QVERIFY2(status.first().first().toString().contains(u"no such text anywhere"_s), qPrintable(status.first().first().toString()));
        QCOMPARE(bar->findChild<QLabel *>(u"findStatus"_s)->text(), u"Not found"_s);
        QCOMPARE(tab->view()->currentLine()->value, 5u);
        // Typing again clears the note.
        QTest::keyClicks(field, u"x"_s);
        QVERIFY(bar->status().isEmpty());
    }

    void filterKeepsItsShortcut()
    {
        MainWindow window(Catalog::bundled());
        showActive(window);
        QVERIFY(openAndWait(window, samplePath()));
        LogTab *tab = window.currentTab();
        tab->view()->setFocus();
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        auto *filterText = tab->filterBar()->findChild<QLineEdit *>(u"filterText"_s);
        QVERIFY(filterText);
        QTRY_VERIFY(filterText->hasFocus());
        QVERIFY(!tab->findBar()->isVisible());
    }
};

WORKBENCH_TEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
