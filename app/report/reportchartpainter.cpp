#include "reportchartpainter.h"

#include "reportlayout.h"
#include "reportstyle.h"
#include "tunnelchartpalette.h"
#include "tunneltimeline.h"

#include <QDateTime>
#include <QPainter>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numeric>
#include <tuple>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

constexpr int chartWidth = 760;
constexpr qreal minimumOutageWidth = 3; ///< pixels (device-independent)
constexpr int timelineRowHeight = 22;
constexpr int timelineTop = 56;
constexpr qreal timelineLabelWidth = 230;

QImage canvas(int width, int height, qreal dpr)
{
    QImage image(qRound(width * dpr), qRound(height * dpr), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    return image;
}

QFont chartFont(qreal pixelSize, bool bold = false)
{
    QFont font = ReportStyle::reportFont(-1, bold);
    font.setPixelSize(qRound(pixelSize));
    return font;
}

// A tick's label: the date alone for ticks a day or more apart, the time alone within one day.
QString axisTime(qint64 msecs, qint64 step, qint64 span)
{
    constexpr qint64 day = 24 * 3600 * 1000LL;
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
    if (step >= day)
        return t.toString(u"MM-dd"_s);
    return t.toString(span > day ? u"MM-dd HH:mm"_s : u"HH:mm"_s);
}

// Time labels below a horizontal axis from x0 to x1 for [from, to], at round times.
void drawTimeAxis(QPainter &p, qreal x0, qreal x1, qreal y, qint64 from, qint64 to)
{
    p.setPen(QColor(0x88, 0x88, 0x88));
    p.drawLine(QPointF(x0, y), QPointF(x1, y));
    p.setFont(chartFont(10));
    const QList<qint64> ticks = ReportChartPainter::timeTicks(from, to);
    const qint64 step = ticks.size() > 1 ? ticks.at(1) - ticks.at(0) : std::max<qint64>(to - from, 1);
    const double span = double(std::max<qint64>(to - from, 1));
    qreal lastRight = -1e9;
    for (qint64 t : ticks) {
        const qreal x = x0 + (x1 - x0) * double(t - from) / span;
        p.drawLine(QPointF(x, y), QPointF(x, y + 4));
        const QString label = axisTime(t, step, to - from);
        const qreal w = p.fontMetrics().horizontalAdvance(label);
        const qreal left = std::clamp(x - w / 2, x0 - 30, x1 - w);
        if (left < lastRight + 6)
            continue; // labels never overlap; the tick stays
        p.drawText(QPointF(left, y + 16), label);
        lastRight = left + w;
    }
}

void drawLegend(QPainter &p, qreal x, qreal y, const QList<std::pair<QBrush, QString>> &items)
{
    p.setFont(chartFont(11));
    for (const auto &[brush, label] : items) {
        if (brush.style() != Qt::SolidPattern)
            p.fillRect(QRectF(x, y - 9, 10, 10), Qt::white);
        p.fillRect(QRectF(x, y - 9, 10, 10), brush);
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QPointF(x + 14, y), label);
        x += 22 + p.fontMetrics().horizontalAdvance(label);
    }
}

} // namespace

QString ReportChartPainter::rowLabel(const TunnelSummary &tunnel)
{
    QString label = tunnel.host + u' ' + ReportLayout::policyLabel(tunnel);
    if (!tunnel.peer.isEmpty())
        label += u" \u2192 "_s + tunnel.peer;
    return label;
}

double ReportChartPainter::niceStep(double rough)
{
    if (!(rough > 0))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double m : {1.0, 2.0, 5.0})
        if (m * magnitude >= rough * (1 - 1e-9))
            return m * magnitude;
    return 10 * magnitude;
}

QList<qint64> ReportChartPainter::timeTicks(qint64 from, qint64 to, int maxTicks)
{
    constexpr qint64 minute = 60 * 1000LL;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    static constexpr qint64 steps[] = {minute, 2 * minute, 5 * minute, 10 * minute, 15 * minute, 30 * minute,
                                       hour, 2 * hour, 3 * hour, 6 * hour, 12 * hour,
                                       day, 2 * day, 7 * day, 14 * day, 28 * day};
    const qint64 span = std::max<qint64>(to - from, 1);
    qint64 step = steps[std::size(steps) - 1];
    for (const qint64 candidate : steps) {
        if (span / candidate < maxTicks) {
            step = candidate;
            break;
        }
    }
    while (span / step >= maxTicks) // longer than the steps above: whole multiples of the last
        step *= 2;
    QList<qint64> ticks;
    const qint64 first = from >= 0 ? (from + step - 1) / step * step : from / step * step;
    for (qint64 t = first; t <= to; t += step)
        ticks.append(t);
    return ticks;
}

