#pragma once

#include <tunneltimeline.h>

#include <QWidget>

class QComboBox;
class QTabWidget;

namespace LogSage {

class TunnelChartView;
struct TunnelChartHit;

/// The tunnel charts as one widget: events per time bucket, up/down lanes per tunnel, and a
/// breakdown of teardown and failure reasons. The rest of the application sees only this
/// class (and TunnelChartRenderer), never Qt Charts.
///
/// A click on a bucket or lane segment asks to filter the log to that time range and tunnel;
/// dragging across a time chart asks for the range dragged over; a double-click asks to go to
/// the line of the first event there. Colours follow the widget palette (light or dark).
class TunnelCharts : public QWidget
{
    Q_OBJECT
public:
    explicit TunnelCharts(QWidget *parent = nullptr);
    ~TunnelCharts() override;

    void setTimeline(const TunnelTimeline &timeline); ///< also picks the bucket size for its span
    const TunnelTimeline &timeline() const { return m_timeline; }

    /// Shows one tunnel only (empty: all tunnels).
    void setFocusTunnel(const QString &tunnelKey);
    QString focusTunnel() const { return m_focus; }

    void setBucketSize(TunnelTimeline::BucketSize size);
    TunnelTimeline::BucketSize bucketSize() const { return m_bucketSize; }

    /// Bucket sizes that need more bars than this over the span are not offered: thinner bars
    /// than about a pixel and a half would vanish.
    static constexpr qsizetype maximumBuckets = 600;

Q_SIGNALS:
    void filterRequested(qint64 fromMsecs, qint64 toMsecs, const QString &tunnelKey);
    void lineRequested(qint64 line);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateBucketChoices();
    void onClicked(const TunnelChartHit &hit);
    void onDoubleClicked(const TunnelChartHit &hit);

    TunnelTimeline m_timeline;
    QString m_focus;
    TunnelTimeline::BucketSize m_bucketSize = TunnelTimeline::BucketSize::Hour;
    bool m_dark = false;
    QComboBox *m_bucketCombo = nullptr;
    QTabWidget *m_tabs = nullptr;
    TunnelChartView *m_eventsView = nullptr;
    TunnelChartView *m_lanesView = nullptr;
    TunnelChartView *m_reasonsView = nullptr;
};

} // namespace LogSage
