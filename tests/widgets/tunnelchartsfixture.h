#pragma once

// A shown TunnelCharts window, for the tests that look at one of its charts.

#include <tunnelcharts.h>
#include <tunnelchartview.h>

#include <QTabWidget>

namespace LogSage::TunnelTestData {

/// TunnelCharts on `timeline` at 1000x520, shown; the caller owns it and waits for it to be exposed.
inline TunnelCharts *showCharts(const TunnelTimeline &timeline)
{
    auto *charts = new TunnelCharts;
    charts->resize(1000, 520);
    charts->setTimeline(timeline);
    charts->show();
    return charts;
}

/// Brings the tab holding `view` to the front (a tab's page holds the view; the lanes' page also
/// their scroll bar); false when no tab holds it or it is not shown then.
inline bool showChartTab(TunnelCharts *charts, TunnelChartView *view)
{
    auto *tabs = charts->findChild<QTabWidget *>(QStringLiteral("tunnelChartTabs"));
    if (!tabs || !view)
        return false;
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i) == view || tabs->widget(i)->isAncestorOf(view))
            tabs->setCurrentIndex(i);
    }
    return view->isVisible();
}

} // namespace LogSage::TunnelTestData
