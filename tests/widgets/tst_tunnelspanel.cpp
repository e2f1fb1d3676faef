#include "tst_tunneldata.h"

#include <logdocument.h>
#include <tunnelcharts.h>
#include <tunnelchartview.h>
#include <tunnellaneschart.h>
#include <tunnelextractor.h>
#include <tunnelspanel.h>
#include <tunneltablemodel.h>

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollBar>
#include <QTabWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QWheelEvent>

using namespace LogSage;
using namespace Qt::StringLiterals;
using namespace LogSage::TunnelTestData;

class TestTunnelsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyTimelineSaysSo();
    void rowClickFocusesTunnel_data();
    void rowClickFocusesTunnel();
    void arrowKeysFocusLikeAClick();
    void reasonTakesTheFreeWidth();
    void chartRequestsPassThrough();
    void contextActions();
    void lanesFollowTheTableAndReachEveryTunnel_data();
    void lanesFollowTheTableAndReachEveryTunnel();
    void loadFillsInOnAWorker_data();
    void loadFillsInOnAWorker();
    void reopeningTheDocumentCancelsTheLoad();
    void closingTheDocumentCancelsTheLoad();

private:
    /// Opens `path` and waits until it is indexed.
    static bool openIndexed(LogDocument &document, const QString &path);
    static QString samplePath() { return qEnvironmentVariable("LOGSAGE_SOURCE_DIR") + u"/resources/samples/branch-day.log"_s; }
};

bool TestTunnelsPanel::openIndexed(LogDocument &document, const QString &path)
{
    QSignalSpy finished(&document, &LogDocument::indexingFinished);
    if (!document.open(path))
        return false;
    return !document.isIndexing() || finished.wait(10000);
}

void TestTunnelsPanel::emptyTimelineSaysSo()
{
    TunnelsPanel panel;
    panel.setTimeline(TunnelTimeline());
    auto *stack = panel.findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget(), panel.findChild<QLabel *>(u"emptyLabel"_s));
    panel.setTimeline(twoTunnels());
    QVERIFY(stack->currentWidget() != panel.findChild<QLabel *>(u"emptyLabel"_s));
    const QString summary = panel.findChild<QLabel *>(u"summaryLabel"_s)->text();
    QVERIFY2(summary.startsWith(u"Tunnels: 2 · devices: 2 ·"_s), qPrintable(summary));
}

void TestTunnelsPanel::rowClickFocusesTunnel_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("firstSeconds");
    QTest::addColumn<int>("lastSeconds");
    QTest::newRow("AR-1") << u"AR-1"_s << 0 << 9000;
    QTest::newRow("AR-2") << u"AR-2"_s << 600 << 10800;
}

void TestTunnelsPanel::rowClickFocusesTunnel()
{
    QFETCH(QString, host);
    QFETCH(int, firstSeconds);
    QFETCH(int, lastSeconds);
    TunnelsPanel panel;
    panel.resize(1000, 700);
    panel.setTimeline(twoTunnels());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *table = panel.findChild<QTableView *>(u"tunnelTable"_s);
    QVERIFY(table);
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, TunnelTableModel::Host).data().toString() == host)
            row = r;
    QVERIFY(row >= 0);
    QSignalSpy spy(&panel, &TunnelsPanel::filterRequested);
    const QRect cell = table->visualRect(table->model()->index(row, TunnelTableModel::Flaps));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), base() + firstSeconds * 1000LL);
    QCOMPARE(spy.at(0).at(1).toLongLong(), base() + lastSeconds * 1000LL + 1);
    QCOMPARE(spy.at(0).at(2).toString(), keyOf(host));
    QCOMPARE(panel.charts()->focusTunnel(), keyOf(host));

    auto *all = panel.findChild<QPushButton *>(u"showAllButton"_s);
    QVERIFY(all->isEnabled());
    QTest::mouseClick(all, Qt::LeftButton);
    QCOMPARE(panel.charts()->focusTunnel(), QString());
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(2).toString(), QString());
    QVERIFY(!all->isEnabled());
}

