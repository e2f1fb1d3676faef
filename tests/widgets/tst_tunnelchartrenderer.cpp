#include "tst_tunneldata.h"

#include <tunnelchartpalette.h>
#include <tunnelchartrenderer.h>

#include <QDir>
#include <QTest>

#include <functional>

using namespace LogSage;
using namespace Qt::StringLiterals;
using namespace LogSage::TunnelTestData;

namespace {

using Render = std::function<QImage(const TunnelTimeline &, QSize, bool)>;

// Counts pixels that differ clearly from the background: drawn bars, text, axes.
int inkPixels(const QImage &image, QColor background)
{
    int ink = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - background.red()) + std::abs(c.green() - background.green())
                    + std::abs(c.blue() - background.blue()) > 60)
                ++ink;
        }
    }
    return ink;
}

int pixelsNear(const QImage &image, QColor colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) + std::abs(c.blue() - colour.blue()) < 24)
                ++count;
        }
    return count;
}

} // namespace

class TestTunnelChartRenderer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void renders_data();
    void renders();
    void briefOutageShows_data();
    void briefOutageShows();
};

void TestTunnelChartRenderer::renders_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<Render>("render");
    QTest::addColumn<int>("barColour"); // 0 torn down, 1 up (lanes)

    const Render events = [](const TunnelTimeline &t, QSize s, bool d) {
        return TunnelChartRenderer::renderEventsChart(t, TunnelTimeline::BucketSize::Hour, s, d);
    };
    const Render lanes = [](const TunnelTimeline &t, QSize s, bool d) { return TunnelChartRenderer::renderLanesChart(t, s, d); };
    const Render reasons = [](const TunnelTimeline &t, QSize s, bool d) { return TunnelChartRenderer::renderReasonsChart(t, s, d); };
    for (bool dark : {false, true}) {
        const QString theme = dark ? u"dark"_s : u"light"_s;
        QTest::newRow(qPrintable(u"events " + theme)) << u"events-" + theme << dark << events << 0;
        QTest::newRow(qPrintable(u"lanes " + theme)) << u"lanes-" + theme << dark << lanes << 1;
        QTest::newRow(qPrintable(u"reasons " + theme)) << u"reasons-" + theme << dark << reasons << 0;
    }
}

void TestTunnelChartRenderer::renders()
{
    QFETCH(QString, name);
    QFETCH(bool, dark);
    QFETCH(Render, render);
    QFETCH(int, barColour);

    const QSize size(800, 360);
    const QImage image = render(twoTunnels(), size, dark);
    QCOMPARE(image.size(), size);
    const TunnelChartPalette palette = TunnelChartPalette::forDark(dark);
    QCOMPARE(image.pixelColor(1, 1), palette.background);
    QVERIFY(inkPixels(image, palette.background) > 500);
    QVERIFY2(pixelsNear(image, barColour == 0 ? palette.tornDown : palette.up) > 100, "the bars are drawn in their colour");

    // LOGSAGE_TUNNEL_PNG_DIR=dir keeps the images to look at.
    const QString dir = qEnvironmentVariable("LOGSAGE_TUNNEL_PNG_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(QDir(dir).filePath(name + u".png"_s)));
}

namespace {

bool near(QColor c, QColor colour)
{
    return std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) + std::abs(c.blue() - colour.blue()) < 24;
}

} // namespace

void TestTunnelChartRenderer::briefOutageShows_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QSize>("size");
    QTest::newRow("light, 800 px") << false << QSize(800, 360);
    QTest::newRow("dark, 800 px") << true << QSize(800, 360);
    QTest::newRow("light, 1600 px") << false << QSize(1600, 900);
}

void TestTunnelChartRenderer::briefOutageShows()
{
    // One tunnel up all day but for 3 s at noon: a 30th of a pixel at 800 pixels for the day.
    QFETCH(bool, dark);
    QFETCH(QSize, size);
    using K = TunnelEvent::Kind;
    const qint64 midnight = base() - 10 * 3600 * 1000LL;
    const TunnelTimeline timeline = TunnelTimeline::build(
        {TunnelTestData::event(K::Established, -36000, u"AR-9"_s, {}, 1), TunnelTestData::event(K::TornDown, 7200, u"AR-9"_s, u"dpd timeout"_s, 2),
         TunnelTestData::event(K::Established, 7203, u"AR-9"_s, {}, 3)},
        {{u"AR-9"_s, TunnelHostSpan{midnight, midnight + 24 * 3600 * 1000LL}}});
    const QImage image = TunnelChartRenderer::renderLanesChart(timeline, size, dark);
    const TunnelChartPalette palette = TunnelChartPalette::forDark(dark);

    // The bar's rows: where the up colour runs across most of the image. It spans the day,
    // so the outage's x is as far along it as noon is along the day.
    int left = image.width();
    int right = -1;
    QList<int> barRows;
    for (int y = 0; y < image.height(); ++y) {
        int first = -1;
        int last = -1;
        for (int x = 0; x < image.width(); ++x) {
            if (near(image.pixelColor(x, y), palette.up)) {
                first = first < 0 ? x : first;
                last = x;
            }
        }
        if (last - first > image.width() / 2) {
            barRows << y;
            left = std::min(left, first);
            right = std::max(right, last);
        }
    }
    QVERIFY(!barRows.isEmpty());
    const qreal expectedX = left + (right + 1 - left) / 2.0;
    const int row = barRows.at(barRows.size() / 2);
    QList<int> downColumns;
    for (int x = 0; x < image.width(); ++x) {
        if (near(image.pixelColor(x, row), palette.down))
            downColumns << x;
    }
    QVERIFY2(downColumns.size() >= 2, qPrintable(QString::number(downColumns.size())));
    QVERIFY2(std::abs(downColumns.first() - expectedX) <= 2,
             qPrintable(u"down from x %1, noon at %2"_s.arg(downColumns.first()).arg(expectedX)));
    QVERIFY(downColumns.last() - downColumns.first() <= 6); // one narrow mark, nothing else
}

QTEST_MAIN(TestTunnelChartRenderer)
#include "tst_tunnelchartrenderer.moc"
