#include "tunnellaneschart.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

constexpr qreal halfLane = 0.32;

} // namespace

TunnelLanesChart::TunnelLanesChart(const TunnelTimeline &timeline, const QString &tunnelKey,
                                   const TunnelChartPalette &palette)
    : TunnelChart(palette), m_timeline(timeline)
{
    if (!tunnelKey.isEmpty()) {
        if (const int index = timeline.tunnelIndex(tunnelKey); index >= 0)
            m_lanes.append(index);
    } else {
        for (int i = 0; i < std::min<int>(int(timeline.tunnels().size()), maximumLanes); ++i)
            m_lanes.append(i);
    }
    if (m_lanes.isEmpty()) {
        legend()->hide();
        setEmptyTitle(tr("No IPSec tunnels"));
        return;
    }
    if (timeline.tunnels().size() > m_lanes.size() && tunnelKey.isEmpty())
        setTitle(tr("First %1 of %2 tunnels").arg(m_lanes.size()).arg(timeline.tunnels().size()));

    // Lanes cover the hosts' lines, not only the tunnel events; at least a minute.
    m_from = timeline.observedStartMsecs();
    m_to = std::max(timeline.observedEndMsecs(), m_from + 60 * 1000);

    auto *xAxis = new QDateTimeAxis;
    auto *yAxis = new QCategoryAxis;
    addAxis(xAxis, Qt::AlignBottom);
    addAxis(yAxis, Qt::AlignLeft);
    const AxisValues x(m_from, m_to);
    const qreal start = x(m_from);
    const qreal end = x(m_to);
    yAxis->setStartValue(-0.5);
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        const TunnelSummary &tunnel = timeline.tunnels().at(m_lanes.at(lane));
        const qreal y = laneY(lane);
        QList<QPointF> up{{start, y - halfLane}};
        QList<QPointF> down{{start, y - halfLane}};
        QList<QPointF> failing{{start, y - halfLane}};
        QList<QPointF> unknown{{start, y - halfLane}};
        const auto addBlock = [&](QList<QPointF> &points, qint64 from, qint64 to) {
            const qreal left = x(from);
            const qreal right = x(to);
            points << QPointF(left, y - halfLane) << QPointF(left, y + halfLane) << QPointF(right, y + halfLane)
                   << QPointF(right, y - halfLane);
        };
        for (const TunnelInterval &interval : tunnel.intervals) {
            auto &points = interval.state == TunnelInterval::State::Up
                ? up
                : (interval.state == TunnelInterval::State::Down ? down : failing);
            addBlock(points, interval.fromMsecs, interval.toMsecs);
        }
        // No event tells the state before the first interval (unless it was up from the
        // start) nor after the host's last line.
        if (tunnel.intervals.isEmpty()) {
            addBlock(unknown, m_from, m_to);
        } else {
            if (tunnel.intervals.constFirst().fromMsecs > m_from)
                addBlock(unknown, m_from, tunnel.intervals.constFirst().fromMsecs);
            if (tunnel.intervals.constLast().toMsecs < m_to)
                addBlock(unknown, tunnel.intervals.constLast().toMsecs, m_to);
        }
        up << QPointF(end, y - halfLane);
        down << QPointF(end, y - halfLane);
        failing << QPointF(end, y - halfLane);
        unknown << QPointF(end, y - halfLane);
        const struct {
            QList<QPointF> *points;
            QBrush brush;
            QString name;
            QString label;
        } layers[] = {{&unknown, m_palette.unknown, u"unknownLane%1"_s.arg(lane), tr("Unknown")},
                      {&up, m_palette.up, u"upLane%1"_s.arg(lane), tr("Up")},
                      {&down, m_palette.down, u"downLane%1"_s.arg(lane), tr("Down")},
                      {&failing, QBrush(m_palette.down, Qt::BDiagPattern), u"failingLane%1"_s.arg(lane),
                       tr("Never up yet, negotiation failing")}};
        for (const auto &layer : layers) {
            auto *upper = new QLineSeries(this);
            auto *lower = new QLineSeries(this);
            upper->replace(*layer.points);
            lower->replace({QPointF(start, y - halfLane), QPointF(end, y - halfLane)});
            auto *area = new QAreaSeries(upper, lower);
            area->setObjectName(layer.name);
            area->setName(layer.label);
            area->setBrush(layer.brush);
            area->setPen(Qt::NoPen);
            addSeries(area);
            area->attachAxis(xAxis);
            area->attachAxis(yAxis);
            // One legend entry per state is enough: colour is not the only sign (see tooltips).
            if (lane > 0) {
                for (QLegendMarker *marker : legend()->markers(area))
                    marker->setVisible(false);
            }
        }
        // Failed negotiations as ticks on the lane's top edge.
        auto *ticks = new QScatterSeries(this);
        ticks->setObjectName(u"failureTicks%1"_s.arg(lane));
        ticks->setName(tr("Negotiation failed"));
        ticks->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        ticks->setMarkerSize(8);
        ticks->setColor(m_palette.failed);
        ticks->setBorderColor(m_palette.failed);
        for (qsizetype e : tunnel.events) {
            const TunnelEvent &event = timeline.events().at(e);
            if (event.kind == TunnelEvent::Kind::NegotiationFailed)
                ticks->append(x(event.wallMsecs), y + halfLane);
        }
        addSeries(ticks);
        ticks->attachAxis(xAxis);
        ticks->attachAxis(yAxis);
        if (lane > 0 || ticks->count() == 0) {
            for (QLegendMarker *marker : legend()->markers(ticks))
                marker->setVisible(false);
        }
    }
    // Category labels are listed bottom-up.
    for (int lane = int(m_lanes.size()) - 1; lane >= 0; --lane) {
        QString label = timeline.tunnels().at(m_lanes.at(lane)).displayName();
        if (label.size() > 48)
            label = label.left(47) + u'\u2026';
        yAxis->append(label, laneY(lane) + 0.5);
    }
    yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    yAxis->setRange(-0.5, qreal(m_lanes.size()) - 0.5);
    yAxis->setGridLineVisible(false);
    styleAxis(yAxis);

    setTimeAxis(xAxis, m_from, m_to);
    xAxis->setTitleText(tr("Time (as printed)"));
    styleAxis(xAxis);
}

QPointF TunnelLanesChart::lanePosition(int lane, qint64 wall) const
{
    return positionOf(QPointF(axisValue(wall), laneY(lane)));
}

std::optional<TunnelChartHit> TunnelLanesChart::hitAt(QPointF chartPosition) const
{
    if (m_lanes.isEmpty() || !plotArea().contains(chartPosition))
        return std::nullopt;
    const QPointF value = valueAt(chartPosition);
    const int lane = int(m_lanes.size()) - 1 - int(std::lround(value.y()));
    if (lane < 0 || lane >= m_lanes.size() || std::abs(value.y() - laneY(lane)) > halfLane)
        return std::nullopt;
    const TunnelSummary &tunnel = m_timeline.tunnels().at(m_lanes.at(lane));
    const qint64 at = wallMsecs(value.x());
    const auto when = [](qint64 msecs) {
        return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    };
    for (const TunnelInterval &interval : tunnel.intervals) {
        if (at < interval.fromMsecs || at > interval.toMsecs)
            continue;
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
