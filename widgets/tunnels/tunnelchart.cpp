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

void TunnelChart::setTimeRange(QDateTimeAxis *axis, qint64 fromMsecs, qint64 toMsecs)
{
    constexpr qint64 minute = 60 * 1000;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    constexpr qint64 steps[] = {minute,   2 * minute, 5 * minute, 10 * minute, 15 * minute, 30 * minute,
                                hour,     2 * hour,   3 * hour,   6 * hour,    12 * hour,   day,
                                2 * day,  7 * day,    14 * day,   28 * day,    91 * day,    364 * day};
    constexpr int maximumSteps = 8;
    toMsecs = std::max(toMsecs, fromMsecs + 1);
    qint64 first = fromMsecs;
    qint64 last = toMsecs;
    qint64 step = steps[std::size(steps) - 1];
    for (qint64 candidate : steps) {
        // Wall-clock msecs are printed times, so whole steps are whole printed minutes/hours/days.
        const qint64 f = qint64(std::floor(double(fromMsecs) / double(candidate))) * candidate;
        const qint64 l = qint64(std::ceil(double(toMsecs) / double(candidate))) * candidate;
        if ((l - f) / candidate <= maximumSteps) {
            first = f;
            last = l;
            step = candidate;
            break;
        }
    }
    if (step >= day)
        axis->setFormat(u"yyyy-MM-dd"_s);
    else if (last - first <= day)
        axis->setFormat(u"HH:mm"_s);
    else
        axis->setFormat(u"MM-dd HH:mm"_s);
    axis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(axisValue(first))),
                   QDateTime::fromMSecsSinceEpoch(qint64(axisValue(last))));
    axis->setTickCount(int((last - first) / step) + 1);
}

void TunnelChart::setEmptyTitle(const QString &text)
{
    setTitleBrush(m_palette.mutedText);
    setTitle(text);
}

} // namespace LogSage
