#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace LogSage {

struct ReportModel;

enum class ReportFormat : quint8 { Html, Pdf, Markdown, Json, Csv };

/// Writes a report in a format to a file, choosing the writer; every file goes through QSaveFile.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(LogSage::ReportWriter)
public:
    /// The format a path's extension names (.html/.htm, .pdf, .md/.markdown, .json, .csv).
    static std::optional<ReportFormat> formatForPath(const QString &path);
    static QString extension(ReportFormat format); ///< "html", "pdf", ...

    /// For Csv: the second file, next to `path`, that holds the tunnel events ("x-tunnel-events.csv").
    static QString tunnelEventsPath(const QString &path);

    /// Writes `model` to `path`. Returns the files written, or an error: a sentence naming the
    /// file and what to do (in `error`). Csv writes the message counts to `path` and the tunnel
    /// events to tunnelEventsPath(path).
    static QStringList write(const ReportModel &model, ReportFormat format, const QString &path, QString *error);
};

} // namespace LogSage
