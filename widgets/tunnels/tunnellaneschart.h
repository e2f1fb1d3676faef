#pragma once

#include "tunnelchart.h"
#include "tunnellaneruns.h"

#include <tunneltimeline.h>

#include <QCoreApplication>
#include <QFont>

class QGraphicsSimpleTextItem;
class QScatterSeries;
class QValueAxis;

namespace LogSage {

class TunnelLaneBlocksItem;

/// One lane per tunnel (or only the focused one) showing its up, down, failing (hatched) and
/// unknown (grey) periods over its hosts' span, failed negotiations as ticks, and the tunnel's
/// name above its bar. Lanes follow a given order (the tunnels table's) and every tunnel has
/// one: as many lanes as fit the height are drawn, from firstVisibleLane() on.
///
/// Only what is visible is drawn, at the scale shown: outages at least
/// TunnelLaneRuns::minimumOutagePixels wide, periods closer than a pixel merged (recomputed
/// when the size, the time range or the lanes shown change). The blocks are plain rectangles
/// painted by one item over the plot (an area series of thousands of blocks takes a tenth of
/// a second to fill); the series "unknownLanes", "upLanes", "downLanes" and "failingLanes"
/// stay empty and give the legend its entries. Failed negotiations are the "failureTicks" series.
class TunnelLanesChart : public TunnelChart
{
    Q_DECLARE_TR_FUNCTIONS(LogSage::TunnelLanesChart)

public:
    /// `order` lists timeline tunnel indexes, top lane first; tunnels it leaves out follow in
    /// timeline order. A `tunnelKey` shows that tunnel alone.
    TunnelLanesChart(const TunnelTimeline &timeline, const QString &tunnelKey, const TunnelChartPalette &palette,
                     const QList<int> &order = {});

    std::optional<TunnelChartHit> hitAt(QPointF chartPosition) const override;
    bool hasTimeAxis() const override { return true; }

    /// The timeline index of the tunnel in each lane, top lane first (all lanes, shown or not).
    const QList<int> &laneTunnels() const { return m_lanes; }
    /// The lanes drawn now: firstVisibleLane() and the visibleLaneCount() - 1 after it.
    int firstVisibleLane() const { return m_first; }
    int visibleLaneCount() const;
    /// How many lanes fit the plot's height (at least one).
    int lanesPerPage() const { return m_perPage; }
    /// Scrolls so that `lane` is the top lane drawn (clamped so that the last page is full).
    void setFirstVisibleLane(int lane);
    /// The largest value setFirstVisibleLane() keeps.
    int maximumFirstLane() const;

    /// The chart position of the middle of lane `lane`'s bar at a wall-clock time (lane shown).
    QPointF lanePosition(int lane, qint64 wallMsecs) const;
    /// The blocks drawn for a lane now; empty for a lane not shown.
    QList<TunnelLaneRuns::Block> drawnBlocks(int lane) const;
    /// The label drawn for a lane (elided to the room it has); empty for a lane not shown.
    QString laneLabel(int lane) const;
    /// True when the plot is too low for names above the bars: names stand in a gutter on
    /// the left in smaller text, lanes are about 15 pixels high, and the legend gives its
    /// room to them (the tooltip says what the colours mean).
    bool hasNameGutter() const { return m_gutter; }
    /// The pixel height of one lane and of its bar now.
    qreal laneHeight() const { return m_laneHeight; }
    qreal barHeight() const { return m_barHeight; }

protected:
    void timeRangeChanged(qint64 fromMsecs, qint64 toMsecs) override;

private:
    void updateLanes();
    std::optional<TunnelChartHit> laneHitAt(QPointF chartPosition) const;
    double msecsPerPixel() const;
    /// Value-axis y of lane slot `slot` (0: top slot): its bar's bottom and top.
    qreal barBottom(int slot) const;
    /// Pixels from a lane's top to its label.
    qreal labelPad() const;
    qreal barTop(int slot) const;
    /// Pixels from the plot's top to the bar of lane slot `slot`.
    qreal barOffset(int slot) const;

    TunnelTimeline m_timeline;
    QList<int> m_lanes;
    qint64 m_from = 0;
    qint64 m_to = 0;
    qint64 m_shownFrom = 0;
    qint64 m_shownTo = 0;
    int m_first = 0;
    int m_perPage = 1;
    qreal m_laneHeight = 0;   ///< pixels
    qreal m_labelHeight = 0;  ///< pixels
    qreal m_barHeight = 0;    ///< pixels
    QRectF m_plot;            ///< the plot area the lanes were laid out for
    bool m_gutter = false;    ///< names in a gutter left of the plot
    int m_gutterWidth = 0;    ///< pixels
    qreal m_gutterTextWidth = 0; ///< the widest name in the gutter's font
    QFont m_gutterFont;
    QValueAxis *m_yAxis = nullptr;
    TunnelLaneBlocksItem *m_blocks = nullptr;
    QScatterSeries *m_ticks = nullptr;
    QList<QGraphicsSimpleTextItem *> m_labels;
    QList<QList<TunnelLaneRuns::Block>> m_drawn; ///< per visible lane
};

} // namespace LogSage
