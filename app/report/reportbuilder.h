#pragma once

#include "case.h"
#include "logdocument.h"
#include "reportmodel.h"

#include <QFuture>
#include <QList>
#include <QPromise>

namespace LogSage {

class Catalog;

/// What to build a report from. The catalog must outlive the build; of the documents, the build
/// reads the lines indexed when it starts (snapshots), and says so in the report when a document
/// was still being read. The case parts are plain data that the caller reads from its case
/// (CaseReportData::fromCase()).
struct ReportRequest {
    QList<const LogDocument *> documents;
    const Catalog *catalog = nullptr;
    Language language = Language::English;
    ReportSections sections;
    int unknownLimit = 20;          ///< unknown message types listed (the most frequent)
    QString title;                  ///< empty: the default title
    QDateTime generatedAt;          ///< invalid: now (tests pass a fixed time)
    bool charts = true;             ///< draw the tunnel charts (ReportChartPainter)
    bool hasCase = false;           ///< a case is open: the checklist shows ticks, notes and progress
    QHash<StepId, CaseStepState> steps; ///< the case's ticks and notes
    QList<ReportBookmark> bookmarks;
};

/// Builds a ReportModel by reading every line of the documents once.
class ReportBuilder
{
public:
    /// Builds on the thread pool. Progress runs 0..1000 (QFutureWatcher::progressValueChanged);
    /// cancel() on the future stops it and gives no result.
    static QFuture<ReportModel> start(const ReportRequest &request);

    /// Builds on this thread; `promise` (optional) receives progress and is polled for cancel,
    /// in which case the model is partial. It is partial (and stillReading) too when a document
    /// was still indexing, or had stopped indexing before the end of its file.
    static ReportModel build(const ReportRequest &request, QPromise<ReportModel> *promise = nullptr);

    /// Fills what does not come from the lines: title, language, time, version, catalogs,
    /// sections, case parts and charts. build() calls it; tests that feed a ReportCollector too.
    static void complete(ReportModel &model, const ReportRequest &request);

private:
    /// What the build reads of one document, taken on the caller's thread.
    struct Source {
        ReportFile file;
        LogDocument::Encoding encoding = LogDocument::Encoding::Utf8;
        qint64 timeBase = 0;
        IndexSnapshot index;
        bool complete = true; ///< indexing had finished over the whole file
    };
    static QList<Source> captureSources(const ReportRequest &request);
    static ReportModel buildFrom(const QList<Source> &sources, const ReportRequest &request,
                                 QPromise<ReportModel> *promise);
};

} // namespace LogSage
