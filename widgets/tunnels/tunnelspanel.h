#pragma once

#include <tunneltimeline.h>

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace LogSage {

class TunnelCharts;
class TunnelTableModel;

/// The IPSec tunnels panel for the main window: a summary line, a sortable table of tunnels
/// and the tunnel charts. Clicking a row focuses the charts on that tunnel and asks to filter
/// the log to it; "All tunnels" shows them all again.
class TunnelsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TunnelsPanel(QWidget *parent = nullptr);

    void setTimeline(const TunnelTimeline &timeline);
    const TunnelTimeline &timeline() const { return m_timeline; }

    TunnelCharts *charts() const { return m_charts; }
    TunnelTableModel *model() const { return m_model; }

Q_SIGNALS:
    /// Filter the log to [fromMsecs, toMsecs) of one tunnel (empty key: all tunnels).
    void filterRequested(qint64 fromMsecs, qint64 toMsecs, const QString &tunnelKey);
    /// Go to a line of the log.
    void lineRequested(qint64 line);

private:
    void focusRow(const QModelIndex &proxyIndex);
    void showAll();
    void updateSummary();

    TunnelTimeline m_timeline;
    TunnelTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    TunnelCharts *m_charts = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_showAll = nullptr;
    QStackedWidget *m_stack = nullptr;
};

} // namespace LogSage
