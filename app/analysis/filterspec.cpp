#include "filterspec.h"

#include "logdocument.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace LogSage {

namespace {

QString recognitionName(LineFilter::Recognition recognition)
{
    switch (recognition) {
    case LineFilter::Recognition::Recognized: return u"recognized"_s;
    case LineFilter::Recognition::Unknown: return u"unknown"_s;
    case LineFilter::Recognition::Any: break;
    }
    return u"any"_s;
}

} // namespace

bool FilterSpec::isEmpty() const
{
    return *this == FilterSpec();
}

QJsonObject FilterSpec::toJson() const
{
    QJsonObject json;
    if (!text.isEmpty()) {
        json[u"text"_s] = text;
        json[u"regex"_s] = regex;
        json[u"caseSensitive"_s] = caseSensitive;
    }
    if (worstSeverity < 7)
        json[u"worstSeverity"_s] = worstSeverity;
    if (!module.isEmpty())
        json[u"module"_s] = module;
    if (!messageId.isEmpty())
        json[u"messageId"_s] = messageId;
    if (!host.isEmpty())
        json[u"host"_s] = host;
    if (from.isValid())
        json[u"from"_s] = from.toString(Qt::ISODateWithMs);
    if (to.isValid())
        json[u"to"_s] = to.toString(Qt::ISODateWithMs);
    if (recognition != LineFilter::Recognition::Any)
        json[u"recognition"_s] = recognitionName(recognition);
    if (!hiddenMessages.isEmpty())
        json[u"hiddenMessages"_s] = QJsonArray::fromStringList(hiddenMessages);
    return json;
}

FilterSpec FilterSpec::fromJson(const QJsonObject &json)
{
    FilterSpec spec;
    spec.text = json[u"text"_s].toString();
    spec.regex = json[u"regex"_s].toBool();
    spec.caseSensitive = json[u"caseSensitive"_s].toBool();
    spec.worstSeverity = std::clamp(json[u"worstSeverity"_s].toInt(7), 0, 7);
    spec.module = json[u"module"_s].toString();
    spec.messageId = json[u"messageId"_s].toString();
    spec.host = json[u"host"_s].toString();
    spec.from = QDateTime::fromString(json[u"from"_s].toString(), Qt::ISODateWithMs);
    spec.to = QDateTime::fromString(json[u"to"_s].toString(), Qt::ISODateWithMs);
    const QString recognition = json[u"recognition"_s].toString();
    spec.recognition = recognition == "recognized"_L1 ? LineFilter::Recognition::Recognized
                       : recognition == "unknown"_L1  ? LineFilter::Recognition::Unknown
                                                      : LineFilter::Recognition::Any;
    for (const QJsonValue &id : json[u"hiddenMessages"_s].toArray())
        spec.hiddenMessages.append(id.toString());
    return spec;
}

LineFilter FilterSpec::toLineFilter(const LogDocument &document, std::function<bool(quint16)> isRecognized) const
{
    LineFilter filter;
    if (regex && !text.isEmpty())
        filter.regex = QRegularExpression(text, caseSensitive ? QRegularExpression::NoPatternOption
                                                              : QRegularExpression::CaseInsensitiveOption);
    else
        filter.text = text;
    filter.caseSensitivity = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (worstSeverity < 7)
        filter.severities = quint8((1u << (worstSeverity + 1)) - 1);
    if (!module.isEmpty())
        filter.modules.append(module.toUtf8());

    // Names become this document's type ids. Hidden messages leave out only their own lines.
    if (!messageId.isEmpty() || !hiddenMessages.isEmpty()) {
        const int types = document.messageTypeCount();
        for (int type = 1; type <= types; ++type) {
            const QString name = QString::fromUtf8(document.messageTypeName(quint16(type)));
            if (hiddenMessages.contains(name))
                filter.hiddenMessageTypes.append(quint16(type));
            if (!messageId.isEmpty() && name == messageId)
                filter.messageTypes.append(quint16(type));
        }
        if (!messageId.isEmpty() && filter.messageTypes.isEmpty())
            filter.messageTypes.append(quint16(0xffff)); // not in this file: match no message type
    }
    if (!host.isEmpty()) {
        for (int id = 1; id <= document.hostCount(); ++id)
            if (QString::fromUtf8(document.hostName(quint16(id))) == host)
                filter.hosts.append(quint16(id));
        if (filter.hosts.isEmpty())
            filter.hosts.append(quint16(0xffff));
    }
    // The index keeps times as printed (wall clock, no offset applied): compare in the same terms.
    if (from.isValid())
        filter.fromMsecs = QDateTime(from.date(), from.time(), QTimeZone::UTC).toMSecsSinceEpoch();
    if (to.isValid())
        filter.toMsecs = QDateTime(to.date(), to.time(), QTimeZone::UTC).toMSecsSinceEpoch();
    filter.recognition = recognition;
    filter.isRecognized = std::move(isRecognized);
    return filter;
}

} // namespace LogSage