ReportChartPainter::ReportChartPainter(Language language)
    : m_words(language)
{
}

QString ReportChartPainter::tr(const char *source, const char *disambiguation, int n) const
{
    return m_words.translate("LogSage::ReportChartPainter", source, disambiguation, n);
}

QList<ReportChart> ReportChartPainter::tunnelCharts(const TunnelTimeline &timeline, qreal devicePixelRatio) const
{
    if (timeline.isEmpty())
        return {};
    return {{tr("Tunnel events over time"), eventsPerBucket(timeline, devicePixelRatio)},
            {tr("Tunnel state over time"), stateTimeline(timeline, devicePixelRatio)}};
}

QImage ReportChartPainter::eventsPerBucket(const TunnelTimeline &timeline, qreal dpr) const
{
    const int height = 260;
    QImage image = canvas(chartWidth, height, dpr);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const TunnelTimeline::BucketSize size = timeline.suggestedBucketSize();
    const QList<TunnelBucket> buckets = timeline.buckets(size);
    const QString unit = size == TunnelTimeline::BucketSize::Minute ? tr("per minute")
                       : size == TunnelTimeline::BucketSize::Hour ? tr("per hour") : tr("per day");
    p.setFont(chartFont(13, true));
    p.setPen(QColor(0x22, 0x22, 0x22));
    p.drawText(QPointF(12, 20), tr("Tunnel events %1").arg(unit));
    drawLegend(p, 12, 40, {{QBrush(ReportStyle::established()), tr("established")},
                           {QBrush(ReportStyle::tornDown()), tr("torn down")},
                           {QBrush(ReportStyle::negotiationFailed()), tr("negotiation failed")}});

    const QRectF plot(44, 56, chartWidth - 60, height - 56 - 34);
    int busiest = 1;
    for (const TunnelBucket &b : buckets)
        busiest = std::max(busiest, b.total());
    // Gridlines at round counts (1, 2, 5 x 10^n apart, at most about five); the top is the
    // first gridline at or above the busiest bucket.
    const int step = std::max(1, int(niceStep(busiest / 4.0)));
    const int lines = (busiest + step - 1) / step;
    const int maximum = lines * step;
    p.setFont(chartFont(10));
    for (int i = 0; i <= lines; ++i) {
        const qreal y = plot.bottom() - plot.height() * i / lines;
        p.setPen(QColor(0xe3, 0xe7, 0xec));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(QColor(0x66, 0x66, 0x66));
        p.drawText(QRectF(0, y - 8, plot.left() - 6, 16), Qt::AlignRight | Qt::AlignVCenter, QString::number(i * step));
    }
    const qreal slot = buckets.isEmpty() ? 0 : plot.width() / buckets.size();
    const qreal bar = std::max(1.0, slot * 0.8);
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const TunnelBucket &b = buckets.at(i);
        qreal y = plot.bottom();
        const qreal x = plot.left() + i * slot + (slot - bar) / 2;
        const std::pair<int, QColor> parts[] = {{b.established, ReportStyle::established()},
                                                {b.tornDown, ReportStyle::tornDown()},
                                                {b.negotiationFailed, ReportStyle::negotiationFailed()}};
        for (const auto &[count, color] : parts) {
            const qreal h = plot.height() * count / maximum;
            p.fillRect(QRectF(x, y - h, bar, h), color);
            y -= h;
        }
    }
    if (!buckets.isEmpty())
        drawTimeAxis(p, plot.left(), plot.right(), plot.bottom(), buckets.first().fromMsecs, buckets.last().toMsecs);
    return image;
}

QRectF ReportChartPainter::stateTimelinePlot(qsizetype rows)
{
    return QRectF(timelineLabelWidth, timelineTop, chartWidth - timelineLabelWidth - 14, qreal(rows) * timelineRowHeight);
}

QList<int> ReportChartPainter::rowOrder(const TunnelTimeline &timeline)
{
    const QList<TunnelSummary> &tunnels = timeline.tunnels();
    const auto rank = [](const TunnelSummary &t) {
        return t.neverUp() ? 0 : (t.lastState == TunnelSummary::State::Down ? 1 : 2);
    };
    QList<int> order(tunnels.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const TunnelSummary &x = tunnels.at(a);
        const TunnelSummary &y = tunnels.at(b);
        return std::tuple(rank(x), -x.downMsecs, -x.failingMsecs) < std::tuple(rank(y), -y.downMsecs, -y.failingMsecs);
    });
    return order;
}

