#include <timewindow.h>

#include <QTest>

using namespace LogSage;

class TestTimeWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void zoomKeepsAnchor_data();
    void zoomKeepsAnchor();
    void zoomStopsAtMinimumAndWhole();
    void panStopsAtEnds_data();
    void panStopsAtEnds();
    void showClampsAndOrders();
};

void TestTimeWindow::zoomKeepsAnchor_data()
{
    QTest::addColumn<qint64>("anchor");
    QTest::addColumn<double>("factor");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    // Whole range 0..100 s.
    QTest::newRow("twice around the middle") << 50'000LL << 2.0 << 25'000LL << 75'000LL;
    QTest::newRow("twice around a quarter") << 25'000LL << 2.0 << 12'500LL << 62'500LL;
    QTest::newRow("four times at the start") << 0LL << 4.0 << 0LL << 25'000LL;
    QTest::newRow("ten times at the end") << 100'000LL << 10.0 << 90'000LL << 100'000LL;
}

void TestTimeWindow::zoomKeepsAnchor()
{
    QFETCH(qint64, anchor);
    QFETCH(double, factor);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    TimeWindow window;
    window.setFullRange(0, 100'000);
    QVERIFY(!window.isZoomed());
    window.zoom(anchor, factor);
    QCOMPARE(window.from(), from);
    QCOMPARE(window.to(), to);
    QVERIFY(window.isZoomed());
    // Zooming back out by the same factor restores the whole range.
    window.zoom(anchor, 1 / factor);
    QCOMPARE(window.from(), 0);
    QCOMPARE(window.to(), 100'000);
    QVERIFY(!window.isZoomed());
}

void TestTimeWindow::zoomStopsAtMinimumAndWhole()
{
    TimeWindow window;
    window.setFullRange(0, 3'600'000);
    for (int i = 0; i < 100; ++i)
        window.zoom(1'800'000, 2.0);
    QCOMPARE(window.span(), TimeWindow::minimumSpan);
    QVERIFY(window.from() <= 1'800'000 && 1'800'000 <= window.to());
    window.zoom(0, 1e-6);
    QCOMPARE(window.from(), 0);
    QCOMPARE(window.to(), 3'600'000);
    // A range shorter than the minimum is shown whole.
    window.setFullRange(1000, 2000);
    window.zoom(1500, 8.0);
    QCOMPARE(window.span(), 1000);
}

void TestTimeWindow::panStopsAtEnds_data()
{
    QTest::addColumn<qint64>("delta");
    QTest::addColumn<qint64>("from");
    QTest::newRow("later") << 10'000LL << 35'000LL;
    QTest::newRow("earlier") << -10'000LL << 15'000LL;
    QTest::newRow("past the end") << 1'000'000LL << 50'000LL;
    QTest::newRow("past the start") << -1'000'000LL << 0LL;
}

void TestTimeWindow::panStopsAtEnds()
{
    QFETCH(qint64, delta);
    QFETCH(qint64, from);
    TimeWindow window;
    window.setFullRange(0, 100'000);
    window.show(25'000, 75'000);
    window.pan(delta);
    QCOMPARE(window.from(), from);
    QCOMPARE(window.span(), 50'000);
}

void TestTimeWindow::showClampsAndOrders()
{
    TimeWindow window;
    window.setFullRange(0, 100'000);
    window.show(80'000, 20'000);
    QCOMPARE(window.from(), 20'000);
    QCOMPARE(window.to(), 80'000);
    window.show(-50'000, 150'000);
    QVERIFY(!window.isZoomed());
    window.show(40'000, 41'000); // shorter than the minimum: grows around its middle
    QCOMPARE(window.span(), TimeWindow::minimumSpan);
    QCOMPARE(window.from() + window.span() / 2, 40'500);
    window.reset();
    QVERIFY(!window.isZoomed());
}

QTEST_GUILESS_MAIN(TestTimeWindow)
#include "tst_timewindow.moc"
