// Stopping a long filter search: on a generated log of 2 M lines, a regular expression filter is
// started and stopped with the filter bar's Stop button or Esc. The search's workers are cancelled
// (nothing keeps running or adds lines), the view goes back to the previous filter or to every
// line, and the status says the filter was stopped.

#include "filterbar.h"
#include "filterspec.h"
#include "rowsearch.h"
#include "workbenchfixture.h"

#include <QComboBox>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace LogSage;
using namespace WorkbenchTest;

namespace {

constexpr quint64 GeneratedLines = 2'000'000;
constexpr quint64 ErrorEvery = 1000; // one line in this many has severity 3

} // namespace

class TestFilterStop : public QObject
{
    Q_OBJECT
public:
    explicit TestFilterStop(QString home)
        : m_home(std::move(home))
    {
    }

private:
    QString m_home;
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(usesHome(m_home), qPrintable(QSettings().fileName()));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"big.log"_s);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray chunk;
        for (quint64 i = 0; i < GeneratedLines; ++i) {
            const quint64 second = i / 50;
            chunk += "Dec  4 2026 " + QByteArray::number(10 + second / 3600).rightJustified(2, '0') + ':'
                + QByteArray::number(second / 60 % 60).rightJustified(2, '0') + ':'
                + QByteArray::number(second % 60).rightJustified(2, '0') + " AR-" + QByteArray::number(i % 7);
            if (i % ErrorEvery == 0)
                chunk += " %%01IFNET/3/LINK_DOWN(l):Interface GE0/0/" + QByteArray::number(i % 48) + " went down.\n";
            else
                chunk += " %%01SSH/4/SSH_FAIL(l):Failed to log in from 10.0." + QByteArray::number(i % 250) + '.'
                    + QByteArray::number(i % 199) + " port " + QByteArray::number(1024 + i % 60000) + ".\n";
            if (chunk.size() > (1 << 22)) {
                QCOMPARE(file.write(chunk), chunk.size());
                chunk.clear();
            }
        }
        QCOMPARE(file.write(chunk), chunk.size());
    }

    void init() { forgetSettingsAndCases(); }

    void stopEndsTheSearch_data()
    {
        QTest::addColumn<QString>("how");       // "button" or "esc"
        QTest::addColumn<bool>("withPrevious"); // a severity filter ran to its end before
        QTest::newRow("Stop button, no filter before") << u"button"_s << false;
        QTest::newRow("Esc, no filter before") << u"esc"_s << false;
        QTest::newRow("Stop button, a filter before") << u"button"_s << true;
    }

    void stopEndsTheSearch()
    {
        QFETCH(QString, how);
        QFETCH(bool, withPrevious);
        const Catalog catalog = Catalog::bundled();
        LogTab tab(catalog);
        tab.resize(1200, 700);
        tab.show();
        tab.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&tab));
        QSignalSpy indexed(tab.document(), &LogDocument::indexingFinished);
        QVERIFY(tab.open(m_path));
        QVERIFY(!indexed.isEmpty() || indexed.wait(120000));
        QCOMPARE(tab.document()->lineCount().value, GeneratedLines);
        auto *bar = tab.findChild<FilterBar *>(u"filterBar"_s);
        auto *lines = tab.findChild<FilteredLines *>();
        auto *text = bar ? bar->findChild<QLineEdit *>(u"filterText"_s) : nullptr;
        auto *stop = bar ? bar->findChild<QToolButton *>(u"filterStop"_s) : nullptr;
        QVERIFY(bar && lines && text && stop);
        QVERIFY(!stop->isVisibleTo(bar));

        FilterSpec previous;
        quint64 previousRows = GeneratedLines;
        if (withPrevious) {
            auto *severity = bar->findChild<QComboBox *>(u"filterSeverity"_s);
            QVERIFY(severity);
            severity->setCurrentIndex(severity->findData(3));
            QTRY_VERIFY_WITH_TIMEOUT(!lines->isSearching(), 60000);
            previous = tab.filter();
            QCOMPARE(previous.worstSeverity, 3);
            previousRows = GeneratedLines / ErrorEvery;
            QCOMPARE(tab.view()->lineSource()->rowCount(), previousRows);
        }

        // A regular expression no line matches: its search has to read all 2 M lines.
        QTest::mouseClick(bar->findChild<QToolButton *>(u"filterRegex"_s), Qt::LeftButton);
        text->setFocus();
        QTest::keyClicks(text, u"port (?!x)9{6}"_s);
        QTest::keyClick(text, Qt::Key_Return);
        QCOMPARE(tab.filter().text, u"port (?!x)9{6}"_s);
        QVERIFY(lines->isSearching());
        QVERIFY2(stop->isVisibleTo(bar), "Stop is offered while the search runs");

        QSignalSpy status(&tab, &LogTab::statusMessage);
        if (how == u"esc"_s)
            QTest::keyClick(text, Qt::Key_Escape);
        else
            QTest::mouseClick(stop, Qt::LeftButton);

        // The filter goes back at once; the stopped search's workers are cancelled and waited for.
        // The field keeps the expression typed, marked as not applied.
        QCOMPARE(tab.filter(), previous);
        QCOMPARE(text->text(), u"port (?!x)9{6}"_s);
        auto *shown = bar->findChild<QLabel *>(u"filterShown"_s);
        QVERIFY(shown);
        QVERIFY2(shown->text().contains(u"Enter"_s), qPrintable(shown->text()));
        QVERIFY(!stop->isVisibleTo(bar) || withPrevious); // a severity filter runs again, briefly
        if (!withPrevious) {
            QVERIFY(!lines->isSearching());
            QCOMPARE(tab.view()->lineSource()->rowCount(), GeneratedLines);
        }
        QCOMPARE(status.count(), 1);
        const QString said = status.constFirst().constFirst().toString();
        QVERIFY2(said.contains(u"stopped"_s), qPrintable(said));
        QVERIFY2(said.contains(withPrevious ? u"previous filter"_s : u"every line"_s), qPrintable(said));

        // Nothing of the stopped search is left running or arrives later.
        QTRY_VERIFY_WITH_TIMEOUT(!lines->isSearching(), 60000);
        QTRY_COMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(tab.view()->lineSource()->rowCount(), previousRows);
        QCOMPARE(lines->lineCount().value, withPrevious ? previousRows : 0);
        QVERIFY(!stop->isVisibleTo(bar));
        QCOMPARE(tab.filter(), previous);
        // The case keeps the filter shown, not the stopped one.
        if (Case *investigation = tab.investigation())
            QCOMPARE(FilterSpec::fromJson(investigation->filters()), previous);
        QVERIFY2(shown->text().contains(u"Enter"_s), qPrintable(shown->text())); // still marked after the counts came

        // Enter runs what was typed again.
        text->setFocus();
        QTest::keyClick(text, Qt::Key_Return);
        QCOMPARE(tab.filter().text, u"port (?!x)9{6}"_s);
        QVERIFY(lines->isSearching());
        QVERIFY(!shown->text().contains(u"Enter"_s));
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_COMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
    }

    // Esc in the filter bar while the filter and a search in the view both run (both Esc shortcuts
    // enabled: Qt hands an ambiguous Esc to one of them, in turn): both stop, each time.
    void escStopsBothSearches()
    {
        const Catalog catalog = Catalog::bundled();
        LogTab tab(catalog);
        tab.resize(1200, 700);
        tab.show();
        tab.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&tab));
        QSignalSpy indexed(tab.document(), &LogDocument::indexingFinished);
        QVERIFY(tab.open(m_path));
        QVERIFY(!indexed.isEmpty() || indexed.wait(120000));
        auto *bar = tab.findChild<FilterBar *>(u"filterBar"_s);
        auto *lines = tab.findChild<FilteredLines *>();
        auto *text = bar ? bar->findChild<QLineEdit *>(u"filterText"_s) : nullptr;
        QVERIFY(bar && lines && text);
        QTest::mouseClick(bar->findChild<QToolButton *>(u"filterRegex"_s), Qt::LeftButton);
        for (int round = 0; round < 2; ++round) {
            // Most lines pass (the view has rows to search), yet every line is tried against it.
            text->setFocus();
            text->setText(round == 0 ? u"port (?!x)\\d"_s : u"port (?!y)\\d"_s);
            QTest::keyClick(text, Qt::Key_Return);
            QVERIFY(lines->isSearching());
            QTRY_VERIFY_WITH_TIMEOUT(tab.view()->lineSource()->rowCount() > 20000 || !lines->isSearching(), 60000);
            QVERIFY2(lines->isSearching(), "the filter still runs");
            RowQuery query;
            query.text.regex = QRegularExpression(u"(?<![a-z])absent(?!x)"_s);
            QVERIFY(tab.view()->findRow(true, query));
            QVERIFY2(tab.view()->isSearching() && lines->isSearching(), "both searches run");
            text->setFocus();
            QTest::keyClick(text, Qt::Key_Escape);
            QVERIFY2(!tab.view()->isSearching(), qPrintable(u"round %1: the view's search stopped"_s.arg(round)));
            QVERIFY2(!lines->isSearching(), qPrintable(u"round %1: the filter stopped"_s.arg(round)));
            QTRY_COMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
        }
    }
};

WORKBENCH_TEST_MAIN(TestFilterStop)

#include "tst_filterstop.moc"
