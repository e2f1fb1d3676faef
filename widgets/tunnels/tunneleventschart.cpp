#include "tunneleventschart.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QTimeZone>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

qreal niceStep(int maximum)
{
    // 1, 2, 5, 10, 20, 50 ... so that about five integer ticks fit.
    const double raw = std::max(1.0, maximum / 5.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace

TunnelEventsChart::TunnelEventsChart(const TunnelTimeline &timeline, TunnelTimeline::BucketSize size,
                                     const QString &tunnelKey, const TunnelChartPalette &palette)
    : TunnelChart(palette), m_timeline(timeline), m_size(size), m_key(tunnelKey),
      m_buckets(timeline.nonEmptyBuckets(size, tunnelKey))
{
    if (m_buckets.isEmpty()) {
        setEmptyTitle(tr("No IPSec tunnel events"));
        legend()->hide();
        return;
    }

    struct Layer {
        const char *name;
        const char *objectName;
        QColor color;
        int TunnelBucket::*count;
    };
    const Layer layers[] = {
        {QT_TRANSLATE_NOOP("LogSage::TunnelEventsChart", "Established"), "establishedSeries", m_palette.established,
         &TunnelBucket::established},
        {QT_TRANSLATE_NOOP("LogSage::TunnelEventsChart", "Torn down"), "tornDownSeries", m_palette.tornDown,
         &TunnelBucket::tornDown},
        {QT_TRANSLATE_NOOP("LogSage::TunnelEventsChart", "Negotiation failed"), "failedSeries", m_palette.failed,
         &TunnelBucket::negotiationFailed},
    };

    const qint64 width = TunnelTimeline::bucketMsecs(size);
    const qint64 dataFrom = m_buckets.constFirst().fromMsecs;
    const qint64 dataTo = m_buckets.constLast().toMsecs;
    // Gaps between bars only while bars are wide enough to show them.
    const qint64 gap = (dataTo - dataFrom) / width > 240 ? 0 : width / 10;
    QList<int> below(m_buckets.size(), 0);
    int maximum = 1;
    auto *xAxis = new QDateTimeAxis;
    auto *yAxis = new QValueAxis;
    addAxis(xAxis, Qt::AlignBottom);
    addAxis(yAxis, Qt::AlignLeft);
    const QPointF startPoint(axisValue(dataFrom), 0);
    const QPointF endPoint(axisValue(dataTo), 0);
    for (const Layer &layer : layers) {
        QList<QPointF> upper{startPoint};
        QList<QPointF> lower{startPoint};
        upper.reserve(m_buckets.size() * 4 + 2);
        lower.reserve(m_buckets.size() * 4 + 2);
        for (qsizetype i = 0; i < m_buckets.size(); ++i) {
            const TunnelBucket &bucket = m_buckets.at(i);
            const int bottom = below.at(i);
            const int top = bottom + bucket.*layer.count;
            if (top == bottom)
                continue; // nothing of this layer here: its upper and lower lines meet
            const qreal left = axisValue(bucket.fromMsecs + gap);
            const qreal right = axisValue(bucket.toMsecs - gap);
            // Back on the zero line between bars, so no sliver joins neighbours.
            upper << QPointF(left, 0) << QPointF(left, top) << QPointF(right, top) << QPointF(right, 0);
            lower << QPointF(left, 0) << QPointF(left, bottom) << QPointF(right, bottom) << QPointF(right, 0);
            below[i] = top;
            maximum = std::max(maximum, top);
        }
        upper << endPoint;
        lower << endPoint;
        // One replace() per line: a single change signal and geometry update for all points.
        auto *upperSeries = new QLineSeries(this);
        auto *lowerSeries = new QLineSeries(this);
        upperSeries->replace(upper);
        lowerSeries->replace(lower);
        auto *area = new QAreaSeries(upperSeries, lowerSeries);
        area->setName(tr(layer.name));
        area->setObjectName(QLatin1StringView(layer.objectName));
        area->setColor(layer.color);
        area->setBorderColor(layer.color);
        area->setPen(Qt::NoPen);
        addSeries(area);
        area->attachAxis(xAxis);
        area->attachAxis(yAxis);
    }

    setTimeAxis(xAxis, dataFrom, dataTo);
    xAxis->setTitleText(tr("Time (as printed)"));
    styleAxis(xAxis);

    const qreal step = niceStep(maximum);
    yAxis->setRange(0, std::ceil((maximum + 0.5) / step) * step);
    yAxis->setTickType(QValueAxis::TicksDynamic);
    yAxis->setTickAnchor(0);
    yAxis->setTickInterval(step);
    yAxis->setLabelFormat(u"%d"_s);
    yAxis->setTitleText(tr("Events"));
    styleAxis(yAxis);
}

std::optional<TunnelBucket> TunnelEventsChart::bucketAt(qint64 wall) const
{
    if (m_buckets.isEmpty() || wall < m_buckets.constFirst().fromMsecs || wall >= m_buckets.constLast().toMsecs)
        return std::nullopt;
    const qint64 width = TunnelTimeline::bucketMsecs(m_size);
    const qint64 offset = wall - m_buckets.constFirst().fromMsecs; // bucket starts are whole widths apart
    const qint64 from = m_buckets.constFirst().fromMsecs + offset / width * width;
    auto it = std::lower_bound(m_buckets.cbegin(), m_buckets.cend(), from,
                               [](const TunnelBucket &bucket, qint64 msecs) { return bucket.fromMsecs < msecs; });
    if (it != m_buckets.cend() && it->fromMsecs == from)
        return *it;
    return TunnelBucket{from, from + width, 0, 0, 0};
}

std::optional<TunnelChartHit> TunnelEventsChart::hitAt(QPointF chartPosition) const
{
    if (m_buckets.isEmpty() || !plotArea().contains(chartPosition))
        return std::nullopt;
    const std::optional<TunnelBucket> found = bucketAt(wallMsecsAt(chartPosition));
    if (!found)
        return std::nullopt;
    const TunnelBucket &bucket = *found;
    TunnelChartHit hit;
    hit.fromMsecs = bucket.fromMsecs;
    hit.toMsecs = bucket.toMsecs;
    hit.hasRange = true;
    hit.tunnelKey = m_key;
    hit.line = firstLineIn(bucket.fromMsecs, bucket.toMsecs);
    const qint64 width = TunnelTimeline::bucketMsecs(m_size);
    const QString format = width >= 24 * 3600 * 1000LL ? u"yyyy-MM-dd"_s
        : width < 60 * 1000                            ? u"yyyy-MM-dd HH:mm:ss"_s
                                                       : u"yyyy-MM-dd HH:mm"_s;
    const auto when = [&format](qint64 msecs) {
        return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC).toString(format);
    };
    hit.toolTip = when(bucket.fromMsecs) + u" \u2013 "_s + when(bucket.toMsecs) + u'\n'
        + tr("Established: %1").arg(bucket.established) + u'\n' + tr("Torn down: %1").arg(bucket.tornDown) + u'\n'
        + tr("Negotiation failed: %1").arg(bucket.negotiationFailed);
    return hit;
}

qint64 TunnelEventsChart::firstLineIn(qint64 fromMsecs, qint64 toMsecs) const
{
    const auto &events = m_timeline.events();
    if (m_key.isEmpty()) {
        auto it = std::lower_bound(events.cbegin(), events.cend(), fromMsecs,
                                   [](const TunnelEvent &event, qint64 msecs) { return event.wallMsecs < msecs; });
        return it != events.cend() && it->wallMsecs < toMsecs ? it->lineNumber : -1;
    }
    const int tunnel = m_timeline.tunnelIndex(m_key);
    if (tunnel < 0)
        return -1;
    const auto &indexes = m_timeline.tunnels().at(tunnel).events;
    auto it = std::lower_bound(indexes.cbegin(), indexes.cend(), fromMsecs, [&events](qsizetype index, qint64 msecs) {
        return events.at(index).wallMsecs < msecs;
    });
    return it != indexes.cend() && events.at(*it).wallMsecs < toMsecs ? events.at(*it).lineNumber : -1;
}

} // namespace LogSage
