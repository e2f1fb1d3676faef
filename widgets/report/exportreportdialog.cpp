#include "exportreportdialog.h"

#include "logdocument.h"
#include "reportbuilder.h"
#include "reportlayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

const auto SettingsGroup = u"ExportReport"_s;
const auto SizeKey = u"size"_s;
const auto FormatKey = u"format"_s;
const auto LanguageKey = u"language"_s;
const auto FolderKey = u"folder"_s;
const auto SectionsKey = u"sections"_s;

QCheckBox *sectionBox(const QString &text, const QString &name, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(name);
    box->setChecked(true);
    return box;
}

} // namespace

ExportReportDialog::ExportReportDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export Report"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Writes what LogSage found in the open logs, with your checklist and bookmarks, "
                               "to a file you can send."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(u"formatCombo"_s);
    m_format->addItem(tr("HTML (one file, opens in any browser)"), int(ReportFormat::Html));
    m_format->addItem(tr("PDF"), int(ReportFormat::Pdf));
    m_format->addItem(tr("Markdown"), int(ReportFormat::Markdown));
    m_format->addItem(tr("JSON (everything, for scripts)"), int(ReportFormat::Json));
    m_format->addItem(tr("CSV (message counts and tunnel events)"), int(ReportFormat::Csv));
    form->addRow(tr("&Format:"), m_format);

    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(u"English"_s, int(Language::English));
    m_language->addItem(u"中文"_s, int(Language::Chinese));
    form->addRow(tr("&Language:"), m_language);

    m_title = new QLineEdit(this);
    m_title->setObjectName(u"titleEdit"_s);
    form->addRow(tr("&Title:"), m_title);

    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"pathEdit"_s);
    m_browse = new QPushButton(tr("&Browse..."), this);
    m_browse->setObjectName(u"browseButton"_s);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    form->addRow(tr("&Save as:"), pathRow);
    layout->addLayout(form);

    auto *sections = new QGroupBox(tr("Include"), this);
    m_sections = sections;
    auto *grid = new QGridLayout(sections);
    m_summary = sectionBox(tr("Summary and counts"), u"includeSummary"_s, sections);
    m_messages = sectionBox(tr("Messages that matter"), u"includeMessages"_s, sections);
    m_tunnels = sectionBox(tr("Tunnels and charts"), u"includeTunnels"_s, sections);
    m_checklistBox = sectionBox(tr("Checklist"), u"includeChecklist"_s, sections);
    m_bookmarksBox = sectionBox(tr("Bookmarks"), u"includeBookmarks"_s, sections);
    m_unknown = sectionBox(tr("Unknown messages"), u"includeUnknown"_s, sections);
    grid->addWidget(m_summary, 0, 0);
    grid->addWidget(m_messages, 0, 1);
    grid->addWidget(m_tunnels, 1, 0);
    grid->addWidget(m_checklistBox, 1, 1);
    grid->addWidget(m_bookmarksBox, 2, 0);
    grid->addWidget(m_unknown, 2, 1);
    layout->addWidget(sections);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setDefault(true);
    m_cancel = buttons->addButton(tr("&Stop"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setVisible(false);
    m_open = buttons->addButton(tr("&Open It"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(u"openButton"_s);
    m_open->setVisible(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"closeButton"_s);
    layout->addWidget(buttons);

    // The button box's accept/reject would close the dialog; each button does its own job.
    connect(m_export, &QPushButton::clicked, this, &ExportReportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportReportDialog::cancelExport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_written.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_written.first()));
    });
    connect(m_browse, &QPushButton::clicked, this, &ExportReportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        // A new name needs a new answer before it replaces a file.
        m_replaceConfirmed.clear();
        m_export->setText(tr("&Export"));
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportReportDialog::formatChanged);
    connect(&m_buildWatcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_title->setPlaceholderText(ReportLayout::defaultTitle(language()));
    });

    restoreChoices();
    const QString folder = !m_lastFolder.isEmpty() ? m_lastFolder
                                                   : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    setOutputPath(QDir(folder).filePath(u"logsage-report."_s + ReportWriter::extension(currentFormat())));
}

void ExportReportDialog::restoreChoices()
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    const QSize size = settings.value(SizeKey).toSize();
    if (size.isValid())
        resize(size);
    if (const auto format = ReportWriter::formatForPath(u"x."_s + settings.value(FormatKey).toString())) {
        const QSignalBlocker blocker(m_format);
        m_format->setCurrentIndex(m_format->findData(int(*format)));
    }
    const QString language = settings.value(LanguageKey).toString();
    m_languageRemembered = language == u"zh" || language == u"en";
    setLanguage(language == u"zh" ? Language::Chinese : Language::English);
    const QStringList sections = settings.value(SectionsKey, QStringList{u"unset"_s}).toStringList();
    if (sections != QStringList{u"unset"_s}) {
        for (QCheckBox *box : {m_summary, m_messages, m_tunnels, m_checklistBox, m_bookmarksBox, m_unknown})
            box->setChecked(sections.contains(box->objectName()));
    }
    const QString folder = settings.value(FolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        m_lastFolder = folder;
}

