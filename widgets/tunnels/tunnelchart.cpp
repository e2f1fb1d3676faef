#include "tunnelchart.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QDateTime>
#include <QFont>
#include <QTimeZone>

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

void TunnelChart::setEmptyTitle(const QString &text)
{
    setTitleBrush(m_palette.mutedText);
    setTitle(text);
}

} // namespace LogSage
