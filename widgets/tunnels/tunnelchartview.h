#pragma once

#include "tunnelchart.h"

#include <QChartView>

class QRubberBand;

namespace LogSage {

/// Shows one TunnelChart: a tooltip on hover, a click or double-click reports the hit under the
/// mouse, and a horizontal drag on a time chart reports the time range dragged over.
class TunnelChartView : public QChartView
{
    Q_OBJECT
public:
    explicit TunnelChartView(QWidget *parent = nullptr);

    /// Shows `chart`, taking ownership, and deletes the chart shown before.
    void setTunnelChart(TunnelChart *chart);
    TunnelChart *tunnelChart() const { return m_chart; }

    /// The view position of a chart position (for tests and callers that place things).
    QPoint viewPosition(QPointF chartPosition) const;
    /// The tooltip for a hit: its text and what a click and a double-click will do.
    QString toolTipFor(const TunnelChartHit &hit) const;

Q_SIGNALS:
    void hitClicked(const LogSage::TunnelChartHit &hit);
    void hitDoubleClicked(const LogSage::TunnelChartHit &hit);
    void rangeDragged(qint64 fromMsecs, qint64 toMsecs);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QPointF chartPosition(QPoint viewPosition) const;
    std::optional<TunnelChartHit> hitAt(QPoint viewPosition) const;

    TunnelChart *m_chart = nullptr;
    QRubberBand *m_band = nullptr;
    QPoint m_pressPosition;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace LogSage
