#pragma once

#include "timewindow.h"

#include <tunneltimeline.h>

#include <QSize>
#include <QWidget>

class QComboBox;
class QScrollBar;
class QTabWidget;
class QToolButton;

namespace LogSage {

class TunnelChartView;
struct TunnelChartHit;
struct TunnelChartSpec;

/// The tunnel charts as one widget: events per time bucket, up/down lanes per tunnel, and a
/// breakdown of teardown and failure reasons. The rest of the application sees only this
/// class (and TunnelChartRenderer), never Qt Charts.
///
/// A click on a bucket or lane segment asks to filter the log to that time range and tunnel;
/// dragging across a time chart asks for the range dragged over; a double-click asks to go to
/// the line of the first event there. Ctrl+wheel zooms the time charts (both show the same
/// range; over the events chart the plain wheel too), Ctrl+drag pans, Shift+drag zooms to a
/// range; "Reset zoom" shows everything again. The lanes follow a given order (the tunnels
/// table's) and scroll vertically (the lane scroll bar, the wheel or Page Up/Down) while the time
/// axis stays. Colours follow the widget palette.
class TunnelCharts : public QWidget
{
    Q_OBJECT
public:
    explicit TunnelCharts(QWidget *parent = nullptr);
    ~TunnelCharts() override;

    /// Whether a new timeline keeps what the user chose to see.
    enum class ViewKeeping : quint8 {
        Reset, ///< another log: bucket size for the span, no zoom, the top lane first
        Keep   ///< the same log read again: the bucket size the user chose, the zoom while it is
               ///< inside the new span, and the same tunnel in the top lane (lanes scrolled down)
    };
    /// Shows a timeline. `laneOrder` as for setLaneOrder().
    void setTimeline(const TunnelTimeline &timeline, const QList<int> &laneOrder = {},
                     ViewKeeping keeping = ViewKeeping::Reset);
    const TunnelTimeline &timeline() const { return m_timeline; }

    /// Shows one tunnel only (empty: all tunnels).
    void setFocusTunnel(const QString &tunnelKey);
    QString focusTunnel() const { return m_focus; }

    /// The order of the lanes: timeline tunnel indexes, top lane first; tunnels left out follow
    /// in timeline order. Keeps the time range shown and, when the lanes are scrolled down, the
    /// tunnel in the top lane (unscrolled lanes show the new order's first).
    void setLaneOrder(const QList<int> &tunnelIndexes);
    const QList<int> &laneOrder() const { return m_laneOrder; }

    /// Every size is offered, whatever the span.
    void setBucketSize(TunnelTimeline::BucketSize size);
    TunnelTimeline::BucketSize bucketSize() const { return m_bucketSize; }

    /// The time range both time charts show, and the whole range they can show.
    const TimeWindow &timeWindow() const { return m_window; }
    void zoom(qint64 anchorMsecs, double factor);
    void pan(qint64 deltaMsecs);
    void showTimeRange(qint64 fromMsecs, qint64 toMsecs);
    void resetZoom();

    /// The chart on the current tab as it is shown now (bucket size, focus, zoom, colours).
    TunnelChartSpec currentChartSpec() const;
    /// Writes the current chart to `path` (PNG, or SVG for a .svg name) at `size`: the file
    /// dialog's work without the dialog. Empty on success, else a sentence for the user.
    QString exportChart(const QString &path, QSize size) const;

    /// Sizes the export button offers; the first is its default.
    static constexpr QSize exportSizes[] = {{1600, 900}, {1200, 600}, {1920, 1080}, {3840, 2160}};

Q_SIGNALS:
    void filterRequested(qint64 fromMsecs, qint64 toMsecs, const QString &tunnelKey);
    void lineRequested(qint64 line);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void setLanesChart();
    void updateLaneScroll();
    void applyTimeWindow();
    void updateFullRange();
    void onClicked(const TunnelChartHit &hit);
    void onDoubleClicked(const TunnelChartHit &hit);
    void exportWithDialog(QSize size);
    static QString bucketLabel(TunnelTimeline::BucketSize size);

    TunnelTimeline m_timeline;
    QString m_focus;
    TunnelTimeline::BucketSize m_bucketSize = TunnelTimeline::BucketSize::Hour;
    TimeWindow m_window;
    QList<int> m_laneOrder;
    bool m_bucketChosen = false;  ///< the user picked the bucket size
    bool m_keepFirstLane = true;  ///< a new lanes chart starts at the tunnel on top before
    QStringList m_previousTunnelKeys; ///< tunnel keys of the timeline the lanes chart shows
    bool m_dark = false;
    QComboBox *m_bucketCombo = nullptr;
    QToolButton *m_resetZoom = nullptr;
    QToolButton *m_export = nullptr;
    QTabWidget *m_tabs = nullptr;
    TunnelChartView *m_eventsView = nullptr;
    TunnelChartView *m_lanesView = nullptr;
    QWidget *m_lanesPage = nullptr; ///< the lanes view and its scroll bar
    QScrollBar *m_laneScroll = nullptr;
    TunnelChartView *m_reasonsView = nullptr;
};

} // namespace LogSage