void ExportReportDialog::saveChoices() const
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    settings.setValue(FormatKey, ReportWriter::extension(currentFormat()));
    settings.setValue(LanguageKey, language() == Language::Chinese ? u"zh"_s : u"en"_s);
    QStringList sections;
    for (QCheckBox *box : {m_summary, m_messages, m_tunnels, m_checklistBox, m_bookmarksBox, m_unknown})
        if (box->isChecked())
            sections.append(box->objectName());
    settings.setValue(SectionsKey, sections);
    settings.setValue(FolderKey, QFileInfo(outputPath()).absolutePath());
}

void ExportReportDialog::done(int result)
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    settings.setValue(SizeKey, size());
    QDialog::done(result);
}

ExportReportDialog::~ExportReportDialog()
{
    // The worker reads the documents: it must stop before they may go away.
    m_buildWatcher.cancel();
    m_buildWatcher.waitForFinished();
    m_writeWatcher.waitForFinished();
}

void ExportReportDialog::setSources(const QList<const LogDocument *> &documents, const Catalog *catalog)
{
    for (const LogDocument *document : std::as_const(m_documents))
        disconnect(document, nullptr, this, nullptr);
    m_documents = documents;
    m_catalog = catalog;
    for (const LogDocument *document : documents) {
        connect(document, &LogDocument::indexingFinished, this, &ExportReportDialog::updateReadiness);
        connect(document, &LogDocument::reset, this, &ExportReportDialog::updateReadiness);
        connect(document, &LogDocument::opened, this, &ExportReportDialog::updateReadiness);
    }
    updateReadiness();
}

bool ExportReportDialog::stillReading() const
{
    return std::any_of(m_documents.cbegin(), m_documents.cend(),
                       [](const LogDocument *document) { return document->isIndexing(); });
}

void ExportReportDialog::updateReadiness()
{
    if (m_buildWatcher.isRunning() || m_writeWatcher.isRunning())
        return;
    const bool reading = stillReading();
    m_export->setEnabled(!reading);
    if (reading)
        m_status->setText(tr("Still reading the log... Export becomes possible when it has been read."));
    else if (m_readingShown)
        m_status->clear();
    m_readingShown = reading;
}

void ExportReportDialog::writingStarted()
{
    if (!m_writeWatcher.isRunning())
        return;
    m_cancel->setEnabled(false);
    m_cancel->setText(tr("Writing the file..."));
    m_status->setText(tr("Writing the file; this cannot be stopped."));
    Q_EMIT writing();
}

bool ExportReportDialog::confirmOverwrite(const QStringList &files)
{
    QStringList existing;
    for (const QString &file : files)
        if (QFileInfo::exists(file))
            existing.append(QDir::toNativeSeparators(file));
    if (existing.isEmpty() || m_replaceConfirmed == outputPath())
        return true;
    // Asked in place rather than in a second window: pressing Replace is the answer.
    m_status->setText(tr("%1 already exists. Press Replace to write over it, or choose another name.")
                          .arg(existing.join(u", "_s)));
    m_export->setText(tr("&Replace"));
    m_replaceConfirmed = outputPath();
    return false;
}

void ExportReportDialog::setCaseData(const CaseReportData &caseData)
{
    m_caseData = caseData;
    m_hasCase = true;
    m_bookmarksBox->setEnabled(!caseData.bookmarks.isEmpty());
}

void ExportReportDialog::setLanguage(Language language)
{
    m_language->setCurrentIndex(m_language->findData(int(language)));
    m_title->setPlaceholderText(ReportLayout::defaultTitle(language));
}

Language ExportReportDialog::language() const
{
    return Language(m_language->currentData().toInt());
}

void ExportReportDialog::setDefaultLanguage(Language language)
{
    if (!m_languageRemembered)
        setLanguage(language);
}

void ExportReportDialog::suggestOutputFor(const QString &logPath)
{
    const QFileInfo log(logPath);
    const QString folder = !m_lastFolder.isEmpty() ? m_lastFolder : log.absolutePath();
    setOutputPath(QDir(folder).filePath(log.completeBaseName() + u"-report."_s + ReportWriter::extension(currentFormat())));
}

void ExportReportDialog::setOutputPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    if (const auto format = ReportWriter::formatForPath(path)) {
        const QSignalBlocker blocker(m_format);
        m_format->setCurrentIndex(m_format->findData(int(*format)));
    }
}

QString ExportReportDialog::outputPath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

ReportFormat ExportReportDialog::currentFormat() const
{
    return ReportFormat(m_format->currentData().toInt());
}

void ExportReportDialog::formatChanged()
{
    // Keep the file name, give it the format's extension.
    const QString path = outputPath();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    setOutputPath(info.dir().filePath(info.completeBaseName() + u'.' + ReportWriter::extension(currentFormat())));
}

