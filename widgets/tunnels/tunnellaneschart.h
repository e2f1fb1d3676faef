#pragma once

#include "tunnelchart.h"

#include <tunneltimeline.h>

#include <QCoreApplication>

namespace LogSage {

/// One lane per tunnel (or only the focused one) showing its up, down, failing (hatched) and
/// unknown (grey) periods over its hosts' span, failed negotiations as ticks. Lane i (from the
/// top) has the series "upLane<i>", "downLane<i>", "failingLane<i>", "unknownLane<i>" and
/// "failureTicks<i>".
class TunnelLanesChart : public TunnelChart
{
    Q_DECLARE_TR_FUNCTIONS(LogSage::TunnelLanesChart)

public:
    static constexpr int maximumLanes = 40;

    TunnelLanesChart(const TunnelTimeline &timeline, const QString &tunnelKey, const TunnelChartPalette &palette);

    std::optional<TunnelChartHit> hitAt(QPointF chartPosition) const override;
    bool hasTimeAxis() const override { return true; }

    /// The timeline index of the tunnel in each lane, top lane first.
    const QList<int> &laneTunnels() const { return m_lanes; }
    /// The chart position of the middle of lane `lane` at a wall-clock time.
    QPointF lanePosition(int lane, qint64 wallMsecs) const;

private:
    qreal laneY(int lane) const { return qreal(m_lanes.size() - 1 - lane); }

    TunnelTimeline m_timeline;
    QList<int> m_lanes;
    qint64 m_from = 0;
    qint64 m_to = 0;
};

} // namespace LogSage
