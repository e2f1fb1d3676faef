#include "tunnelcharts.h"

#include "tunnelchartexport.h"
#include "tunnelchartrenderer.h"
#include "tunnelchartview.h"
#include "tunneleventschart.h"
#include "tunnellaneschart.h"
#include "tunnelreasonschart.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <tuple>

using namespace Qt::StringLiterals;

namespace LogSage {

TunnelCharts::TunnelCharts(QWidget *parent) : QWidget(parent)
{
    m_dark = TunnelChartPalette::isDark(palette());

    m_bucketCombo = new QComboBox(this);
    m_bucketCombo->setObjectName(u"bucketCombo"_s);
    for (TunnelTimeline::BucketSize size : TunnelTimeline::allBucketSizes)
        m_bucketCombo->addItem(bucketLabel(size), int(size));
    m_bucketCombo->setCurrentIndex(m_bucketCombo->findData(int(m_bucketSize)));
    connect(m_bucketCombo, &QComboBox::activated, this, [this](int index) {
        m_bucketChosen = true; // the user's choice outlives a reload of the same log
        setBucketSize(TunnelTimeline::BucketSize(m_bucketCombo->itemData(index).toInt()));
    });
    auto *bucketLabelWidget = new QLabel(tr("Events:"), this);
    bucketLabelWidget->setBuddy(m_bucketCombo);

    m_resetZoom = new QToolButton(this);
    m_resetZoom->setObjectName(u"resetZoomButton"_s);
    m_resetZoom->setText(tr("Reset zoom"));
    m_resetZoom->setToolTip(tr("Show the whole log. Zoom with Ctrl+wheel (over the events also the wheel) or + and "
                               "-, or Shift+drag over a range; pan with Ctrl+drag or the arrow keys."));
    m_resetZoom->setEnabled(false);
    connect(m_resetZoom, &QToolButton::clicked, this, &TunnelCharts::resetZoom);

    m_export = new QToolButton(this);
    m_export->setObjectName(u"exportChartButton"_s);
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the chart shown as a PNG or SVG image"));
    m_export->setPopupMode(QToolButton::MenuButtonPopup);
    auto *sizes = new QMenu(m_export);
    for (QSize size : exportSizes) {
        QAction *action = sizes->addAction(tr("%1 × %2 pixels…").arg(size.width()).arg(size.height()));
        connect(action, &QAction::triggered, this, [this, size] { exportWithDialog(size); });
    }
    m_export->setMenu(sizes);
    connect(m_export, &QToolButton::clicked, this, [this] { exportWithDialog(exportSizes[0]); });

    m_eventsView = new TunnelChartView(this);
    m_eventsView->setObjectName(u"eventsChartView"_s);
    m_lanesView = new TunnelChartView(this);
    m_lanesView->setObjectName(u"lanesChartView"_s);
    m_lanesView->setWheelScrolls(true); // it scrolls vertically: the wheel does that, Ctrl+wheel zooms
    m_reasonsView = new TunnelChartView(this);
    m_reasonsView->setObjectName(u"reasonsChartView"_s);
    for (TunnelChartView *view : {m_eventsView, m_lanesView, m_reasonsView}) {
        connect(view, &TunnelChartView::hitClicked, this, &TunnelCharts::onClicked);
        connect(view, &TunnelChartView::hitDoubleClicked, this, &TunnelCharts::onDoubleClicked);
        connect(view, &TunnelChartView::rangeDragged, this, [this](qint64 from, qint64 to) {
            Q_EMIT filterRequested(from, to, m_focus);
        });
        connect(view, &TunnelChartView::zoomRequested, this, &TunnelCharts::zoom);
        connect(view, &TunnelChartView::panRequested, this, &TunnelCharts::pan);
        connect(view, &TunnelChartView::zoomToRangeRequested, this, &TunnelCharts::showTimeRange);
        connect(view, &TunnelChartView::resetZoomRequested, this, &TunnelCharts::resetZoom);
    }

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"tunnelChartTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_eventsView, tr("Events over time"));
    m_laneScroll = new QScrollBar(Qt::Vertical, this);
    m_laneScroll->setObjectName(u"laneScrollBar"_s);
    m_laneScroll->setToolTip(tr("Scroll through the tunnels' lanes (also the wheel or Page Up and Page Down over "
                                "the chart; Ctrl+wheel zooms the time)"));
    m_laneScroll->setFocusPolicy(Qt::NoFocus); // Tab goes from the chart to what follows, as before
    m_laneScroll->hide();
    connect(m_laneScroll, &QScrollBar::valueChanged, this, [this](int lane) {
        if (auto *chart = static_cast<TunnelLanesChart *>(m_lanesView->tunnelChart()))
            chart->setFirstVisibleLane(lane);
    });
    connect(m_lanesView, &TunnelChartView::verticalScrollRequested, this, [this](int steps, bool pages) {
        if (pages)
            m_laneScroll->setValue(m_laneScroll->value() + steps * m_laneScroll->pageStep());
        else
            m_laneScroll->setValue(m_laneScroll->value() + steps);
    });
    m_lanesPage = new QWidget(this);
    auto *lanesLayout = new QHBoxLayout(m_lanesPage);
    lanesLayout->setContentsMargins(0, 0, 0, 0);
    lanesLayout->setSpacing(0);
    lanesLayout->addWidget(m_lanesView, 1);
    lanesLayout->addWidget(m_laneScroll);

    m_tabs->addTab(m_lanesPage, tr("Up and down periods"));
    m_tabs->addTab(m_reasonsView, tr("Reasons"));
    // Zoom is about time: the reasons tab has none.
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { m_resetZoom->setVisible(m_tabs->currentWidget() != m_reasonsView); });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addStretch(1);
    bar->addWidget(bucketLabelWidget);
    bar->addWidget(m_bucketCombo);
    bar->addWidget(m_resetZoom);
    bar->addWidget(m_export);
    m_tabs->setCornerWidget(new QWidget(this), Qt::TopRightCorner);
    m_tabs->cornerWidget(Qt::TopRightCorner)->setLayout(bar);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    rebuild();
}

