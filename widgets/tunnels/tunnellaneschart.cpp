#include "tunnellaneschart.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSet>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

constexpr qreal preferredBarHeight = 16;
constexpr qreal maximumBarHeight = 26;
constexpr qreal labelGap = 3; ///< between a lane's label and its bar
constexpr qreal compactLaneHeight = 15;
constexpr qreal compactBarHeight = 10;
constexpr qreal gutterShare = 0.3; ///< at most this share of the chart's width for the names' gutter
constexpr int marginSize = 6;     ///< TunnelChart's margins

} // namespace

/// The lanes' blocks: rectangles in chart coordinates, one brush per state, clipped to the plot.
class TunnelLaneBlocksItem : public QGraphicsItem
{
public:
    explicit TunnelLaneBlocksItem(QGraphicsItem *parent) : QGraphicsItem(parent) {}

    void setBlocks(const QRectF &clip, std::array<QList<QRectF>, 4> rects, QList<std::pair<QRectF, QColor>> shaded)
    {
        prepareGeometryChange();
        m_clip = clip;
        m_rects = std::move(rects);
        m_shaded = std::move(shaded);
        update();
    }
    void setBrushes(std::array<QBrush, 4> brushes) { m_brushes = std::move(brushes); }

    QRectF boundingRect() const override { return m_clip; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->save();
        painter->setClipRect(m_clip);
        // Blocks meet at whole pixels: no antialiased seams, solid colours at any width.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(Qt::NoPen);
        for (std::size_t state = 0; state < m_rects.size(); ++state) {
            painter->setBrush(m_brushes.at(state));
            painter->drawRects(m_rects.at(state));
        }
        for (const auto &[rect, colour] : m_shaded)
            painter->fillRect(rect, colour);
        painter->restore();
    }

private:
    QRectF m_clip;
    std::array<QList<QRectF>, 4> m_rects;
    std::array<QBrush, 4> m_brushes;
    QList<std::pair<QRectF, QColor>> m_shaded; ///< flapping columns, each its own shade
};

namespace {

// Between up and down by the share of time down; a little down shows as a clear tint.
QColor flappingShade(const TunnelChartPalette &palette, float downShare)
{
    const float t = 0.2f + 0.8f * downShare;
    const QColor up = palette.up;
    const QColor down = palette.down;
    return QColor::fromRgbF(up.redF() + (down.redF() - up.redF()) * t, up.greenF() + (down.greenF() - up.greenF()) * t,
                            up.blueF() + (down.blueF() - up.blueF()) * t);
}

} // namespace

