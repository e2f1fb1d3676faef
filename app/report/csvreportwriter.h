#pragma once

#include <QByteArray>

namespace LogSage {

struct ReportModel;

/// Writes the report's tables as CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheets
/// read Chinese, CRLF line ends). Column names are fixed English identifiers for scripts. Every
/// text field is quoted and neutralised against formula injection.
class CsvReportWriter
{
public:
    /// Every message type: message, severity, count, recognized.
    static QByteArray messageCounts(const ReportModel &model);
    /// Every tunnel event in time order: time, file, line, device, event, policy, seq, peer, reason, state.
    static QByteArray tunnelEvents(const ReportModel &model);
};

} // namespace LogSage
