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

QTEST_MAIN(TestTunnelChartRenderer)
#include "tst_tunnelchartrenderer.moc"
