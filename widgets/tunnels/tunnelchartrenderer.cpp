#include "tunnelchartrenderer.h"

#include "tunneleventschart.h"
#include "tunnellaneschart.h"
#include "tunnelreasonschart.h"

#include <QGraphicsScene>
#include <QPainter>

#include <memory>

namespace LogSage {

namespace {

QImage render(std::unique_ptr<TunnelChart> chart, QSize size, const TunnelChartPalette &palette)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette.background);
    if (size.isEmpty())
        return image;
    QGraphicsScene scene;
    TunnelChart *item = chart.release();
    scene.addItem(item); // the scene owns and deletes it
    item->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(image.rect()), scene.sceneRect());
    return image;
}

} // namespace

QImage TunnelChartRenderer::renderEventsChart(const TunnelTimeline &timeline, QSize size, bool dark,
                                              const QString &tunnelKey)
{
    return renderEventsChart(timeline, timeline.suggestedBucketSize(), size, dark, tunnelKey);
}

QImage TunnelChartRenderer::renderEventsChart(const TunnelTimeline &timeline, TunnelTimeline::BucketSize bucketSize,
                                              QSize size, bool dark, const QString &tunnelKey)
{
    const auto palette = TunnelChartPalette::forDark(dark);
    return render(std::make_unique<TunnelEventsChart>(timeline, bucketSize, tunnelKey, palette), size, palette);
}

QImage TunnelChartRenderer::renderLanesChart(const TunnelTimeline &timeline, QSize size, bool dark,
                                             const QString &tunnelKey)
{
    const auto palette = TunnelChartPalette::forDark(dark);
    return render(std::make_unique<TunnelLanesChart>(timeline, tunnelKey, palette), size, palette);
}

QImage TunnelChartRenderer::renderReasonsChart(const TunnelTimeline &timeline, QSize size, bool dark,
                                               const QString &tunnelKey)
{
    const auto palette = TunnelChartPalette::forDark(dark);
    return render(std::make_unique<TunnelReasonsChart>(timeline, tunnelKey, palette), size, palette);
}

} // namespace LogSage
