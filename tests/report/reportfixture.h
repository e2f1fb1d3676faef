#pragma once

// Shared by the report tests: open a log, wait for its index, build a report with a fixed clock
// and version so that the output is stable.

#include "catalog.h"
#include "logdocument.h"
#include "reportbuilder.h"

#include <QFile>
#include <QSignalSpy>
#include <QTimeZone>

#include <memory>

namespace LogSage::TestSupport {

using namespace Qt::StringLiterals;

inline QString samplePath()
{
    return qEnvironmentVariable("LOGSAGE_SOURCE_DIR") + u"/resources/samples/branch-day.log"_s;
}

inline QString goldenDir()
{
    return qEnvironmentVariable("LOGSAGE_SOURCE_DIR") + u"/tests/report/golden"_s;
}

inline QDateTime fixedTime()
{
    return QDateTime(QDate(2026, 12, 5), QTime(9, 30), QTimeZone::UTC);
}

inline bool openAndWait(LogDocument &doc, const QString &path)
{
    QSignalSpy finished(&doc, &LogDocument::indexingFinished);
    return doc.open(path) && (!finished.isEmpty() || finished.wait(20000));
}

/// Builds the report of `paths` with the bundled catalogs; version and time made stable.
inline ReportModel buildStable(const QStringList &paths, Language language, const Catalog &catalog,
                               const QHash<StepId, CaseStepState> &steps = {},
                               const QList<ReportBookmark> &bookmarks = {}, bool charts = false)
{
    std::vector<std::unique_ptr<LogDocument>> documents;
    ReportRequest request;
    for (const QString &path : paths) {
        documents.push_back(std::make_unique<LogDocument>());
        if (!openAndWait(*documents.back(), path))
            qFatal("cannot open %s", qPrintable(path));
        request.documents.append(documents.back().get());
    }
    request.catalog = &catalog;
    request.language = language;
    request.generatedAt = fixedTime();
    request.charts = charts;
    request.hasCase = !steps.isEmpty() || !bookmarks.isEmpty();
    request.steps = steps;
    request.bookmarks = bookmarks;
    ReportModel model = ReportBuilder::build(request);
    model.version = u"0.0.0-test"_s;
    return model;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace LogSage::TestSupport
