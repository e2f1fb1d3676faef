#pragma once

#include "tunnelchart.h"

#include <tunneltimeline.h>

#include <QCoreApplication>

namespace LogSage {

/// Established / torn down / negotiation failed events per time bucket, drawn as stacked bars
/// on a date-time axis. Its series are named "establishedSeries", "tornDownSeries" and
/// "failedSeries"; each bucket is four points of the series' upper line (bottom-left,
/// top-left, top-right, bottom-right), stacked in that order.
class TunnelEventsChart : public TunnelChart
{
    Q_DECLARE_TR_FUNCTIONS(LogSage::TunnelEventsChart)

public:
    TunnelEventsChart(const TunnelTimeline &timeline, TunnelTimeline::BucketSize size, const QString &tunnelKey,
                      const TunnelChartPalette &palette);

    std::optional<TunnelChartHit> hitAt(QPointF chartPosition) const override;
    bool hasTimeAxis() const override { return true; }

    const QList<TunnelBucket> &buckets() const { return m_buckets; }

private:
    qint64 firstLineIn(qint64 fromMsecs, qint64 toMsecs) const;

    TunnelTimeline m_timeline;
    TunnelTimeline::BucketSize m_size;
    QString m_key;
    QList<TunnelBucket> m_buckets;
};

} // namespace LogSage
