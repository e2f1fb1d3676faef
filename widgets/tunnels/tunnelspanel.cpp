#include "tunnelspanel.h"

#include "tunnelcharts.h"
#include "tunneltablemodel.h"
#include "tunneltimelineloader.h"

#include <logdocument.h>

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QResizeEvent>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace LogSage {

TunnelsPanel::TunnelsPanel(QWidget *parent) : QWidget(parent)
{
    m_model = new TunnelTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TunnelTableModel::SortRole);

    m_table = new QTableView(this);
    m_table->setObjectName(u"tunnelTable"_s);
    m_table->setTabKeyNavigation(false); // Tab leaves the table: arrows move inside it
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    // Worst first: the tunnels down (or never up) at the end, longest down first.
    m_table->sortByColumn(TunnelTableModel::LastState, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The free width goes to the reason, the text that gains from it, not to a short count.
    m_table->horizontalHeader()->setSectionResizeMode(TunnelTableModel::TopFailureReason, QHeaderView::Stretch);
    // Thousands of tunnels: columns sized to the first hundred rows and those shown, not every row.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->setWordWrap(false);
    // A new sort order of the table is the lanes' order too.
    connect(m_proxy, &QSortFilterProxyModel::layoutChanged, this, [this] {
        if (m_charts)
            m_charts->setLaneOrder(tableOrder());
    });
    connect(m_table, &QTableView::clicked, this, &TunnelsPanel::focusRow);
    connect(m_table, &QTableView::activated, this, &TunnelsPanel::focusRow);
    // The arrow keys move the current row: it focuses like a click. A mouse press moves it too,
    // but its click does the focusing, once.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && QGuiApplication::mouseButtons() == Qt::NoButton
                    && m_table->selectionModel()->isRowSelected(current.row()))
                    focusRow(current);
            });
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *filterAction = new QAction(tr("Filter the Log to This Tunnel"), m_table);
    filterAction->setObjectName(u"filterTunnelAction"_s);
    connect(filterAction, &QAction::triggered, this, [this] { focusRow(m_table->currentIndex()); });
    auto *copyAction = new QAction(tr("Copy Table as CSV"), m_table);
    copyAction->setObjectName(u"copyCsvAction"_s);
    connect(copyAction, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(m_model->toCsv()); });
    m_table->addActions({filterAction, copyAction});

    m_charts = new TunnelCharts(this);
    m_charts->setObjectName(u"tunnelCharts"_s);
    connect(m_charts, &TunnelCharts::filterRequested, this, &TunnelsPanel::filterRequested);
    connect(m_charts, &TunnelCharts::lineRequested, this, &TunnelsPanel::lineRequested);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_showAll = new QPushButton(tr("All tunnels"), this);
    m_showAll->setObjectName(u"showAllButton"_s);
    m_showAll->setEnabled(false);
    connect(m_showAll, &QPushButton::clicked, this, &TunnelsPanel::showAll);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"tunnelSplitter"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(m_charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    m_splitter = splitter;

    auto *empty = new QLabel(tr("No IPSec tunnel events (IPSEC_TUNNEL_ESTABLISHED, IPSEC_TUNNEL_TEARED_DOWN, "
                                "IKE_NEGO_FAIL) in this log."),
                             this);
    empty->setObjectName(u"emptyLabel"_s);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);

    auto *reading = new QLabel(tr("Reading the IPSec tunnel events…"), this);
    reading->setObjectName(u"readingLabel"_s);
    reading->setAlignment(Qt::AlignCenter);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(splitter);
    m_stack->addWidget(reading);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"busyIndicator"_s);
    m_busy->setRange(0, 0); // no steps to count: it only says "working"
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();

    m_loader = new TunnelTimelineLoader(this);
    connect(m_loader, &TunnelTimelineLoader::finished, this, [this](const TunnelTimeline &timeline) {
        setBusy(false);
        showTimeline(timeline, m_keepView ? TunnelCharts::ViewKeeping::Keep : TunnelCharts::ViewKeeping::Reset);
        Q_EMIT loaded();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_busy);
    top->addWidget(m_showAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    updateSummary();
}

void TunnelsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // A wide, low panel (the bottom dock) or a wide floating one: table and charts side by side,
    // so the charts keep the whole height for their lanes.
    const Qt::Orientation orientation
        = width() >= 800 && width() >= 2 * height() ? Qt::Horizontal : Qt::Vertical;
    if (orientation == m_splitter->orientation())
        return;
    m_splitter->setOrientation(orientation);
    const int length = orientation == Qt::Horizontal ? m_splitter->width() : m_splitter->height();
    // Side by side the charts need the width for time; stacked, the height for lanes.
    m_splitter->setSizes(orientation == Qt::Horizontal ? QList<int>{length * 2 / 5, length * 3 / 5}
                                                       : QList<int>{length / 4, length * 3 / 4});
}

