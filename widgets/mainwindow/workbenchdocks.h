#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;

namespace LogSage {

class BookmarksPanel;
class Catalog;
class LogTab;
class MessagesOverview;
class TunnelsPanel;

/// The docks around the log: the messages overview and the IPSec tunnels panel. They follow the
/// current tab, are recomputed when its indexing finishes, and drive its filter when clicked.
class WorkbenchDocks : public QObject
{
    Q_OBJECT
public:
    WorkbenchDocks(QMainWindow *window, const Catalog &catalog);
    ~WorkbenchDocks() override;

    /// The tab the docks show; null when no log is open.
    void setTab(LogTab *tab);
    /// Recomputes both docks from the tab (after indexing, or when the catalog changed).
    void refresh(LogTab *tab);
    QAction *overviewAction() const;
    QAction *tunnelsAction() const;
    QAction *bookmarksAction() const;
    MessagesOverview *overview() const { return m_overview; }
    TunnelsPanel *tunnels() const { return m_tunnels; }
    BookmarksPanel *bookmarks() const { return m_bookmarks; }
    void retranslate();

private:
    QMainWindow *m_window;
    const Catalog &m_catalog;
    LogTab *m_tab = nullptr;
    QDockWidget *m_overviewDock = nullptr;
    QDockWidget *m_tunnelsDock = nullptr;
    QDockWidget *m_bookmarksDock = nullptr;
    MessagesOverview *m_overview = nullptr;
    TunnelsPanel *m_tunnels = nullptr;
    BookmarksPanel *m_bookmarks = nullptr;
};

} // namespace LogSage
