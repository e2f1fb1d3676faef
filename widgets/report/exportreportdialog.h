#pragma once

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
/// report on a worker with progress and Cancel, and offers "Open it" when the file is written.
/// Problems are shown in the dialog, as one sentence naming the file.
class ExportReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportReportDialog(QWidget *parent = nullptr);
    ~ExportReportDialog() override;

    /// The indexed documents and the catalog to report on; they must outlive the dialog.
    void setSources(const QList<const LogDocument *> &documents, const Catalog *catalog);
    /// The case parts (the caller reads them from its case, e.g. with CaseReportData::fromCase()).
    void setCaseData(const QList<ReportChecklistItem> &checklist, const QList<ReportBookmark> &bookmarks);
    void setLanguage(Language language);
    void setOutputPath(const QString &path);
    QString outputPath() const;
    /// A fixed report time (tests); an invalid time means "now".
    void setGeneratedAt(const QDateTime &time) { m_generatedAt = time; }

    /// The files written by the last export, empty until one succeeded.
    QStringList writtenFiles() const { return m_written; }

public Q_SLOTS:
    void startExport(); ///< what the Export button does
    void cancelExport();

Q_SIGNALS:
    void exported(const QStringList &files);
    void exportFailed(const QString &message);

private:
    struct Outcome {
        QStringList files;
        QString error;
    };

    void browse();
    void formatChanged();
    void setBusy(bool busy);
    void showError(const QString &message);
    void finish(const Outcome &outcome);
    ReportFormat currentFormat() const;

    QList<const LogDocument *> m_documents;
    const Catalog *m_catalog = nullptr;
    QList<ReportChecklistItem> m_checklist;
    QList<ReportBookmark> m_bookmarks;
    QDateTime m_generatedAt;
    QStringList m_written;

    QComboBox *m_format = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_path = nullptr;
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