TunnelsPanel::~TunnelsPanel()
{
    cancelLoad();
}

void TunnelsPanel::load(const LogDocument &document, const Catalog *catalog)
{
    const bool sameDocument = m_document == &document;
    cancelLoad();
    m_document = &document;
    const auto drop = [this] {
        cancelLoad();
        m_document = nullptr;
    };
    m_documentConnections = {connect(&document, &LogDocument::opened, this, drop),
                             connect(&document, &LogDocument::reset, this, drop),
                             connect(&document, &QObject::destroyed, this, drop)};
    // The same log read again (a followed log grew): the user's bucket size, zoom and lanes stay.
    m_keepView = sameDocument && !m_timeline.isEmpty();
    if (!sameDocument) {
        // Another log: what is shown belongs to the one before.
        showTimeline(TunnelTimeline::build({}));
        m_stack->setCurrentIndex(2);
    }
    setBusy(true);
    m_loader->start(document, catalog);
}

bool TunnelsPanel::isLoading() const
{
    return m_loader->isRunning();
}

void TunnelsPanel::cancelLoad()
{
    for (const auto &connection : std::as_const(m_documentConnections))
        disconnect(connection);
    m_documentConnections.clear();
    m_loader->cancel();
    setBusy(false);
}

void TunnelsPanel::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    if (!busy && m_stack->currentIndex() == 2)
        m_stack->setCurrentIndex(m_timeline.isEmpty() ? 0 : 1);
}

void TunnelsPanel::setTimeline(const TunnelTimeline &timeline)
{
    cancelLoad();
    m_document = nullptr;
    showTimeline(timeline);
}

void TunnelsPanel::showTimeline(const TunnelTimeline &timeline, TunnelCharts::ViewKeeping keeping)
{
    m_timeline = timeline;
    m_model->setTimeline(timeline);
    m_charts->setTimeline(timeline, tableOrder(), keeping);
    // Still focused on a tunnel of the log: "All tunnels" stays offered.
    m_showAll->setEnabled(!m_charts->focusTunnel().isEmpty());
    m_stack->setCurrentIndex(timeline.isEmpty() ? 0 : 1);
    updateSummary();
}

QList<int> TunnelsPanel::tableOrder() const
{
    QList<int> order;
    order.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        order.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row()); // model rows are timeline indexes
    return order;
}

void TunnelsPanel::focusRow(const QModelIndex &proxyIndex)
{
    const QString key = m_proxy->data(proxyIndex, TunnelTableModel::KeyRole).toString();
    if (key.isEmpty())
        return;
    m_charts->setFocusTunnel(key);
    m_showAll->setEnabled(true);
    const TunnelSummary &tunnel = m_timeline.tunnels().at(m_timeline.tunnelIndex(key));
    const qint64 from = m_timeline.events().at(tunnel.events.first()).wallMsecs;
    const qint64 to = m_timeline.events().at(tunnel.events.last()).wallMsecs + 1;
    Q_EMIT filterRequested(from, to, key);
}

void TunnelsPanel::showAll()
{
    m_table->clearSelection();
    m_charts->setFocusTunnel({});
    m_showAll->setEnabled(false);
    if (!m_timeline.isEmpty())
        Q_EMIT filterRequested(m_timeline.startMsecs(), m_timeline.endMsecs() + 1, {});
}

void TunnelsPanel::updateSummary()
{
    if (m_timeline.isEmpty()) {
        m_summary->setText(tr("IPSec tunnels"));
        return;
    }
    QSet<QString> hosts;
    int flaps = 0;
    int failures = 0;
    int down = 0;
    for (const TunnelSummary &tunnel : m_timeline.tunnels()) {
        hosts.insert(tunnel.host);
        flaps += tunnel.flaps;
        failures += tunnel.negotiationFailures;
        down += tunnel.lastState == TunnelSummary::State::Down || tunnel.neverUp() ? 1 : 0;
    }
    m_summary->setText(tr("Tunnels: %L1 · devices: %L2 · flaps: %L3 · negotiation failures: %L4 · down at the end: %L5")
                           .arg(m_timeline.tunnels().size())
                           .arg(hosts.size())
                           .arg(flaps)
                           .arg(failures)
                           .arg(down));
}

} // namespace LogSage
