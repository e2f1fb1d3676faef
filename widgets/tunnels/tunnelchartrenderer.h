#pragma once

#include <tunneltimeline.h>

#include <QImage>
#include <QSize>

class QPainter;

namespace LogSage {

/// Which tunnel chart and how it is set up: what TunnelCharts shows, for drawing it again.
struct TunnelChartSpec {
    enum class Kind : quint8 { Events, Lanes, Reasons };
    Kind kind = Kind::Events;
    TunnelTimeline::BucketSize bucketSize = TunnelTimeline::BucketSize::Hour; ///< events chart
    QString tunnelKey;         ///< empty: every tunnel
    bool dark = false;
    qint64 fromMsecs = 0;      ///< time charts: the range shown (zoom); from == to: all of it
    qint64 toMsecs = 0;
    QList<int> laneOrder;      ///< lanes chart: timeline tunnel indexes, top lane first (empty: timeline order)
    int firstLane = 0;         ///< lanes chart: the top lane drawn (scrolled)
};

/// Draws the tunnel charts into images offscreen (for reports and export), light or dark.
/// Needs a QApplication, like every chart. The optional key limits a chart to one tunnel.
/// Without a bucket size the timeline's suggested one is used.
class TunnelChartRenderer
{
public:
    static QImage render(const TunnelTimeline &timeline, const TunnelChartSpec &spec, QSize size);
    /// Draws into any painter (an image, an SVG generator) at `size`, background included.
    static void paint(QPainter &painter, const TunnelTimeline &timeline, const TunnelChartSpec &spec, QSize size);

    static QImage renderEventsChart(const TunnelTimeline &timeline, QSize size, bool dark, const QString &tunnelKey = {});
    static QImage renderEventsChart(const TunnelTimeline &timeline, TunnelTimeline::BucketSize bucketSize, QSize size,
                                    bool dark, const QString &tunnelKey = {});
    static QImage renderLanesChart(const TunnelTimeline &timeline, QSize size, bool dark, const QString &tunnelKey = {});
    static QImage renderReasonsChart(const TunnelTimeline &timeline, QSize size, bool dark, const QString &tunnelKey = {});
};

} // namespace LogSage
