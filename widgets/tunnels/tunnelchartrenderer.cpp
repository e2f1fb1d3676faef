#include "tunnelchartrenderer.h"

#include "tunneleventschart.h"
#include "tunnellaneschart.h"
#include "tunnelreasonschart.h"

#include <QGraphicsScene>
#include <QPainter>

#include <memory>

namespace LogSage {

namespace {

std::unique_ptr<TunnelChart> makeChart(const TunnelTimeline &timeline, const TunnelChartSpec &spec)
{
    const auto palette = TunnelChartPalette::forDark(spec.dark);
    std::unique_ptr<TunnelChart> chart;
    switch (spec.kind) {
    case TunnelChartSpec::Kind::Events:
        chart = std::make_unique<TunnelEventsChart>(timeline, spec.bucketSize, spec.tunnelKey, palette);
        break;
    case TunnelChartSpec::Kind::Lanes:
        chart = std::make_unique<TunnelLanesChart>(timeline, spec.tunnelKey, palette, spec.laneOrder);
        break;
    case TunnelChartSpec::Kind::Reasons:
        chart = std::make_unique<TunnelReasonsChart>(timeline, spec.tunnelKey, palette);
        break;
    }
    if (spec.toMsecs > spec.fromMsecs)
        chart->showTimeRange(spec.fromMsecs, spec.toMsecs, false);
    return chart;
}

} // namespace

void TunnelChartRenderer::paint(QPainter &painter, const TunnelTimeline &timeline, const TunnelChartSpec &spec,
                                QSize size)
{
    const auto palette = TunnelChartPalette::forDark(spec.dark);
    painter.fillRect(QRect(QPoint(0, 0), size), palette.background);
    if (size.isEmpty())
        return;
    QGraphicsScene scene;
    TunnelChart *item = makeChart(timeline, spec).release();
    scene.addItem(item); // the scene owns and deletes it
    item->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    if (auto *lanes = dynamic_cast<TunnelLanesChart *>(item); lanes && spec.firstLane > 0)
        lanes->setFirstVisibleLane(spec.firstLane); // once the size says how many lanes fit
    scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), scene.sceneRect());
}

QImage TunnelChartRenderer::render(const TunnelTimeline &timeline, const TunnelChartSpec &spec, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(TunnelChartPalette::forDark(spec.dark).background);
    if (size.isEmpty())
        return image;
    QPainter painter(&image);
    paint(painter, timeline, spec, size);
    return image;
}

QImage TunnelChartRenderer::renderEventsChart(const TunnelTimeline &timeline, QSize size, bool dark,
                                              const QString &tunnelKey)
{
    return renderEventsChart(timeline, timeline.suggestedBucketSize(), size, dark, tunnelKey);
}

QImage TunnelChartRenderer::renderEventsChart(const TunnelTimeline &timeline, TunnelTimeline::BucketSize bucketSize,
                                              QSize size, bool dark, const QString &tunnelKey)
{
    return render(timeline, {TunnelChartSpec::Kind::Events, bucketSize, tunnelKey, dark, 0, 0, {}, 0}, size);
}

QImage TunnelChartRenderer::renderLanesChart(const TunnelTimeline &timeline, QSize size, bool dark,
                                             const QString &tunnelKey)
{
    return render(timeline, {TunnelChartSpec::Kind::Lanes, timeline.suggestedBucketSize(), tunnelKey, dark, 0, 0, {}, 0}, size);
}

QImage TunnelChartRenderer::renderReasonsChart(const TunnelTimeline &timeline, QSize size, bool dark,
                                               const QString &tunnelKey)
{
    return render(timeline, {TunnelChartSpec::Kind::Reasons, timeline.suggestedBucketSize(), tunnelKey, dark, 0, 0, {}, 0},
                  size);
}

} // namespace LogSage
