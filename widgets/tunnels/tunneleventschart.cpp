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

    const qint64 dataFrom = m_buckets.constFirst().fromMsecs;
    const qint64 dataTo = m_buckets.constLast().toMsecs;
    int maximum = 1;
    for (const TunnelBucket &bucket : std::as_const(m_buckets))
        maximum = std::max(maximum, bucket.total());
    auto *xAxis = new QDateTimeAxis;
    auto *yAxis = new QValueAxis;
    addAxis(xAxis, Qt::AlignBottom);
    addAxis(yAxis, Qt::AlignLeft);
    for (int i = 0; i < 3; ++i) {
        const Layer &layer = layers[i];
        m_upper[i] = new QLineSeries(this);
        m_lower[i] = new QLineSeries(this);
        auto *area = new QAreaSeries(m_upper[i], m_lower[i]);
        area->setName(tr(layer.name));
        area->setObjectName(QLatin1StringView(layer.objectName));
        area->setColor(layer.color);
        area->setBorderColor(layer.color);
        area->setPen(Qt::NoPen);
        addSeries(area);
        area->attachAxis(xAxis);
        area->attachAxis(yAxis);
    }

    setTimeAxis(xAxis, dataFrom, dataTo); // draws the bars of the range shown
    xAxis->setTitleText(tr("Time (as printed)"));
    styleAxis(xAxis);

    // The scale is the busiest bucket of all, so it does not jump while zooming.
    const qreal step = niceStep(maximum);
    yAxis->setRange(0, std::ceil((maximum + 0.5) / step) * step);
    yAxis->setTickType(QValueAxis::TicksDynamic);
    yAxis->setTickAnchor(0);
    yAxis->setTickInterval(step);
    yAxis->setLabelFormat(u"%d"_s);
    yAxis->setTitleText(tr("Events"));
    styleAxis(yAxis);
}

void TunnelEventsChart::timeRangeChanged(qint64 fromMsecs, qint64 toMsecs)
{
    if (!m_buckets.isEmpty() && m_upper[0])
        updateBars(fromMsecs, toMsecs);
}

