// End to end: a click on the tunnels table or on a lane filters the log view to that tunnel's
// lines, keeping the user's own text filter.

#include "apptheme.h"
#include "catalog.h"
#include "linesource.h"
#include "logdocument.h"
#include "logtab.h"
#include "logview.h"
#include "mainwindow.h"
#include "tunnelchartview.h"
#include "tunnellaneschart.h"
#include "tunnelspanel.h"
#include "tunneltablemodel.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LogSage;

namespace {

QByteArray tunnelLine(const char *time, const char *host, const char *brief, const char *policy, const char *peer,
                      const char *tail)
{
    return "Dec  4 2026 " + QByteArray(time) + ' ' + host + " %%01IPSEC/5/" + brief + "(l)[1]:An IPSec tunnel event. "
        + "(PolicyName=" + policy + ", IfIndex=7, SeqNum=1, RuleNum=5, SrcIP=192.0.2.1, DstIP=" + peer
        + ", CpuID=0, " + tail + ")\n";
}

// Two tunnels on AR-1 whose peers share a prefix (10.0.0.1 and 10.0.0.10), and the first peer
// on AR-2 too.
QByteArray logText()
{
    const char *up = "IPSEC_TUNNEL_ESTABLISHED";
    const char *down = "IPSEC_TUNNEL_TEARED_DOWN";
    return tunnelLine("10:00:00", "AR-1", up, "p", "10.0.0.1", "State=Normal")              // 0
        + tunnelLine("10:00:00", "AR-1", up, "q", "10.0.0.10", "State=Normal")              // 1
        + tunnelLine("10:05:00", "AR-1", down, "p", "10.0.0.1", "OfflineReason=dpd timeout") // 2
        + tunnelLine("10:06:00", "AR-1", down, "q", "10.0.0.10", "OfflineReason=dpd timeout") // 3
        + tunnelLine("10:07:00", "AR-2", up, "p", "10.0.0.1", "State=Normal")              // 4
        + tunnelLine("10:08:00", "AR-1", up, "p", "10.0.0.1", "State=Normal")              // 5
        + "Dec  4 2026 10:09:00 AR-1 %%01SHELL/5/CMDRECORD(l)[2]:Recorded command. (Command=ping 10.0.0.1)\n" // 6
        + "Dec  4 2026 12:00:00 AR-1 %%01SHELL/5/CMDRECORD(l)[3]:Recorded command. (Command=display clock)\n"; // 7
}

QList<quint64> shownLines(const LogView *view)
{
    QList<quint64> lines;
    const LineSource *source = view->lineSource();
    for (quint64 row = 0; row < source->rowCount(); ++row)
        lines.append(source->originalLine(row).value);
    return lines;
}

} // namespace

class TestTunnelFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clickFiltersToTheTunnel_data();
    void clickFiltersToTheTunnel();
    void lanesReadInTheDock_data();
    void lanesReadInTheDock();

private:
    QTemporaryDir m_dir;
    QString m_path;
    MainWindow *m_window = nullptr;
    TunnelsPanel *m_panel = nullptr;
    LogView *m_view = nullptr;
};

void TestTunnelFilter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"two-peers.log"_s);
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray text = logText();
    QCOMPARE(file.write(text), text.size());
}

void TestTunnelFilter::init()
{
    m_window = new MainWindow(Catalog::bundled());
    m_window->resize(1400, 900);
    m_window->show();
    m_panel = m_window->findChild<TunnelsPanel *>();
    QVERIFY(m_panel);
    QSignalSpy indexed(m_window, &MainWindow::documentIndexed);
    QVERIFY(m_window->openFile(m_path));
    QVERIFY(indexed.count() > 0 || indexed.wait(20000));
    QTRY_VERIFY(!m_panel->isLoading() && m_panel->timeline().tunnels().size() == 3);
    m_window->findChild<QDockWidget *>(u"tunnelsDock"_s)->raise();
    QTRY_VERIFY(m_panel->isVisible());
    m_view = m_window->findChild<LogView *>(u"logView"_s);
    QVERIFY(m_view);
    // The case kept for this file from an earlier row brings its filter back: start unfiltered.
    m_window->currentTab()->setFilter(FilterSpec());
    QTRY_COMPARE(m_view->lineSource()->rowCount(), 8u);
}

void TestTunnelFilter::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestTunnelFilter::clickFiltersToTheTunnel_data()
{
    QTest::addColumn<bool>("lane");        // click the lane (else the table row)
    QTest::addColumn<QTime>("at");         // where on the lane
    QTest::addColumn<QString>("userText"); // the text filter before the click
    QTest::addColumn<QList<quint64>>("lines");
    QTest::addColumn<QList<quint64>>("allTunnelsLines"); // after "All tunnels" (table rows only)

    // The row filters to the tunnel's first to last event (10:00 to 10:08) on AR-1 naming
    // exactly 10.0.0.1; the lane's segments to 10:00-10:05 (up) and 10:05-10:08 (down).
    QTest::newRow("table row") << false << QTime() << QString() << QList<quint64>{0, 2, 5} << QList<quint64>{0, 1, 2, 3, 4, 5};
    QTest::newRow("table row keeps the user's text")
        << false << QTime() << u"dpd"_s << QList<quint64>{2} << QList<quint64>{2, 3};
    QTest::newRow("lane, down") << true << QTime(10, 6, 30) << QString() << QList<quint64>{2} << QList<quint64>{};
    QTest::newRow("lane, up, keeps the user's text")
        << true << QTime(10, 2) << u"Normal"_s << QList<quint64>{0} << QList<quint64>{};
}

