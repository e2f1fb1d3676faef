#include "mainwindow.h"

#include "case.h"
#include "casestore.h"
#include "casereportdata.h"
#include "exportreportdialog.h"
#include "filterbar.h"
#include "workbenchdocks.h"
#include "logtab.h"
#include "logdocument.h"
#include "logview.h"
#include "messagesoverview.h"
#include "navigationactions.h"
#include "apptheme.h"
#include "catalogactions.h"
#include "referenceimport.h"
#include "referencebrowser.h"
#include "referencepanel.h"
#include "uilanguage.h"
#include "vrpline.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace LogSage {

MainWindow::MainWindow(Catalog catalog, UiLanguage *language, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(std::move(catalog))
    , m_language(language)
{
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);
    setWindowIcon(QIcon(u":/logsage/icons/logsage.svg"_s));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    splitter->setObjectName(u"mainSplitter"_s);
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(u"logTabs"_s);
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    m_reference = new ReferencePanel(splitter);
    m_reference->setMinimumWidth(380);
    // Reference text follows the interface language, unless the user chose both languages, which
    // is kept from one start to the next.
    if (QSettings().value(u"reference/bothLanguages"_s, false).toBool())
        m_reference->setLanguage(ReferenceLanguage::Both);
    else if (m_language && m_language->current().startsWith(u"zh"_s))
        m_reference->setLanguage(ReferenceLanguage::Chinese);
    connect(m_reference, &ReferencePanel::languageChanged, this, [](ReferenceLanguage chosen) {
        QSettings().setValue(u"reference/bothLanguages"_s, chosen == ReferenceLanguage::Both);
    });
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_reference);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget *page = m_tabs->widget(index);
        m_tabs->removeTab(index);
        page->deleteLater();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_reference->setCase(currentTab() ? currentTab()->investigation() : nullptr);
        m_docks->setTab(currentTab());
        if (auto *view = currentView(); view && view->currentLine())
            explainLine(*view->currentLine());
        else
            m_reference->clear();
        updateStatus();
    });

    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(u"statusFile"_s);
    m_linesLabel = new QLabel(this);
    m_linesLabel->setObjectName(u"statusLines"_s);
    m_encodingLabel = new QLabel(this);
    m_encodingLabel->setObjectName(u"statusEncoding"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"indexingProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(u"cancelIndexing"_s);
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (auto *document = currentDocument())
            document->cancel();
    });
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_linesLabel);
    statusBar()->addPermanentWidget(m_encodingLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    m_docks = new WorkbenchDocks(this, m_catalog);
    connectChecklistProgress();
    createActions();
    retranslate();
    resize(1500, 900);
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_splitRestored = splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
}

void MainWindow::connectChecklistProgress()
{
    MessagesOverview *overview = m_docks->overview();
    if (!overview)
        return;
    MessagesOverviewModel *model = overview->model();
    m_reference->setMessageProgress([model](const QString &messageId) -> std::optional<StepProgress> {
        if (model->causesPending())
            return std::nullopt;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->statsAt(row)->id == messageId)
                return model->progressAt(row);
        return std::nullopt;
    });
    connect(model, &QAbstractItemModel::dataChanged, m_reference, &ReferencePanel::refreshProgress);
    connect(model, &QAbstractItemModel::modelReset, m_reference, &ReferencePanel::refreshProgress);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Sizes given before the window has its width end up squeezing the panel to its minimum:
    // the first time, split the width the window really has, 3 : 2, so that the reference in
    // both languages has room for its two columns.
    if (!m_splitRestored && !event->spontaneous()) {
        m_splitRestored = true;
        const int width = m_splitter->width();
        m_splitter->setSizes({width * 3 / 5, width - width * 3 / 5});
    }
}

MainWindow::~MainWindow()
{
    // Child widgets are destroyed after this window's members, the catalog among them, but some run
    // work on the thread pool that reads it (message statistics, report export): stop that work
    // while the catalog is still there.
    for (MessagesOverview *overview : findChildren<MessagesOverview *>())
        overview->cancel();
    qDeleteAll(findChildren<ExportReportDialog *>());
}