TunnelLanesChart::TunnelLanesChart(const TunnelTimeline &timeline, const QString &tunnelKey,
                                   const TunnelChartPalette &palette, const QList<int> &order)
    : TunnelChart(palette), m_timeline(timeline)
{
    const int tunnelCount = int(timeline.tunnels().size());
    if (!tunnelKey.isEmpty()) {
        if (const int index = timeline.tunnelIndex(tunnelKey); index >= 0)
            m_lanes.append(index);
    } else {
        // The order given (indexes of this timeline, each once), then any tunnel it leaves out.
        QList<bool> placed(tunnelCount, false);
        for (int index : order) {
            if (index >= 0 && index < tunnelCount && !placed.at(index)) {
                placed[index] = true;
                m_lanes.append(index);
            }
        }
        for (int index = 0; index < tunnelCount; ++index) {
            if (!placed.at(index))
                m_lanes.append(index);
        }
    }
    if (m_lanes.isEmpty()) {
        legend()->hide();
        setEmptyTitle(tr("No IPSec tunnels"));
        return;
    }

    // Lanes cover the hosts' lines, not only the tunnel events; at least a minute.
    m_from = timeline.observedStartMsecs();
    m_to = std::max(timeline.observedEndMsecs(), m_from + 60 * 1000);

    auto *xAxis = new QDateTimeAxis;
    m_yAxis = new QValueAxis;
    addAxis(xAxis, Qt::AlignBottom);
    addAxis(m_yAxis, Qt::AlignLeft);
    // Names stand above the bars, so the plot keeps the whole width (a narrow dock).
    m_yAxis->setVisible(false);

    const struct {
        QBrush brush;
        QString name;
        QString label;
    } layers[] = {{m_palette.unknown, u"unknownLanes"_s, tr("Unknown")},
                  {m_palette.up, u"upLanes"_s, tr("Up")},
                  {m_palette.down, u"downLanes"_s, tr("Down")},
                  {QBrush(m_palette.down, Qt::BDiagPattern), u"failingLanes"_s, tr("Never up yet, negotiation failing")}};
    // The legend names only the states some lane has: it fits a low dock.
    bool present[4] = {false, false, false, false};
    for (int index : std::as_const(m_lanes)) {
        const QList<TunnelInterval> &intervals = timeline.tunnels().at(index).intervals;
        present[0] = present[0] || intervals.isEmpty() || intervals.constFirst().fromMsecs > m_from
            || intervals.constLast().toMsecs < m_to;
        // A tunnel fails to come up only before its first known state: its first period.
        if (!intervals.isEmpty())
            present[int(TunnelLaneRuns::stateOf(intervals.constFirst()))] = true;
        for (const TunnelInterval &interval : intervals) {
            if (present[int(TunnelLaneRuns::State::Up)] && present[int(TunnelLaneRuns::State::Down)])
                break; // found: no need to walk a million periods
            present[int(TunnelLaneRuns::stateOf(interval))] = true;
        }
    }
    std::array<QBrush, 4> brushes;
    for (int i = 0; i < 4; ++i) {
        // Empty: the legend's entry; the blocks are the item's.
        auto *area = new QAreaSeries(new QLineSeries(this), new QLineSeries(this));
        area->setObjectName(layers[i].name);
        area->setName(layers[i].label);
        area->setBrush(layers[i].brush);
        area->setPen(Qt::NoPen);
        addSeries(area);
        area->attachAxis(xAxis);
        area->attachAxis(m_yAxis);
        brushes.at(std::size_t(i)) = layers[i].brush;
        if (!present[i]) {
            for (QLegendMarker *marker : legend()->markers(area))
                marker->setVisible(false);
        }
    }
    m_blocks = new TunnelLaneBlocksItem(this);
    m_blocks->setBrushes(brushes);
    m_blocks->setZValue(3.5); // over the grid and axes (3), under the series (4: the ticks)
    // Failed negotiations as ticks on the top edge of the bars.
    m_ticks = new QScatterSeries(this);
    m_ticks->setObjectName(u"failureTicks"_s);
    m_ticks->setName(tr("Negotiation failed"));
    m_ticks->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_ticks->setMarkerSize(8);
    m_ticks->setColor(m_palette.failed);
    m_ticks->setBorderColor(m_palette.failed);
    addSeries(m_ticks);
    m_ticks->attachAxis(xAxis);
    m_ticks->attachAxis(m_yAxis);
    const bool anyFailure = std::any_of(m_lanes.cbegin(), m_lanes.cend(), [&timeline](int index) {
        return timeline.tunnels().at(index).negotiationFailures > 0;
    });
    if (!anyFailure) {
        for (QLegendMarker *marker : legend()->markers(m_ticks))
            marker->setVisible(false);
    }

    // Five entries do not stack beside a lane or two: a compact chart has them in a row on top.
    m_compactLegend = Qt::AlignTop;
    m_labelHeight = QFontMetricsF(font()).height();
    m_gutterFont = font();
    m_gutterFont.setPointSizeF(font().pointSizeF() * 0.85);
    const QFontMetricsF gutterMetrics(m_gutterFont);
    for (int index : std::as_const(m_lanes))
        m_gutterTextWidth = std::max(m_gutterTextWidth, gutterMetrics.horizontalAdvance(timeline.tunnels().at(index).displayName()));
    // A new size gives other lanes per page and another scale for the minimum widths.
    QObject::connect(this, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        if (plot != m_plot)
            updateLanes();
    });

    setTimeAxis(xAxis, m_from, m_to); // draws the lanes of the range shown
    xAxis->setTitleText(tr("Time (as printed)"));
    styleAxis(xAxis);
}

int TunnelLanesChart::visibleLaneCount() const
{
    return std::max(0, std::min<int>(m_perPage, int(m_lanes.size()) - m_first));
}

int TunnelLanesChart::maximumFirstLane() const
{
    return std::max(0, int(m_lanes.size()) - m_perPage);
}

