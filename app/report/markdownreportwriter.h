#pragma once

#include <QByteArray>

namespace LogSage {

struct ReportModel;

/// Writes a report as Markdown (GFM tables). Charts are left out (a sentence says where to find
/// them); every string from a log or a case is escaped so that it stays text.
class MarkdownReportWriter
{
public:
    /// The UTF-8 Markdown of the report.
    static QByteArray render(const ReportModel &model);
};

} // namespace LogSage
