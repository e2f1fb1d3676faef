// Searches off the GUI thread: RowSearch on the whole file and on a filtered view (text, regular
// expression, case, both directions, not found), the log view's next warning and next same message
// far away in a big file while the GUI thread keeps running, and stopping a search.

#include "catalog.h"
#include "filterspec.h"
#include "filteredlines.h"
#include "findbar.h"
#include "logtab.h"
#include "linesource.h"
#include "logdocument.h"
#include "logview.h"
#include "rowsearch.h"
#include "searchindicator.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

const QList<QByteArray> SmallLog = {
    "Alpha start",         // 0
    "beta ERROR code=42",  // 1
    "gamma error code=7",  // 2
    "delta Error code=x",  // 3
    "epsilon nothing",     // 4
};

const QByteArray Warning = "<188>Dec  4 2026 00:04:17+08:00 AR-Hub-01 %%01SSH/4/SSH_FAIL(l)[1]:Failed to login through SSH. (IP=192.0.2.44)";
const QByteArray Error = "<187>Dec  4 2026 00:05:17+08:00 AR-Hub-01 %%01IFNET/3/LINK_DOWN_TEST(l)[2]:The link went down. (Interface=GE0/0/1)";
const QByteArray Notice = "<189>Dec  4 2026 00:07:17+08:00 AR-Hub-01 %%01SSH/5/SSH_USER_LOGIN(s)[3]:The SSH user succeeded in logging in. (UserName=netmon)";

bool writeLines(const QString &path, const QList<QByteArray> &lines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (const QByteArray &line : lines)
        file.write(line + '\n');
    return true;
}

/// `count` filler lines with `special` lines at the given positions.
bool writeBigLog(const QString &path, quint64 count, const QHash<quint64, QByteArray> &special)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk;
    for (quint64 i = 0; i < count; ++i) {
        chunk += special.value(i, QByteArrayLiteral("filler line")) + '\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return true;
}

bool openAndIndex(LogDocument &document, const QString &path)
{
    QSignalSpy finished(&document, &LogDocument::indexingFinished);
    if (!document.open(path))
        return false;
    return !finished.isEmpty() || finished.wait(60000);
}

RowQuery textQuery(const QString &text, bool regex, bool caseSensitive)
{
    RowQuery query;
    if (regex)
        query.text.regex = QRegularExpression(text, caseSensitive ? QRegularExpression::NoPatternOption
                                                                  : QRegularExpression::CaseInsensitiveOption);
    else
        query.text.text = text;
    query.text.caseSensitivity = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    return query;
}

} // namespace

class TestRowSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LogDocument m_small;
    LogDocument m_big; ///< 2 M lines: a warning at the start, the same 1.5 M lines later, "needle" at the end
    static constexpr quint64 BigLines = 2000000;
    static constexpr quint64 FarWarning = 1500001;

