#pragma once

#include "messagesoverviewmodel.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace LogSage {

class Case;
class Catalog;
class MessageRecordSource;

/// The messages of a log at a glance: a sortable table of message types (ID, severity, count,
/// first and last time, checklist progress) with a search field. Clicking a row or pressing Enter
/// on it emits messageActivated(), so the log can be filtered to that message.
class MessagesOverview : public QWidget
{
    Q_OBJECT
public:
    explicit MessagesOverview(QWidget *parent = nullptr);
    ~MessagesOverview() override;

    /// Counts the messages of `source` on a worker and shows them when done; a running count is
    /// cancelled first. `source` and `catalog` must outlive the count: call cancel() before
    /// destroying them.
    void start(std::shared_ptr<const MessageRecordSource> source, const Catalog *catalog);
    /// Stops a running count (and search for causes) and waits for the worker to leave (it checks often).
    void cancel();
    bool isCounting() const;

    /// Starts finding, on a worker, which causes each message's lines point to (e.g. with
    /// startMatchedCauses()), for the checklist column.
    using CauseSearch = std::function<QFuture<QHash<quint16, QList<int>>>(const MessageStats &)>;
    /// Used each time counts arrive: the checklist cells show "…" until the search is done, and a
    /// newer count, or cancel(), stops a running one.
    void setCauseSearch(CauseSearch search);
    bool isFindingCauses() const;

    void setStats(const MessageStats &stats); ///< shows counts made elsewhere
    void setCase(Case *investigation);        ///< may be null; not owned
    MessagesOverviewModel *model() const { return m_model; }

Q_SIGNALS:
    void messageActivated(quint16 messageType);
    void countingFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSummary();
    void activate(const QModelIndex &proxyIndex);

    MessagesOverviewModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QFutureWatcher<MessageStats> m_watcher;
    QFutureWatcher<QHash<quint16, QList<int>>> m_causeWatcher;
    CauseSearch m_causeSearch;
};

} // namespace LogSage