void TunnelEventsChart::updateBars(qint64 fromMsecs, qint64 toMsecs)
{
    const qint64 width = TunnelTimeline::bucketMsecs(m_size);
    const qint64 slots = std::max<qint64>(1, (toMsecs - fromMsecs + width - 1) / width);
    // A bar stands for `run` buckets when more than maximumBars would be visible.
    const qint64 run = (slots + maximumBars - 1) / maximumBars;
    const qint64 barWidth = run * width;
    auto first = std::lower_bound(m_buckets.cbegin(), m_buckets.cend(), fromMsecs - barWidth,
                                  [](const TunnelBucket &bucket, qint64 msecs) { return bucket.fromMsecs < msecs; });
    m_bars.clear();
    m_barTotals.clear();
    m_barPeakFrom.clear();
    m_run = run;
    const auto addTo = [](TunnelBucket &total, const TunnelBucket &bucket) {
        total.established += bucket.established;
        total.tornDown += bucket.tornDown;
        total.negotiationFailed += bucket.negotiationFailed;
    };
    for (auto it = first; it != m_buckets.cend() && it->fromMsecs < toMsecs + barWidth; ++it) {
        // Runs are aligned to whole multiples of the bar width, so panning does not reshuffle them.
        const qint64 offset = it->fromMsecs - m_buckets.constFirst().fromMsecs;
        const qint64 barFrom = m_buckets.constFirst().fromMsecs + offset / barWidth * barWidth;
        if (!m_bars.isEmpty() && m_bars.constLast().fromMsecs == barFrom) {
            addTo(m_barTotals.last(), *it);
            if (it->total() > m_bars.constLast().total()) {
                m_bars.last() = *it;
                m_bars.last().fromMsecs = barFrom;
                m_bars.last().toMsecs = barFrom + barWidth;
                m_barPeakFrom.last() = it->fromMsecs;
            }
            continue;
        }
        TunnelBucket bar = *it;
        bar.fromMsecs = barFrom;
        bar.toMsecs = barFrom + barWidth;
        m_bars.append(bar);
        m_barTotals.append(bar);
        m_barPeakFrom.append(it->fromMsecs);
    }

    // Gaps between bars only while bars are wide enough to show them: a tenth of a bar is a
    // pixel or two at 80 bars, and separate bars fill many times slower than joined ones.
    const qint64 gap = run == 1 && slots <= 80 ? width / 10 : 0;
    const qint64 rangeFrom = fromMsecs - barWidth;
    const qint64 rangeTo = toMsecs + barWidth;
    const AxisValues x(rangeFrom, rangeTo);
    const QPointF start(x(rangeFrom), 0);
    const QPointF end(x(rangeTo), 0);
    int TunnelBucket::*const counts[] = {&TunnelBucket::established, &TunnelBucket::tornDown,
                                         &TunnelBucket::negotiationFailed};
    QList<int> below(m_bars.size(), 0);
    for (int layer = 0; layer < 3; ++layer) {
        QList<QPointF> upper{start};
        QList<QPointF> lower{start};
        upper.reserve(m_bars.size() * 4 + 2);
        lower.reserve(m_bars.size() * 4 + 2);
        for (qsizetype i = 0; i < m_bars.size(); ++i) {
            const TunnelBucket &bar = m_bars.at(i);
            const int bottom = below.at(i);
            const int top = bottom + bar.*counts[layer];
            below[i] = top;
            // Neighbouring bars share their edge: one step line.
            const bool joinsPrevious = gap == 0 && i > 0 && m_bars.at(i - 1).toMsecs == bar.fromMsecs;
            const bool joinsNext = gap == 0 && i + 1 < m_bars.size() && m_bars.at(i + 1).fromMsecs == bar.toMsecs;
            const qreal left = x(bar.fromMsecs + gap);
            const qreal right = x(bar.toMsecs - gap);
            // Between separate bars both lines run from one bar's bottom to the next one's
            // (the area there has no height), rather than down to zero and up again: shared
            // vertical edges by the thousand make the fill very slow.
            if (!joinsPrevious)
                upper << QPointF(left, bottom);
            upper << QPointF(left, top) << QPointF(right, top);
            lower << QPointF(left, bottom) << QPointF(right, bottom);
            if (!joinsNext)
                upper << QPointF(right, bottom);
        }
        upper << end;
        lower << end;
        // One replace() per line: a single change signal and geometry update for all points.
        m_upper[layer]->replace(upper);
        m_lower[layer]->replace(lower);
    }
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
    const qint64 wall = wallMsecsAt(chartPosition);
    const qint64 width = TunnelTimeline::bucketMsecs(m_size);
    const QString format = width >= 24 * 3600 * 1000LL ? u"yyyy-MM-dd"_s
        : width < 60 * 1000                            ? u"yyyy-MM-dd HH:mm:ss"_s
                                                       : u"yyyy-MM-dd HH:mm"_s;
    const auto when = [&format](qint64 msecs) {
        return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC).toString(format);
    };
    const auto counts = [](const TunnelBucket &bucket) {
        return tr("Established: %1").arg(bucket.established) + u'\n' + tr("Torn down: %1").arg(bucket.tornDown) + u'\n'
            + tr("Negotiation failed: %1").arg(bucket.negotiationFailed);
    };
    TunnelChartHit hit;
    hit.hasRange = true;
    hit.tunnelKey = m_key;

    // A wide bar (a run of buckets, zoomed out) is hit as drawn: over its whole width.
    if (m_run > 1) {
        auto bar = std::upper_bound(m_bars.cbegin(), m_bars.cend(), wall,
                                    [](qint64 msecs, const TunnelBucket &b) { return msecs < b.toMsecs; });
        if (bar != m_bars.cend() && bar->fromMsecs <= wall) {
            const qsizetype i = bar - m_bars.cbegin();
            const TunnelBucket &total = m_barTotals.at(i);
            hit.fromMsecs = bar->fromMsecs;
            hit.toMsecs = bar->toMsecs;
            hit.line = firstLineIn(bar->fromMsecs, bar->toMsecs);
            hit.toolTip = when(bar->fromMsecs) + u" \u2013 "_s + when(bar->toMsecs) + u'\n'
                + tr("%n bucket(s) of %1 per bar", nullptr, int(m_run)).arg(formatTunnelDuration(width)) + u"\n\n"_s
                + tr("Total: %n event(s)", nullptr, total.total()) + u'\n' + counts(total) + u"\n\n"_s
                + tr("Busiest bucket, %1:").arg(when(m_barPeakFrom.at(i))) + u'\n' + counts(*bar);
            return hit;
        }
    }
    const std::optional<TunnelBucket> found = bucketAt(wall);
    if (!found)
        return std::nullopt;
    const TunnelBucket &bucket = *found;
    hit.fromMsecs = bucket.fromMsecs;
    hit.toMsecs = bucket.toMsecs;
    hit.line = firstLineIn(bucket.fromMsecs, bucket.toMsecs);
    hit.toolTip = when(bucket.fromMsecs) + u" \u2013 "_s + when(bucket.toMsecs) + u'\n' + counts(bucket);
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
