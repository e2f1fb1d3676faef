#include "tunnelchartview.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QRubberBand>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace LogSage {

TunnelChartView::TunnelChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setRubberBand(QChartView::NoRubberBand);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::WheelFocus);
    m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
    m_band->hide();
}

void TunnelChartView::setTunnelChart(TunnelChart *chart)
{
    QChart *previous = QChartView::chart();
    setChart(chart);
    m_chart = chart;
    delete previous;
    if (m_chart)
        m_chart->setCompact(height() < compactHeight);
}

void TunnelChartView::setWheelScrolls(bool scrolls)
{
    m_wheelScrolls = scrolls;
    m_wheelRemainder = 0;
}

void TunnelChartView::resizeEvent(QResizeEvent *event)
{
    if (m_chart)
        m_chart->setCompact(height() < compactHeight);
    QChartView::resizeEvent(event);
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

qint64 TunnelChartView::wallMsecsAtView(QPoint viewPosition) const
{
    const QRectF plot = m_chart->plotArea();
    const QPointF p = chartPosition(viewPosition);
    return m_chart->wallMsecsAt(QPointF(std::clamp(p.x(), plot.left(), plot.right()), p.y()));
}

double TunnelChartView::msecsPerPixel() const
{
    const QRectF plot = mapFromScene(m_chart->mapRectToScene(m_chart->plotArea())).boundingRect();
    return plot.width() > 0 ? double(m_chart->shownTo() - m_chart->shownFrom()) / plot.width() : 0.0;
}

void TunnelChartView::showBand(QPoint position)
{
    const QRectF plot = m_chart->mapRectToScene(m_chart->plotArea());
    const QRect plotInView = mapFromScene(plot).boundingRect();
    const int left = std::clamp(std::min(position.x(), m_pressPosition.x()), plotInView.left(), plotInView.right());
    const int right = std::clamp(std::max(position.x(), m_pressPosition.x()), plotInView.left(), plotInView.right());
    m_band->setGeometry(QRect(QPoint(left, plotInView.top()), QPoint(right, plotInView.bottom())));
    m_band->show();
}

void TunnelChartView::mousePressEvent(QMouseEvent *event)
{
    const bool timeChart = m_chart && m_chart->hasTimeAxis();
    const bool left = event->button() == Qt::LeftButton;
    const bool middle = event->button() == Qt::MiddleButton;
    if (!m_chart || (!left && !(middle && timeChart))) {
        QChartView::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPosition = event->position().toPoint();
    m_lastPosition = m_pressPosition;
    if (timeChart && (middle || (event->modifiers() & Qt::ControlModifier)))
        m_drag = Drag::Pan;
    else if (timeChart && (event->modifiers() & Qt::ShiftModifier))
        m_drag = Drag::Zoom;
    else
        m_drag = timeChart ? Drag::Filter : Drag::None;
    event->accept();
}

void TunnelChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    if (m_pressed && m_drag != Drag::None) {
        if (!m_dragging && std::abs(position.x() - m_pressPosition.x()) >= QApplication::startDragDistance())
            m_dragging = true;
        if (m_dragging) {
            QToolTip::hideText();
            if (m_drag == Drag::Pan) {
                // Dragging moves the data with the mouse, so the range moves the other way.
                const qint64 delta = qint64(std::llround(-(position.x() - m_lastPosition.x()) * msecsPerPixel()));
                m_lastPosition = position;
                if (delta != 0)
                    Q_EMIT panRequested(delta);
            } else {
                showBand(position);
            }
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
    if ((event->button() != Qt::LeftButton && event->button() != Qt::MiddleButton) || !m_pressed) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    m_band->hide();
    const QPoint position = event->position().toPoint();
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (m_dragging) {
        m_dragging = false;
        qint64 from = wallMsecsAtView(m_pressPosition);
        qint64 to = wallMsecsAtView(position);
        if (from > to)
            std::swap(from, to);
        if (to > from && drag == Drag::Filter)
            Q_EMIT rangeDragged(from, to);
        else if (to > from && drag == Drag::Zoom)
            Q_EMIT zoomToRangeRequested(from, to);
    } else if (event->button() == Qt::LeftButton) {
        if (const auto hit = hitAt(position))
            Q_EMIT hitClicked(*hit);
    }
    event->accept();
}

void TunnelChartView::wheelEvent(QWheelEvent *event)
{
    if (!m_chart || !m_chart->hasTimeAxis()) {
        QChartView::wheelEvent(event);
        return;
    }
    const QPoint delta = event->angleDelta();
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const bool scroll = !ctrl && (m_wheelScrolls || (event->modifiers() & Qt::ShiftModifier));
    if (delta.y() != 0 && scroll) {
        // Three lanes a notch (120 eighths of a degree), as a list scrolls three lines; a
        // touchpad's small steps add up until they make a lane.
        constexpr int unitsPerLane = 120 / 3;
        m_wheelRemainder += delta.y();
        const int lanes = m_wheelRemainder / unitsPerLane;
        m_wheelRemainder -= lanes * unitsPerLane;
        if (lanes != 0)
            Q_EMIT verticalScrollRequested(-lanes, false);
    } else if (delta.y() != 0) {
        // 1.25 times per notch; a touchpad's smaller steps zoom by as much less.
        const double factor = std::pow(1.25, delta.y() / 120.0);
        Q_EMIT zoomRequested(wallMsecsAtView(event->position().toPoint()), factor);
    } else if (delta.x() != 0) {
        Q_EMIT panRequested(qint64(std::llround(-delta.x() / 120.0 * 40 * msecsPerPixel())));
    }
    event->accept();
}

void TunnelChartView::keyPressEvent(QKeyEvent *event)
{
    if (!m_chart || !m_chart->hasTimeAxis()) {
        QChartView::keyPressEvent(event);
        return;
    }
    const qint64 span = m_chart->shownTo() - m_chart->shownFrom();
    const qint64 middle = m_chart->shownFrom() + span / 2;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        Q_EMIT zoomRequested(middle, 1.5);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        Q_EMIT zoomRequested(middle, 1 / 1.5);
        break;
    case Qt::Key_Left:
        Q_EMIT panRequested(-span / 10);
        break;
    case Qt::Key_Right:
        Q_EMIT panRequested(span / 10);
        break;
    case Qt::Key_PageUp:
        Q_EMIT verticalScrollRequested(-1, true);
        break;
    case Qt::Key_PageDown:
        Q_EMIT verticalScrollRequested(1, true);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        Q_EMIT resetZoomRequested();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
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
