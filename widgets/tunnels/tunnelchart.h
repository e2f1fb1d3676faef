#pragma once

#include "tunnelchartpalette.h"

#include <QChart>
#include <QString>

#include <optional>
#include <utility>

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

    /// The wall-clock range the chart's data covers (time charts; both 0 otherwise).
    qint64 dataFrom() const { return m_dataFrom; }
    qint64 dataTo() const { return m_dataTo; }
    /// Shows [fromMsecs, toMsecs) on the time axis: widened to whole steps (minutes, hours...)
    /// so labels fall on round times, or exactly as given (a zoomed view). No-op without one.
    void showTimeRange(qint64 fromMsecs, qint64 toMsecs, bool roundToSteps);
    /// [fromMsecs, toMsecs) widened to whole axis steps, as showTimeRange() rounds it.
    static std::pair<qint64, qint64> roundedRange(qint64 fromMsecs, qint64 toMsecs);
    /// The wall-clock range the time axis shows now.
    qint64 shownFrom() const;
    qint64 shownTo() const;

    /// For short views (a dock): the legend goes beside the plot (compactLegendAlignment())
    /// and axis titles are hidden, so the plot keeps its height.
    void setCompact(bool compact);
    /// Where a compact chart's legend goes: the right, or the top for a legend too long to stack.
    Qt::Alignment compactLegendAlignment() const { return m_compactLegend; }

    /// A printed wall-clock time as a QDateTimeAxis value that displays the same clock time.
    static qreal axisValue(qint64 wallMsecs);
    static qint64 wallMsecs(qreal axisValue);

    /// axisValue() for many times in [fromMsecs, toMsecs]: it goes through the local time zone,
    /// which costs microseconds a call, so one offset serves the whole range when no
    /// daylight-saving change falls inside it.
    class AxisValues
    {
    public:
        AxisValues(qint64 fromMsecs, qint64 toMsecs);
        qreal operator()(qint64 wallMsecs) const;

    private:
        qint64 m_offset = 0;
        bool m_uniform = false;
    };

protected:
    /// QChart's mappings are not const, though they change nothing.
    QPointF valueAt(QPointF chartPosition) const;
    QPointF positionOf(QPointF value) const;
    void styleAxis(QAbstractAxis *axis) const;
    /// Makes `axis` the time axis, covering the data range [fromMsecs, toMsecs), and shows it.
    void setTimeAxis(QDateTimeAxis *axis, qint64 fromMsecs, qint64 toMsecs);
    void setEmptyTitle(const QString &text);
    /// Called after the time axis range changed (to draw only what is visible).
    virtual void timeRangeChanged(qint64 fromMsecs, qint64 toMsecs);
    QAbstractSeries *anySeries() const;

    TunnelChartPalette m_palette;
    Qt::Alignment m_compactLegend = Qt::AlignRight;

private:
    struct AxisSteps {
        qint64 first;
        qint64 last;
        qint64 step;
    };
    static AxisSteps axisSteps(qint64 fromMsecs, qint64 toMsecs);

    QDateTimeAxis *m_timeAxis = nullptr;
    qint64 m_dataFrom = 0;
    qint64 m_dataTo = 0;
};

} // namespace LogSage
