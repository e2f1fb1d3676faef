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

void MainWindow::openCaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Case"), QString(), tr("LogSage cases (*.json);;All files (*)"));
    if (!path.isEmpty())
        openCase(path);
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
    const CaseFile file = load.value->files().constFirst();
    if (!openFile(file.path)) {
        reportError(tr("The case %1 refers to %2, which cannot be opened. Copy the log there, or open it and the case again.")
                        .arg(path, file.path));
        return false;
    }
    std::unique_ptr<Case> investigation = std::move(load.value);
    const bool changed = investigation->hasChangedFiles();
    const QString problems = investigation->fileProblems().join(u' ');
    currentTab()->setCase(std::move(investigation));
    if (changed)
        reportError(tr("The log file has changed since the case was saved: %1").arg(problems));
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
    for (const QString &file : files)
        openFile(file);
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
