#pragma once

#include "reportmodel.h"

#include <QCoreApplication>
#include <QImage>

namespace LogSage {

class TunnelTimeline;

/// Draws the report's tunnel charts offscreen with QPainter (works on a worker thread and in
/// the CLI): events per time bucket as stacked bars, and each tunnel's up/down state over time.
class ReportChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(LogSage::ReportChartPainter)
public:
    /// Both charts for a timeline; empty when it has no event.
    static QList<ReportChart> tunnelCharts(const TunnelTimeline &timeline, qreal devicePixelRatio = 2.0);

    /// Stacked bars of established / torn down / negotiation failed per bucket.
    static QImage eventsPerBucket(const TunnelTimeline &timeline, qreal devicePixelRatio);
    /// One row per tunnel: green while up, red while down, grey while unknown.
    static QImage stateTimeline(const TunnelTimeline &timeline, qreal devicePixelRatio);
};

} // namespace LogSage
