#pragma once

#include "tunnelchart.h"

#include <QChartView>

class QRubberBand;

namespace LogSage {

/// Shows one TunnelChart: a tooltip on hover, a click or double-click reports the hit under the
/// mouse, and a horizontal drag on a time chart reports the time range dragged over.
/// On a time chart it also asks for zoom and pan (the owner decides the range shown): Ctrl+wheel
/// (and the plain wheel unless wheelScrolls()) or +/- zooms around the cursor (or the middle),
/// Shift+drag zooms to the range dragged over, Ctrl+drag, a middle-button drag, a horizontal
/// wheel or the arrow keys pan, and 0 or Home resets. Page Up/Down, Shift+wheel and (with
/// wheelScrolls()) the plain wheel ask to scroll vertically (the lanes).
class TunnelChartView : public QChartView
{
    Q_OBJECT
public:
    explicit TunnelChartView(QWidget *parent = nullptr);

    /// Shows `chart`, taking ownership, and deletes the chart shown before.
    void setTunnelChart(TunnelChart *chart);
    TunnelChart *tunnelChart() const { return m_chart; }

    /// Whether the plain wheel scrolls vertically (the lanes) instead of zooming time.
    void setWheelScrolls(bool scrolls);
    bool wheelScrolls() const { return m_wheelScrolls; }

    /// The view position of a chart position (for tests and callers that place things).
    QPoint viewPosition(QPointF chartPosition) const;
    /// The tooltip for a hit: its text and what a click and a double-click will do.
    QString toolTipFor(const TunnelChartHit &hit) const;

    /// Views shorter than this show their chart compact (see TunnelChart::setCompact()).
    static constexpr int compactHeight = 300;

Q_SIGNALS:
    void hitClicked(const LogSage::TunnelChartHit &hit);
    void hitDoubleClicked(const LogSage::TunnelChartHit &hit);
    void rangeDragged(qint64 fromMsecs, qint64 toMsecs);
    /// Show `factor` times less time (above 1: zoom in) keeping `anchorMsecs` in place.
    void zoomRequested(qint64 anchorMsecs, double factor);
    /// Move the shown range by `deltaMsecs` (positive: later).
    void panRequested(qint64 deltaMsecs);
    void zoomToRangeRequested(qint64 fromMsecs, qint64 toMsecs);
    void resetZoomRequested();
    /// Scroll the lanes by `steps` (positive: down), lanes or, with `pages`, pages of them.
    void verticalScrollRequested(int steps, bool pages);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Drag : quint8 { None, Filter, Zoom, Pan };

    QPointF chartPosition(QPoint viewPosition) const;
    std::optional<TunnelChartHit> hitAt(QPoint viewPosition) const;
    /// The wall-clock time at a view x, clamped to the plot area.
    qint64 wallMsecsAtView(QPoint viewPosition) const;
    /// Wall-clock msecs per view pixel on the time axis.
    double msecsPerPixel() const;
    void showBand(QPoint position);

    TunnelChart *m_chart = nullptr;
    QRubberBand *m_band = nullptr;
    QPoint m_pressPosition;
    QPoint m_lastPosition;
    Drag m_drag = Drag::None;
    bool m_pressed = false;
    bool m_dragging = false;
    bool m_wheelScrolls = false;
    int m_wheelRemainder = 0; ///< wheel units short of a whole lane, carried to the next event
};

} // namespace LogSage
