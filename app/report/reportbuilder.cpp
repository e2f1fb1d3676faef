#include "reportbuilder.h"

#include "catalog.h"
#include "logdocument.h"
#include "reportchartpainter.h"
#include "reportchecklist.h"
#include "reportcollector.h"

#include <QFileInfo>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

constexpr quint64 progressEvery = 4096;

} // namespace

QFuture<ReportModel> ReportBuilder::start(const ReportRequest &request)
{
    return QtConcurrent::run([request](QPromise<ReportModel> &promise) {
        ReportModel model = build(request, &promise);
        if (!promise.isCanceled())
            promise.addResult(std::move(model));
    });
}

ReportModel ReportBuilder::build(const ReportRequest &request, QPromise<ReportModel> *promise)
{
    static const Catalog empty;
    const Catalog &catalog = request.catalog ? *request.catalog : empty;
    ReportCollector collector(catalog, request.language, request.unknownLimit);

    quint64 totalLines = 0;
    for (const LogDocument *document : request.documents)
        totalLines += document->lineCount().value;
    if (promise)
        promise->setProgressRange(0, 1000);

    bool cancelled = false;
    quint64 done = 0;
    for (const LogDocument *document : request.documents) {
        ReportFile file;
        file.name = QFileInfo(document->path()).fileName();
        file.sizeBytes = document->sizeInBytes();
        file.encoding = document->encodingName();
        collector.beginFile(file, [document](QByteArrayView bytes) { return document->decode(bytes); });
        const quint64 lines = document->lineCount().value;
        const qint64 timeBase = document->timeBase();
        for (quint64 n = 0; n < lines && !cancelled; ++n, ++done) {
            const LineNumber line(n);
            const LineRecord record = document->record(line);
            const qint64 wall = (record.flags & HasTime) ? timeBase + qint64(record.time) * 1000 : -1;
            collector.addLine(document->lineBytes(line), qint64(n), wall);
            if (promise && done % progressEvery == 0) {
                promise->setProgressValue(totalLines ? int(done * 1000 / totalLines) : 0);
                cancelled = promise->isCanceled();
            }
        }
        if (cancelled)
            break;
    }

    ReportModel model;
    collector.finish(model);
    model.partial = cancelled;
    complete(model, request);
    if (promise)
        promise->setProgressValue(1000);
    return model;
}

void ReportBuilder::complete(ReportModel &model, const ReportRequest &request)
{
    model.title = request.title;
    model.language = request.language;
    model.generatedAt = request.generatedAt.isValid() ? request.generatedAt : QDateTime::currentDateTime();
    model.version = QStringLiteral(LOGSAGE_VERSION_STRING);
    model.sections = request.sections;
    model.catalogs.clear();
    if (request.catalog) {
        for (const CatalogSource &source : request.catalog->sources())
            model.catalogs.append(u"%1 (%2)"_s.arg(source.name.isEmpty() ? QFileInfo(source.file).fileName() : source.name)
                                      .arg(source.entryCount));
    }
    model.checklist.clear();
    if (request.catalog)
        model.checklist = buildReportChecklist(model.messages, *request.catalog, request.steps, request.language);
    model.bookmarks = request.bookmarks;
    model.charts.clear();
    if (request.charts && request.sections.tunnels)
        model.charts = ReportChartPainter(request.language).tunnelCharts(model.tunnels);
}

} // namespace LogSage