TunnelCharts::~TunnelCharts()
{
    // The tab widget outlives the buttons while children are deleted and may still signal.
    disconnect(m_tabs, nullptr, this, nullptr);
}

QString TunnelCharts::bucketLabel(TunnelTimeline::BucketSize size)
{
    switch (size) {
    case TunnelTimeline::BucketSize::Second:
        return tr("Per second");
    case TunnelTimeline::BucketSize::TenSeconds:
        return tr("Per 10 seconds");
    case TunnelTimeline::BucketSize::ThirtySeconds:
        return tr("Per 30 seconds");
    case TunnelTimeline::BucketSize::Minute:
        return tr("Per minute");
    case TunnelTimeline::BucketSize::FiveMinutes:
        return tr("Per 5 minutes");
    case TunnelTimeline::BucketSize::FifteenMinutes:
        return tr("Per 15 minutes");
    case TunnelTimeline::BucketSize::Hour:
        return tr("Per hour");
    case TunnelTimeline::BucketSize::Day:
        break;
    }
    return tr("Per day");
}

void TunnelCharts::setTimeline(const TunnelTimeline &timeline, const QList<int> &laneOrder, ViewKeeping keeping)
{
    const bool keep = keeping == ViewKeeping::Keep;
    const bool zoomed = keep && m_window.isZoomed() && m_window.fullTo() > 1;
    const qint64 shownFrom = m_window.from();
    const qint64 shownTo = m_window.to();
    m_timeline = timeline;
    m_laneOrder = laneOrder;
    if (m_timeline.tunnelIndex(m_focus) < 0)
        m_focus.clear();
    if (!keep)
        m_bucketChosen = false;
    // A couple of hundred bars: seconds for a few minutes of log, days for months.
    if (!m_bucketChosen)
        m_bucketSize = TunnelTimeline::finestBucketSizeFor(m_timeline.endMsecs() - m_timeline.startMsecs(), 240);
    m_bucketCombo->setCurrentIndex(m_bucketCombo->findData(int(m_bucketSize)));
    m_window.setFullRange(0, 1);
    m_keepFirstLane = keep;
    rebuild();
    m_keepFirstLane = true;
    // The zoom stays while what it shows is still inside the log (a followed log only grows).
    if (zoomed && shownFrom >= m_window.fullFrom() && shownTo <= m_window.fullTo()) {
        m_window.show(shownFrom, shownTo);
        applyTimeWindow();
    }
}