void MainWindow::goToLine()
{
    LogView *view = currentView();
    LogDocument *document = currentDocument();
    if (!view || !document || document->lineCount().value == 0)
        return;
    bool ok = false;
    const quint64 lines = document->lineCount().value;
    const int line = QInputDialog::getInt(this, tr("Go to Line"), tr("Line (1 to %L1):").arg(lines),
                                          int(view->currentLine().value_or(LineNumber(0)).value + 1), 1,
                                          int(std::min<quint64>(lines, INT_MAX)), 1, &ok);
    if (ok)
        currentTab()->goToLine(LineNumber(quint64(line - 1)));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

LogTab *MainWindow::currentTab() const
{
    return qobject_cast<LogTab *>(m_tabs->currentWidget());
}

LogView *MainWindow::currentView() const
{
    LogTab *tab = currentTab();
    return tab ? tab->view() : nullptr;
}

LogDocument *MainWindow::currentDocument() const
{
    LogTab *tab = currentTab();
    return tab ? tab->document() : nullptr;
}

LogTab *MainWindow::openTab(const QString &path)
{
    auto *tab = new LogTab(m_catalog);
    if (!tab->openDocument(path)) {
        reportError(tab->document()->errorString());
        delete tab;
        return nullptr;
    }
    LogDocument *document = tab->document();
    LogView *view = tab->view();
    view->addAction(m_copyAction);
    view->setWordWrap(m_navigation->wordWrap());
    const int index = m_tabs->addTab(tab, QFileInfo(path).fileName().replace(u'&', u"&&"_s));
    m_tabs->setTabToolTip(index, QFileInfo(path).absoluteFilePath());
    m_tabs->setCurrentIndex(index);
    addRecent(QFileInfo(path).absoluteFilePath());

    connect(tab, &LogTab::currentLineChanged, this, [this, tab](LineNumber line) {
        if (tab == currentTab())
            explainLine(line);
        updateStatus();
    });
    connect(tab, &LogTab::caseChanged, this, [this, tab](Case *investigation) {
        if (tab == currentTab()) {
            m_reference->setCase(investigation);
            m_docks->refresh(tab);
        }
    });
    connect(tab, &LogTab::changedCaseAnswered, this, [this, tab](bool useThatCase, const QString &casePath) {
        answerChangedCase(tab, useThatCase, casePath);
    });
    m_reference->setCase(tab->investigation());
    connect(tab, &LogTab::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(document, &LogDocument::progress, this, [this, document](int permille) {
        if (document == currentDocument())
            m_progress->setValue(permille);
    });
    connect(document, &LogDocument::linesAdded, this, &MainWindow::updateStatus);
    connect(document, &LogDocument::indexingFinished, this, [this, tab, document](bool cancelled) {
        updateStatus();
        m_docks->refresh(tab);
        if (cancelled)
            statusBar()->showMessage(tr("Indexing of %1 stopped; the lines read so far are shown.").arg(document->path()), 8000);
        Q_EMIT documentIndexed(document);
    });
    connect(document, &LogDocument::failed, this, &MainWindow::reportError);
    connect(document, &LogDocument::reset, this, [this, tab](const QString &reason) {
        statusBar()->showMessage(reason, 10000);
        // The counts and causes shown are of the lines before: stop their workers and count anew.
        m_docks->refresh(tab);
    });
    updateStatus();
    view->setFocus();
    return tab;
}

void MainWindow::explainLine(LineNumber line)
{
    LogDocument *document = currentDocument();
    if (!document)
        return;
    const QByteArrayView bytes = document->lineBytes(line);
    const VrpLine parsed = VrpLineParser::parse(bytes);
    m_reference->setExplanation(LogSage::explainLine(parsed, m_catalog, [document](QByteArrayView b) {
        return document->decode(b);
    }));
}

bool MainWindow::selectLine(quint64 line)
{
    LogView *view = currentView();
    LogDocument *document = currentDocument();
    if (!view || !document || line >= document->lineCount().value)
        return false;
    currentTab()->goToLine(LineNumber(line));
    return true;
}

bool MainWindow::selectFirstExplainedLine()
{
    LogView *view = currentView();
    LogDocument *document = currentDocument();
    if (!view || !document)
        return false;
    std::optional<LineNumber> firstRecognized;
    const quint64 lines = document->lineCount().value;
    for (quint64 i = 0; i < lines; ++i) {
        const LineRecord record = document->record(LineNumber(i));
        if (record.messageType == 0)
            continue;
        const VrpLine parsed = VrpLineParser::parse(document->lineBytes(LineNumber(i)));
        const LineExplanation e = LogSage::explainLine(parsed, m_catalog, [document](QByteArrayView b) {
            return document->decode(b);
        });
        if (!e.entry)
            continue;
        if (e.matchedCause >= 0) {
            view->setCurrentLine(LineNumber(i));
            return true;
        }
        if (!firstRecognized)
            firstRecognized = LineNumber(i);
    }
    if (firstRecognized)
        view->setCurrentLine(*firstRecognized);
    return firstRecognized.has_value();
}

void MainWindow::updateStatus()
{
    LogDocument *document = currentDocument();
    if (!document) {
        m_fileLabel->setText(tr("Open a log file (Ctrl+O) or drop one here."));
        m_linesLabel->clear();
        m_encodingLabel->clear();
        m_progress->hide();
        m_cancel->hide();
        return;
    }
    m_fileLabel->setText(document->path());
    m_fileLabel->setToolTip(document->path());
    const LogView *view = currentView();
    const auto current = view->currentLine();
    m_linesLabel->setText(current ? tr("Line %L1 of %L2").arg(current->value + 1).arg(document->lineCount().value)
                                  : tr("%L1 lines").arg(document->lineCount().value));
    m_encodingLabel->setText(document->encodingName());
    const bool indexing = document->isIndexing();
    m_progress->setVisible(indexing);
    m_cancel->setVisible(indexing);
}

void MainWindow::reportError(const QString &message)
{
    statusBar()->showMessage(message, 15000);
    // Window-modal, not application-modal exec(): nothing waits on it (screenshots, tests, drops).
    auto *box = new QMessageBox(QMessageBox::Warning, tr("LogSage"), message, QMessageBox::Ok, this);
    box->setObjectName(u"errorBox"_s);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::stopCatalogReaders()
{
    // Message statistics and the cause search hold entry pointers on a worker; a report build reads
    // the catalog too. catalogChanged() starts the docks again. The tunnel loader classifies with the
    // catalog on this thread before its worker starts, so it may run on.
    for (MessagesOverview *overview : findChildren<MessagesOverview *>())
        overview->cancel();
    for (ExportReportDialog *dialog : findChildren<ExportReportDialog *>())
        dialog->stopBuild();
}

void MainWindow::catalogChanged()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<LogTab *>(m_tabs->widget(i));
        tab->refreshRecognition();
        m_docks->refresh(tab);
    }
    // The panel's explanation points into the catalog, whose replaced entries are gone: explain again.
    if (LogView *view = currentView(); view && view->currentLine())
        explainLine(*view->currentLine());
    else
        m_reference->clear();
    statusBar()->showMessage(tr("Reference imported: %1 entries are loaded.").arg(m_catalog.entries().size()), 8000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About LogSage"),
                       tr("<h3>LogSage %1</h3><p>A troubleshooting assistant for network device logs: it "
                          "recognizes each message, explains it in Chinese and English, and walks you "
                          "through the steps.</p><p>Reference catalogs loaded: %2 entries.</p>"
                          "<p>License: GPL-3.0-or-later.</p>")
                           .arg(QStringLiteral(LOGSAGE_VERSION_STRING))
                           .arg(m_catalog.entries().size()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    QStringList files;
    for (const QUrl &url : urls)
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    if (!files.isEmpty())
        openFiles(files); // dropped together: one case
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace LogSage
