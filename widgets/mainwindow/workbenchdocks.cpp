#include "workbenchdocks.h"

#include "bookmarkspanel.h"
#include "catalog.h"
#include "filterbar.h"
#include "logdocument.h"
#include "logtab.h"
#include "logview.h"
#include "matchedcauses.h"
#include "messagesoverview.h"
#include "messagestatssource.h"
#include "tunnellogfilter.h"
#include "tunnelspanel.h"
#include "tunneltimeline.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace LogSage {

WorkbenchDocks::WorkbenchDocks(QMainWindow *window, const Catalog &catalog)
    : QObject(window)
    , m_window(window)
    , m_catalog(catalog)
{
    m_overview = new MessagesOverview;
    m_overviewDock = new QDockWidget(window);
    m_overviewDock->setObjectName(u"messagesDock"_s);
    m_overviewDock->setWidget(m_overview);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_overviewDock);

    m_tunnels = new TunnelsPanel;
    m_tunnelsDock = new QDockWidget(window);
    m_tunnelsDock->setObjectName(u"tunnelsDock"_s);
    m_tunnelsDock->setWidget(m_tunnels);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_tunnelsDock);
    window->tabifyDockWidget(m_overviewDock, m_tunnelsDock);
    m_bookmarks = new BookmarksPanel;
    m_bookmarksDock = new QDockWidget(window);
    m_bookmarksDock->setObjectName(u"bookmarksDock"_s);
    m_bookmarksDock->setWidget(m_bookmarks);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_bookmarksDock);
    window->tabifyDockWidget(m_tunnelsDock, m_bookmarksDock);
    m_overviewDock->raise();
    // The log stays the main thing; the docks start low (a saved window state overrides this).
    window->resizeDocks({m_overviewDock, m_tunnelsDock}, {240, 240}, Qt::Vertical);

    // Counts arrive only for the current tab's document (refresh() cancels the others), so the
    // overview's progress counts the causes its lines point to, as the reference panel does per line.
    // Found on a worker (a big log is parsed until every cause is seen); refresh() and the window
    // cancel it, through the overview, before the document or the catalog goes.
    m_overview->setCauseSearch([this](const MessageStats &stats) {
        return m_tab ? startMatchedCauses(*m_tab->document(), m_catalog, stats) : QFuture<QHash<quint16, QList<int>>>();
    });
    // The window may delete its docks before this object: forget the overview then.
    connect(m_overview, &QObject::destroyed, this, [this] { m_overview = nullptr; });
    connect(m_overview, &MessagesOverview::messageActivated, this, [this](quint16 type) {
        if (m_tab)
            m_tab->showOnlyMessage(QString::fromUtf8(m_tab->document()->messageTypeName(type)));
    });
    connect(m_tunnels, &TunnelsPanel::filterRequested, this,
            [this, tunnelFilter = TunnelLogFilter()](qint64 fromMsecs, qint64 toMsecs, const QString &tunnelKey) mutable {
                if (!m_tab)
                    return;
                const TunnelTimeline &timeline = m_tunnels->timeline();
                const int index = tunnelKey.isEmpty() ? -1 : timeline.tunnelIndex(tunnelKey);
                m_tab->setFilter(tunnelFilter.apply(m_tab->filter(), fromMsecs, toMsecs,
                                                    index < 0 ? nullptr : &timeline.tunnels().at(index)));
            });
    connect(m_tunnels, &TunnelsPanel::lineRequested, this, [this](qint64 line) {
        if (m_tab && line >= 0)
            m_tab->goToLine(LineNumber(quint64(line)));
    });
    connect(m_bookmarks, &BookmarksPanel::lineActivated, this, [this](LineNumber line) {
        if (m_tab) {
            m_tab->goToLine(line);
            m_tab->view()->setFocus();
        }
    });
    retranslate();
}

WorkbenchDocks::~WorkbenchDocks()
{
    if (m_overview)
        m_overview->cancel();
}

QAction *WorkbenchDocks::overviewAction() const
{
    return m_overviewDock->toggleViewAction();
}

QAction *WorkbenchDocks::tunnelsAction() const
{
    return m_tunnelsDock->toggleViewAction();
}

QAction *WorkbenchDocks::bookmarksAction() const
{
    return m_bookmarksDock->toggleViewAction();
}

void WorkbenchDocks::retranslate()
{
    m_overviewDock->setWindowTitle(tr("Messages"));
    m_tunnelsDock->setWindowTitle(tr("IPSec Tunnels"));
    m_bookmarksDock->setWindowTitle(tr("Bookmarks"));
}

void WorkbenchDocks::setTab(LogTab *tab)
{
    if (tab == m_tab)
        return;
    m_tab = tab;
    refresh(tab);
}

void WorkbenchDocks::refresh(LogTab *tab)
{
    if (tab != m_tab)
        return;
    m_overview->cancel();
    if (!tab) {
        m_overview->setStats({});
        m_overview->setCase(nullptr);
        m_tunnels->setTimeline(TunnelTimeline::build({}));
        m_bookmarks->setSource(nullptr, {}, nullptr);
        return;
    }
    m_bookmarks->setSource(tab->investigation(), tab->bookmarkFileKey(), tab->document());
    m_overview->setCase(tab->investigation());
    m_overview->start(std::make_shared<LogDocumentRecords>(*tab->document()), &m_catalog);
    m_tunnels->load(*tab->document(), &m_catalog);
}

} // namespace LogSage