void TestTunnelsPanel::arrowKeysFocusLikeAClick()
{
    TunnelsPanel panel;
    panel.resize(1000, 700);
    panel.setTimeline(twoTunnels());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *table = panel.findChild<QTableView *>(u"tunnelTable"_s);
    const auto keyOfRow = [table](int row) { return table->model()->index(row, 0).data(TunnelTableModel::KeyRole).toString(); };
    QSignalSpy spy(&panel, &TunnelsPanel::filterRequested);
    const QRect cell = table->visualRect(table->model()->index(0, TunnelTableModel::Flaps));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(panel.charts()->focusTunnel(), keyOfRow(0));
    // Down and Up move the row, and the charts and the log follow, once per move.
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(2).toString(), keyOfRow(1));
    QCOMPARE(panel.charts()->focusTunnel(), keyOfRow(1));
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(spy.size(), 3);
    QCOMPARE(panel.charts()->focusTunnel(), keyOfRow(0));
    // "All tunnels" clears the selection without focusing a row again.
    QTest::mouseClick(panel.findChild<QPushButton *>(u"showAllButton"_s), Qt::LeftButton);
    QCOMPARE(panel.charts()->focusTunnel(), QString());
    QCOMPARE(spy.size(), 4);
}

void TestTunnelsPanel::reasonTakesTheFreeWidth()
{
    // The short count at the end keeps its width; the failure reason gets what is left (the
    // table above the charts, its full width).
    TunnelsPanel panel;
    panel.resize(1400, 800);
    panel.setTimeline(twoTunnels());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *table = panel.findChild<QTableView *>(u"tunnelTable"_s);
    QHeaderView *header = table->horizontalHeader();
    QTRY_VERIFY(header->sectionSize(TunnelTableModel::TopFailureReason) > header->sectionSizeHint(TunnelTableModel::TopFailureReason));
    QVERIFY(header->sectionSize(TunnelTableModel::Failures) < 2 * header->sectionSizeHint(TunnelTableModel::Failures));
    QCOMPARE(header->sectionViewportPosition(TunnelTableModel::Failures) + header->sectionSize(TunnelTableModel::Failures),
             header->viewport()->width());
}

void TestTunnelsPanel::chartRequestsPassThrough()
{
    TunnelsPanel panel;
    panel.setTimeline(twoTunnels());
    QSignalSpy filter(&panel, &TunnelsPanel::filterRequested);
    QSignalSpy line(&panel, &TunnelsPanel::lineRequested);
    Q_EMIT panel.charts()->filterRequested(1, 2, u"k"_s);
    Q_EMIT panel.charts()->lineRequested(42);
    QCOMPARE(filter.size(), 1);
    QCOMPARE(filter.at(0).at(2).toString(), u"k"_s);
    QCOMPARE(line.size(), 1);
    QCOMPARE(line.at(0).at(0).toLongLong(), 42);
}

void TestTunnelsPanel::contextActions()
{
    TunnelsPanel panel;
    panel.setTimeline(twoTunnels());
    auto *table = panel.findChild<QTableView *>(u"tunnelTable"_s);
    auto *filter = table->findChild<QAction *>(u"filterTunnelAction"_s);
    auto *copy = table->findChild<QAction *>(u"copyCsvAction"_s);
    QVERIFY(filter && copy);
    QVERIFY(table->actions().contains(filter) && table->actions().contains(copy));
    table->setCurrentIndex(table->model()->index(0, TunnelTableModel::Host));
    const QString key = table->model()->index(0, 0).data(TunnelTableModel::KeyRole).toString();
    QSignalSpy spy(&panel, &TunnelsPanel::filterRequested);
    filter->trigger();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(2).toString(), key);
    QCOMPARE(panel.charts()->focusTunnel(), key);
}

void TestTunnelsPanel::lanesFollowTheTableAndReachEveryTunnel_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("most downtime first") << int(TunnelTableModel::Downtime) << Qt::DescendingOrder;
    QTest::newRow("by device") << int(TunnelTableModel::Host) << Qt::AscendingOrder;
}

