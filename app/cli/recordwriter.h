#pragma once

#include "vrpline.h"

#include <QString>
#include <QTextStream>

namespace LogSage {
struct CatalogEntry;
}

namespace LogSage::Cli {

class LineDecoder;
class LogSummary;

/// Writes the records of one log file as NDJSON: one compact JSON object per record, with its
/// continuation lines folded in. Every object has the same keys in the same order (null when
/// the line has no such field): file, line, time, timeIso, timeKind, logHostPrefix, host,
/// messageId, module, severity, brief, flag, count, componentPrefix, description, parameters
/// ([{key, value}] in printed order), recognized, catalogId, continuationLines.
class RecordWriter
{
public:
    RecordWriter(QTextStream &out, LineDecoder &decode, LogSummary &summary, const QString &file);
    ~RecordWriter(); ///< writes the last record

    /// Takes every line of the file in order; `parsed` must be a full parse (with parameters).
    void add(const VrpLine &parsed, qint64 lineNumber);
    void finish(); ///< writes the pending record

private:
    void startRecord(const VrpLine &parsed, qint64 lineNumber, const CatalogEntry *entry);

    QTextStream &m_out;
    LineDecoder &m_decode;
    LogSummary &m_summary;
    QString m_fileJson;   ///< the file name, already a JSON string
    QString m_pending;    ///< the record so far, without its continuation lines and closing brace
    QString m_continuation;
    bool m_hasPending = false;
};

} // namespace LogSage::Cli
