#include "reportbuilder.h"

#include "catalog.h"
#include "encodingdetector.h"
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
    // The documents are read here, on the caller's thread; the worker only sees the snapshots.
    return QtConcurrent::run([request, sources = captureSources(request)](QPromise<ReportModel> &promise) {
        ReportModel model = buildFrom(sources, request, &promise);
        if (!promise.isCanceled())
            promise.addResult(std::move(model));
    });
}

ReportModel ReportBuilder::build(const ReportRequest &request, QPromise<ReportModel> *promise)
{
    return buildFrom(captureSources(request), request, promise);
}

QList<ReportBuilder::Source> ReportBuilder::captureSources(const ReportRequest &request)
{
    QList<Source> sources;
    for (const LogDocument *document : request.documents) {
        Source source;
        source.file.name = QFileInfo(document->path()).fileName();
        source.file.sizeBytes = document->sizeInBytes();
        source.file.encoding = document->encodingName();
        source.encoding = document->encoding();
        source.timeBase = document->timeBase();
        source.index = document->snapshot();
        // Still indexing, or indexing was stopped: the lines read so far are all the report sees.
        source.complete = !document->isIndexing() && source.index.indexedEnd >= quint64(source.file.sizeBytes);
        sources.append(std::move(source));
    }
    return sources;
}

ReportModel ReportBuilder::buildFrom(const QList<Source> &sources, const ReportRequest &request,
                                     QPromise<ReportModel> *promise)
{
    static const Catalog empty;
    const Catalog &catalog = request.catalog ? *request.catalog : empty;
    ReportCollector collector(catalog, request.language, request.unknownLimit);

    quint64 totalLines = 0;
    bool whole = true;
    for (const Source &source : sources) {
        totalLines += source.index.lineCount;
        whole = whole && source.complete;
    }
    if (promise)
        promise->setProgressRange(0, 1000);

    bool cancelled = false;
    quint64 done = 0;
    for (const Source &source : sources) {
        auto decoder = std::make_shared<QStringDecoder>(EncodingDetector::decoder(source.encoding));
        collector.beginFile(source.file, [decoder](QByteArrayView bytes) { return decoder->decode(bytes); });
        const IndexSnapshot &index = source.index;
        for (qsizetype b = 0; b < qsizetype(index.blocks.size()) && !cancelled; ++b) {
            const LineBlock &block = *index.blocks[size_t(b)];
            for (quint32 pos = 0; pos < block.count && !cancelled; ++pos, ++done) {
                const quint64 n = block.firstLine + pos;
                if (n >= index.lineCount)
                    break;
                const LineRecord &record = block.records[pos];
                const qint64 wall = (record.flags & HasTime) ? source.timeBase + qint64(record.time) * 1000 : -1;
                const quint64 start = index.lineStart(b, pos);
                collector.addLine(QByteArrayView(index.data + start, qsizetype(index.lineEnd(b, pos) - start)), qint64(n), wall);
                if (promise && done % progressEvery == 0) {
                    promise->setProgressValue(totalLines ? int(done * 1000 / totalLines) : 0);
                    cancelled = promise->isCanceled();
                }
            }
        }
        if (cancelled)
            break;
    }

    ReportModel model;
    collector.finish(model);
    model.partial = cancelled || !whole;
    model.stillReading = !whole;
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
            model.catalogs.append(u"%1 (%2)"_s.arg(source.name.isEmpty() ? QFileInfo(source.file).fileName() : source.name,
                                                   QString::number(source.entryCount)));
    }
    model.checklist.clear();
    if (request.catalog)
        model.checklist = buildReportChecklist(model.messages, *request.catalog, request.steps, request.language);
    model.hasCase = request.hasCase;
    model.bookmarks = request.bookmarks;
    model.charts.clear();
    if (request.charts && request.sections.tunnels)
        model.charts = ReportChartPainter(request.language).tunnelCharts(model.tunnels);
}

} // namespace LogSage
