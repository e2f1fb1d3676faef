#include "tunnelchartview.h"

#include <QApplication>
#include <QMouseEvent>
#include <QRubberBand>
#include <QToolTip>

namespace LogSage {

TunnelChartView::TunnelChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setRubberBand(QChartView::NoRubberBand);
    setFrameShape(QFrame::NoFrame);
    m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
    m_band->hide();
}

void TunnelChartView::setTunnelChart(TunnelChart *chart)
{
    QChart *previous = QChartView::chart();
    setChart(chart);
    m_chart = chart;
    delete previous;
}

QPointF TunnelChartView::chartPosition(QPoint viewPosition) const
{
    return m_chart ? m_chart->mapFromScene(mapToScene(viewPosition)) : QPointF();
}

QPoint TunnelChartView::viewPosition(QPointF position) const
{
    return m_chart ? mapFromScene(m_chart->mapToScene(position)) : QPoint();
}

std::optional<TunnelChartHit> TunnelChartView::hitAt(QPoint viewPosition) const
{
    return m_chart ? m_chart->hitAt(chartPosition(viewPosition)) : std::nullopt;
}

QString TunnelChartView::toolTipFor(const TunnelChartHit &hit) const
{
    QString text = hit.toolTip;
    if (hit.hasRange)
        text += u'\n' + tr("Click to filter the log to this time; drag across the chart for a longer range.");
    if (hit.line >= 0)
        text += u'\n' + tr("Double-click to go to line %1.").arg(hit.line + 1);
    return text;
}

void TunnelChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_chart) {
        QChartView::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPosition = event->position().toPoint();
    event->accept();
}

void TunnelChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    if (m_pressed && m_chart && m_chart->hasTimeAxis()) {
        if (!m_dragging && std::abs(position.x() - m_pressPosition.x()) >= QApplication::startDragDistance())
            m_dragging = true;
        if (m_dragging) {
            const QRectF plot = m_chart->mapRectToScene(m_chart->plotArea());
            const QRect plotInView = mapFromScene(plot).boundingRect();
            const int left = std::clamp(std::min(position.x(), m_pressPosition.x()), plotInView.left(), plotInView.right());
            const int right = std::clamp(std::max(position.x(), m_pressPosition.x()), plotInView.left(), plotInView.right());
            m_band->setGeometry(QRect(QPoint(left, plotInView.top()), QPoint(right, plotInView.bottom())));
            m_band->show();
            QToolTip::hideText();
            event->accept();
            return;
        }
    }
    if (const auto hit = hitAt(position))
        QToolTip::showText(event->globalPosition().toPoint(), toolTipFor(*hit), this);
    else
        QToolTip::hideText();
    QChartView::mouseMoveEvent(event);
}

void TunnelChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    m_band->hide();
    const QPoint position = event->position().toPoint();
    if (m_dragging) {
        m_dragging = false;
        const QRectF plot = m_chart->plotArea();
        auto clampX = [&plot](QPointF p) { return QPointF(std::clamp(p.x(), plot.left(), plot.right()), p.y()); };
        qint64 from = m_chart->wallMsecsAt(clampX(chartPosition(m_pressPosition)));
        qint64 to = m_chart->wallMsecsAt(clampX(chartPosition(position)));
        if (from > to)
            std::swap(from, to);
        if (to > from)
            Q_EMIT rangeDragged(from, to);
    } else if (const auto hit = hitAt(position)) {
        Q_EMIT hitClicked(*hit);
    }
    event->accept();
}

void TunnelChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const auto hit = hitAt(event->position().toPoint())) {
            Q_EMIT hitDoubleClicked(*hit);
            event->accept();
            return;
        }
    }
    QChartView::mouseDoubleClickEvent(event);
}

void TunnelChartView::leaveEvent(QEvent *event)
{
    QToolTip::hideText();
    QChartView::leaveEvent(event);
}

} // namespace LogSage