void TunnelLanesChart::setFirstVisibleLane(int lane)
{
    const int first = std::clamp(lane, 0, maximumFirstLane());
    if (first == m_first)
        return;
    m_first = first;
    updateLanes();
}

void TunnelLanesChart::timeRangeChanged(qint64 fromMsecs, qint64 toMsecs)
{
    m_shownFrom = fromMsecs;
    m_shownTo = toMsecs;
    updateLanes();
}

double TunnelLanesChart::msecsPerPixel() const
{
    const qreal width = plotArea().width();
    return width > 0 ? double(m_shownTo - m_shownFrom) / width : 0.0;
}

qreal TunnelLanesChart::labelPad() const
{
    // The label and the bar are centred together in the lane.
    return std::max<qreal>(1, (m_laneHeight - m_labelHeight - labelGap - m_barHeight) / 2);
}

qreal TunnelLanesChart::barOffset(int slot) const
{
    if (m_gutter)
        return slot * m_laneHeight + (m_laneHeight - m_barHeight) / 2;
    return slot * m_laneHeight + labelPad() + m_labelHeight + labelGap;
}

qreal TunnelLanesChart::barTop(int slot) const
{
    // y runs from 0 (bottom of the plot) to m_perPage (top); slot 0 is the top lane.
    return qreal(m_perPage) - barOffset(slot) / m_laneHeight;
}

qreal TunnelLanesChart::barBottom(int slot) const
{
    return barTop(slot) - m_barHeight / m_laneHeight;
}

