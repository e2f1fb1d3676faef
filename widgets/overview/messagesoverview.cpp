#include "messagesoverview.h"

#include "messagestatssource.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LogSage {

MessagesOverview::MessagesOverview(QWidget *parent)
    : QWidget(parent)
    , m_model(new MessagesOverviewModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"messagesOverview"_s);
    m_model->setObjectName(u"overviewModel"_s);
    m_proxy->setObjectName(u"overviewProxy"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MessagesOverviewModel::SortRole);
    m_proxy->setFilterKeyColumn(MessagesOverviewModel::IdColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search->setObjectName(u"overviewSearch"_s);
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateSummary();
    });

    m_view->setObjectName(u"overviewTable"_s);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->sortByColumn(MessagesOverviewModel::CountColumn, Qt::DescendingOrder);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(MessagesOverviewModel::IdColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    connect(m_view, &QTreeView::clicked, this, &MessagesOverview::activate);
    connect(m_view, &QTreeView::activated, this, &MessagesOverview::activate);

    m_summary->setObjectName(u"overviewSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    connect(&m_watcher, &QFutureWatcher<MessageStats>::finished, this, [this] {
        if (!m_watcher.isCanceled() && m_watcher.future().resultCount() > 0)
            setStats(m_watcher.result());
        updateSummary();
        Q_EMIT countingFinished();
    });
    connect(&m_causeWatcher, &QFutureWatcher<QHash<quint16, QList<int>>>::finished, this, [this] {
        if (!m_causeWatcher.isCanceled() && m_causeWatcher.future().resultCount() > 0)
            m_model->setMatchedCauses(m_causeWatcher.result());
        else
            m_model->setCausesPending(false); // stopped: every cause's steps count, as without a search
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MessagesOverview::updateSummary);
    retranslate();
}

MessagesOverview::~MessagesOverview()
{
    cancel();
}

void MessagesOverview::start(std::shared_ptr<const MessageRecordSource> source, const Catalog *catalog)
{
    cancel();
    m_watcher.setFuture(MessageStats::start(std::move(source), catalog));
    updateSummary();
}

void MessagesOverview::cancel()
{
    if (m_causeWatcher.isRunning()) {
        m_causeWatcher.cancel();
        m_causeWatcher.waitForFinished();
    }
    if (!m_watcher.isRunning())
        return;
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void MessagesOverview::setCauseSearch(CauseSearch search)
{
    m_causeSearch = std::move(search);
}

bool MessagesOverview::isFindingCauses() const
{
    return m_causeWatcher.isRunning();
}

bool MessagesOverview::isCounting() const
{
    return m_watcher.isRunning();
}

void MessagesOverview::setStats(const MessageStats &stats)
{
    if (m_causeWatcher.isRunning()) {
        m_causeWatcher.cancel();
        m_causeWatcher.waitForFinished();
    }
    m_model->setStats(stats);
    const bool anyEntry = std::any_of(stats.types().cbegin(), stats.types().cend(),
                                      [](const MessageTypeStats &s) { return s.entry != nullptr; });
    if (m_causeSearch && anyEntry) {
        m_model->setCausesPending(true);
        m_causeWatcher.setFuture(m_causeSearch(stats));
    } else {
        m_model->setCausesPending(false);
    }
    updateSummary();
}

void MessagesOverview::setCase(Case *investigation)
{
    m_model->setCase(investigation);
}

void MessagesOverview::activate(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    Q_EMIT messageActivated(proxyIndex.data(MessagesOverviewModel::MessageTypeRole).value<quint16>());
}

void MessagesOverview::updateSummary()
{
    if (m_watcher.isRunning()) {
        m_summary->setText(tr("Counting messages…"));
        return;
    }
    const int total = m_model->rowCount();
    int unknown = 0;
    for (const MessageTypeStats &s : m_model->stats().types())
        unknown += s.isRecognized() ? 0 : 1;
    // Counts after a colon read well in every language without plural forms.
    QString text = tr("Message types: %1").arg(total);
    if (unknown > 0)
        text += u"; "_s + tr("not in the catalog: %1").arg(unknown);
    if (m_proxy->rowCount() != total)
        text += u"; "_s + tr("shown: %1").arg(m_proxy->rowCount());
    m_summary->setText(text);
}

void MessagesOverview::retranslate()
{
    m_search->setPlaceholderText(tr("Filter messages by ID"));
    m_search->setAccessibleName(tr("Filter messages"));
    m_view->setAccessibleName(tr("Messages in this log"));
    m_view->setToolTip(tr("Click a message, or press Enter, to show only its lines."));
    m_summary->setAccessibleName(tr("Message summary"));
    m_model->retranslate();
    updateSummary();
}

void MessagesOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace LogSage