void TunnelCharts::setFocusTunnel(const QString &tunnelKey)
{
    if (m_focus == tunnelKey)
        return;
    m_focus = tunnelKey;
    rebuild();
}

void TunnelCharts::setBucketSize(TunnelTimeline::BucketSize size)
{
    m_bucketSize = size;
    m_bucketCombo->setCurrentIndex(m_bucketCombo->findData(int(size)));
    // Only the events chart has buckets.
    m_eventsView->setTunnelChart(
        new TunnelEventsChart(m_timeline, m_bucketSize, m_focus, TunnelChartPalette::forDark(m_dark)));
    updateFullRange();
    applyTimeWindow();
}

void TunnelCharts::setLaneOrder(const QList<int> &tunnelIndexes)
{
    if (tunnelIndexes == m_laneOrder)
        return;
    m_laneOrder = tunnelIndexes;
    setLanesChart();
    applyTimeWindow();
}

void TunnelCharts::setLanesChart()
{
    // Lanes scrolled down: the tunnel at the top stays at the top in the new chart (another
    // order, a reload). Lanes not scrolled stay so: the new order's first comes first.
    QString topKey;
    if (const auto *previous = static_cast<const TunnelLanesChart *>(m_lanesView->tunnelChart());
        previous && m_keepFirstLane && previous->firstVisibleLane() > 0) {
        const int index = previous->laneTunnels().at(previous->firstVisibleLane());
        topKey = index < m_previousTunnelKeys.size() ? m_previousTunnelKeys.at(index) : QString();
    }
    auto *chart = new TunnelLanesChart(m_timeline, m_focus, TunnelChartPalette::forDark(m_dark), m_laneOrder);
    m_lanesView->setTunnelChart(chart);
    m_previousTunnelKeys.clear();
    m_previousTunnelKeys.reserve(m_timeline.tunnels().size());
    for (const TunnelSummary &tunnel : m_timeline.tunnels())
        m_previousTunnelKeys.append(tunnel.key);
    if (const int index = topKey.isEmpty() ? -1 : m_timeline.tunnelIndex(topKey); index >= 0)
        chart->setFirstVisibleLane(int(chart->laneTunnels().indexOf(index)));
    // Another height fits other lanes: the scroll bar follows the chart's page.
    connect(chart, &QChart::plotAreaChanged, this, &TunnelCharts::updateLaneScroll);
    updateLaneScroll();
}

void TunnelCharts::updateLaneScroll()
{
    const auto *chart = static_cast<const TunnelLanesChart *>(m_lanesView->tunnelChart());
    if (!chart)
        return;
    const QSignalBlocker blocker(m_laneScroll);
    m_laneScroll->setRange(0, chart->maximumFirstLane());
    m_laneScroll->setPageStep(std::max(1, chart->lanesPerPage()));
    m_laneScroll->setValue(chart->firstVisibleLane());
    m_laneScroll->setVisible(chart->maximumFirstLane() > 0);
}

void TunnelCharts::rebuild()
{
    const TunnelChartPalette palette = TunnelChartPalette::forDark(m_dark);
    m_eventsView->setTunnelChart(new TunnelEventsChart(m_timeline, m_bucketSize, m_focus, palette));
    setLanesChart();
    m_reasonsView->setTunnelChart(new TunnelReasonsChart(m_timeline, m_focus, palette));
    for (TunnelChartView *view : {m_eventsView, m_lanesView, m_reasonsView})
        view->setBackgroundBrush(palette.background);
    updateFullRange();
    applyTimeWindow();
}

