#pragma once

#include "reportmodel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace LogSage {

/// One table cell: its text (untrusted when it came from a log or a case) and how to show it.
struct ReportCell {
    enum class Kind : quint8 { Text, Number, Code };
    QString text;
    Kind kind = Kind::Text;
    int severity = -1; ///< 0..7 colours the cell by severity, -1 plain
};

struct ReportTable {
    QString caption;
    QStringList headers;
    QList<QList<ReportCell>> rows;
};

/// A headline number of the title block ("Lines 1 648").
struct ReportFigure {
    QString label;
    QString value;
    int severity = -1; ///< colours the figure like a severity, -1 plain
};

struct ReportSection {
    QString anchor;          ///< stable id ("messages"), for links and tests
    QString title;
    QStringList paragraphs;
    QList<ReportTable> tables;
    QList<qsizetype> charts; ///< indexes into ReportModel::charts
};

/// The report as the reader sees it: title block, figures and sections of tables, in the
/// report's language. HTML, PDF and Markdown writers only format this.
struct ReportDocument {
    QString title;
    QStringList meta;        ///< files, devices, span, version, catalogs, time made
    QString warning;         ///< e.g. that the build was cancelled, empty when none
    QList<ReportFigure> figures;
    QList<ReportSection> sections;
    QString footer;          ///< "LogSage 0.1.0"
};

/// Turns a ReportModel into a ReportDocument: chooses the words (through tr(), so Qt Linguist
/// translates them), orders the tables and formats numbers, times and durations.
class ReportLayout
{
    Q_DECLARE_TR_FUNCTIONS(LogSage::ReportLayout)
public:
    static ReportDocument layout(const ReportModel &model);

    /// A printed wall-clock time as "2026-12-04 10:15:32", "-" for -1.
    static QString formatTime(qint64 msecs);
    /// The name of a severity, e.g. "4 warning".
    static QString severityLabel(int severity);
    /// The report's default title.
    static QString defaultTitle();

private:
    static ReportSection summary(const ReportModel &model);
    static ReportSection messages(const ReportModel &model);
    static ReportSection tunnels(const ReportModel &model);
    static ReportSection checklist(const ReportModel &model);
    static ReportSection bookmarks(const ReportModel &model);
    static ReportSection unknown(const ReportModel &model);
    static QList<ReportFigure> figures(const ReportModel &model);
};

} // namespace LogSage
