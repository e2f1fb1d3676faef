// MainWindow's File menu: opening logs and cases, recent files, saving a case, exporting a report.

#include "mainwindow.h"

#include "case.h"
#include "casereportdata.h"
#include "casestore.h"
#include "exportreportdialog.h"
#include "logdocument.h"
#include "logtab.h"
#include "uilanguage.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {
constexpr int MaxRecentFiles = 10;
const auto RecentFilesKey = u"recentFiles"_s;
} // namespace

bool MainWindow::openFile(const QString &path)
{
    return openFiles({path});
}

bool MainWindow::openFiles(const QStringList &paths)
{
    QList<LogTab *> tabs;
    QStringList opened;
    for (const QString &path : paths)
        if (LogTab *tab = openTab(path)) {
            tabs.append(tab);
            opened.append(path);
        }
    if (tabs.isEmpty())
        return false;
    CaseLoad load = CaseStore().caseFor(opened);
    if (!load.warning.isEmpty())
        statusBar()->showMessage(load.warning, 15000);
    if (!load.ok()) {
        statusBar()->showMessage(load.error, 15000);
        return tabs.size() == paths.size();
    }
    std::shared_ptr<Case> investigation(std::move(load.value));
    // The same case open in another tab already: share it, or the two would overwrite each other.
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *other = qobject_cast<LogTab *>(m_tabs->widget(i)); other && !tabs.contains(other) && other->investigation()
            && other->investigation()->storagePath() == investigation->storagePath()) {
            investigation = other->sharedCase();
            load.grown.clear();
            load.changedCasePath.clear();
            load.changedNotice.clear();
            break;
        }
    for (LogTab *tab : std::as_const(tabs))
        tab->setCase(investigation);
    showCaseLoad(tabs, load);
    return tabs.size() == paths.size();
}

void MainWindow::showCaseLoad(const QList<LogTab *> &tabs, const CaseLoad &load)
{
    // Each tab's message bar says it; the status bar does not repeat the sentence.
    for (LogTab *tab : tabs)
        tab->showCaseLoad(load);
}

void MainWindow::answerChangedCase(LogTab *tab, bool useThatCase, const QString &casePath)
{
    // The question is about the whole set of files opened together: answer it in every tab of it.
    const Case *asked = tab->investigation();
    QList<LogTab *> tabs;
    QStringList paths;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *each = qobject_cast<LogTab *>(m_tabs->widget(i)); each && asked && each->investigation() == asked) {
            tabs.append(each);
            paths.append(each->document()->path());
        }
    if (!useThatCase || casePath.isEmpty()) {
        for (LogTab *each : std::as_const(tabs))
            each->setCase(each->sharedCase()); // same case: closes the question
        return;
    }
    CaseLoad load = CaseStore::adoptCase(casePath, paths);
    if (!load.ok()) {
        reportError(load.error);
        return;
    }
    const std::shared_ptr<Case> investigation(std::move(load.value));
    int changedBookmarks = 0;
    for (LogTab *each : std::as_const(tabs)) {
        each->setCase(investigation);
        changedBookmarks += int(each->changedBookmarkLines().size());
    }
    statusBar()->showMessage(changedBookmarks > 0 ? tr("The saved case is back; %n bookmark(s) point to lines that have changed (see their tooltips).", nullptr, changedBookmarks)
                                                  : tr("The saved case is back: its ticks, notes and bookmarks."),
                             15000);
}

void MainWindow::openCaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Case"), QString(), tr("LogSage cases (*.json);;All files (*)"));
    if (!path.isEmpty())
        openCase(path);
}

LogTab *MainWindow::openTabOf(const QString &path) const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *tab = qobject_cast<LogTab *>(m_tabs->widget(i)); tab && casePath(tab->document()->path()) == casePath(path))
            return tab;
    return nullptr;
}

