#pragma once

#include "tunnelchart.h"

#include <tunneltimeline.h>

#include <QCoreApplication>

class QLineSeries;

namespace LogSage {

/// Established / torn down / negotiation failed events per time bucket, drawn as stacked bars
/// on a date-time axis. Its series are named "establishedSeries", "tornDownSeries" and
/// "failedSeries", stacked in that order. Each is an area between two step lines that rest on
/// zero: a bar is four points (bottom-left, top-left, top-right, bottom-right).
///
/// Only the visible range is drawn, with at most maximumBars bars: when more buckets are
/// visible, each bar stands for a run of them and shows the busiest one (peaks stay visible,
/// the height keeps its unit). Zooming in draws every bucket again. Empty buckets have no
/// points, so one-second buckets over months stay cheap.
class TunnelEventsChart : public TunnelChart
{
    Q_DECLARE_TR_FUNCTIONS(LogSage::TunnelEventsChart)

public:
    TunnelEventsChart(const TunnelTimeline &timeline, TunnelTimeline::BucketSize size, const QString &tunnelKey,
                      const TunnelChartPalette &palette);

    /// A drawn bar under the point (its whole range; the tooltip gives the range, its busiest
    /// bucket and the total), else the bucket there.
    std::optional<TunnelChartHit> hitAt(QPointF chartPosition) const override;
    bool hasTimeAxis() const override { return true; }

    /// The buckets that hold events (of the focused tunnel), in time order.
    const QList<TunnelBucket> &buckets() const { return m_buckets; }
    /// The bucket (possibly empty) that holds a wall-clock time, nullopt outside the data.
    std::optional<TunnelBucket> bucketAt(qint64 wallMsecs) const;

    static constexpr int maximumBars = 600;
    /// The bars drawn for the current range: one per bucket, or one per run of buckets
    /// (fromMsecs..toMsecs of the run, counts of its busiest bucket).
    const QList<TunnelBucket> &bars() const { return m_bars; }
    /// Per bar of bars(): the counts of all its buckets together.
    const QList<TunnelBucket> &barTotals() const { return m_barTotals; }

protected:
    void timeRangeChanged(qint64 fromMsecs, qint64 toMsecs) override;

private:
    qint64 firstLineIn(qint64 fromMsecs, qint64 toMsecs) const;
    void updateBars(qint64 fromMsecs, qint64 toMsecs);

    TunnelTimeline m_timeline;
    TunnelTimeline::BucketSize m_size;
    QString m_key;
    QList<TunnelBucket> m_buckets;
    QList<TunnelBucket> m_bars;
    QList<TunnelBucket> m_barTotals;
    QList<qint64> m_barPeakFrom; ///< per bar, the start of its busiest bucket
    qint64 m_run = 1;            ///< buckets per bar
    QLineSeries *m_upper[3] = {};
    QLineSeries *m_lower[3] = {};
};

} // namespace LogSage
