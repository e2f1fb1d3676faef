#include "tunnelchart.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QDateTimeAxis>
#include <QDateTime>
#include <QFont>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

constexpr int maximumAxisSteps = 8;

} // namespace

TunnelChart::TunnelChart(const TunnelChartPalette &palette) : m_palette(palette)
{
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    setBackgroundBrush(m_palette.background);
    setBackgroundPen(Qt::NoPen);
    setPlotAreaBackgroundBrush(m_palette.plotBackground);
    setPlotAreaBackgroundVisible(true);
    setMargins(QMargins(6, 6, 6, 6));
    setTitleBrush(m_palette.text);
    legend()->setLabelColor(m_palette.text);
    legend()->setAlignment(Qt::AlignBottom);
}

void TunnelChart::setCompact(bool compact)
{
    legend()->setAlignment(compact ? m_compactLegend : Qt::AlignBottom);
    const auto all = axes();
    for (QAbstractAxis *axis : all)
        axis->setTitleVisible(!compact);
}

qreal TunnelChart::axisValue(qint64 wallMsecs)
{
    // QDateTimeAxis labels in local time; printed times are kept as if they were UTC.
    const QDateTime printed = QDateTime::fromMSecsSinceEpoch(wallMsecs, QTimeZone::UTC);
    return qreal(QDateTime(printed.date(), printed.time()).toMSecsSinceEpoch());
}

qint64 TunnelChart::wallMsecs(qreal axisValue)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(qint64(axisValue));
    return QDateTime(local.date(), local.time(), QTimeZone::UTC).toMSecsSinceEpoch();
}

TunnelChart::AxisValues::AxisValues(qint64 fromMsecs, qint64 toMsecs)
    : m_offset(qint64(axisValue(fromMsecs)) - fromMsecs)
    , m_uniform(qint64(axisValue(toMsecs)) - toMsecs == m_offset)
{
}

qreal TunnelChart::AxisValues::operator()(qint64 wall) const
{
    return m_uniform ? qreal(wall + m_offset) : axisValue(wall);
}

qint64 TunnelChart::wallMsecsAt(QPointF chartPosition) const
{
    return wallMsecs(valueAt(chartPosition).x());
}

qreal TunnelChart::chartXOf(qint64 wall) const
{
    return positionOf(QPointF(axisValue(wall), 0)).x();
}

QPointF TunnelChart::valueAt(QPointF chartPosition) const
{
    auto *self = const_cast<TunnelChart *>(this);
    return self->mapToValue(chartPosition, anySeries());
}

QPointF TunnelChart::positionOf(QPointF value) const
{
    auto *self = const_cast<TunnelChart *>(this);
    return self->mapToPosition(value, anySeries());
}

QAbstractSeries *TunnelChart::anySeries() const
{
    const auto all = series();
    return all.isEmpty() ? nullptr : all.first();
}

void TunnelChart::styleAxis(QAbstractAxis *axis) const
{
    axis->setLabelsBrush(m_palette.text);
    axis->setTitleBrush(m_palette.mutedText);
    axis->setGridLineColor(m_palette.grid);
    axis->setMinorGridLineColor(m_palette.grid);
    axis->setLinePenColor(m_palette.axisLine);
    QFont title = axis->titleFont();
    title.setBold(false);
    axis->setTitleFont(title);
}

void TunnelChart::setTimeAxis(QDateTimeAxis *axis, qint64 fromMsecs, qint64 toMsecs)
{
    m_timeAxis = axis;
    m_dataFrom = fromMsecs;
    m_dataTo = std::max(toMsecs, fromMsecs + 1);
    showTimeRange(m_dataFrom, m_dataTo, true);
}

qint64 TunnelChart::shownFrom() const
{
    return m_timeAxis ? wallMsecs(qreal(m_timeAxis->min().toMSecsSinceEpoch())) : 0;
}

qint64 TunnelChart::shownTo() const
{
    return m_timeAxis ? wallMsecs(qreal(m_timeAxis->max().toMSecsSinceEpoch())) : 0;
}

TunnelChart::AxisSteps TunnelChart::axisSteps(qint64 fromMsecs, qint64 toMsecs)
{
    constexpr qint64 second = 1000;
    constexpr qint64 minute = 60 * second;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    constexpr qint64 steps[] = {second,  2 * second, 5 * second, 10 * second, 15 * second, 30 * second,
                                minute,  2 * minute, 5 * minute, 10 * minute, 15 * minute, 30 * minute,
                                hour,    2 * hour,   3 * hour,   6 * hour,    12 * hour,   day,
                                2 * day, 7 * day,    14 * day,   28 * day,    91 * day,    364 * day};
    toMsecs = std::max(toMsecs, fromMsecs + 1);
    for (qint64 candidate : steps) {
        // Wall-clock msecs are printed times, so whole steps are whole printed minutes/hours/days.
        const qint64 f = qint64(std::floor(double(fromMsecs) / double(candidate))) * candidate;
        const qint64 l = qint64(std::ceil(double(toMsecs) / double(candidate))) * candidate;
        if ((l - f) / candidate <= maximumAxisSteps)
            return {f, l, candidate};
    }
    return {fromMsecs, toMsecs, steps[std::size(steps) - 1]};
}

std::pair<qint64, qint64> TunnelChart::roundedRange(qint64 fromMsecs, qint64 toMsecs)
{
    const AxisSteps steps = axisSteps(fromMsecs, toMsecs);
    return {steps.first, steps.last};
}

void TunnelChart::showTimeRange(qint64 fromMsecs, qint64 toMsecs, bool roundToSteps)
{
    if (!m_timeAxis)
        return;
    constexpr qint64 minute = 60 * 1000;
    constexpr qint64 day = 24 * 60 * minute;
    toMsecs = std::max(toMsecs, fromMsecs + 1);
    const AxisSteps steps = axisSteps(fromMsecs, toMsecs);
    const qint64 first = roundToSteps ? steps.first : fromMsecs;
    const qint64 last = roundToSteps ? steps.last : toMsecs;
    if (steps.step >= day)
        m_timeAxis->setFormat(u"yyyy-MM-dd"_s);
    else if (steps.step < minute)
        m_timeAxis->setFormat(u"HH:mm:ss"_s);
    else if (last - first <= day)
        m_timeAxis->setFormat(u"HH:mm"_s);
    else
        m_timeAxis->setFormat(u"MM-dd HH:mm"_s);
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(axisValue(first))),
                         QDateTime::fromMSecsSinceEpoch(qint64(axisValue(last))));
    // A zoomed range is not whole steps: ticks then split it evenly.
    m_timeAxis->setTickCount(std::clamp(int((last - first) / steps.step) + 1, 2, maximumAxisSteps + 1));
    timeRangeChanged(first, last);
}

void TunnelChart::timeRangeChanged(qint64, qint64) {}

void TunnelChart::setEmptyTitle(const QString &text)
{
    setTitleBrush(m_palette.mutedText);
    setTitle(text);
}

} // namespace LogSage
