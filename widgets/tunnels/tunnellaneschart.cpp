#include "tunnellaneschart.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
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

    // A single instant would give an empty axis: show at least a minute.
    m_from = timeline.startMsecs();
    m_to = std::max(timeline.endMsecs(), m_from + 60 * 1000);

    auto *xAxis = new QDateTimeAxis;
    auto *yAxis = new QCategoryAxis;
    addAxis(xAxis, Qt::AlignBottom);
    addAxis(yAxis, Qt::AlignLeft);
    const AxisValues x(std::min(m_from, timeline.startMsecs()), m_to);
    const qreal start = x(m_from);
    const qreal end = x(m_to);
    yAxis->setStartValue(-0.5);
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        const TunnelSummary &tunnel = timeline.tunnels().at(m_lanes.at(lane));
        const qreal y = laneY(lane);
        QList<QPointF> up{{start, y - halfLane}};
        QList<QPointF> down{{start, y - halfLane}};
        for (const TunnelInterval &interval : tunnel.intervals) {
            auto &points = interval.state == TunnelInterval::State::Up ? up : down;
            const qreal left = x(interval.fromMsecs);
            const qreal right = x(interval.openEnd ? m_to : interval.toMsecs);
            points << QPointF(left, y - halfLane) << QPointF(left, y + halfLane) << QPointF(right, y + halfLane)
                   << QPointF(right, y - halfLane);
        }
        up << QPointF(end, y - halfLane);
        down << QPointF(end, y - halfLane);
        const struct {
            QList<QPointF> *points;
            QColor color;
            QString name;
            QString label;
        } layers[] = {{&up, m_palette.up, u"upLane%1"_s.arg(lane), tr("Up")},
                      {&down, m_palette.down, u"downLane%1"_s.arg(lane), tr("Down")}};
        for (const auto &layer : layers) {
            auto *upper = new QLineSeries(this);
            auto *lower = new QLineSeries(this);
            upper->replace(*layer.points);
            lower->replace({QPointF(start, y - halfLane), QPointF(end, y - halfLane)});
            auto *area = new QAreaSeries(upper, lower);
            area->setObjectName(layer.name);
            area->setName(layer.label);
            area->setColor(layer.color);
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
    for (const TunnelInterval &interval : tunnel.intervals) {
        const qint64 to = interval.openEnd ? m_to : interval.toMsecs;
        if (at < interval.fromMsecs || at > to)
            continue;
        TunnelChartHit hit;
        hit.fromMsecs = interval.fromMsecs;
        hit.toMsecs = std::max(to, interval.fromMsecs + 1);
        hit.hasRange = true;
        hit.tunnelKey = tunnel.key;
        hit.line = interval.fromLine;
        const auto when = [](qint64 msecs) {
            return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s);
        };
        const bool up = interval.state == TunnelInterval::State::Up;
        QString text = tunnel.displayName() + u'\n'
            + (up ? tr("Up") : tr("Down")) + u' ' + (interval.openStart ? tr("before the log") : when(interval.fromMsecs))
            + u" \u2013 "_s + (interval.openEnd ? tr("end of the log") : when(interval.toMsecs))
            + u" ("_s + formatTunnelDuration(interval.durationMsecs()) + u')';
        if (up && !interval.label.isEmpty())
            text += u'\n' + tr("State: %1").arg(interval.label);
        if (!up && !interval.reason.isEmpty())
            text += u'\n' + tr("Reason: %1").arg(interval.reason);
        if (interval.inferredEnd)
            text += u'\n' + tr("The teardown was not logged; the tunnel was established again.");
        hit.toolTip = text;
        return hit;
    }
    return std::nullopt;
}

} // namespace LogSage
