#pragma once

#include "vrpline.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

namespace LogSage {
struct CatalogEntry;
}

namespace LogSage::Cli {

class LineDecoder;
class LogSummary;

/// Writes the records of one log file as NDJSON: one compact JSON object per record, with its
/// continuation lines folded in. Keys are always present (null when the line has no such
/// field), so every object has the same shape.
class RecordWriter
{
public:
    RecordWriter(QTextStream &out, LineDecoder &decode, LogSummary &summary, const QString &file);
    ~RecordWriter(); ///< writes the last record

    /// Takes every line of the file in order; `parsed` must be a full parse (with parameters).
    void add(const VrpLine &parsed, qint64 lineNumber);
    void finish(); ///< writes the pending record

    /// The JSON object of one record, without continuation lines; `entry` is the catalog's, or null.
    static QJsonObject recordJson(const VrpLine &parsed, qint64 lineNumber, const QString &file,
                                  const CatalogEntry *entry, LineDecoder &decode);

private:
    QTextStream &m_out;
    LineDecoder &m_decode;
    LogSummary &m_summary;
    QString m_file;
    QJsonObject m_pending;
    QJsonArray m_continuation;
    bool m_hasPending = false;
};

} // namespace LogSage::Cli
