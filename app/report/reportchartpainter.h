#pragma once

#include "reportlanguage.h"
#include "reportmodel.h"

#include "tunneltimeline.h"

#include <QImage>
#include <QRectF>

namespace LogSage {

/// Draws the report's tunnel charts offscreen with QPainter (works on a worker thread and in
/// the CLI): events per time bucket as stacked bars, and each tunnel's up/down state over time.
/// Titles and legends are in the report's language.
class ReportChartPainter
{
#ifdef Q_MOC_RUN
    // Read by lupdate only: the compiler gets the tr() below, which asks the report's language.
    Q_DECLARE_TR_FUNCTIONS(LogSage::ReportChartPainter)
#endif
public:
    explicit ReportChartPainter(Language language);

    /// Both charts for a timeline; empty when it has no event.
    QList<ReportChart> tunnelCharts(const TunnelTimeline &timeline, qreal devicePixelRatio = 2.0) const;

    /// Stacked bars of established / torn down / negotiation failed per bucket.
    QImage eventsPerBucket(const TunnelTimeline &timeline, qreal devicePixelRatio) const;
    /// One row per tunnel, worst first (rowOrder()), over the hosts' log span as the Tunnels dock
    /// shows it: green while up, red while down, hatched red while failing to come up (outages
    /// at least 3 pixels wide, so a brief one shows), grey while unknown.
    QImage stateTimeline(const TunnelTimeline &timeline, qreal devicePixelRatio) const;

    /// A run of one state in a state timeline row, in device-independent pixels.
    struct RowBlock {
        TunnelInterval::State state = TunnelInterval::State::Up;
        qreal left = 0;
        qreal right = 0;
    };
    /// The blocks a tunnel's row draws when [from, to] spans `width` pixels from `left`: up
    /// blocks first, then down, then failing; outages widened to 3 pixels; blocks of one state
    /// less than a pixel apart merged (a tunnel that flapped a million times draws a few).
    static QList<RowBlock> rowBlocks(const TunnelSummary &tunnel, qint64 from, qint64 to, qreal left, qreal width);
    /// Tunnel indexes in the order the state timeline lists them: never up first, then down at
    /// the end of the log, then the rest; within each, the longest downtime first.
    static QList<int> rowOrder(const TunnelTimeline &timeline);
    /// The state timeline's plot area for `rows` rows, in device-independent pixels.
    static QRectF stateTimelinePlot(qsizetype rows);
    /// At most this many rows; the others are counted below the chart.
    static constexpr qsizetype maxTimelineRows = 24;

    /// The round step (1, 2 or 5 x 10^n) at or above `rough`, for a count axis.
    static double niceStep(double rough);
    /// Round times in [from, to] (msecs, UTC) for a time axis, at most `maxTicks`: whole
    /// minutes, hours or days, a step from 1 min to 28 days, aligned to it.
    static QList<qint64> timeTicks(qint64 from, qint64 to, int maxTicks = 8);
    /// A tunnel's row label: device, policy/seq as the tunnel table shows it, peer.
    static QString rowLabel(const TunnelSummary &tunnel);

private:
    QString tr(const char *source, const char *disambiguation = nullptr, int n = -1) const;

    ReportLanguage m_words;
};

} // namespace LogSage
