#pragma once

#include "tunnelchart.h"

#include <tunneltimeline.h>

#include <QCoreApplication>

namespace LogSage {

/// Established / torn down / negotiation failed events per time bucket, drawn as stacked bars
/// on a date-time axis. Its series are named "establishedSeries", "tornDownSeries" and
/// "failedSeries", stacked in that order. Each is an area between two step lines that rest on
/// zero: a bar is four points (bottom-left, top-left, top-right, bottom-right) and only buckets
/// with events have points, so 10,000 buckets or one-second buckets over months stay cheap.
class TunnelEventsChart : public TunnelChart
{
    Q_DECLARE_TR_FUNCTIONS(LogSage::TunnelEventsChart)

public:
    TunnelEventsChart(const TunnelTimeline &timeline, TunnelTimeline::BucketSize size, const QString &tunnelKey,
                      const TunnelChartPalette &palette);

    std::optional<TunnelChartHit> hitAt(QPointF chartPosition) const override;
    bool hasTimeAxis() const override { return true; }

    /// The buckets that hold events (of the focused tunnel), in time order.
    const QList<TunnelBucket> &buckets() const { return m_buckets; }
    /// The bucket (possibly empty) that holds a wall-clock time, nullopt outside the data.
    std::optional<TunnelBucket> bucketAt(qint64 wallMsecs) const;

private:
    qint64 firstLineIn(qint64 fromMsecs, qint64 toMsecs) const;

    TunnelTimeline m_timeline;
    TunnelTimeline::BucketSize m_size;
    QString m_key;
    QList<TunnelBucket> m_buckets;
};

} // namespace LogSage
