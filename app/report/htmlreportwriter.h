#pragma once

#include <QByteArray>

namespace LogSage {

struct ReportModel;

/// Writes a report as one self-contained HTML file: inline CSS (responsive, printable), charts
/// as PNG data: URIs, no script and nothing loaded from elsewhere (a Content-Security-Policy
/// says so too). Every string is escaped.
class HtmlReportWriter
{
public:
    /// The UTF-8 HTML of the report.
    static QByteArray render(const ReportModel &model);
};

} // namespace LogSage
