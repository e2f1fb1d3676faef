#pragma once

#include "reportlanguage.h"
#include "reportmodel.h"

#include <QImage>

namespace LogSage {

class TunnelTimeline;
struct TunnelSummary;

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
    /// One row per tunnel: green while up, red while down (at least 3 pixels wide, so a brief
    /// outage shows), grey while unknown.
    QImage stateTimeline(const TunnelTimeline &timeline, qreal devicePixelRatio) const;

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