void TestTunnelFilter::clickFiltersToTheTunnel()
{
    QFETCH(bool, lane);
    QFETCH(QTime, at);
    QFETCH(QString, userText);
    QFETCH(QList<quint64>, lines);
    QFETCH(QList<quint64>, allTunnelsLines);

    LogTab *tab = m_window->currentTab();
    QVERIFY(tab);
    if (!userText.isEmpty()) {
        FilterSpec spec = tab->filter();
        spec.text = userText;
        tab->setFilter(spec);
    }
    const QString key = TunnelTimeline::tunnelKey(u"AR-1"_s, u"p"_s, u"1"_s, u"10.0.0.1"_s);
    auto *table = m_panel->findChild<QTableView *>(u"tunnelTable"_s);
    QVERIFY(table);
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(TunnelTableModel::KeyRole).toString() == key)
            row = r;
    }
    QVERIFY(row >= 0);
    if (lane) {
        auto *tabs = m_panel->findChild<QTabWidget *>(u"tunnelChartTabs"_s);
        auto *chartView = m_panel->findChild<TunnelChartView *>(u"lanesChartView"_s);
        QVERIFY(tabs && chartView);
        tabs->setCurrentWidget(chartView->parentWidget()); // the page holds the view and the lanes' scroll bar
        QTRY_VERIFY(chartView->isVisible());
        auto *chart = static_cast<TunnelLanesChart *>(chartView->tunnelChart());
        const int laneIndex = int(chart->laneTunnels().indexOf(m_panel->timeline().tunnelIndex(key)));
        QVERIFY(laneIndex >= 0);
        chart->setFirstVisibleLane(laneIndex); // in a low dock not every lane fits
        QVERIFY(laneIndex - chart->firstVisibleLane() < chart->visibleLaneCount());
        const qint64 wall = QDateTime(QDate(2026, 12, 4), at, QTimeZone::UTC).toMSecsSinceEpoch();
        QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, chartView->viewPosition(chart->lanePosition(laneIndex, wall)));
    } else {
        const QRect rect = table->visualRect(table->model()->index(row, 0));
        QVERIFY(rect.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    }
    QTRY_COMPARE(shownLines(m_view), lines);
    QVERIFY2(tab->filter().regex, qPrintable(tab->filter().text));
    if (!userText.isEmpty())
        QVERIFY(tab->filter().text.contains(userText));

    // "All tunnels" gives the user's own text filter back over every tunnel's span.
    if (!lane) {
        auto *all = m_panel->findChild<QPushButton *>(u"showAllButton"_s);
        QVERIFY(all && all->isEnabled());
        QTest::mouseClick(all, Qt::LeftButton);
        QCOMPARE(tab->filter().text, userText);
        QCOMPARE(tab->filter().host, QString());
        QTRY_COMPARE(shownLines(m_view), allTunnelsLines);
    }
}

void TestTunnelFilter::lanesReadInTheDock_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestTunnelFilter::lanesReadInTheDock()
{
    // The bundled sample in the window's own tunnels dock (240 pixels high): at a glance, at
    // least four lanes, the top one the tunnel that is down at the end; each lane shown has its
    // whole name, and the plot most of the dock's width.
    QFETCH(bool, dark);
    const QPalette original = QApplication::palette();
    AppTheme::apply(dark ? AppTheme::Dark : AppTheme::Light);
    const auto restore = qScopeGuard([&original] { QApplication::setPalette(original); });
    m_window->resize(1600, 1000);
    QSignalSpy indexed(m_window, &MainWindow::documentIndexed);
    QVERIFY(m_window->openFile(qEnvironmentVariable("LOGSAGE_SOURCE_DIR") + u"/resources/samples/branch-day.log"_s));
    QVERIFY(indexed.count() > 0 || indexed.wait(20000));
    QTRY_VERIFY(!m_panel->isLoading() && m_panel->timeline().tunnels().size() > 3);
    auto *dock = m_window->findChild<QDockWidget *>(u"tunnelsDock"_s);
    QVERIFY(dock->height() <= 280); // the dock as the window makes it
    auto *tabs = m_panel->findChild<QTabWidget *>(u"tunnelChartTabs"_s);
    auto *chartView = m_panel->findChild<TunnelChartView *>(u"lanesChartView"_s);
    tabs->setCurrentWidget(chartView->parentWidget());
    QTRY_VERIFY(chartView->isVisible());
    const auto *chart = static_cast<TunnelLanesChart *>(chartView->tunnelChart());
    QTRY_VERIFY(chart->plotArea().width() > 0.5 * chartView->width());
    QTRY_VERIFY2(chart->visibleLaneCount() >= 4, qPrintable(QString::number(chart->visibleLaneCount())));
    QCOMPARE(chart->firstVisibleLane(), 0);
    const TunnelSummary &top = m_panel->timeline().tunnels().at(chart->laneTunnels().at(0));
    QVERIFY2(top.neverUp() || top.lastState == TunnelSummary::State::Down, qPrintable(top.displayName()));
    for (int lane = chart->firstVisibleLane(); lane < chart->firstVisibleLane() + chart->visibleLaneCount(); ++lane) {
        const TunnelSummary &tunnel = m_panel->timeline().tunnels().at(chart->laneTunnels().at(lane));
        QCOMPARE(chart->laneLabel(lane), tunnel.displayName()); // the dock is wide enough for all of it
    }
    // LOGSAGE_TUNNEL_PNG_DIR=dir keeps the window to look at.
    const QString dir = qEnvironmentVariable("LOGSAGE_TUNNEL_PNG_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_window->grab().save(QDir(dir).filePath(dark ? u"dock-lanes-dark.png"_s : u"dock-lanes-light.png"_s)));
}

QTEST_MAIN(TestTunnelFilter)
#include "tst_tunnelfilter.moc"