void TunnelLanesChart::updateLanes()
{
    if (m_lanes.isEmpty() || !m_blocks)
        return;
    const QRectF plot = plotArea();
    m_plot = plot;
    const qreal preferredLane = m_labelHeight + labelGap + preferredBarHeight + 6;
    // A low plot (a dock) that would show fewer than four lanes with names above the bars puts
    // the names in a gutter on the left instead, in smaller text, and packs the lanes.
    // The legend goes too (its colours are in the tooltip): it would take a third of such a plot.
    // It comes back only when the plot would be high enough with it, so the layout settles.
    const qreal wanted = std::min<qsizetype>(4, m_lanes.size()) * preferredLane;
    const qreal legendHeight = 2 * m_labelHeight;
    const bool gutter = plot.height() > 0 && plot.height() < wanted + (m_gutter ? legendHeight : 0);
    const int gutterWidth
        = gutter ? int(std::ceil(std::min<qreal>(m_gutterTextWidth + 8, gutterShare * size().width()))) : 0;
    if (gutter != m_gutter || gutterWidth != m_gutterWidth) {
        m_gutter = gutter;
        m_gutterWidth = gutterWidth;
        // Not while the chart lays out (this runs on its plotAreaChanged): margins set then are lost.
        QMetaObject::invokeMethod(
            this,
            [this] {
                setMargins(QMargins(marginSize + m_gutterWidth, marginSize, marginSize, marginSize));
                legend()->setVisible(!m_gutter);
            },
            Qt::QueuedConnection);
    }
    const qreal laneTarget = m_gutter ? compactLaneHeight : preferredLane;
    m_perPage = plot.height() > 0 ? std::clamp(int(plot.height() / laneTarget), 1, int(m_lanes.size())) : 1;
    m_first = std::clamp(m_first, 0, maximumFirstLane());
    m_laneHeight = plot.height() > 0 ? plot.height() / m_perPage : laneTarget;
    m_barHeight = m_gutter ? std::clamp(m_laneHeight - 5, 6.0, compactBarHeight + 4)
                           : std::clamp(m_laneHeight - m_labelHeight - labelGap - 2, 4.0, maximumBarHeight);
    m_yAxis->setRange(0, m_perPage);

    const double perPixel = msecsPerPixel();
    const qint64 pixel = qint64(std::ceil(perPixel));
    // Blocks reach at most a pixel and an outage's widening beyond the range shown.
    const qint64 left = m_shownFrom - 5 * pixel - 1;
    const qint64 right = m_shownTo + 2 * pixel + 1;
    const AxisValues x(left, right);
    // The time axis is linear in its values: blocks go straight to chart coordinates.
    const qreal shownLeft = x(m_shownFrom);
    const qreal scale = plot.width() / std::max<qreal>(1, x(m_shownTo) - shownLeft);
    const auto chartX = [&](qint64 wall) { return plot.left() + (x(wall) - shownLeft) * scale; };
    std::array<QList<QRectF>, 4> rects;
    QList<std::pair<QRectF, QColor>> shaded;
    QList<QPointF> ticks;
    m_drawn.clear();
    const int visible = visibleLaneCount();
    for (int slot = 0; slot < visible; ++slot) {
        const TunnelSummary &tunnel = m_timeline.tunnels().at(m_lanes.at(m_first + slot));
        const QList<TunnelLaneRuns::Block> blocks
            = TunnelLaneRuns::blocks(tunnel, m_from, m_to, m_shownFrom, m_shownTo, perPixel);
        const qreal top = plot.top() + barOffset(slot);
        for (const TunnelLaneRuns::Block &block : blocks) {
            const qreal from = chartX(block.fromMsecs);
            const QRectF rect(from, top, chartX(block.toMsecs) - from, m_barHeight);
            if (block.state == TunnelLaneRuns::State::Flapping)
                shaded.append({rect, flappingShade(m_palette, block.downShare)});
            else
                rects.at(std::size_t(block.state)) << rect;
        }
        m_drawn.append(blocks);

        // One tick per pixel is enough to see failures; the tooltip counts them.
        const auto &events = m_timeline.events();
        auto it = std::lower_bound(tunnel.events.cbegin(), tunnel.events.cend(), left,
                                   [&events](qsizetype e, qint64 t) { return events.at(e).wallMsecs < t; });
        qint64 lastTick = std::numeric_limits<qint64>::min();
        for (; it != tunnel.events.cend() && events.at(*it).wallMsecs <= right; ++it) {
            const TunnelEvent &event = events.at(*it);
            if (event.kind != TunnelEvent::Kind::NegotiationFailed
                || (lastTick != std::numeric_limits<qint64>::min() && event.wallMsecs - lastTick < pixel))
                continue;
            lastTick = event.wallMsecs;
            ticks << QPointF(x(event.wallMsecs), barTop(slot));
        }
    }
    m_blocks->setBlocks(plot, std::move(rects), std::move(shaded));
    m_ticks->replace(ticks);

    // Names above the bars (or in the gutter), elided to the room there: the tooltip has them whole.
    while (m_labels.size() < visible) {
        auto *label = new QGraphicsSimpleTextItem(this);
        label->setBrush(m_palette.text);
        label->setZValue(50);
        m_labels.append(label);
    }
    const QFont labelFont = m_gutter ? m_gutterFont : font();
    const QFontMetricsF metrics(labelFont);
    const qreal room = m_gutter ? m_gutterWidth - 6 : plot.width() - 8;
    for (qsizetype slot = 0; slot < m_labels.size(); ++slot) {
        QGraphicsSimpleTextItem *label = m_labels.at(slot);
        label->setVisible(slot < visible && plot.width() > 0);
        if (!label->isVisible())
            continue;
        label->setFont(labelFont);
        const QString name = m_timeline.tunnels().at(m_lanes.at(m_first + int(slot))).displayName();
        label->setText(metrics.elidedText(name, Qt::ElideMiddle, std::max<qreal>(0, room)));
        if (m_gutter)
            label->setPos(plot.left() - m_gutterWidth + 2,
                          plot.top() + slot * m_laneHeight + (m_laneHeight - metrics.height()) / 2);
        else
            label->setPos(plot.left() + 4, plot.top() + slot * m_laneHeight + labelPad());
    }
}

QPointF TunnelLanesChart::lanePosition(int lane, qint64 wall) const
{
    const int slot = lane - m_first;
    return positionOf(QPointF(axisValue(wall), (barTop(slot) + barBottom(slot)) / 2));
}

QList<TunnelLaneRuns::Block> TunnelLanesChart::drawnBlocks(int lane) const
{
    const int slot = lane - m_first;
    return slot >= 0 && slot < m_drawn.size() ? m_drawn.at(slot) : QList<TunnelLaneRuns::Block>();
}

QString TunnelLanesChart::laneLabel(int lane) const
{
    const int slot = lane - m_first;
    return slot >= 0 && slot < visibleLaneCount() && slot < m_labels.size() && m_labels.at(slot)->isVisible()
        ? m_labels.at(slot)->text()
        : QString();
}

