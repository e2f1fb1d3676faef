// The current line stays on screen: a jump (go to line, next same message, next warning) puts it
// in the middle of the view, and a view that gets smaller (docks opening) keeps it visible.

#include "linesource.h"
#include "logdocument.h"
#include "logview.h"

#include <QFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

constexpr int lineCount = 5000;
constexpr int warningEvery = 700; // lines 700, 1400, ... are warnings of their own message type

} // namespace

class TestLogViewScroll : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LogDocument m_document;

    static bool isOnScreen(const LogView &view, quint64 row)
    {
        return row >= view.firstVisibleRow() && row < view.firstVisibleRow() + quint64(view.visibleRowCount());
    }

    static bool isCentred(const LogView &view, quint64 row)
    {
        const qint64 offset = qint64(row) - qint64(view.firstVisibleRow());
        return std::abs(offset - view.visibleRowCount() / 2) <= 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"scroll.log"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < lineCount; ++i) {
            if (i > 0 && i % warningEvery == 0)
                file.write("Dec  4 2026 00:01:00+08:00 R1 %%01IFNET/4/LINK_STATE(l)[" + QByteArray::number(i) + "]:down.\n");
            else
                file.write("Dec  4 2026 00:00:41+08:00 R1 %%01NTP/6/PEER_SELE(l)[" + QByteArray::number(i) + "]:peer.\n");
        }
        file.close();
        QSignalSpy finished(&m_document, &LogDocument::indexingFinished);
        QVERIFY(m_document.open(path));
        QVERIFY(finished.count() > 0 || finished.wait(20000));
        QCOMPARE(m_document.lineCount().value, quint64(lineCount));
    }

    void jumpsCentre_data()
    {
        QTest::addColumn<QString>("jump");
        QTest::addColumn<quint64>("expected");
        QTest::newRow("go to line") << u"line"_s << quint64(3000);
        QTest::newRow("next same message") << u"same"_s << quint64(2 * warningEvery);
        QTest::newRow("next warning") << u"warning"_s << quint64(2 * warningEvery);
        QTest::newRow("previous warning") << u"previousWarning"_s << quint64(warningEvery);
    }

    void jumpsCentre()
    {
        QFETCH(QString, jump);
        QFETCH(quint64, expected);
        DocumentLineSource source(&m_document);
        LogView view;
        view.setLineSource(&source);
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentRow(warningEvery); // the first warning, at the top of the view
        QVERIFY(isOnScreen(view, warningEvery));
        if (jump == u"line"_s)
            view.jumpToLine(LineNumber(expected));
        else if (jump == u"same"_s)
            QVERIFY(view.findSameMessage(true));
        else if (jump == u"warning"_s)
            QVERIFY(view.findWarningOrWorse(true));
        else {
            view.setCurrentRow(2 * warningEvery - 10);
            QVERIFY(view.findWarningOrWorse(false));
        }
        QCOMPARE(view.currentRow(), expected);
        QVERIFY2(isCentred(view, expected), qPrintable(u"first visible %1, %2 rows"_s.arg(view.firstVisibleRow()).arg(view.visibleRowCount())));
    }

    void jumpBeforeShownCentresWhenShown()
    {
        DocumentLineSource source(&m_document);
        LogView view;
        view.setLineSource(&source);
        view.jumpToLine(LineNumber(3000)); // as --line does, before the window has its size
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.currentRow(), quint64(3000));
        QVERIFY(isCentred(view, 3000));
    }

    void shrinkingKeepsCurrentVisible_data()
    {
        QTest::addColumn<bool>("wrap");
        QTest::addColumn<int>("newHeight");
        QTest::newRow("half") << false << 300;
        QTest::newRow("docks take most") << false << 120;
        QTest::newRow("wrapped, half") << true << 300;
    }

    void shrinkingKeepsCurrentVisible()
    {
        QFETCH(bool, wrap);
        QFETCH(int, newHeight);
        DocumentLineSource source(&m_document);
        LogView view;
        view.setLineSource(&source);
        view.setWordWrap(wrap);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentRow(1000);
        // The current row at the bottom of the view, as after moving down with the keyboard.
        const quint64 bottom = view.firstVisibleRow() + quint64(view.visibleRowCount()) - 1;
        view.setCurrentRow(bottom);
        QVERIFY(isOnScreen(view, bottom));
        view.resize(800, newHeight);
        QTRY_COMPARE(view.height(), newHeight);
        QVERIFY2(isOnScreen(view, bottom), qPrintable(u"row %1, first visible %2, %3 rows"_s.arg(bottom).arg(view.firstVisibleRow()).arg(view.visibleRowCount())));
    }

    void shrinkingLeavesAnOffscreenCurrentAlone()
    {
        DocumentLineSource source(&m_document);
        LogView view;
        view.setLineSource(&source);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentRow(10);
        view.jumpToRow(3000);
        view.setCurrentRow(3000);
        const quint64 first = view.firstVisibleRow();
        // The user scrolled away from the current row: a resize must not pull the view back.
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + 200);
        const quint64 scrolled = view.firstVisibleRow();
        QVERIFY(scrolled != first);
        QVERIFY(!isOnScreen(view, 3000));
        view.resize(800, 300);
        QTRY_COMPARE(view.height(), 300);
        QCOMPARE(view.firstVisibleRow(), scrolled);
    }
};

QTEST_MAIN(TestLogViewScroll)
#include "tst_logviewscroll.moc"
