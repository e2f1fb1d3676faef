#pragma once

#include "catalogentry.h"
#include "reportmodel.h"

#include <functional>

namespace LogSage {

class Case;
class Catalog;

/// The case parts of a report (checklist steps with ticks and notes, bookmarks with notes), read
/// from a Case so that the report model itself stays plain data.
struct CaseReportData {
    QList<ReportChecklistItem> checklist;
    QList<ReportBookmark> bookmarks;

    /// Reads the steps that carry a tick or a note (their text from the catalog, in `language`)
    /// and the bookmarks. `lineText(filePath, line)` gives a bookmarked line's text, or an empty
    /// string when that file is not open.
    static CaseReportData fromCase(const Case &reportCase, const Catalog &catalog, Language language,
                                   const std::function<QString(const QString &filePath, quint64 line)> &lineText = {});
};

} // namespace LogSage