void TunnelCharts::updateFullRange()
{
    // Both time charts span the union of what they draw, so their axes line up.
    qint64 from = 0;
    qint64 to = 0;
    bool any = false;
    for (TunnelChartView *view : {m_eventsView, m_lanesView}) {
        const TunnelChart *chart = view->tunnelChart();
        if (!chart || chart->dataTo() <= chart->dataFrom())
            continue;
        from = any ? std::min(from, chart->dataFrom()) : chart->dataFrom();
        to = any ? std::max(to, chart->dataTo()) : chart->dataTo();
        any = true;
    }
    if (!any)
        return;
    // The whole range is what the axes show unzoomed, so that zooming keeps points in place.
    std::tie(from, to) = TunnelChart::roundedRange(from, to);
    const bool zoomed = m_window.isZoomed() && m_window.fullTo() > 1;
    const qint64 shownFrom = m_window.from();
    const qint64 shownTo = m_window.to();
    m_window.setFullRange(from, to);
    if (zoomed)
        m_window.show(shownFrom, shownTo);
}

void TunnelCharts::applyTimeWindow()
{
    const bool zoomed = m_window.isZoomed();
    for (TunnelChartView *view : {m_eventsView, m_lanesView}) {
        if (TunnelChart *chart = view->tunnelChart())
            chart->showTimeRange(m_window.from(), m_window.to(), !zoomed);
    }
    m_resetZoom->setEnabled(zoomed);
}

void TunnelCharts::zoom(qint64 anchorMsecs, double factor)
{
    m_window.zoom(anchorMsecs, factor);
    applyTimeWindow();
}

void TunnelCharts::pan(qint64 deltaMsecs)
{
    m_window.pan(deltaMsecs);
    applyTimeWindow();
}

void TunnelCharts::showTimeRange(qint64 fromMsecs, qint64 toMsecs)
{
    m_window.show(fromMsecs, toMsecs);
    applyTimeWindow();
}

void TunnelCharts::resetZoom()
{
    m_window.reset();
    applyTimeWindow();
}

TunnelChartSpec TunnelCharts::currentChartSpec() const
{
    TunnelChartSpec spec;
    spec.kind = m_tabs->currentWidget() == m_lanesPage ? TunnelChartSpec::Kind::Lanes
        : m_tabs->currentWidget() == m_reasonsView     ? TunnelChartSpec::Kind::Reasons
                                                       : TunnelChartSpec::Kind::Events;
    spec.bucketSize = m_bucketSize;
    spec.tunnelKey = m_focus;
    spec.dark = m_dark;
    spec.laneOrder = m_laneOrder;
    if (const auto *lanes = static_cast<const TunnelLanesChart *>(m_lanesView->tunnelChart()))
        spec.firstLane = lanes->firstVisibleLane();
    if (m_window.isZoomed()) {
        spec.fromMsecs = m_window.from();
        spec.toMsecs = m_window.to();
    }
    return spec;
}

QString TunnelCharts::exportChart(const QString &path, QSize size) const
{
    return TunnelChartExport::write(path, m_timeline, currentChartSpec(), size);
}

void TunnelCharts::exportWithDialog(QSize size)
{
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG image (*.svg)");
    QString filter = png;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), folder + u"/ipsec-tunnels.png"_s,
                                                png + u";;"_s + svg, &filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".png"_s, Qt::CaseInsensitive) && !path.endsWith(u".svg"_s, Qt::CaseInsensitive))
        path += filter == svg ? u".svg"_s : u".png"_s;
    const QString error = exportChart(path, size);
    if (error.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Chart"), error, QMessageBox::Ok, this);
    box->setObjectName(u"exportErrorBox"_s);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void TunnelCharts::onClicked(const TunnelChartHit &hit)
{
    if (hit.hasRange)
        Q_EMIT filterRequested(hit.fromMsecs, hit.toMsecs, hit.tunnelKey);
}

void TunnelCharts::onDoubleClicked(const TunnelChartHit &hit)
{
    if (hit.line >= 0)
        Q_EMIT lineRequested(hit.line);
}

void TunnelCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange
        || event->type() == QEvent::StyleChange) {
        const bool dark = TunnelChartPalette::isDark(palette());
        if (dark != m_dark) {
            m_dark = dark;
            rebuild();
        }
    }
    QWidget::changeEvent(event);
}

} // namespace LogSage
