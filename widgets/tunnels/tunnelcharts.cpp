#include "tunnelcharts.h"

#include "tunnelchartview.h"
#include "tunneleventschart.h"
#include "tunnellaneschart.h"
#include "tunnelreasonschart.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace LogSage {

TunnelCharts::TunnelCharts(QWidget *parent) : QWidget(parent)
{
    m_dark = TunnelChartPalette::isDark(palette());

    m_bucketCombo = new QComboBox(this);
    m_bucketCombo->setObjectName(u"bucketCombo"_s);
    m_bucketCombo->addItem(tr("Per minute"), int(TunnelTimeline::BucketSize::Minute));
    m_bucketCombo->addItem(tr("Per hour"), int(TunnelTimeline::BucketSize::Hour));
    m_bucketCombo->addItem(tr("Per day"), int(TunnelTimeline::BucketSize::Day));
    m_bucketCombo->setCurrentIndex(1);
    connect(m_bucketCombo, &QComboBox::activated, this, [this](int index) {
        setBucketSize(TunnelTimeline::BucketSize(m_bucketCombo->itemData(index).toInt()));
    });
    auto *bucketLabel = new QLabel(tr("Events:"), this);
    bucketLabel->setBuddy(m_bucketCombo);

    m_eventsView = new TunnelChartView(this);
    m_eventsView->setObjectName(u"eventsChartView"_s);
    m_lanesView = new TunnelChartView(this);
    m_lanesView->setObjectName(u"lanesChartView"_s);
    m_reasonsView = new TunnelChartView(this);
    m_reasonsView->setObjectName(u"reasonsChartView"_s);
    for (TunnelChartView *view : {m_eventsView, m_lanesView, m_reasonsView}) {
        connect(view, &TunnelChartView::hitClicked, this, &TunnelCharts::onClicked);
        connect(view, &TunnelChartView::hitDoubleClicked, this, &TunnelCharts::onDoubleClicked);
        connect(view, &TunnelChartView::rangeDragged, this, [this](qint64 from, qint64 to) {
            Q_EMIT filterRequested(from, to, m_focus);
        });
    }

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"tunnelChartTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_eventsView, tr("Events over time"));
    m_tabs->addTab(m_lanesView, tr("Up and down periods"));
    m_tabs->addTab(m_reasonsView, tr("Reasons"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addStretch(1);
    bar->addWidget(bucketLabel);
    bar->addWidget(m_bucketCombo);
    m_tabs->setCornerWidget(new QWidget(this), Qt::TopRightCorner);
    m_tabs->cornerWidget(Qt::TopRightCorner)->setLayout(bar);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    rebuild();
}

TunnelCharts::~TunnelCharts() = default;

void TunnelCharts::setTimeline(const TunnelTimeline &timeline)
{
    m_timeline = timeline;
    if (m_timeline.tunnelIndex(m_focus) < 0)
        m_focus.clear();
    m_bucketSize = m_timeline.suggestedBucketSize();
    updateBucketChoices();
    rebuild();
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
    if (m_timeline.bucketCount(size) > maximumBuckets)
        return;
    m_bucketSize = size;
    m_bucketCombo->setCurrentIndex(m_bucketCombo->findData(int(size)));
    rebuild();
}

void TunnelCharts::updateBucketChoices()
{
    auto *model = qobject_cast<QStandardItemModel *>(m_bucketCombo->model());
    for (int row = 0; row < m_bucketCombo->count(); ++row) {
        const auto size = TunnelTimeline::BucketSize(m_bucketCombo->itemData(row).toInt());
        if (model)
            model->item(row)->setEnabled(m_timeline.bucketCount(size) <= maximumBuckets);
    }
    m_bucketCombo->setCurrentIndex(m_bucketCombo->findData(int(m_bucketSize)));
}

void TunnelCharts::rebuild()
{
    const TunnelChartPalette palette = TunnelChartPalette::forDark(m_dark);
    m_eventsView->setTunnelChart(new TunnelEventsChart(m_timeline, m_bucketSize, m_focus, palette));
    m_lanesView->setTunnelChart(new TunnelLanesChart(m_timeline, m_focus, palette));
    m_reasonsView->setTunnelChart(new TunnelReasonsChart(m_timeline, m_focus, palette));
    for (TunnelChartView *view : {m_eventsView, m_lanesView, m_reasonsView})
        view->setBackgroundBrush(palette.background);
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