QList<ReportChartPainter::RowBlock> ReportChartPainter::rowBlocks(const TunnelSummary &tunnel, qint64 from, qint64 to,
                                                                  qreal left, qreal width)
{
    using State = TunnelInterval::State;
    const qint64 span = std::max<qint64>(to - from, 1);
    const qreal right = left + width;
    auto xOf = [&](qint64 t) { return left + width * double(std::clamp(t, from, to) - from) / double(span); };
    QList<RowBlock> result;
    for (const State state : {State::Up, State::Down, State::Failing}) {
        const qsizetype first = result.size();
        for (const TunnelInterval &interval : tunnel.intervals) {
            if (interval.state != state || interval.toMsecs < from || interval.fromMsecs > to)
                continue;
            // A few seconds down in a day of log would be thinner than a pixel: outages are
            // widened, and pulled back inside the plot at its right end.
            qreal x0 = xOf(interval.fromMsecs);
            qreal x1 = std::max(x0 + (state == State::Up ? 1.0 : minimumOutageWidth), xOf(interval.toMsecs));
            if (x1 > right) {
                x0 = std::max(left, x0 - (x1 - right));
                x1 = right;
            }
            // Intervals come in time order: a block closer than a pixel to the last one joins it.
            if (result.size() > first && x0 <= result.constLast().right + 1) {
                result.last().right = std::max(result.constLast().right, x1);
                continue;
            }
            result.append({state, x0, x1});
        }
    }
    return result;
}

QImage ReportChartPainter::stateTimeline(const TunnelTimeline &timeline, qreal dpr) const
{
    const QList<TunnelSummary> &tunnels = timeline.tunnels();
    const QList<int> order = rowOrder(timeline);
    const qsizetype rows = std::min<qsizetype>(tunnels.size(), maxTimelineRows);
    const int height = timelineTop + int(rows) * timelineRowHeight + 40;
    QImage image = canvas(chartWidth, height, dpr);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(chartFont(13, true));
    p.setPen(QColor(0x22, 0x22, 0x22));
    p.drawText(QPointF(12, 20), tr("Tunnel state over time"));
    // The same colours and hatching as the Tunnels dock's lanes.
    const TunnelChartPalette colours = TunnelChartPalette::light();
    const QBrush failing(colours.down, Qt::BDiagPattern);
    QList<std::pair<QBrush, QString>> legend{
        {QBrush(colours.up), tr("up")}, {QBrush(colours.down), tr("down")}, {QBrush(colours.unknown), tr("unknown")}};
    const bool anyFailing = std::any_of(tunnels.cbegin(), tunnels.cend(), [](const TunnelSummary &t) {
        return !t.intervals.isEmpty() && t.intervals.constFirst().state == TunnelInterval::State::Failing;
    });
    if (anyFailing)
        legend.append({failing, tr("never up yet, negotiation failing")});
    drawLegend(p, 12, 40, legend);

    const QRectF plot = stateTimelinePlot(rows);
    // Rows span the hosts' lines, as the dock's lanes do: a period open at the end runs to its
    // host's last line, after the last tunnel event.
    const qint64 from = timeline.observedStartMsecs();
    const qint64 to = std::max(timeline.observedEndMsecs(), from + 1);
    p.setFont(chartFont(10));
    for (qsizetype r = 0; r < rows; ++r) {
        const TunnelSummary &t = tunnels.at(order.at(r));
        const qreal y = plot.top() + qreal(r) * timelineRowHeight;
        if (r % 2 == 1)
            p.fillRect(QRectF(0, y, chartWidth, timelineRowHeight), ReportStyle::zebra());
        p.setPen(QColor(0x33, 0x33, 0x33));
        const QString label = p.fontMetrics().elidedText(rowLabel(t), Qt::ElideMiddle, int(timelineLabelWidth - 16));
        p.drawText(QRectF(8, y, timelineLabelWidth - 12, timelineRowHeight), Qt::AlignLeft | Qt::AlignVCenter, label);
        const qreal barTop = y + 5;
        const qreal barHeight = timelineRowHeight - 10;
        p.fillRect(QRectF(plot.left(), barTop, plot.width(), barHeight), colours.unknown);
        for (const RowBlock &block : rowBlocks(t, from, to, plot.left(), plot.width())) {
            const QRectF rect(block.left, barTop, block.right - block.left, barHeight);
            switch (block.state) {
            case TunnelInterval::State::Up:
                p.fillRect(rect, colours.up);
                break;
            case TunnelInterval::State::Down:
                p.fillRect(rect, colours.down);
                break;
            case TunnelInterval::State::Failing:
                p.fillRect(rect, Qt::white);
                p.fillRect(rect, failing);
                break;
            }
        }
    }
    if (tunnels.size() > rows) {
        p.setPen(QColor(0x66, 0x66, 0x66));
        p.drawText(QPointF(8, plot.bottom() + 34), tr("More tunnels in the table: %1").arg(tunnels.size() - rows));
    }
    drawTimeAxis(p, plot.left(), plot.right(), plot.bottom() + 2, from, to);
    return image;
}

} // namespace LogSage
