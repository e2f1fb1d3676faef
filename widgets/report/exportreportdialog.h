#pragma once

#include "casereportdata.h"
#include "catalogentry.h"
#include "reportmodel.h"
#include "reportwriter.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace LogSage {

class Catalog;
class LogDocument;

/// File > Export Report...: chooses the format, language, sections and output file, builds the
/// report on a worker with progress and Stop, and offers "Open it" when the file is written.
/// Export waits until every log is read; an existing file is replaced only when the user says so.
/// Problems are shown in the dialog, as one sentence naming the file. Its size and the choices of
/// the last export (format, language, sections, folder) are kept in QSettings for the next time.
class ExportReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportReportDialog(QWidget *parent = nullptr);
    ~ExportReportDialog() override;

    /// The indexed documents and the catalog to report on; they must outlive the dialog.
    /// Export stays disabled, with a note, while one of them is still being read.
    void setSources(const QList<const LogDocument *> &documents, const Catalog *catalog);
    /// The case parts: ticks and notes for the checklist, bookmarks (CaseReportData::fromCase()).
    /// Without a call, the report has no case: its checklist is "Recommended steps".
    void setCaseData(const CaseReportData &caseData);
    void setLanguage(Language language);
    Language language() const;
    /// The report language unless the user chose one in an earlier export (e.g. the interface's).
    void setDefaultLanguage(Language language);
    void setOutputPath(const QString &path);
    /// Proposes "<log name>-report.<format>" in the folder of the last export, or the log's folder.
    void suggestOutputFor(const QString &logPath);
    QString outputPath() const;
    /// A fixed report time (tests); an invalid time means "now".
    void setGeneratedAt(const QDateTime &time) { m_generatedAt = time; }

    /// The files written by the last export, empty until one succeeded.
    QStringList writtenFiles() const { return m_written; }

public Q_SLOTS:
    void startExport(); ///< what the Export button does
    void cancelExport(); ///< stops the build; once the file is being written it runs to the end
    /// cancelExport(), then waits until the build's worker has left (before the catalog changes).
    void stopBuild();
    void done(int result) override; ///< also keeps the dialog's size

Q_SIGNALS:
    void exported(const QStringList &files);
    void exportFailed(const QString &message);
    /// The report is built and its file being written: Stop is disabled until it is done.
    void writing();

private:
    struct Outcome {
        QStringList files;
        QString error;
    };

    void browse();
    void formatChanged();
    void restoreChoices();
    void saveChoices() const;
    void setBusy(bool busy);
    bool stillReading() const;
    void updateReadiness();  ///< Export waits while a log is read
    void writingStarted();   ///< the build is done: the file is being written, Stop can no longer stop
    bool confirmOverwrite(const QStringList &files);
    void showError(const QString &message);
    void finish(const Outcome &outcome);
    ReportFormat currentFormat() const;

    QList<const LogDocument *> m_documents;
    const Catalog *m_catalog = nullptr;
    CaseReportData m_caseData;
    bool m_hasCase = false;
    bool m_languageRemembered = false;
    QString m_lastFolder;
    QDateTime m_generatedAt;
    QStringList m_written;
    QString m_replaceConfirmed; ///< the path the user agreed to write over
    bool m_readingShown = false; ///< the status says that a log is still being read

    QComboBox *m_format = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QWidget *m_sections = nullptr;
    QCheckBox *m_summary = nullptr;
    QCheckBox *m_messages = nullptr;
    QCheckBox *m_tunnels = nullptr;
    QCheckBox *m_checklistBox = nullptr;
    QCheckBox *m_bookmarksBox = nullptr;
    QCheckBox *m_unknown = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_close = nullptr;
    QFutureWatcher<ReportModel> m_buildWatcher;
    QFutureWatcher<Outcome> m_writeWatcher;
};

} // namespace LogSage
