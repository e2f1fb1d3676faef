#include "recordwriter.h"

#include "catalogentry.h"
#include "isotime.h"
#include "linedecoder.h"
#include "logsummary.h"

using namespace Qt::StringLiterals;

namespace LogSage::Cli {

namespace {

// Records are written as text rather than through QJsonObject: an export of millions of
// records spends its time here. Log content is untrusted, so every string is escaped.
void appendString(QString &out, QStringView text)
{
    static const char16_t hex[] = u"0123456789abcdef";
    out += u'"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += u'\\';
            out += c;
        } else if (u == u'\n') {
            out += u"\\n";
        } else if (u == u'\r') {
            out += u"\\r";
        } else if (u == u'\t') {
            out += u"\\t";
        } else if (u < 0x20 || u == 0x2028 || u == 0x2029) {
            out += u"\\u";
            out += QChar(hex[(u >> 12) & 0xf]);
            out += QChar(hex[(u >> 8) & 0xf]);
            out += QChar(hex[(u >> 4) & 0xf]);
            out += QChar(hex[u & 0xf]);
        } else {
            out += c;
        }
    }
    out += u'"';
}

class ObjectText
{
public:
    explicit ObjectText(QString &out) : m_out(out) { m_out += u'{'; }

    void key(QStringView name)
    {
        if (!m_first)
            m_out += u',';
        m_first = false;
        appendString(m_out, name);
        m_out += u':';
    }
    void string(QStringView name, QStringView value)
    {
        key(name);
        appendString(m_out, value);
    }
    void nullableString(QStringView name, const QString &value) ///< null for a null QString
    {
        key(name);
        if (value.isNull())
            m_out += u"null";
        else
            appendString(m_out, value);
    }
    void number(QStringView name, qint64 value)
    {
        key(name);
        m_out += QString::number(value);
    }
    void boolean(QStringView name, bool value)
    {
        key(name);
        m_out += value ? u"true"_s : u"false"_s;
    }

private:
    QString &m_out;
    bool m_first = true;
};

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
{
    appendString(m_fileJson, file);
}

RecordWriter::~RecordWriter()
{
    finish();
}

void RecordWriter::startRecord(const VrpLine &parsed, qint64 lineNumber, const CatalogEntry *entry)
{
    const auto optional = [this](QByteArrayView bytes) { return bytes.isEmpty() ? QString() : m_decode(bytes); };
    m_pending.clear();
    ObjectText object(m_pending);
    object.key(u"file");
    m_pending += m_fileJson;
    object.number(u"line", lineNumber);
    object.nullableString(u"time", optional(parsed.timestampText));
    object.nullableString(u"timeIso", isoTime(parsed.time));
    object.string(u"timeKind", timeKind(parsed.time));
    object.nullableString(u"logHostPrefix", optional(parsed.relayPrefix));
    object.nullableString(u"host", optional(parsed.host));
    object.string(u"messageId", m_decode(parsed.messageId));
    object.string(u"module", m_decode(parsed.module));
    object.number(u"severity", parsed.severity);
    object.string(u"brief", m_decode(parsed.brief));
    object.nullableString(u"flag", parsed.flag ? QString(QLatin1Char(parsed.flag)) : QString());
    bool countIsNumber = false;
    const qint64 count = parsed.count.toByteArray().toLongLong(&countIsNumber);
    if (countIsNumber)
        object.number(u"count", count);
    else
        object.nullableString(u"count", optional(parsed.count));
    object.nullableString(u"componentPrefix", optional(parsed.componentPrefix));
    object.string(u"description", m_decode(parsed.description));
    object.key(u"parameters");
    m_pending += u'[';
    for (qsizetype i = 0; i < parsed.parameters.size(); ++i) {
        if (i > 0)
            m_pending += u',';
        ObjectText parameter(m_pending);
        parameter.string(u"key", m_decode(parsed.parameters[i].key));
        parameter.string(u"value", m_decode(parsed.parameters[i].value));
        m_pending += u'}';
    }
    m_pending += u']';
    object.boolean(u"recognized", entry != nullptr);
    object.nullableString(u"catalogId", entry ? entry->id : QString());
    object.key(u"continuationLines");
}

void RecordWriter::add(const VrpLine &parsed, qint64 lineNumber)
{
    if (parsed.isRecord) {
        finish();
        startRecord(parsed, lineNumber, m_summary.entry(parsed.messageId, parsed.module, parsed.brief));
        m_hasPending = true;
    } else if (parsed.isContinuation && m_hasPending) {
        if (!m_continuation.isEmpty())
            m_continuation += u',';
        appendString(m_continuation, m_decode(parsed.description));
    } else {
        finish();
    }
}

void RecordWriter::finish()
{
    if (!m_hasPending)
        return;
    m_out << m_pending << '[' << m_continuation << "]}\n";
    m_continuation.clear();
    m_hasPending = false;
}

} // namespace LogSage::Cli