std::optional<TunnelChartHit> TunnelLanesChart::hitAt(QPointF chartPosition) const
{
    std::optional<TunnelChartHit> hit = laneHitAt(chartPosition);
    // Without its legend (a low plot), the chart says what its colours mean here.
    if (hit && m_gutter)
        hit->toolTip += u'\n' + tr("Green: up · red: down · between: flapping · hatched red: never up yet, negotiation "
                                   "failing · grey: state unknown · triangles: negotiation failed");
    return hit;
}

std::optional<TunnelChartHit> TunnelLanesChart::laneHitAt(QPointF chartPosition) const
{
    if (m_lanes.isEmpty())
        return std::nullopt;
    QRectF area = plotArea();
    area.setLeft(area.left() - m_gutterWidth); // a name in the gutter answers for its lane
    if (!area.contains(chartPosition))
        return std::nullopt;
    const QPointF value = valueAt(chartPosition);
    // The whole lane answers, its name as well as its bar.
    const int slot = int(std::floor(qreal(m_perPage) - value.y()));
    if (slot < 0 || slot >= visibleLaneCount())
        return std::nullopt;
    const TunnelSummary &tunnel = m_timeline.tunnels().at(m_lanes.at(m_first + slot));
    if (chartPosition.x() < plotArea().left()) {
        TunnelChartHit hit; // the name in the gutter: the whole name, no time
        hit.tunnelKey = tunnel.key;
        hit.toolTip = tunnel.displayName();
        return hit;
    }
    const qint64 at = wallMsecs(value.x());
    const auto when = [](qint64 msecs) {
        return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    };
    if (const qsizetype index = TunnelLaneRuns::intervalAt(tunnel, at, m_to, msecsPerPixel()); index >= 0) {
        const TunnelInterval &interval = tunnel.intervals.at(index);
        TunnelChartHit hit;
        hit.fromMsecs = interval.fromMsecs;
        hit.toMsecs = std::max(interval.toMsecs, interval.fromMsecs + 1);
        hit.hasRange = true;
        hit.tunnelKey = tunnel.key;
        hit.line = interval.fromLine;
        const bool up = interval.state == TunnelInterval::State::Up;
        const QString state = up ? tr("Up")
            : (interval.state == TunnelInterval::State::Down ? tr("Down") : tr("Never up yet, negotiation failing"));
        QString text = tunnel.displayName() + u'\n' + state + u' '
            + (interval.openStart ? tr("before the log") : when(interval.fromMsecs)) + u" \u2013 "_s
            + (interval.openEnd ? tr("end of the log") : when(interval.toMsecs)) + u" ("_s
            + formatTunnelDuration(interval.durationMsecs()) + u')';
        if (up && !interval.label.isEmpty())
            text += u'\n' + tr("State: %1").arg(interval.label);
        if (!up && !interval.reason.isEmpty())
            text += u'\n' + tr("Reason: %1").arg(interval.reason);
        if (!interval.failureReasons.isEmpty()) {
            QStringList parts;
            int count = 0;
            for (auto it = interval.failureReasons.cbegin(); it != interval.failureReasons.cend(); ++it) {
                parts << u"%1 \u00d7%2"_s.arg(it.key().isEmpty() ? u"?"_s : it.key()).arg(it.value());
                count += it.value();
            }
            text += u'\n' + tr("%n failed negotiation(s) meanwhile: %1", nullptr, count).arg(parts.join(u", "_s));
        }
        if (interval.inferredEnd)
            text += u'\n' + tr("The teardown was not logged; the tunnel was established again.");
        // A shaded column stands for many brief outages: say how much of it was down.
        for (const TunnelLaneRuns::Block &block : m_drawn.value(slot)) {
            if (block.state == TunnelLaneRuns::State::Flapping && block.fromMsecs <= at && at < block.toMsecs) {
                text += u'\n' + tr("Flapping here: brief outages, shaded by the share of time down (about %1 %)")
                                    .arg(qRound(block.downShare * 100));
                break;
            }
        }
        hit.toolTip = text;
        return hit;
    }
    if (at >= m_from && at <= m_to) {
        TunnelChartHit hit;
        hit.tunnelKey = tunnel.key;
        hit.toolTip = tunnel.displayName() + u'\n' + tr("State unknown: no tunnel event tells it");
        return hit;
    }
    return std::nullopt;
}

} // namespace LogSage