void TestTunnelsPanel::lanesFollowTheTableAndReachEveryTunnel()
{
    // 60 devices with one tunnel each, down once for 1 to 60 minutes in a shuffled order.
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    using K = TunnelEvent::Kind;
    QList<TunnelEvent> events;
    TunnelHostSpans spans;
    for (int i = 0; i < 60; ++i) {
        const QString host = u"AR-%1"_s.arg(i, 2, 10, QChar(u'0'));
        const int minutes = (i * 7) % 60 + 1;
        events << TunnelTestData::event(K::Established, 0, host, {}, 3 * i) << TunnelTestData::event(K::TornDown, 600, host, u"dpd timeout"_s, 3 * i + 1)
               << TunnelTestData::event(K::Established, 600 + minutes * 60, host, {}, 3 * i + 2);
        spans.insert(host, TunnelHostSpan{base(), base() + 7200 * 1000LL});
    }
    const TunnelTimeline timeline = TunnelTimeline::build(events, spans);
    QCOMPARE(timeline.tunnels().size(), 60);

    TunnelsPanel panel;
    panel.resize(700, 700);
    panel.setTimeline(timeline);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *table = panel.findChild<QTableView *>(u"tunnelTable"_s);
    table->sortByColumn(column, order);
    auto *tabs = panel.findChild<QTabWidget *>(u"tunnelChartTabs"_s);
    auto *chartView = panel.findChild<TunnelChartView *>(u"lanesChartView"_s);
    tabs->setCurrentWidget(chartView->parentWidget());
    QTRY_VERIFY(chartView->isVisible());

    // Lane i is the table's row i.
    const auto *chart = static_cast<TunnelLanesChart *>(chartView->tunnelChart());
    QCOMPARE(chart->laneTunnels().size(), 60);
    const auto keyOfRow = [table](int row) { return table->model()->index(row, 0).data(TunnelTableModel::KeyRole).toString(); };
    for (int row = 0; row < 60; ++row)
        QCOMPARE(chart->laneTunnels().at(row), timeline.tunnelIndex(keyOfRow(row)));
    if (column == TunnelTableModel::Downtime)
        QCOMPARE(timeline.tunnels().at(chart->laneTunnels().first()).downMsecs, 60 * 60 * 1000LL);

    // Not all fit: the scroll bar brings the last one into view, where a click hits it.
    QTRY_VERIFY(chart->plotArea().height() > 100);
    QVERIFY(chart->visibleLaneCount() < 60);
    auto *scroll = panel.findChild<QScrollBar *>(u"laneScrollBar"_s);
    QVERIFY(scroll);
    QVERIFY(scroll->isVisible());
    QCOMPARE(scroll->pageStep(), chart->lanesPerPage());
    // Page Down and Shift+wheel over the chart scroll too; the time axis stays.
    const qint64 shownFrom = chart->shownFrom();
    QTest::keyClick(chartView, Qt::Key_PageDown);
    QCOMPARE(chart->firstVisibleLane(), chart->lanesPerPage());
    QWheelEvent wheel(QPointF(50, 50), chartView->viewport()->mapToGlobal(QPointF(50, 50)), {}, QPoint(0, -120),
                      Qt::NoButton, Qt::ShiftModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(chartView->viewport(), &wheel);
    QCOMPARE(chart->firstVisibleLane(), chart->lanesPerPage() + 3);
    QCOMPARE(chart->shownFrom(), shownFrom);
    scroll->setValue(scroll->maximum());
    QCOMPARE(chart->firstVisibleLane() + chart->visibleLaneCount(), 60);
    const QString last = keyOfRow(59);
    const QPointF point = chart->lanePosition(59, base() + 300 * 1000LL);
    QVERIFY(chart->plotArea().contains(point));
    QCOMPARE(chart->hitAt(point)->tunnelKey, last);
    QSignalSpy filter(&panel, &TunnelsPanel::filterRequested);
    QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, chartView->viewPosition(point));
    QCOMPARE(filter.size(), 1);
    QCOMPARE(filter.at(0).at(2).toString(), last);
}

