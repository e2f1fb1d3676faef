// The bookmark tick in the log view's gutter tells the bookmark's note when the pointer rests on it.

#include "linesource.h"
#include "logdocument.h"
#include "logview.h"

#include <QFile>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace LogSage;

class TestBookmarkTooltip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LogDocument m_document;

    /// The tooltip shown for a tooltip request at row `row` of the view, `x` pixels from the left;
    /// empty when the view declines the request (no tooltip there).
    static QString tooltipAt(LogView &view, quint64 row, int x)
    {
        const int rowHeight = view.fontMetrics().height() + 2; // the view's row height without wrapping
        const QPoint pos(x, int(row - view.firstVisibleRow()) * rowHeight + rowHeight / 2);
        QHelpEvent event(QEvent::ToolTip, pos, view.viewport()->mapToGlobal(pos));
        QCoreApplication::sendEvent(view.viewport(), &event);
        return event.isAccepted() ? QToolTip::text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"notes.log"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 50; ++i)
            file.write("Dec  4 2026 00:00:41+08:00 R1 %%01NTP/6/PEER_SELE(l)[" + QByteArray::number(i) + "]:peer.\n");
        file.close();
        QSignalSpy finished(&m_document, &LogDocument::indexingFinished);
        QVERIFY(m_document.open(path));
        QVERIFY(finished.count() > 0 || finished.wait(20000));
    }

    void gutterTooltip_data()
    {
        QTest::addColumn<quint64>("row");
        QTest::addColumn<bool>("inGutter");
        QTest::addColumn<QString>("expected"); // empty: no tooltip
        QTest::newRow("note") << quint64(3) << true << u"peer flapped <twice> & recovered"_s;
        QTest::newRow("no note") << quint64(5) << true << u"Bookmark"_s;
        QTest::newRow("no bookmark") << quint64(4) << true << QString();
        QTest::newRow("text, not gutter") << quint64(3) << false << QString();
    }

    void gutterTooltip()
    {
        QFETCH(quint64, row);
        QFETCH(bool, inGutter);
        QFETCH(QString, expected);
        DocumentLineSource source(&m_document);
        LogView view;
        view.setLineSource(&source);
        view.setBookmarks({3, 5});
        view.setBookmarkNotes({{3, u"peer flapped <twice> & recovered"_s}});
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString tip = tooltipAt(view, row, inGutter ? 3 : 400);
        if (expected.isEmpty()) {
            QVERIFY2(tip.isEmpty(), qPrintable(tip));
            return;
        }
        // Shown as plain text: the note's < and & are not markup.
        QVERIFY2(tip.contains(expected.toHtmlEscaped()), qPrintable(tip));
    }
};

QTEST_MAIN(TestBookmarkTooltip)
#include "tst_bookmarktooltip.moc"