void ExportReportDialog::browse()
{
    const QString extension = ReportWriter::extension(currentFormat());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), outputPath(),
                                                      tr("%1 files (*.%2)").arg(extension.toUpper(), extension));
    if (path.isEmpty())
        return;
    setOutputPath(path);
    // The file dialog has asked about replacing that file (a CSV export writes a second one).
    if (currentFormat() != ReportFormat::Csv)
        m_replaceConfirmed = outputPath();
}

void ExportReportDialog::setBusy(bool busy)
{
    m_export->setEnabled(!busy);
    m_cancel->setVisible(busy);
    m_progress->setVisible(busy);
    for (QWidget *choice : std::initializer_list<QWidget *>{m_format, m_language, m_title, m_path, m_browse, m_sections})
        choice->setEnabled(!busy);
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("&Stop"));
    if (busy) {
        m_open->setVisible(false);
        m_progress->setValue(0);
    }
}

void ExportReportDialog::showError(const QString &message)
{
    m_status->setText(message);
    Q_EMIT exportFailed(message);
}

void ExportReportDialog::startExport()
{
    if (m_buildWatcher.isRunning() || m_writeWatcher.isRunning())
        return;
    const QString path = outputPath();
    if (path.isEmpty()) {
        showError(tr("Choose the file to write the report to."));
        return;
    }
    const auto format = ReportWriter::formatForPath(path);
    if (!format || *format != currentFormat()) {
        showError(tr("The file %1 does not end in .%2; change its name or the format.")
                      .arg(QDir::toNativeSeparators(path), ReportWriter::extension(currentFormat())));
        return;
    }
    if (m_documents.isEmpty()) {
        showError(tr("Open a log file first: a report describes the open logs."));
        return;
    }
    if (stillReading()) {
        updateReadiness();
        return;
    }
    QStringList targets{path};
    if (*format == ReportFormat::Csv)
        targets.append(ReportWriter::tunnelEventsPath(path)); // the tunnel events' table beside it
    if (!confirmOverwrite(targets))
        return;
    m_replaceConfirmed.clear();
    m_export->setText(tr("&Export"));

    ReportRequest request;
    request.documents = m_documents;
    request.catalog = m_catalog;
    request.language = language();
    request.title = m_title->text().trimmed();
    request.generatedAt = m_generatedAt;
    request.sections.summary = m_summary->isChecked();
    request.sections.messages = m_messages->isChecked();
    request.sections.tunnels = m_tunnels->isChecked();
    request.sections.checklist = m_checklistBox->isChecked();
    request.sections.bookmarks = m_bookmarksBox->isChecked();
    request.sections.unknown = m_unknown->isChecked();
    request.hasCase = m_hasCase;
    request.steps = m_caseData.steps;
    request.bookmarks = m_caseData.bookmarks;
    saveChoices();

    m_written.clear();
    m_status->setText(tr("Reading the logs..."));
    setBusy(true);
    QFuture<ReportModel> build = ReportBuilder::start(request);
    m_buildWatcher.setFuture(build);
    // Writing (PDF layout included) also runs off the GUI thread.
    const ReportFormat chosen = *format;
    QFuture<Outcome> written = build.then(QtFuture::Launch::Async, [this, chosen, path](ReportModel model) {
        // Queued before the write ends, so the dialog hears of it before it hears of the result;
        // dropped if the dialog is gone (its destructor waits for this worker).
        QMetaObject::invokeMethod(this, &ExportReportDialog::writingStarted, Qt::QueuedConnection);
        Outcome outcome;
        outcome.files = ReportWriter::write(model, chosen, path, &outcome.error);
        return outcome;
    });
    connect(&m_writeWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_writeWatcher.isCanceled() || m_writeWatcher.future().resultCount() == 0) {
            setBusy(false);
            m_status->setText(tr("Export stopped; no file was written."));
            updateReadiness();
            return;
        }
        finish(m_writeWatcher.result());
    }, Qt::SingleShotConnection);
    m_writeWatcher.setFuture(written);
}

void ExportReportDialog::cancelExport()
{
    if (!m_buildWatcher.isRunning())
        return; // the file is being written: too late to stop
    m_buildWatcher.cancel();
}

void ExportReportDialog::stopBuild()
{
    cancelExport();
    m_buildWatcher.waitForFinished();
}

void ExportReportDialog::finish(const Outcome &outcome)
{
    setBusy(false);
    updateReadiness();
    if (!outcome.error.isEmpty()) {
        showError(outcome.error);
        return;
    }
    m_written = outcome.files;
    QStringList names;
    for (const QString &file : outcome.files)
        names.append(QDir::toNativeSeparators(file));
    m_status->setText(tr("Written: %1").arg(names.join(u", "_s)));
    m_open->setVisible(true);
    m_open->setFocus();
    Q_EMIT exported(outcome.files);
}

} // namespace LogSage
