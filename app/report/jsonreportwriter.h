#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace LogSage {

struct ReportModel;

/// Writes the whole report model as JSON ("format": 1): summary, messages, message counts,
/// unknown messages, tunnels with their events, checklist, bookmarks, and charts as PNG data URIs.
class JsonReportWriter
{
public:
    static QJsonObject toJson(const ReportModel &model);
    /// Indented UTF-8 JSON.
    static QByteArray render(const ReportModel &model);
};

} // namespace LogSage
