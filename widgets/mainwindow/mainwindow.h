#pragma once

#include "catalog.h"
#include "linetypes.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QToolButton;

namespace LogSage {

class CatalogActions;
struct CaseLoad;
class LogDocument;
class LogTab;
class LogView;
class NavigationActions;
class ReferencePanel;
class UiLanguage;
class WorkbenchDocks;

/// The application window: a tab per opened log, the reference panel beside it, the menus and
/// the status bar. Owns the catalog.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `language` switches the UI language at run time (View > Language); may be null.
    explicit MainWindow(Catalog catalog, UiLanguage *language = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a log in a new tab; a failure is reported in the status bar and a message box.
    bool openFile(const QString &path);
    /// Opens logs chosen together, a tab each, sharing one case (kept per set of files); false
    /// when any could not be opened.
    bool openFiles(const QStringList &paths);
    /// Opens a case file: every log of it in a tab, with the case's ticks, notes, bookmarks and
    /// filters. Logs not at their saved paths are looked for beside the case file and in the
    /// current log's folder, then asked for (see setLogLocator()).
    bool openCase(const QString &path);
    /// Asks the user where a case's log is, given its saved path; returns the chosen path, or empty.
    /// By default a file dialog (tests give their own).
    void setLogLocator(std::function<QString(const QString &savedPath)> locate) { m_locateLog = std::move(locate); }
    LogTab *currentTab() const;
    LogView *currentView() const;
    LogDocument *currentDocument() const;
    ReferencePanel *referencePanel() const { return m_reference; }
    const Catalog &catalog() const { return m_catalog; }

    /// Selects line `line` (0-based) of the current log; false when it has no such line.
    bool selectLine(quint64 line);
    /// Selects the first line whose values point to a cause, else the first recognized line.
    /// Returns false when the current log has no recognized line.
    bool selectFirstExplainedLine();

Q_SIGNALS:
    void documentIndexed(LogSage::LogDocument *document);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// The reference panel shows the overview's message-wide checklist count beside the line's.
    void connectChecklistProgress();
    void createActions();
    void retranslate();
    void showOpenDialog();
    void updateRecentMenu();
    void addRecent(const QString &path);
    void showAbout();
    void createViewMenu();
    void goToLine();
    void openCaseDialog();
    void showExportDialog();
    void saveCaseAsDialog();
    LogTab *openTab(const QString &path);
    void showCaseLoad(const QList<LogTab *> &tabs, const CaseLoad &load);
    /// The tab that shows the file at `path` already (the same file however named), or null.
    LogTab *openTabOf(const QString &path) const;
    void answerChangedCase(LogTab *tab, bool useThatCase, const QString &casePath);
    void explainLine(LineNumber line);
    void updateStatus();
    void reportError(const QString &message);
    void catalogChanged();
    /// Before an import changes the catalog: stops and waits for every worker that reads it.
    void stopCatalogReaders();

    Catalog m_catalog;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_splitRestored = false; ///< the splitter has its sizes (saved, or set at the first show)
    ReferencePanel *m_reference = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_linesLabel = nullptr;
    QLabel *m_encodingLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    NavigationActions *m_navigation = nullptr;
    CatalogActions *m_catalogActions = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_goToLineAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_openCaseAction = nullptr;
    QAction *m_exportAction = nullptr;
    WorkbenchDocks *m_docks = nullptr;
    QAction *m_saveCaseAction = nullptr;
    QAction *m_toggleBookmarkAction = nullptr;
    QAction *m_bookmarkNoteAction = nullptr;
    QAction *m_nextBookmarkAction = nullptr;
    QAction *m_previousBookmarkAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_languageActions[2] = {};
    QAction *m_themeActions[3] = {};
    UiLanguage *m_language = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    std::function<QString(const QString &)> m_locateLog;
};

} // namespace LogSage
