#pragma once

#include "tunnelchartpalette.h"

#include <QChart>
#include <QString>

#include <optional>

class QAbstractAxis;
class QDateTimeAxis;

namespace LogSage {

/// What lies under a point of a tunnel chart: a time range of a tunnel (or of all tunnels),
/// the log line to go to, and the text to show on hover.
struct TunnelChartHit {
    qint64 fromMsecs = 0;
    qint64 toMsecs = 0;    ///< exclusive
    bool hasRange = false; ///< false for hits that stand for no time range (a reason bar)
    QString tunnelKey;     ///< empty: every tunnel
    qint64 line = -1;      ///< the line of the first event there, -1 when none
    QString toolTip;
};

/// Base of the Qt Charts charts behind TunnelCharts and TunnelChartRenderer (internal to
/// widgets/tunnels): knows what lies under a point, and maps printed wall-clock times onto
/// the date-time axis, which shows local time.
class TunnelChart : public QChart
{
public:
    explicit TunnelChart(const TunnelChartPalette &palette);

    /// The hit at a position in chart coordinates, nullopt over empty space.
    virtual std::optional<TunnelChartHit> hitAt(QPointF chartPosition) const = 0;
    /// True when the horizontal axis is time, so that dragging selects a time range.
    virtual bool hasTimeAxis() const { return false; }
    /// The wall-clock msecs at a chart x position (for hasTimeAxis() charts).
    qint64 wallMsecsAt(QPointF chartPosition) const;
    /// The chart x position of a wall-clock time (for hasTimeAxis() charts).
    qreal chartXOf(qint64 wallMsecs) const;

    /// A printed wall-clock time as a QDateTimeAxis value that displays the same clock time.
    static qreal axisValue(qint64 wallMsecs);
    static qint64 wallMsecs(qreal axisValue);

protected:
    /// QChart's mappings are not const, though they change nothing.
    QPointF valueAt(QPointF chartPosition) const;
    QPointF positionOf(QPointF value) const;
    void styleAxis(QAbstractAxis *axis) const;
    /// Gives a date-time axis a range of whole steps (minutes, hours, days) around
    /// [fromMsecs, toMsecs] with a tick on each step, so labels fall on round times.
    static void setTimeRange(QDateTimeAxis *axis, qint64 fromMsecs, qint64 toMsecs);
    void setEmptyTitle(const QString &text);
    QAbstractSeries *anySeries() const;

    TunnelChartPalette m_palette;
};

} // namespace LogSage
