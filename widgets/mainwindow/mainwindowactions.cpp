// MainWindow's actions and menus, and their texts in the current language.

#include "mainwindow.h"

#include "apptheme.h"
#include "catalogactions.h"
#include "filterbar.h"
#include "logtab.h"
#include "logview.h"
#include "navigationactions.h"
#include "referencebrowser.h"
#include "referenceimport.h"
#include "referencepanel.h"
#include "uilanguage.h"
#include "workbenchdocks.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace LogSage {

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::showOpenDialog);
    m_openAction->setObjectName(u"actionOpen"_s);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(u"menuRecent"_s);
    m_catalogActions = new CatalogActions(this, m_catalog, userCatalogFolder());
    connect(m_catalogActions, &CatalogActions::aboutToChangeCatalog, this, &MainWindow::stopCatalogReaders);
    connect(m_catalogActions, &CatalogActions::catalogChanged, this, &MainWindow::catalogChanged);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_catalogActions->importAction());
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::showExportDialog);
    m_exportAction->setObjectName(u"actionExportReport"_s);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_fileMenu->addSeparator();
    m_openCaseAction = m_fileMenu->addAction(QString(), this, &MainWindow::openCaseDialog);
    m_openCaseAction->setObjectName(u"actionOpenCase"_s);
    m_saveCaseAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveCaseAsDialog);
    m_saveCaseAction->setObjectName(u"actionSaveCaseAs"_s);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setObjectName(u"actionQuit"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_copyAction = m_editMenu->addAction(QString(), this, [this] {
        if (LogView *view = currentView())
            view->copy();
    });
    m_copyAction->setObjectName(u"actionCopy"_s);
    m_copyAction->setShortcut(QKeySequence::Copy);
    // Only while a log view has focus: labels in the reference panel keep their own Ctrl+C.
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_findAction = m_editMenu->addAction(QString(), this, [this] {
        if (LogTab *tab = currentTab())
            tab->openFindBar();
    });
    m_findAction->setObjectName(u"actionFind"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    m_filterAction = m_editMenu->addAction(QString(), this, [this] {
        if (LogTab *tab = currentTab())
            tab->filterBar()->focusText();
    });
    m_filterAction->setObjectName(u"actionFilter"_s);
    m_filterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_findNextAction = m_editMenu->addAction(QString(), this, [this] {
        if (LogTab *tab = currentTab())
            tab->findText(true);
    });
    m_findNextAction->setObjectName(u"actionFindNext"_s);
    m_findNextAction->setShortcut(QKeySequence::FindNext);
    m_findPreviousAction = m_editMenu->addAction(QString(), this, [this] {
        if (LogTab *tab = currentTab())
            tab->findText(false);
    });
    m_findPreviousAction->setObjectName(u"actionFindPrevious"_s);
    m_findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    m_goToLineAction = new QAction(this);
    connect(m_goToLineAction, &QAction::triggered, this, &MainWindow::goToLine);
    m_goToLineAction->setObjectName(u"actionGoToLine"_s);
    m_goToLineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L)); // Ctrl+G is Find Next on most platforms
    createViewMenu();
    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addAction(m_goToLineAction);
    m_goMenu->addSeparator();
    m_toggleBookmarkAction = m_editMenu->addAction(QString(), this, [this] {
        if (LogTab *tab = currentTab(); tab && tab->view()->currentLine())
            tab->toggleBookmark(*tab->view()->currentLine());
    });
    m_toggleBookmarkAction->setObjectName(u"actionToggleBookmark"_s);
    m_toggleBookmarkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_bookmarkNoteAction = m_editMenu->addAction(QString(), this, [this] {
        if (LogTab *tab = currentTab(); tab && tab->view()->currentLine())
            tab->editBookmarkNote(*tab->view()->currentLine());
    });
    m_bookmarkNoteAction->setObjectName(u"actionBookmarkNote"_s);
    m_nextBookmarkAction = m_goMenu->addAction(QString(), this, [this] {
        if (LogTab *tab = currentTab())
            tab->goToBookmark(true);
    });
    m_nextBookmarkAction->setObjectName(u"actionNextBookmark"_s);
    m_nextBookmarkAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_previousBookmarkAction = m_goMenu->addAction(QString(), this, [this] {
        if (LogTab *tab = currentTab())
            tab->goToBookmark(false);
    });
    m_previousBookmarkAction->setObjectName(u"actionPreviousBookmark"_s);
    m_previousBookmarkAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F2));
    m_goMenu->addSeparator();
    m_navigation = new NavigationActions([this] { return currentView(); }, this);
    m_navigation->addTo(m_goMenu, m_viewMenu);
    connect(m_navigation, &NavigationActions::notFound, this, [this](const QString &message) {
        statusBar()->showMessage(message, 5000);
    });
    connect(m_navigation, &NavigationActions::wordWrapChanged, this, [this](bool wrap) {
        for (int i = 0; i < m_tabs->count(); ++i)
            if (auto *tab = qobject_cast<LogTab *>(m_tabs->widget(i)))
                tab->view()->setWordWrap(wrap);
    });

    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_docks->overviewAction());
    m_viewMenu->addAction(m_docks->tunnelsAction());
    m_viewMenu->addAction(m_docks->bookmarksAction());
    m_viewMenu->addAction(m_catalogActions->browserAction());
    m_catalogActions->browserAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_viewMenu->addAction(m_catalogActions->catalogsAction());
    // One reference language for the panel and the browser.
    connect(m_reference, &ReferencePanel::languageChanged, m_catalogActions->browser(), &ReferenceBrowser::setLanguage);
    connect(m_catalogActions->browser(), &ReferenceBrowser::languageChanged, m_reference, &ReferencePanel::setLanguage);
    m_catalogActions->browser()->setLanguage(m_reference->language());
    connect(m_reference, &ReferencePanel::catalogSearchRequested, this, [this](const QString &query) {
        m_catalogActions->browser()->setQuery(query);
        m_catalogActions->browserDock()->show();
        m_catalogActions->browserDock()->raise();
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(u"actionAbout"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    updateRecentMenu();
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(u"menuLanguage"_s);
    auto *languages = new QActionGroup(this);
    const QString codes[2] = {u"en"_s, u"zh_CN"_s};
    for (int i = 0; i < 2; ++i) {
        QAction *action = m_languageMenu->addAction(QString());
        action->setObjectName(u"actionLanguage_"_s + codes[i]);
        action->setCheckable(true);
        action->setChecked(m_language ? m_language->current() == codes[i] : i == 0);
        action->setEnabled(m_language != nullptr);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = codes[i]] {
            m_language->apply(code);
            // Reference text follows the interface language unless the user asked for both.
            if (m_reference->language() != ReferenceLanguage::Both)
                m_reference->setLanguage(code.startsWith(u"zh"_s) ? ReferenceLanguage::Chinese : ReferenceLanguage::English);
            UiLanguage::remember(code);
        });
        m_languageActions[i] = action;
    }

    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->setObjectName(u"menuTheme"_s);
    auto *themes = new QActionGroup(this);
    const AppTheme::Mode current = AppTheme::saved();
    for (AppTheme::Mode mode : {AppTheme::System, AppTheme::Light, AppTheme::Dark}) {
        QAction *action = m_themeMenu->addAction(QString());
        action->setObjectName(u"actionTheme%1"_s.arg(int(mode)));
        action->setCheckable(true);
        action->setChecked(mode == current);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [mode] {
            AppTheme::apply(mode);
            AppTheme::save(mode);
        });
        m_themeActions[mode] = action;
    }
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("LogSage"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open..."));
    m_openAction->setStatusTip(tr("Open a device log file"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_copyAction->setText(tr("&Copy"));
    m_goToLineAction->setText(tr("&Go to Line..."));
    m_findAction->setText(tr("&Find..."));
    m_openCaseAction->setText(tr("Open &Case..."));
    m_exportAction->setText(tr("&Export Report..."));
    m_exportAction->setStatusTip(tr("Write the investigation up as HTML, PDF, Markdown, CSV or JSON"));
    m_docks->retranslate();
    m_openCaseAction->setStatusTip(tr("Open an investigation someone handed over: its log, ticks, notes and bookmarks"));
    m_saveCaseAction->setText(tr("&Save Case As..."));
    m_saveCaseAction->setStatusTip(tr("Write this investigation to a file to hand it over (your progress is kept automatically)"));
    m_toggleBookmarkAction->setText(tr("Toggle &Bookmark"));
    m_bookmarkNoteAction->setText(tr("Bookmark &Note..."));
    m_nextBookmarkAction->setText(tr("Next Boo&kmark"));
    m_previousBookmarkAction->setText(tr("Previous Bookm&ark"));
    m_findAction->setStatusTip(tr("Find text in the lines shown, without hiding any"));
    m_filterAction->setText(tr("F&ilter..."));
    m_filterAction->setStatusTip(tr("Filter the log by text or regular expression"));
    m_findNextAction->setText(tr("Find &Next"));
    m_findPreviousAction->setText(tr("Find &Previous"));
    m_viewMenu->setTitle(tr("&View"));
    m_goMenu->setTitle(tr("&Go"));
    m_navigation->retranslate();
    m_languageMenu->setTitle(tr("&Language"));
    m_languageActions[0]->setText(u"English"_s);
    m_languageActions[1]->setText(u"中文 (Chinese)"_s);
    m_themeMenu->setTitle(tr("&Theme"));
    m_themeActions[AppTheme::System]->setText(tr("Follow &System"));
    m_themeActions[AppTheme::Light]->setText(tr("&Light"));
    m_themeActions[AppTheme::Dark]->setText(tr("&Dark"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About LogSage"));
    m_cancel->setText(tr("Stop"));
    m_cancel->setToolTip(tr("Stop indexing; the lines read so far stay usable"));
    updateRecentMenu();
    updateStatus();
}

} // namespace LogSage
