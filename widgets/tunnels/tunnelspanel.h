#pragma once

#include "tunnelcharts.h"

#include <tunneltimeline.h>

#include <QWidget>

class QLabel;
class QProgressBar;
class QSplitter;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace LogSage {

class Catalog;
class LogDocument;
class TunnelTableModel;
class TunnelTimelineLoader;

/// The IPSec tunnels panel for the main window: a summary line, a sortable table of tunnels
/// and the tunnel charts (side by side when the panel is wide and low, one above the other
/// otherwise). The table starts sorted worst first (down at the end, then by downtime).
/// Clicking (or moving with the arrow keys to) a row focuses the charts on that tunnel and asks to filter
/// the log to it; "All tunnels" shows them all again. The chart's lanes follow the table's
/// sort order. load() reads a document's tunnel events
/// on a worker thread and shows a busy indicator meanwhile.
class TunnelsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TunnelsPanel(QWidget *parent = nullptr);
    ~TunnelsPanel() override;

    /// Reads the tunnel events of `document` on a worker and shows them when done (the
    /// previous ones stay shown while the same document is read again). Reading is cancelled
    /// when the document is reopened, reset or destroyed, or another load or timeline comes.
    void load(const LogDocument &document, const Catalog *catalog);
    bool isLoading() const;
    /// Shows a timeline (cancels a load).
    void setTimeline(const TunnelTimeline &timeline);
    const TunnelTimeline &timeline() const { return m_timeline; }

    TunnelCharts *charts() const { return m_charts; }
    TunnelTableModel *model() const { return m_model; }

Q_SIGNALS:
    /// Filter the log to [fromMsecs, toMsecs) of one tunnel (empty key: all tunnels).
    void filterRequested(qint64 fromMsecs, qint64 toMsecs, const QString &tunnelKey);
    /// Go to a line of the log.
    void lineRequested(qint64 line);
    /// A load() finished and its timeline is shown.
    void loaded();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void focusRow(const QModelIndex &proxyIndex);
    void showAll();
    void updateSummary();
    /// The timeline indexes of the tunnels in the table's rows, top row first.
    QList<int> tableOrder() const;
    void showTimeline(const TunnelTimeline &timeline,
                      TunnelCharts::ViewKeeping keeping = TunnelCharts::ViewKeeping::Reset);
    void setBusy(bool busy);
    void cancelLoad();

    TunnelTimeline m_timeline;
    TunnelTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    TunnelCharts *m_charts = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_showAll = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr; ///< table and charts: side by side when the panel is wide
    QProgressBar *m_busy = nullptr;
    TunnelTimelineLoader *m_loader = nullptr;
    bool m_keepView = false; ///< the load running reads the log shown again
    const LogDocument *m_document = nullptr; ///< the document loaded last, to drop on its signals
    QList<QMetaObject::Connection> m_documentConnections;
};

} // namespace LogSage
