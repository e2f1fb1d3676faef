#include "tst_tunneldata.h"

#include <tunnelcharts.h>
#include <tunnelspanel.h>
#include <tunneltablemodel.h>

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

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
    void chartRequestsPassThrough();
    void contextActions();
};

void TestTunnelsPanel::emptyTimelineSaysSo()
{
    TunnelsPanel panel;
    panel.setTimeline(TunnelTimeline());
    auto *stack = panel.findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget(), panel.findChild<QLabel *>(u"emptyLabel"_s));
    panel.setTimeline(twoTunnels());
    QVERIFY(stack->currentWidget() != panel.findChild<QLabel *>(u"emptyLabel"_s));
    QVERIFY(panel.findChild<QLabel *>(u"summaryLabel"_s)->text().startsWith(u"2 tunnel"_s));
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

QTEST_MAIN(TestTunnelsPanel)
#include "tst_tunnelspanel.moc"