bool MainWindow::openCase(const QString &path)
{
    CaseLoad load = CaseStore::openCaseFile(path);
    if (!load.ok()) {
        reportError(load.error);
        return false;
    }
    if (load.value->files().isEmpty()) {
        reportError(tr("The case %1 names no log file; open the log with File > Open.").arg(path));
        return false;
    }
    std::shared_ptr<Case> investigation(std::move(load.value));
    QStringList folders{QFileInfo(path).absolutePath()};
    if (LogDocument *document = currentDocument())
        folders.append(QFileInfo(document->path()).absolutePath());
    const CaseStore::Located located = CaseStore::locateFiles(*investigation, folders);
    QStringList notFound;
    for (const int index : located.notFound) {
        const QString saved = investigation->files().at(index).path;
        const QString chosen = m_locateLog ? m_locateLog(saved)
                                           : QFileDialog::getOpenFileName(this, tr("Where Is %1?").arg(QFileInfo(saved).fileName()),
                                                                          QFileInfo(path).absolutePath(),
                                                                          tr("Log files (*.log *.txt *.gz *.bz2 *.xz *.zip *.dblg);;All files (*)"));
        const QString error = chosen.isEmpty() ? QString() : CaseStore::useFileAt(*investigation, index, chosen);
        if (chosen.isEmpty() && investigation->files().at(index).status == CaseFile::Status::Changed)
            continue; // not found elsewhere: the log as it is now, with the case saying it changed
        if (chosen.isEmpty() || !error.isEmpty()) {
            notFound.append(saved);
            if (!error.isEmpty())
                statusBar()->showMessage(error, 15000);
        }
    }
    QList<LogTab *> tabs;
    for (const CaseFile &file : investigation->files())
        if (!notFound.contains(file.path))
            if (LogTab *tab = openTabOf(file.path); tab || (tab = openTab(file.path)))
                tabs.append(tab);
    if (tabs.isEmpty()) {
        reportError(tr("No log file of the case %1 could be found (%2). Copy the logs beside the case file and open it again.")
                        .arg(path, notFound.join(u", "_s)));
        return false;
    }
    // The case open in a tab already (the same file on disk): that object is shared, or the two
    // would overwrite each other.
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *other = qobject_cast<LogTab *>(m_tabs->widget(i));
            other && other->investigation() && casePath(other->investigation()->storagePath()) == casePath(path)) {
            investigation = other->sharedCase();
            break;
        }
    for (LogTab *tab : std::as_const(tabs))
        if (tab->investigation() != investigation.get())
            tab->setCase(investigation);
    m_tabs->setCurrentWidget(tabs.constFirst());
    CaseLoad shown;
    shown.grown = located.grown;
    shown.notice = CaseStore::grownNotice(located.grown);
    showCaseLoad(tabs, shown);
    QStringList problems;
    if (!notFound.isEmpty())
        problems.append(tr("These log files of the case %1 could not be found: %2. Copy them beside the case file and open it again.")
                            .arg(path, notFound.join(u", "_s)));
    for (const CaseFile &file : investigation->files())
        if (file.status == CaseFile::Status::Changed)
            problems.append(tr("The log file %1 has changed since the case was saved; bookmarks on lines that changed are marked.").arg(file.path));
    if (!problems.isEmpty())
        reportError(problems.join(u' '));
    return true;
}

void MainWindow::saveCaseAsDialog()
{
    LogTab *tab = currentTab();
    if (!tab || !tab->investigation())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Case As"),
                                                      QFileInfo(tab->document()->path()).completeBaseName() + u"-case.json"_s,
                                                      tr("LogSage cases (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = CaseStore::saveCaseAs(*tab->investigation(), path);
    if (!error.isEmpty())
        reportError(error);
    else
        statusBar()->showMessage(tr("Case written to %1").arg(path), 8000);
}

void MainWindow::showExportDialog()
{
    LogTab *tab = currentTab();
    if (!tab) {
        statusBar()->showMessage(tr("Open a log first: the report describes the opened logs."), 8000);
        return;
    }
    const Language language = m_language && m_language->current().startsWith(u"zh"_s) ? Language::Chinese : Language::English;
    auto *dialog = new ExportReportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSources({tab->document()}, &m_catalog);
    dialog->setDefaultLanguage(language);
    if (Case *investigation = tab->investigation()) {
        LogDocument *document = tab->document();
        dialog->setCaseData(CaseReportData::fromCase(*investigation, [document](const QString &, quint64 line) {
            return line < document->lineCount().value ? document->lineText(LineNumber(line)) : QString();
        }));
    }
    dialog->suggestOutputFor(tab->document()->path());
    dialog->open();
}

void MainWindow::showOpenDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Log Files"), QString(),
        tr("Log files (*.log *.txt *.gz *.bz2 *.xz *.zip *.dblg);;All files (*)"));
    if (!files.isEmpty())
        openFiles(files); // chosen together: one case
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(RecentFilesKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentFiles)
        recent.removeLast();
    settings.setValue(RecentFilesKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(RecentFilesKey).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace LogSage
