#pragma once

#include <tunneltimeline.h>

#include <QImage>
#include <QSize>

namespace LogSage {

/// Draws the tunnel charts into images offscreen (for reports), light or dark. Needs a
/// QApplication, like every chart. The optional key limits a chart to one tunnel. Without a
/// bucket size the timeline's suggested one is used; a size that needs more than about one
/// bucket per two pixels of width draws bars too thin to see.
class TunnelChartRenderer
{
public:
    static QImage renderEventsChart(const TunnelTimeline &timeline, QSize size, bool dark, const QString &tunnelKey = {});
    static QImage renderEventsChart(const TunnelTimeline &timeline, TunnelTimeline::BucketSize bucketSize, QSize size,
                                    bool dark, const QString &tunnelKey = {});
    static QImage renderLanesChart(const TunnelTimeline &timeline, QSize size, bool dark, const QString &tunnelKey = {});
    static QImage renderReasonsChart(const TunnelTimeline &timeline, QSize size, bool dark, const QString &tunnelKey = {});
};

} // namespace LogSage
