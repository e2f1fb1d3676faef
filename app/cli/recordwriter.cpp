#include "recordwriter.h"

#include "catalogentry.h"
#include "isotime.h"
#include "linedecoder.h"
#include "logsummary.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace LogSage::Cli {

namespace {

QJsonValue optionalText(QByteArrayView bytes, LineDecoder &decode)
{
    return bytes.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(decode(bytes));
}

QString timeKind(const VrpTimestamp &time)
{
    switch (time.kind) {
    case VrpTimestamp::Kind::Absolute:
        return time.hasYear ? u"date"_s : u"date-without-year"_s;
    case VrpTimestamp::Kind::Boot:
        return u"boot"_s;
    case VrpTimestamp::Kind::None:
        break;
    }
    return u"none"_s;
}

} // namespace

RecordWriter::RecordWriter(QTextStream &out, LineDecoder &decode, LogSummary &summary, const QString &file)
    : m_out(out)
    , m_decode(decode)
    , m_summary(summary)
    , m_file(file)
{
}

RecordWriter::~RecordWriter()
{
    finish();
}

QJsonObject RecordWriter::recordJson(const VrpLine &parsed, qint64 lineNumber, const QString &file,
                                     const CatalogEntry *entry, LineDecoder &decode)
{
    QJsonArray parameters;
    for (const VrpParameter &parameter : parsed.parameters)
        parameters.append(QJsonObject{{u"key"_s, decode(parameter.key)}, {u"value"_s, decode(parameter.value)}});
    bool countIsNumber = false;
    const qint64 count = parsed.count.toByteArray().toLongLong(&countIsNumber);
    const QString iso = isoTime(parsed.time);
    return QJsonObject{
        {u"file"_s, file},
        {u"line"_s, lineNumber},
        {u"time"_s, optionalText(parsed.timestampText, decode)},
        {u"timeIso"_s, iso.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(iso)},
        {u"timeKind"_s, timeKind(parsed.time)},
        {u"logHostPrefix"_s, optionalText(parsed.relayPrefix, decode)},
        {u"host"_s, optionalText(parsed.host, decode)},
        {u"messageId"_s, decode(parsed.messageId)},
        {u"module"_s, decode(parsed.module)},
        {u"severity"_s, parsed.severity},
        {u"brief"_s, decode(parsed.brief)},
        {u"flag"_s, parsed.flag ? QJsonValue(QString(QLatin1Char(parsed.flag))) : QJsonValue(QJsonValue::Null)},
        {u"count"_s, parsed.count.isEmpty() ? QJsonValue(QJsonValue::Null)
                     : countIsNumber        ? QJsonValue(count)
                                            : QJsonValue(decode(parsed.count))},
        {u"componentPrefix"_s, optionalText(parsed.componentPrefix, decode)},
        {u"description"_s, decode(parsed.description)},
        {u"parameters"_s, parameters},
        {u"recognized"_s, entry != nullptr},
        {u"catalogId"_s, entry ? QJsonValue(entry->id) : QJsonValue()},
    };
}

void RecordWriter::add(const VrpLine &parsed, qint64 lineNumber)
{
    if (parsed.isRecord) {
        finish();
        const CatalogEntry *entry = m_summary.entry(parsed.messageId, parsed.module, parsed.brief);
        m_pending = recordJson(parsed, lineNumber, m_file, entry, m_decode);
        m_hasPending = true;
    } else if (parsed.isContinuation && m_hasPending) {
        m_continuation.append(m_decode(parsed.description));
    } else {
        finish();
    }
}

void RecordWriter::finish()
{
    if (!m_hasPending)
        return;
    m_pending.insert(u"continuationLines"_s, m_continuation);
    m_out << QString::fromUtf8(QJsonDocument(m_pending).toJson(QJsonDocument::Compact)) << '\n';
    m_pending = QJsonObject();
    m_continuation = QJsonArray();
    m_hasPending = false;
}

} // namespace LogSage::Cli
