#pragma once

#include "case.h"
#include "reportmodel.h"

#include <QHash>

#include <functional>

namespace LogSage {

/// The case parts of a report (ticks and notes per step, bookmarks with notes), read from a Case
/// as plain data: the report builder turns the steps into the checklist in the report's language.
struct CaseReportData {
    QHash<StepId, CaseStepState> steps;
    QList<ReportBookmark> bookmarks;

    /// Reads the ticks and notes and the bookmarks. `lineText(filePath, line)` gives a bookmarked
    /// line's text, or an empty string when that file is not open.
    static CaseReportData fromCase(const Case &reportCase,
                                   const std::function<QString(const QString &filePath, quint64 line)> &lineText = {});
};

} // namespace LogSage