private Q_SLOTS:
    void init() { QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively(); }

    void initTestCase()
    {
        // Tabs keep cases (filters included) in the app's data folder: a test one, emptied per test.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(writeLines(m_dir.filePath(u"small.log"_s), SmallLog));
        QVERIFY(openAndIndex(m_small, m_dir.filePath(u"small.log"_s)));
        QVERIFY(writeBigLog(m_dir.filePath(u"big.log"_s), BigLines,
                            {{0, Warning}, {1, Notice}, {FarWarning, Warning}, {BigLines - 1, "the needle line"}}));
        QVERIFY(openAndIndex(m_big, m_dir.filePath(u"big.log"_s)));
        QCOMPARE(m_big.lineCount().value, BigLines);
    }

    void findsText_data()
    {
        QTest::addColumn<bool>("filtered"); // the view shows only lines containing "code"
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<bool>("forward");
        QTest::addColumn<quint64>("from");
        QTest::addColumn<qint64>("expectedLine"); // -1: not found

        QTest::newRow("plain, any case") << false << u"error"_s << false << false << true << quint64(0) << qint64(1);
        QTest::newRow("plain, case") << false << u"error"_s << false << true << true << quint64(0) << qint64(2);
        QTest::newRow("plain, case, capital") << false << u"Error"_s << false << true << true << quint64(0) << qint64(3);
        QTest::newRow("plain, not the start row") << false << u"code"_s << false << false << true << quint64(1) << qint64(2);
        QTest::newRow("plain, backward") << false << u"error"_s << false << false << false << quint64(4) << qint64(3);
        QTest::newRow("plain, backward, none before") << false << u"error"_s << false << false << false << quint64(1) << qint64(-1);
        QTest::newRow("plain, none after") << false << u"error"_s << false << false << true << quint64(3) << qint64(-1);
        QTest::newRow("regex") << false << u"code=\\d+$"_s << true << false << true << quint64(1) << qint64(2);
        QTest::newRow("regex, none after") << false << u"code=\\d+$"_s << true << false << true << quint64(2) << qint64(-1);
        QTest::newRow("regex, any case") << false << u"^GAMMA"_s << true << false << true << quint64(0) << qint64(2);
        QTest::newRow("regex, case") << false << u"^GAMMA"_s << true << true << true << quint64(0) << qint64(-1);
        QTest::newRow("regex off: dot is a dot") << false << u"code=."_s << false << false << true << quint64(0) << qint64(-1);
        QTest::newRow("regex, backward") << false << u"E(RROR|rror)"_s << true << true << false << quint64(4) << qint64(3);
        // Filtered rows 0, 1, 2 are lines 1, 2, 3: the rows shown are searched, lines keep their numbers.
        QTest::newRow("filtered, forward") << true << u"Error"_s << false << true << true << quint64(0) << qint64(3);
        QTest::newRow("filtered, backward") << true << u"error"_s << false << false << false << quint64(2) << qint64(2);
        QTest::newRow("filtered, hidden line") << true << u"start"_s << false << false << false << quint64(2) << qint64(-1);
    }

    void findsText()
    {
        QFETCH(bool, filtered);
        QFETCH(QString, text);
        QFETCH(bool, regex);
        QFETCH(bool, caseSensitive);
        QFETCH(bool, forward);
        QFETCH(quint64, from);
        QFETCH(qint64, expectedLine);

        FilteredLines lines(&m_small);
        DocumentLineSource all(&m_small);
        FilteredLineSource some(&lines);
        if (filtered) {
            LineFilter filter;
            filter.text = u"code"_s;
            QSignalSpy done(&lines, &FilteredLines::searchFinished);
            lines.setFilter(filter);
            QVERIFY(done.wait(10000));
            QCOMPARE(lines.lineCount().value, quint64(3));
        }
        const LineSource &source = filtered ? static_cast<const LineSource &>(some) : all;
        // Once with the near rows tried at once, once wholly on the worker.
        for (const bool onWorker : {false, true}) {
            RowSearch search;
            if (onWorker)
                search.setImmediateRows(0);
            QSignalSpy finished(&search, &RowSearch::finished);
            QVERIFY(search.start(source, from, forward, textQuery(text, regex, caseSensitive)));
            QCOMPARE(search.isRunning(), onWorker);
            if (finished.isEmpty())
                QVERIFY(finished.wait(10000));
            QCOMPARE(finished.count(), 1);
            const auto outcome = finished.first().at(0).value<RowSearch::Outcome>();
            if (expectedLine < 0) {
                QCOMPARE(outcome, RowSearch::Outcome::NotFound);
            } else {
                QCOMPARE(outcome, RowSearch::Outcome::Found);
                QCOMPARE(source.originalLine(finished.first().at(1).toULongLong()).value, quint64(expectedLine));
            }
        }
    }

    void invalidExpressionDoesNotSearch()
    {
        DocumentLineSource all(&m_small);
        RowSearch search;
        QSignalSpy finished(&search, &RowSearch::finished);
        QVERIFY(!search.start(all, 0, true, textQuery(u"code=("_s, true, false)));
        QVERIFY(!search.errorString().isEmpty());
        QVERIFY(!search.isRunning());
        QVERIFY(finished.isEmpty());
    }

    // A match 1.5 M lines away: the view moves there, found on the worker, the GUI thread free.
    void farWarningAndSameMessage_data()
    {
        QTest::addColumn<bool>("sameMessage");
        QTest::addColumn<bool>("forward");
        QTest::newRow("next warning") << false << true;
        QTest::newRow("previous warning") << false << false;
        QTest::newRow("next same message") << true << true;
        QTest::newRow("previous same message") << true << false;
    }

    void farWarningAndSameMessage()
    {
        QFETCH(bool, sameMessage);
        QFETCH(bool, forward);
        DocumentLineSource source(&m_big);
        LogView view;
        view.setLineSource(&source);
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Lines 0 and FarWarning are the only warnings, and the only lines of their message.
        const quint64 start = forward ? 0 : sameMessage ? FarWarning : BigLines - 1;
        const quint64 target = forward ? FarWarning : sameMessage ? 0 : FarWarning;
        view.setCurrentRow(start);

        std::optional<RowSearch::Outcome> outcome;
        auto done = [&outcome](RowSearch::Outcome o) { outcome = o; };
        QVERIFY(sameMessage ? view.findSameMessage(forward, done) : view.findWarningOrWorse(forward, done));
        QVERIFY2(view.isSearching(), "far away: not found by the rows tried at once");
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
        QCOMPARE(*outcome, RowSearch::Outcome::Found);
        QCOMPARE(view.currentRow(), target);
    }

    // The GUI thread keeps handling events during a search through 2 M lines; the result is right.
    void guiThreadRunsDuringSearch()
    {
        DocumentLineSource source(&m_big);
        RowSearch search;
        QSignalSpy finished(&search, &RowSearch::finished);
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start(0);
        QVERIFY(search.start(source, 0, true, textQuery(u"n.edle"_s, true, false)));
        QVERIFY(search.isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY2(ticks > 0, "the timer ticked while the search ran");
        QCOMPARE(finished.first().at(0).value<RowSearch::Outcome>(), RowSearch::Outcome::Found);
        QCOMPARE(finished.first().at(1).toULongLong(), BigLines - 1);
    }

    void stopCancels_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("Esc") << u"esc"_s;
        QTest::newRow("Esc in another widget") << u"escElsewhere"_s;
        QTest::newRow("new search") << u"restart"_s;
        QTest::newRow("Stop button") << u"button"_s;
    }

    void stopCancels()
    {
        QFETCH(QString, how);
        DocumentLineSource source(&m_big);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *field = new QLineEdit(&window); // as the filter bar's text, where F3 is often pressed
        layout->addWidget(field);
        auto *viewWidget = new LogView(&window);
        layout->addWidget(viewWidget);
        LogView &view = *viewWidget;
        view.setLineSource(&source);
        window.resize(800, 400);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        view.setFocus();
        QList<RowSearch::Outcome> outcomes;
        // A search that cannot match, so that it runs until stopped (or to the end, failing the test).
        QVERIFY(view.findRow(true, textQuery(u"(?<![a-z])absent(?!x)"_s, true, false),
                             [&outcomes](RowSearch::Outcome o) { outcomes.append(o); }));
        QVERIFY(view.isSearching());
        if (how == u"esc"_s) {
            QTest::keyClick(&view, Qt::Key_Escape);
        } else if (how == u"escElsewhere"_s) {
            field->setFocus();
            QTest::keyClick(field, Qt::Key_Escape);
        } else if (how == u"restart"_s) {
            QVERIFY(view.findWarningOrWorse(true));
        } else {
            auto *indicator = view.findChild<SearchIndicator *>(u"searchIndicator"_s);
            QVERIFY(indicator);
            QTRY_VERIFY_WITH_TIMEOUT(indicator->isVisible() || !view.isSearching(), 30000);
            QVERIFY2(view.isSearching(), "the search ran long enough to show its progress");
            auto *stop = indicator->findChild<QToolButton *>(u"stopSearch"_s);
            QVERIFY(stop);
            QTest::mouseClick(stop, Qt::LeftButton);
            QVERIFY(!indicator->isVisible());
        }
        QCOMPARE(outcomes, QList<RowSearch::Outcome>{RowSearch::Outcome::Stopped});
        QCOMPARE(view.currentRow(), quint64(0));
        QCOMPARE(view.isSearching(), how == u"restart"_s); // the new one runs on, and stops with the view
    }

    // Closing a tab stops its search (its callback hears Stopped) before the filtered lines the
    // worker reads are gone (run under ASan to see a use after free).
    void closingTabStopsSearch()
    {
        const Catalog catalog = Catalog::bundled();
        auto tab = std::make_unique<LogTab>(catalog);
        QSignalSpy indexed(tab->document(), &LogDocument::indexingFinished);
        QVERIFY(tab->open(m_dir.filePath(u"big.log"_s)));
        QVERIFY(!indexed.isEmpty() || indexed.wait(60000));
        FilterSpec spec;
        spec.text = u"filler"_s; // every line but the four special ones
        QSignalSpy filtered(tab->findChild<FilteredLines *>(), &FilteredLines::searchFinished);
        tab->setFilter(spec);
        QVERIFY(!filtered.isEmpty() || filtered.wait(60000));
        QCOMPARE(tab->view()->lineSource()->rowCount(), BigLines - 4);
        QList<RowSearch::Outcome> outcomes;
        QVERIFY(tab->view()->findWarningOrWorse(true, [&outcomes](RowSearch::Outcome o) { outcomes.append(o); }));
        QVERIFY(tab->view()->isSearching());
        tab.reset();
        QCOMPARE(outcomes, QList<RowSearch::Outcome>{RowSearch::Outcome::Stopped});
    }

    // Find Next/Previous in a tab: the filter bar's text, regex and case options, in the rows shown.
    void tabFindsText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<int>("worstSeverity");
        QTest::addColumn<quint64>("startLine");
        QTest::addColumn<bool>("forward");
        QTest::addColumn<qint64>("expectedLine"); // -1: not found, a status message says so
        // Lines: 0 warning SSH, 1 notice SSH, 2 error IFNET, 3 warning SSH, 4 notice SSH.
        QTest::newRow("text") << u"ssh"_s << false << false << 7 << quint64(0) << true << qint64(1);
        QTest::newRow("text, case") << u"SSH."_s << false << true << 7 << quint64(0) << true << qint64(3);
        QTest::newRow("text, backward") << u"ssh"_s << false << false << 7 << quint64(3) << false << qint64(1);
        QTest::newRow("regex, case") << u"SSH/[45]/SSH_(FAIL|USER)"_s << true << true << 7 << quint64(1) << true << qint64(3);
        QTest::newRow("regex, any case") << u"^<18[79]>.*ssh"_s << true << false << 7 << quint64(1) << true << qint64(4);
        QTest::newRow("regex, none before") << u"^<18[79]>.*ssh"_s << true << false << 7 << quint64(1) << false << qint64(-1);
        QTest::newRow("filtered") << u"ssh"_s << false << false << 4 << quint64(0) << true << qint64(3);
        QTest::newRow("filtered, backward") << u"ssh"_s << false << false << 4 << quint64(3) << false << qint64(0);
        QTest::newRow("filtered, none after") << u"ssh"_s << false << false << 4 << quint64(3) << true << qint64(-1);
    }

    void tabFindsText()
    {
        QFETCH(QString, text);
        QFETCH(bool, regex);
        QFETCH(bool, caseSensitive);
        QFETCH(int, worstSeverity);
        QFETCH(quint64, startLine);
        QFETCH(bool, forward);
        QFETCH(qint64, expectedLine);
        const Catalog catalog = Catalog::bundled();
        LogTab tab(catalog);
        const QString path = m_dir.filePath(u"tab.log"_s);
        QVERIFY(writeLines(path, {Warning, Notice, Error, Warning, Notice}));
        QSignalSpy indexed(tab.document(), &LogDocument::indexingFinished);
        QVERIFY(tab.open(path));
        QVERIFY(!indexed.isEmpty() || indexed.wait(10000));
        tab.resize(900, 400);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        if (worstSeverity < 7) {
            FilterSpec spec;
            spec.worstSeverity = worstSeverity;
            QSignalSpy filtered(tab.findChild<FilteredLines *>(), &FilteredLines::searchFinished);
            tab.setFilter(spec);
            QVERIFY(!filtered.isEmpty() || filtered.wait(10000));
        }
        // The text is the find bar's; the filter (severity) still decides which rows are searched.
        FindBar *bar = tab.findBar();
        bar->setText(text);
        bar->findChild<QToolButton *>(u"findRegex"_s)->setChecked(regex);
        bar->findChild<QToolButton *>(u"findCase"_s)->setChecked(caseSensitive);
        tab.view()->setCurrentLine(LineNumber(startLine));
        QCOMPARE(tab.view()->currentLine()->value, startLine);

        QSignalSpy status(&tab, &LogTab::statusMessage);
        QVERIFY(tab.findText(forward));
        if (expectedLine < 0) {
            QTRY_COMPARE(status.count(), 1);
            QVERIFY(status.first().first().toString().contains(text));
            QCOMPARE(tab.view()->currentLine()->value, startLine);
        } else {
            QTRY_COMPARE(tab.view()->currentLine()->value, quint64(expectedLine));
            QVERIFY(status.isEmpty());
        }
    }

    void tabInvalidExpressionDoesNotSearch()
    {
        const Catalog catalog = Catalog::bundled();
        LogTab tab(catalog);
        const QString path = m_dir.filePath(u"tab.log"_s);
        QVERIFY(writeLines(path, {Warning, Notice, Error, Warning, Notice}));
        QSignalSpy indexed(tab.document(), &LogDocument::indexingFinished);
        QVERIFY(tab.open(path));
        QVERIFY(!indexed.isEmpty() || indexed.wait(10000));
        FindBar *bar = tab.findBar();
        bar->setText(u"SSH("_s);
        bar->findChild<QToolButton *>(u"findRegex"_s)->setChecked(true);
        QSignalSpy status(&tab, &LogTab::statusMessage);
        tab.view()->setCurrentLine(LineNumber(0));
        QVERIFY(!tab.findText(true));
        QVERIFY(!tab.view()->isSearching());
        QCOMPARE(status.count(), 1);
        QVERIFY2(!status.first().first().toString().isEmpty(), "the status says why");
        QCOMPARE(bar->status(), status.first().first().toString());
        QCOMPARE(tab.view()->currentLine()->value, quint64(0));
    }
};

QTEST_MAIN(TestRowSearch)
#include "tst_rowsearch.moc"
