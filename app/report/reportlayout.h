#pragma once

#include "reportlanguage.h"
#include "reportmodel.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace LogSage {

/// One table cell: its text (untrusted when it came from a log or a case) and how to show it.
struct ReportCell {
    /// Step: text whose `backticked` parts are CLI commands, shown as code where the format can.
    enum class Kind { Text, Number, Code, Step }; // no ": quint8" here: lupdate then misreads the file's classes
    QString text;
    Kind kind = Kind::Text;
    int severity = -1; ///< 0..7 colours the cell by severity, -1 plain
};

struct ReportTable {
    QString caption;
    QStringList headers;
    QList<QList<ReportCell>> rows;
    bool compact = false; ///< a few short columns: as wide as its content, not the page
    QList<int> widths{};  ///< per column, percent of the table's width; empty or 0: as the content needs

    bool isNumeric(qsizetype column) const; ///< the column holds numbers (aligned right)
};

/// `text` cut at its backticks: the even parts are prose, the odd ones commands.
QStringList splitCommands(const QString &text);

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
    QString pageNumber;      ///< "Page %1 of %2", for paged formats
    QString chartsElsewhere; ///< for formats without images: where the charts are
};

/// Turns a ReportModel into a ReportDocument in the model's language, whatever the interface
/// speaks: chooses the words (tr() strings that Qt Linguist translates, looked up through a
/// ReportLanguage), orders the tables and formats numbers, times and durations.
class ReportLayout
{
#ifdef Q_MOC_RUN
    // Read by lupdate only (the context of the existing translations); the compiler gets the
    // tr() below, which asks the report's language instead of the application's translators.
    Q_DECLARE_TR_FUNCTIONS(ReportLayout)
#endif
public:
    static ReportDocument layout(const ReportModel &model);

    /// A printed wall-clock time as "2026-12-04 10:15:32", "-" for -1.
    static QString formatTime(qint64 msecs);
    /// A tunnel that never came up: it only failed to negotiate.
    static bool neverUp(const TunnelSummary &tunnel);
    /// "policy/seq" as the tunnel table shows it ("?/10" when the policy is not known).
    static QString policyLabel(const TunnelSummary &tunnel);
    /// The report's default title in `language`.
    static QString defaultTitle(Language language);

private:
    explicit ReportLayout(Language language);
    QString tr(const char *source, const char *disambiguation = nullptr, int n = -1) const;

    ReportDocument document(const ReportModel &model) const;
    QString title() const;
    QString severityLabel(int severity) const; ///< "4 warning"
    QString duration(qint64 msecs) const;      ///< "2 h 05 min"
    ReportCell severityCell(int severity) const;
    ReportSection summary(const ReportModel &model) const;
    ReportSection messages(const ReportModel &model) const;
    ReportSection tunnels(const ReportModel &model) const;
    ReportSection checklist(const ReportModel &model) const;
    ReportSection bookmarks(const ReportModel &model) const;
    ReportSection unknown(const ReportModel &model) const;
    QList<ReportFigure> figures(const ReportModel &model) const;

    ReportLanguage m_words;
};

} // namespace LogSage