void TestTunnelsPanel::loadFillsInOnAWorker_data()
{
    QTest::addColumn<bool>("shownBefore"); // a timeline of another log is shown when the load starts
    QTest::newRow("empty panel") << false;
    QTest::newRow("after another log") << true;
}

void TestTunnelsPanel::loadFillsInOnAWorker()
{
    QFETCH(bool, shownBefore);
    LogDocument document;
    QVERIFY2(openIndexed(document, samplePath()), qPrintable(document.errorString()));
    const TunnelTimeline expected = TunnelTimeline::build(extractTunnelEvents(document).events);
    QVERIFY(expected.tunnels().size() > 1);

    TunnelsPanel panel;
    if (shownBefore)
        panel.setTimeline(twoTunnels());
    panel.show();
    QSignalSpy loaded(&panel, &TunnelsPanel::loaded);
    panel.load(document, nullptr);
    // load() returns at once: the worker has not delivered yet, the busy indicator shows.
    QVERIFY(panel.isLoading());
    QCOMPARE(loaded.size(), 0);
    QVERIFY(panel.findChild<QProgressBar *>(u"busyIndicator"_s)->isVisible());
    QCOMPARE(panel.model()->rowCount(), 0); // the other log's tunnels are gone
    QCOMPARE(panel.findChild<QStackedWidget *>()->currentWidget(), panel.findChild<QLabel *>(u"readingLabel"_s));

    QVERIFY(loaded.wait(10000));
    QVERIFY(!panel.isLoading());
    QVERIFY(!panel.findChild<QProgressBar *>(u"busyIndicator"_s)->isVisible());
    QCOMPARE(panel.model()->rowCount(), int(expected.tunnels().size()));
    QCOMPARE(panel.timeline().events().size(), expected.events().size());
    QCOMPARE(panel.charts()->timeline().startMsecs(), expected.startMsecs());

    // Loading the same document again keeps its tunnels shown meanwhile.
    panel.load(document, nullptr);
    QCOMPARE(panel.model()->rowCount(), int(expected.tunnels().size()));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.size(), 2);
}

void TestTunnelsPanel::reopeningTheDocumentCancelsTheLoad()
{
    QTemporaryDir dir;
    const QString other = dir.filePath(u"quiet.log"_s);
    QFile file(other);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Dec  4 2026 10:00:00+08:00 AR-9 %%01SHELL/5/CMDRECORD(l)[1]:Recorded command.\n");
    file.close();

    LogDocument document;
    QVERIFY(openIndexed(document, samplePath()));
    TunnelsPanel panel;
    QSignalSpy loaded(&panel, &TunnelsPanel::loaded);
    panel.load(document, nullptr);
    QVERIFY(openIndexed(document, other)); // cancels the load of the sample
    QVERIFY(!panel.isLoading());
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(loaded.size(), 0);
    // The next load is of the file now open: no tunnels.
    panel.load(document, nullptr);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.size(), 1);
    QVERIFY(panel.timeline().isEmpty());
    QCOMPARE(panel.findChild<QStackedWidget *>()->currentWidget(), panel.findChild<QLabel *>(u"emptyLabel"_s));
}

void TestTunnelsPanel::closingTheDocumentCancelsTheLoad()
{
    auto document = std::make_unique<LogDocument>();
    QVERIFY(openIndexed(*document, samplePath()));
    TunnelsPanel panel;
    QSignalSpy loaded(&panel, &TunnelsPanel::loaded);
    panel.load(*document, nullptr);
    document.reset(); // the worker reads its own snapshot, so this is safe
    QVERIFY(!panel.isLoading());
    QVERIFY(!panel.findChild<QProgressBar *>(u"busyIndicator"_s)->isVisible());
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(loaded.size(), 0);
}

QTEST_MAIN(TestTunnelsPanel)
#include "tst_tunnelspanel.moc"
